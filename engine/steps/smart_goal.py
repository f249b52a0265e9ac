"""`smart_goal`: one goal sentence, specific, measurable, achievable, relevant, time-bound.

The SMART parts accumulate over the attempts; once all are there (or the attempts run
out) the coach's draft — ONE sentence, never the attempts glued together — is shown:
"Here's your goal: … Keep it? (yes / change it)". Only a yes stores it, exactly as
shown — a yes after "change it" too (it offers no change: the goal shown is saved in
that turn); an edit is coached again and shown again. A question about the step ("what
do you mean?") is explained and never taken as an answer. A bare number ("3", "ok 3")
answers none of the step's questions — not "Keep it?", not "Is it realistic?", not
"how much?" — so it is asked about and is no attempt.
"""

from __future__ import annotations

from dataclasses import replace

from engine.llm.offline._goal_edits import asks_to_edit, edit_goal
from engine.llm.offline._goal_sentence import (
    PART_LABELS,
    clean_sentence,
    compose_goal,
    fallback_goal,
    fragment_goal,
    revise_goal,
)
from engine.llm.offline._meta import is_meta_reply
from engine.llm.offline._prose import join_labels
from engine.llm.offline._smart_detect import detect_smart
from engine.llm.types import SMART_PARTS, CoachResult, JudgementRules, StepKind
from engine.messages import Choice, Reply
from engine.programs.model import SmartGoalStep
from engine.render import step_ref
from engine.steps.base import (
    Attempt,
    BaseStepType,
    GoalRecord,
    Judgement,
    Need,
    StepOutcome,
    StepView,
    forced,
    reask,
)
from engine.steps.goal_edit_reading import edits_the_goal, tells_beside_the_goal
from engine.steps.goal_questions import asks_the_coach, explain_term
from engine.steps.goal_reply import GoalReply, read_goal_reply
from engine.steps.state import SmartGoalDraft
from engine.yesno import read_yes_no

REVISION_KEY = "goal_revision"  # `revise goal` outside the program's steps
ASK_EDIT = (
    "Sure — what should it say? Write the new version, or just the part to change"
    " (for example the amount or the deadline)."
)
UNPLACED_EDIT = (
    "I couldn't tell which part to change. Could you write the goal as you want it, in one"
    " message? Or reply `yes` to keep it as it is."
)


def _edit_question(prompt: str, goal: str) -> str:
    """What an LLM is told when the message edits the drafted sentence."""
    return (
        f"{prompt.strip()}\n\nThe goal as drafted and shown to the person: “{goal}”.\n"
        "Their message asks to change it (e.g. less ambitious, shorter, another time or"
        " frequency). Apply exactly that edit to the drafted sentence, keep everything else,"
        " and return the whole edited sentence in `goal`; the step shows it to confirm."
    )


def _draft(view: StepView) -> SmartGoalDraft:
    return view.state if isinstance(view.state, SmartGoalDraft) else SmartGoalDraft()


def _revising(view: StepView) -> bool:
    step = view.step
    return isinstance(step, SmartGoalStep) and step.mode == "revise"


def confirmation(view: StepView, sentence: str) -> str:
    """The question that shows the goal sentence and asks to keep it."""
    if _revising(view) and view.current_goal:
        return f"Here's your new goal: {sentence}. Keep it? (yes / change it)"
    return f"Here's your goal: {sentence}. Keep it? (yes / change it)"


# "Keep it? (yes / change it)" as buttons too; a typed 1 or 2 picks one (the console maps
# it, a platform shows buttons); any other bare number is asked about.
KEEP_OR_CHANGE = (Choice("Keep it", "yes"), Choice("Change it", "change it"))


def keep_it(view: StepView, sentence: str) -> Reply:
    """The goal shown to confirm, with its two options as buttons in a program's step (a
    revision outside the steps has no step for a button to answer: words only)."""
    if view.step.key == REVISION_KEY:
        return Reply(confirmation(view, sentence))
    ref = step_ref(view.enrolment_id, view.week, view.step.key)
    return Reply(confirmation(view, sentence), choices=KEEP_OR_CHANGE, choice_ref=ref)


def _known(draft: SmartGoalDraft, text: str) -> dict[str, str]:
    """The parts the coach may keep: an edit's own parts replace the earlier ones."""
    if not draft.goal:
        return dict(draft.smart)
    stated = detect_smart(text)
    return {p: v for p, v in draft.smart.items() if p not in stated}


