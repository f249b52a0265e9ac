"""`coachbot scenarios draft CASE.pdf|CASE.md -o OUT.yaml`: a scenario program to review."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml

scenarios_app = typer.Typer(help="Scenario practice: draft scenarios.", no_args_is_help=True)


def check_rest_of_program(data: Any, *, source: str) -> list[str]:
    """Validate the program around its scenario steps (each stood in for by a content step),
    until the scenario step type is part of the program model."""
    from engine.programs.loader import ProgramError, parse_program

    shell = yaml.safe_load(yaml.safe_dump(data))
    for week in shell.get("weeks", []):
        week["steps"] = [
            {"key": s["key"], "type": "content", "prompt": s.get("prompt", "-"), "body": "-"}
            if isinstance(s, dict) and s.get("type") == "scenario"
            else s
            for s in week.get("steps", [])
        ]
    try:
        parse_program(shell, source=source)
    except ProgramError as exc:
        return exc.lines
    return []


@scenarios_app.command("draft")
def draft(
    case: Annotated[Path, typer.Argument(help="the case study: a .pdf or a .md file")],
    output: Annotated[Path, typer.Option("--output", "-o", help="the program YAML to write")],
    force: bool = typer.Option(False, "--force", help="overwrite OUTPUT if it exists"),
) -> None:
    """Draft a scenario program from a case study, for human review before `programs sync`.

    Drafting is offline: scenes from the headings, personas from names with roles,
    `TODO:` wherever the document cannot tell, `# source:` on each fact taken from it.
    """
    from engine.scenarios import ScenarioError, program_scenarios
    from engine.scenarios.documents import read_document
    from engine.scenarios.draft import draft_program, slug_for

    if not case.is_file():
        print(f"coachbot: {case}: no such file", file=sys.stderr)
        raise typer.Exit(1)
    if output.exists() and not force:
        print(f"coachbot: {output}: exists (use --force to overwrite)", file=sys.stderr)
        raise typer.Exit(1)
    try:
        document = read_document(case)
    except Exception as exc:  # pypdf raises many types for broken files
        print(f"coachbot: {case}: cannot be read: {type(exc).__name__}", file=sys.stderr)
        raise typer.Exit(1) from None
    text = draft_program(document, slug=slug_for(output.stem))
    data = yaml.safe_load(text)
    problems = check_rest_of_program(data, source=str(output))
    try:
        program_scenarios(data, source=str(output))
    except ScenarioError as exc:
        problems += exc.lines
    if problems:  # a bug in the drafter: say so rather than write a broken file
        for line in problems:
            print(line, file=sys.stderr)
        raise typer.Exit(1)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    todos = text.count("TODO")
    print(f"drafted {output} from {case.name} offline: {todos} TODO marker(s) to review")
