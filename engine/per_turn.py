"""Readings of a turn's words, made once however often the turn routes them.

The turn routes a message twice (plan, then apply under the lock), and on the way several
pure functions read the same words: a command? a yes or a no? a question about the
question? A function decorated with `per_turn` computes its result once per distinct
arguments while a turn runs (`Coachbot` runs each turn inside `remembering()`), and
simply runs outside one. The memo ends with its turn: no text outlives the turn that
read it. Only pure functions of immutable arguments, returning immutable values, qualify.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import ParamSpec, TypeVar, cast

__all__ = ["per_turn", "remembering"]

P = ParamSpec("P")
R = TypeVar("R")

_MISSING = object()
_memo: ContextVar[dict[tuple[object, ...], object] | None] = ContextVar("per_turn", default=None)


@contextmanager
def remembering() -> Iterator[None]:
    """One turn's memo: `per_turn` functions called inside reuse their results."""
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def per_turn(fn: Callable[P, R]) -> Callable[P, R]:
    """`fn`, memoised for the turn running (see the module docstring)."""

    @wraps(fn)
    def memoised(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _memo.get()
        if memo is None:
            return fn(*args, **kwargs)
        key = (fn, args, tuple(kwargs.items())) if kwargs else (fn, args)
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            found = memo[key] = fn(*args, **kwargs)
        return cast(R, found)

    return memoised
