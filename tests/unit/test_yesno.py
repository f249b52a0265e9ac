"""One yes/no word list: agreements and refusals in many languages, at three strictness levels,
and the pending question's versioned JSON."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from engine.commands.confirm import Answer, classify
from engine.connections.intros import typed_answer
from engine.pending_question import PendingQuestion
from engine.steps.goal_reply import GoalReply, read_goal_reply
from engine.steps.parsing import parse_yes_no
from engine.yesno import is_no, is_yes, read_yes_no, yes_no_with_detail

YESES = {
    "en": ["yes please", "sure", "ok", "yep", "go ahead", "Yeah!", "of course", "absolutely"],
    "pt": ["sim", "Sim, claro", "com certeza", "pode ser"],
    "es": ["sí", "Si", "claro", "vale", "por supuesto"],
    "fr": ["oui", "ouais", "bien sûr", "d'accord"],
    "de": ["ja", "Jawohl", "na klar", "genau", "ja bitte"],
    "it": ["sì", "certo", "va bene", "certamente"],
    "nl": ["ja", "zeker", "graag", "ja graag"],
    "pl": ["tak", "jasne", "pewnie", "oczywiście"],
}
NOS = {
    "en": ["no", "no thanks", "not now", "nope", "nah", "not really", "No."],
    "pt": ["não", "agora não", "não obrigado"],
    "es": ["no", "ahora no", "no gracias", "todavía no"],
    "fr": ["non", "pas maintenant", "non merci"],
    "de": ["nein", "jetzt nicht", "nein danke"],
    "it": ["no", "non ora", "no grazie"],
    "nl": ["nee", "niet nu", "nee dank je"],
    "pl": ["nie", "nie teraz", "nie dziękuję"],
}


@pytest.mark.parametrize(
    "text", [word for words in YESES.values() for word in words], ids=lambda t: t
)
def test_a_yes_in_eight_languages_is_a_yes_at_every_level(text: str) -> None:
    assert is_yes(text)
    assert read_yes_no(text) is True
    assert parse_yes_no(text) is True
    assert classify(text) is Answer.YES
    assert typed_answer(text, met=False) == "yes"


@pytest.mark.parametrize("text", [word for words in NOS.values() for word in words])
def test_a_no_in_eight_languages_is_a_no_at_every_level(text: str) -> None:
    assert not is_yes(text)
    assert is_no(text)
    assert read_yes_no(text) is False
    assert classify(text) is Answer.NO
    assert typed_answer(text, met=True) == "met:no"


@pytest.mark.parametrize("text", ["hmm, maybe not", "not sure", "maybe", "cancel", "wait"])
def test_a_hesitation_is_a_no_to_a_destructive_question(text: str) -> None:
    assert classify(text) is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        "status",
        "what happens to my answers?",
        "The small blue bowl I threw on Sunday, because its walls are even.",
        "hmm",
        "",
    ],
)
def test_anything_else_is_not_an_answer(text: str) -> None:
    assert classify(text) is Answer.OTHER


@pytest.mark.parametrize(
    ("text", "answer", "detail"),
    [
        ("yes, teaching, like at a bootcamp", True, "teaching, like at a bootcamp"),
        ("sim, com a minha equipa", True, "com a minha equipa"),
        ("ja, mit meinem Team", True, "mit meinem Team"),
        ("nie, za mało czasu", False, "za mało czasu"),
        ("yes", True, ""),
    ],
)
def test_a_yes_with_detail_keeps_the_detail(text: str, answer: bool, detail: str) -> None:
    assert yes_no_with_detail(text) == (answer, detail)
    assert not is_no(text) if answer else is_no(text)


@pytest.mark.parametrize("text", ["sim", "tak", "certo", "zeker", "ja, passt"])
def test_the_goal_is_kept_on_a_yes_of_the_shared_list(text: str) -> None:
    assert read_goal_reply(text) is GoalReply.KEEP


@pytest.mark.parametrize("text", ["nie", "nee", "não"])
def test_a_no_of_the_shared_list_asks_for_an_edit(text: str) -> None:
    assert read_goal_reply(text) is GoalReply.CHANGE


NOW = datetime(2026, 12, 2, 4, 0, tzinfo=UTC)


def test_a_pending_question_survives_its_json_and_expires() -> None:
    asked = PendingQuestion("switch", NOW, NOW + timedelta(minutes=15), {"program": "p"})
    again = PendingQuestion.from_json(asked.to_json())
    assert again == asked and asked.to_json()["v"] == 1
    assert asked.open_at(NOW + timedelta(minutes=14))
    assert not asked.open_at(NOW + timedelta(minutes=15))
    assert not asked.open_at(NOW + timedelta(days=7))


def test_the_state_kept_confirm_of_before_0015_loads_as_version_0() -> None:
    old = {"action": "restart", "expires": (NOW + timedelta(minutes=10)).isoformat()}
    loaded = PendingQuestion.from_json(old)
    assert loaded is not None and loaded.kind == "restart" and loaded.detail == {}
    assert loaded.expires_at == NOW + timedelta(minutes=10)


@pytest.mark.parametrize(
    "raw",
    [None, "restart", [], {}, {"v": 1, "kind": "restart"}, {"action": "x", "expires": "soon"}],
)
def test_an_unreadable_question_is_no_question(raw: object) -> None:
    assert PendingQuestion.from_json(raw) is None


@pytest.mark.parametrize("text", ["yeah nah", "yeh nah", "yep nah", "yeah naw", "yeah, nah"])
def test_yeah_nah_is_a_negated_yes_not_a_yes(text: str) -> None:
    # Australian / NZ "yeah nah" means no: a yes with a no after it is no yes (unclear),
    # and it holds back a destructive question.
    assert read_yes_no(text) is None
    assert not is_yes(text)
    assert is_no(text)
