"""`make compose-check` without Docker: the compose file against a schema of what we use.

Not the full Compose Specification: a JSON Schema of the keys this project's file uses
(unknown keys are errors, so a typo is caught) plus the checks `docker compose config`
makes across the file: `depends_on` names real services with a known condition and no
cycle, named volumes are declared, `${VAR}` interpolations are well formed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import jsonschema
import yaml

_STRINGS = {"type": "array", "items": {"type": "string"}}
_COMMAND = {"oneOf": [{"type": "string"}, _STRINGS]}
_DURATION = {"type": "string", "pattern": r"^(\d+(\.\d+)?(us|ms|s|m|h))+$"}

SERVICE = {
    "type": "object",
    "additionalProperties": False,
    "patternProperties": {"^x-": {}},
    "properties": {
        "image": {"type": "string"},
        "build": {
            "oneOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "context": {"type": "string"},
                        "dockerfile": {"type": "string"},
                        "target": {"type": "string"},
                        "args": {"type": "object"},
                    },
                },
            ]
        },
        "command": _COMMAND,
        "entrypoint": _COMMAND,
        "env_file": {"oneOf": [{"type": "string"}, _STRINGS]},
        "environment": {
            "oneOf": [
                {
                    "type": "object",
                    "additionalProperties": {"type": ["string", "number", "boolean", "null"]},
                },
                _STRINGS,
            ]
        },
        "ports": _STRINGS,
        "volumes": _STRINGS,
        "restart": {"enum": ["no", "always", "on-failure", "unless-stopped"]},
        "stop_grace_period": _DURATION,
        "stop_signal": {"type": "string"},
        "depends_on": {
            "oneOf": [
                _STRINGS,
                {
                    "type": "object",
                    "additionalProperties": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["condition"],
                        "properties": {
                            "condition": {
                                "enum": [
                                    "service_started",
                                    "service_healthy",
                                    "service_completed_successfully",
                                ]
                            },
                            "restart": {"type": "boolean"},
                        },
                    },
                },
            ]
        },
        "healthcheck": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "test": _COMMAND,
                "interval": _DURATION,
                "timeout": _DURATION,
                "start_period": _DURATION,
                "retries": {"type": "integer", "minimum": 0},
                "disable": {"type": "boolean"},
            },
        },
        "deploy": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "replicas": {"type": "integer", "minimum": 0},
                "resources": {"type": "object"},
            },
        },
    },
    "anyOf": [{"required": ["image"]}, {"required": ["build"]}],
}

SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["services"],
    "patternProperties": {"^x-": {}},
    "properties": {
        "name": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$"},
        "services": {"type": "object", "additionalProperties": SERVICE, "minProperties": 1},
        "volumes": {"type": "object", "additionalProperties": {"type": ["object", "null"]}},
    },
}

_INTERPOLATION = re.compile(r"\$\{([^}]*)\}")
_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*((:?[-?+]).*)?$")


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _depends(service: dict[str, Any]) -> list[str]:
    return list(service.get("depends_on") or [])


def problems(document: Any) -> list[str]:
    """Everything wrong with a loaded compose document (empty when it is fine)."""
    validator = jsonschema.Draft202012Validator(SCHEMA)
    found = [
        f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}"
        for e in validator.iter_errors(document)
    ]
    if found or not isinstance(document, dict):
        return found
    services: dict[str, Any] = document["services"]
    volumes = set(document.get("volumes") or {})
    for name, service in services.items():
        found += [
            f"{name}: depends on unknown service {d}"
            for d in _depends(service)
            if d not in services
        ]
        for mount in service.get("volumes", []):
            source = mount.split(":", 1)[0]
            if not source.startswith((".", "/", "~")) and source not in volumes:
                found.append(f"{name}: volume {source} is not declared under volumes:")
    for text in _strings(document):
        found += [
            f"bad interpolation ${{{v}}}"
            for v in _INTERPOLATION.findall(text)
            if not _VARIABLE.match(v)
        ]
    found += _cycles(services)
    return found


def _cycles(services: dict[str, Any]) -> list[str]:
    state: dict[str, str] = {}

    def visit(name: str) -> bool:
        if state.get(name) == "done" or name not in services:
            return False
        if state.get(name) == "visiting":
            return True
        state[name] = "visiting"
        cyclic = any(visit(d) for d in _depends(services[name]))
        state[name] = "done"
        return cyclic

    return [f"{n}: depends_on has a cycle" for n in services if visit(n)]


def main(argv: list[str]) -> int:
    path = Path(argv[0] if argv else "docker-compose.yml")
    found = problems(yaml.safe_load(path.read_text()))
    for line in found:
        print(f"{path}: {line}", file=sys.stderr)
    if not found:
        print(f"{path}: ok (structural check; docker compose was not available)")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
