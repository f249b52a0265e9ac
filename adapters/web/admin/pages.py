"""The dashboard's login, catalog and prompt pages, and what every page reads with: the
read-only transaction and the filter bar (report pages are the table in `reports`)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from adapters.web.admin.auth import Session, verify_password
from adapters.web.admin.format import read_form
from engine import analytics as a
from engine.store import admin_sessions
from engine.store.database import Connection

if TYPE_CHECKING:
    from adapters.web.admin.context import AdminContext

ACCOUNT = "admin"  # one password, one account: the throttle and sessions are keyed by it
LOGIN_LIMIT = 10
LOGIN_WINDOW = timedelta(minutes=15)
Found = TypeVar("Found")


@asynccontextmanager
async def reading(ctx: AdminContext) -> AsyncIterator[Connection]:
    async with ctx.db.transaction() as conn:
        await conn.execute("SET TRANSACTION READ ONLY")
        await conn.execute("SET LOCAL statement_timeout = '15s'")
        # The engagement window over every message sorts in memory instead of on disk.
        await conn.execute("SET LOCAL work_mem = '64MB'")
        yield conn


def _since(request: Request) -> tuple[datetime | None, str]:
    """The cohort cut point, moved back to its Monday: only whole weeks can be chosen."""
    raw = request.query_params.get("since", "").strip()
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        return None, ""
    week = a.coarse_filters(a.Filters(since=datetime(day.year, day.month, day.day, tzinfo=UTC)))
    assert week.since is not None
    return week.since, week.since.date().isoformat()


async def filter_bar(
    conn: Connection, request: Request, *, need_program: bool = False
) -> dict[str, Any]:
    """Filters from the query string, plus what the filter bar needs to draw itself."""
    slugs = [p.slug for p in await a.list_programs(conn)]
    program = request.query_params.get("program") or None
    if program not in slugs:
        program = slugs[0] if need_program and slugs else None
    since, since_text = _since(request)
    return {
        "filters": a.Filters(program=program, since=since),
        "programs": slugs,
        "program": program,
        "since": since_text,
        "need_program": need_program,
    }


async def login_form(ctx: AdminContext, request: Request, error: str = "") -> Response:
    session = await ctx.session(request) or Session.fresh()
    status = 401 if error else 200
    return ctx.render(
        request,
        "login.html",
        session,
        status=status,
        error=error,
        next=request.query_params.get("next", "/"),
    )


async def login(ctx: AdminContext, request: Request) -> Response:
    session = await ctx.session(request)
    form = await read_form(request)
    if session is None or not session.valid_token(form.get("csrf_token")):
        return PlainTextResponse("Forbidden: missing or wrong CSRF token.", status_code=403)
    account = ACCOUNT
    async with ctx.db.transaction() as conn:
        blocked = await admin_sessions.login_blocked(
            conn, account=account, limit=LOGIN_LIMIT, window=LOGIN_WINDOW
        )
    if blocked:
        return PlainTextResponse("Too many failed logins; try again later.", status_code=429)
    # scrypt takes tens of milliseconds of CPU: off the event loop, so other requests flow.
    ok = await asyncio.to_thread(verify_password, form.get("password", ""), ctx.password_hash)
    if not ok:
        async with ctx.db.transaction() as conn:
            await admin_sessions.record_failed_login(conn, account=account, window=LOGIN_WINDOW)
        return await login_form(ctx, request, error="That password is not right.")
    target = form.get("next", "/")
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    root = request.scope.get("root_path", "")
    fresh = Session.fresh(admin=True)
    async with ctx.db.transaction() as conn:
        await admin_sessions.clear_failed_logins(conn, account=account)
        await admin_sessions.open_session(
            conn,
            session_id=fresh.sid,
            account=account,
            expires_at=datetime.fromtimestamp(fresh.expires, UTC),
        )
    response = RedirectResponse(root + target, status_code=303)
    return ctx.remember(request, response, fresh)


async def logout(
    ctx: AdminContext, request: Request, session: Session, form: dict[str, str]
) -> Response:
    async with ctx.db.transaction() as conn:
        await admin_sessions.revoke_session(conn, session_id=session.sid)
    response = RedirectResponse(str(request.url_for("login")), status_code=303)
    return ctx.remember(request, response, Session.fresh())


async def _lookup(
    ctx: AdminContext, what: str, query: Callable[..., Awaitable[Found | None]], *args: Any
) -> Found | Response:
    """`query`'s answer, read in a read-only transaction; a 404 response when there is none."""
    async with reading(ctx) as conn:
        found = await query(conn, *args)
    if found is None:
        return PlainTextResponse(f"No such {what}.", status_code=404)
    return found


async def program_version(ctx: AdminContext, request: Request, session: Session) -> Response:
    slug = request.path_params["slug"]
    version = request.path_params["version"]
    check = await _lookup(ctx, "program version", a.check_version, slug, version)
    if isinstance(check, Response):
        return check
    return ctx.render(
        request,
        "program_version.html",
        session,
        page="programs",
        title=f"{slug} v{version}",
        check=check,
    )


async def prompt_edit(
    ctx: AdminContext, request: Request, session: Session, *, saved: str = "", error: str = ""
) -> Response:
    view = await _lookup(
        ctx, "prompt template", a.prompt_template, request.path_params["template_id"]
    )
    if isinstance(view, Response):
        return view
    return ctx.render(
        request,
        "prompt_edit.html",
        session,
        status=400 if error else 200,
        page="prompts",
        title=f"Prompt {view.name}",
        view=view,
        saved=request.query_params.get("saved", saved),
        error=error,
    )


async def prompt_save(
    ctx: AdminContext, request: Request, session: Session, form: dict[str, str]
) -> Response:
    template_id = request.path_params["template_id"]
    variant = form.get("variant", "A")
    body = form.get("body", "").replace("\r\n", "\n")
    try:
        async with ctx.db.transaction() as conn:
            version = await a.save_prompt_version(
                conn, template_id=template_id, variant=variant, body=body, author="admin-web"
            )
    except LookupError:
        return PlainTextResponse("No such prompt template.", status_code=404)
    except ValueError as exc:
        return await prompt_edit(ctx, request, session, error=str(exc))
    target = request.url_for("prompt", template_id=template_id)
    return RedirectResponse(f"{target}?saved={variant}{version}", status_code=303)
