"""the scenario step kind

Create Date: 2026-12-01 23:30:00

`steps.kind` is checked against the one list of step kinds (engine.steps.registry); the
scenario step type joins it.
"""

from alembic import op

from migrations.ddl import FIRST_STEP_KINDS, replace_step_kinds

revision: str = "0010"
down_revision: str | None = "0003"

BEFORE = FIRST_STEP_KINDS
AFTER = (*BEFORE, "scenario")


def upgrade() -> None:
    replace_step_kinds(AFTER)


def downgrade() -> None:
    op.execute("DELETE FROM steps WHERE kind = 'scenario'")
    replace_step_kinds(BEFORE)
