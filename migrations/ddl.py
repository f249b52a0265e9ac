"""DDL that several migrations run: the step-kind check, the row-security policies of a
person-scoped table, the enrolments next-due trigger, and the tables and indexes a
downgrade puts back as an earlier migration made them.

Migrations are history: a helper here must keep producing, for every migration that
calls it, the DDL that migration ran when it was written. Extend by adding parameters
with the old behaviour as default, or a new helper; never change what an old call builds.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# Row-level security (defence in depth): the runtime role sees a person's rows only while
# `coachbot.user_id` is set for the transaction, or every row while `coachbot.scope` is
# 'all' (planner, dispatcher, analytics: explicit about crossing people). The owner, who
# runs migrations, bypasses RLS as PostgreSQL's table owner always does.
RUNTIME_ROLE = "coachbot_runtime"
PERSON = "nullif(current_setting('coachbot.user_id', true), '')::bigint"
CROSSING = "current_setting('coachbot.scope', true) = 'all'"
OWN_ROWS = f"user_id = {PERSON}"

# The step kinds of the initial schema; later migrations add to them.
FIRST_STEP_KINDS = tuple(
    """question scale choice yes_no smart_goal extract content reflection
    check_in""".split()  # noqa: SIM905
)


def kinds_check(kinds: Sequence[str]) -> str:
    """The `steps.kind` check expression allowing `kinds`."""
    return "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")"


def replace_step_kinds(kinds: Sequence[str]) -> None:
    """Re-create `ck_steps_kind` to allow exactly `kinds`."""
    op.drop_constraint(op.f("ck_steps_kind"), "steps", type_="check")
    op.create_check_constraint(op.f("ck_steps_kind"), "steps", kinds_check(kinds))


def person_policies(table: str, rule: str = OWN_ROWS, check: str | None = None) -> None:
    """Row security on `table`: the person's own rows (`rule`; inserts checked by `check`,
    the rule unless given), and every row for a transaction that says it crosses people."""
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY person_rows ON {table} TO {RUNTIME_ROLE}"
        f" USING ({rule}) WITH CHECK ({rule if check is None else check})"
    )
    op.execute(
        f"CREATE POLICY crossing_people ON {table} TO {RUNTIME_ROLE}"
        f" USING ({CROSSING}) WITH CHECK ({CROSSING})"
    )


def drop_person_policies(table: str) -> None:
    """Undo `person_policies` on `table`."""
    op.execute(f"DROP POLICY IF EXISTS crossing_people ON {table}")
    op.execute(f"DROP POLICY IF EXISTS person_rows ON {table}")
    op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")


# The enrolment settings whose change makes the next check-in be recomputed (0009) ...
NEXT_DUE_SETTINGS = (
    "timezone",
    "checkin_days",
    "checkin_time",
    "program_version_id",
    "status",
    "reminders_enabled",
    "dormant_at",
    "deleted_at",
    "started_at",
)
# ... and the columns the re-engagement lower bound is computed from.
_REENGAGE_INPUTS = ("last_activity_at", "away_until", "step_state", "reengage_count")


def next_due_function(
    settings: Sequence[str] = (), *, replace: bool = False, resets_checkin: bool = True
) -> str:
    """The `enrolments_next_due()` trigger function: NULLs `next_checkin_at` when a setting
    it depends on changes (0009's, then `settings`; not from 0013 on, `resets_checkin`
    False: the schedule table's triggers do it) and keeps `next_reengage_at`."""
    create = "CREATE OR REPLACE FUNCTION" if replace else "CREATE FUNCTION"
    watched = "".join(
        f"\n        OR NEW.{c} IS DISTINCT FROM OLD.{c}" for c in (*NEXT_DUE_SETTINGS, *settings)
    )
    reset = (
        f"""
    IF TG_OP = 'INSERT'{watched}
    THEN
        NEW.next_checkin_at := NULL;
    END IF;"""
        if resets_checkin
        else ""
    )
    return rf"""
{create} enrolments_next_due() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN{reset}
    NEW.next_reengage_at := GREATEST(
            NEW.last_activity_at,
            (NEW.away_until + 1)::timestamp AT TIME ZONE 'UTC' - interval '14 hours',
            CASE WHEN NEW.step_state ->> 'locked_until' ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}'
                THEN (NEW.step_state ->> 'locked_until')::timestamptz END)
        + make_interval(days => (
            SELECT pv.reengage_after_days FROM program_versions pv
            WHERE pv.id = NEW.program_version_id) * (NEW.reengage_count + 1));
    RETURN NEW;
END
$$
"""


def create_workspaces_table() -> None:
    """The `workspaces` table as 0001 made it (0004 drops it; its downgrade puts it back)."""
    op.create_table(
        "workspaces",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("platform", sa.Text(), nullable=False),
        sa.Column("external_id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column(
            "settings",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default="{}",
            nullable=False,
        ),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("uninstalled_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "platform IN ('slack', 'discord', 'console')", name=op.f("ck_workspaces_platform")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspaces")),
        sa.UniqueConstraint(
            "platform", "external_id", name=op.f("uq_workspaces_platform_external_id")
        ),
    )


