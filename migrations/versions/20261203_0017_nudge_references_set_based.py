"""the outbox's references kept set-based instead of by two per-row foreign keys

Create Date: 2026-12-03 15:10:00

Every nudge the planner inserts paid two foreign-key checks (`enrolment_id → enrolments`,
`user_id → users`), each an index probe and a row lock run one by one as an after-trigger:
at 100k due check-ins more than a third of the tick. The same guarantees, set-based:

* Deleting an enrolment or a person deletes their nudges: one statement-level trigger per
  table with the deleted rows as a transition table (the cascade the foreign keys did;
  export and delete still cover every row). It runs as the owner, as a cascade bypasses
  row security.
* A nudge for an enrolment or person that does not exist is refused
  (`foreign_key_violation`, as before): a statement-level trigger checks the inserted rows
  against both tables at once and locks them `FOR KEY SHARE`, so that neither can be
  deleted before the insert commits (what the per-row checks did). The references of a
  nudge never change afterwards (an update of them is refused).
* The planner's insert is exempt from that check (it holds the planning lock, exclusive)
  and would not lock 75k rows one by one: instead a delete of enrolments or people first
  takes the planning lock shared (a statement-level trigger before the delete). So a
  delete and a tick never overlap: a delete waits for a running tick to commit (as it
  waited for the rows the checks locked) and then deletes what it planned; a tick that
  comes while a delete is open is skipped (another try a minute later) or, when told to
  wait, plans after it, without the deleted rows. The lock is taken before the delete
  touches a row, so the two cannot deadlock as long as the deleting transaction has not
  locked enrolment rows before it (`privacy.delete_person` deletes first; otherwise
  PostgreSQL detects the deadlock and cancels one side).
"""

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"

FOREIGN_KEYS = {
    "fk_nudges_enrolment_id_enrolments": ("enrolment_id", "enrolments"),
    "fk_nudges_user_id_users": ("user_id", "users"),
}

_FOLLOW_DELETES = """
CREATE FUNCTION nudges_follow_{table}_deletes() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    DELETE FROM nudges n USING gone g WHERE n.{column} = g.id;
    RETURN NULL;
END
$$
"""
_FOLLOW_TRIGGER = (
    "CREATE TRIGGER nudges_follow_{table}_deletes AFTER DELETE ON {table}"
    " REFERENCING OLD TABLE AS gone FOR EACH STATEMENT"
    " EXECUTE FUNCTION nudges_follow_{table}_deletes()"
)

# The planning lock of engine.store.nudges.planning: (hashtext('coachbot.nudges.plan'), 1).
_BEFORE_DELETES = """
CREATE FUNCTION nudges_planning_pause() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(hashtext('coachbot.nudges.plan'), 1);
    RETURN NULL;
END
$$
"""
_BEFORE_TRIGGER = (
    "CREATE TRIGGER nudges_planning_pause BEFORE DELETE ON {table}"
    " FOR EACH STATEMENT EXECUTE FUNCTION nudges_planning_pause()"
)

# ... held by this transaction, exclusively: the planner.
_PLANNING = """EXISTS (
        SELECT 1 FROM pg_locks l
        WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid() AND l.granted
          AND l.mode = 'ExclusiveLock' AND l.objsubid = 2
          AND l.classid = hashtext('coachbot.nudges.plan')::oid AND l.objid = 1::oid)"""

# One check per referenced table: the distinct ids the inserted rows name, locked as found.
_REFERENCE_CHECK = """
    SELECT count(*) INTO missing FROM (
        SELECT DISTINCT n.{column} FROM added n WHERE n.{column} IS NOT NULL
    ) AS wanted
    WHERE NOT EXISTS (
        SELECT 1 FROM (SELECT t.id FROM {table} t WHERE t.id = wanted.{column}
                       FOR KEY SHARE) AS found);
    IF missing > 0 THEN
        RAISE foreign_key_violation USING
            MESSAGE = 'a nudge refers to {what} that does not exist',
            CONSTRAINT = '{constraint}', TABLE = 'nudges';
    END IF;"""

_CHECKS = "".join(
    _REFERENCE_CHECK.format(column=column, table=table, what=what, constraint=constraint)
    for constraint, (column, table), what in zip(
        FOREIGN_KEYS, FOREIGN_KEYS.values(), ("an enrolment", "a person"), strict=True
    )
)

_REFERENCES = f"""
CREATE FUNCTION nudges_references() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    missing bigint;
BEGIN
    IF {_PLANNING} THEN
        RETURN NULL;
    END IF;{_CHECKS}
    RETURN NULL;
END
$$
"""

_FIXED_REFERENCES = """
CREATE FUNCTION nudges_fixed_references() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.enrolment_id IS DISTINCT FROM OLD.enrolment_id OR NEW.user_id <> OLD.user_id THEN
        RAISE foreign_key_violation USING
            MESSAGE = 'the enrolment and person of a nudge do not change',
            CONSTRAINT = 'nudges_fixed_references', TABLE = 'nudges';
    END IF;
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    for name in FOREIGN_KEYS:
        op.drop_constraint(op.f(name), "nudges", type_="foreignkey")
    op.execute(_BEFORE_DELETES)
    for table, column in (("enrolments", "enrolment_id"), ("users", "user_id")):
        op.execute(_BEFORE_TRIGGER.format(table=table))
        op.execute(_FOLLOW_DELETES.format(table=table, column=column))
        op.execute(_FOLLOW_TRIGGER.format(table=table))
    op.execute(_REFERENCES)
    op.execute(
        "CREATE TRIGGER nudges_references AFTER INSERT ON nudges"
        " REFERENCING NEW TABLE AS added FOR EACH STATEMENT"
        " EXECUTE FUNCTION nudges_references()"
    )
    op.execute(_FIXED_REFERENCES)
    op.execute(
        "CREATE TRIGGER nudges_fixed_references BEFORE UPDATE OF enrolment_id, user_id"
        " ON nudges FOR EACH ROW EXECUTE FUNCTION nudges_fixed_references()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER nudges_fixed_references ON nudges")
    op.execute("DROP FUNCTION nudges_fixed_references()")
    op.execute("DROP TRIGGER nudges_references ON nudges")
    op.execute("DROP FUNCTION nudges_references()")
    for table in ("enrolments", "users"):
        op.execute(f"DROP TRIGGER nudges_follow_{table}_deletes ON {table}")
        op.execute(f"DROP FUNCTION nudges_follow_{table}_deletes()")
        op.execute(f"DROP TRIGGER nudges_planning_pause ON {table}")
    op.execute("DROP FUNCTION nudges_planning_pause()")
    # Nothing should be left without its enrolment or person; if anything is, the foreign
    # keys could not come back: it goes, as their cascade would have taken it.
    op.execute(
        "DELETE FROM nudges n WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = n.user_id)"
        " OR (n.enrolment_id IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.id = n.enrolment_id))"
    )
    for name, (column, table) in FOREIGN_KEYS.items():
        op.create_foreign_key(op.f(name), "nudges", table, [column], ["id"], ondelete="CASCADE")
