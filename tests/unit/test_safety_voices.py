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
    # Preparations and means in other words.
    "I've paid off all my debts so nobody inherits them",
    "cancelled all my subscriptions, won't need them after this week",
    "wrote letters to each of my kids and sealed them",
    "I've updated my will and told no one why",
    "deleted all my socials, tying up loose ends",
    "I've made sure the cat will be fed after I'm gone",
    "getting my affairs in order before the weekend, for good reasons",
    "I set the date. the 14th.",
    "told my best friend she can have my guitar, I won't be needing it",
    "I've said my goodbyes to everyone who matters",
    "this is my last message to anyone",
    "scheduled an email to my mum for the day after",
    "I've written down who gets what",
    "I cleaned the whole flat so nobody has to deal with a mess after",
    "all my passwords are in an envelope for my brother for when I'm gone",
    "gave my mum my rings and said I wanted her to have them now",
    "I bought the rope today",
    "the pills are lined up on my desk",
    "I've been saving my meds up for weeks",
    "checked which bridge has the lowest railing",
    "how long does it take to bleed out",
    "i got a date picked and everything is ready",
    "i just want to sleep and not come back",
    "sometimes i think about just driving into a wall",
    "everyone would move on quickly if i wasnt around",
    "i've been thinking i dont need to be here anymore",
    "cant do this anymore. i'm tapping out for good",
]

ORDINARY = [
    "I hope I won't be here tomorrow, the train is at 6",
    "my inbox is taking up space in the drive",
    "the best solution is for me to go part time",
    "my little sister threw a toy at me and hit me lol",
    "grandma is in hospice, we are saying goodbye today",
    "how many ibuprofen can I take for a bad headache",
    "bought a rope for climbing this weekend",
    "left a note on my manager's desk about the report",
    "the film ends with everyone dying, what a plot",
    "I want to run a 5k without wanting to die halfway",
    "queria sumir do trabalho hoje",
    "no quiero seguir aqui en esta empresa",
    "the doctor said the scan came back clear",
    "I'd like to join them for dinner tonight",
    "le ho regalato i miei vestiti vecchi, non mi servono piu",
    "I've paid off all my debts, feels amazing",
    "cancelled my subscriptions to save some money",
    "wrote letters to each of my kids for their graduation",
    "updated my will after the house purchase, the lawyer was great",
    "deleted all my socials for a digital detox month",
    "getting my affairs in order before the move abroad",
    "I set the date for the wedding! the 14th",
    "told my friend she can have my old guitar, I never play",
    "said my goodbyes at the leaving party",
    "scheduled an email to my manager for monday",
    "cleaned the whole flat before the inspection",
    "I bought the rope for the tent today",
    "how long does a cut take to heal",
    "I'm tapping out for tonight, see you tomorrow",
    "I'd love to sleep and not come back to work on monday",
    "we drove into a wall of traffic",
]


@pytest.mark.parametrize("text", CRISIS)
def test_another_authors_wording_of_a_crisis_class_is_caught(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", ORDINARY)
def test_the_same_words_in_an_ordinary_frame_stay_ordinary(text: str) -> None:
    assert detect_crisis(text) is None
