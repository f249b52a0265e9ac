"""Open questions: required items covered by keywords, and the scenario an answer fits."""

from __future__ import annotations

from engine.llm.offline import _text as t
from engine.llm.offline._phrases import MOVE_ON_OPEN, USAGE, last_try, say
from engine.llm.types import CoachRequest, CoachResult, RequiredItem


def _covers(item: RequiredItem, answer: str) -> bool:
    # Without keywords only an LLM could judge; any real answer counts.
    return t.matches_any(item.keywords, answer) if item.keywords else t.has_substance(answer)


def _scenario(req: CoachRequest, evasive: bool) -> tuple[str | None, str]:
    # The scenario whose keywords match most often wins; ties go to the earlier one, so
    # "didn't manage, too busy" is "not done" even though "manag" also suggests "done".
    chosen, best = None, 0
    for scenario in req.scenarios:
        hits = sum(1 for k in scenario.keywords if t.keyword_span(k, req.answer) is not None)
        if hits > best:
            chosen, best = scenario, hits
    if chosen is None:
        chosen = next((s for s in req.scenarios if s.key in ("default", "other")), None)
    if chosen is None:
        return None, ""
    if evasive or not chosen.response:
        return chosen.key, ""
    values = dict(req.known_fields)
    values["answer"] = t.clip(req.answer, 200)
    return chosen.key, t.fill_placeholders(chosen.response, values).strip()


def question(req: CoachRequest) -> CoachResult:
    """Check the required items an answer covers and pick the scenario it fits."""
    answer = req.answer.strip()
    evasive = t.is_non_answer(answer) or len(t.words(answer)) < 3
    classification, scenario_reply = _scenario(req, evasive)
    if not req.required:
        return _open_question(req, evasive, classification, scenario_reply)
    covered = [] if evasive else [i for i in req.required if _covers(i, answer)]
    missing = [i for i in req.required if i not in covered]
    done = [t.as_phrase(i.label) for i in covered]
    todo = t.join_labels([t.as_phrase(i.label) for i in missing])
    if not missing:
        reply = scenario_reply or say(req, "done", _DONE)
    elif last_try(req):
        reply = " ".join(
            p
            for p in (
                scenario_reply,
                say(req, "thanks", _THANKS),
                say(req, "move-on", _MOVE_ON).format(todo=todo),
            )
            if p
        )
    elif evasive:
        reply = say(req, "evasive", _EVASIVE).format(todo=todo)
    else:
        # The scenario's response is kept for when the answer is complete (or we move
        # on): it reacts to a whole answer and would read oddly before a follow-up.
        lead = (
            say(req, "covered", _COVERED).format(done=t.join_labels(done))
            if done
            else say(req, "thanks", _THANKS)
        )
        reply = f"{lead} {say(req, 'ask', _ASK).format(todo=todo)}"
    return CoachResult(
        reply=reply,
        complete=not missing,
        missing=tuple(i.key for i in missing),
        classification=classification,
        usage=USAGE,
    )


def _open_question(
    req: CoachRequest, evasive: bool, classification: str | None, scenario_reply: str
) -> CoachResult:
    if not evasive:
        reply = scenario_reply or say(req, "done", _DONE)
    elif last_try(req):
        reply = say(req, "move-on-open", MOVE_ON_OPEN)
    else:
        reply = say(req, "nudge", _NUDGE)
    return CoachResult(
        reply=reply, complete=not evasive, classification=classification, usage=USAGE
    )


_DONE = (
    "Thank you — that's really helpful.",
    "Great, thanks for sharing that.",
    "That gives me a clear picture — thank you.",
    "Thanks, that's a thoughtful answer.",
)
_THANKS = ("Thanks for sharing.", "Thank you for that.", "Thanks — that helps.")
_COVERED = (
    "Thanks — you've described {done}.",
    "Great, you've told me about {done}.",
    "That helps — you've covered {done}.",
)
_ASK = (
    "Could you also tell me about {todo}?",
    "What about {todo}?",
    "Could you add a few words about {todo}?",
)
_EVASIVE = (
    "No worries — take your time. Could you tell me a little about {todo}?",
    "That's okay. Even a rough first thought helps: what about {todo}?",
    "No pressure. Could you share a sentence or two about {todo}?",
)
_MOVE_ON = (
    "Let's keep going — we can come back to {todo} another time.",
    "That's enough to move on; {todo} can wait for later.",
    "We'll leave {todo} for now and carry on.",
)
_NUDGE = (
    "Could you say a little more? A sentence or two is plenty.",
    "I'd love to hear a bit more — what comes to mind?",
    "Take your time — could you add a few more words?",
)
