"""The Kubernetes manifests as `kubectl apply -k` sends them, against the Kubernetes schemas."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest

from deploy.kustomize import render

K8S = Path(__file__).resolve().parents[2] / "deploy" / "k8s"
OVERLAYS = ["base", "overlays/production", "overlays/staging"]
VERSIONS = ["1.28.0", kubernetes_validate.latest_version()]


def _rendered(where: str) -> list[dict[str, Any]]:
    return render(K8S / where, example_secrets=True)


def _one(resources: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    (found,) = [r for r in resources if r["kind"] == kind and r["metadata"]["name"] == name]
    return found


def _container(deployment: dict[str, Any]) -> dict[str, Any]:
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    found: dict[str, Any] = container
    return found


def _bytes(quantity: str) -> int:
    units = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30}
    return int(quantity[:-2]) * units[quantity[-2:]] if quantity[-2:] in units else int(quantity)


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("where", OVERLAYS)
def test_every_resource_validates_strictly_against_the_kubernetes_schemas(
    where: str, version: str
) -> None:
    resources = _rendered(where)
    assert len(resources) >= 9
    for resource in resources:
        kubernetes_validate.validate(resource, version, strict=True)


def test_strict_validation_rejects_a_misspelt_field() -> None:
    web = copy.deepcopy(_one(_rendered("base"), "Deployment", "coachbot-web"))
    container = _container(web)
    container["readinesProbe"] = container.pop("readinessProbe")
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(web, VERSIONS[-1], strict=True)


def test_web_is_ready_on_readyz_alive_on_healthz_and_scaled_on_cpu() -> None:
    resources = _rendered("overlays/production")
    web = _one(resources, "Deployment", "coachbot-web")
    container = _container(web)
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert container["args"] == ["slack", "serve", "--port", str(ports["http"])]
    hpa = _one(resources, "HorizontalPodAutoscaler", "coachbot-web")
    assert hpa["spec"]["scaleTargetRef"]["name"] == "coachbot-web"
    assert hpa["spec"]["metrics"][0]["resource"]["name"] == "cpu"
    assert "cpu" in container["resources"]["requests"]  # HPA utilisation needs a request


def test_selectors_secrets_and_images_line_up_after_the_overlay() -> None:
    resources = _rendered("overlays/production")
    names = {(r["kind"], r["metadata"]["name"]) for r in resources}
    pods = {
        r["metadata"]["name"]: r["spec"]["template"]
        for r in resources
        if r["kind"] in {"Deployment", "Job"}
    }
    for selecting in [r for r in resources if r["kind"] in {"PodDisruptionBudget", "Service"}]:
        selector = selecting["spec"]["selector"]
        selector = selector.get("matchLabels", selector)
        assert any(
            selector.items() <= pod["metadata"]["labels"].items() for pod in pods.values()
        ), selecting["metadata"]["name"]
    for name, pod in pods.items():
        spec = pod["spec"]
        assert spec["securityContext"]["runAsNonRoot"] is True
        assert spec["securityContext"]["runAsUser"] == 10001  # the Dockerfile's USER
        for container in spec["containers"]:
            assert container["image"] == "registry.example.com/coachbot:0.1.0", name
            assert {"cpu", "memory"} <= container["resources"]["requests"].keys()
            assert "memory" in container["resources"]["limits"]
            for source in container["envFrom"]:
                kind, ref = next(iter(source.items()))
                expected = "ConfigMap" if kind == "configMapRef" else "Secret"
                assert (expected, ref["name"]) in names
    settings = _one(resources, "ConfigMap", "coachbot-settings")["data"]
    assert settings["DB_PGBOUNCER"] == "transaction"
    assert _one(resources, "Deployment", "coachbot-web")["spec"]["replicas"] == 3
    assert all(
        r["metadata"].get("namespace") == "coachbot" for r in resources if r["kind"] != "Namespace"
    )


def test_the_release_job_runs_the_release_script() -> None:
    job = _one(_rendered("base"), "Job", "coachbot-release")
    (container,) = job["spec"]["template"]["spec"]["containers"]
    assert container["command"] == ["/bin/sh", "/app/deploy/release.sh"]
    assert job["spec"]["template"]["spec"]["restartPolicy"] == "OnFailure"


def test_the_renderer_refuses_what_it_does_not_understand(tmp_path: Path) -> None:
    (tmp_path / "kustomization.yaml").write_text("resources: []\nhelmCharts: []\n")
    with pytest.raises(ValueError, match="helmCharts"):
        render(tmp_path)


def memory_requests() -> dict[str, int]:
    base = _rendered("base")
    return {
        name: _bytes(
            _container(_one(base, "Deployment", f"coachbot-{name}"))["resources"]["requests"][
                "memory"
            ]
        )
        for name in ("web", "worker")
    }
