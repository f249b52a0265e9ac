"""Colleague connections: extended profiles, matching rules, double opt-in intros.

The engine's wiring uses only these names: `parse_connection_command` and
`handle_connection_command` for the chat commands, `handle_connection_action`
for clicks whose ref starts with `REF_PREFIX`, `run_round` for the weekly job,
and `CONNECTION_KINDS` / `connection_verdict` / `render_connection_nudge` in
the nudge dispatcher.
"""

from engine.connections.commands import ConnectionCommand, parse_connection_command
from engine.connections.delivery import Hold, Later, connection_verdict
from engine.connections.handlers import handle_connection_action, handle_connection_command
from engine.connections.intros import CONNECTION_KINDS, REF_PREFIX, render_connection_nudge
from engine.connections.matching import History, PairRecord, Proposal, propose_round
from engine.connections.profile import ProfileSnapshot
from engine.connections.rounds import ConnectionRules, RoundResult, run_round
from engine.connections.similarity import Overlap, Similarity, lexical_similarity

__all__ = [
    "CONNECTION_KINDS",
    "REF_PREFIX",
    "ConnectionCommand",
    "ConnectionRules",
    "History",
    "Hold",
    "Later",
    "Overlap",
    "PairRecord",
    "ProfileSnapshot",
    "Proposal",
    "RoundResult",
    "Similarity",
    "connection_verdict",
    "handle_connection_action",
    "handle_connection_command",
    "lexical_similarity",
    "parse_connection_command",
    "propose_round",
    "render_connection_nudge",
    "run_round",
]
