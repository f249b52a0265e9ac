"""Factories: the Bolt app, its ASGI (HTTP) front door, and Socket Mode.

All settings arrive as arguments (bot/ reads the environment); nothing is
created at import time.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TypedDict, Unpack

from prometheus_client import Gauge
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.authorization.async_authorize import AsyncInstallationStoreAuthorize
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from adapters.slack._logging import bolt_logger, quiet_sdk_loggers
from adapters.slack._metrics import REJECTED, SlackMetrics, request_type, status_label
from adapters.slack._retry import CappedRateLimitRetry
from adapters.slack._signature import signature_is_valid
from adapters.slack.gateway import BotTokens, InstalledTokens, SingleToken, SlackGateway
from adapters.slack.inbound import register_listeners
from adapters.slack.installation_store import PostgresInstallationStore, PostgresOAuthStateStore
from adapters.slack.token_cipher import TokenCipher
from adapters.slack.turns import TurnRunner
from adapters.web.limits import SLACK_EVENT_BYTES, BodyLimit
from engine.ports import MessageHandler, Reachability, ReplyOutbox

log = logging.getLogger(__name__)

# None when ready to take traffic, otherwise a short reason (no secrets, no message text).
Readiness = Callable[[], Awaitable[str | None]]

BOT_SCOPES = (
    "app_mentions:read",
    "chat:write",
    "commands",
    "files:write",
    "im:history",
    "im:write",
    "mpim:write",
    "users:read",
)


@dataclass
class SlackBot:
    """A configured Bolt app and what it owns (metrics, stores, database engine)."""

    app: AsyncApp
    runner: TurnRunner
    metrics: SlackMetrics
    installation_store: PostgresInstallationStore | None = None
    db_engine: AsyncEngine | None = None
    signing_secret: str | None = None

    @property
    def verifies_signatures(self) -> bool:
        return bool(self.signing_secret)

    async def aclose(self) -> None:
        if self.db_engine is not None:
            await self.db_engine.dispose()


def web_client(*, token: str | None = None, api_url: str | None = None) -> AsyncWebClient:
    """An AsyncWebClient that retries connection errors, one short 429 and two 5xx."""
    base_url = api_url or "https://slack.com/api/"
    return AsyncWebClient(
        token=token,
        base_url=base_url if base_url.endswith("/") else base_url + "/",
        retry_handlers=[
            AsyncConnectionErrorRetryHandler(max_retry_count=1),
            CappedRateLimitRetry(max_retry_count=1),
            AsyncServerErrorRetryHandler(max_retry_count=2),
        ],
    )


def _installation_store(
    *, client_id: str, database_url: str | None, encryption_key: str | None
) -> tuple[AsyncEngine, PostgresInstallationStore]:
    """OAuth mode's token store: installations in PostgreSQL, encrypted at rest.

    Raises:
        ValueError: naming the missing setting.
    """
    if not database_url:
        raise ValueError("DATABASE_URL is required for Slack OAuth (multi-workspace) mode")
    if not encryption_key:
        raise ValueError(
            "COACHBOT_ENCRYPTION_KEY is required for Slack OAuth (tokens are encrypted at rest)"
        )
    db_engine = create_async_engine(database_url, pool_pre_ping=True)
    cipher = TokenCipher(encryption_key)
    return db_engine, PostgresInstallationStore(
        engine=db_engine, client_id=client_id, cipher=cipher
    )


def build_slack_app(
    *,
    handler: MessageHandler,
    signing_secret: str | None = None,
    token: str | None = None,
    client_id: str | None = None,
    client_secret: str | None = None,
    database_url: str | None = None,
    encryption_key: str | None = None,
    api_url: str | None = None,
    reachability: Reachability | None = None,
    redirect_uri: str | None = None,
    scopes: Sequence[str] = BOT_SCOPES,
    thinking_after: float = 1.5,
    metrics: SlackMetrics | None = None,
    process_before_response: bool = False,
    outbox: ReplyOutbox | None = None,
) -> SlackBot:
    """Build the Bolt app.

    Multi-workspace (OAuth) mode when `client_id` and `client_secret` are given: tokens
    live in PostgreSQL at `database_url`, encrypted with `encryption_key`
    (COACHBOT_ENCRYPTION_KEY, comma-separated Fernet keys). Otherwise single-workspace
    mode with `token`.
    `signing_secret` is required for HTTP; Socket Mode may leave it out. Replies Slack
    keeps refusing (rate limits) go to `outbox`, delivered later by the nudge dispatcher.

    Raises:
        ValueError: naming the missing setting.
    """
    bolt_log = bolt_logger()
    metrics = metrics or SlackMetrics()
    runner = TurnRunner(
        handler=handler,
        metrics=metrics,
        reachability=reachability,
        thinking_after=thinking_after,
        outbox=outbox,
    )
    db_engine: AsyncEngine | None = None
    store: PostgresInstallationStore | None = None
    settings: AsyncOAuthSettings | None = None
    authorize: AsyncInstallationStoreAuthorize | None = None
    if client_id or client_secret:
        if not (client_id and client_secret):
            raise ValueError("SLACK_CLIENT_ID and SLACK_CLIENT_SECRET must be set together")
        db_engine, store = _installation_store(
            client_id=client_id, database_url=database_url, encryption_key=encryption_key
        )
        client = web_client(api_url=api_url)
        settings = AsyncOAuthSettings(
            client_id=client_id,
            client_secret=client_secret,
            scopes=list(scopes),
            redirect_uri=redirect_uri,
            installation_store=store,
            installation_store_bot_only=True,
            state_store=PostgresOAuthStateStore(engine=db_engine),
        )
        authorize = AsyncInstallationStoreAuthorize(
            logger=bolt_log,
            installation_store=store,
            client_id=client_id,
            client_secret=client_secret,
            bot_only=True,
            cache_enabled=True,  # skips auth.test per request; find_bot has its own cache
            client=client,
        )
    elif token:
        client = web_client(token=token, api_url=api_url)
    else:
        raise ValueError("SLACK_BOT_TOKEN is required (or SLACK_CLIENT_ID/SECRET for OAuth)")
    app = AsyncApp(
        name="coachbot",
        logger=bolt_log,
        signing_secret=signing_secret or "",
        process_before_response=process_before_response,
        client=client,
        oauth_settings=settings,  # OAuth mode only (None: one workspace, `token`)
        authorize=authorize,  # type: ignore[arg-type]  # Bolt accepts AsyncAuthorize objects
    )
    register_listeners(app, runner, store)
    return SlackBot(app, runner, metrics, store, db_engine, signing_secret or None)


class TokenSettings(TypedDict, total=False):
    """How the app and the gateway find bot tokens (the keyword arguments both take)."""

    token: str | None  # SLACK_BOT_TOKEN: one workspace
    client_id: str | None  # SLACK_CLIENT_ID and _SECRET: OAuth, many workspaces
    client_secret: str | None
    database_url: str | None  # where OAuth installations live
    encryption_key: str | None  # COACHBOT_ENCRYPTION_KEY for those tokens
    api_url: str | None
    reachability: Reachability | None


def build_slack_gateway(**settings: Unpack[TokenSettings]) -> SlackGateway:
    """The `ChatGateway` for nudges, in the same mode as `build_slack_app`.

    OAuth mode (client id and secret) reads, and rotates, bot tokens from PostgreSQL;
    otherwise every workspace uses `token`. Call `aclose()` on shutdown.

    Raises:
        ValueError: naming the missing setting.
    """
    client_id, client_secret = settings.get("client_id"), settings.get("client_secret")
    api_url, token = settings.get("api_url"), settings.get("token")
    quiet_sdk_loggers()
    tokens: BotTokens
    db_engine: AsyncEngine | None = None
    if client_id and client_secret:
        db_engine, store = _installation_store(
            client_id=client_id,
            database_url=settings.get("database_url"),
            encryption_key=settings.get("encryption_key"),
        )
        rotation_client = web_client(api_url=api_url)
        tokens = InstalledTokens(
            store, client_id=client_id, client_secret=client_secret, client=rotation_client
        )
    elif token:
        tokens = SingleToken(token)
    else:
        raise ValueError("SLACK_BOT_TOKEN is required (or SLACK_CLIENT_ID/SECRET for OAuth)")
    return SlackGateway(
        tokens=tokens,
        api_url=api_url,
        reachability=settings.get("reachability"),
        on_close=db_engine.dispose if db_engine is not None else None,
    )


def _operations_routes(
    metrics: SlackMetrics, llm_health: Callable[[], str] | None, readiness: Readiness | None
) -> list[Route]:
    """GET /healthz (liveness, and the LLM's state), /readyz, /metrics."""

    if llm_health is not None:
        Gauge(
            "coachbot_llm_degraded",
            "1 while the LLM circuit is open or the daily budget is spent",
            registry=metrics.registry,
        ).set_function(lambda: float(llm_health() == "degraded"))

    async def healthz(request: Request) -> Response:
        if llm_health is None:
            return JSONResponse({"status": "ok"})
        return JSONResponse({"status": "ok", "llm": llm_health()})

    async def readyz(request: Request) -> Response:
        reason = None if readiness is None else await readiness()
        if reason is not None:
            return JSONResponse({"status": "not ready", "reason": reason}, status_code=503)
        return JSONResponse({"status": "ready"})

    async def prometheus(request: Request) -> Response:
        body, content_type = metrics.exposition()
        return Response(body, media_type=content_type)

    return [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/metrics", prometheus, methods=["GET"]),
    ]


def build_asgi_app(
    bot: SlackBot,
    *,
    llm_health: Callable[[], str] | None = None,
    readiness: Readiness | None = None,
) -> Starlette:
    """HTTP: POST /slack/events, GET /slack/install, /slack/oauth_redirect, /healthz, /readyz,
    /metrics.

    `/healthz` says the process is alive (liveness); `/readyz` asks `readiness` (the
    composition root checks the database and the migrations) and answers 503 with the
    reason while it is not ready, so a load balancer sends no traffic yet.

    `llm_health` ("ok", "degraded", "offline") is reported by /healthz as `llm` and
    by /metrics as the gauge `coachbot_llm_degraded` (1 while degraded).
    Bodies over 1 MB are refused (413) before they are read in full; the signature
    is checked on the raw bytes before anything parses them (401, unparsed, labelled
    `rejected`); a signed body that does not parse is a 400. Only then does Bolt see it.

    Raises:
        ValueError: the bot was built without a signing secret.
    """
    if not bot.signing_secret:
        raise ValueError("SLACK_SIGNING_SECRET is required to serve Slack over HTTP")
    slack = AsyncSlackRequestHandler(bot.app)
    secret = bot.signing_secret
    metrics = bot.metrics

    async def events(request: Request) -> Response:
        started = time.monotonic()
        body = await request.body()
        if not signature_is_valid(body, request.headers, secret=secret):
            metrics.requests.labels(REJECTED).inc()
            metrics.acks.labels(REJECTED, "401").inc()
            return PlainTextResponse("Invalid or missing Slack signature.", status_code=401)
        kind = request_type(body, request.headers.get("content-type", ""))
        if kind is None:
            metrics.requests.labels(REJECTED).inc()
            metrics.acks.labels(REJECTED, "400").inc()
            return PlainTextResponse("Malformed request body.", status_code=400)
        metrics.requests.labels(kind).inc()
        response = await slack.handle(request)
        metrics.acks.labels(kind, status_label(response.status_code)).inc()
        metrics.ack_seconds.observe(time.monotonic() - started)
        return response

    async def oauth(request: Request) -> Response:
        return await slack.handle(request)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await bot.aclose()

    routes = [
        Route("/slack/events", events, methods=["POST"]),
        Route("/slack/install", oauth, methods=["GET"]),
        Route("/slack/oauth_redirect", oauth, methods=["GET"]),
        *_operations_routes(metrics, llm_health, readiness),
    ]
    return Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[Middleware(BodyLimit, max_bytes=SLACK_EVENT_BYTES)],
    )


async def run_socket_mode(bot: SlackBot, *, app_token: str) -> None:
    """Connect over Socket Mode (`SLACK_APP_TOKEN`, xapp-…) and serve until cancelled."""
    if not app_token.startswith("xapp-"):
        raise ValueError("SLACK_APP_TOKEN must be an app-level token starting with xapp-")
    handler = AsyncSocketModeHandler(bot.app, app_token)
    try:
        await handler.start_async()  # type: ignore[no-untyped-call]
    finally:
        await handler.close_async()  # type: ignore[no-untyped-call]
        await bot.aclose()
