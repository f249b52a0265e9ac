"""What a Messages API call costs, by model family and token kind."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple


class Price(NamedTuple):
    """US dollars per million input and output tokens."""

    input: Decimal
    output: Decimal


# First matching prefix wins; list prices per model family.
_PRICES: tuple[tuple[str, Price], ...] = (
    ("claude-opus-4-0", Price(Decimal(15), Decimal(75))),
    ("claude-opus-4-1", Price(Decimal(15), Decimal(75))),
    ("claude-3-opus", Price(Decimal(15), Decimal(75))),
    ("claude-opus", Price(Decimal(5), Decimal(25))),
    ("claude-sonnet", Price(Decimal(3), Decimal(15))),
    ("claude-haiku", Price(Decimal(1), Decimal(5))),
    ("claude-3-5-haiku", Price(Decimal("0.8"), Decimal(4))),
    ("claude-3-haiku", Price(Decimal("0.25"), Decimal("1.25"))),
)
_DEFAULT_PRICE = Price(Decimal(3), Decimal(15))
_MILLION = Decimal(1_000_000)


def price_for(model: str) -> Price:
    """The price of `model`'s family; Sonnet's for a model we don't know."""
    return next((p for prefix, p in _PRICES if model.startswith(prefix)), _DEFAULT_PRICE)


def cost_usd(model: str, *, input: int, output: int, cache_write: int, cache_read: int) -> Decimal:
    """Cost of one call: cache writes bill at 1.25× input, cache reads at 0.1× input."""
    p = price_for(model)
    units = (
        p.input * (input + Decimal("1.25") * cache_write + Decimal("0.1") * cache_read)
        + p.output * output
    )
    return units / _MILLION
