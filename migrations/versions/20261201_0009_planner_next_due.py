"""planner next-due state on enrolments

Create Date: 2026-12-01 22:30:00

A planning tick used to re-derive every enrolment's next check-in and
re-engagement, so its cost grew with the number of enrolments. Now each
enrolment carries when its next check-in occurs (`next_checkin_at`, advanced by
the planner) and the earliest moment a re-engagement can be due
(`next_reengage_at`, kept by a trigger), both indexed: a tick reads what is due.

The trigger resets `next_checkin_at` to NULL (recompute) whenever a setting it
depends on changes, so no code path that edits an enrolment has to remember it.
`next_reengage_at` is a lower bound (the end of an absence is taken at UTC+14,
the earliest zone); the planner still applies the exact rule.
"""

import sqlalchemy as sa
from alembic import op

from migrations.ddl import next_due_function, next_due_trigger

revision: str = "0009"
down_revision: str | None = "0001"

ACTIVE = "status = 'active' AND deleted_at IS NULL"



def upgrade() -> None:
    op.add_column("enrolments", sa.Column("next_checkin_at", sa.DateTime(timezone=True)))
    op.add_column("enrolments", sa.Column("next_reengage_at", sa.DateTime(timezone=True)))
    op.execute(next_due_function())
    op.execute(next_due_trigger())
    op.execute("UPDATE enrolments SET reengage_count = reengage_count")  # fills next_reengage_at
    op.create_index(
        "ix_enrolments_next_checkin",
        "enrolments",
        ["next_checkin_at"],
        postgresql_where=sa.text(ACTIVE),
    )
    op.create_index(
        "ix_enrolments_next_reengage",
        "enrolments",
        ["next_reengage_at"],
        postgresql_where=sa.text(f"{ACTIVE} AND dormant_at IS NULL AND reminders_enabled"),
    )
    op.create_index(
        "ix_enrolments_snoozed",
        "enrolments",
        ["snoozed_until"],
        postgresql_where=sa.text("snoozed_until IS NOT NULL"),
    )
    op.create_index(
        "ix_enrolments_active_timezone",
        "enrolments",
        ["timezone"],
        postgresql_where=sa.text(ACTIVE),
    )


def downgrade() -> None:
    for name in (
        "ix_enrolments_active_timezone",
        "ix_enrolments_snoozed",
        "ix_enrolments_next_reengage",
        "ix_enrolments_next_checkin",
    ):
        op.drop_index(name, table_name="enrolments")
    op.execute("DROP TRIGGER enrolments_next_due ON enrolments")
    op.execute("DROP FUNCTION enrolments_next_due()")
    op.drop_column("enrolments", "next_reengage_at")
    op.drop_column("enrolments", "next_checkin_at")
