"""Scenario files: the built-ins load and are written with care, a scenario in the issue's
format validates, and broken ones fail with one precise `file: path: reason` line each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from engine.scenarios import (
    ScenarioStepSpec,
)
from engine.scenarios.validation import (
    BUILTIN_DIR,
    ScenarioError,
    builtin_scenarios,
    load_scenario,
    parse_scenario,
    program_scenarios,
)
from tests.scenario_programs import validate_program

ISSUE_EXAMPLE = (
    Path(__file__).resolve().parents[1] / "fixtures" / "scenarios" / "issue-example.yaml"
)


def _example() -> dict[str, object]:
    (step,) = yaml.safe_load(ISSUE_EXAMPLE.read_text(encoding="utf-8"))
    assert isinstance(step, dict)
    return step


def test_the_issue_example_validates_with_defaults() -> None:
    spec = parse_scenario(_example(), source="example")
    scene = spec.scenes[0]
    assert [c.weight for c in scene.criteria] == [1, 2]
    assert scene.total_weight == 3 and spec.cast[0].key == "persona"
    assert spec.cast[0].trait("analytical") == 8


@pytest.mark.parametrize("name", ["ask-for-a-raise", "realistic-workout-plan"])
def test_builtin_scenarios_are_complete_and_careful(name: str) -> None:
    spec = builtin_scenarios()[name]
    assert isinstance(spec, ScenarioStepSpec) and len(spec.scenes) >= 3
    persona = spec.cast[0]
    assert persona.traits and persona.goals and persona.hidden_facts and persona.resistance
    assert "`hint`" in spec.prompt and "`end scene`" in spec.prompt
    for scene in spec.scenes:
        assert scene.opening and scene.hints and scene.persona_instructions
        for criterion in scene.criteria:
            assert criterion.keywords, f"{scene.key}.{criterion.key} has no offline keywords"
            assert criterion.ideal, f"{scene.key}.{criterion.key} has no ideal line"
            for keyword in criterion.keywords:
                re.compile(keyword)
        # the threshold can be reached, and not by the lightest criterion alone
        lightest = min(c.weight for c in scene.criteria)
        assert lightest / scene.total_weight < scene.success_threshold <= 1


def test_builtin_files_are_the_two_promised() -> None:
    assert sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml")) == [
        "ask-for-a-raise",
        "realistic-workout-plan",
    ]


def _errors(data: object) -> list[str]:
    with pytest.raises(ScenarioError) as err:
        parse_scenario(data, source="case.yaml")
    return err.value.lines


def _with(path: str, value: object) -> dict[str, object]:
    data = _example()
    node: object = data
    *parents, last = path.split(".")
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]  # type: ignore[index]
    if isinstance(node, list):
        node[int(last)] = value
    elif value is None:
        del node[last]  # type: ignore[union-attr]
    else:
        node[last] = value  # type: ignore[index]
    return data


@pytest.mark.parametrize(
    ("path", "value", "line"),
    [
        (
            "persona.traits",
            {"analytical": 11},
            "case.yaml: persona.traits.analytical: must be ≤ 10",
        ),
        (
            "scenes.0.success_threshold",
            1.5,
            "case.yaml: scenes[0].success_threshold: must be ≤ 1.0",
        ),
        ("scenes.0.max_attempts", 0, "case.yaml: scenes[0].max_attempts: must be ≥ 1"),
        ("scenes.0.criteria", [], "case.yaml: scenes[0].criteria: must have at least 1 item(s)"),
        (
            "scenes.0.criteria.1",
            {"key": "r", "check": "c", "weight": 0},
            "case.yaml: scenes[0].criteria[1].weight: must be ≥ 1",
        ),
        (
            "scenes.0.criteria.1",
            {"key": "Reason", "check": "c"},
            "case.yaml: scenes[0].criteria[1].key: must match ^[a-z][a-z0-9_]{0,63}$",
        ),
        (
            "scenes.0.criteria.1",
            {"key": "clear_ask", "check": "c"},
            "case.yaml: scenes[0]: criteria keys must be unique: clear_ask",
        ),
        (
            "scenes.0.criteria.0",
            {"key": "c", "check": "c", "keywords": ["(unclosed"]},
            "case.yaml: scenes[0].criteria[0].keywords: '(unclosed' is not a valid regex: "
            "missing ), unterminated subpattern at position 0",
        ),
        ("scenes.0.objective", None, "case.yaml: scenes[0].objective: is required"),
        (
            "scenes.0.with",
            ["bob"],
            "case.yaml: scenes[0].with: no persona named 'bob' (known: persona)",
        ),
        ("persona.mood", "grumpy", "case.yaml: persona.mood: is not a known field"),
    ],
)
def test_a_broken_scenario_names_file_path_and_reason(path: str, value: object, line: str) -> None:
    assert _errors(_with(path, value)) == [line]


def test_personas_need_keys_and_exclude_a_single_persona() -> None:
    data = _example()
    persona = data.pop("persona")
    assert isinstance(persona, dict)
    data["personas"] = [persona, {**persona, "key": "dana"}]
    assert _errors(data) == ["case.yaml: personas[0].key: is required when there are several"]
    data["persona"] = persona
    assert _errors(data) == [
        "case.yaml: a scenario needs either `persona` or a `personas` list, not both"
    ]


def test_scenario_steps_inside_a_program_are_named_by_their_place(tmp_path: Path) -> None:
    bad = _with("scenes.0.hint_after", 0)
    program = {
        "slug": "p",
        "title": "P",
        "weeks": [
            {
                "title": "W",
                "steps": [{"key": "intro", "type": "content", "prompt": "Hi", "body": "b"}, bad],
            }
        ],
    }
    with pytest.raises(ScenarioError) as err:
        program_scenarios(program, source="p.yaml")
    assert err.value.lines == ["p.yaml: weeks[0].steps[1].scenes[0].hint_after: must be ≥ 1"]


def test_a_fragment_file_with_invalid_yaml_says_where(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("key: [unclosed\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as err:
        load_scenario(path)
    (line,) = err.value.lines
    assert line.startswith(f"{path}: line 2, column 1: invalid YAML")


def test_the_scenario_step_joins_the_program_step_union_as_it_is() -> None:
    """A program holding the issue's example validates once the step is in the union."""
    program = validate_program(
        {"slug": "p", "title": "P", "weeks": [{"title": "W", "steps": [_example()]}]}
    )
    (step,) = program.weeks[0].steps
    assert isinstance(step, ScenarioStepSpec) and step.scenes[0].key == "opening"


def test_the_example_in_the_authors_guide_validates() -> None:
    guide = Path(__file__).resolve().parents[2] / "docs" / "scenarios.md"
    block = guide.read_text(encoding="utf-8").split("```yaml\n", 1)[1].split("```", 1)[0]
    (step,) = yaml.safe_load(block)
    spec = parse_scenario(step, source=str(guide))
    assert spec.scenes[0].criteria[0].ideal and spec.cast[0].key == "dana"


@pytest.mark.parametrize("name", ["ask-for-a-raise", "realistic-workout-plan"])
def test_a_stored_definition_loads_back_equal(name: str) -> None:
    """Program versions store `model_dump(mode="json")` (where `with` is `with_`)."""
    spec = builtin_scenarios()[name]
    for dumped in (spec.model_dump(mode="json"), spec.model_dump(mode="json", by_alias=True)):
        assert ScenarioStepSpec.model_validate(dumped) == spec
