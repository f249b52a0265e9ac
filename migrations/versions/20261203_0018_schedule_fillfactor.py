"""room on each page of the planner's schedule for the next version of its rows

Create Date: 2026-12-03 18:45:00

The planner's advance rewrites every due row of `enrolment_schedule`. The indexed time
changes, so the update cannot be HOT; but when the new row version fits on the page of
the old one the update is one page and one WAL record. On packed pages it does not fit:
PostgreSQL then marks the old version locked (an extra WAL record, often with a full-page
image), searches the free-space map and writes a second page. At 100k enrolments (75,000
due rows) that was 60,000 of the 75,000 updates.

A fillfactor of 40 leaves room for every row of a page to be advanced once in a tick
(the old versions stay until the VACUUM after a big tick, `tidy_after_tick`, clears
them). At 50 a page holds 93 rows, and their 93 new versions need a little more than
the 4,076 bytes left: a few rows of every page still moved. The table is hardly bigger
than the churn made it anyway: 1,370 pages at 100k rows after the rewrite, against 985
after a few ticks on packed pages.

The table is rewritten (CLUSTER, in order of the enrolment, then the clustering mark
dropped again) so that existing rows get the room too; it is narrow (two columns):
0.4 s at 100k rows (under load), so a few seconds at a million, under an exclusive lock.
"""

from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"

SCHEDULE_FILLFACTOR = 40


def _rewrite() -> None:
    op.execute("CLUSTER enrolment_schedule USING pk_enrolment_schedule")
    op.execute("ALTER TABLE enrolment_schedule SET WITHOUT CLUSTER")


def upgrade() -> None:
    op.execute(f"ALTER TABLE enrolment_schedule SET (fillfactor = {SCHEDULE_FILLFACTOR})")
    _rewrite()


def downgrade() -> None:
    op.execute("ALTER TABLE enrolment_schedule RESET (fillfactor)")
    _rewrite()
