"""The `ChatGateway` of each platform a process can send to without serving it.

For `coachbot nudges tick` and other one-shot senders; derived from the channel
registry (`bot/channels.py`), like the worker's. Discord sends only through the
client a worker runs, so its people's nudges wait for such a worker.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from bot.bootstrap import Application
from bot.channels import build_channels, gateways_of
from engine.messages import Platform
from engine.ports import ChatGateway


@contextlib.asynccontextmanager
async def sending_gateways(app: Application) -> AsyncIterator[dict[Platform, ChatGateway]]:
    """The gateways of the channels configured for sending; closed on the way out."""
    async with contextlib.AsyncExitStack() as stack:
        yield gateways_of(build_channels(app, stack, serving=False))
