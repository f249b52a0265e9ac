"""A progress bar on stderr, so stdout stays clean for `--json`."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress


class Progress:
    def __init__(self, *, enabled: bool = True) -> None:
        self._bar = RichProgress(
            TextColumn("{task.description:<40}"),
            BarColumn(),
            TextColumn("{task.percentage:>3.0f}%"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=False,
            disable=not enabled,
        )

    def __enter__(self) -> Progress:
        self._bar.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._bar.stop()

    def task(self, description: str, total: float) -> TaskID:
        return self._bar.add_task(description, total=total)

    def update(self, task: TaskID, *, completed: float | None = None, advance: float = 0) -> None:
        if completed is not None:
            self._bar.update(task, completed=completed)
        elif advance:
            self._bar.advance(task, advance)

    def log(self, text: str) -> None:
        self._bar.console.print(text, markup=False, highlight=False)
