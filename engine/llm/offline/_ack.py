"""Acknowledgements for check-ins, scales, choices, yes/no answers and content."""

from __future__ import annotations

import re

from engine.llm.offline import _text as t
from engine.llm.offline._phrases import USAGE, quotable, say
from engine.llm.types import CoachRequest, CoachResult, StepKind

_LOW_WORDS = re.compile(
    r"\b(?:bad|awful|terrible|tired|exhausted|stressed|sad|low|rough|anxious|overwhelmed|"
    r"down|meh|struggling|not (?:great|good|well)|burn(?:ed|t)? out|sick|worse|pain\w*|"
    r"hurt\w*|ache\w*|aching|injur\w*|ill|sore|grief|lonely|worried|scared)\b"
)
_HIGH_WORDS = re.compile(
    r"\b(?:great|good|amazing|excellent|happy|fantastic|awesome|wonderful|energi[sz]ed|"
    r"motivated|proud|better|well|yes|yeah|yep|done|finished|nailed)\b"
)
_NO_WORDS = re.compile(r"^\s*(?:no|nope|nah|not yet|not really|didn'?t|did not)\b")

_ACK: dict[str, tuple[str, ...]] = {
    "low": (
        "Thanks for being honest — that sounds hard. Be gentle with yourself; one small step "
        "is plenty today.",
        "I'm sorry it's a tough one. Noticing it is already something — take care of yourself.",
        "That sounds heavy. Thank you for checking in anyway; small steps still count.",
    ),
    "mid": (
        "Thanks for checking in — steady counts.",
        "Noted, thank you. Middle days are part of the journey.",
        "Thanks — showing up on an ordinary day is what builds the habit.",
    ),
    "steady": (  # a low-middle number (4–5 of 10): warm and steady, never upbeat
        "Thanks for being honest — somewhere in the middle. We'll take it steadily.",
        "Noted, thank you. A middling number is a fine place to start from.",
        "Thank you for saying so. We'll keep things small and steady.",
    ),
    "high": (
        "That's great to hear — keep that momentum going!",
        "Wonderful! Enjoy it — you've earned it.",
        "Love that. Nice work!",
    ),
    "no": (
        "That's okay — no judgement. What matters is the next small step.",
        "No problem. Tomorrow is a fresh chance.",
    ),
    "neutral": ("Thanks — noted.", "Got it, thank you.", "Thanks for letting me know."),
}
_CONTENT_ACK = (
    "Thanks for working through this — let's keep going.",
    "Great, on to the next part.",
    "Thanks! Let's carry on.",
)


def _level(req: CoachRequest) -> str:
    lowered = req.answer.casefold()
    number = t.first_number(lowered)
    if req.kind in (StepKind.CHECK_IN, StepKind.SCALE) and number is not None:
        out_of_100 = number > 10 or any(s in req.question for s in ("100", "%", "percent"))
        share = number / 100 if out_of_100 else number / 10
        if share <= 0.35:
            return "low"
        return "steady" if share <= 0.5 else "mid" if share <= 0.65 else "high"
    if _NO_WORDS.search(lowered):
        return "no"
    if _LOW_WORDS.search(lowered):
        return "low"
    if _HIGH_WORDS.search(lowered):
        return "high"
    return "neutral"


def acknowledge(req: CoachRequest) -> CoachResult:
    """A kind, short acknowledgement matched to how the answer sounds."""
    if req.kind == StepKind.CONTENT:
        return CoachResult(reply=say(req, "content", _CONTENT_ACK), complete=True, usage=USAGE)
    level = _level(req)
    reply = say(req, f"ack-{level}", _ACK[level])
    if req.kind == StepKind.CHOICE and req.answer.strip():
        if level == "neutral":
            reply = say(req, "choice", ("Good choice.", "Thanks!", "Great."))
        reply = f"Noted: {quotable(t.clip(req.answer.strip(), 60))}. {reply}"
    classification = "mid" if level == "steady" else level
    return CoachResult(reply=reply, complete=True, classification=classification, usage=USAGE)
