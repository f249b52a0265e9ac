"""row-level security for the planner's schedule table

Create Date: 2026-12-02 12:50:00

`enrolment_schedule` (0013) has no person column, so the coverage test (tables with a
`user_id`) let it pass without policies. A person's rows are those of their enrolments:
the policy goes through `enrolments`, itself under the policies, so a person's scope
sees and writes the schedule of its own enrolments only; the planner crosses people.
"""

from migrations.ddl import PERSON, drop_person_policies, person_policies

revision: str = "0016"
down_revision: str | None = "0013"

THROUGH_ENROLMENTS = (
    "EXISTS (SELECT 1 FROM enrolments e"
    f" WHERE e.id = enrolment_schedule.enrolment_id AND e.user_id = {PERSON})"
)


def upgrade() -> None:
    person_policies("enrolment_schedule", THROUGH_ENROLMENTS)


def downgrade() -> None:
    drop_person_policies("enrolment_schedule")
