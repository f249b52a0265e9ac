"""Reading and chunking documents: structure kept, sizes bounded, sources found."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from engine.knowledge import (
    IngestError,
    chunk_document,
    files_under,
    read_file,
    starter_documents,
)
from engine.knowledge._words import token_estimate
from engine.knowledge.chunk import MAX_TOKENS, split_section


def _paragraph(topic: str, n: int) -> str:
    return " ".join(f"Sentence {i} explains one more idea about {topic}." for i in range(n))


def test_markdown_sections_follow_headings_and_the_source_line_is_taken_out(
    tmp_path: Path,
) -> None:
    path = tmp_path / "onboarding.md"
    path.write_text(
        "# Onboarding guide\n\nSource: Team handbook, 2026\n\nIntro text here.\n\n"
        "## First week\n\nMeet your buddy.\n\n### Day one\n\nGet your laptop.\n\n"
        "## Second week\n\nShip something small.\n"
    )
    [doc] = read_file(path, category="people", tags=["Onboarding", "new"])
    assert doc.title == "Onboarding guide"
    assert doc.source == "Team handbook, 2026"
    assert doc.category == "people" and doc.tags == ("new", "onboarding")
    assert [s.path for s in doc.sections] == [
        (),
        ("First week",),
        ("First week", "Day one"),
        ("Second week",),
    ]
    assert all("Source:" not in s.body for s in doc.sections)
    chunks = chunk_document(doc)
    assert chunks[2].section == "First week > Day one"
    assert chunks[2].text.startswith("Onboarding guide — First week > Day one\n\n")
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))


def test_front_matter_gives_title_category_and_tags(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text("---\ntitle: Named\ncategory: goals\ntags: [a, b]\n---\nBody text.\n")
    [doc] = read_file(path)
    assert (doc.title, doc.category, doc.tags, doc.source) == (
        "Named",
        "goals",
        ("a", "b"),
        str(path),
    )


def test_a_long_section_is_cut_between_paragraphs_with_overlap() -> None:
    paragraphs = [_paragraph(f"topic{n}", 12) for n in range(8)]
    bodies = split_section("\n\n".join(paragraphs))
    assert len(bodies) > 1
    assert all(token_estimate(b) <= MAX_TOKENS for b in bodies)
    assert all(token_estimate(b) >= 150 for b in bodies[:-1]), "chunks are not tiny"
    for before, after in itertools.pairwise(bodies):
        overlap = after.split("\n\n")[0]
        assert before.endswith(overlap), "the next chunk starts with the end of the one before"
    joined = "\n\n".join(bodies)
    assert all(p in joined for p in paragraphs), "nothing is lost"


def test_a_paragraph_longer_than_a_chunk_is_cut_between_sentences() -> None:
    bodies = split_section(_paragraph("habits", 120))
    assert len(bodies) >= 3
    assert all(token_estimate(b) <= MAX_TOKENS for b in bodies)
    assert all(b.endswith(".") for b in bodies)


def test_plain_text_takes_a_short_first_line_as_title(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Expense policy\n\nReceipts within 30 days.\n")
    [doc] = read_file(path)
    assert doc.title == "Expense policy" and doc.content_type == "text"
    assert doc.sections[0].body == "Receipts within 30 days."


def test_yaml_entries_become_documents_with_their_own_origin(tmp_path: Path) -> None:
    path = tmp_path / "faq.yaml"
    path.write_text(
        "entries:\n"
        "  - id: leave\n    title: Parental leave\n    category: hr\n    content: Up to 16 weeks.\n"
        "  - title: Remote work\n    tags: [remote]\n"
        "    content: |\n      ## Rules\n      Two days.\n"
    )
    docs = read_file(path)
    assert [d.title for d in docs] == ["Parental leave", "Remote work"]
    assert docs[0].origin.endswith("faq.yaml#leave") and docs[1].origin.endswith("#2")
    assert docs[0].category == "hr" and docs[1].tags == ("remote",)
    assert docs[1].sections[0].path == ("Rules",)


def test_a_yaml_entry_without_title_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("- content: no title\n")
    with pytest.raises(IngestError, match="entry 1 needs a title"):
        read_file(path)


def _pdf_with_text(text: str) -> bytes:
    """A one-page PDF whose content stream draws `text` (enough for text extraction)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def test_pdf_pages_become_sections(tmp_path: Path) -> None:
    path = tmp_path / "travel-policy.pdf"
    path.write_bytes(_pdf_with_text("Book trains for trips under four hours."))
    [doc] = read_file(path)
    assert doc.title == "Travel policy" and doc.content_type == "pdf"
    assert doc.sections[0].path == ("page 1",)
    assert "Book trains for trips under four hours." in doc.sections[0].body


def test_a_broken_pdf_is_an_ingest_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"not a pdf at all")
    with pytest.raises(IngestError, match=r"broken\.pdf"):
        read_file(path)


def test_folders_are_walked_for_known_types_only(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# A\n\ntext")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B\n\ntext")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.md").write_text("# C")
    assert [p.name for p in files_under([tmp_path])] == ["a.md", "b.txt"]
    with pytest.raises(IngestError, match="no such file"):
        list(files_under([tmp_path / "missing"]))


def test_the_content_hash_changes_with_content_and_only_then(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("# D\n\nOne.")
    first = read_file(path)[0].content_hash
    assert read_file(path)[0].content_hash == first
    path.write_text("# D\n\nTwo.")
    assert read_file(path)[0].content_hash != first


def test_every_starter_document_has_a_source_category_and_bounded_chunks() -> None:
    docs = starter_documents()
    titles = " ".join(d.title for d in docs)
    for topic in ("SMART", "GROW", "WOOP", "Habits", "Values", "feedback", "conversations"):
        assert topic in titles
    assert any("sleep" in d.title.lower() for d in docs)
    assert any("career" in d.title.lower() for d in docs)
    for doc in docs:
        assert doc.origin.startswith("starter:")
        assert doc.source and not doc.source.endswith(".md"), doc.title
        assert doc.category != "general"
        assert all(token_estimate(c.text) <= MAX_TOKENS + 40 for c in chunk_document(doc))
