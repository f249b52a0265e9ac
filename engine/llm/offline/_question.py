"""Open questions: required items covered across attempts, meta-replies, the scenario fit.

Coverage never goes backwards: the items earlier attempts covered (`request.covered`,
from the coaching context) stay covered, and this answer can only add to them. A
question or complaint about the question ("what do you mean?", "I just told you") is
answered, not judged: the question is put another way with what was understood so far.
"""

from __future__ import annotations

import re

from engine.llm.offline import _text as t
from engine.llm.offline._coverage import covers, direct_answer
from engine.llm.offline._meta import is_meta_reply
from engine.llm.offline._phrases import MOVE_ON_OPEN, USAGE, last_try, say
from engine.llm.offline._prose import reflect
from engine.llm.types import CoachRequest, CoachResult, RequiredItem

_COMPLAINT = re.compile(
    r"told|said|already|again|answered|listen|read|disse|falei|dije|dit|gesagt|"
    r"detto|gezegd|keep asking|same question"
)


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


def covered_items(req: CoachRequest, answer: str) -> list[RequiredItem]:
    """The required items covered so far: earlier attempts' and this answer's.

    When one item is left to cover, this answer was asked for it: a short, direct
    answer covers it ("Spanish" after "every morning before work").
    """
    only = len([i for i in req.required if i.key not in req.covered]) == 1
    return [
        i
        for i in req.required
        if i.key in req.covered or covers(i, answer, only_item=only, topic=_topic(req, i))
    ]


def _topic(req: CoachRequest, item: RequiredItem) -> frozenset[str]:
    """The keywords `item` shares with the step's other items."""
    others = {k.casefold() for i in req.required if i.key != item.key for k in i.keywords}
    return frozenset(k.casefold() for k in item.keywords if k.casefold() in others)


def _earlier_words(req: CoachRequest) -> str | None:
    said = [e.text for e in req.history if e.role == "user" and not is_meta_reply(e.text)]
    return said[-1] if said else None


def meta_reply(req: CoachRequest) -> CoachResult:
    """Answer a question about the question: say it another way, show what we have."""
    covered = [i for i in req.required if i.key in req.covered]
    missing = [i for i in req.required if i not in covered]
    complaint = _COMPLAINT.search(req.answer.casefold()) is not None
    parts = [
        "You're right — sorry, I should have taken that in."
        if complaint and req.history
        else "Sorry, I wasn't clear."
    ]
    earlier = _earlier_words(req)
    if covered:
        done = t.join_labels([t.as_phrase(i.label) for i in covered])
        parts.append(
            f"So far I understand {done}" + (f" (“{t.clip(earlier, 80)}”)." if earlier else ".")
        )
    elif earlier:
        parts.append(f"So far I understand: “{t.clip(earlier, 80)}”.")
    if missing:
        todo = t.join_labels([t.as_phrase(i.label) for i in missing])
        lead = "What I'm still missing is" if covered else "What I'm asking about is"
        parts.append(f"{lead} {todo} — a sentence in your own words is enough.")
    else:
        parts.append(f"The question was: {t.clip(req.question.strip(), 200)}")
        parts.append("Any honest answer works; a sentence is enough.")
    return CoachResult(
        reply=" ".join(parts),
        complete=False,
        missing=tuple(i.key for i in missing),
        meta=True,
        usage=USAGE,
    )


def question(req: CoachRequest) -> CoachResult:
    """Check the required items an answer covers and pick the scenario it fits."""
    answer = req.answer.strip()
    if is_meta_reply(answer):
        return meta_reply(req)
    non_answer = t.is_non_answer(answer)
    if not req.required:
        evasive = non_answer or not direct_answer(answer)
        return _open_question(req, evasive, *_scenario(req, evasive))
    covered = [] if non_answer and not req.covered else covered_items(req, answer)
    missing = [i for i in req.required if i not in covered]
    classification, scenario_reply = _scenario(req, non_answer)
    todo = t.join_labels([t.as_phrase(i.label) for i in missing])
    if not missing:
        reply = scenario_reply or reflect(req, answer)
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
    elif non_answer:
        reply = say(req, "evasive", _EVASIVE).format(todo=todo)
    else:
        # The scenario's response is kept for when the answer is complete (or we move
        # on): it reacts to a whole answer and would read oddly before a follow-up.
        done = t.join_labels([t.as_phrase(i.label) for i in covered])
        lead = (
            say(req, "covered", _COVERED).format(done=done)
            if covered
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
        reply = scenario_reply or reflect(req, req.answer)
    elif last_try(req):
        reply = say(req, "move-on-open", MOVE_ON_OPEN)
    else:
        reply = say(req, "nudge", _NUDGE)
    return CoachResult(
        reply=reply, complete=not evasive, classification=classification, usage=USAGE
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
    "Let's keep going — if {todo} comes to mind later, just tell me.",
    "That's enough to move on; {todo} can wait for later.",
    "We'll leave {todo} for now and carry on.",
)
_NUDGE = (
    "Could you say a little more? A sentence or two is plenty.",
    "I'd love to hear a bit more — what comes to mind?",
    "Take your time — could you add a few more words?",
)
