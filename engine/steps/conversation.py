"""`conversation`: an open coaching dialogue grounded in the knowledge base (seeds 001, 002).

Each of the person's turns is one coach call carrying the passages found for what they
wrote (only the step's `knowledge` categories); the coach answers from them and asks
one open follow-up question. The dialogue ends when the objective is met (the coach's
`complete`, not before `min_turns`), when the person says they're done (any turn, in
several languages), or after `max_turns`. Then a summary in the person's own words is
shown and stored with the passages used, and a 1–5 rating is asked: a number in range is
stored, any other answer skips it — either way the program moves on.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from engine.llm.types import CoachResult, Exchange, JudgementRules, StepKind
from engine.messages import Reply
from engine.programs.model import ConversationStep, StepSpec
from engine.steps._explain import the_question
from engine.steps.base import (
    Attempt,
    BaseStepType,
    ConversationRecord,
    Judgement,
    Need,
    StepOutcome,
    StepView,
    required_items,
)
from engine.steps.state import ConversationProgress

MAX_KEPT = 1000  # characters of each exchange kept in the step's state
RATE_QUESTION = (
    "How helpful was this conversation for you, from 1 (not at all) to 5 (very)?"
    " Any other answer skips the rating."
)
SUMMARY_INTRO = "Here's what you said, in your own words:"
_DONE = re.compile(
    r"\b(?:that'?s (?:all|it)|i'?m done|i am done|i'?m finished|we'?re done"
    r"|nothing (?:else|more)|no(?:thing)? more to (?:add|say)|let'?s (?:stop|wrap up|end)"
    r"|stop here|enough for (?:now|today)"
    r"|c'?est tout|j'?ai (?:fini|terminé)|rien d'?autre|das war'?s|das wars|ich bin fertig"
    r"|mehr nicht|eso es todo|he terminado|ya está|nada más|è tutto|ho finito|basta così"
    r"|é tudo|terminei|dat was het|ik ben klaar)\b|^\s*(?:done|finished|fini|fertig|listo|klaar)"
    r"\s*[.!]*\s*$",
    re.IGNORECASE,
)
_RATING = re.compile(r"^\s*([1-5])(?:\s*(?:/|out of|of)\s*5)?(?:\s*(?:stars?|\.|!))?\s*$", re.I)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def says_done(text: str) -> bool:
    """A short message that ends the conversation ("that's all", "ich bin fertig", …)."""
    return len(text.split()) <= 8 and _DONE.search(text) is not None


def read_rating(text: str) -> int | None:
    """1–5 from "4", "4/5", "4 out of 5", "four"; anything else is None (skipped)."""
    match = _RATING.match(text)
    if match:
        return int(match.group(1))
    return _WORDS.get(text.strip().strip(".!").casefold())


def summarise(said: list[str], *, most: int = 4) -> str:
    """Up to `most` of the person's own sentences, one per turn, longest turns kept."""
    lines = []
    for text in said:
        if says_done(text) or len(text.split()) < 3:
            continue
        first = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))[0]
        lines.append(first if len(first) <= 240 else first[:239].rsplit(" ", 1)[0] + "…")
    if len(lines) > most:
        keep = sorted(sorted(range(len(lines)), key=lambda i: -len(lines[i]))[:most])
        lines = [lines[i] for i in keep]
    return "\n".join(f"• “{line}”" for line in lines)


def _spec(view: StepView) -> ConversationStep:
    assert isinstance(view.step, ConversationStep)
    return view.step


def _progress(view: StepView) -> ConversationProgress:
    if isinstance(view.state, ConversationProgress):
        return view.state
    now = view.now or datetime.now(UTC)
    return ConversationProgress(started_at=now.isoformat())


def _instructions(spec: ConversationStep, turn: int) -> str:
    early = f" Do not set `complete` before turn {spec.min_turns}." if turn < spec.min_turns else ""
    return (
        f"{spec.prompt}\n\nThis is an open coaching conversation. Objective: {spec.objective}\n"
        f"This is the person's turn {turn} of at most {spec.max_turns}.{early} Reply in two to four"
        " sentences: reflect what they said, draw on the knowledge passages when they help"
        " (cite their ids in `sources`), and end with one open follow-up question. Set"
        " `complete` true only when the objective is met; then close warmly, with no question."
    )


