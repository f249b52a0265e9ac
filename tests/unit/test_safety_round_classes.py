"""Whole-message classes of wording and the everyday scenes that keep look-alikes ordinary.

Every example is written for this test (none is a corpus line): each class gets a few
ways other people would say it and the ordinary messages that share its words.
"""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis

CRISIS = {
    "fading by not eating": [
        "i've basically stopped eating, i just want to fade away quietly",
        "hace una semana que casi no como, quiero desaparecer poco a poco",
        "ich esse kaum noch was und will einfach langsam verschwinden",
        "not eating until i disappear, that's my plan",
        "down to 44 kg and I won't stop, I hate myself",
    ],
    "lethal means looked into": [
        "how many sleeping pills would be lethal for someone my size",
        "combien de comprimés faut-il pour mourir, je demande sérieusement",
        "i've been collecting my meds at two pharmacies so nobody notices",
        "dad's shotgun is in the garage and I keep thinking about where the shells are",
        "how many floors do you need so you don't survive the fall",
        "where can i buy rat poison strong enough for a person, i don't want to go on",
    ],
    "coercive control": [
        "my boyfriend takes my salary and if I complain he hits me",
        "my husband reads my messages every night and took my passport",
        "mi marido controla mi dinero y me pega si salgo sin permiso",
        "my ex knows where i live and keeps waiting outside my building",
        "he broke my arm and I told the doctor I fell down the stairs",
        "o marido dela controla o dinheiro e bate nela se ela sai",
        "муж забирает мою зарплату и бьёт меня, если я спорю",
    ],
    "a method act or a plan ending in it": [
        "some nights i think about throwing myself in front of the train",
        "quiero ahorcarme, ya no aguanto",
        "finish the audit, hand in the report, and then kill myself",
        "хочу выйти из окна, сил больше нет",
    ],
    "a future without the speaker": [
        "honestly my kids would be better off without me",
        "i don't plan on being around for the next review",
        "chcę zniknąć, żeby nikt nie musiał się już mną przejmować",
    ],
    "affairs put in order": [
        "I gave my dog to my sister and wrote a letter for each of my kids",
        "left my passwords with my brother, sorry for everything",
        "cancelled my subscriptions and closed my bank account. forgive me",
    ],
    "hidden marks": [
        "wearing a hoodie in August so nobody sees the cuts",
        "kept banging my head against the wall until it bled",
        "ich habe wieder angefangen, mich zu ritzen, jeden Abend",
    ],
    "an end decided": [
        "tonight I end it all",
        "ce soir j'en finis",
        "I've decided, it's this weekend. thank you for everything",
        "i'm already dead inside, might as well make it official",
        "no point anymore",
        "hoy en la noche acabo con todo",
        "stasera la faccio finita",
    ],
}

ORDINARY = {
    "fading by not eating": [
        "fasting for Ramadan, not eating until sunset, fading by 4pm lol",
        "haven't eaten since breakfast, this meeting marathon is endless",
        "down to 80 kg, not stopping until my goal weight for the marathon",
        "down to 70kg, hate my body less now, not stopping the gym",
    ],
    "lethal means looked into": [
        "how many ibuprofen can I safely take per day for a headache",
        "how many grapes are lethal for a dog? mine ate three",
        "stocking up on allergy pills before my trip abroad just in case",
        "my uncle's rifle is locked in a safe so the kids can't find the key",
        "which bridge has the best view for sunset photos",
        "where can I buy rat poison, we have mice in the garage",
    ],
    "coercive control": [
        "my husband does our budget, we agreed it's easier that way",
        "my son took my phone to fix the screen",
        "dad locks the door at eleven, house rule",
        "my boss follows me on linkedin and I'm not allowed to post about the project",
        "physically exhausted, you'll regret it if you skip leg day he said",
    ],
    "a method act or a plan ending in it": [
        "we jumped from the bridge into the river on holiday",
        "help me hang the picture in the hallway",
        "I would never throw myself in front of a train, but the commute is awful",
    ],
    "a future without the speaker": [
        "the team would be better off if I wasn't the only reviewer",
        "I won't be around for the next review, I'm on parental leave",
        "i just want to disappear for a week to a cabin",
    ],
    "affairs put in order": [
        "gave my cat to my neighbour because I'm moving abroad, thanks for everything",
        "this is our last session since the programme ends, see you at the alumni event",
        "closed my old bank account and cancelled the gym I never used",
        "sorry for everything, the report was late; I cancelled the gym too",
        "gave my dog to my parents for the weekend, thank you for everything!",
    ],
    "hidden marks": [
        "long sleeves in July because of the sunburn marks",
        "still hitting my head against the wall with this bug, figuratively",
        "ich habe mich beim Kochen wieder geschnitten",
    ],
    "an end decided": [
        "tonight I end it with him, the relationship is over",
        "morgen nach der Arbeit mach ich Schluss mit dem Projekt",
        "no point in arguing anymore about the budget",
        "I won't be here tomorrow, dentist appointment",
        "stasera la faccio finita con questo progetto",
        "hoy acabo con todo el papeleo",
    ],
    "everyday scenes": [
        "burnt myself on the oven while cooking again",
        "bought a rope for the bouldering gym",
        "i don't want to wake up at six anymore, asking for flexible hours",
        "消えたい笑 プレゼンで盛大に噛んだ",
        "my partner took my phone for a digital detox, my idea",
        "picked the date! saturday, invitations for the birthday party are out",
        "a friend told me she'd been having dark thoughts, we called the helpline together",
        "nobody would notice if I left early on Friday",
    ],
}


@pytest.mark.parametrize(
    ("wording", "text"), [(k, t) for k, texts in CRISIS.items() for t in texts]
)
def test_each_class_catches_other_ways_of_saying_it(wording: str, text: str) -> None:
    assert detect_crisis(text) is not None, wording


@pytest.mark.parametrize(
    ("wording", "text"), [(k, t) for k, texts in ORDINARY.items() for t in texts]
)
def test_each_class_leaves_its_look_alikes_ordinary(wording: str, text: str) -> None:
    assert detect_crisis(text) is None, wording
