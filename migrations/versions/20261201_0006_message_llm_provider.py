"""messages.llm_provider: which LLM provider wrote a reply (with llm_model)

Create Date: 2026-12-01 22:30:00
"""

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0007"


def upgrade() -> None:
    op.add_column("messages", sa.Column("llm_provider", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("messages", "llm_provider")