def _explain(view: StepView, draft: SmartGoalDraft, text: str) -> StepOutcome:
    """A question about the step: the word asked about, what is asked, and what is
    understood so far."""
    if draft.confirming:
        message = (
            "I wrote your goal as one sentence from what you told me: "
            f"“{draft.goal}”. Reply `yes` to keep it, or tell me what to change."
        )
        term = explain_term(text)  # "what does measurable mean?": that first
        message = f"{term}\n\n{message}" if term else message
    else:
        so_far = draft.goal or compose_goal(draft.smart)
        missing = [PART_LABELS[p] for p in SMART_PARTS if p not in draft.smart]
        message = (
            "I'm helping you turn this into one clear goal: what you'll do, how much or how"
            " often, by when, why it matters to you and why it's doable."
        )
        if so_far:
            message += f" So far I have: “{so_far}”."
        if missing and not draft.goal:
            message += f" Still to add: {join_labels(missing)}."
        term = explain_term(text)
        message = f"{term}\n\n{message}" if term else message
    return StepOutcome(done=False, replies=(Reply(message),), state=draft)


def _asks_a_term(draft: SmartGoalDraft, text: str) -> bool:
    """At "Keep it?", a question about a SMART word ("what's SMART?"): explained with the
    goal shown, never read as an edit."""
    if not draft.confirming or explain_term(text) is None or not asks_the_coach(text):
        return False
    return not edits_the_goal(draft.goal, text)  # "can you make it more realistic?" edits


def _unclear(view: StepView, draft: SmartGoalDraft, text: str) -> StepOutcome:
    """A bare number ("3", "ok 3"): it says nothing about what it counts, so it is asked
    about, never merged into the sentence ("… at 3"), and it is not an attempt."""
    typed = " ".join(text.split())[:20]
    number = next((w.strip("#.") for w in typed.split() if w.strip("#.").isdigit()), "3")
    unsure = f"I'm not sure what “{typed}” means here."
    missing = [p for p in SMART_PARTS if p not in draft.smart]
    if draft.confirming:
        message = (
            f"{unsure} Reply `yes` to keep your goal as it is — “{draft.goal}” — or tell me"
            " what to change (for example “make it 3 times a week”)."
        )
        again = reask(view, keep_it(view, draft.goal), message)  # with the two buttons
        return StepOutcome(done=False, replies=(again,), state=draft)
    if draft.goal:  # after "change it"
        message = (
            f"Which part should “{typed}” change? Say it with what it counts, like"
            f" “{number} times a week” or “by {number} pm”, or write the goal as you want it."
        )
    elif missing == ["achievable"]:  # the last question was "Is it realistic …?"
        message = (
            f"{unsure} Is the goal realistic with the time and energy you have? A yes is"
            " enough — or tell me what would make it doable."
        )
    elif "specific" in missing:  # nothing to count yet
        message = (
            f"{unsure} What will you do, and how much or how often? For example"
            f" “walk {number} times a week”."
        )
    elif "measurable" in missing:
        message = (
            f"{number} what? Say what it counts, like “{number} times a week” or"
            f" “{number} pages a day”, and I'll add it to your goal."
        )
    elif missing:
        message = f"{unsure} Still to add: {join_labels([PART_LABELS[p] for p in missing])}."
    else:
        message = f"{unsure} Could you say it in words?"
    return StepOutcome(done=False, replies=(Reply(message),), state=draft)


def _not_an_edit(view: StepView, draft: SmartGoalDraft) -> StepOutcome:
    """Something said beside the drafted goal, or a no after "change it": the goal stays
    as shown (never merged with it) and keep or change is asked again. No attempt."""
    message = "Okay — nothing changed, then."
    if draft.confirming:
        message = (
            "I'm not sure that changes your goal, so I've left it as it is — reply `yes` to"
            " keep it, or `change it` and say which part (for example “make it 3 times a"
            " week”)."
        )
    shown = keep_it(view, draft.goal)
    again = replace(shown, text=f"{message}\n\n{shown.text}")
    return StepOutcome(done=False, replies=(again,), state=replace(draft, confirming=True))


