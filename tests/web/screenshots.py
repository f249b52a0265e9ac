"""`make screenshots`: a PNG of every admin dashboard page, into docs/screenshots/.

Makes a throw-away database with a few hundred made-up people (tests/web/seed.py
`seed_demo`), serves the dashboard on 127.0.0.1 and photographs it in headless Chromium.

    python -m tests.web.screenshots [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from engine.programs.loader import ProgramError, builtin_programs
from engine.programs.sync import sync_programs
from engine.store.database import Connection
from tests.db import drop_database, migrated_database
from tests.web.live import (
    PASSWORD,
    ChromiumUnavailable,
    chromium_context,
    ensure_chromium,
    run_db,
    serve,
)
from tests.web.seed import seed_demo

DATABASE = "coachbot_screenshots"
PAGES = (
    ("overview", "/"),
    ("funnel", "/funnel?program=pilot"),
    ("dropoff", "/dropoff?program=pilot"),
    ("wellbeing", "/wellbeing?program=pilot"),
    ("nudges", "/nudges"),
    ("llm-cost", "/llm"),
    ("variants", "/variants"),
    ("programs", "/programs"),
    ("program-validation", "/programs/pilot/1"),
    ("prompts", "/prompts"),
    ("prompt-edit", "/prompts/{prompt}"),
)


async def _seed(conn: Connection) -> int:
    try:
        await sync_programs(conn, builtin_programs())
    except ProgramError as exc:  # a built-in being edited need not stop the pictures
        print(f"screenshots: built-in programs skipped: {exc}", file=sys.stderr)
    await seed_demo(conn, now=datetime.now(UTC))
    cur = await conn.execute(
        "SELECT t.id FROM prompt_templates t JOIN programs p ON p.id = t.program_id"
        " WHERE p.slug = 'pilot' AND t.name = 'system'"
    )
    row = await cur.fetchone()
    assert row is not None
    return int(row["id"])


def take(out: Path) -> list[Path]:
    executable = ensure_chromium()
    out.mkdir(parents=True, exist_ok=True)
    url = migrated_database(DATABASE)
    taken: list[Path] = []
    try:
        prompt = run_db(url, _seed)
        with (
            serve(url) as base,
            chromium_context(
                executable, viewport={"width": 1440, "height": 900}, device_scale_factor=1
            ) as browser,
        ):
            page = browser.new_page()
            page.goto(f"{base}/admin/login")
            taken.append(out / "login.png")
            page.screenshot(path=taken[-1])
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_load_state("load")
            for name, path in PAGES:
                page.goto(f"{base}/admin{path.format(prompt=prompt)}")
                page.wait_for_load_state("networkidle")
                taken.append(out / f"{name}.png")
                page.screenshot(path=taken[-1], full_page=True)
    finally:
        drop_database(DATABASE)
    return taken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    try:
        for path in take(args.out):
            print(path)
    except ChromiumUnavailable as exc:
        sys.exit(f"screenshots: {exc}")


if __name__ == "__main__":
    main()
