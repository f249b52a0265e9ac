"""Classes read across the whole message from unseen17's misses (written fresh, not its text):
a means counted for an outcome or gathered covertly, absence wished in everyday words, a
goodbye with a reason, danger at home, harm again, a blow in other word orders."""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("how many of these sleeping tablets till i don't wake up", "suicide"),
        ("kaç tane uyku hapı içersem ölürüm", "suicide"),
        ("got paracetamol at four different pharmacies so nobody notices", "suicide"),
        ("they would all be happier if i wasn't here, i'm only a burden on them", "suicide"),
        ("ich bin doch nur eine Last für meine Eltern", "suicide"),
        ("disappearing seems easier lately", "suicide"),
        ("you won't hear from me again. take care coach", "suicide"),
        ("gave my cat to my neighbour, she doesn't know why. sorry for everything", "suicide"),
        ("всё, я решил. в пятницу.", "suicide"),
        ("he locked me in and took my phone", "abuse"),
        ("mijn ex schreef dat hij me neersteekt, zijn auto stond voor mijn deur", "abuse"),
        ("my mum's boyfriend comes into my room at night and she says i'm lying", "abuse"),
        ("gestern schlug er mich wieder, weil ich zu spät kam", "abuse"),
        ("burnt myself with the iron. again", "self_harm"),
        ("phir se blade chala di kal raat baah pe", "self_harm"),
    ],
)
def test_each_class_is_caught(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.category == category


@pytest.mark.parametrize(
    "text",
    [
        "how many ibuprofen can i take per day for a headache",
        "bought gifts in three different shops so nobody guesses the surprise",
        "the team would be calmer if i wasn't in that meeting",
        "disappearing for a weekend to the lake sounds better",
        "you won't hear from me for a week, i'm on holiday",
        "gave my cat to my sister while i'm on vacation",
        "sorry for everything i said at dinner",
        "my coach said he'll kill me if i'm late again lol",
        "my grandpa comes into my room at night to say goodnight",
        "he hit me with the ball in dodgeball haha",
        "burnt myself on the oven again, ouch",
        "changed the razor blade again, smooth shave",
        "heading to the bridge after work to take photos",
    ],
)
def test_their_look_alikes_stay_ordinary(text: str) -> None:
    assert detect_crisis(text) is None