class ConversationType(BaseStepType):
    kind = StepKind.CONVERSATION
    model = ConversationStep
    state = ConversationProgress
    needs = frozenset({Need.KNOWLEDGE})
    takes_continue = True  # "continue" is part of the dialogue, not `resume`
    judgement_rules = JudgementRules(history_title="The conversation so far")

    def knowledge_categories(self, step: StepSpec) -> tuple[str, ...]:
        return step.knowledge if isinstance(step, ConversationStep) else ()

    def present(self, view: StepView) -> list[Reply]:
        progress = view.state if isinstance(view.state, ConversationProgress) else None
        if progress is not None and progress.summary is not None:
            return [Reply(RATE_QUESTION)]
        if progress is not None and progress.turns:
            return [Reply("We're in the middle of our conversation — go on, I'm listening.")]
        return [Reply(_spec(view).prompt)]

    def explain(self, view: StepView) -> list[Reply]:
        """The rating, or the coach's last question (else the opening), said plainly."""
        progress = _progress(view)
        if progress.summary is not None:
            return [
                Reply(
                    "I'm asking how helpful our conversation was for you: 1 means not at"
                    " all, 5 means very. Any other answer skips the rating."
                )
            ]
        asked = [said for role, said in progress.turns if role == "assistant"]
        question = the_question(asked[-1] if asked else _spec(view).prompt)
        return [
            Reply(
                f"I mean: {question} There's no right answer — tell me in your own words"
                " whatever comes to mind, or say “I'm done” when you'd like to finish."
            )
        ]

    def judgement(self, view: StepView, text: str) -> Judgement | None:
        progress = _progress(view)
        if progress.summary is not None or says_done(text):
            return None  # the rating, or the end: nothing for the coach to judge
        spec = _spec(view)
        turn = sum(1 for role, _ in progress.turns if role == "user") + 1
        return Judgement(
            StepKind.CONVERSATION,
            text,
            max_attempts=spec.max_turns,
            required=required_items(spec.requires),
            question=_instructions(spec, turn),
            history=tuple(Exchange(role, said) for role, said in progress.turns),
            passages=view.passages,
        )

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        spec, progress = _spec(view), _progress(view)
        if progress.summary is not None:
            return self._rated(spec, progress, text)
        said = [t for role, t in progress.turns if role == "user"] + [text]
        used_now = [p for p in view.passages if result is not None and p.id in result.sources]
        used = {int(u["chunk_id"]): u for u in progress.used}
        used.update({int(p.id): p.context() for p in used_now})
        reason = self._end(spec, len(said), text, result)
        attempt = Attempt(answer=text, valid=True, classification="conversation")
        if reason is None:
            assert result is not None
            turns = [*progress.turns, ("user", text[:MAX_KEPT]), ("assistant", result.reply)]
            state = ConversationProgress(turns, list(used.values()), progress.started_at)
            return StepOutcome(
                done=False,
                replies=(Reply(result.reply),),
                attempt=attempt,
                state=state,
                coached=True,
                context_used=tuple(p.context() for p in used_now) or None,
            )
        summary = summarise(said) or "“" + text[:240] + "”"
        replies: list[Reply] = []
        if reason == "objective" and result is not None:
            replies.append(Reply(result.reply))
        replies += [Reply(f"{SUMMARY_INTRO}\n{summary}"), Reply(RATE_QUESTION)]
        context = tuple(used.values())
        record = ConversationRecord(
            spec.key, len(said), summary, reason, context, _started(progress)
        )
        state = ConversationProgress(
            [*progress.turns, ("user", text[:MAX_KEPT])],
            list(context),
            progress.started_at,
            summary=summary,
            end_reason=reason,
        )
        return StepOutcome(
            done=False,
            replies=tuple(replies),
            attempt=attempt,
            records=(record,),
            state=state,
            coached=result is not None,  # the first reply carries the call's usage
            context_used=(tuple(p.context() for p in used_now) or None)
            if reason == "objective"
            else None,
        )

    @staticmethod
    def _end(
        spec: ConversationStep, turns: int, text: str, result: CoachResult | None
    ) -> str | None:
        if says_done(text) or result is None:
            return "done"
        if result.complete and turns >= spec.min_turns:
            return "objective"
        if turns >= spec.max_turns:
            return "max_turns"
        return None

    @staticmethod
    def _rated(spec: ConversationStep, progress: ConversationProgress, text: str) -> StepOutcome:
        rating = read_rating(text)
        thanks = (
            f"Thank you — I've noted {rating}/5."
            if rating is not None
            else "No rating, that's fine."
        )
        said = sum(1 for role, _ in progress.turns if role == "user")
        record = ConversationRecord(
            spec.key,
            said,
            progress.summary or "",
            progress.end_reason or "done",
            tuple(progress.used),
            _started(progress),
            rating=rating,
            rated=True,
        )
        return StepOutcome(
            done=True,
            replies=(Reply(thanks),),
            attempt=Attempt(answer=text, valid=True, classification="rating"),
            records=(record,),
        )


def _started(progress: ConversationProgress) -> datetime | None:
    try:
        return datetime.fromisoformat(progress.started_at) if progress.started_at else None
    except ValueError:
        return None
