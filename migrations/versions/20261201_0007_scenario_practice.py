"""scenario practice: scene progress and reviews

Create Date: 2026-12-01 22:30:00
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0007'
down_revision: str | None = '0009'


def upgrade() -> None:
    op.create_table('scene_progress',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('enrolment_id', sa.BigInteger(), nullable=False),
    sa.Column('user_id', sa.BigInteger(), nullable=False),
    sa.Column('step_key', sa.Text(), nullable=False),
    sa.Column('scene_key', sa.Text(), nullable=False),
    sa.Column('attempts', sa.SmallInteger(), server_default='0', nullable=False),
    sa.Column('hints_used', sa.SmallInteger(), server_default='0', nullable=False),
    sa.Column('criteria', postgresql.JSONB(astext_type=sa.Text()), server_default='{}', nullable=False),
    sa.Column('turns', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('score', sa.Float(), server_default='0', nullable=False),
    sa.Column('passed', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('forced', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('feedback', sa.Text(), nullable=True),
    sa.Column('seconds_spent', sa.Integer(), server_default='0', nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('attempts >= 0 AND hints_used >= 0', name=op.f('ck_scene_progress_counts')),
    sa.CheckConstraint('score BETWEEN 0 AND 1', name=op.f('ck_scene_progress_score_range')),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolments.id'], name=op.f('fk_scene_progress_enrolment_id_enrolments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_scene_progress_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scene_progress')),
    sa.UniqueConstraint('enrolment_id', 'step_key', 'scene_key', name=op.f('uq_scene_progress_enrolment_id_step_key_scene_key'))
    )
    op.create_index(op.f('ix_scene_progress_user_id'), 'scene_progress', ['user_id'], unique=False)
    op.create_table('scenario_reviews',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('enrolment_id', sa.BigInteger(), nullable=False),
    sa.Column('user_id', sa.BigInteger(), nullable=False),
    sa.Column('program_id', sa.BigInteger(), nullable=False),
    sa.Column('scope', sa.Text(), server_default='', nullable=False),
    sa.Column('rating', sa.SmallInteger(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('rating BETWEEN 1 AND 5', name=op.f('ck_scenario_reviews_rating_range')),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolments.id'], name=op.f('fk_scenario_reviews_enrolment_id_enrolments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['program_id'], ['programs.id'], name=op.f('fk_scenario_reviews_program_id_programs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_scenario_reviews_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scenario_reviews')),
    sa.UniqueConstraint('enrolment_id', 'scope', name=op.f('uq_scenario_reviews_enrolment_id_scope'))
    )
    op.create_index(op.f('ix_scenario_reviews_program_id'), 'scenario_reviews', ['program_id'], unique=False)
    op.create_index(op.f('ix_scenario_reviews_user_id'), 'scenario_reviews', ['user_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_scenario_reviews_user_id'), table_name='scenario_reviews')
    op.drop_index(op.f('ix_scenario_reviews_program_id'), table_name='scenario_reviews')
    op.drop_table('scenario_reviews')
    op.drop_index(op.f('ix_scene_progress_user_id'), table_name='scene_progress')
    op.drop_table('scene_progress')
