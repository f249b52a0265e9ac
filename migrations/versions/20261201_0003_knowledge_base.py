"""knowledge base: documents, chunks, and the passages a reply used

Create Date: 2026-12-01 22:00:00

The `vector` extension is created when the server has it (the embedded pgserver ships
it; Debian's plain PostgreSQL does not, where `CREATE EXTENSION vector` fails with
"extension is not available"). The schema is the same either way: embeddings are
`real[]`, cast to `vector` at query time where the extension exists.
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0003'
down_revision: str | None = '0004'


def _create_vector_extension_if_available() -> None:
    bind = op.get_bind()
    available = bind.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'")
    ).first()
    if available is None:
        return
    # A role that may not create extensions gets the exact scan instead of failing.
    nested = bind.begin_nested()
    try:
        bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS vector"))
        nested.commit()
    except sa.exc.DBAPIError:
        nested.rollback()


def upgrade() -> None:
    _create_vector_extension_if_available()
    op.create_table('kb_documents',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('origin', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('category', sa.Text(), server_default='general', nullable=False),
    sa.Column('content_type', sa.Text(), nullable=False),
    sa.Column('tags', postgresql.ARRAY(sa.Text()), server_default=sa.text("'{}'::text[]"), nullable=False),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.Column('content_hash', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("content_type IN ('markdown', 'text', 'yaml', 'pdf')", name=op.f('ck_kb_documents_content_type')),
    sa.CheckConstraint('version >= 1', name=op.f('ck_kb_documents_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kb_documents')),
    sa.UniqueConstraint('origin', name=op.f('uq_kb_documents_origin'))
    )
    op.create_index('ix_kb_documents_category', 'kb_documents', ['category'], unique=False)
    op.create_index('ix_kb_documents_tags', 'kb_documents', ['tags'], unique=False, postgresql_using='gin')
    op.create_table('kb_chunks',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.BigInteger(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('section', sa.Text(), server_default='', nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('tsv', postgresql.TSVECTOR(), sa.Computed("to_tsvector('english'::regconfig, text)", persisted=True), nullable=True),
    sa.Column('embedding', postgresql.ARRAY(postgresql.REAL()), nullable=True),
    sa.Column('embedding_model', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['kb_documents.id'], name=op.f('fk_kb_chunks_document_id_kb_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kb_chunks')),
    sa.UniqueConstraint('document_id', 'ordinal', name=op.f('uq_kb_chunks_document_id_ordinal'))
    )
    op.create_index('ix_kb_chunks_tsv', 'kb_chunks', ['tsv'], unique=False, postgresql_using='gin')
    op.add_column('messages', sa.Column('context_used', postgresql.JSONB(astext_type=sa.Text()), nullable=True))


def downgrade() -> None:
    # The extension is left in place: other database objects may use it.
    op.drop_column('messages', 'context_used')
    op.drop_index('ix_kb_chunks_tsv', table_name='kb_chunks', postgresql_using='gin')
    op.drop_table('kb_chunks')
    op.drop_index('ix_kb_documents_tags', table_name='kb_documents', postgresql_using='gin')
    op.drop_index('ix_kb_documents_category', table_name='kb_documents')
    op.drop_table('kb_documents')
