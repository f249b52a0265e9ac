"""one pending yes/no question per person; the audit log stays append-only

Create Date: 2026-12-02 04:10:00

Three ways of keeping a question waiting for a yes or a no become one: the
person's `users.pending_question` (versioned JSON, `engine.pending_question`).
Moved into it, the newest per person of:

* the `confirm` of an enrolment's conversation state (`restart`, `abandon goal`),
  copied as it is (the loader reads it as version 0) and removed from the state;
* the open program-switch and `delete my data` requests, which were kept as
  `audit_log` rows and deleted once answered. Their audit rows stay where they
  are: the audit log is only ever appended to now (answers are rows of their own).

An expired question moved here is never answered: the engine drops it unread.
Downgrade drops the column; a question still open then is simply no longer asked
(nothing is done without a yes).
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0015"
down_revision: str | None = "0014"

MOVE_OPEN_QUESTIONS = """
WITH asked AS (
    SELECT e.user_id, e.step_state -> 'confirm' AS question,
        (e.step_state -> 'confirm' ->> 'expires')::timestamptz - interval '10 minutes' AS at
    FROM enrolments e
    WHERE e.deleted_at IS NULL AND jsonb_typeof(e.step_state -> 'confirm') = 'object'
      AND jsonb_typeof(e.step_state -> 'confirm' -> 'expires') = 'string'
    UNION ALL
    SELECT a.user_id,
        jsonb_build_object(
            'v', 1,
            'kind', CASE a.action WHEN 'switch_requested' THEN 'switch' ELSE 'delete' END,
            'detail', a.detail,
            'asked_at', to_jsonb(a.created_at),
            'expires_at', to_jsonb(a.created_at + interval '15 minutes')),
        a.created_at
    FROM audit_log a
    WHERE a.user_id IS NOT NULL AND a.action IN ('switch_requested', 'delete_requested')
), newest AS (
    SELECT DISTINCT ON (user_id) user_id, question FROM asked ORDER BY user_id, at DESC
)
UPDATE users u SET pending_question = newest.question FROM newest WHERE u.id = newest.user_id
"""


def upgrade() -> None:
    op.add_column(
        "users", sa.Column("pending_question", postgresql.JSONB(astext_type=sa.Text()))
    )
    op.execute(MOVE_OPEN_QUESTIONS)
    op.execute("UPDATE enrolments SET step_state = step_state - 'confirm' WHERE step_state ? 'confirm'")


def downgrade() -> None:
    op.drop_column("users", "pending_question")
