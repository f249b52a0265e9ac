"""Crisis detection, crisis replies and mention neutralisation."""

from __future__ import annotations

import pytest

from engine.safety import (
    ABUSE_RESOURCES,
    CRISIS_RESOURCES,
    CrisisSignal,
    crisis_reply,
    detect_crisis,
    neutralise_mentions,
)

CRISIS: list[tuple[str, str]] = [
    # English
    ("I want to kill myself", "suicide"),
    ("i dont want to be alive anymore", "suicide"),
    ("I don't want to live anymore", "suicide"),
    ("thinking about ending it all", "suicide"),
    ("Sometimes I think I'd be better off dead", "suicide"),
    ("I've been having suicidal thoughts", "suicide"),
    ("I'm thinking about suicide", "suicide"),
    ("I just want to die", "suicide"),
    ("I wish I was dead", "suicide"),
    ("there is nothing to live for", "suicide"),
    ("I want to end my life", "suicide"),
    ("everyone would be better off without me", "suicide"),
    ("I'm going to take all my pills tonight", "suicide"),
    ("I want to K1LL MYSELF", "suicide"),
    ("i want to ki11 mys3lf", "suicide"),
    ("I want to kill\u200b myself", "suicide"),
    ("I can't go on anymore", "suicide"),
    ("I don't see the point in living", "suicide"),
    ("life isn't worth living", "suicide"),
    ("I'm thinking of hurting myself", "self_harm"),
    ("my husband hurts me when he drinks", "abuse"),
    ("my boyfriend is violent", "abuse"),
    ("ich bring mich um", "suicide"),
    ("ich wäre lieber tot", "suicide"),
    ("me quiero matar", "suicide"),
    ("j'ai envie de crever", "suicide"),
    ("não aguento mais viver", "suicide"),
    ("ik wil er een eind aan maken", "suicide"),
    ("I've been cutting myself", "self_harm"),
    ("I self-harm when it gets bad", "self_harm"),
    ("I have the urge to hurt myself", "self_harm"),
    ("I cut myself again last night", "self_harm"),
    ("my partner hits me", "abuse"),
    ("My husband beat me last night", "abuse"),
    ("my boyfriend keeps hitting me", "abuse"),
    ("I think I'm in an abusive relationship", "abuse"),
    ("I was raped last year", "abuse"),
    ("my dad threatened to kill me", "abuse"),
    ("I'm afraid to go home", "abuse"),
    ("domestic violence", "abuse"),
    # German
    ("ich will nicht mehr leben", "suicide"),
    ("Ich möchte mich umbringen", "suicide"),
    ("ich habe Suizidgedanken", "suicide"),
    ("ich ritze mich wieder", "self_harm"),
    ("Mein Mann schlägt mich", "abuse"),
    ("Häusliche Gewalt ist bei uns Alltag", "abuse"),
    # French
    ("je veux mourir", "suicide"),
    ("J'ai envie de me suicider", "suicide"),
    ("je pense à mettre fin à mes jours", "suicide"),
    ("je me scarifie depuis des mois", "self_harm"),
    ("mon mari me frappe", "abuse"),
    # Spanish
    ("quiero suicidarme", "suicide"),
    ("no aguanto más, me quiero morir", "suicide"),
    ("no quiero seguir viviendo", "suicide"),
    ("quiero quitarme la vida", "suicide"),
    ("tengo ganas de cortarme", "self_harm"),
    ("mi esposo me pega", "abuse"),
    # Portuguese
    ("quero morrer", "suicide"),
    ("eu não quero mais viver", "suicide"),
    ("estou pensando em me matar", "suicide"),
    ("meu marido me bate", "abuse"),
    # Dutch
    ("ik wil dood", "suicide"),
    ("ik denk aan zelfmoord", "suicide"),
    ("ik wil niet meer leven", "suicide"),
    ("mijn man slaat me", "abuse"),
    # Italian
    ("voglio morire", "suicide"),
    ("a volte penso di farla finita", "suicide"),
    ("non voglio più vivere", "suicide"),
    ("mio marito mi picchia", "abuse"),
    ("ho pensieri di autolesionismo", "self_harm"),
]

