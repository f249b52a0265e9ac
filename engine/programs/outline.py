"""The program outline the coach reads first (and the LLM caches) on every turn."""

from __future__ import annotations

from engine.programs.model import ExtractStep, ProgramSpec, QuestionStep


def program_outline(spec: ProgramSpec) -> str:
    """The whole program as text: stable for a version, so the LLM can cache it."""
    lines = [f"Program: {spec.title}", spec.description.strip(), ""]
    for number, week in enumerate(spec.weeks, 1):
        lines.append(f"## Week {number}: {week.title}")
        if week.intro:
            lines.append(week.intro.strip())
        for step in week.steps:
            lines.append(f"- [{step.type} `{step.key}`] {step.prompt.strip()}")
            if isinstance(step, QuestionStep):
                lines.extend(f"  - must cover `{r.key}`: {r.label}" for r in step.requires)
                lines.extend(f"  - scenario `{sc.key}`: {sc.description}" for sc in step.scenarios)
            if isinstance(step, ExtractStep):
                lines.extend(
                    f"  - field `{f.name}`: {f.description}"
                    + (f" (one of: {', '.join(f.choices)})" if f.choices else "")
                    for f in step.fields
                )
        lines.append("")
    return "\n".join(lines)
