"""the planner's schedule in a narrow table; snooze and away on the person

Create Date: 2026-12-02 04:10:00

Schedule: each enrolment's next check-in lived on the wide `enrolments` row
(`next_checkin_at`), so every planned check-in rewrote that row and all its
indexes. It now lives in `enrolment_schedule (enrolment_id, next_checkin_at)`
with one index on the time: the planner advances a narrow row. NULL means
"compute afresh", 'infinity' "nothing to plan". Two statement-level triggers on
`enrolments` keep it: a new enrolment gets a row; a change of a setting the
schedule depends on (zone, days, time, version, status, reminders, dormancy,
deletion, start, follow-up) resets it to NULL when the enrolment can be planned
for, else to 'infinity'.

Snooze and away belong to the person: `users.snoozed_until` / `users.away_until`
(backfilled from the person's running enrolments), copied to every enrolment by
`users_delivery_settings` and given to a new enrolment by
`enrolments_person_settings`, like the 0011 settings.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations.ddl import (
    NEXT_DUE_SETTINGS,
    create_follow_up_checkin_index,
    next_due_function,
    person_to_enrolments,
    person_to_new_enrolment,
)

FOLLOW_UP = ("follow_up_until", "follow_up_days", "follow_up_time")  # 0011's extra settings

revision: str = "0013"
down_revision: str | None = "0015"

# Whether an enrolment (row alias `r`) can have check-ins planned.
_PLANNABLE = """r.deleted_at IS NULL AND r.reminders_enabled AND r.dormant_at IS NULL
    AND (r.status = 'active' OR (r.status = 'completed' AND r.follow_up_until IS NOT NULL))"""
_FRESH = f"CASE WHEN {_PLANNABLE} THEN NULL ELSE 'infinity'::timestamptz END"

SCHEDULE_COLUMNS = (*NEXT_DUE_SETTINGS, *FOLLOW_UP)  # what the next check-in is computed from

SCHEDULE_INSERT = f"""
CREATE FUNCTION enrolment_schedule_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO enrolment_schedule (enrolment_id, next_checkin_at)
    SELECT r.id, {_FRESH} FROM new_rows r;
    RETURN NULL;
END
$$
"""

_CHANGED = " OR ".join(f"r.{c} IS DISTINCT FROM o.{c}" for c in SCHEDULE_COLUMNS)
SCHEDULE_UPDATE = f"""
CREATE FUNCTION enrolment_schedule_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE enrolment_schedule s SET next_checkin_at = {_FRESH}
    FROM new_rows r JOIN old_rows o ON o.id = r.id
    WHERE s.enrolment_id = r.id AND ({_CHANGED});
    RETURN NULL;
END
$$
"""



def _person_to_enrolments(extra: Sequence[str]) -> str:
    columns = ["timezone", "quiet_start", "quiet_end", "checkin_days", "checkin_time"]
    columns += ["reminders_enabled", *extra]
    sets = ", ".join(f"{c} = NEW.{c}" for c in columns)
    mine = ", ".join(columns)
    theirs = ", ".join(f"NEW.{c}" for c in columns)
    return f"""
CREATE OR REPLACE FUNCTION users_delivery_settings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE enrolments SET {sets}
    WHERE user_id = NEW.id AND deleted_at IS NULL
      AND status IN ('active', 'paused', 'completed')
      AND ({mine}) IS DISTINCT FROM ({theirs});
    RETURN NULL;
