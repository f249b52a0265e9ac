"""Commands about colleague introductions: `profile …`, `connections on|off`, `available`."""

from __future__ import annotations

from engine.commands.env import CommandEnv
from engine.connections import handle_connection_command, parse_connection_command
from engine.turn_state import Turn


async def connections(env: CommandEnv, turn: Turn, arg: str) -> None:
    command = parse_connection_command(arg)
    assert command is not None  # parse_command only names CONNECTIONS when it parses
    replies = await handle_connection_command(
        turn.conn,
        user_id=turn.person.user_id,
        identity=turn.message.identity,
        command=command,
        now=turn.now,
    )
    turn.say(*replies)
