"""`is_meta_reply`: questions and complaints about the bot, in several languages."""

from __future__ import annotations

import pytest

from engine.llm.offline._meta import is_meta_reply


@pytest.mark.parametrize(
    "text",
    [
        "what do you mean?",
        "what do you mean? I just told you",
        "I just told you what happened??",
        "isn't that a pattern?",
        "why are you asking again?",
        "you already asked me that",
        "does walking count?",
        "Do you mean at work or at home?",
        "o que você quer dizer?",
        "já te disse",
        "¿a qué te refieres?",
        "ya te lo dije",
        "qu'est-ce que tu veux dire ?",
        "je viens de te le dire",
        "was meinst du?",
        "hab ich dir doch gerade gesagt",
        "what are the options?",
        "any examples?",
        "such as?",
        "what would you suggest?",
        "I have no idea what to say",
        "why do you need that?",
        "what do you need it for?",
    ],
)
def test_meta_replies_are_recognised(text: str) -> None:
    assert is_meta_reply(text)


@pytest.mark.parametrize(
    "text",
    [
        "mastery obviously",
        "Maybe teaching? I've always loved explaining things.",
        "I'm an engineering lead, like I told you",
        "I don't understand why my manager ignores my ideas",
        "Why does it matter? Because I want to keep up with my kids.",
        "Is it bad that I mostly want more money?",
        "So what? I still want to run the marathon in May.",
        "any ideas how to sleep better would help, because I'm tired",
        "e.g. more sleep, because I'm tired",
        "",
        "?",
    ],
)
def test_answers_with_question_marks_are_not_meta(text: str) -> None:
    assert not is_meta_reply(text)
