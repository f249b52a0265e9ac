"""Slack events in: acknowledge at once, then read each one as the person's turn.

Each listener is registered as `ack=` (returns within milliseconds, touches neither
the database nor the LLM) plus `lazy=[…]` (runs after the acknowledgement, in an
asyncio task for HTTP and Socket Mode alike). A reader turns the payload into a
`DmTurn` (or None: not ours); one listener body drops retries it has seen, builds
the `IncomingMessage` and answers (in the person's DM, or on their App Home tab).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncBoltContext
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.identity import open_dm, slack_identity, team_id
from adapters.slack.render import CHOICE_PREFIX, DONE_PREFIX, PICK_PREFIX, home_view, safe_text
from adapters.slack.turns import TurnRunner
from engine.messages import Action, IncomingMessage

log = logging.getLogger(__name__)

_CHOICE_ACTIONS = re.compile(rf"^({re.escape(CHOICE_PREFIX)}|{re.escape(DONE_PREFIX)})")
_PICK_ACTIONS = re.compile(rf"^{re.escape(PICK_PREFIX)}")

MENTION_POINTER = "I've answered you in our direct messages, where coaching stays private. 👋"

Listener = Callable[..., Awaitable[None]]
Body = dict[str, Any]


async def _ack(ack: AsyncAck) -> None:
    await ack()


async def _ack_command(ack: AsyncAck, body: Body) -> None:
    if body.get("channel_name") == "directmessage":
        await ack()
    else:
        await ack(text="I'll answer in our direct messages.")


@dataclass(frozen=True, slots=True)
class DmTurn:
    """One person's turn read from a Slack payload, answered in their DM."""

    key: str  # the idempotency key: Slack's retries of one event share it
    user_id: str
    kind: str  # message, mention, command, action (a metrics label)
    channel: str | None = None  # None: open (or find) the DM first
    text: str = ""
    action: Action | None = None
    thread_ts: str | None = None
    label: str = ""  # the choice clicked, shown in place of the buttons
    in_dm: bool = True  # False: answered elsewhere (the App Home tab), no DM opened


Reader = Callable[[Body, AsyncBoltContext], DmTurn | None]
Prelude = Callable[[AsyncWebClient, Body, DmTurn], Awaitable[None]]
Answer = Callable[[TurnRunner, AsyncWebClient, IncomingMessage, DmTurn], Awaitable[None]]


def strip_bot_mention(text: str, bot_user_id: str | None) -> str:
    """Remove the leading `<@BOT>` of an app_mention so the engine sees plain words."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", "", text)
    return text.strip()


async def incoming(
    runner: TurnRunner,
    client: AsyncWebClient,
    *,
    team: str,
    user_id: str,
    key: str,
    channel_id: str | None,
    text: str = "",
    action: Action | None = None,
) -> IncomingMessage:
    """The engine's frozen message for one Slack person's turn."""
    profile = await runner.profiles.of(client, team_id=team, user_id=user_id)
    return IncomingMessage(
        identity=slack_identity(team, user_id),
        idempotency_key=key,
        received_at=datetime.now(UTC),
        text=text,
        action=action,
        channel_id=channel_id,
        display_name=profile.display_name,
        timezone=profile.timezone,
    )


async def _converse(
    runner: TurnRunner, client: AsyncWebClient, message: IncomingMessage, turn: DmTurn
) -> None:
    """The usual answer: in the conversation (the DM), "thinking…" first if it is slow."""
    await runner.converse(
        client,
        message,
        channel=message.channel_id or await open_dm(client, turn.user_id),
        kind=turn.kind,
        thread_ts=turn.thread_ts,
    )


def _listener(
    runner: TurnRunner,
    read: Reader,
    prelude: Prelude | None = None,
    answer: Answer = _converse,
) -> Listener:
    """The one listener body: read, drop a retry, (prelude), build the message, answer."""

    async def on_payload(body: Body, context: AsyncBoltContext) -> None:
        turn = read(body, context)
        if turn is None or not runner.first_time(turn.key):
            return
        client: AsyncWebClient = context.client
        if prelude is not None:
            await prelude(client, body, turn)
        channel = turn.channel
        if channel is None and turn.in_dm:
            channel = await open_dm(client, turn.user_id)
        message = await incoming(
            runner,
            client,
            team=team_id(body, context),
            user_id=turn.user_id,
            key=turn.key,
            channel_id=channel,
            text=turn.text,
            action=turn.action,
        )
        await answer(runner, client, message, turn)

    return on_payload


def _event(body: Body) -> dict[str, Any]:
    return body.get("event") or {}


def read_direct_message(body: Body, context: AsyncBoltContext) -> DmTurn | None:
    event = _event(body)
    # Only what a person typed in our DM: any subtype (edits, deletes, joins,
    # bot_message) and any bot, ourselves included, is ignored.
    if event.get("subtype") or event.get("bot_id") or not event.get("user"):
        return None
    if event.get("channel_type") != "im" or event.get("user") == context.bot_user_id:
        return None
    return DmTurn(
        key=f"slack:{body.get('event_id')}",
        user_id=str(event["user"]),
        kind="message",
        channel=str(event["channel"]),
        text=str(event.get("text") or "").strip(),
        thread_ts=event.get("thread_ts"),
    )


def read_mention(body: Body, context: AsyncBoltContext) -> DmTurn | None:
    event = _event(body)
    if event.get("bot_id") or not event.get("user"):
        return None
    if str(event.get("channel", "")).startswith("D"):
        return None  # a mention inside our DM also arrives as message.im: answer that one
    text = strip_bot_mention(str(event.get("text") or ""), context.bot_user_id)
    return DmTurn(
        key=f"slack:{body.get('event_id')}",
        user_id=str(event["user"]),
        kind="mention",
        text=text or "help",
    )


async def _point_to_dm(client: AsyncWebClient, body: Body, turn: DmTurn) -> None:
    """Coaching is private: the answer goes to the person's DM, the channel gets a pointer."""
    event = _event(body)
    thread = str(event.get("thread_ts") or event["ts"])
    await client.chat_postMessage(
        channel=str(event["channel"]), thread_ts=thread, text=MENTION_POINTER
    )


