"""The admin dashboard in the web process (mounted at /admin), or on its own."""

from __future__ import annotations

import hashlib
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route

from bot.bootstrap import Application, bootstrap
from bot.settings import Settings


def admin_secret_key(settings: Settings) -> str:
    """Signs admin sessions: ADMIN_SECRET_KEY, else derived from the password hash."""
    if settings.admin_secret_key is not None:
        return settings.admin_secret_key.get_secret_value()
    base = settings.admin_password_hash.get_secret_value() if settings.admin_password_hash else ""
    return hashlib.sha256(f"coachbot-admin:{base}".encode()).hexdigest()


def admin_mount(app: Application) -> Mount:
    from adapters.web.admin import build_admin_app

    s = app.settings
    admin = build_admin_app(
        app.db,
        password_hash=s.admin_password_hash.get_secret_value() if s.admin_password_hash else None,
        secret_key=admin_secret_key(s),
    )
    return Mount("/admin", app=admin)


def mount_admin(asgi: Any, app: Application) -> None:
    """Add /admin to an existing Starlette app (the Slack web process)."""
    asgi.router.routes.append(admin_mount(app))


async def serve(settings: Settings, *, host: str, port: int) -> None:
    """Only the dashboard (for installs without Slack HTTP): /admin and /healthz."""
    import uvicorn

    app = await bootstrap(settings)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "llm": app.llm_health()})

    async def home(request: Request) -> Response:
        return RedirectResponse("/admin/")

    web = Starlette(routes=[Route("/", home), Route("/healthz", healthz), admin_mount(app)])
    try:
        server = uvicorn.Server(uvicorn.Config(web, host=host, port=port, log_level="info"))
        await server.serve()
    finally:
        await app.close()
