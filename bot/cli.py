"""The `coachbot` command line."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from bot import bench_cli
from bot.connections_cli import connections_app, retention_app
from bot.database import database_url
from bot.extras import require_extra, slack_reason
from bot.kb_cli import kb_app
from bot.llm_cli import llm_app
from bot.people_cli import people_app
from bot.scenarios_cli import scenarios_app
from bot.settings import Settings, SettingsError, load_settings

app = typer.Typer(
    help="Coachbot: a coaching bot for Slack and Discord.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema migrations.", no_args_is_help=True)
programs_app = typer.Typer(help="Coaching programs: validate, sync, list.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(programs_app, name="programs")
# The listening options of every serving command.
HOST = typer.Option("0.0.0.0", help="interface to listen on")
PORT = typer.Option(None, help="port (default: $PORT or WEB_PORT, 8000)")


def _port(s: Settings, port: int | None) -> int:
    return port or int(os.environ.get("PORT", s.web_port))


slack_app = typer.Typer(help="Run the bot in Slack.", no_args_is_help=True)
app.add_typer(slack_app, name="slack")
discord_app = typer.Typer(help="Run the bot in Discord.", no_args_is_help=True)
app.add_typer(discord_app, name="discord")
nudges_app = typer.Typer(help="Reminders and week prompts: the outbox.", no_args_is_help=True)
app.add_typer(nudges_app, name="nudges")
bench_cli.register(app)
app.add_typer(llm_app, name="llm")
app.add_typer(connections_app, name="connections")
app.add_typer(retention_app, name="retention")
app.add_typer(kb_app, name="kb")
app.add_typer(scenarios_app, name="scenarios")
app.add_typer(people_app, name="people")

console = Console()
errors = Console(stderr=True)


def settings() -> Settings:
    return load_settings()


@db_app.command("upgrade")
def db_upgrade(revision: str = typer.Argument("head")) -> None:
    """Migrate the database up to REVISION (default: the newest)."""
    from bot.migrate import upgrade

    upgrade(database_url(settings()), revision)


@db_app.command("downgrade")
def db_downgrade(revision: str = typer.Argument(..., help="e.g. -1 or base")) -> None:
    """Migrate the database down to REVISION."""
    from bot.migrate import downgrade

    downgrade(database_url(settings()), revision)


@db_app.command("current")
def db_current() -> None:
    """Show the database's current revision."""
    from bot.migrate import current

    current(database_url(settings()))


@programs_app.command("validate")
def programs_validate(
    paths: Annotated[list[Path] | None, typer.Argument(help="files or folders")] = None,
) -> None:
    """Check program files; print `file: path: reason` for each problem (exit 1)."""
    from engine.programs.loader import BUILTIN_DIR, ProgramError, load_program, program_files

    failed = False
    for path in program_files(paths or [BUILTIN_DIR]):
        try:
            loaded = load_program(path)
        except ProgramError as exc:
            failed = True
            for line in exc.lines:
                print(line, file=sys.stderr)  # one line per problem, never wrapped
            continue
        weeks = len(loaded.spec.weeks)
        console.print(f"[green]ok[/] {path} ({loaded.spec.slug}, {weeks} weeks)")
    raise typer.Exit(1 if failed else 0)


@programs_app.command("sync")
def programs_sync(
    paths: Annotated[list[Path] | None, typer.Argument(help="files or folders")] = None,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="print only what changed"),
) -> None:
    """Store program files as versions; unchanged files change nothing."""
    from bot.programs import sync_paths

    results = asyncio.run(sync_paths(database_url(settings()), paths))
    for result in results:
        if result.created:
            console.print(f"[green]new[/] {result.slug} v{result.version}")
        elif not quiet:
            console.print(f"unchanged {result.slug} v{result.version}")


@programs_app.command("list")
def programs_list() -> None:
    """List the programs in the database with their newest version."""
    from rich.table import Table

    from bot.programs import list_programs

    table = Table("slug", "title", "versions", "weeks", "active enrolments")
    for row in asyncio.run(list_programs(database_url(settings()))):
        table.add_row(*(str(v) for v in row))
    console.print(table)


