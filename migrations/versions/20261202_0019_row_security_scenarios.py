"""row-level security for the scenario tables

Create Date: 2026-12-02 02:00:00

0008 put the person-scoped tables of its day under the `person_rows` and
`crossing_people` policies; the scenario tables came in the same round of work and
were left out. A test now fails on any table with a person column outside the policies.
"""

from migrations.ddl import drop_person_policies, person_policies

revision: str = "0019"
down_revision: str | None = "0010"

TABLES = ("scene_progress", "scenario_reviews")


def upgrade() -> None:
    for table in TABLES:
        person_policies(table)


def downgrade() -> None:
    for table in TABLES:
        drop_person_policies(table)
