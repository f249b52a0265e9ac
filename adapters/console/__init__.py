"""Console adapter: a terminal chat, and the harness tests drive the engine through."""

from adapters.console.session import ConsoleSession, render

__all__ = ["ConsoleSession", "render"]
