"""`AdminContext`: what every admin page needs (database, templates, sessions)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.templating import Jinja2Templates

from adapters.web.admin.auth import COOKIE, SESSION_SECONDS, Session, SessionSigner
from adapters.web.admin.format import register_filters
from engine.store import admin_sessions
from engine.store.database import Database

HERE = Path(__file__).resolve().parent


class AdminContext:
    """What every page needs: the database, templates, and the session machinery."""

    def __init__(
        self, db: Database, password_hash: str, secret_key: str, *, secure_cookies: bool
    ) -> None:
        self.db = db
        self.password_hash = password_hash
        self.signer = SessionSigner(secret_key)
        self.secure_cookies = secure_cookies
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        register_filters(self.templates.env)

    async def session(self, request: Request) -> Session | None:
        """The visitor's session; an admin session only while its row is live."""
        session = self.signer.load(request.cookies.get(COOKIE))
        if session is None or not session.admin:
            return session
        async with self.db.transaction() as conn:
            live = await admin_sessions.session_is_live(conn, session_id=session.sid)
        return session if live else None

    def render(
        self, request: Request, template: str, session: Session, status: int = 200, **ctx: Any
    ) -> Response:
        response = self.templates.TemplateResponse(
            request,
            template,
            {"csrf_token": session.csrf, "session": session, **ctx},
            status_code=status,
        )
        return self.remember(request, response, session)

    def remember(self, request: Request, response: Response, session: Session) -> Response:
        response.set_cookie(
            COOKIE,
            self.signer.dump(session),
            max_age=SESSION_SECONDS,
            path=request.scope.get("root_path") or "/",
            httponly=True,
            secure=self.secure_cookies,
            samesite="lax",
        )
        return response
