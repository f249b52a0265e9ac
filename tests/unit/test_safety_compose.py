"""The compositional layer: meaning classes paired per clause, in many languages.

The messages here are in none of the corpus files; each was missed (or wrongly
flagged) before the layer existed.
"""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis

CRISIS = [
    # An ending of one's life with a wish, plan or search, in other words and languages.
    "ich wünsche mir manchmal, einfach tot umzufallen",
    "vorrei solo chiudere gli occhi e non riaprirli più",
    "w sumie to mogłabym już nie istnieć",
    "estoy harta de todo, me quiero ir de este mundo",
    "j'en peux plus, je veux partir pour toujours",
    "non ha più senso niente, voglio solo smettere di esistere",
    "my plan is to drive into the river after work",
    "i've stopped taking my meds and i'm hoping it just ends me",
    # Life refused, with a negated want, a "why" or tiredness, word order of each language.
    "ich hab keinen Bock mehr auf dieses Leben",
    "bu hayattan çok yoruldum, gitmek istiyorum artık",
    "main ab thak gaya hoon zindagi se",
    "أشعر أنه لا فائدة من الحياة",
    # Means kept or counted, heights, farewells, harm, starving, absence.
    "I've been collecting my prescriptions instead of taking them, for when I'm ready.",
    "我想从楼上跳下去",
    "أريد أن أرمي نفسي من الشرفة",
    "i dont think i'll make it to my birthday and honestly that's fine",
    "nobody would even notice if i stopped showing up to life",
    "il mio ragazzo mi ha stretto le mani al collo ieri sera",
    "estoy dejando de comer para desaparecer",
    "i cant keep doing this. i've decided, tonight's the last night",
]

ORDINARY = [
    # Vanishing to a place or for a while; ending a thing, not a life.
    "quero sumir pro litoral no feriado",
    "хочу исчезнуть из всех чатов на выходные",
    "i want to leave this world a better place for my kids",
    "quiero salir de este mundo del marketing",
    # Natural death, someone else's death, hyperbole after the ending.
    "i want to die on a beach at 95 surrounded by grandkids",
    "my grandma always said she wanted to die in her own bed",
    "quero morrer de tanto comer no natal",
    "voglio morire dalle risate con voi stasera",
    "i thought i was gonna die on the last hill of the race",
    "i'd rather not be here at 7am on a saturday but the team needs me",
    # Means and harm in ordinary frames.
    "we need enough rope to tie the tent down",
    "how many tablets of vitamin d should i take per day?",
    "i burned my arm on the oven again, so clumsy",
    "i haven't eaten since breakfast, dying for dinner",
    "it would be simpler if i died my hair black",
    "i'm tired of living paycheck to paycheck",
    "non voglio più vivere con i miei genitori",
]


@pytest.mark.parametrize("message", CRISIS)
def test_crisis_language_in_new_words_is_caught(message: str) -> None:
    assert detect_crisis(message) is not None


@pytest.mark.parametrize("message", ORDINARY)
def test_ordinary_messages_sharing_its_words_stay_ordinary(message: str) -> None:
    assert detect_crisis(message) is None


def test_the_compositional_layer_is_named_in_the_signal() -> None:
    signal = detect_crisis("ik wil er gewoon niet meer zijn, voorgoed weg")
    assert signal is not None
    assert signal.category == "suicide"
