"""Who to introduce to whom this round: pure rules over profile snapshots and history.

The rules, each checked for every pair proposed:
* never a person with themselves, never across workspaces;
* both opted in and available (the caller re-checks both at send time);
* never a pair proposed within the repeat window (default 12 weeks), never a
  pair where either declined the other, never a pair already connected;
* at most one new suggestion per person per round: people who already have a
  suggestion this round are left out, and the round itself is a matching (no
  person twice).

Pairs are scored by three reasons and the best reason names the suggestion:
`expertise_match` (one's challenge against the other's expertise and strengths),
`similar_challenge` (both working on alike things), `complementary_strengths`
(strength tags that do not overlap, with something in common to talk about).
The round is a greedy maximum-weight matching: best pairs first, ties broken by
user ids so a round is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from engine.connections.profile import ProfileSnapshot
from engine.connections.similarity import Overlap, Similarity, lexical_similarity

__all__ = [
    "MIN_SCORE",
    "History",
    "PairRecord",
    "Proposal",
    "eligible",
    "propose_round",
    "score_pair",
]

MIN_SCORE = 0.2
_COMPLEMENTARY_WEIGHT = 0.6  # a structural reason counts less than shared substance


@dataclass(frozen=True, slots=True)
class PairRecord:
    """A past suggestion between two people."""

    user_a: int
    user_b: int
    created_at: datetime
    round_key: str


@dataclass(frozen=True, slots=True)
class History:
    """What matching must remember: recent pairs, declines (decliner, declined), and
    pairs already connected (introduced once is enough, however long ago)."""

    suggestions: tuple[PairRecord, ...] = ()
    declines: frozenset[tuple[int, int]] = frozenset()
    connected: frozenset[frozenset[int]] = frozenset()


@dataclass(frozen=True, slots=True)
class Proposal:
    """One suggested pair; `first` has the smaller user id."""

    first: ProfileSnapshot
    second: ProfileSnapshot
    reason_type: str
    score: float
    terms: tuple[str, ...]
    # For expertise_match: the person whose challenge the other's expertise meets.
    seeker: int | None = None


def _text(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def _expertise_text(p: ProfileSnapshot) -> str:
    return _text(", ".join(p.expertise), p.strengths, p.role)


def score_pair(
    a: ProfileSnapshot, b: ProfileSnapshot, similarity: Similarity = lexical_similarity
) -> Proposal | None:
    """The best reason to introduce `a` and `b`, or None when none reaches `MIN_SCORE`."""
    first, second = (a, b) if a.user_id < b.user_id else (b, a)
    options: list[tuple[float, str, Overlap, int | None]] = []
    for seeker, expert in ((first, second), (second, first)):
        if seeker.challenge and _expertise_text(expert):
            found = similarity(seeker.challenge, _expertise_text(expert))
            options.append((found.score, "expertise_match", found, seeker.user_id))
    if first.challenge and second.challenge:
        found = similarity(first.challenge, second.challenge)
        options.append((found.score * 0.9, "similar_challenge", found, None))
    tags_a = {t.casefold() for t in first.strength_tags}
    tags_b = {t.casefold() for t in second.strength_tags}
    if tags_a and tags_b and not tags_a & tags_b:
        common = similarity(
            _text(first.department, first.challenge, _expertise_text(first)),
            _text(second.department, second.challenge, _expertise_text(second)),
        )
        score = _COMPLEMENTARY_WEIGHT * (0.5 + 0.5 * min(1.0, common.score))
        options.append((score, "complementary_strengths", common, None))
    if not options:
        return None
    score, reason, found, seeker_id = max(options, key=lambda o: (o[0], o[1]))
    if score < MIN_SCORE:
        return None
    return Proposal(first, second, reason, round(score, 4), found.terms, seeker_id)


def _blocked(history: History, now: datetime, repeat_window: timedelta) -> set[frozenset[int]]:
    blocked = {frozenset(d) for d in history.declines} | set(history.connected)
    for s in history.suggestions:
        if now - s.created_at < repeat_window:
            blocked.add(frozenset((s.user_a, s.user_b)))
    return blocked


def eligible(
    profiles: Iterable[ProfileSnapshot], history: History, round_key: str
) -> list[ProfileSnapshot]:
    """Opted-in, available people without a suggestion in this round yet."""
    taken = {
        u for s in history.suggestions if s.round_key == round_key for u in (s.user_a, s.user_b)
    }
    return [p for p in profiles if p.matchable and p.user_id not in taken]


def propose_round(
    profiles: Sequence[ProfileSnapshot],
    history: History,
    *,
    now: datetime,
    round_key: str,
    repeat_window: timedelta = timedelta(weeks=12),
    similarity: Similarity = lexical_similarity,
) -> list[Proposal]:
    """This round's suggestions (see the module docstring for the rules)."""
    pool = eligible(profiles, history, round_key)
    blocked = _blocked(history, now, repeat_window)
    candidates: list[Proposal] = []
    for i, a in enumerate(pool):
        for b in pool[i + 1 :]:
            if a.user_id == b.user_id or a.workspace != b.workspace:
                continue
            if frozenset((a.user_id, b.user_id)) in blocked:
                continue
            proposal = score_pair(a, b, similarity)
            if proposal is not None:
                candidates.append(proposal)
    candidates.sort(key=lambda p: (-p.score, p.first.user_id, p.second.user_id))
    used: set[int] = set()
    chosen: list[Proposal] = []
    for proposal in candidates:
        ids = (proposal.first.user_id, proposal.second.user_id)
        if used.isdisjoint(ids):
            used.update(ids)
            chosen.append(proposal)
    return chosen
