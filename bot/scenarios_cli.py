"""`coachbot scenarios draft CASE.pdf|CASE.md -o OUT.yaml`: a scenario program to review."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml

scenarios_app = typer.Typer(
    help="Scenario practice: validate, practise and draft scenarios.", no_args_is_help=True
)


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
    from engine.scenarios.documents import read_document
    from engine.scenarios.draft import draft_program, slug_for
    from engine.scenarios.validation import ScenarioError, program_scenarios

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


def _specs(path: Path) -> list[Any]:
    """The scenario steps of a fragment file or of a program file."""
    from engine.scenarios.validation import load_scenario, program_scenarios, read_yaml

    data = read_yaml(path)
    if isinstance(data, dict) and "weeks" in data:
        return program_scenarios(data, source=str(path))
    return [load_scenario(path)]


@scenarios_app.command("validate")
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(help="fragments or program files")] = None,
) -> None:
    """Check scenario fragments (or the scenario steps of program files); default: built-ins."""
    from engine.scenarios.validation import BUILTIN_DIR, ScenarioError

    failed = False
    for path in paths or sorted(BUILTIN_DIR.glob("*.yaml")):
        try:
            specs = _specs(path)
        except ScenarioError as exc:
            failed = True
            for line in exc.lines:
                print(line, file=sys.stderr)
            continue
        scenes = sum(len(s.scenes) for s in specs)
        print(f"ok {path} ({len(specs)} scenario(s), {scenes} scenes)")
    raise typer.Exit(1 if failed else 0)


@scenarios_app.command("practise")
def practise(
    path: Annotated[Path, typer.Argument(help="a scenario fragment or a program file")],
) -> None:
    """Practise a scenario in the terminal with the offline persona (stdin lines; /quit)."""
    from datetime import UTC, datetime

    from engine.scenarios import OfflinePersona, apply, plan, present
    from engine.scenarios.validation import ScenarioError

    try:
        specs = _specs(path)
    except ScenarioError as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        raise typer.Exit(1) from None
    if not specs:
        print(f"coachbot: {path}: has no scenario step", file=sys.stderr)
        raise typer.Exit(1)
    spec, persona = specs[0], OfflinePersona()
    outcome = present(spec, datetime.now(UTC))
    print("(offline persona: lines are scripted, scores come from keywords)")
    print("\n\n".join(outcome.messages), flush=True)
    for raw in sys.stdin:
        text = raw.strip()
        if text == "/quit":
            break
        if not text:
            continue
        planned = plan(spec, outcome.state, text)
        judgement = persona.judge(planned.request) if planned.request else None
        outcome = apply(spec, outcome.state, planned, judgement, datetime.now(UTC))
        print("\n\n".join(outcome.messages), flush=True)
        if outcome.done:
            break
