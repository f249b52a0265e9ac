"""Reading program files, with errors that name the file, the path inside it and the reason."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from engine.programs.model import ProgramSpec
from engine.programs.step_union import STEP_MODELS

BUILTIN_DIR = Path(__file__).resolve().parent / "builtin"


class ProgramError(Exception):
    """A program file that cannot be used; `lines` holds one `file: path: reason` per problem."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


@dataclass(frozen=True, slots=True)
class LoadedProgram:
    spec: ProgramSpec
    path: Path
    content_hash: str


def content_hash(spec: ProgramSpec) -> str:
    """Hash of the validated content, so comments and formatting don't make new versions."""
    canonical = json.dumps(spec.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def parse_program(data: Any, *, source: str) -> ProgramSpec:
    try:
        return ProgramSpec.model_validate(data)
    except ValidationError as exc:
        errors = _root_causes(exc.errors())
        raise ProgramError([f"{source}: {describe(err)}" for err in errors]) from None


def _root_causes(errors: list[ErrorDetails]) -> list[ErrorDetails]:
    """Drop a container's "too short" that only follows from a failed item inside it."""
    locs = [err["loc"] for err in errors]
    return [
        err
        for err in errors
        if not (
            err["type"] == "too_short"
            and any(len(o) > len(err["loc"]) and o[: len(err["loc"])] == err["loc"] for o in locs)
        )
    ]


def read_yaml(path: Path, error: type[ProgramError] = ProgramError) -> Any:
    """The YAML document in `path`; unreadable, non-UTF-8 or malformed → `error` naming why."""
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise error([f"{source}: cannot be read: {exc.strerror}"]) from None
    except UnicodeDecodeError:
        raise error([f"{source}: is not UTF-8 text"]) from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise error([f"{source}: {where}invalid YAML: {problem}"]) from None


def load_program(path: Path) -> LoadedProgram:
    source = str(path)
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise ProgramError([f"{source}: must be a mapping with slug, title and weeks"])
    spec = parse_program(data, source=source)
    return LoadedProgram(spec=spec, path=path, content_hash=content_hash(spec))


def program_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand directories into their *.yaml / *.yml files, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.suffix in {".yaml", ".yml"})
        else:
            yield path


def builtin_programs() -> list[LoadedProgram]:
    return [load_program(p) for p in program_files([BUILTIN_DIR])]


def describe(err: ErrorDetails) -> str:
    """`weeks[2].steps[0].max_attempts: must be ≥ 1` from one pydantic error."""
    if not err["loc"]:  # a whole-document check names its own path in the message
        return error_reason(err)
    return f"{error_path(err['loc'])}: {error_reason(err)}"


def error_path(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for i, item in enumerate(loc):
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif item in STEP_MODELS and i > 0 and isinstance(loc[i - 1], int):
            continue  # the discriminated union's tag, not a path element
        elif item.startswith("function-") or item == "[key]":
            continue
        else:
            parts.append(f".{item}" if parts else item)
    return "".join(parts) or "(document)"


def error_reason(err: ErrorDetails) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    reasons = {
        "missing": "is required",
        "extra_forbidden": "is not a known field",
        "greater_than_equal": f"must be ≥ {ctx.get('ge')}",
        "less_than_equal": f"must be ≤ {ctx.get('le')}",
        "greater_than": f"must be > {ctx.get('gt')}",
        "string_pattern_mismatch": f"must match {ctx.get('pattern')}",
        "too_short": f"must have at least {ctx.get('min_length')} item(s)",
        "too_long": f"must have at most {ctx.get('max_length')} item(s)",
        "string_too_short": "must not be empty",
        "union_tag_invalid": f"type must be one of {ctx.get('expected_tags')}",
        "union_tag_not_found": "needs a type (question, scale, choice, ...)",
        "literal_error": f"must be one of {ctx.get('expected')}",
        "int_parsing": "must be a whole number",
        "int_type": "must be a whole number",
        "bool_parsing": "must be true or false",
        "time_parsing": "must be a time like 09:30",
        "time_type": "must be a time like 09:30",
        "string_type": "must be text",
    }
    if kind in reasons:
        return reasons[kind]
    message = err["msg"]
    return message.removeprefix("Value error, ")
