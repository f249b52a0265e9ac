"""Idiom, negation and frame guards: ordinary messages that borrow crisis words pass."""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis

IDIOMS = [
    "this deadline is killing me",
    "I could die of embarrassment",
    "shoot me an email when you can",
    "dead tired after the run",
    "we need to kill time before the meeting",
    "I'm dying to try it",
    "we have to cut the budget",
    "drop dead gorgeous dress",
    "the battery died on my phone",
    "you're killing it at work",
    "that cheesecake is to die for",
    "I'd kill for a coffee",
    "hang in there buddy",
    "let's bridge the gap between the teams",
    "my mum is going to kill me if I'm late",
    "killing myself laughing at this",
    "I overdosed on coffee this morning",
    "cross my heart and hope to die",
    "my plants would be better off without me",
    "she beat me at chess again",
    "er schlägt mich immer beim Tennis",
    "想死你了",
    "笑死我了",
    "死ぬほど疲れた",
    "me muero de risa",
    "je meurs de faim",
    "أموت من الضحك",
]

NEGATED = [
    "I'm not suicidal, just tired",
    "I would never kill myself",
    "I don't want to die before seeing Iceland",
    "no thoughts of self harm at all",
    "no me quiero morir todavía, quiero viajar",
    "我并不想死",
]

FRAMED = [
    "we watched a documentary about suicide",
    "the news story about a suicide on the metro was awful",
    "that move would be career suicide",
    "Suicide Squad is on Netflix tonight",
    "our self-harm awareness training is on Thursday",
    "the podcast was about domestic violence statistics",
    "il film parla di suicidio",
]


@pytest.mark.parametrize("text", IDIOMS)
def test_idioms_are_not_crisis(text: str) -> None:
    assert detect_crisis(text) is None, text


@pytest.mark.parametrize("text", NEGATED)
def test_negated_statements_are_not_crisis(text: str) -> None:
    assert detect_crisis(text) is None, text


@pytest.mark.parametrize("text", FRAMED)
def test_films_news_and_trainings_are_not_crisis(text: str) -> None:
    assert detect_crisis(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "this deadline is killing me and honestly i want to die",
        "after the documentary i keep thinking about killing myself",
        "I'm not okay. I want to die",
        "she beat me again last night",
    ],
)
def test_a_guard_never_hides_the_rest_of_the_message(text: str) -> None:
    assert detect_crisis(text) is not None, text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("being dead sounds peaceful to me right now", "suicide"),
        ("i'd be doing everyone a favour by not being here", "suicide"),
        ("i've stopped caring whether i wake up", "suicide"),
        ("i carved words into my thigh last night", "self_harm"),
        ("someone i live with hits me when he's angry", "abuse"),
        ("quisiera dormir para siempre, estoy cansada", "suicide"),
    ],
)
def test_paraphrases_are_caught_by_cue_pairs(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None, text
    assert signal.category == category


@pytest.mark.parametrize(
    "text",
    [
        "my cat scratched my arm",
        "my dad hit me with the car door by accident lol",
        "i burned my hand on the pan making dinner",
        "i'd rather die than go camping again lol",
        "i used to self harm but i've been clean for 5 years and i'm doing great",
    ],
)
def test_cue_pairs_respect_the_guards(text: str) -> None:
    assert detect_crisis(text) is None, text
