"""Cutting documents into passages of roughly 200–400 tokens.

Chunks follow the document's own structure: a chunk never spans two headings, and a
section is cut between paragraphs (a paragraph longer than a chunk, between
sentences). When a section needs several chunks, each repeats the end of the one
before (its last paragraph if short, otherwise its last two sentences), so an idea
that straddles a cut is whole in at least one chunk. Every chunk's text begins with
the document title and section path: a passage about "Options" is found by a
question about GROW.
"""

from __future__ import annotations

import re

from engine.knowledge._words import sentences, token_estimate
from engine.knowledge.model import Chunk, Section, SourceDocument

MAX_TOKENS = 400
TARGET_TOKENS = 300
OVERLAP_TOKENS = 80

_PARAGRAPH = re.compile(r"\n\s*\n")


def _pieces(body: str) -> list[str]:
    """Paragraphs, with any paragraph over the limit cut into groups of sentences."""
    pieces: list[str] = []
    for paragraph in (p.strip() for p in _PARAGRAPH.split(body)):
        if not paragraph:
            continue
        if token_estimate(paragraph) <= MAX_TOKENS:
            pieces.append(paragraph)
            continue
        group: list[str] = []
        for sentence in sentences(paragraph):
            if group and token_estimate(" ".join([*group, sentence])) > TARGET_TOKENS:
                pieces.append(" ".join(group))
                group = []
            group.append(sentence)
        if group:
            pieces.append(" ".join(group))
    return pieces


def _overlap(previous: list[str]) -> list[str]:
    last = previous[-1]
    if token_estimate(last) <= OVERLAP_TOKENS:
        return [last]
    return [" ".join(sentences(last)[-2:])]


def split_section(body: str) -> list[str]:
    """The bodies of the chunks of one section, in order, overlapping at the cuts."""
    bodies: list[str] = []
    current: list[str] = []
    fresh = 0  # pieces in `current` that are not overlap from the chunk before
    for piece in _pieces(body):
        if fresh and token_estimate("\n\n".join([*current, piece])) > MAX_TOKENS:
            bodies.append("\n\n".join(current))
            current = _overlap(current)
            fresh = 0
        current.append(piece)
        fresh += 1
    if fresh:
        bodies.append("\n\n".join(current))
    return bodies


def heading(document: SourceDocument, section: Section) -> str:
    path = [p for p in section.path if p and p != document.title]
    return " > ".join(path)


def chunk_document(document: SourceDocument) -> list[Chunk]:
    """All chunks of a document, numbered from 0 in reading order."""
    chunks: list[Chunk] = []
    for section in document.sections:
        label = heading(document, section)
        lead = f"{document.title} — {label}" if label else document.title
        for body in split_section(section.body):
            chunks.append(Chunk(len(chunks), label, f"{lead}\n\n{body}"))
    return chunks
