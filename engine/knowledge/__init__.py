"""The knowledge base: ingest files, chunk them, retrieve passages, answer with sources.

Only documents an operator adds are indexed; nothing a person sends the bot, and no
Slack or Discord channel, is ever read into it.
"""

from engine.knowledge.answer import (
    NO_MATERIAL,
    TURN_THRESHOLD,
    Answerer,
    as_knowledge,
    extractive_answer,
    passages_for_prompt,
    shared_answerer,
)
from engine.knowledge.chunk import chunk_document
from engine.knowledge.embedders import HashingEmbedder, installed_embedder
from engine.knowledge.ingest import IngestError, files_under, read_file
from engine.knowledge.library import (
    STARTER_DIR,
    AddResult,
    add_documents,
    read_paths,
    starter_documents,
)
from engine.knowledge.model import Chunk, GroundedAnswer, Passage, Section, SourceDocument
from engine.knowledge.retrieve import RRF_K, Retriever, fuse

__all__ = [
    "NO_MATERIAL",
    "RRF_K",
    "STARTER_DIR",
    "TURN_THRESHOLD",
    "AddResult",
    "Answerer",
    "Chunk",
    "GroundedAnswer",
    "HashingEmbedder",
    "IngestError",
    "Passage",
    "Retriever",
    "Section",
    "SourceDocument",
    "add_documents",
    "as_knowledge",
    "chunk_document",
    "extractive_answer",
    "files_under",
    "fuse",
    "installed_embedder",
    "passages_for_prompt",
    "read_file",
    "read_paths",
    "shared_answerer",
    "starter_documents",
]
