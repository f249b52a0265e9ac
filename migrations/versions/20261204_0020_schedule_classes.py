"""schedule classes: enrolments in step share one next check-in, not rewritten when planned

Create Date: 2026-12-04 19:00:00

The planner's advance rewrote every due row of `enrolment_schedule` in every tick (75,000
non-HOT updates at 100k enrolments: the indexed next-due time changes, so every update
wrote the row and both index entries again): about a third of a due tick.

Every enrolment of one class (zone, check-in time, days) has the same next check-in once
it has been planned once. `schedule_classes` holds that time once per class; a schedule row
in step with its class has `class_id` set (and `next_checkin_at` NULL): the planner finds a
due class's rows by the class index and advances the class row alone. A row joins its class
when the planner advances it to the class's next check-in; a changed setting (the reset
trigger) takes it out again, and the planner takes it out when its own next check-in is not
the class's (a follow-up that ended, a console's virtual time).

The next-due index covers the rows outside a class only. No foreign key on `class_id`:
only the planner writes classes, under its lock, and never drops a class with rows in it.
Row security: a class names no person, so every scope may read it (the console's "what is
due next" does, in a person's scope), and only a transaction that crosses people (the
planner) may write one: a person's turn cannot move or drop the check-ins of a class.
Upgrade keeps every row as it is (outside any class; they join at the next ticks);
downgrade writes each class's next check-in back into its rows.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from migrations.ddl import CROSSING, NEXT_DUE_SETTINGS, RUNTIME_ROLE

revision: str = "0020"
down_revision: str | None = "0018"

# 0013's reset trigger, word for word, and (on upgrade) clearing `class_id` too.
_SETTINGS = (*NEXT_DUE_SETTINGS, "follow_up_until", "follow_up_days", "follow_up_time")
_PLANNABLE = """r.deleted_at IS NULL AND r.reminders_enabled AND r.dormant_at IS NULL
    AND (r.status = 'active' OR (r.status = 'completed' AND r.follow_up_until IS NOT NULL))"""
_FRESH = f"CASE WHEN {_PLANNABLE} THEN NULL ELSE 'infinity'::timestamptz END"
_CHANGED = " OR ".join(f"r.{c} IS DISTINCT FROM o.{c}" for c in _SETTINGS)


def _reset_function(with_class: bool) -> str:
    clear = ", class_id = NULL" if with_class else ""
    return f"""
CREATE OR REPLACE FUNCTION enrolment_schedule_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE enrolment_schedule s SET next_checkin_at = {_FRESH}{clear}
    FROM new_rows r JOIN old_rows o ON o.id = r.id
    WHERE s.enrolment_id = r.id AND ({_CHANGED});
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    op.create_table(
        "schedule_classes",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("timezone", sa.Text(), nullable=False),
        sa.Column("checkin_time", sa.Time(), nullable=False),
        sa.Column("checkin_days", postgresql.ARRAY(sa.SmallInteger()), nullable=False),
        sa.Column("next_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_classes")),
        sa.UniqueConstraint(
            "timezone",
            "checkin_time",
            "checkin_days",
            name=op.f("uq_schedule_classes_timezone_checkin_time_checkin_days"),
        ),
    )
    op.execute("ALTER TABLE schedule_classes ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY everyone_reads ON schedule_classes FOR SELECT TO {RUNTIME_ROLE} USING (true)"
    )
    op.execute(
        f"CREATE POLICY crossing_people ON schedule_classes TO {RUNTIME_ROLE}"
        f" USING ({CROSSING}) WITH CHECK ({CROSSING})"
    )
    op.add_column("enrolment_schedule", sa.Column("class_id", sa.BigInteger()))
    op.drop_index("ix_enrolment_schedule_next_checkin", table_name="enrolment_schedule")
    op.create_index(
        "ix_enrolment_schedule_next_checkin",
        "enrolment_schedule",
        ["next_checkin_at"],
        postgresql_where=sa.text("class_id IS NULL"),
    )
    op.create_index(
        "ix_enrolment_schedule_class",
        "enrolment_schedule",
        ["class_id"],
        postgresql_where=sa.text("class_id IS NOT NULL"),
    )
    op.execute(_reset_function(with_class=True))


def downgrade() -> None:
    op.execute(_reset_function(with_class=False))
    op.execute(
        "UPDATE enrolment_schedule s SET next_checkin_at = c.next_at"
        " FROM schedule_classes c WHERE c.id = s.class_id"
    )
    op.drop_index("ix_enrolment_schedule_class", table_name="enrolment_schedule")
    op.drop_index("ix_enrolment_schedule_next_checkin", table_name="enrolment_schedule")
    op.drop_column("enrolment_schedule", "class_id")
    op.create_index("ix_enrolment_schedule_next_checkin", "enrolment_schedule", ["next_checkin_at"])
    op.drop_table("schedule_classes")
