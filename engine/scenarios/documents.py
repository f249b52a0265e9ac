"""Reading a case study (Markdown or PDF) into sections, each line tagged with where it is.

PDF text comes from `pypdf`, page by page; a heading there is a short line in title
case, all capitals or numbered ("2. The Crisis"), without a final full stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_NUMBERED = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+[A-Z]")


@dataclass(frozen=True, slots=True)
class SourcedLine:
    text: str
    where: str  # "page 2" or "section 'Background'"


@dataclass(slots=True)
class Section:
    title: str
    where: str
    lines: list[SourcedLine] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Document:
    name: str
    title: str
    sections: tuple[Section, ...]

    @property
    def lines(self) -> list[SourcedLine]:
        return [line for s in self.sections for line in s.lines]


def _looks_like_heading(line: str) -> bool:
    if not 2 <= len(line) <= 70 or line.endswith((".", ",", ";", ":")) or line.count(" ") > 8:
        return False
    if _NUMBERED.match(line) or (line.isupper() and any(c.isalpha() for c in line)):
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words) and len(words) <= 6


def read_markdown(text: str, *, name: str) -> Document:
    sections: list[Section] = []
    title = ""
    current = Section(title="", where="the start")
    for raw in text.splitlines():
        line = raw.strip()
        heading = _MD_HEADING.match(line)
        if heading:
            head = heading.group(2).strip()
            if len(heading.group(1)) == 1 and not title:
                title = head
            sections.append(current)
            current = Section(title=head, where=f"section '{head}'")
        elif line:
            current.lines.append(SourcedLine(line, current.where))
    sections.append(current)
    kept = tuple(s for s in sections if s.title or s.lines)
    return Document(name=name, title=title or name, sections=kept)


def read_pdf(path: Path) -> Document:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    sections: list[Section] = [Section(title="", where="page 1")]
    title = (reader.metadata.title if reader.metadata else None) or ""
    for number, page in enumerate(reader.pages, 1):
        for raw in (page.extract_text() or "").splitlines():
            line = " ".join(raw.split())
            if not line:
                continue
            where = f"page {number}"
            if _looks_like_heading(line):
                title = title or line
                sections.append(Section(title=line, where=where))
            else:
                sections[-1].lines.append(SourcedLine(line, where))
    kept = tuple(s for s in sections if s.title or s.lines)
    return Document(name=path.name, title=title or path.stem, sections=kept)


def read_document(path: Path) -> Document:
    """A `.pdf` through pypdf; anything else as Markdown text."""
    if path.suffix.lower() == ".pdf":
        return read_pdf(path)
    return read_markdown(path.read_text(encoding="utf-8"), name=path.name)
