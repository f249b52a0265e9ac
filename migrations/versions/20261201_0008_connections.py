"""colleague connections: profiles, suggestions, declines; enrolment-free nudges; RLS

Create Date: 2026-12-01 22:10:00
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from migrations.ddl import OWN_ROWS, PERSON, RUNTIME_ROLE, drop_person_policies, person_policies

revision: str = '0008'
down_revision: str | None = '0002'

OLD_KINDS = "kind IN ('check_in', 'week_unlocked', 're_engage', 'goal_deadline', 'reply')"
NEW_KINDS = (
    "kind IN ('check_in', 'week_unlocked', 're_engage', 'goal_deadline', 'reply',"
    " 'connection_intro', 'connection_reveal', 'connection_met')"
)
# Which kinds may have no enrolment (0002 allowed replies; introductions join them).
OLD_NO_ENROLMENT = "kind = 'reply' OR enrolment_id IS NOT NULL"
NEW_NO_ENROLMENT = "kind = 'reply' OR kind LIKE 'connection%' OR enrolment_id IS NOT NULL"


# Row-level security: see migrations.ddl.
PERSON_SCOPED = {
    'enrolments': OWN_ROWS,
    'messages': OWN_ROWS,
    'goals': OWN_ROWS,
    'check_ins': OWN_ROWS,
    'takeaways': OWN_ROWS,
    'profile_fields': OWN_ROWS,
    'nudges': OWN_ROWS,
    'platform_identities': OWN_ROWS,
    'connection_profiles': OWN_ROWS,
    'connection_declines': OWN_ROWS,
    'connection_suggestions': f"{PERSON} IN (user_a, user_b)",
    # keyed by enrolment: the subquery is itself limited to the person's enrolments
    'week_progress': "enrolment_id IN (SELECT id FROM enrolments)",
    'step_attempts': "enrolment_id IN (SELECT id FROM enrolments)",
}
# New rows of these are written in the statement that creates their enrolment, which the
# check's subquery cannot see yet: reads and updates are scoped, inserts are not checked.
UNCHECKED_INSERT = {'week_progress', 'step_attempts'}


def _row_security_up() -> None:
    op.execute(f"""
        DO $$ BEGIN
            CREATE ROLE {RUNTIME_ROLE} NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$
    """)
    op.execute(f"GRANT {RUNTIME_ROLE} TO CURRENT_USER")  # so the runtime may SET ROLE to it
    op.execute(f"GRANT USAGE ON SCHEMA public TO {RUNTIME_ROLE}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {RUNTIME_ROLE}")
    op.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {RUNTIME_ROLE}")
    op.execute(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public"
        f" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {RUNTIME_ROLE}"
    )
    op.execute(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {RUNTIME_ROLE}")
    for table, rule in PERSON_SCOPED.items():
        person_policies(table, rule, "true" if table in UNCHECKED_INSERT else None)


def _row_security_down() -> None:
    for table in PERSON_SCOPED:
        drop_person_policies(table)
    # The role is cluster-wide and other databases may use it: only this database's
    # privileges go (DROP OWNED also removes its default privileges here).
    op.execute(f"DROP OWNED BY {RUNTIME_ROLE}")


def upgrade() -> None:
    op.create_table('connection_profiles',
    sa.Column('user_id', sa.BigInteger(), nullable=False),
    sa.Column('workspace', sa.Text(), nullable=False),
    sa.Column('company', sa.Text(), nullable=True),
    sa.Column('department', sa.Text(), nullable=True),
    sa.Column('role', sa.Text(), nullable=True),
    sa.Column('strengths', sa.Text(), nullable=True),
    sa.Column('strength_tags', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('expertise', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('challenge', sa.Text(), nullable=True),
    sa.Column('collaboration', sa.Text(), nullable=True),
    sa.Column('availability', sa.Text(), server_default='available', nullable=False),
    sa.Column('opt_in', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("availability IN ('available', 'busy', 'away')", name=op.f('ck_connection_profiles_availability')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_connection_profiles_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_connection_profiles'))
    )
    op.create_index('ix_connection_profiles_pool', 'connection_profiles', ['workspace'], unique=False, postgresql_where=sa.text('opt_in'))
    op.create_table('connection_suggestions',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('workspace', sa.Text(), nullable=False),
    sa.Column('round_key', sa.Text(), nullable=False),
    sa.Column('user_a', sa.BigInteger(), nullable=False),
    sa.Column('user_b', sa.BigInteger(), nullable=False),
    sa.Column('reason_type', sa.Text(), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('a_intro', sa.Text(), nullable=False),
    sa.Column('b_intro', sa.Text(), nullable=False),
    sa.Column('status', sa.Text(), server_default='suggested', nullable=False),
    sa.Column('a_response', sa.Boolean(), nullable=True),
    sa.Column('b_response', sa.Boolean(), nullable=True),
    sa.Column('a_met', sa.Boolean(), nullable=True),
    sa.Column('b_met', sa.Boolean(), nullable=True),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('responded_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('connected_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('user_a < user_b', name=op.f('ck_connection_suggestions_ordered_pair')),
    sa.CheckConstraint("reason_type IN ('expertise_match', 'similar_challenge', 'complementary_strengths')", name=op.f('ck_connection_suggestions_reason_type')),
    sa.CheckConstraint("status IN ('suggested', 'viewed', 'connected', 'declined', 'expired')", name=op.f('ck_connection_suggestions_status')),
    sa.ForeignKeyConstraint(['user_a'], ['users.id'], name=op.f('fk_connection_suggestions_user_a_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_b'], ['users.id'], name=op.f('fk_connection_suggestions_user_b_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_connection_suggestions')),
    sa.UniqueConstraint('round_key', 'user_a', 'user_b', name=op.f('uq_connection_suggestions_round_key_user_a_user_b'))
    )
    op.create_index('ix_connection_suggestions_pair', 'connection_suggestions', ['user_a', 'user_b', 'created_at'], unique=False)
    op.create_index('ix_connection_suggestions_user_b', 'connection_suggestions', ['user_b'], unique=False)
    op.create_index('ix_connection_suggestions_created', 'connection_suggestions', ['created_at'], unique=False)
    op.create_table('connection_declines',
    sa.Column('user_id', sa.BigInteger(), nullable=False),
    sa.Column('declined_user_id', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_connection_declines_user_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['declined_user_id'], ['users.id'], name=op.f('fk_connection_declines_declined_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'declined_user_id', name=op.f('pk_connection_declines'))
    )
    op.create_index(op.f('ix_connection_declines_declined_user_id'), 'connection_declines', ['declined_user_id'], unique=False)
    # Introductions go through the nudge outbox and need no enrolment.
    op.drop_constraint(op.f('ck_nudges_enrolment'), 'nudges', type_='check')
    op.create_check_constraint(op.f('ck_nudges_enrolment'), 'nudges', NEW_NO_ENROLMENT)
    op.drop_constraint(op.f('ck_nudges_kind'), 'nudges', type_='check')
    op.create_check_constraint(op.f('ck_nudges_kind'), 'nudges', NEW_KINDS)
    _row_security_up()


def downgrade() -> None:
    _row_security_down()
    op.execute("DELETE FROM nudges WHERE kind LIKE 'connection_%'")
    op.drop_constraint(op.f('ck_nudges_kind'), 'nudges', type_='check')
    op.create_check_constraint(op.f('ck_nudges_kind'), 'nudges', OLD_KINDS)
    op.drop_constraint(op.f('ck_nudges_enrolment'), 'nudges', type_='check')
    op.create_check_constraint(op.f('ck_nudges_enrolment'), 'nudges', OLD_NO_ENROLMENT)
    op.drop_index(op.f('ix_connection_declines_declined_user_id'), table_name='connection_declines')
    op.drop_table('connection_declines')
    op.drop_index('ix_connection_suggestions_created', table_name='connection_suggestions')
    op.drop_index('ix_connection_suggestions_user_b', table_name='connection_suggestions')
    op.drop_index('ix_connection_suggestions_pair', table_name='connection_suggestions')
    op.drop_table('connection_suggestions')
    op.drop_index('ix_connection_profiles_pool', table_name='connection_profiles')
    op.drop_table('connection_profiles')
