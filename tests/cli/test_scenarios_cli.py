"""`coachbot scenarios draft|validate|practise`: a PDF (built by hand here) or Markdown case
becomes a program file whose scenario validates, with each persona fact traced to its page
or section; a scenario can be validated and practised offline in the terminal."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import yaml

from bot.scenarios_cli import check_rest_of_program
from engine.scenarios import OfflinePersona, build_judgement_request, start
from engine.scenarios.documents import read_document
from engine.scenarios.validation import BUILTIN_DIR as BUILTIN
from engine.scenarios.validation import program_scenarios
from tests.scenario_programs import validate_program

CASE_PAGES = [
    [
        "Kamau Greenhouses",
        "Wanjohi Kamau, CEO of Kamau Greenhouses, built the firm over twelve years.",
        "Amina Odhiambo (operations manager) runs the packing house in Naivasha.",
    ],
    [
        "THE LOST CONTRACT",
        "In March the largest buyer cancelled its seasonal contract.",
        "Wanjohi blames the logistics partner for late deliveries.",
        "2. Rebuilding Demand",
        "Amina thinks two regional supermarkets could replace half the volume.",
    ],
]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def minimal_pdf(pages: list[list[str]]) -> bytes:
    """A small valid PDF: one Helvetica text line per entry, pages in order."""
    count = len(pages)
    font = 3 + 2 * count
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(f"{3 + 2 * i} 0 R".encode() for i in range(count))
        + f"] /Count {count} >>".encode(),
    ]
    for i, lines in enumerate(pages):
        body = "BT /F1 12 Tf 16 TL 72 720 Td " + " ".join(f"({_escape(t)}) Tj T*" for t in lines)
        stream = (body + " ET").encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources"
            f" << /Font << /F1 {font} 0 R >> >> /Contents {4 + 2 * i} 0 R >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def scenarios(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "scenarios", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )


def draft(*args: str) -> subprocess.CompletedProcess[str]:
    return scenarios("draft", *args)


def test_a_pdf_case_becomes_a_program_whose_scenario_validates(tmp_path: Path) -> None:
    case = tmp_path / "kamau.pdf"
    case.write_bytes(minimal_pdf(CASE_PAGES))
    out = tmp_path / "programs" / "kamau-practice.yaml"
    result = draft(str(case), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "TODO marker(s) to review" in result.stdout
    text = out.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["slug"] == "kamau-practice"
    (spec,) = program_scenarios(data, source=str(out))
    assert check_rest_of_program(data, source=str(out)) == []
    assert validate_program(data).weeks[0].steps[0] == spec  # `programs validate`, once registered
    assert [p.name for p in spec.cast] == ["Wanjohi Kamau", "Amina Odhiambo"]
    assert [p.role for p in spec.cast] == ["CEO", "operations manager"]
    assert [s.title for s in spec.scenes] == ["THE LOST CONTRACT", "2. Rebuilding Demand"]
    # each fact says where it came from
    assert '"Wanjohi blames the logistics partner for late deliveries."  # source: page 2' in text
    assert '"Wanjohi Kamau"  # source: page 1' in text
    assert "TODO:" in text
    # the skeleton can already be practised offline
    state = start(spec, datetime(2026, 12, 1, tzinfo=UTC)).state
    request = build_judgement_request(spec, state, "about the contract")
    judged = OfflinePersona().judge(request)
    assert judged.reply and any(v.met for v in judged.criteria)


def test_a_markdown_case_uses_its_headings_and_sections(tmp_path: Path) -> None:
    case = tmp_path / "case.md"
    case.write_text(
        "# Riverside Clinic\n\nDr Lena Ortiz, the clinic director, wants shorter waits.\n\n"
        "## Budget Talks\nLena has no budget for new staff this year.\n\n"
        "## The Night Shift\nNurses complain about the night rota.\n",
        encoding="utf-8",
    )
    out = tmp_path / "clinic.yaml"
    assert draft(str(case), "-o", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    (spec,) = program_scenarios(yaml.safe_load(text), source=str(out))
    assert [s.key for s in spec.scenes] == ["budget_talks", "the_night_shift"]
    lena = spec.cast[0]
    assert (lena.key, lena.name, lena.role) == ("lena", "Dr Lena Ortiz", "clinic director")
    assert lena.hidden_facts[0] == "Lena has no budget for new staff this year."
    assert "# source: section 'Budget Talks'" in text


def test_a_document_without_names_gets_a_todo_persona_and_one_scene(tmp_path: Path) -> None:
    case = tmp_path / "notes.md"
    case.write_text("just some notes without structure\n", encoding="utf-8")
    out = tmp_path / "notes.yaml"
    assert draft(str(case), "-o", str(out)).returncode == 0
    (spec,) = program_scenarios(yaml.safe_load(out.read_text()), source=str(out))
    assert spec.cast[0].name.startswith("TODO") and len(spec.scenes) == 1


def test_draft_refuses_to_overwrite_and_reports_a_missing_file(tmp_path: Path) -> None:
    out = tmp_path / "x.yaml"
    out.write_text("keep me", encoding="utf-8")
    case = tmp_path / "c.md"
    case.write_text("# C\n", encoding="utf-8")
    refused = draft(str(case), "-o", str(out))
    assert refused.returncode == 1 and "exists" in refused.stderr
    assert out.read_text() == "keep me"
    missing = draft(str(tmp_path / "nope.pdf"), "-o", str(tmp_path / "y.yaml"))
    assert missing.returncode == 1 and "no such file" in missing.stderr


def test_the_pdf_reader_keeps_page_numbers(tmp_path: Path) -> None:
    case = tmp_path / "k.pdf"
    case.write_bytes(minimal_pdf(CASE_PAGES))
    doc = read_document(case)
    where = {line.text: line.where for line in doc.lines}
    assert where["In March the largest buyer cancelled its seasonal contract."] == "page 2"


def test_validate_accepts_the_builtins_and_names_file_path_and_reason(tmp_path: Path) -> None:
    ok = scenarios("validate")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.count("ok ") == 2
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        (BUILTIN / "ask-for-a-raise.yaml")
        .read_text()
        .replace("max_attempts: 4", "max_attempts: 0"),
        encoding="utf-8",
    )
    result = scenarios("validate", str(broken))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{broken}: scenes[0].max_attempts: must be ≥ 1",
        f"{broken}: scenes[2].max_attempts: must be ≥ 1",
    ]


def test_practise_plays_a_scenario_to_its_review_offline() -> None:
    lines = [
        "I'd like to talk about a raise.",
        "hint",
        "Because I led the billing migration, invoice errors fell by a third.",
        "end scene",
        "end scene",
    ]
    result = scenarios("practise", str(BUILTIN / "ask-for-a-raise.yaml"), stdin="\n".join(lines))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "*Dana:* You wanted some time?" in out
    assert "Hint: Name one piece of your work" in out  # the ask was already made
    assert "*Opening the conversation*: done, 100%." in out
    assert "Scenes moved on without passing: Making the case, Agreeing next steps." in out
