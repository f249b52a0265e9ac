"""The admin dashboard under attack, over real HTTP (httpx against uvicorn on 127.0.0.1)."""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from typer.testing import CliRunner

from bot.cli import app as cli
from tests.harness import Site
from tests.web.live import PASSWORD, admin_site, csrf, post_login, serve, serve_app

WRONG = "not the password at all"


@pytest.fixture
def replicas(pg_url: str) -> Iterator[tuple[str, str]]:
    """Two web processes on one database, as behind a load balancer."""
    with serve(pg_url) as one, serve(pg_url) as two:
        yield one, two


def test_logout_ends_the_session_for_every_copy_of_the_cookie(site: Site) -> None:
    with (
        httpx.Client(base_url=site.url, timeout=10) as mine,
        httpx.Client(base_url=site.url, timeout=10) as thief,
    ):
        assert post_login(mine).status_code == 303
        cookie = mine.cookies.get("coachbot_admin")
        assert cookie
        thief.cookies.set("coachbot_admin", cookie)
        assert thief.get("/admin/").status_code == 200
        page = mine.get("/admin/")
        assert mine.post("/admin/logout", data={"csrf_token": csrf(page.text)}).status_code == 303
        thief.cookies.set("coachbot_admin", cookie)
        stale = thief.get("/admin/")
    assert stale.status_code == 303 and "/admin/login" in stale.headers["location"]


def test_failed_logins_count_per_account_across_replicas_and_restarts(
    pg_url: str, replicas: tuple[str, str]
) -> None:
    one, two = replicas
    for n in range(10):
        with httpx.Client(base_url=(one, two)[n % 2], timeout=10) as client:
            assert post_login(client, WRONG).status_code == 401
    with httpx.Client(base_url=two, timeout=10) as client:
        assert post_login(client).status_code == 429  # even the right password waits
    with serve(pg_url) as restarted, httpx.Client(base_url=restarted, timeout=10) as client:
        assert post_login(client).status_code == 429


def test_a_few_failed_logins_do_not_lock_the_admin_out(site: Site) -> None:
    with httpx.Client(base_url=site.url, timeout=10) as client:
        for _ in range(3):
            assert post_login(client, WRONG).status_code == 401
        assert post_login(client).status_code == 303
        for _ in range(9):  # a success clears the count
            assert post_login(client, WRONG).status_code == 401
        assert post_login(client).status_code == 303


def test_the_cookie_is_secure_by_default_and_hsts_is_sent(pg_url: str) -> None:
    with serve(pg_url, secure_cookies=True) as url, httpx.Client(base_url=url) as client:
        form = client.get("/admin/login")
    assert "secure" in form.headers["set-cookie"].lower()
    assert "httponly" in form.headers["set-cookie"].lower()
    assert form.headers["strict-transport-security"].startswith("max-age=")


def test_an_admin_form_over_256_kb_is_refused_before_parsing(site: Site) -> None:
    big = b"password=" + b"a" * (300 * 1024)
    form_type = {"Content-Type": "application/x-www-form-urlencoded"}

    def stream() -> Iterator[bytes]:
        for _ in range(10):
            yield b"a" * (64 * 1024)

    with httpx.Client(base_url=site.url, timeout=10) as client:
        assert client.post("/admin/login", content=big, headers=form_type).status_code == 413
        try:
            chunked = client.post("/admin/login", content=stream(), headers=form_type)
            assert chunked.status_code == 413
        except httpx.WriteError:
            pass  # the server answered 413 and hung up while we were still sending
        assert post_login(client).status_code == 303  # ordinary forms still work


def test_hash_password_refuses_passwords_under_twelve_characters() -> None:
    short = CliRunner().invoke(cli, ["admin", "hash-password", "--password", "short pass"])
    assert short.exit_code != 0 and "12" in str(short.exception or short.output)
    good = CliRunner().invoke(cli, ["admin", "hash-password", "--password", "twelve chars"])
    assert good.exit_code == 0 and good.output.startswith("scrypt$")


def _slow_hash(password: str) -> tuple[str, float]:
    """A valid ADMIN_PASSWORD_HASH with 8x the default cost, and how long one check takes."""
    salt = b"slow-test-salt!!"
    n = 2**17
    started = time.monotonic()
    key = hashlib.scrypt(
        password.encode(), salt=salt, n=n, r=8, p=1, dklen=32, maxmem=256 * 1024 * 1024
    )
    cost = time.monotonic() - started
    b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()  # noqa: E731
    return f"scrypt${n}$8$1${b64(salt)}${b64(key)}", cost


def test_password_checks_run_off_the_event_loop(pg_url: str) -> None:
    slow_hash, cost = _slow_hash(PASSWORD)
    site = admin_site(pg_url, password_hash=slow_hash)
    with (
        serve_app(site) as url,
        httpx.Client(base_url=url, timeout=30) as mine,
        httpx.Client(base_url=url, timeout=30) as other,
        ThreadPoolExecutor(max_workers=1) as pool,
    ):
        token = csrf(mine.get("/admin/login").text)
        login = pool.submit(
            mine.post, "/admin/login", data={"password": WRONG, "csrf_token": token}
        )
        time.sleep(min(0.1, cost / 4))  # the password is being checked now
        started = time.monotonic()
        assert other.get("/admin/login").status_code == 200
        latency = time.monotonic() - started
        still_checking = not login.done()
        assert login.result().status_code == 401
    assert still_checking and latency < cost / 2, (latency, cost)
