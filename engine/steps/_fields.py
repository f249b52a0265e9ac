"""Tolerant readers of one field of stored step state (JSONB written by any past version).

A field that is missing or of another type reads as the default: old rows and hand-edited
ones load, never raise.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

__all__ = ["loose_str", "of_type", "str_list"]

T = TypeVar("T")
D = TypeVar("D")


def of_type(raw: Mapping[str, Any], key: str, kind: type[T], default: D) -> T | D:
    """`raw[key]` if it is a `kind`, else `default`."""
    value = raw.get(key)
    return value if isinstance(value, kind) else default


def str_list(raw: Mapping[str, Any], key: str) -> list[str]:
    """`raw[key]` as a list of strings (each item as `str`); [] if it is not a list."""
    return [str(item) for item in of_type(raw, key, list, [])]


def loose_str(raw: Mapping[str, Any], key: str) -> str:
    """`raw[key]` as `str`, "" when it is missing or empty."""
    return str(raw.get(key) or "")
