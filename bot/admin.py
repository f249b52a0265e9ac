"""The admin dashboard in the web process (mounted at /admin), or on its own.

The dashboard exists only when ADMIN_PASSWORD_HASH is set; then ADMIN_SECRET_KEY
(32 random bytes) signs its sessions. Without a hash nothing is mounted and /admin
answers 404: there is no default key and no key derived from anything public.
"""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route

from adapters.web.limits import SLACK_EVENT_BYTES, BodyLimit
from bot.bootstrap import Application, bootstrap
from bot.settings import Settings, SettingsError


def dashboard_configured(settings: Settings) -> bool:
    return settings.admin_password_hash is not None


def admin_mount(app: Application) -> Mount | None:
    """The /admin mount, or None when the dashboard is not configured."""
    from adapters.web.admin import build_admin_app

    s = app.settings
    if s.admin_password_hash is None:
        return None
    s.check_dashboard()
    assert s.admin_secret_key is not None  # check_dashboard made sure
    try:
        admin = build_admin_app(
            app.db,
            password_hash=s.admin_password_hash.get_secret_value(),
            secret_key=s.admin_secret_key.get_secret_value(),
            secure_cookies=not s.admin_insecure_cookies,
        )
    except ValueError as exc:
        raise SettingsError(f"admin dashboard: {exc}") from None
    return Mount("/admin", app=admin)


def mount_admin(asgi: Any, app: Application) -> None:
    """Add /admin to an existing Starlette app (the Slack web process), when configured."""
    mount = admin_mount(app)
    if mount is not None:
        asgi.router.routes.append(mount)


def uvicorn_config(asgi: Any, settings: Settings, *, host: str, port: int) -> Any:
    """Uvicorn behind a TLS proxy: client address and scheme only from FORWARDED_ALLOW_IPS."""
    import uvicorn

    return uvicorn.Config(
        asgi,
        host=host,
        port=port,
        log_level="info",
        lifespan="on",
        proxy_headers=True,
        forwarded_allow_ips=settings.forwarded_allow_ips,
    )


async def serve(settings: Settings, *, host: str, port: int) -> None:
    """Only the dashboard (for installs without Slack HTTP): /admin and /healthz."""
    import uvicorn

    if not dashboard_configured(settings):
        raise SettingsError("setting ADMIN_PASSWORD_HASH is required for this command")
    settings.check_dashboard()
    app = await bootstrap(settings)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "llm": app.llm_health()})

    async def home(request: Request) -> Response:
        return RedirectResponse("/admin/")

    try:
        mount = admin_mount(app)
        assert mount is not None
        web = Starlette(
            routes=[Route("/", home), Route("/healthz", healthz), mount],
            middleware=[Middleware(BodyLimit, max_bytes=SLACK_EVENT_BYTES)],
        )
        server = uvicorn.Server(uvicorn_config(web, settings, host=host, port=port))
        await server.serve()
    finally:
        await app.close()
