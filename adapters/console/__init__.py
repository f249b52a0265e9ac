"""Console adapter: a terminal chat, and the harness tests drive the engine through."""

from adapters.console.session import ConsoleSession, display, render

__all__ = ["ConsoleSession", "display", "render"]
