"""conversation steps: sessions with summary, sources and rating; unanswered questions

Create Date: 2026-12-02 01:30:00

The conversation step type joins `steps.kind`; `conversation_sessions` is seed 002's
`coaching_sessions` (summary, context used, satisfaction rating), person-scoped;
`kb_unanswered` counts questions without a good source by their text alone.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from migrations.ddl import FIRST_STEP_KINDS, replace_step_kinds

revision: str = "0012"
down_revision: str | None = "0019"

BEFORE = (*FIRST_STEP_KINDS, "scenario")
AFTER = (*BEFORE, "conversation")


def upgrade() -> None:
    replace_step_kinds(AFTER)
    op.create_table(
        "conversation_sessions",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("enrolment_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("week_number", sa.Integer(), nullable=False),
        sa.Column("step_key", sa.Text(), nullable=False),
        sa.Column("turns", sa.SmallInteger(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("end_reason", sa.Text(), nullable=False),
        sa.Column(
            "context_used",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default="[]",
            nullable=False,
        ),
        sa.Column("rating", sa.SmallInteger(), nullable=True),
        sa.Column("rated", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "end_reason IN ('objective', 'done', 'max_turns')",
            name=op.f("ck_conversation_sessions_end_reason"),
        ),
        sa.CheckConstraint(
            "rating BETWEEN 1 AND 5", name=op.f("ck_conversation_sessions_rating_range")
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolments.id"],
            name=op.f("fk_conversation_sessions_enrolment_id_enrolments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_conversation_sessions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation_sessions")),
        sa.UniqueConstraint(
            "enrolment_id",
            "week_number",
            "step_key",
            name=op.f("uq_conversation_sessions_enrolment_id_week_number_step_key"),
        ),
    )
    op.create_index(
        op.f("ix_conversation_sessions_user_id"),
        "conversation_sessions",
        ["user_id"],
        unique=False,
    )
    op.create_table(
        "kb_unanswered",
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("asked", sa.Integer(), server_default="1", nullable=False),
        sa.Column("last_asked_on", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("question", name=op.f("pk_kb_unanswered")),
    )
    # Person rows under row-level security, like every person-scoped table (0008, 0019).
    person = "nullif(current_setting('coachbot.user_id', true), '')::bigint"
    crossing = "current_setting('coachbot.scope', true) = 'all'"
    op.execute("ALTER TABLE conversation_sessions ENABLE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY person_rows ON conversation_sessions TO coachbot_runtime"
        f" USING (user_id = {person}) WITH CHECK (user_id = {person})"
    )
    op.execute(
        "CREATE POLICY crossing_people ON conversation_sessions TO coachbot_runtime"
        f" USING ({crossing}) WITH CHECK ({crossing})"
    )


def downgrade() -> None:
    op.drop_table("kb_unanswered")
    op.drop_index(op.f("ix_conversation_sessions_user_id"), table_name="conversation_sessions")
    op.drop_table("conversation_sessions")
    op.execute("DELETE FROM steps WHERE kind = 'conversation'")
    replace_step_kinds(BEFORE)
