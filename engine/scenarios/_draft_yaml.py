"""Writing a draft as a program file, with `# source:` comments on the document's facts."""

from __future__ import annotations

import json

from engine.scenarios._draft_model import Draft, DraftPersona, DraftScene, Sourced


def _q(text: str) -> str:
    """A YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _sourced(field: str, value: Sourced, indent: str) -> str:
    return f"{indent}{field}: {_q(value.text)}  # source: {value.where}"


def _persona(p: DraftPersona) -> list[str]:
    i = "            "
    lines = [f"          - key: {p.key}", _sourced("name", p.name, i), _sourced("role", p.role, i)]
    if p.background is not None:
        lines.append(_sourced("background", p.background, i))
    else:
        lines.append(f"{i}background: {_q('TODO: background of ' + p.name.text)}")
    if p.traits:
        lines.append(f"{i}traits: {{{', '.join(f'{k}: {v}' for k, v in p.traits)}}}")
    else:
        lines.append(f"{i}traits: {{}}  # TODO: 0–10, e.g. {{analytical: 7, assertive: 5}}")
    goals = p.goals or (f"TODO: what {p.name.text} wants",)
    lines.append(f"{i}goals: [{', '.join(_q(g) for g in goals)}]")
    lines.append(f"{i}hidden_facts:")
    lines += [f"{i}  - {_q(f.text)}  # source: {f.where}" for f in p.hidden_facts]
    if not p.hidden_facts:
        lines.append(f"{i}  - {_q('TODO: what ' + p.name.text + ' knows but does not say')}")
    resistance = p.resistance or f"TODO: when {p.name.text} gives in"
    lines.append(f"{i}resistance: {_q(resistance)}")
    return lines


def _scene(s: DraftScene) -> list[str]:
    i = "            "
    lines = [
        f"          - key: {s.key}",
        _sourced("title", s.title, i),
        f"{i}objective: {_q(s.objective)}",
    ]
    if s.with_:
        lines.append(f"{i}with: [{', '.join(s.with_)}]")
    lines.append(f"{i}criteria:")
    for c in s.criteria:
        lines += [
            f"{i}  - key: {c.key}",
            f"{i}    check: {_q(c.check)}",
            f"{i}    keywords: [{', '.join(_q(k) for k in c.keywords)}]",
        ]
        if c.weight != 1:
            lines.append(f"{i}    weight: {c.weight}")
        if c.ideal:
            lines.append(f"{i}    ideal: {_q(c.ideal)}")
    hints = s.hints or (f"TODO: a hint for {s.title.text}",)
    lines += [
        f"{i}success_threshold: 0.7",
        f"{i}max_attempts: 4",
        f"{i}hint_after: 2",
        f"{i}hints: [{', '.join(_q(h) for h in hints)}]",
        f"{i}persona_instructions: {_q(s.persona_instructions or 'TODO: how the persona behaves')}",
    ]
    return lines


def render_program(draft: Draft, *, slug: str) -> str:
    """A one-week program holding one `scenario` step."""
    description = f"Scenario practice drafted from {draft.origin}. TODO: describe it."
    out = [
        f"# Drafted ({draft.how}) from {draft.origin} by `coachbot scenarios draft`.",
        "# Review every TODO and every `# source:` fact before `coachbot programs sync`.",
        f"slug: {slug}",
        f"title: {_q(draft.title[:120])}",
        f"description: {_q(description)}",
        "weeks:",
        f"  - title: {_q(draft.title[:120])}",
        "    steps:",
        "      - key: case_practice",
        "        type: scenario",
        f"        prompt: {_q(draft.prompt)}",
    ]
    if draft.personas:
        out.append("        personas:")
        for persona in draft.personas:
            out += _persona(persona)
    else:
        out += [
            "        persona:",
            f"          name: {_q('TODO: name')}",
            f"          role: {_q('TODO: role')}",
            f"          resistance: {_q('TODO: when the persona gives in')}",
        ]
    out.append("        scenes:")
    for scene in draft.scenes:
        out += _scene(scene)
    return "\n".join(out) + "\n"
