"""admin sessions, the login throttle, and replies in the nudge outbox

Create Date: 2026-12-01 22:00:00
"""

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0006'


def upgrade() -> None:
    op.create_table(
        'admin_sessions',
        sa.Column('id', sa.Text(), nullable=False),
        sa.Column('account', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_admin_sessions')),
    )
    op.create_index('ix_admin_sessions_expires', 'admin_sessions', ['expires_at'], unique=False)
    op.create_table(
        'admin_login_throttle',
        sa.Column('account', sa.Text(), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('window_started', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('failures >= 0', name=op.f('ck_admin_login_throttle_failures')),
        sa.PrimaryKeyConstraint('account', name=op.f('pk_admin_login_throttle')),
    )
    # Replies Slack refused (rate limits) wait in the outbox; one may have no enrolment.
    op.drop_constraint(op.f('ck_nudges_kind'), 'nudges', type_='check')
    op.create_check_constraint(
        op.f('ck_nudges_kind'), 'nudges',
        "kind IN ('check_in', 'week_unlocked', 're_engage', 'goal_deadline', 'reply')",
    )
    op.alter_column('nudges', 'enrolment_id', existing_type=sa.BigInteger(), nullable=True)
    op.create_check_constraint(
        op.f('ck_nudges_enrolment'), 'nudges', "kind = 'reply' OR enrolment_id IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("DELETE FROM nudges WHERE kind = 'reply'")
    op.drop_constraint(op.f('ck_nudges_enrolment'), 'nudges', type_='check')
    op.alter_column('nudges', 'enrolment_id', existing_type=sa.BigInteger(), nullable=False)
    op.drop_constraint(op.f('ck_nudges_kind'), 'nudges', type_='check')
    op.create_check_constraint(
        op.f('ck_nudges_kind'), 'nudges',
        "kind IN ('check_in', 'week_unlocked', 're_engage', 'goal_deadline')",
    )
    op.drop_table('admin_login_throttle')
    op.drop_index('ix_admin_sessions_expires', table_name='admin_sessions')
    op.drop_table('admin_sessions')