END
$$
"""



PERSON = ("snoozed_until", "away_until")
_USER_TRIGGER = (
    "CREATE TRIGGER users_delivery_settings AFTER UPDATE OF timezone, quiet_start,"
    " quiet_end, checkin_days, checkin_time, reminders_enabled{extra} ON users"
    " FOR EACH ROW EXECUTE FUNCTION users_delivery_settings()"
)

BACKFILL_PERSON = """
UPDATE users u SET snoozed_until = e.snoozed_until, away_until = e.away_until
FROM (
    SELECT user_id, max(snoozed_until) FILTER (WHERE snoozed_until > now()) AS snoozed_until,
        max(away_until) FILTER (WHERE away_until >= current_date) AS away_until
    FROM enrolments WHERE deleted_at IS NULL AND status IN ('active', 'paused')
    GROUP BY user_id
) AS e
WHERE e.user_id = u.id AND (e.snoozed_until IS NOT NULL OR e.away_until IS NOT NULL)
"""


def upgrade() -> None:
    op.create_table(
        "enrolment_schedule",
        sa.Column(
            "enrolment_id",
            sa.BigInteger(),
            sa.ForeignKey("enrolments.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("next_checkin_at", sa.DateTime(timezone=True)),
    )
    op.execute(
        "INSERT INTO enrolment_schedule (enrolment_id, next_checkin_at)"
        f" SELECT r.id, CASE WHEN {_PLANNABLE} THEN r.next_checkin_at"
        " ELSE 'infinity'::timestamptz END FROM enrolments r"
    )
    op.create_index("ix_enrolment_schedule_next_checkin", "enrolment_schedule", ["next_checkin_at"])
    op.drop_index("ix_enrolments_follow_up_checkin", table_name="enrolments")
    op.drop_index("ix_enrolments_next_checkin", table_name="enrolments")
    op.drop_column("enrolments", "next_checkin_at")
    op.execute(next_due_function(FOLLOW_UP, replace=True, resets_checkin=False))
    op.execute(SCHEDULE_INSERT)
    op.execute(
        "CREATE TRIGGER enrolment_schedule_insert AFTER INSERT ON enrolments"
        " REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT"
        " EXECUTE FUNCTION enrolment_schedule_insert()"
    )
    op.execute(SCHEDULE_UPDATE)
    op.execute(
        "CREATE TRIGGER enrolment_schedule_update AFTER UPDATE ON enrolments"
        " REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT"
        " EXECUTE FUNCTION enrolment_schedule_update()"
    )

    op.add_column("users", sa.Column("snoozed_until", sa.DateTime(timezone=True)))
    op.add_column("users", sa.Column("away_until", sa.Date()))
    op.execute(BACKFILL_PERSON)
    op.execute(_person_to_enrolments(PERSON))
    op.execute(person_to_new_enrolment(PERSON, replace=True))
    op.execute("DROP TRIGGER users_delivery_settings ON users")
    op.execute(_USER_TRIGGER.format(extra=", snoozed_until, away_until"))


def downgrade() -> None:
    op.execute("DROP TRIGGER users_delivery_settings ON users")
    op.execute(_USER_TRIGGER.format(extra=""))
    op.execute(person_to_new_enrolment(replace=True))
    op.execute(person_to_enrolments(replace=True))
    op.drop_column("users", "away_until")
    op.drop_column("users", "snoozed_until")

    op.execute("DROP TRIGGER enrolment_schedule_update ON enrolments")
    op.execute("DROP FUNCTION enrolment_schedule_update()")
    op.execute("DROP TRIGGER enrolment_schedule_insert ON enrolments")
    op.execute("DROP FUNCTION enrolment_schedule_insert()")
    op.execute(next_due_function(FOLLOW_UP, replace=True))  # as 0011 made it
    op.add_column("enrolments", sa.Column("next_checkin_at", sa.DateTime(timezone=True)))
    op.execute(
        "UPDATE enrolments e SET next_checkin_at = s.next_checkin_at"
        " FROM enrolment_schedule s WHERE s.enrolment_id = e.id"
    )
    op.create_index(
        "ix_enrolments_next_checkin",
        "enrolments",
        ["next_checkin_at"],
        postgresql_where=sa.text("status = 'active' AND deleted_at IS NULL"),
    )
    create_follow_up_checkin_index()
    op.drop_table("enrolment_schedule")
