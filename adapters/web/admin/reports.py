"""The dashboard's report pages, as data: one table row a page, one builder serving them all.

Every report page has the same shape: one read-only transaction, the filter bar, each query
through `guarded` (groups under five people hidden, and rows a neighbouring cohort would
expose by subtraction suppressed), then a template named after the page with its charts.
A page differs only in its queries, its charts and the query-string settings it takes.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import groupby
from typing import TYPE_CHECKING, Any, Literal

from starlette.requests import Request
from starlette.responses import Response

from adapters.web.admin import charts
from adapters.web.admin.auth import Session
from adapters.web.admin.pages import filter_bar, reading
from engine import analytics as a
from engine.store.database import Connection

if TYPE_CHECKING:
    from adapters.web.admin.context import AdminContext

Guard = Literal["rows", "one", "none"]
STALE_DAYS_ENV = "KB_STALE_DAYS"  # documents not updated for longer are flagged stale


def _no_settings(_request: Request) -> dict[str, Any]:
    return {}


@dataclass(frozen=True)
class Read:
    """One query of a page: the template variable it fills and how its answer is guarded.

    `rows`: `guarded` (a list of rows); `one`: `guarded_one` (one figure set); `none`: the
    query is not about a cohort and takes no filters. `args` names the page settings (and
    `now`) passed to the query as keywords.
    """

    name: str
    query: Callable[..., Awaitable[Any]]
    guard: Guard = "rows"
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class Derived:
    """A template variable computed from one read's answer (a chart, a grouping, a count)."""

    name: str
    build: Callable[[Any], Any]
    source: str


@dataclass(frozen=True)
class Report:
    """A report page: its route, title, queries and what is derived from them.

    `filters`: the filter bar it shows (`program` = one program must be chosen, `none` = no
    bar, every read on the whole population). `settings` reads the page's own query-string
    settings; they go to the template and, where a read names them, to its query.
    """

    name: str
    title: str
    reads: tuple[Read, ...]
    derived: tuple[Derived, ...] = ()
    filters: Literal["any", "program", "none"] = "any"
    settings: Callable[[Request], dict[str, Any]] = _no_settings
    path: str = ""  # "/<name>" unless given

    @property
    def route(self) -> str:
        return self.path or f"/{self.name}"


def _guarded(**queries: Callable[..., Awaitable[Any]]) -> tuple[Read, ...]:
    """Cohort reads, each filling the template variable it is named by."""
    return tuple(Read(name, query) for name, query in queries.items())


def _listing(name: str, title: str, query: Callable[..., Awaitable[Any]]) -> Report:
    """A page listing what is stored (not figures about people): no filters, no guard."""
    return Report(name, title, (Read("rows", query, "none"),), filters="none")


def _rows(
    name: str,
    title: str,
    query: Callable[..., Awaitable[Any]],
    chart: Callable[[Any], Any],
    filters: Literal["any", "program"] = "any",
) -> Report:
    """The common page: one guarded table of rows (`rows`) and its chart (`spec`)."""
    return Report(name, title, (Read("rows", query),), (Derived("spec", chart, "rows"),), filters)


async def _run(read: Read, conn: Connection, filters: a.Filters, kwargs: dict[str, Any]) -> Any:
    if read.guard == "rows":
        return await a.guarded(read.query, conn, filters, **kwargs)
    if read.guard == "one":
        return await a.guarded_one(read.query, conn, filters, **kwargs)
    return await read.query(conn, **kwargs)


def page(report: Report) -> Callable[[AdminContext, Request, Session], Awaitable[Response]]:
    """The handler that serves `report`."""

    async def handler(ctx: AdminContext, request: Request, session: Session) -> Response:
        settings = report.settings(request)
        known = {**settings, "now": datetime.now(UTC)}
        values: dict[str, Any] = {}
        async with reading(ctx) as conn:
            bar: dict[str, Any] = {}
            if report.filters != "none":
                bar = await filter_bar(conn, request, need_program=report.filters == "program")
            filters = bar.get("filters", a.Filters())
            for read in report.reads:
                kwargs = {name: known[name] for name in read.args}
                values[read.name] = await _run(read, conn, filters, kwargs)
        for d in report.derived:
            values[d.name] = d.build(values[d.source])
        return ctx.render(
            request,
            f"{report.name}.html",
            session,
            page=report.name,
            title=report.title,
            **bar,
            **settings,
            **values,
        )

    return handler


