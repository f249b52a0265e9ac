"""Template filters (numbers, money, percentages, the privacy placeholder) and form reading."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from urllib.parse import parse_qs

from jinja2 import Environment
from markupsafe import Markup
from starlette.requests import Request

from engine.analytics import SUPPRESSED

MAX_FORM_BYTES = 256 * 1024

PLACEHOLDER = Markup('<span class="suppressed" title="Hidden to protect privacy">{}</span>').format(
    SUPPRESSED
)


def number(value: object, digits: int = 0) -> Markup | str:
    if value is None:
        return PLACEHOLDER
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float | Decimal):
        return f"{value:,.{digits}f}"
    return str(value)


def percent(value: object) -> Markup | str:
    if value is None:
        return PLACEHOLDER
    return f"{float(str(value)) * 100:.1f} %"


def money(value: object, digits: int = 2) -> Markup | str:
    if value is None:
        return PLACEHOLDER
    return f"${Decimal(str(value)):,.{digits}f}"


def when(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def register_filters(env: Environment) -> None:
    env.filters.update(number=number, percent=percent, money=money, when=when)
    env.globals["SUPPRESSED"] = SUPPRESSED


async def read_form(request: Request) -> dict[str, str]:
    """An url-encoded form body as a dict (first value of each field); other bodies are empty."""
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return {}
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return {}
    fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    return {key: values[0] for key, values in fields.items()}
