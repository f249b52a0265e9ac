"""A phrase made harmless by its own sentence ("not wake up before ten") clears that sentence
only: a crisis said in another sentence of the same message is still caught."""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to wake up before ten. i want to kill myself",
        "I don't want to wake up before 10 on Saturday! Honestly I want to die.",
        "Not waking up before noon tomorrow, day off. But really I just want to end my life.",
        # the scene of one sentence (a kitchen, a beach) does not clear another's harm
        "made bread today. i cut my arms again last night",
        "cut my hand chopping onions. i cut my arms again last night",
        "I just want to disappear for a week to the beach. I want to disappear forever",
        # the same words again in a later sentence, unscoped there
        "i dont want to wake up before ten. honestly i dont want to wake up ever again",
    ],
)
def test_a_crisis_in_another_sentence_is_caught(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to wake up before ten. It's my day off and I'm sleeping in.",
        "i dont want to wake up before ten! its saturday. see you monday",
        # the scope may follow in the next sentence
        "I bought a rope on the way home today. for the climbing gym, finally signed up",
        "I cut my finger on the bread knife. Ouch.",
    ],
)
def test_the_scoped_sentence_alone_stays_ordinary(text: str) -> None:
    assert detect_crisis(text) is None


# The sentence before a phrase counts for one scope only: a death staked on losing a game.
@pytest.mark.parametrize(
    "text",
    [
        "We were playing the new horror game. I said I'd kill myself if I lost.",
        "we played mario kart all evening. i'll kill myself if i lose this round lol",
        "Estábamos jugando al FIFA. Dije que me mataba si perdía.",
        "I said I'd kill myself if I lost. It was a board game night with my cousins.",
    ],
)
def test_a_death_staked_on_a_game_told_before_stays_ordinary(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a game before, but nothing staked on it
        "We were playing the new horror game. I want to kill myself.",
        # a person or a job staked, not a game
        "We played games all night. I'll kill myself if I lose her.",
        "I'll kill myself if I lose my job",
        # the scene of the sentence before clears no other phrase
        "made bread today. i cut my arms again last night",
        "We went to the climbing gym. I bought a rope to hang myself.",
    ],
)
def test_a_game_in_the_sentence_before_clears_nothing_else(text: str) -> None:
    assert detect_crisis(text) is not None


def test_a_one_word_next_sentence_reaches_on_to_the_scene_after_it() -> None:
    # "zaterdag." alone does not end the scene: the invitations come next.
    party = "heb de datum gekozen. zaterdag. uitnodigingen voor het feest liggen klaar"
    assert detect_crisis(party) is None
    assert detect_crisis("heb de datum gekozen. zaterdag. ik heb een brief geschreven") is not None


@pytest.mark.parametrize(
    "text",
    [
        # a day off explains not waking tomorrow, not waking ever
        "I don't want to wake up. Ever. My alarm is broken anyway",
        "i don't want to wake up anymore, not even on my day off",
        # a trip explains a height asked about, not a height to survive
        "how high is the golden gate bridge? visiting in summer. high enough to not survive?",
    ],
)
def test_a_day_off_or_a_trip_does_not_clear_an_ending(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "tbh i just dont want to wake up tmrw, it's my day off and the alarm is off",
        "artık sabah 5'te uyanmak istemiyorum, vardiyamı değiştirdim",
        "wie hoch ist eigentlich die Golden Gate Bridge? wir fahren im Sommer nach San Francisco",
    ],
)
def test_a_day_off_or_a_trip_scopes_waking_and_heights(text: str) -> None:
    assert detect_crisis(text) is None