@app.command("chat")
def chat(
    program: str = typer.Option(None, "--program", "-p", help="program to start, e.g. demo"),
    user: str = typer.Option("you", "--user", "-u", help="who you are in this chat"),
) -> None:
    """Coach in the terminal (buttons are numbered; /advance 3d moves the clock)."""
    from bot.chat import run_chat

    asyncio.run(run_chat(settings(), program=program, user=user))


@slack_app.command("serve")
def slack_serve(host: str = HOST, port: int = PORT) -> None:
    """HTTP mode: POST /slack/events, /slack/install, /healthz, /metrics."""
    s = settings()
    require_extra("slack", slack_reason(s))
    from bot.slack import serve_http

    asyncio.run(serve_http(s, host=host, port=_port(s, port)))


@slack_app.command("socket")
def slack_socket() -> None:
    """Socket Mode (needs SLACK_APP_TOKEN): no public URL required."""
    s = settings()
    require_extra("slack", slack_reason(s))
    from bot.slack import serve_socket_mode

    asyncio.run(serve_socket_mode(s))


@slack_app.command("rotate-key")
def slack_rotate_key() -> None:
    """Re-encrypt stored Slack tokens with the first COACHBOT_ENCRYPTION_KEY key."""
    s = settings()
    require_extra("slack", slack_reason(s))
    from bot.slack import rotate_key

    print(f"re-encrypted {asyncio.run(rotate_key(s))} installation rows")


@discord_app.command("run")
def discord_run() -> None:
    """Connect to Discord (DISCORD_TOKEN): DMs, /coach commands, buttons."""
    s = settings()
    require_extra("discord", "DISCORD_TOKEN is set" if s.discord_token else "`discord run` was run")
    from bot.discord import run

    asyncio.run(run(s))


@nudges_app.command("tick")
def nudges_tick(
    now: str = typer.Option(None, "--now", help="ISO time to plan at (default: now; UTC if naive)"),
) -> None:
    """One plan + dispatch cycle (for cron and tests)."""
    from bot.nudges import tick_command

    tick_command(now)


@nudges_app.command("list")
def nudges_list(
    status: str = typer.Option(None, "--status", help="pending, sent, expired, ..."),
    limit: int = typer.Option(50, "--limit"),
) -> None:
    """Show the nudge outbox, newest first."""
    from bot.nudges import list_command

    list_command(status, limit)


@app.command("worker")
def worker() -> None:
    """Discord (DISCORD_TOKEN), Slack Socket Mode (SLACK_APP_TOKEN) and the nudge scheduler."""
    from bot.worker import run_worker

    asyncio.run(run_worker(settings()))


def _register_reports() -> None:
    from bot.report import admin_app, report_command

    app.command("report")(report_command)
    app.add_typer(admin_app, name="admin")

    @admin_app.command("serve")
    def admin_serve(host: str = HOST, port: int = PORT) -> None:
        """Serve only the admin dashboard at /admin (when Slack HTTP is not used)."""
        from bot.admin import serve

        s = settings()
        asyncio.run(serve(s, host=host, port=_port(s, port)))


_register_reports()


def main() -> None:
    """Entry point: settings errors become one clear line and exit code 2."""
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        s = load_settings()
        logging.getLogger().setLevel(s.log_level)
        if s.log_format == "json":
            from bot.logs import use_json_logs

            use_json_logs()
        for noisy in ("httpx", "httpx2", "httpcore", "alembic", "pgserver", "discord", "openai"):
            logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))
        logging.getLogger("alembic.runtime.migration").setLevel(logging.INFO)
        app()
    except SettingsError as exc:
        print(f"coachbot: {exc}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # one line for the operator; the traceback at DEBUG
        logging.getLogger("coachbot").debug("fatal error", exc_info=True)
        print(f"coachbot: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
