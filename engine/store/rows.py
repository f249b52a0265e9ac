"""Query rows as typed records: a dataclass filled from the columns named like its fields."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

Record = TypeVar("Record")


def row_of(cls: Callable[..., Record], row: Mapping[str, Any], **values: Any) -> Record:
    """A `cls` (a dataclass) whose fields are `values`, else the columns of their names."""
    names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    return cls(**{**{name: row[name] for name in names if name in row}, **values})
