"""The admin dashboard in a real headless Chromium, served by uvicorn on 127.0.0.1."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from engine.store.database import Connection
from tests.harness import Site
from tests.web.live import PASSWORD, csrf, post_login, run_db, without_secrets

PAGES = (
    "/",
    "/funnel",
    "/dropoff",
    "/wellbeing",
    "/nudges",
    "/llm",
    "/scenarios",
    "/connections",
    "/variants",
    "/programs",
    "/programs/pilot/1",
    "/prompts",
    "/knowledge",
)


def log_in(page: Any, site: Site, path: str = "/") -> None:
    page.goto(site.admin(path))
    assert "/admin/login" in page.url
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state("load")


@contextmanager
def logged_in_client(site: Site) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=site.url, follow_redirects=False, timeout=10) as client:
        assert post_login(client).status_code == 303
        yield client


async def _prompt_rows(conn: Connection) -> list[tuple[int, str, bool, str]]:
    cur = await conn.execute(
        "SELECT v.version, v.variant, v.is_active, v.body FROM prompt_versions v"
        " JOIN prompt_templates t ON t.id = v.template_id JOIN programs p ON p.id = t.program_id"
        " WHERE p.slug = 'pilot' AND t.name = 'system' ORDER BY v.version, v.variant"
    )
    return [(r["version"], r["variant"], r["is_active"], r["body"]) for r in await cur.fetchall()]


def test_login_then_the_funnel_chart_is_drawn_from_data(page: Any, site: Site) -> None:
    log_in(page, site, "/funnel?program=pilot")
    assert page.url == site.admin("/funnel?program=pilot")
    assert page.locator("h1").inner_text() == "Completion funnel"
    page.wait_for_function("() => window.Chart && Chart.getChart('week-funnel-chart')")
    drawn = page.evaluate(
        """() => {
            const chart = Chart.getChart(document.querySelector('#week-funnel-chart'));
            return {data: chart.data.datasets.map(d => d.data), labels: chart.data.labels,
                    width: chart.canvas.width, height: chart.canvas.height};
        }"""
    )
    assert drawn["labels"] == ["Week 1", "Week 2"]
    assert drawn["data"] == [[13, 7], [7, 6]]  # reached, completed (see test_analytics.py)
    assert drawn["width"] > 0 and drawn["height"] > 0
    steps = page.evaluate("() => Chart.getChart('step-funnel-chart').data.datasets[0].data")
    assert steps == [13, 8, 8, 7, 6]


def test_every_page_renders_with_its_charts(page: Any, site: Site) -> None:
    log_in(page, site)
    for path in ("/", "/dropoff", "/wellbeing", "/nudges", "/llm", "/variants"):
        page.goto(site.admin(path + "?program=pilot"))
        charts = page.evaluate(
            "() => [...document.querySelectorAll('canvas[data-chart]')]"
            ".map(c => Chart.getChart(c).data.datasets[0].data.length)"
        )
        assert charts and all(n > 0 for n in charts), path
    page.goto(site.admin("/nudges?program=pilot"))
    assert "fewer than 5 people" in page.content()  # week_unlocked went to two people


def test_editing_a_prompt_in_the_browser_stores_a_new_version(page: Any, site: Site) -> None:
    log_in(page, site, "/prompts")
    page.locator('tr[data-prompt="pilot/system"]').get_by_role("link", name="Edit").click()
    page.fill("textarea[name=body] >> nth=0", "You are a calm, curious coach.")
    page.locator("form.prompt-form button").first.click()
    page.wait_for_load_state("load")
    assert "Saved variant A as version 2" in page.content()
    rows = run_db(site.pg_url, _prompt_rows)
    assert rows == [
        (1, "A", False, "You are a pilot coach."),
        (1, "B", True, "You are a brisk coach."),
        (2, "A", True, "You are a calm, curious coach."),
    ]


def test_without_a_session_pages_redirect_and_posts_are_forbidden(site: Site) -> None:
    with httpx.Client(base_url=site.url, follow_redirects=False, timeout=10) as anon:
        for path in PAGES:
            reply = anon.get("/admin" + path)
            assert reply.status_code == 303, path
            assert reply.headers["location"].startswith(f"{site.url}/admin/login?next=")
        assert anon.post("/admin/prompts/1", data={"body": "x", "variant": "A"}).status_code == 403
        assert anon.post("/admin/logout").status_code == 403
        # A visitor's own (not logged-in) session with its valid token is no better.
        token = csrf(anon.get("/admin/login").text)
        reply = anon.post("/admin/prompts/1", data={"body": "x", "csrf_token": token})
        assert reply.status_code == 403
        wrong = anon.post("/admin/login", data={"password": "guess", "csrf_token": token})
        assert wrong.status_code == 401 and "not right" in wrong.text
    assert run_db(site.pg_url, _prompt_rows)[-1][0] == 1


def test_posts_without_the_csrf_token_are_refused(site: Site) -> None:
    with logged_in_client(site) as client:
        listing = client.get("/admin/prompts").text
        template = re.search(r'data-prompt="pilot/system">.*?/admin/prompts/(\d+)"', listing, re.S)
        assert template
        target = f"/admin/prompts/{template.group(1)}"
        assert client.post(target, data={"variant": "A", "body": "x"}).status_code == 403
        forged = {"variant": "A", "body": "x", "csrf_token": "forged"}
        assert client.post(target, data=forged).status_code == 403
        # The login form needs its token too (no login CSRF).
        assert client.post("/admin/login", data={"password": PASSWORD}).status_code == 403
        token = csrf(client.get(target).text)
        ok = client.post(target, data={"variant": "A", "body": "y", "csrf_token": token})
        assert ok.status_code == 303
    assert [r[0] for r in run_db(site.pg_url, _prompt_rows)] == [1, 1, 2]


def test_pages_render_and_small_groups_show_the_placeholder(site: Site) -> None:
    with logged_in_client(site) as client:
        for path in PAGES:
            reply = client.get("/admin" + path)
            assert reply.status_code == 200, path
            assert reply.headers["content-security-policy"].startswith("default-src 'self'")
        raw = client.get("/admin/?program=tiny").text
        tiny = without_secrets(raw)
        assert csrf(raw) not in tiny and "csrf_token" in tiny
        assert "fewer than 5 people" in tiny and "u1" not in tiny
        assert client.get("/admin/programs/pilot/9").status_code == 404