BENIGN = [
    "I need to kill time before the meeting",
    "this deadline is killing me",
    "that was a killer presentation",
    "my knees are killing me after the run",
    "I'm dying to try that new cafe",
    "she looked drop dead gorgeous",
    "kill the process and restart it",
    "I could kill for a coffee",
    "the suspense is killing me",
    "I'd love a shot at the title",
    "we watched the Suicide Squad movie",
    "that would be career suicide",
    "I don't want to live in Berlin forever",
    "I forgot to take my pills this morning",
    "I cut myself while cooking yesterday",
    "I keep burning myself out at work",
    "she beat me at chess again",
    "they beat us in the final",
    "he hit me up about the project",
    "my boss hits me with deadlines every friday",
    "I shot myself in the foot with that email",
    "I'm going to die of embarrassment",
    "ich will heute früher Feierabend machen",
    "ce projet va me tuer",
    "j'ai envie de me couper les cheveux",
    "quiero acabar con todo el trabajo hoy",
    "mi jefe me va a matar si llego tarde",
    "quero cortar o cabelo amanhã",
    "ik wil dit project afronden",
    "voglio finire il progetto entro venerdì",
    "I ran 10 km and I'm dead tired",
    "the printer died again",
    "he hurt my feelings in the meeting",
    "my boss threatened to fire me",
    "this bug is not worth it",
    "I see no point in this meeting",
]


@pytest.mark.parametrize(("text", "category"), CRISIS)
def test_crisis_phrases_are_detected(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None, text
    assert signal.category == category
    assert signal.phrase


@pytest.mark.parametrize("text", BENIGN)
def test_ordinary_sentences_are_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None


def test_corpus_sizes() -> None:
    assert len(CRISIS) >= 40
    assert len(BENIGN) >= 25


def test_empty_text_is_not_a_crisis() -> None:
    assert detect_crisis("") is None
    assert detect_crisis("   \u200b ") is None


def test_crisis_reply_uses_default_resources() -> None:
    reply = crisis_reply(CrisisSignal(category="suicide", phrase="kill myself"))
    assert "findahelpline.com" in reply
    assert CRISIS_RESOURCES in reply
    assert ABUSE_RESOURCES not in reply


def test_crisis_reply_for_abuse_adds_abuse_lines() -> None:
    reply = crisis_reply(CrisisSignal(category="abuse", phrase="partner hits me"))
    assert ABUSE_RESOURCES in reply
    assert "not your fault" in reply


def test_crisis_reply_uses_configured_resources() -> None:
    reply = crisis_reply(CrisisSignal(category="self_harm", phrase="x"), "Call 555-0100.")
    assert "Call 555-0100." in reply
    assert "findahelpline" not in reply


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hey <!channel> look", "hey @\u200bchannel look"),
        ("<!here> now", "@\u200bhere now"),
        ("<!here|here> now", "@\u200bhere now"),
        ("<!everyone>", "@\u200beveryone"),
        ("ping <!subteam^S123|@designers>", "ping @\u200bdesigners"),
        ("ping <!subteam^S123>", "ping @\u200bgroup"),
        ("@everyone look", "@\u200beveryone look"),
        ("hi @here", "hi @\u200bhere"),
        ("role <@&123456789>", "role @\u200brole"),
        ("thanks <@U123ABC> and <@!42>", "thanks <@U123ABC> and <@!42>"),
        ("mail me at anna@heresy.org", "mail me at anna@heresy.org"),
    ],
)
def test_mentions_are_neutralised(text: str, expected: str) -> None:
    assert neutralise_mentions(text) == expected


def test_control_characters_are_stripped_but_newlines_kept() -> None:
    assert neutralise_mentions("a\x00b\x07c\r\nd\te\u202eF") == "abc\nd\teF"


def test_long_text_is_capped_with_ellipsis() -> None:
    out = neutralise_mentions("x" * 5000)
    assert len(out) == 3000
    assert out.endswith("…")
    assert neutralise_mentions("abcdef", max_len=4) == "abc…"
    assert neutralise_mentions("abcd", max_len=4) == "abcd"
