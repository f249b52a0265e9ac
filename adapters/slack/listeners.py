"""Bolt listeners: acknowledge at once, then do the turn in a lazy listener.

Each listener is registered as `ack=` (returns within milliseconds, touches neither
the database nor the LLM) plus `lazy=[…]` (runs after the acknowledgement, in an
asyncio task for HTTP and Socket Mode alike).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncBoltContext
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack._text import safe_text, strip_bot_mention
from adapters.slack._turns import TurnRunner
from adapters.slack.blocks import CHOICE_PREFIX, DONE_PREFIX, PICK_PREFIX, home_view, parse_action
from engine.messages import Action

log = logging.getLogger(__name__)

_CHOICE_ACTIONS = re.compile(rf"^({re.escape(CHOICE_PREFIX)}|{re.escape(DONE_PREFIX)})")
_PICK_ACTIONS = re.compile(rf"^{re.escape(PICK_PREFIX)}")


async def _ack(ack: AsyncAck) -> None:
    await ack()


async def _ack_command(ack: AsyncAck, body: dict[str, Any]) -> None:
    if body.get("channel_name") == "directmessage":
        await ack()
    else:
        await ack(text="I'll answer in our direct messages.")


MENTION_POINTER = "I've answered you in our direct messages, where coaching stays private. 👋"


def _team_id(body: dict[str, Any], context: AsyncBoltContext) -> str:
    team = body.get("team_id") or (body.get("team") or {}).get("id") or context.team_id
    return str(team or (body.get("user") or {}).get("team_id") or "")


Listener = Callable[..., Awaitable[None]]


async def _turn_in_dm(
    runner: TurnRunner,
    context: AsyncBoltContext,
    body: dict[str, Any],
    *,
    key: str,
    user_id: str,
    channel: str | None,
    kind: str,
    text: str = "",
    action: Action | None = None,
    thread_ts: str | None = None,
) -> None:
    """The shared part of every listener: the person's turn, answered in their DM.

    `channel` None opens (or finds) the DM first.
    """
    client: AsyncWebClient = context.client
    if channel is None:
        channel = str((await client.conversations_open(users=user_id))["channel"]["id"])
    message = await runner.incoming(
        client,
        team_id=_team_id(body, context),
        user_id=user_id,
        key=key,
        channel_id=channel,
        text=text,
        action=action,
    )
    await runner.converse(client, message, channel=channel, kind=kind, thread_ts=thread_ts)


def _direct_messages(runner: TurnRunner) -> Listener:
    async def on_direct_message(
        event: dict[str, Any], body: dict[str, Any], context: AsyncBoltContext
    ) -> None:
        # Only what a person typed in our DM: any subtype (edits, deletes, joins,
        # bot_message) and any bot, ourselves included, is ignored.
        if event.get("subtype") or event.get("bot_id") or not event.get("user"):
            return
        if event.get("channel_type") != "im" or event.get("user") == context.bot_user_id:
            return
        key = f"slack:{body.get('event_id')}"
        if runner.first_time(key):
            await _turn_in_dm(
                runner,
                context,
                body,
                key=key,
                user_id=str(event["user"]),
                channel=str(event["channel"]),
                kind="message",
                text=str(event.get("text") or "").strip(),
                thread_ts=event.get("thread_ts"),
            )

    return on_direct_message


def _mentions(runner: TurnRunner) -> Listener:
    async def on_mention(
        event: dict[str, Any], body: dict[str, Any], context: AsyncBoltContext
    ) -> None:
        if event.get("bot_id") or not event.get("user"):
            return
        if str(event.get("channel", "")).startswith("D"):
            return  # a mention inside our DM also arrives as message.im: answer that one
        key = f"slack:{body.get('event_id')}"
        if not runner.first_time(key):
            return
        # Coaching is private: the answer goes to the person's DM, the channel gets a pointer.
        thread = str(event.get("thread_ts") or event["ts"])
        await context.client.chat_postMessage(
            channel=str(event["channel"]), thread_ts=thread, text=MENTION_POINTER
        )
        text = strip_bot_mention(str(event.get("text") or ""), context.bot_user_id)
        await _turn_in_dm(
            runner,
            context,
            body,
            key=key,
            user_id=str(event["user"]),
            channel=None,
            kind="mention",
            text=text or "help",
        )

    return on_mention


def _commands(runner: TurnRunner) -> Listener:
    async def on_command(body: dict[str, Any], context: AsyncBoltContext) -> None:
        key = f"slack:cmd:{body.get('trigger_id')}"
        if runner.first_time(key):
            await _turn_in_dm(
                runner,
                context,
                body,
                key=key,
                user_id=str(body["user_id"]),
                channel=None,
                kind="command",
                text=str(body.get("text") or "").strip() or "help",
            )

    return on_command


def _choices(runner: TurnRunner) -> Listener:
    async def on_choice(body: dict[str, Any], context: AsyncBoltContext) -> None:
        parsed = parse_action(body["actions"][0], body.get("state"))
        if parsed is None:
            return
        action, label = parsed
        trigger = body.get("trigger_id") or body["actions"][0].get("action_ts")
        key = f"slack:act:{trigger}"
        if not runner.first_time(key):
            return
        user_id = str(body["user"]["id"])
        where = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
            "channel_id"
        )
        if where:  # a click outside a conversation (App Home) is answered in the DM
            await _show_choice(context.client, body, channel=str(where), label=label)
        await _turn_in_dm(
            runner,
            context,
            body,
            key=key,
            user_id=user_id,
            channel=str(where) if where else None,
            kind="action",
            action=action,
            thread_ts=(body.get("message") or {}).get("thread_ts"),
        )

    return on_choice


def _home_tab(runner: TurnRunner) -> Listener:
    async def on_home_opened(
        event: dict[str, Any], body: dict[str, Any], context: AsyncBoltContext
    ) -> None:
        if event.get("tab") != "home":
            return
        key = f"slack:{body.get('event_id')}"
        if not runner.first_time(key):
            return
        client: AsyncWebClient = context.client
        user_id = str(event["user"])
        message = await runner.incoming(
            client,
            team_id=_team_id(body, context),
            user_id=user_id,
            key=key,
            channel_id=None,
            text="status",
        )
        replies = await runner.ask(message, kind="home")
        try:
            await client.views_publish(user_id=user_id, view=home_view(replies))
        except SlackApiError as error:
            log.error("views.publish failed for %s: %s", user_id, error)

    return on_home_opened


def _installation_events(store: AsyncInstallationStore | None) -> tuple[Listener, Listener]:
    async def on_uninstalled(context: AsyncBoltContext) -> None:
        if store is None:
            log.warning("app uninstalled from %s; remove SLACK_BOT_TOKEN", context.team_id)
            return
        await store.async_delete_all(enterprise_id=context.enterprise_id, team_id=context.team_id)

    async def on_tokens_revoked(event: dict[str, Any], context: AsyncBoltContext) -> None:
        if store is None:
            return
        tokens = event.get("tokens") or {}
        for user_id in tokens.get("oauth") or []:
            await store.async_delete_installation(
                enterprise_id=context.enterprise_id, team_id=context.team_id, user_id=user_id
            )
        if tokens.get("bot"):
            await store.async_delete_bot(
                enterprise_id=context.enterprise_id, team_id=context.team_id
            )

    return on_uninstalled, on_tokens_revoked


def register_listeners(
    app: AsyncApp, runner: TurnRunner, store: AsyncInstallationStore | None = None
) -> None:
    """Attach Coachbot's listeners to a Bolt app."""
    on_uninstalled, on_tokens_revoked = _installation_events(store)
    app.event("message")(ack=_ack, lazy=[_direct_messages(runner)])
    app.event("app_mention")(ack=_ack, lazy=[_mentions(runner)])
    app.event("app_home_opened")(ack=_ack, lazy=[_home_tab(runner)])
    app.event("app_uninstalled")(ack=_ack, lazy=[on_uninstalled])
    app.event("tokens_revoked")(ack=_ack, lazy=[on_tokens_revoked])
    app.command("/coach")(ack=_ack_command, lazy=[_commands(runner)])
    app.action(_CHOICE_ACTIONS)(ack=_ack, lazy=[_choices(runner)])
    app.action(_PICK_ACTIONS)(_ack)  # selecting in a multi select waits for "Done"


async def _show_choice(
    client: AsyncWebClient, body: dict[str, Any], *, channel: str, label: str
) -> None:
    """Replace the buttons of the clicked message with the choice, so it can't be clicked twice."""
    original = body.get("message")
    ts = (body.get("container") or {}).get("message_ts")
    if not original or not ts:
        return
    blocks = [b for b in original.get("blocks") or [] if b.get("type") != "actions"]
    chosen = f"✓ {safe_text(label)}" if label else "✓"
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": chosen}]})
    try:
        await client.chat_update(
            channel=channel, ts=ts, text=original.get("text") or label, blocks=blocks
        )
    except SlackApiError as error:
        log.warning("could not update the clicked message: %s", error)
