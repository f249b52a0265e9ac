"""identity tombstones; drop the unused workspaces table

Create Date: 2026-12-01 22:20:00
"""

import sqlalchemy as sa
from alembic import op

from migrations.ddl import create_workspaces_table

revision: str = '0004'
down_revision: str | None = '0008'


def upgrade() -> None:
    op.create_table('identity_tombstones',
    sa.Column('identity_hash', sa.Text(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('identity_hash', name=op.f('pk_identity_tombstones'))
    )
    op.drop_table('workspaces')


def downgrade() -> None:
    create_workspaces_table()
    op.drop_table('identity_tombstones')
