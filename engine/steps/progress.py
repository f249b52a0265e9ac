"""A step type's own state: the protocol, the registry the state codec reads through, and
`KeyedState`, the base for a state kept under its own key with its own schema version.

`engine.steps.state.ConversationState` keeps the current step's state in the enrolment's
JSONB; it reads it back by asking each registered state class in turn.
"""

from __future__ import annotations

from typing import Any, ClassVar, Protocol, Self

from engine.steps._fields import of_type


class StepState(Protocol):
    """A step type's own progress, kept in the enrolment's state while the step runs."""

    def to_json(self) -> dict[str, Any]:
        """Its keys in the enrolment's state (its own key, or the flat keys of old rows)."""
        ...


class StateClass(Protocol):
    """The class of a step type's state: it finds itself in a stored state, or not."""

    def read(self, raw: dict[str, Any]) -> StepState | None:
        """Its progress in the stored `raw`, None when `raw` holds none (or none readable)."""
        ...


# Each registered step type's state class (`engine.steps.registry`), in the order
# registered: those under their own key are asked first, then those reading the flat keys
# old rows have (a smart-goal draft's `smart`, a check-in's `part`).
class _StateClasses:
    def __init__(self) -> None:
        self._keyed: list[StateClass] = []
        self._flat: list[StateClass] = []

    def register(self, state: StateClass, *, keyed: bool) -> None:
        """The stored state is read with `state` too; `keyed` = it reads only its own key."""
        if state not in self._keyed and state not in self._flat:
            (self._keyed if keyed else self._flat).append(state)

    def unregister(self, state: StateClass) -> None:
        for found in (self._keyed, self._flat):
            if state in found:
                found.remove(state)

    def readers(self) -> tuple[StateClass, ...]:
        return (*self._keyed, *self._flat)


STATE_CLASSES = _StateClasses()


class KeyedState:
    """A step's state under its own key with its own schema version: `{key: {"v": n, ...}}`.

    A subclass names `key` and `version` and gives `body` / `from_body`; a body of an older
    version is read by `from_body` (it gets the version), an unreadable one is dropped.
    """

    key: ClassVar[str]
    version: ClassVar[int] = 1

    def body(self) -> dict[str, Any]:
        raise NotImplementedError

    @classmethod
    def from_body(cls, body: dict[str, Any], version: int) -> Self:
        raise NotImplementedError

    def to_json(self) -> dict[str, Any]:
        return {self.key: {**self.body(), "v": self.version}}

    @classmethod
    def read(cls, raw: dict[str, Any]) -> Self | None:
        body = raw.get(cls.key)
        if not isinstance(body, dict):
            return None
        try:
            return cls.from_body(body, of_type(body, "v", int, 0))
        except (KeyError, TypeError, ValueError):
            return None