def create_follow_up_checkin_index() -> None:
    """0011's index of the check-ins due in completed enrolments' follow-up (0013's
    downgrade puts it back as 0011 made it)."""
    op.create_index(
        "ix_enrolments_follow_up_checkin",
        "enrolments",
        ["next_checkin_at"],
        postgresql_where=sa.text(
            "status = 'completed' AND deleted_at IS NULL AND follow_up_until IS NOT NULL"
        ),
    )


def next_due_trigger(settings: Sequence[str] = ()) -> str:
    """The `enrolments_next_due` trigger, fired only by the columns the function reads (the
    planner advancing `next_checkin_at` alone does not fire it)."""
    columns = ", ".join((*NEXT_DUE_SETTINGS, *_REENGAGE_INPUTS, *settings))
    return (
        f"CREATE TRIGGER enrolments_next_due BEFORE INSERT OR UPDATE OF {columns}"
        " ON enrolments FOR EACH ROW EXECUTE FUNCTION enrolments_next_due()"
    )


_PERSON_TO_ENROLMENTS = r"""
{create} users_delivery_settings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE enrolments SET timezone = NEW.timezone, quiet_start = NEW.quiet_start,
        quiet_end = NEW.quiet_end, checkin_days = NEW.checkin_days,
        checkin_time = NEW.checkin_time, reminders_enabled = NEW.reminders_enabled
    WHERE user_id = NEW.id AND deleted_at IS NULL
      AND status IN ('active', 'paused', 'completed')
      AND (timezone, quiet_start, quiet_end, checkin_days, checkin_time, reminders_enabled)
          IS DISTINCT FROM (NEW.timezone, NEW.quiet_start, NEW.quiet_end, NEW.checkin_days,
                            NEW.checkin_time, NEW.reminders_enabled);
    RETURN NULL;
END
$$
"""


def person_to_enrolments(*, replace: bool = False) -> str:
    """The function of trigger `users_delivery_settings` as 0011 made it: a person's
    delivery settings copied to each of their enrolments."""
    return _PERSON_TO_ENROLMENTS.format(
        create="CREATE OR REPLACE FUNCTION" if replace else "CREATE FUNCTION"
    )


def person_to_new_enrolment(extra: Sequence[str] = (), *, replace: bool = False) -> str:
    """The function of trigger `enrolments_person_settings`: a new enrolment takes the
    person's delivery settings (0011's), and the columns in `extra` (0013: snooze, away)."""
    create = "CREATE OR REPLACE FUNCTION" if replace else "CREATE FUNCTION"
    copies = "".join(f"        NEW.{c} := COALESCE(NEW.{c}, u.{c});\n" for c in extra)
    return f"""
{create} enrolments_person_settings() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    u users%ROWTYPE;
BEGIN
    SELECT * INTO u FROM users WHERE id = NEW.user_id;
    IF FOUND THEN
        NEW.quiet_start := COALESCE(NEW.quiet_start, u.quiet_start);
        NEW.quiet_end := COALESCE(NEW.quiet_end, u.quiet_end);
        NEW.checkin_days := COALESCE(NEW.checkin_days, u.checkin_days);
        NEW.checkin_time := COALESCE(NEW.checkin_time, u.checkin_time);
        NEW.reminders_enabled := NEW.reminders_enabled AND u.reminders_enabled;
{copies}    END IF;
    RETURN NEW;
END
$$
"""
