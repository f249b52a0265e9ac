"""The image and compose files, checked without a container engine (none can pull here)."""

from __future__ import annotations

import copy
import fnmatch
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from deploy.compose_check import problems

ROOT = Path(__file__).resolve().parents[2]


def _stages() -> list[list[str]]:
    """The Dockerfile's stages, each a list of instructions (continuation lines joined)."""
    text = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text())
    stages: list[list[str]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.upper().startswith("FROM "):
            stages.append([])
        if stages:
            stages[-1].append(line)
    return stages


def _lock() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[canonicalize_name(name)] = version
    return pins


def test_the_image_is_multi_stage_with_no_compilers_and_no_root_in_the_final_stage() -> None:
    stages = _stages()
    assert len(stages) >= 2
    final = "\n".join(stages[-1])
    assert not re.search(r"build-essential|\bgcc\b|\bg\+\+|\bmake\b|-dev\b", final)
    users = [i.split()[1] for i in stages[-1] if i.upper().startswith("USER ")]
    assert users and users[-1].split(":")[0] not in {"0", "root"}
    assert "COPY --from=build /opt/coachbot /opt/coachbot" in final
    assert re.search(r"^HEALTHCHECK .*/healthz", final, re.MULTILINE)
    assert 'ENTRYPOINT ["coachbot"]' in final


def test_the_image_uses_python_311_slim_and_installs_the_lock_file() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^ARG PYTHON_IMAGE=python:3\.11-slim", text, re.MULTILINE)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert pyproject["project"]["requires-python"] == ">=3.11"
    assert "pip install -c requirements.lock ." in text


def test_everything_the_dockerfile_copies_exists_and_is_not_dockerignored() -> None:
    ignored = [p.strip() for p in (ROOT / ".dockerignore").read_text().splitlines() if p.strip()]
    ignored = [p for p in ignored if not p.startswith("#")]
    sources = [
        source
        for stage in _stages()
        for instruction in stage
        if instruction.startswith("COPY ") and "--from=" not in instruction
        for source in instruction.split()[1:-1]
    ]
    assert "requirements.lock" in sources
    for source in sources:
        assert (ROOT / source).exists(), source
        assert not any(fnmatch.fnmatch(source, pattern) for pattern in ignored), source
    for secret in (".env", ".git", ".venv", "tests"):
        assert secret in ignored


def test_the_lock_pins_every_dependency_within_what_pyproject_allows() -> None:
    pins = _lock()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    # What `make install` installs: `.[all,dev]` (`all` names every channel's extra).
    installed = ["dev", *Requirement(extras["all"][0]).extras]
    assert {"slack", "discord", "anthropic", "openai", "embedded"} <= set(installed)
    for spec in [*project["dependencies"], *(s for extra in installed for s in extras[extra])]:
        requirement = Requirement(spec)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is not in requirements.lock (run make lock)"
        assert requirement.specifier.contains(pins[name], prereleases=True), (name, pins[name])


def _compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return loaded


def test_the_compose_file_passes_the_structural_check() -> None:
    assert problems(_compose()) == []


def test_compose_runs_release_once_then_web_and_two_workers_on_postgres_16() -> None:
    services = _compose()["services"]
    assert services["db"]["image"] == "postgres:16"
    assert any(v.endswith(":/var/lib/postgresql/data") for v in services["db"]["volumes"])
    assert services["release"]["restart"] == "no"
    assert services["release"]["entrypoint"][-1] == "/app/deploy/release.sh"
    for name in ("web", "worker"):
        condition = services[name]["depends_on"]["release"]["condition"]
        assert condition == "service_completed_successfully"
        assert services[name]["env_file"] == [".env"]
    assert services["worker"]["deploy"]["replicas"] == 2
    assert services["web"]["command"][:2] == ["slack", "serve"]


@pytest.mark.parametrize(
    ("break_it", "expected"),
    [
        (
            lambda c: c["services"]["web"]["depends_on"].update(
                nope={"condition": "service_started"}
            ),
            "unknown service nope",
        ),
        (
            lambda c: c["services"]["web"]["depends_on"]["release"].update(condition="done"),
            "is not valid",
        ),
        (
            lambda c: c["services"]["db"]["volumes"].append("cache:/cache"),
            "volume cache is not declared",
        ),
        (lambda c: c["services"]["web"].update(comand=["x"]), "comand"),
        (lambda c: c["services"]["db"].update(depends_on=["web"]), "cycle"),
        (lambda c: c["services"]["web"].update(image="${BAD VAR}"), "bad interpolation"),
        (lambda c: c["services"]["worker"]["deploy"].update(replicas="two"), "is not of type"),
    ],
)
def test_the_structural_check_catches_broken_files(break_it: Any, expected: str) -> None:
    broken = copy.deepcopy(_compose())
    break_it(broken)
    assert any(expected in line for line in problems(broken)), problems(broken)