def _unplaced(draft: SmartGoalDraft) -> StepOutcome:
    """After "change it", a message that names no part of the goal and is no goal of its
    own: asked for again, never glued onto the sentence. No attempt."""
    message = (
        "I couldn't tell which part of your goal that changes, so I haven't added it. Write"
        f" the goal as you want it in one sentence, or just the part to change — or `yes` to"
        f" keep it as it is. Now it's: “{draft.goal}”."
    )
    return StepOutcome(done=False, replies=(Reply(message),), state=draft)


def _nothing_to_edit(draft: SmartGoalDraft) -> StepOutcome:
    """An edit ("make it less ambitious") before any goal was drafted: not an attempt."""
    so_far = compose_goal(draft.smart)
    missing = [PART_LABELS[p] for p in SMART_PARTS if p not in draft.smart]
    message = "Let's draft it first: tell me what you'll do, how much or how often, and by when."
    if so_far and missing:  # (with nothing missing the goal would have been drafted)
        message = f"Let's draft it first. So far I have: “{so_far}”. Still to add: "
        message += f"{join_labels(missing)}."
    message += " Once I show you the sentence, you can make it smaller or bigger."
    return StepOutcome(done=False, replies=(Reply(message),), state=draft)


def _composed(so_far: dict[str, str], answers: list[str]) -> str:
    """The offline draft: from fragments when the action came only as one ("sleep. 7h")."""
    action = so_far.get("specific", "")
    whole = action.strip() in (a.strip() for a in answers)  # "go to bed by 11": a sentence
    fragments = fragment_goal(answers, so_far) if len(action.split()) <= 5 and not whole else ""
    return fragments or compose_goal(so_far) or fallback_goal(answers)


