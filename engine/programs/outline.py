"""The program outline the coach reads first (and the LLM caches) on every turn."""

from __future__ import annotations

from engine.programs.model import ProgramSpec


def program_outline(spec: ProgramSpec) -> str:
    """The whole program as text: stable for a version, so the LLM can cache it."""
    lines = [f"Program: {spec.title}", spec.description.strip(), ""]
    for number, week in enumerate(spec.weeks, 1):
        lines.append(f"## Week {number}: {week.title}")
        if week.intro:
            lines.append(week.intro.strip())
        for step in week.steps:
            lines.append(f"- [{step.type} `{step.key}`] {step.prompt.strip()}")
            lines.extend(step.outline())
        lines.append("")
    return "\n".join(lines)
