"""Reading scenario fragments and program files' scenario steps, with `file: path: reason` errors.

The wording of each reason is the program loader's (`engine.programs.loader.describe`),
so a broken scenario reads like any other broken step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from engine.programs.loader import ProgramError, describe
from engine.programs.loader import read_yaml as read_program_yaml
from engine.scenarios.model import ScenarioStepSpec

BUILTIN_DIR = Path(__file__).resolve().parent / "builtin"


class ScenarioError(ProgramError):
    """A scenario that cannot be used; `lines` holds one `file: path: reason` per problem."""


def parse_scenario(data: Any, *, source: str, at: str = "") -> ScenarioStepSpec:
    """Validate one `type: scenario` step mapping; `at` prefixes paths (`weeks[0].steps[1]`)."""
    try:
        return ScenarioStepSpec.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        locs = [err["loc"] for err in errors]
        lines = []
        for err in errors:
            loc = err["loc"]
            if err["type"] == "too_short" and any(
                len(o) > len(loc) and o[: len(loc)] == loc for o in locs
            ):
                continue  # a container's "too short" that only follows from a failed item
            reason = describe(err)
            if at:
                reason = f"{at}.{reason}" if err["loc"] else f"{at}: {reason}"
            lines.append(f"{source}: {reason}")
        raise ScenarioError(lines) from None


def read_yaml(path: Path) -> Any:
    """The YAML document in `path`, with the program loader's messages, as `ScenarioError`."""
    return read_program_yaml(path, ScenarioError)


def load_scenario(path: Path) -> ScenarioStepSpec:
    """A standalone fragment: one step mapping with `type: scenario`."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise ScenarioError([f"{path}: must be a mapping with key, type, prompt and scenes"])
    return parse_scenario(data, source=str(path))


def program_scenarios(data: Any, *, source: str) -> list[ScenarioStepSpec]:
    """Validate every `type: scenario` step of a program document (other steps untouched)."""
    weeks = data.get("weeks") if isinstance(data, dict) else None
    if not isinstance(weeks, list):
        raise ScenarioError([f"{source}: weeks: is required"])
    found: list[ScenarioStepSpec] = []
    lines: list[str] = []
    for w, week in enumerate(weeks):
        steps = week.get("steps") if isinstance(week, dict) else None
        for s, step in enumerate(steps if isinstance(steps, list) else []):
            if isinstance(step, dict) and step.get("type") == "scenario":
                try:
                    found.append(parse_scenario(step, source=source, at=f"weeks[{w}].steps[{s}]"))
                except ScenarioError as exc:
                    lines.extend(exc.lines)
    if lines:
        raise ScenarioError(lines)
    return found


def builtin_scenarios() -> dict[str, ScenarioStepSpec]:
    """The built-in fragments by file stem."""
    return {p.stem: load_scenario(p) for p in sorted(BUILTIN_DIR.glob("*.yaml"))}