def read_command(body: Body, context: AsyncBoltContext) -> DmTurn | None:
    return DmTurn(
        key=f"slack:cmd:{body.get('trigger_id')}",
        user_id=str(body["user_id"]),
        kind="command",
        text=str(body.get("text") or "").strip() or "help",
    )


def read_choice(body: Body, context: AsyncBoltContext) -> DmTurn | None:
    parsed = parse_action(body["actions"][0], body.get("state"))
    if parsed is None:
        return None
    action, label = parsed
    trigger = body.get("trigger_id") or body["actions"][0].get("action_ts")
    where = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    return DmTurn(
        key=f"slack:act:{trigger}",
        user_id=str(body["user"]["id"]),
        kind="action",
        channel=str(where) if where else None,  # a click in App Home is answered in the DM
        action=action,
        thread_ts=(body.get("message") or {}).get("thread_ts"),
        label=label,
    )


async def _mark_choice(client: AsyncWebClient, body: Body, turn: DmTurn) -> None:
    if turn.channel is not None:
        await _show_choice(client, body, channel=turn.channel, label=turn.label)


def read_home_tab(body: Body, context: AsyncBoltContext) -> DmTurn | None:
    event = _event(body)
    if event.get("tab") != "home":
        return None
    return DmTurn(
        key=f"slack:{body.get('event_id')}",
        user_id=str(event["user"]),
        kind="home",
        text="status",
        in_dm=False,
    )


async def _publish_home(
    runner: TurnRunner, client: AsyncWebClient, message: IncomingMessage, turn: DmTurn
) -> None:
    """The App Home tab shows the answer to "status" (the progress card)."""
    replies = await runner.ask(message, kind=turn.kind)
    try:
        await client.views_publish(user_id=turn.user_id, view=home_view(replies))
    except SlackApiError as error:
        log.error("views.publish failed for %s: %s", turn.user_id, error)


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
    app.event("message")(ack=_ack, lazy=[_listener(runner, read_direct_message)])
    app.event("app_mention")(ack=_ack, lazy=[_listener(runner, read_mention, _point_to_dm)])
    home = _listener(runner, read_home_tab, answer=_publish_home)
    app.event("app_home_opened")(ack=_ack, lazy=[home])
    app.event("app_uninstalled")(ack=_ack, lazy=[on_uninstalled])
    app.event("tokens_revoked")(ack=_ack, lazy=[on_tokens_revoked])
    app.command("/coach")(ack=_ack_command, lazy=[_listener(runner, read_command)])
    app.action(_CHOICE_ACTIONS)(ack=_ack, lazy=[_listener(runner, read_choice, _mark_choice)])
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


def parse_action(action: dict[str, Any], state: dict[str, Any] | None) -> tuple[Action, str] | None:
    """Read one `block_actions` action back as an engine `Action` and the label chosen."""
    action_id = str(action.get("action_id", ""))
    if action_id.startswith(CHOICE_PREFIX):
        _, _, ref = action_id[len(CHOICE_PREFIX) :].partition(":")
        picked = action.get("selected_option") or action
        label = (picked.get("text") or {}).get("text", "")
        value = picked.get("value")
        return (Action(ref=ref, value=str(value)), label) if value is not None else None
    if action_id.startswith(DONE_PREFIX):
        ref = action_id[len(DONE_PREFIX) :]
        wanted = f"{PICK_PREFIX}{ref}"
        for block_state in ((state or {}).get("values") or {}).values():
            if wanted in block_state:
                options = block_state[wanted].get("selected_options") or []
                values = ",".join(str(o["value"]) for o in options)
                labels = ", ".join(o["text"]["text"] for o in options)
                return (Action(ref=ref, value=values), labels) if options else None
    return None
