"""Point discord.py at another Discord (`DISCORD_API_URL`, the fake server in tests).

discord.py has two independent addresses, both class attributes:

* `discord.http.Route.BASE` — every REST call, including interaction callbacks
  and webhook follow-ups (the webhook adapter reuses the same `Route`).
* `discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY` — the websocket. A plain
  `discord.Client` never asks `GET /gateway/bot`; `DiscordWebSocket.from_client`
  falls back to this constant for the first connection, and the socket resets
  to it after an INVALID_SESSION. Resumes use READY's `resume_gateway_url`, which
  the other server supplies itself.

So after logging in (REST already points at the other server) we ask that
server's `GET /gateway/bot` and make its answer the default gateway. Both are
process-wide, like discord.py's own `_set_api_version`; `restore()` undoes them.
"""

from __future__ import annotations

import re

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

API_VERSION = 10
# People paste either the server root or the versioned REST base (`…/api/v10`, `…/api`).
_VERSIONED = re.compile(r"/api(?:/v\d+)?/*$")


def rest_base(api_url: str) -> str:
    """The versioned REST base for `DISCORD_API_URL`, whichever of the two forms it has."""
    root = _VERSIONED.sub("", api_url.strip()).rstrip("/")
    return f"{root}/api/v{API_VERSION}"


class ApiOverride:
    """Redirects discord.py's REST base and gateway address for the life of one client."""

    def __init__(self, api_url: str) -> None:
        self.rest_base = rest_base(api_url)
        self._saved_base = Route.BASE
        self._saved_gateway = DiscordWebSocket.DEFAULT_GATEWAY

    def apply_rest(self) -> None:
        """Call before login: login itself is `GET /users/@me`."""
        Route.BASE = self.rest_base

    async def apply_gateway(self, http: discord.http.HTTPClient) -> yarl.URL:
        """Ask the server which gateway to use (`GET /gateway/bot`) and make it the default."""
        _shards, url, _limits = await http.get_bot_gateway()
        gateway = yarl.URL(url)
        DiscordWebSocket.DEFAULT_GATEWAY = gateway
        return gateway

    def restore(self) -> None:
        Route.BASE = self._saved_base
        DiscordWebSocket.DEFAULT_GATEWAY = self._saved_gateway
