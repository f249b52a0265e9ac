"""The admin dashboard served for real: uvicorn on 127.0.0.1 at a free port, in a thread."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any, TypeVar

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.routing import Mount

from adapters.web.admin import build_admin_app, hash_password
from engine.store.database import Connection, Database

T = TypeVar("T")

PASSWORD = "correct horse battery staple"
PASSWORD_HASH = hash_password(PASSWORD, salt=b"fixed-test-salt!")
SECRET_KEY = "tEsT-k3y_0123456789abcdefGHIJKLMNOPqrstuvwxyz"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def run_db(pg_url: str, work: Callable[[Connection], Awaitable[T]]) -> T:
    """Run `work` in one transaction, on a thread of its own: Playwright's sync API (and a
    command's asyncio.run) want this thread's event loop to themselves."""

    async def go() -> T:
        async with Database(pg_url, max_size=1) as db, db.transaction() as conn:
            return await work(conn)

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, go()).result()


def admin_site(
    pg_url: str, *, secure_cookies: bool = False, password_hash: str = PASSWORD_HASH
) -> Starlette:
    """A web process in miniature: the admin app mounted at /admin, its pool opened at start.

    Plain http on 127.0.0.1, so cookies are not `Secure` unless asked (as with
    ADMIN_INSECURE_COOKIES=true in development); the security tests ask.
    """
    db = Database(pg_url, max_size=4)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await db.open()
        yield
        await db.close()

    admin = build_admin_app(
        db, password_hash=password_hash, secret_key=SECRET_KEY, secure_cookies=secure_cookies
    )
    return Starlette(routes=[Mount("/admin", app=admin)], lifespan=lifespan)


@contextmanager
def serve(pg_url: str, *, secure_cookies: bool = False) -> Iterator[str]:
    """Serve the site; yields its base URL (http://127.0.0.1:PORT)."""
    with serve_app(admin_site(pg_url, secure_cookies=secure_cookies)) as url:
        yield url


def csrf(html: str) -> str:
    """The CSRF token of the form in `html`."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


def without_secrets(html: str) -> str:
    """`html` with its random values (CSRF tokens, CSP nonces) blanked.

    A random token can contain any short string ("u1" in one CI run), so a test
    that a page names nobody looks at the page without them.
    """
    return re.sub(r'((?:value|nonce|content)=")[A-Za-z0-9_\-+/=]{16,}"', r'\1"', html)


def post_login(client: httpx.Client, password: str = PASSWORD) -> httpx.Response:
    """Post the login form as a browser would (303 on success)."""
    form = client.get("/admin/login")
    return client.post(
        "/admin/login",
        data={"password": password, "csrf_token": csrf(form.text), "next": "/"},
    )


@contextmanager
def seeded_dashboard(
    pg_url: str, seed: Callable[[Connection], Awaitable[object]]
) -> Iterator[httpx.Client]:
    """The site over `seed`'s rows, served, and a client logged in to it."""
    run_db(pg_url, seed)
    with serve(pg_url) as url, httpx.Client(base_url=url, timeout=20) as client:
        assert post_login(client).status_code == 303
        yield client


@contextmanager
def chromium_context(executable: str, **options: Any) -> Iterator[Any]:
    """Headless Chromium on a fresh profile directory, driven by Playwright: a persistent
    context (`options` go to `launch_persistent_context`), closed afterwards."""
    from playwright.sync_api import sync_playwright

    with (
        tempfile.TemporaryDirectory(prefix="coachbot-chromium-") as profile,
        sync_playwright() as p,
    ):
        context = p.chromium.launch_persistent_context(
            profile,
            executable_path=executable,
            headless=True,
            args=[a for a in CHROMIUM_ARGS if a != "--headless"],
            **options,
        )
        yield context
        context.close()


@contextmanager
def serve_app(app: Starlette) -> Iterator[str]:
    """Serve any ASGI app with uvicorn in a thread; yields its base URL."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the admin site did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


class ChromiumUnavailable(Exception):
    """Debian's Chromium is not installed and cannot be installed here."""


def ensure_chromium() -> str:
    """Path of Debian's Chromium, installed with apt-get when missing and we are root."""
    if CHROMIUM.exists():
        return str(CHROMIUM)
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        raise ChromiumUnavailable(
            "Chromium is missing: run `apt-get install -y chromium chromium-driver` as root"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    commands = (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"],
    )
    for cmd in commands:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["(no output)"]
            raise ChromiumUnavailable(f"`{' '.join(cmd)}` failed: {tail[0]}")
    if not CHROMIUM.exists():
        raise ChromiumUnavailable("apt-get installed no /usr/bin/chromium")
    return str(CHROMIUM)
