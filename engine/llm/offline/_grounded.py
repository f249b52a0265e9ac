"""The offline coach's grounded replies: `ask` answers and conversation-step turns.

Both draw only on the passages the request carries. An answer quotes the sentences of
the best passages that share most words with the question; a conversation turn
reflects the person's words, adds what the best passage says about them, and asks one
open follow-up question (about a required item not yet covered, when there is one).
The conversation's objective is met when every required item is covered across the
person's turns; with no required items the offline coach never declares it met (the
step ends when the person says they're done, or at its last turn).
"""

from __future__ import annotations

from engine.knowledge.extractive import Candidate, on_topic, pick_sentences
from engine.llm.offline._prose import as_phrase, clip, pick
from engine.llm.offline._words import has_substance, matches_any
from engine.llm.types import CoachRequest, CoachResult, RequiredItem

NOTHING = "I don't have material on that."
_FOLLOW_UPS = (
    "What feels like the smallest step you could take first?",
    "What would make this a little easier for you?",
    "What else is getting in the way?",
    "How would you know things are moving in the right direction?",
    "Who or what could help you with this?",
)
_REFLECT = ("You said: “{}”.", "I hear you: “{}”.", "So — “{}”.")


def ask_answer(req: CoachRequest) -> CoachResult:
    """Two to five sentences quoted from the passages on the question's topic, and the
    ids of those quoted (what the reply cites)."""
    best = req.passages[:3]
    keep = on_topic(
        req.answer, [Candidate(p.text, p.relevance, p.document, p.section) for p in best]
    )
    picked = pick_sentences(req.answer, [p.text for p in best], only=keep)
    if not picked:
        return CoachResult(reply=NOTHING, complete=True)
    used = tuple(dict.fromkeys(best[i].id for i, _ in picked))
    return CoachResult(
        reply=" ".join(sentence for _, sentence in picked), complete=True, sources=used
    )


def _covered(item: RequiredItem, texts: list[str]) -> bool:
    if not item.keywords:
        return any(has_substance(t) for t in texts)
    return any(matches_any(item.keywords, t) for t in texts)


def conversation_turn(req: CoachRequest) -> CoachResult:
    """Reflect, add the best passage's point, ask one open question; judge the objective."""
    said = [e.text for e in req.history if e.role == "user"] + [req.answer]
    missing = tuple(r.key for r in req.required if not _covered(r, said))
    turn = len(said)
    parts = []
    if has_substance(req.answer):
        parts.append(pick(_REFLECT, req.step_key, turn).format(clip(req.answer, 140).rstrip(".!")))
    else:
        parts.append("Take your time.")
    sources: tuple[str, ...] = ()
    if req.passages:
        best = req.passages[0]
        quoted = pick_sentences(req.answer, [best.text], most=2, max_chars=320)
        if quoted:
            parts.append(" ".join(s for _, s in quoted) + f" (from *{best.document}*)")
            sources = (best.id,)
    complete = bool(req.required) and not missing
    if missing:
        label = next(r.label for r in req.required if r.key == missing[0])
        parts.append(f"Could you tell me more about {as_phrase(label)}?")
    elif not complete:
        parts.append(pick(_FOLLOW_UPS, req.step_key, turn))
    return CoachResult(reply=" ".join(parts), complete=complete, missing=missing, sources=sources)
