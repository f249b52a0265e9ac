"""Shapes read across a whole message, and the scopes that make a phrase ordinary.

The messages here are in none of the corpus files: each crisis message is another
wording of a class the detector missed on fresh sets (a bare answer to a coaching
question, a means kept "just in case", a preparation closed with "it's time", money
taken by family, passive ideation in everyday words, a method question in another
language, leaving told in ordinary words, a partner's threat); each ordinary one
shares the class's words in an ordinary frame (a time, a group chat, a video game,
a stated purpose, a sibling's joke).
"""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis

CRISIS = [
    "Honestly? Never waking up again.",
    "Franchement ? Ne plus jamais me réveiller.",
    "Success this week would be to not exist, tbh",
    "I've put my old tablets in a shoebox under the bed, just in case",
    "guardo las pastillas de la receta vieja, por si las moscas",
    "Left a letter for each of my children next to the will. It's time.",
    "Написал письма детям и положил рядом с завещанием. Пора.",
    "My granddaughter took my savings card and pushes me when I ask for it",
    "Mein Sohn nimmt mir das Geld weg und schubst mich, wenn ich frage",
    "honestly i'd be fine if a lorry hit me tomorrow",
    "if i just vanished next week no one at uni would even notice",
    "wat is de snelste manier om pijnloos dood te gaan",
    "z którego piętra trzeba skoczyć, żeby nie przeżyć",
    "gave my rabbit to the neighbours, I won't be around to look after him",
    "I pray every night that the Lord takes me in my sleep",
    "mi novio dice que me va a matar si lo dejo",
    "sarebbe tutto più semplice se io non esistessi",
]
ORDINARY = [
    "Honestly? Never waking up before 9 on a Sunday.",
    "Franchement ? Ne plus me réveiller à six heures.",
    "Success this week would be to not exist in meetings, tbh",
    "I've put my old tablets in a shoebox to take back to the pharmacy for disposal",
    "guardo las pastillas para la alergia en el bolso, por si las moscas",
    "Wrote the thank-you letters for my children's teachers. It's time for bed.",
    "My granddaughter takes my savings card to the bank for me and helps me with forms",
    "honestly i'd be fine if the lorry came late tomorrow, I'm not home till 5",
    "if i just vanished from the group chat next week no one would even notice lol",
    "wat is de snelste manier om Nederlands te leren",
    "gave my rabbit to the neighbours for the holidays, I'm away next week",
    "I pray every night that the Lord keeps my grandchildren safe",
    "my sister says she'll kill me if I spoil the finale haha",
    "jumping off the roof in minecraft is always fatal lol",
    "my cousin smashed me 6-0 at fifa last night",
    "lowkey wish i could stop existing in the work group chat",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_in_whole_message_shapes_is_detected(text: str) -> None:
    assert detect_crisis(text) is not None, text


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alikes_in_a_small_scope_stay_ordinary(text: str) -> None:
    assert detect_crisis(text) is None, text
