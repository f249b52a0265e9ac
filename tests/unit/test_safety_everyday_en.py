"""English crisis language in everyday words (`_lex_en_everyday`), and its ordinary look-alikes.

The messages here are in none of the corpus files; each crisis one was missed before the
everyday lexicon existed, and each ordinary one shares a class's words with it.
"""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis

CRISIS = [
    # A stance on not existing; a hope that something ends the speaker; a wait for the end.
    "I'd love to just not be a person anymore",
    "it'd be nice to not exist for a bit",
    "I've been thinking everyone would be happier if I just went away",
    "can't wait for this life to be over",
    "I'd welcome death honestly",
    "I'm not scared of dying anymore, I kind of look forward to it",
    "Maybe it's time I stopped fighting and let go for good",
    "I'm done. I'm just done. Goodnight forever.",
    "I've lost the will to live",
    "I want to quit life",
    "I don't want to do this life thing anymore",
    "I don't plan on being around for Christmas",
    "what if I just didn't come home tonight, ever",
    "at least with the insurance money I'd finally be worth something to them",
    # Means stared at or asked about.
    "I've been staring at the bottle of pills for an hour",
    "how many floors up do you need to be",
    # Farewell; harm to a parent and then to the speaker.
    "bye everyone. it was nice knowing you.",
    "my mum's boyfriend hits her and then me",
]

ORDINARY = [
    "I'd be fine if I dyed my hair pink",
    "waiting for the end lol this meeting",
    "sat at the edge of the pool for hours",
    "tell my mum I loved her present",
    "I have given up on life drawing classes",
    "rest for good measure",
    "which pills are most dangerous for dogs",
    "does hanging a picture hurt the wall",
    "I'm done with sugar forever",
    "I want to quit my life coaching course",
    "how to get the most out of life",
    "I'm not planning to be here next month, I'll be in Spain",
    "I don't plan on being around for the reunion, too awkward",
    "can't wait for this week to be over",
    "I'm looking forward to death metal night",
    "my boss saw my tweet, it was nice knowing you all lol",
    "life can go on without me at the party, I'm staying home",
    "how many floors does the new office have",
    "I lost the will to live during that 3 hour meeting lol",
    "I'd love to not be in meetings anymore",
    "how high is the Eiffel tower",
]


@pytest.mark.parametrize("text", CRISIS)
def test_everyday_crisis_language_is_caught(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", ORDINARY)
def test_its_ordinary_look_alikes_are_not(text: str) -> None:
    assert detect_crisis(text) is None
