"""The reply sent instead of coaching when crisis language is detected.

Resources first, warmly, then one gentle question; the bot says it is not a
crisis service and promises nothing the code does not do (the check-in on the
next turn belongs to the turn, which the caller owns).
"""

from __future__ import annotations

from engine.safety._kinds import CrisisCategory, CrisisSignal

CRISIS_RESOURCES = (
    "If you are in danger right now, please call your local emergency number "
    "(112 in Europe, 911 in the US and Canada, 999 in the UK, 000 in Australia).\n"
    "Free, confidential helplines in your country: https://findahelpline.com\n"
    "• US & Canada: call or text 988\n"
    "• UK & Ireland: Samaritans 116 123\n"
    "• Germany: TelefonSeelsorge 0800 111 0 111\n"
    "• France: 3114 · Spain: 024 · Netherlands: 113 (0800-0113)\n"
    "• Brazil: CVV 188 · Australia: Lifeline 13 11 14"
)

ABUSE_RESOURCES = (
    "For domestic abuse or sexual violence:\n"
    "• US: National Domestic Violence Hotline 1-800-799-7233\n"
    "• UK: National Domestic Abuse Helpline 0808 2000 247\n"
    "• Germany: Hilfetelefon Gewalt gegen Frauen 116 016"
)

_OPENINGS: dict[CrisisCategory, str] = {
    "suicide": (
        "I'm really sorry you're feeling this way. You don't have to go through it alone, "
        "and you deserve support right now from someone who can really help."
    ),
    "self_harm": (
        "Thank you for telling me — that takes courage. I'm sorry you're hurting, "
        "and you deserve support from someone who can really help."
    ),
    "abuse": (
        "I'm so sorry this is happening to you. It is not your fault, and you deserve to be safe."
    ),
}


_QUESTIONS: dict[CrisisCategory, str] = {
    "suicide": "Are you safe right now? Talking to one of the people above can really help.",
    "self_harm": "Are you safe right now? Talking to one of the people above can really help.",
    "abuse": (
        "Are you somewhere safe right now? The people above can help you plan what to do next."
    ),
}


# Someone else is at risk: the speaker is the one who can help, and may be shaken too.
_SOMEONE_ELSE_OPENING = (
    "That sounds frightening, and I'm glad you told me. You don't have to handle this alone: "
    "the people below also help anyone worried about someone else."
)
_SOMEONE_ELSE_QUESTION = (
    "If they might act on it soon, please call the emergency number for them and stay with "
    "them if you can. And how are you — are you safe right now?"
)


def crisis_reply(signal: CrisisSignal, resources: str | None = None) -> str:
    """Write the reply sent instead of coaching when crisis language is detected.

    Args:
        signal: what `detect_crisis` found.
        resources: the help text configured for this installation; None uses
            `CRISIS_RESOURCES` (plus `ABUSE_RESOURCES` for abuse).

    Returns:
        A short, warm message: one line of care, the help resources, then a gentle
        question. Coaching pauses for this turn.
    """
    if resources is None:
        resources = CRISIS_RESOURCES
        if signal.category == "abuse":
            resources = f"{CRISIS_RESOURCES}\n{ABUSE_RESOURCES}"
    opening, question = _OPENINGS[signal.category], _QUESTIONS[signal.category]
    if signal.someone_else:
        opening, question = _SOMEONE_ELSE_OPENING, _SOMEONE_ELSE_QUESTION
    return (
        f"{opening}\n\n{resources.strip()}\n\n"
        f"{question} "
        "I'm a coaching bot, not a crisis service, so I've set the coaching aside for now. "
        "Whenever you're ready, just write to me again."
    )
