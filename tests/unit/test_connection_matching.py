"""The matching rules hold for any population and history (property tests with hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from engine.connections import History, PairRecord, ProfileSnapshot, propose_round
from engine.connections.intros import intro_text, why_line
from engine.connections.matching import score_pair
from engine.connections.rounds import round_key

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
ROUND = round_key(NOW)
WINDOW = timedelta(weeks=12)
WORKSPACES = ("slack:T1", "slack:T2", "discord:G1")
TOPICS = ("event sourcing", "kafka", "hiring", "kubernetes", "pricing", "onboarding", "swift")
TAGS = ("thinking", "planning", "acting", "feeling", "imagination")


@st.composite
def profiles(draw: st.DrawFn) -> list[ProfileSnapshot]:
    ids = draw(st.lists(st.integers(1, 40), min_size=0, max_size=24, unique=True))
    people = []
    for user_id in ids:
        challenge = draw(st.none() | st.sampled_from(TOPICS).map(lambda t: f"working on {t}"))
        people.append(
            ProfileSnapshot(
                user_id=user_id,
                workspace=draw(st.sampled_from(WORKSPACES)),
                department=draw(st.none() | st.sampled_from(("Platform", "Billing", "People"))),
                challenge=challenge,
                expertise=tuple(draw(st.lists(st.sampled_from(TOPICS), max_size=3, unique=True))),
                strength_tags=tuple(draw(st.lists(st.sampled_from(TAGS), max_size=2, unique=True))),
                availability=draw(st.sampled_from(("available", "available", "busy", "away"))),
                opt_in=draw(st.booleans()),
            )
        )
    return people


@st.composite
def histories(draw: st.DrawFn) -> History:
    pair = st.tuples(st.integers(1, 40), st.integers(1, 40)).filter(lambda p: p[0] != p[1])
    records = []
    for a, b in draw(st.lists(pair, max_size=30)):
        weeks_ago = draw(st.integers(0, 30))
        created = NOW - timedelta(weeks=weeks_ago, hours=draw(st.integers(0, 100)))
        records.append(PairRecord(min(a, b), max(a, b), created, round_key(created)))
    declines = frozenset(draw(st.lists(pair, max_size=15)))
    connected = frozenset(frozenset(p) for p in draw(st.lists(pair, max_size=10)))
    return History(tuple(records), declines, connected)


@settings(max_examples=300, deadline=None)
@given(population=profiles(), history=histories())
def test_every_proposal_follows_every_rule(
    population: list[ProfileSnapshot], history: History
) -> None:
    proposals = propose_round(population, history, now=NOW, round_key=ROUND, repeat_window=WINDOW)
    seen: list[int] = []
    this_round = {
        u for s in history.suggestions if s.round_key == ROUND for u in (s.user_a, s.user_b)
    }
    recent = {
        frozenset((s.user_a, s.user_b)) for s in history.suggestions if NOW - s.created_at < WINDOW
    }
    for p in proposals:
        a, b = p.first, p.second
        pair = frozenset((a.user_id, b.user_id))
        assert a.user_id != b.user_id, "never self"
        assert a.workspace == b.workspace, "never across workspaces"
        assert a.opt_in and b.opt_in, "opted-in people only"
        assert a.availability == b.availability == "available"
        assert pair not in recent, "not within the repeat window"
        assert (a.user_id, b.user_id) not in history.declines
        assert (b.user_id, a.user_id) not in history.declines
        assert pair not in history.connected
        assert not pair & this_round, "nobody gets a second suggestion this round"
        assert p.reason_type in ("expertise_match", "similar_challenge", "complementary_strengths")
        seen += [a.user_id, b.user_id]
    assert len(seen) == len(set(seen)), "at most one new suggestion per person per round"


@settings(max_examples=100, deadline=None)
@given(population=profiles(), history=histories())
def test_a_round_is_deterministic_and_the_input_order_does_not_matter(
    population: list[ProfileSnapshot], history: History
) -> None:
    first = propose_round(population, history, now=NOW, round_key=ROUND)
    again = propose_round(list(reversed(population)), history, now=NOW, round_key=ROUND)
    assert [(p.first.user_id, p.second.user_id) for p in first] == [
        (p.first.user_id, p.second.user_id) for p in again
    ]


@settings(max_examples=100, deadline=None)
@given(population=profiles())
def test_an_opted_out_person_is_never_proposed(population: list[ProfileSnapshot]) -> None:
    out = {p.user_id for p in population if not p.opt_in or p.availability != "available"}
    for p in propose_round(population, History(), now=NOW, round_key=ROUND):
        assert not {p.first.user_id, p.second.user_id} & out


def test_a_challenge_meets_the_other_persons_expertise() -> None:
    seeker = ProfileSnapshot(
        1, "slack:T1", challenge="migrating our billing service to event sourcing", opt_in=True
    )
    expert = ProfileSnapshot(
        2,
        "slack:T1",
        department="Platform",
        role="staff engineer",
        expertise=("event-sourcing migrations", "Kafka"),
        opt_in=True,
    )
    bystander = ProfileSnapshot(3, "slack:T1", expertise=("Swift",), opt_in=True)
    [proposal] = propose_round([seeker, expert, bystander], History(), now=NOW, round_key=ROUND)
    assert (proposal.first.user_id, proposal.second.user_id) == (1, 2)
    assert proposal.reason_type == "expertise_match" and proposal.seeker == 1
    assert "event sourcing" in proposal.terms
    text = intro_text(proposal, seeker)
    assert "a colleague in Platform (staff engineer) who knows" in text
    assert "they know about migrating" in why_line(proposal, seeker)


def test_similar_challenges_and_complementary_strengths_have_their_reasons() -> None:
    a = ProfileSnapshot(1, "w", challenge="hiring senior engineers fast", opt_in=True)
    b = ProfileSnapshot(2, "w", challenge="we are recruiting engineers", opt_in=True)
    similar = score_pair(a, b)
    assert similar is not None and similar.reason_type == "similar_challenge"
    c = ProfileSnapshot(3, "w", strength_tags=("thinking", "planning"), opt_in=True)
    d = ProfileSnapshot(4, "w", strength_tags=("acting", "feeling"), opt_in=True)
    complementary = score_pair(c, d)
    assert complementary is not None and complementary.reason_type == "complementary_strengths"
    assert "complement each other" in why_line(complementary, c)
    assert score_pair(c, ProfileSnapshot(5, "w", strength_tags=("thinking",))) is None
