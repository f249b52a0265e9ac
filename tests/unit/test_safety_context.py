"""The context layer: whole-message frames, hyperbole about others, reported quotations.

The messages here are in none of the corpus files; each was missed (or wrongly
flagged) before the layer existed.
"""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis
from engine.safety._context import unquote_reported

CRISIS = [
    # A future absence with a horizon; a wish that everything end, with a finality.
    "you won't have to deal with me for much longer, promise",
    "i will not be a problem for my sister after this weekend, trust me",
    "honestly I just need all of it to end, permanently",
    "Part of me prays my heart gives out in my sleep.",
    # An absence others would be better for, any subject.
    "my flatmates would be happier if I wasn't around at all",
    "The grandchildren will manage fine once I'm gone, and that's soon.",
    # A letter to family and an apology in another sentence.
    "Left a note for my parents on the kitchen table. Please forgive me.",
    "I think I'm going to say goodbye to everyone this weekend. For good this time.",
    "I've been giving away my records and books. My friends won't understand why yet.",
    "aku sudah siapkan tali di kamar",
    "honestly i hope i get run over on the way home",
    "I've lived long enough. I'm ready to go.",
    "so my family doesn't have to deal with the bills after, i've sorted everything",
    "a guy online keeps forcing me to send pics and says he'll share them",
    "cant wait for the day im gone",
    # A relative who pushes or takes money, and fear.
    "My daughter grabs my arm and takes my cards. I am scared to say anything.",
    # Reported speech the speaker takes as their own.
    'that song that goes "i want to die" — that\'s how i feel every single day',
    # Hyperbole about someone else does not hide fear at home.
    "my dad is going to kill me when he gets home, he hits us when he's angry",
]

ORDINARY = [
    "I won't be around much longer today, leaving at 3 for the dentist and back in tomorrow",
    "the office would be fine without me for a day or two",
    "I just want it all to stop snowing so we can drive",
    "my supervisor is going to kill me, I overslept",
    "the exam will kill me, 40 pages to learn",
    'the trailer has that line "I want to die" and the music swells, so cheesy',
    'in the game the villain whispers "nobody would miss me" before the final fight',
    "I'm planning my exit from the startup, I've told the board",
    "someone asked if I'd considered hurting myself and I said no",
    "this is my last post in the channel, moving to the new workspace",
    "the team would be better off without me on this project, I'm not a good fit",
    "أريد أن أختفي من مواقع التواصل لمدة أسبوع",
    "I won't be around next week, off to a wedding in Spain",
    "can't wait for the day I'm not here anymore, this job is awful, I'm applying everywhere",
    "I've had enough of this meeting, I'd like to go now",
    "tonight's the night I end things with Jake, wish me luck",
    "I'll finish this marathon if it kills me",
    "the client makes me send photos of the site every day",
    "so nobody has to deal with it after the move, I labelled all the boxes",
    "my friend can have my old laptop, she doesn't know why I'm upgrading",
    "no future where I'm still around this company, honestly, I'm job hunting",
]


@pytest.mark.parametrize("text", CRISIS)
def test_frames_across_the_message_are_crisis(text: str) -> None:
    assert detect_crisis(text) is not None, text


@pytest.mark.parametrize("text", ORDINARY)
def test_their_ordinary_readings_are_not(text: str) -> None:
    assert detect_crisis(text) is None, text


def test_a_quotation_is_set_aside_only_with_a_medium_named() -> None:
    assert "die" not in unquote_reported('the film opens with "I want to die"')
    assert unquote_reported('I keep thinking "I want to die"') == 'I keep thinking "I want to die"'
