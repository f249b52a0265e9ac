"""Someone else who says they want to die is told with the same help: the person reaching out
needs the lines too. A character, a joke or a time long past is not."""

from __future__ import annotations

import pytest

from engine.safety import crisis_reply, detect_crisis

TOLD = [
    "my friend said she wants to kill herself tonight",
    "my flatmate told me he is going to kill himself",
    "my son says he wants to die",
    "a colleague told me she wants to end her life",
    "she's been talking about ending it for a month",
    "my brother keeps saying he wants to end it all",
    "mi hermana dice que se quiere matar",
    "mein Mitbewohner sagt, er will nicht mehr leben",
    "minha amiga disse que quer morrer",
    "la mia amica mi ha detto che vuole farla finita",
    "mon ami m'a dit qu'il veut en finir",
]
LOOK_ALIKES = [
    "my friend said she wants to die of embarrassment lol",
    "the song is about a guy who wants to die young",
    "my son says he wants to be a vet",
    "she said she wants to kill her boss lol",
    "my friend told me years ago she wanted to die, we got her help",
    "he says he wants to die on that hill",
    "my wife says she wants to end it with her book club",
    "my daughter says she'd die if she has to wear that dress",
]


@pytest.mark.parametrize("text", TOLD)
def test_someone_else_saying_they_want_to_die_is_caught(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.category == "suicide"


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_character_a_joke_or_a_past_told_is_not(text: str) -> None:
    assert detect_crisis(text) is None


def test_the_reply_speaks_to_helping_someone_else() -> None:
    told = detect_crisis("my flatmate told me he is going to kill himself")
    own = detect_crisis("i want to kill myself")
    assert told is not None and own is not None
    assert told.someone_else and not own.someone_else
    reply = crisis_reply(told)
    assert "worried about someone else" in reply and "stay with them" in reply
    assert "sorry you're feeling this way" not in reply
    assert "sorry you're feeling this way" in crisis_reply(own)
