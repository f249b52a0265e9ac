"""Who a Slack event is from: the engine identity, the person's name and time zone, their DM."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from slack_bolt.async_app import AsyncBoltContext
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from engine.messages import Platform, PlatformIdentity

log = logging.getLogger(__name__)


def slack_identity(team_id: str, user_id: str) -> PlatformIdentity:
    """A Slack person: the workspace (team) and the user id within it."""
    return PlatformIdentity(Platform.SLACK, workspace_id=team_id, user_id=user_id)


def team_id(body: dict[str, Any], context: AsyncBoltContext) -> str:
    """The workspace an event, command or click came from (each payload puts it elsewhere)."""
    team = body.get("team_id") or (body.get("team") or {}).get("id") or context.team_id
    return str(team or (body.get("user") or {}).get("team_id") or "")


async def open_dm(client: AsyncWebClient, user_id: str) -> str:
    """The id of the bot's direct-message channel with `user_id` (opened if need be)."""
    return str((await client.conversations_open(users=user_id))["channel"]["id"])


@dataclass(frozen=True, slots=True)
class Profile:
    timezone: str | None
    display_name: str | None


class Profiles:
    """The person's time zone and name, read from users.info once per process."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, str], Profile] = {}

    async def of(self, client: AsyncWebClient, *, team_id: str, user_id: str) -> Profile:
        cached = self._found.get((team_id, user_id))
        if cached is not None:
            return cached
        try:
            user = (await client.users_info(user=user_id)).get("user") or {}
        except SlackApiError as error:
            log.warning("users.info failed for %s/%s: %s", team_id, user_id, error)
            return Profile(None, None)
        names = user.get("profile") or {}
        name = names.get("display_name") or names.get("real_name") or user.get("name")
        found = Profile(timezone=user.get("tz"), display_name=name or None)
        self._found[(team_id, user_id)] = found
        return found
