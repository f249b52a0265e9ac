"""step kinds come from the registry: no check constraint on steps.kind

Create Date: 2026-12-02 04:30:00

The one list of step kinds is `engine.steps.registry`; the program loader accepts only
registered kinds and `programs sync` stores only what the loader accepted, so the schema
no longer repeats the list (a new step type needs no migration). Rows stay as they are.
Downgrading puts back the check of the eleven built-in kinds, deleting steps of any other
kind first (their programs' versions keep their definitions).
"""

from alembic import op

from migrations.ddl import FIRST_STEP_KINDS, kinds_check

revision: str = "0014"
down_revision: str | None = "0011"

BUILT_IN = (*FIRST_STEP_KINDS, "scenario", "conversation")  # 0010 and 0012 added them
_KINDS = kinds_check(BUILT_IN)


def upgrade() -> None:
    op.drop_constraint(op.f("ck_steps_kind"), "steps", type_="check")


def downgrade() -> None:
    op.execute(f"DELETE FROM steps WHERE NOT ({_KINDS})")
    op.create_check_constraint(op.f("ck_steps_kind"), "steps", _KINDS)
