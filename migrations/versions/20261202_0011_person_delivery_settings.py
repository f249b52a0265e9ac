"""delivery settings on the person; follow-ups after a program

Create Date: 2026-12-02 01:15:00

Time zone, quiet hours, check-in schedule and the reminder opt-out belong to the
person (`users`), not to one enrolment: starting a second program used to lose
them. `users` is now where they are kept (backfilled from each person's most
recent enrolment) and what the commands write. The enrolment columns of the
same name stay as the planner's copy (it reads one table, no join per row):

* `users_delivery_settings` (AFTER UPDATE on users) copies a change to every
  running or completed enrolment of that person; the enrolment trigger
  `enrolments_next_due` then resets their stored next check-in, so the
  planner's state follows a person-level change for all their enrolments.
* `enrolments_person_settings` (BEFORE INSERT) gives a new enrolment the
  person's settings (a value given in the INSERT wins).

Follow-ups: a program may declare check-ins after completion (`follow_up` in its
YAML). On completion the enrolment records until when (`follow_up_until`) and,
when the program names them, on which days and at what time (`follow_up_days`,
`follow_up_time`; NULL: the person's own). The planner plans check-ins for a
completed enrolment until `follow_up_until`, from its own partial index.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from migrations.ddl import (
    create_follow_up_checkin_index,
    next_due_function,
    next_due_trigger,
    person_to_enrolments,
    person_to_new_enrolment,
)

revision: str = "0011"
down_revision: str | None = "0012"

SETTINGS = ("timezone", "quiet_start", "quiet_end", "checkin_days", "checkin_time")

FOLLOW_UP = ("follow_up_until", "follow_up_days", "follow_up_time")


BACKFILL = """
UPDATE users u SET quiet_start = e.quiet_start, quiet_end = e.quiet_end,
    checkin_days = e.checkin_days, checkin_time = e.checkin_time,
    reminders_enabled = e.reminders_enabled, timezone = e.timezone
FROM (
    SELECT DISTINCT ON (user_id) user_id, quiet_start, quiet_end, checkin_days, checkin_time,
        reminders_enabled, timezone
    FROM enrolments WHERE deleted_at IS NULL
    ORDER BY user_id, last_activity_at DESC, id DESC
) AS e
WHERE e.user_id = u.id
"""


def upgrade() -> None:
    op.add_column("users", sa.Column("quiet_start", sa.Time()))
    op.add_column("users", sa.Column("quiet_end", sa.Time()))
    op.add_column("users", sa.Column("checkin_days", postgresql.ARRAY(sa.SmallInteger())))
    op.add_column("users", sa.Column("checkin_time", sa.Time()))
    op.add_column(
        "users",
        sa.Column("reminders_enabled", sa.Boolean(), nullable=False, server_default="true"),
    )
    op.create_check_constraint(
        op.f("ck_users_checkin_days_iso"),
        "users",
        "checkin_days IS NULL OR checkin_days <@ ARRAY[1,2,3,4,5,6,7]::smallint[]",
    )
    op.add_column("enrolments", sa.Column("follow_up_until", sa.DateTime(timezone=True)))
    op.add_column("enrolments", sa.Column("follow_up_days", postgresql.ARRAY(sa.SmallInteger())))
    op.add_column("enrolments", sa.Column("follow_up_time", sa.Time()))
    op.execute(BACKFILL)  # before the trigger exists: enrolments keep what they had
    op.execute(next_due_function(FOLLOW_UP, replace=True))
    op.execute("DROP TRIGGER enrolments_next_due ON enrolments")
    op.execute(next_due_trigger(FOLLOW_UP))
    op.execute(person_to_new_enrolment())
    op.execute(
        "CREATE TRIGGER enrolments_person_settings BEFORE INSERT ON enrolments"
        " FOR EACH ROW EXECUTE FUNCTION enrolments_person_settings()"
    )
    op.execute(person_to_enrolments())
    op.execute(
        "CREATE TRIGGER users_delivery_settings AFTER UPDATE OF timezone, quiet_start,"
        " quiet_end, checkin_days, checkin_time, reminders_enabled ON users"
        " FOR EACH ROW EXECUTE FUNCTION users_delivery_settings()"
    )
    create_follow_up_checkin_index()


def downgrade() -> None:
    op.drop_index("ix_enrolments_follow_up_checkin", table_name="enrolments")
    op.execute("DROP TRIGGER users_delivery_settings ON users")
    op.execute("DROP FUNCTION users_delivery_settings()")
    op.execute("DROP TRIGGER enrolments_person_settings ON enrolments")
    op.execute("DROP FUNCTION enrolments_person_settings()")
    op.execute("DROP TRIGGER enrolments_next_due ON enrolments")
    op.execute(next_due_function(replace=True))  # the function as migration 0009 made it
    op.execute(next_due_trigger())
    op.drop_column("enrolments", "follow_up_time")
    op.drop_column("enrolments", "follow_up_days")
    op.drop_column("enrolments", "follow_up_until")
    op.drop_constraint(op.f("ck_users_checkin_days_iso"), "users", type_="check")
    for column in ("reminders_enabled", "checkin_time", "checkin_days", "quiet_end"):
        op.drop_column("users", column)
    op.drop_column("users", "quiet_start")
