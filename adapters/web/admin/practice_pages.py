"""Dashboard pages for scenario practice and colleague connections (aggregates only).

Like every page: one read-only transaction, the filter bar, and every table through
`guarded`, so groups under five people are hidden and a neighbouring cohort cannot
expose one by subtraction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response

from adapters.web.admin import charts
from adapters.web.admin.auth import Session
from adapters.web.admin.pages import _filters, reading
from engine import analytics as a

if TYPE_CHECKING:
    from adapters.web.admin.context import AdminContext


async def scenarios(ctx: AdminContext, request: Request, session: Session) -> Response:
    async with reading(ctx) as conn:
        f = await _filters(conn, request)
        completion = await a.guarded(a.scenario_completion, conn, f["filters"])
        scenes = await a.guarded(a.scene_outcomes, conn, f["filters"])
        reviews = await a.guarded(a.scenario_reviews, conn, f["filters"])
    return ctx.render(
        request,
        "scenarios.html",
        session,
        page="scenarios",
        title="Scenario practice",
        **f,
        completion=completion,
        scenes=scenes,
        reviews=reviews,
        spec=charts.scene_chart(scenes),
    )


async def connections(ctx: AdminContext, request: Request, session: Session) -> Response:
    async with reading(ctx) as conn:
        f = await _filters(conn, request)
        rows = await a.guarded(a.connection_outcomes, conn, f["filters"])
    return ctx.render(
        request,
        "connections.html",
        session,
        page="connections",
        title="Colleague connections",
        **f,
        rows=rows,
        spec=charts.connection_chart(rows),
    )
