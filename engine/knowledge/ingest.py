"""Reading files into documents: Markdown, plain text, YAML entries and PDF.

A document's title is its first `#` heading (Markdown), its front matter or entry
`title`, its first short line (text), the PDF's metadata title, or else the file name.
A line `Source: …` anywhere in a Markdown or text file becomes the document's source
(and is not part of its text); without one, the source is the file path.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml

from engine.knowledge.model import Section, SourceDocument

SUFFIXES: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".pdf": "pdf",
}

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_SOURCE = re.compile(r"^\s*[*_]{0,2}sources?[*_]{0,2}\s*:\s*[*_]{0,2}\s*(.+?)\s*$", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)


class IngestError(Exception):
    """A file that cannot be read as a document (the message names the file)."""


def files_under(paths: Iterable[Path]) -> Iterator[Path]:
    """The readable files among `paths`, folders walked in name order, hidden ones skipped."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and child.suffix.lower() in SUFFIXES and not hidden:
                    yield child
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise IngestError(f"{path}: not a Markdown, text, YAML or PDF file")
            yield path
        else:
            raise IngestError(f"{path}: no such file or folder")


def _title_from_name(path: Path) -> str:
    return re.sub(r"[-_]+", " ", path.stem).strip().capitalize() or path.name


def _take_source(lines: list[str]) -> tuple[list[str], str | None]:
    kept, source = [], None
    for line in lines:
        match = _SOURCE.match(line)
        if match and source is None:
            source = match.group(1)
        else:
            kept.append(line)
    return kept, source


def _sections(lines: Sequence[str]) -> tuple[str | None, list[Section]]:
    """Split Markdown lines on headings; return the first H1 and the sections."""
    title: str | None = None
    path: list[str] = []
    sections: list[Section] = []
    body: list[str] = []

    def flush() -> None:
        text = "\n".join(body).strip()
        if text:
            sections.append(Section(tuple(path), text))
        body.clear()

    fenced = False
    for line in lines:
        fenced ^= line.lstrip().startswith("```")
        match = None if fenced else _HEADING.match(line)
        if match is None:
            body.append(line)
            continue
        flush()
        level, name = len(match.group(1)), match.group(2).strip()
        if level == 1 and title is None:
            title, path = name, []
            continue
        depth = max(level - 2, 0)
        path = [*path[:depth], name]
    flush()
    return title, sections


def read_markdown(path: Path, text: str, *, origin: str, **meta: Any) -> SourceDocument:
    front: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        loaded = yaml.safe_load(match.group(1))
        front = loaded if isinstance(loaded, dict) else {}
        text = text[match.end() :]
    lines, source = _take_source(text.splitlines())
    h1, sections = _sections(lines)
    title = str(front.get("title") or h1 or _title_from_name(path))
    return _document(origin, title, "markdown", sections, front, source or str(path), meta)


def read_text(path: Path, text: str, *, origin: str, **meta: Any) -> SourceDocument:
    lines, source = _take_source(text.splitlines())
    first = next((line.strip() for line in lines if line.strip()), "")
    title = _title_from_name(path)
    if first and len(first) <= 80 and not first.endswith((".", "!", "?", ":")):
        title = first
        lines = lines[lines.index(next(ln for ln in lines if ln.strip())) + 1 :]
    sections = [Section((), "\n".join(lines).strip())] if "".join(lines).strip() else []
    return _document(origin, title, "text", sections, {}, source or str(path), meta)


def read_yaml(path: Path, text: str, *, origin: str, **meta: Any) -> list[SourceDocument]:
    """A list of entries, `{entries: [...]}` or one entry; each has a title and content."""
    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise IngestError(f"{path}: not valid YAML ({exc})") from exc
    if isinstance(loaded, dict) and isinstance(loaded.get("entries"), list):
        loaded = loaded["entries"]
    entries = loaded if isinstance(loaded, list) else [loaded]
    documents = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not entry.get("title"):
            raise IngestError(f"{path}: entry {number} needs a title and content")
        content = str(entry.get("content") or entry.get("text") or "").strip()
        _, sections = _sections(content.splitlines())
        key = entry.get("id") or number
        documents.append(
            _document(
                f"{origin}#{key}",
                str(entry["title"]),
                "yaml",
                sections,
                entry,
                str(entry.get("source") or path),
                meta,
            )
        )
    return documents


def read_pdf(path: Path, *, origin: str, **meta: Any) -> SourceDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        info_title = reader.metadata.title if reader.metadata else None
    except (PdfReadError, OSError, ValueError) as exc:
        raise IngestError(f"{path}: cannot read the PDF ({exc})") from exc
    sections = [Section((f"page {n}",), text) for n, text in enumerate(pages, 1) if text]
    title = str(info_title).strip() if info_title else _title_from_name(path)
    return _document(origin, title, "pdf", sections, {}, str(path), meta)


def _document(
    origin: str,
    title: str,
    content_type: str,
    sections: Sequence[Section],
    front: dict[str, Any],
    source: str,
    meta: dict[str, Any],
) -> SourceDocument:
    tags = meta.get("tags") or front.get("tags") or ()
    if isinstance(tags, str):
        tags = [t for t in (part.strip() for part in tags.split(",")) if t]
    return SourceDocument(
        origin=origin,
        title=title.strip(),
        content_type=content_type,
        sections=tuple(sections),
        category=str(meta.get("category") or front.get("category") or "general"),
        tags=tuple(sorted({str(t).strip().lower() for t in tags if str(t).strip()})),
        source=str(front.get("source") or source),
    )


def read_file(
    path: Path,
    *,
    origin: str | None = None,
    category: str | None = None,
    tags: Sequence[str] = (),
) -> list[SourceDocument]:
    """The documents in one file (a YAML file may hold several).

    Raises:
        IngestError: the file type is unknown or the file cannot be read.
    """
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise IngestError(f"{path}: not a Markdown, text, YAML or PDF file")
    origin = origin or str(path.resolve())
    meta: dict[str, Any] = {"category": category, "tags": list(tags)}
    if kind == "pdf":
        return [read_pdf(path, origin=origin, **meta)]
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(f"{path}: cannot read ({exc})") from exc
    if kind == "yaml":
        return read_yaml(path, text, origin=origin, **meta)
    reader = read_markdown if kind == "markdown" else read_text
    return [reader(path, text, origin=origin, **meta)]
