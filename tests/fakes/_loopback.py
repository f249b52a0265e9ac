"""Serving a fake's aiohttp application on loopback, the same way for every fake, and the
parts the scripted LLM API fakes share."""

from __future__ import annotations

import itertools
from collections import deque
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

from aiohttp import web

AnswerT = TypeVar("AnswerT")
RecordedT = TypeVar("RecordedT")


async def serve_on_loopback(app: web.Application, **options: Any) -> tuple[web.AppRunner, int]:
    """Serve `app` on 127.0.0.1 at a free port: the runner (clean it up to stop) and the port.

    `options` go to `web.AppRunner` (`access_log=None`, `shutdown_timeout=…`, …).
    """
    runner = web.AppRunner(app, **options)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner, runner.addresses[0][1]


class ScriptedAPI(Generic[AnswerT, RecordedT]):
    """What the LLM API fakes share: the responder, the keys they accept, the requests they
    recorded, the answers scripted for the next requests, ids, and the runner serving them."""

    def __init__(self, responder: Any, valid_keys: set[str] | None) -> None:
        self.responder = responder
        self.valid_keys = valid_keys  # None: any key
        self.requests: list[RecordedT] = []
        self.queue: deque[AnswerT] = deque()
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0

    def script(self, *answers: AnswerT) -> None:
        """Queue answers for the next requests, in order."""
        self.queue.extend(answers)

    def _route(self, router: web.UrlDispatcher) -> None:
        raise NotImplementedError  # each fake adds its endpoints

    async def start(self) -> None:
        app = web.Application()
        self._route(app.router)
        self._runner, self.port = await serve_on_loopback(
            app, access_log=None, shutdown_timeout=0.5
        )

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()
