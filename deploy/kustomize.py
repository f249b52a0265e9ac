"""Render a kustomization without kubectl: the subset of kustomize that deploy/k8s uses.

`make test` validates what `kubectl apply -k` would send, and no kubectl or kustomize
binary is installed here. Supported: `resources` (files and directories), `namespace`,
`labels` (metadata only), `images`, `replicas`, `secretGenerator` (`envs`, `literals`,
names without hash), and `patches` with a strategic-merge patch file (maps merged,
`containers`/`env`/`volumes`-style lists merged by `name`, other lists replaced).
Anything else in a kustomization is an error, so the renderer cannot silently skip it.
"""

from __future__ import annotations

import base64
import copy
from pathlib import Path
from typing import Any

import yaml

Resource = dict[str, Any]
SUPPORTED = {
    "apiVersion",
    "kind",
    "resources",
    "namespace",
    "labels",
    "images",
    "replicas",
    "secretGenerator",
    "patches",
}
CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "PersistentVolume"}


def render(directory: Path, *, example_secrets: bool = False) -> list[Resource]:
    """The resources of the kustomization in `directory`, transformed as kustomize would.

    `example_secrets` reads `X.example` when a generator's env file `X` is missing
    (for validation in CI, where no real secrets exist).
    """
    spec: dict[str, Any] = yaml.safe_load((directory / "kustomization.yaml").read_text())
    unknown = set(spec) - SUPPORTED
    if unknown:
        raise ValueError(f"{directory}: unsupported kustomization fields {sorted(unknown)}")
    resources: list[Resource] = []
    for entry in spec.get("resources", []):
        path = directory / entry
        if path.is_dir():
            resources += render(path, example_secrets=example_secrets)
        else:
            resources += [doc for doc in yaml.safe_load_all(path.read_text()) if doc]
    resources += [_secret(directory, g, example_secrets) for g in spec.get("secretGenerator", [])]
    for patch in spec.get("patches", []):
        _patch(resources, yaml.safe_load((directory / patch["path"]).read_text()))
    for resource in resources:
        _transform(resource, spec)
    return resources


def _secret(directory: Path, generator: dict[str, Any], example: bool) -> Resource:
    if not generator.get("options", {}).get("disableNameSuffixHash"):
        raise ValueError("secretGenerator without disableNameSuffixHash is not supported")
    values: dict[str, str] = {}
    for env in generator.get("envs", []):
        path = directory / env
        if not path.exists() and example:
            path = directory / f"{env}.example"
        for line in path.read_text().splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                key, _, value = line.partition("=")
                values[key.strip()] = value
    for literal in generator.get("literals", []):
        key, _, value = literal.partition("=")
        values[key] = value
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": generator["name"]},
        "type": "Opaque",
        "data": {k: base64.b64encode(v.encode()).decode() for k, v in values.items()},
    }


def _patch(resources: list[Resource], patch: Resource) -> None:
    name = patch["metadata"]["name"]
    targets = [r for r in resources if r["kind"] == patch["kind"] and r["metadata"]["name"] == name]
    if len(targets) != 1:
        raise ValueError(f"patch for {patch['kind']}/{name} matches {len(targets)} resources")
    _merge(targets[0], patch)


def _merge(target: dict[str, Any], patch: dict[str, Any]) -> None:
    for key, value in patch.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value)
        elif isinstance(current, list) and isinstance(value, list) and _named(current + value):
            by_name = {item["name"]: item for item in current}
            for item in value:
                if item["name"] in by_name:
                    _merge(by_name[item["name"]], item)
                else:
                    current.append(copy.deepcopy(item))
        else:
            target[key] = copy.deepcopy(value)


def _named(items: list[Any]) -> bool:
    return bool(items) and all(isinstance(i, dict) and "name" in i for i in items)


def _pod_spec(resource: Resource) -> dict[str, Any] | None:
    spec = resource.get("spec", {})
    template = spec.get("template") or spec.get("jobTemplate", {}).get("spec", {}).get("template")
    return None if template is None else template.get("spec")


def _transform(resource: Resource, spec: dict[str, Any]) -> None:
    metadata = resource.setdefault("metadata", {})
    if "namespace" in spec and resource["kind"] not in CLUSTER_SCOPED:
        metadata["namespace"] = spec["namespace"]
    for label in spec.get("labels", []):
        metadata.setdefault("labels", {}).update(label["pairs"])
    for replica in spec.get("replicas", []):
        if metadata["name"] == replica["name"] and resource["kind"] == "Deployment":
            resource["spec"]["replicas"] = replica["count"]
    pod = _pod_spec(resource)
    for image in spec.get("images", []):
        for container in [] if pod is None else pod.get("containers", []):
            name, _, tag = container["image"].partition(":")
            if name == image["name"]:
                new_name = image.get("newName", name)
                container["image"] = f"{new_name}:{image.get('newTag', tag)}"
