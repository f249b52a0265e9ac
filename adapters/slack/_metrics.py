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


# Label values come only from these sets, so no request body can add a time series.
EVENT_TYPES = frozenset(
    {"message", "app_mention", "app_home_opened", "app_uninstalled", "tokens_revoked"}
)
PAYLOAD_TYPES = frozenset(
    {"block_actions", "view_submission", "view_closed", "shortcut", "message_action"}
)
TOP_LEVEL_TYPES = frozenset({"url_verification", "app_rate_limited"})
REJECTED = "rejected"  # unsigned or badly signed: never parsed
OTHER = "other"
STATUSES = frozenset({"200", "400", "401", "404", "413", "429", "500"})


def status_label(status: int) -> str:
    return str(status) if str(status) in STATUSES else OTHER


def request_type(body: bytes, content_type: str) -> str | None:
    """Classify a *verified* Slack request body into an allow-listed label.

    Returns `event:message`, `command`, `block_actions`…, `other` for a well-formed
    body of a type we do not list, and None when the body does not parse.
    """
    try:
        if content_type.startswith("application/json"):
            data = json.loads(body)
            if not isinstance(data, dict):
                return None
            kind = data.get("type")
            if kind == "event_callback":
                event = data.get("event")
                event_type = event.get("type") if isinstance(event, dict) else None
                return "event:" + event_type if event_type in EVENT_TYPES else "event:other"
            return kind if kind in TOP_LEVEL_TYPES else OTHER
        form = parse_qs(body.decode("utf-8"))
        if "payload" in form:
            payload = json.loads(form["payload"][0])
            if not isinstance(payload, dict):
                return None
            kind = payload.get("type")
            return kind if kind in PAYLOAD_TYPES else OTHER
        if "command" in form:
            return "command"
        return OTHER
    except (ValueError, UnicodeDecodeError):
        return None