class SmartGoalType(BaseStepType):
    kind = StepKind.SMART_GOAL
    model = SmartGoalStep
    recaps_answer = True
    state = SmartGoalDraft
    state_reads_flat_keys = True  # rows from before states had their own key
    present_needs = frozenset({Need.ACTIVE_GOAL})  # "revise" mode shows the current goal
    needs = frozenset({Need.ACTIVE_GOAL})
    judgement_rules = JudgementRules(
        missing_keys=SMART_PARTS,
        notes=(f"SMART parts (keys for `missing` and `smart`): {', '.join(SMART_PARTS)}",),
    )

    def present(self, view: StepView) -> list[Reply]:
        step = view.step
        assert isinstance(step, SmartGoalStep)
        draft = _draft(view)
        if draft.confirming:
            return [keep_it(view, draft.goal)]
        text = step.prompt.strip()
        if step.mode == "revise" and view.current_goal:
            return [Reply(f"{text}\n\nYour current goal: _{view.current_goal}_")]
        return [Reply(text)]

    def asked(self, view: StepView, text: str) -> str | None:
        """Before any draft, a question that gives no goal is answered, not coached."""
        if is_meta_reply(text) or _draft(view).goal or asks_to_edit(text):
            return None  # (a question about the question is explained with the draft so far)
        if not asks_the_coach(text):
            return None
        if explain_term(text) is None and len(text.split()) <= 3:  # "how?", "like what?"
            return _explain(view, _draft(view), text).replies[0].text
        return explain_term(text) or ""

    def judgement(self, view: StepView, text: str) -> Judgement | None:
        step = view.step
        assert isinstance(step, SmartGoalStep)
        draft = _draft(view)
        if is_meta_reply(text) or _asks_a_term(draft, text):
            return None
        if not draft.goal and asks_to_edit(text):
            return None
        reading = self._read(view, draft, text)
        if reading is GoalReply.CANCEL or (draft.confirming and reading is not None):
            return None
        if reading is GoalReply.UNCLEAR or self._aside(draft, text, reading):
            return None
        if draft.goal and reading in (GoalReply.KEEP, GoalReply.CHANGE):
            return None  # a yes or no after "change it"
        return Judgement(
            self.kind,
            text,
            max_attempts=step.max_attempts,
            smart_so_far=_known(draft, text),
            question=_edit_question(step.prompt, draft.goal) if draft.goal else None,
        )

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        step = view.step
        assert isinstance(step, SmartGoalStep)
        draft = _draft(view)
        if is_meta_reply(text) or _asks_a_term(draft, text):
            return _explain(view, draft, text)
        if not draft.goal and asks_to_edit(text):
            return _nothing_to_edit(draft)
        reading = self._read(view, draft, text)
        if reading is GoalReply.UNCLEAR:
            return _unclear(view, draft, text)
        if draft.goal and reading is GoalReply.KEEP:  # at "Keep it?", or after "change it"
            goal = GoalRecord(draft.goal, dict(draft.smart), revises_active=_revising(view))
            saved = "Saved — your goal: " if not _revising(view) else "Goal updated: "
            reply = Reply(f"{saved}_{draft.goal}_")
            return StepOutcome(done=True, replies=(reply,), records=(goal,))
        if draft.confirming and reading is GoalReply.CHANGE:
            return StepOutcome(
                done=False, replies=(Reply(ASK_EDIT),), state=replace(draft, confirming=False)
            )
        if reading is GoalReply.CANCEL:
            return StepOutcome(done=True, replies=(Reply("Okay — your goal stays as it was."),))
        if draft.goal and reading is GoalReply.CHANGE:  # after "change it"
            if read_yes_no(text) is not False:  # "change it" again: still, what should it say?
                return StepOutcome(done=False, replies=(Reply(ASK_EDIT),), state=draft)
            return _not_an_edit(view, draft)  # a no: the goal is shown again
        if self._aside(draft, text, reading):
            return _not_an_edit(view, draft) if draft.confirming else _unplaced(draft)
        assert result is not None
        return self._coach(view, step, draft, text, result)

    def _aside(self, draft: SmartGoalDraft, text: str, reading: GoalReply | None) -> bool:
        """A message beside a drafted goal: at "Keep it?", one that is no clear edit of it;
        after "change it", where the new version was asked for, only what was noticed or
        learned (see `engine.steps.goal_edit_reading`)."""
        if not draft.goal or reading is not None:
            return False
        if draft.confirming:
            return not edits_the_goal(draft.goal, text)
        return tells_beside_the_goal(draft.goal, text)

    def _cancellable(self, view: StepView) -> bool:
        return view.step.key == REVISION_KEY

    def _read(self, view: StepView, draft: SmartGoalDraft, text: str) -> GoalReply | None:
        numbered = draft.confirming and bool(keep_it(view, draft.goal).choices)
        return read_goal_reply(text, cancellable=self._cancellable(view), numbered=numbered)

    def _coach(
        self,
        view: StepView,
        step: SmartGoalStep,
        draft: SmartGoalDraft,
        text: str,
        result: CoachResult,
    ) -> StepOutcome:
        so_far = _known(draft, text)
        so_far.update({k: v for k, v in result.smart.items() if k in SMART_PARTS and v})
        missing = tuple(p for p in SMART_PARTS if p not in so_far)
        complete = not missing
        moved_on = forced(view, complete, step.max_attempts)
        answers = [*draft.answers, text]
        attempt = Attempt(text, valid=complete, missing=missing, forced=moved_on)
        sentence = clean_sentence(result.goal) if result.goal else ""
        if draft.goal and not sentence:
            revised = edit_goal(draft.goal, text) or revise_goal(draft.goal, text, so_far)
            if revised is None:  # nothing in the edit we can place: the draft stays
                state = replace(draft, answers=answers)
                return StepOutcome(
                    done=False, replies=(Reply(UNPLACED_EDIT),), attempt=attempt, state=state
                )
            sentence = revised
        if not (complete or moved_on or draft.goal):
            state = SmartGoalDraft(smart=so_far, answers=answers)
            reply = Reply(result.reply)
            return StepOutcome(
                done=False, replies=(reply,), attempt=attempt, state=state, coached=True
            )
        sentence = sentence or _composed(so_far, answers)
        if not sentence:  # out of attempts with nothing to go on: no goal is stored
            return StepOutcome(
                done=True,
                replies=(Reply("Let's leave the goal for now and keep going."),),
                attempt=attempt,
            )
        state = SmartGoalDraft(smart=so_far, answers=answers, goal=sentence, confirming=True)
        replies: tuple[Reply, ...] = (Reply(result.reply), keep_it(view, sentence))
        if draft.goal:  # an edit: the new version is what matters, not praise
            replies = (keep_it(view, sentence),)
        return StepOutcome(
            done=False, replies=replies, attempt=attempt, state=state, coached=not draft.goal
        )
