"""row-level security for the scenario tables

Revision ID: 0019
Revises: 0010
Create Date: 2026-12-02 02:00:00

0008 put the person-scoped tables of its day under the `person_rows` and
`crossing_people` policies; the scenario tables came in the same round of work and
were left out. A test now fails on any table with a person column outside the policies.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0019"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RUNTIME_ROLE = "coachbot_runtime"
_PERSON = "nullif(current_setting('coachbot.user_id', true), '')::bigint"
_CROSSING = "current_setting('coachbot.scope', true) = 'all'"
TABLES = ("scene_progress", "scenario_reviews")


def upgrade() -> None:
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY person_rows ON {table} TO {RUNTIME_ROLE}"
            f" USING (user_id = {_PERSON}) WITH CHECK (user_id = {_PERSON})"
        )
        op.execute(
            f"CREATE POLICY crossing_people ON {table} TO {RUNTIME_ROLE}"
            f" USING ({_CROSSING}) WITH CHECK ({_CROSSING})"
        )


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP POLICY IF EXISTS crossing_people ON {table}")
        op.execute(f"DROP POLICY IF EXISTS person_rows ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
