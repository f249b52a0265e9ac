"""The admin dashboard as a Starlette app: login, CSRF, pages; mount it at /admin."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from adapters.web.admin import pages, reports
from adapters.web.admin.context import AdminContext
from adapters.web.admin.format import read_form
from adapters.web.limits import ADMIN_FORM_BYTES, BodyLimit
from engine.store.database import Database

HERE = Path(__file__).resolve().parent
Handler = Callable[[Request], Awaitable[Response]]

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
    # Browsers only honour it over HTTPS; over plain-http development it is ignored.
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
}


def _secure(handler: Handler) -> Handler:
    async def wrapped(request: Request) -> Response:
        response = await handler(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return wrapped


def admin_page(ctx: AdminContext, handler: Callable[..., Awaitable[Response]]) -> Handler:
    """A GET page for admins; anyone else is sent to the login form."""

    async def page(request: Request) -> Response:
        session = await ctx.session(request)
        if session is None or not session.admin:
            target = request.url.path.removeprefix(request.scope.get("root_path", "")) or "/"
            if request.url.query:
                target += "?" + request.url.query
            login = str(request.url_for("login")) + "?next=" + quote(target, safe="")
            return RedirectResponse(login, status_code=303)
        return await handler(ctx, request, session)

    return _secure(page)


def admin_post(ctx: AdminContext, handler: Callable[..., Awaitable[Response]]) -> Handler:
    """A POST for admins carrying the session's CSRF token; anything else is refused (403)."""

    async def post(request: Request) -> Response:
        session = await ctx.session(request)
        form = await read_form(request)
        token = request.headers.get("x-csrf-token") or form.get("csrf_token")
        if session is None or not session.admin:
            return PlainTextResponse("Forbidden: admins only.", status_code=403)
        if not session.valid_token(token):
            return PlainTextResponse("Forbidden: missing or wrong CSRF token.", status_code=403)
        return await handler(ctx, request, session, form)

    return _secure(post)


def build_admin_app(
    db: Database, *, password_hash: str, secret_key: str, secure_cookies: bool = True
) -> Starlette:
    """The admin dashboard; mount it (e.g. at /admin) next to the platform endpoints.

    Only build it when the dashboard is configured: without a password hash there is
    no dashboard at all (the caller mounts nothing, so /admin answers 404).

    Args:
        db: an open `Database`; pages read aggregates, the prompt editor writes versions.
        password_hash: ADMIN_PASSWORD_HASH (see `auth.hash_password`).
        secret_key: ADMIN_SECRET_KEY, signs the session cookie; at least 32 random bytes.
        secure_cookies: mark the cookie `Secure`; False only for plain-http development.

    Raises:
        ValueError: the password hash is empty or the secret key too short.
    """
    if not password_hash:
        raise ValueError("ADMIN_PASSWORD_HASH is required for the admin dashboard")
    ctx = AdminContext(db, password_hash, secret_key, secure_cookies=secure_cookies)
    routes = [
        Route("/login", _secure(lambda r: pages.login_form(ctx, r)), methods=["GET"], name="login"),
        Route(
            "/login", _secure(lambda r: pages.login(ctx, r)), methods=["POST"], name="login_post"
        ),
        Route("/logout", admin_post(ctx, pages.logout), methods=["POST"], name="logout"),
        *(Route(r.route, admin_page(ctx, reports.page(r)), name=r.name) for r in reports.REPORTS),
        Route(
            "/programs/{slug}/{version:int}",
            admin_page(ctx, pages.program_version),
            name="program_version",
        ),
        Route("/prompts/{template_id:int}", admin_page(ctx, pages.prompt_edit), name="prompt"),
        Route(
            "/prompts/{template_id:int}",
            admin_post(ctx, pages.prompt_save),
            methods=["POST"],
            name="prompt_save",
        ),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    return Starlette(routes=routes, middleware=[Middleware(BodyLimit, max_bytes=ADMIN_FORM_BYTES)])
