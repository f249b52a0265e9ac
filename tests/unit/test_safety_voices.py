"""English as other people write it (`_lex_en_voices`, `_lex_intl_voices`), and look-alikes.

The messages here are in none of the corpus files: each crisis message is another
author's wording of a class the detector missed in unseen8_en or unseen13 (not being
here in the morning, joining the dead, absence as the fix, a lethality question, a
cover story for giving things away, a threat tied to leaving); each ordinary one shares
a class's words in an ordinary frame (a train tomorrow, a toy, a hospice, a headache).
"""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis

CRISIS = [
    "some mornings I pray I won't be here tomorrow",
    "I hope I don't wake up in the morning",
    "wouldn't mind if I never opened my eyes again",
    "all my friends have passed and I want to be with them",
    "my wife is gone and I'm ready to join her",
    "I'm just wasting oxygen at this point",
    "the simplest solution is for me to disappear",
    "it'd be a relief if I never had to face another day",
    "I want to vanish off the face of the earth forever",
    "I wish god would just take me",
    "I'm tired of trying to stay alive",
    "I'd like to opt out of existing",
    "hoping the scan comes back with something terminal",
    "nobody will have to worry about me anymore",
    "how many floors would a fall need to be fatal",
    "what gas would kill a person in a closed room",
    "what happens if I take 30 of my sleeping pills",
    "I keep a blade in my drawer for when I'm ready",
    "how many tablets so I don't wake up",
    "I've written the songs for my funeral and hid them",
    "I've been giving stuff away, everyone thinks I'm just decluttering",
    "found a new home for my cat so she's not alone when I'm gone",
    "starving myself until I die",
    "he says he'll kill my dog if I leave",
    "if I ever leave he will find me",
    "I was hospitalised for suicide risk last year and the thoughts are back",
    "mi marido me ha dejado marcas y dice que exagero",
    "je me suis brulé le poignet exprès hier soir",
    "alles weggegeben, brauche ich eh nicht mehr",
    "z jakiej wysokosci trzeba skoczyc zeby umrzec",
]

ORDINARY = [
    "I hope I won't be here tomorrow, the train is at 6",
    "my inbox is taking up space in the drive",
    "the best solution is for me to go part time",
    "my little sister threw a toy at me and hit me lol",
    "grandma is in hospice, we are saying goodbye today",
    "how many ibuprofen can I take for a headache",
    "bought a rope for climbing this weekend",
    "left a note on my manager's desk about the report",
    "the film ends with everyone dying, what a plot",
    "I want to run a 5k without wanting to die halfway",
    "queria sumir do trabalho hoje",
    "no quiero seguir aqui en esta empresa",
    "the doctor said the scan came back clear",
    "I'd like to join them for dinner tonight",
    "le ho regalato i miei vestiti vecchi, non mi servono piu",
]


@pytest.mark.parametrize("text", CRISIS)
def test_another_authors_wording_of_a_crisis_class_is_caught(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", ORDINARY)
def test_the_same_words_in_an_ordinary_frame_stay_ordinary(text: str) -> None:
    assert detect_crisis(text) is None
