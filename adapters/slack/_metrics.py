"""Prometheus metrics of the Slack adapter, on a registry of their own."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)


class SlackMetrics:
    """Requests by type, acknowledgements (status, latency) and engine turn latency."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        self.requests = Counter(
            "coachbot_slack_requests",
            "Slack requests received, by type",
            ["type"],
            registry=self.registry,
        )
        self.acks = Counter(
            "coachbot_slack_acks",
            "Slack requests answered, by type and HTTP status",
            ["type", "status"],
            registry=self.registry,
        )
        self.ack_seconds = Histogram(
            "coachbot_slack_ack_seconds",
            "Time from receiving a Slack request to acknowledging it",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0),
            registry=self.registry,
        )
        self.turn_seconds = Histogram(
            "coachbot_slack_turn_seconds",
            "Engine turn latency for Slack messages, commands and clicks",
            ["type"],
            buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 1.5, 2.5, 5.0, 10.0, 20.0, 30.0),
            registry=self.registry,
        )
        self.retries_skipped = Counter(
            "coachbot_slack_retries_skipped",
            "Slack deliveries dropped because this process already handled them",
            registry=self.registry,
        )

    def exposition(self) -> tuple[bytes, str]:
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


def request_type(body: bytes, content_type: str) -> str:
    """Classify a raw Slack request body: `event:message`, `command`, `block_actions`…"""
    try:
        if content_type.startswith("application/json"):
            data = json.loads(body)
            if data.get("type") == "event_callback":
                return "event:" + str((data.get("event") or {}).get("type", "unknown"))
            return str(data.get("type", "unknown"))
        form = parse_qs(body.decode())
        if "payload" in form:
            return str(json.loads(form["payload"][0]).get("type", "unknown"))
        if "command" in form:
            return "command"
    except (ValueError, UnicodeDecodeError, AttributeError):
        pass
    return "unknown"
