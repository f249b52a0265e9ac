"""the scenario step kind

Revision ID: 0010
Revises: 0003
Create Date: 2026-12-01 23:30:00

`steps.kind` is checked against the one list of step kinds (engine.steps.registry); the
scenario step type joins it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BEFORE = (
    "question",
    "scale",
    "choice",
    "yes_no",
    "smart_goal",
    "extract",
    "content",
    "reflection",
    "check_in",
)
AFTER = (*BEFORE, "scenario")


def _kinds(kinds: Sequence[str]) -> str:
    return "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")"


def upgrade() -> None:
    op.drop_constraint(op.f("ck_steps_kind"), "steps", type_="check")
    op.create_check_constraint(op.f("ck_steps_kind"), "steps", _kinds(AFTER))


def downgrade() -> None:
    op.execute("DELETE FROM steps WHERE kind = 'scenario'")
    op.drop_constraint(op.f("ck_steps_kind"), "steps", type_="check")
    op.create_check_constraint(op.f("ck_steps_kind"), "steps", _kinds(BEFORE))
