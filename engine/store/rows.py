"""Query rows as typed records: a dataclass filled from the columns named like its fields."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Record = TypeVar("Record", bound="DataclassInstance")


def row_of(cls: type[Record], row: Mapping[str, Any], **values: Any) -> Record:
    """A `cls` (a dataclass) whose fields are `values`, else the columns of their names."""
    names = [f.name for f in dataclasses.fields(cls)]
    return cls(**{**{name: row[name] for name in names if name in row}, **values})