def _whole(raw: str | None, high: int) -> int | None:
    """`raw` as a whole number from 1 to `high`, else None."""
    if raw and raw.strip().isdigit() and 0 < int(raw) <= high:
        return int(raw)
    return None


def inactive_days(request: Request) -> dict[str, Any]:
    """`?inactive_days=N` (1 to 365), else the default."""
    days = _whole(request.query_params.get("inactive_days"), 365)
    return {"inactive_days": days or a.DEFAULT_INACTIVE_DAYS}


def stale_days(request: Request) -> dict[str, Any]:
    """`?stale_days=N`, else KB_STALE_DAYS, else a year."""
    for raw in (request.query_params.get("stale_days"), os.environ.get(STALE_DAYS_ENV)):
        if (days := _whole(raw, 36500)) is not None:
            return {"stale_days": days}
    return {"stale_days": a.DEFAULT_STALE_DAYS}


def _by_category(documents: Sequence[a.KnowledgeDocumentRow]) -> list[tuple[str, list[Any]]]:
    return [(c, list(docs)) for c, docs in groupby(documents, key=lambda d: d.category)]


def _stale(documents: Sequence[a.KnowledgeDocumentRow]) -> int:
    return sum(d.stale for d in documents)


_NOW = ("now",)
_DROPOFF = ("now", "inactive_days")
REPORTS: tuple[Report, ...] = (
    Report(
        "overview",
        "Overview",
        (
            Read("summary", a.overview, "one"),
            Read("engagement", a.engagement_distribution, "one", _NOW),
            Read("funnel", a.week_funnel),
        ),
        (Derived("spec", charts.engagement_chart, "engagement"),),
        path="/",
    ),
    Report(
        "funnel",
        "Completion funnel",
        _guarded(
            weeks=a.week_funnel,
            steps=a.step_funnel,
            durations=a.week_durations,
            attempts=a.step_attempts,
        ),
        (
            Derived("week_chart", charts.week_funnel_chart, "weeks"),
            Derived("step_chart", charts.step_funnel_chart, "steps"),
        ),
        filters="program",
    ),
    Report(
        "dropoff",
        "Drop-off",
        (
            Read("rows", a.drop_off, args=_DROPOFF),
            Read("fields", a.field_drop_off, args=_DROPOFF),
        ),
        (Derived("spec", charts.drop_off_chart, "rows"),),
        filters="program",
        settings=inactive_days,
    ),
    _rows("wellbeing", "Mood and progress", a.wellbeing_trend, charts.wellbeing_chart, "program"),
    _rows("nudges", "Nudge outcomes", a.nudge_outcomes, charts.nudge_chart),
    Report(
        "llm",
        "LLM usage and cost",
        _guarded(usage=a.llm_usage, days=a.llm_cost_by_day),
        (Derived("spec", charts.llm_cost_chart, "days"),),
    ),
    Report(
        "scenarios",
        "Scenario practice",
        _guarded(
            completion=a.scenario_completion, scenes=a.scene_outcomes, reviews=a.scenario_reviews
        ),
        (Derived("spec", charts.scene_chart, "scenes"),),
    ),
    _rows("connections", "Colleague connections", a.connection_outcomes, charts.connection_chart),
    _rows("variants", "Prompt A/B variants", a.variant_comparison, charts.variant_chart),
    _listing("programs", "Programs", a.list_programs),
    _listing("prompts", "Prompt templates", a.list_prompts),
    Report(
        "knowledge",
        "Knowledge base",
        (
            Read("documents", a.knowledge_documents, "none", ("now", "stale_days")),
            Read("unanswered", a.unanswered_questions, "none"),
            # Not a cohort page, but ratings are figures about people: guarded all the same.
            Read("ratings", a.conversation_ratings),
        ),
        (Derived("categories", _by_category, "documents"), Derived("stale", _stale, "documents")),
        filters="none",
        settings=stale_days,
    ),
)
BY_NAME: Mapping[str, Report] = {r.name: r for r in REPORTS}
