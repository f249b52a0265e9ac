"""Where a message goes: crisis help, a command, a button, or the current step.

`Router.route` only reads. It returns a `Route`: the judgement to ask the coach for (if
any) and what to do once the verdict is in. The turn routes twice — while planning and
again under the person's lock — and compares the two routes' judgements.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace

from engine import routes
from engine.change_of_mind import CHANGED_MIND, changes_mind
from engine.commands import (
    START_REF,
    Command,
    CommandEnv,
    CommandName,
    confirm,
    decline_question,
    parse_command,
    typos,
)
from engine.commands import knowledge as questions
from engine.commands.env import NO_MATERIAL_NOR_PROGRAMS
from engine.commands.goals import adhoc_check_in_ref
from engine.connections import REF_PREFIX as CONNECTION_REF
from engine.connections.intros import typed_answer
from engine.flow import step_view
from engine.judgement import PlannedJudgement, Verdict, build_request
from engine.knowledge.answer import NO_MATERIAL
from engine.knowledge.grounded import ask_request, is_small_talk, looks_like_question
from engine.llm.offline._meta import is_meta_reply
from engine.messages import Action, Reply
from engine.programs.catalog import PromptBook
from engine.programs.model import StepSpec
from engine.render import step_ref
from engine.safety import crisis_reply
from engine.steps import step_type
from engine.steps._explain import the_question
from engine.steps.answer_numbers import is_bare_number
from engine.steps.check_in import check_in_question, explain_check_in
from engine.steps.content import CONTINUE
from engine.steps.parsing import parse_check_in, parse_scale, parse_yes_no
from engine.steps.state import CheckInProgress, GoalRevision
from engine.store.completion import latest_completed
from engine.turn_state import Turn

log = logging.getLogger(__name__)

MOVED_ON = "That question has moved on — here's where we are now:"
COMPLETED = "You've completed your program. Here's what you can start next:"
PAUSED = "You're paused, so I'm not asking questions. Type `resume` when you're ready."
NO_TEXT = "I didn't catch any text there. Type `help` to see what I can do."
NEWS_THANKS = "Thanks for telling me how it's going."
INTRO = "Hi! I'm your coach. I guide you through short weekly coaching programs."
BACK_TO_STEP = "Whenever you're ready, back to the question:"
BACK_TO_READING = "Whenever you're ready, type `continue` and we'll go on."
NO_MATERIAL_AT_STEP = (
    "That's a good question, but nothing in my knowledge base covers it, so I won't guess."
)


@dataclass(frozen=True, slots=True)
class Route:
    """What the turn will do; two routes are the same plan when their judgements are."""

    run: Callable[[Turn, Verdict | None], Awaitable[None]] = field(compare=False)
    judgement: PlannedJudgement | None = None


def _clicked_part(ref: str, question: str) -> str:
    """The part ("mood", "progress") a button of a two-part question belongs to."""
    return ref[len(question) + 1 :] if ref.startswith(question + ".") else ""


# Commands that mean "not now" when typed in answer to a yes/no question.
_NOT_NOW = frozenset({CommandName.CANCEL, CommandName.SNOOZE})
# Commands that ask a question of that kind: typed again, they simply ask it again.
_ASKS = {
    CommandName.RESTART: "restart",
    CommandName.GOAL_ABANDON: "abandon_goal",
    CommandName.DELETE: "delete",
}


def _answers(said: confirm.Answer, command: Command, kind: str, text: str) -> bool:
    """Whether text that is also `command` answers the question of `kind` (or is that
    command, run once the question is taken as a no)."""
    if said is confirm.Answer.YES:
        return command.name is not CommandName.CONFIRM_DELETE or kind == "delete"
    if said is confirm.Answer.NO:
        return command.name in _NOT_NOW or parse_yes_no(text) is False
    return False


class Router:
    def __init__(self, *, env: CommandEnv, prompts: PromptBook, resources: str | None) -> None:
        self.env = env
        self.prompts = prompts
        self.act = routes.Routes(env=env, resources=resources)

    async def route(self, turn: Turn, text: str, action: Action | None) -> Route:
        if turn.enrolment is None:
            await self._finished_but_waiting(turn)
        if action is not None:
            return await self._action(turn, action)
        if not text:
            return Route(self.act.say(Reply(NO_TEXT)))
        signal = turn.crisis(text)
        if signal is not None:
            log.warning("crisis language detected (%s); coaching paused this turn", signal.category)
            return Route(self.act.crisis(crisis_reply(signal, self.act.resources_for(turn))))
        if confirm.pending(turn) is not None:  # a yes/no question was the last one asked
            return await self._answer_question(turn, text)
        command = parse_command(text)
        if command is not None and not await self._is_really_an_answer(turn, command):
            if command.name is CommandName.ASK and command.argument.strip():
                return await self._question(turn, command.argument, explicit=True)
            return Route(self.act.command(command))
        if (typo := typos.for_turn(turn, text)) is not None:  # "satus": "Did you mean `status`?"
            return Route(self.act.say(Reply(typo)))
        intro = await self._intro_answer(turn, text)
        if intro is not None:
            return Route(self.act.connection_answer(intro))
        return await self._answer(turn, text)

    async def _answer_question(self, turn: Turn, text: str) -> Route:
        """The message after a yes/no question: its answer, or — when it is another command
        (`status`, `start …`) — a no, said so, and then that command as usual."""
        asked = confirm.pending(turn)
        assert asked is not None
        said = confirm.classify(text, asked.kind)
        command = parse_command(text)
        if command is not None and not _answers(said, command, asked.kind, text):
            said = confirm.Answer.OTHER  # `stop reminders`, `yes delete` to a restart, …
        if said is not confirm.Answer.OTHER or command is None:
            return Route(self.act.confirmation(text))
        if _ASKS.get(command.name) == asked.kind:  # `restart` again: the question again
            return await self._unasked(turn, text, None)
        return self._declined(await self._unasked(turn, text, None))

    async def _unasked(self, turn: Turn, text: str, action: Action | None) -> Route:
        """Where the message would go if no question were waiting."""
        asked, turn.person.question = turn.person.question, None
        try:
            return await self.route(turn, text, action)
        finally:
            turn.person.question = asked

    def _then(self, run: routes.Run, after: Reply) -> routes.Run:
        """`run`, then `after` said."""

        async def both(turn: Turn, verdict: Verdict | None) -> None:
            await run(turn, verdict)
            turn.say(after)

        return both

    def _declined(self, route: Route) -> Route:
        """`route`, after taking the waiting question as a no."""

        async def run(turn: Turn, verdict: Verdict | None) -> None:
            await decline_question(self.env, turn)
            await route.run(turn, verdict)

        return Route(run, route.judgement)

    async def _intro_answer(self, turn: Turn, text: str) -> Action | None:
        """A typed "yes" / "not now" right after an introduction answers the introduction."""
        if typed_answer(text, met=False) is None:
            return None
        user_id = turn.person.user_id
        ref = await turn.store.intro_prompt(reads=turn.reads, user_id=user_id, now=turn.now)
        value = None if ref is None else typed_answer(text, met=ref.endswith(".met"))
        return None if ref is None or value is None else Action(ref, value)

    async def _finished_but_waiting(self, turn: Turn) -> None:
        """A completed program with a check-in or a yes/no under way answers this message."""
        finished = await latest_completed(turn.conn, turn.person.user_id)
        if finished is None:
            return
        state = finished.step_state
        asked = confirm.pending(turn)
        if state.adhoc is not None or (asked and asked.detail.get("enrolment") == finished.id):
            turn.enrolment = finished
            turn.program = await self.env.catalog.version(turn.conn, finished.program_version_id)

    async def _answers_reminder(self, turn: Turn, text: str) -> bool:
        """A mood typed right after a check-in reminder answers the reminder, not the step
        (or the week that opened meanwhile): the step's question comes after."""
        enrolment, _ = turn.running
        adhoc = enrolment.step_state.adhoc
        if isinstance(adhoc, CheckInProgress) or (
            turn.step is not None and step_type(turn.step).asks_mood(turn.step)
        ):
            return False  # the step asks the same thing: the number answers it
        if len(text) > 80 or (
            parse_check_in(text)[0] is None and parse_scale(text, low=1, high=10) is None
        ):
            return False
        asked = await turn.store.unanswered_check_in_prompt(
            user_id=turn.person.user_id,
            since=enrolment.last_activity_at,
            now=turn.now,
        )
        return asked is not None

    async def _is_really_an_answer(self, turn: Turn, command: Command) -> bool:
        """'continue' or 'next' on a content step, or 'start journaling' mid-step, answer the
        step (the commands taken here are those `engine.load_needs` loads the background for)."""
        enrolment = turn.enrolment
        if enrolment is None or enrolment.status != "active" or turn.step is None:
            return False
        if command.name is CommandName.RESUME:  # "continue" on a content step
            return step_type(turn.step).takes_continue
        if command.name is CommandName.NEXT:  # "next" on a content step goes on
            waiting = enrolment.step_state.follow_up or enrolment.step_state.adhoc
            return step_type(turn.step).takes_continue and waiting is None
        if command.name is CommandName.HINT:  # a scenario gives its scene's own hints
            return step_type(turn.step).takes_hint
        if command.name is CommandName.SKIP:  # a profile step passes the field asked
            return step_type(turn.step).takes_skip
        if command.name is CommandName.START and command.argument:
            return await self.env.catalog.latest(turn.conn, command.argument) is None
        return False

    async def _answer(self, turn: Turn, text: str) -> Route:
        enrolment = turn.enrolment
        if enrolment is None:  # no program (or it is completed): free text is a question
            if is_small_talk(text) or not (
                looks_like_question(text) or await self.env.programs_installed(turn)
            ):  # "Mia", "5" with nothing installed: the offer says so, and how to fix it
                return Route(self.act.offer(INTRO))
            return await self._question(turn, text)
        if enrolment.status == "paused":
            return Route(self.act.say(Reply(PAUSED)))
        if enrolment.status == "completed" and enrolment.step_state.adhoc is None:
            if not is_small_talk(text):  # nothing waits in a finished program: a question
                return await self._question(turn, text)
            return Route(self.act.offer(COMPLETED))  # only its follow-up check-ins go on
        if enrolment.step_state.safety_check:
            return Route(self.act.safety_check(text))
        if enrolment.status == "active" and await self._answers_reminder(turn, text):
            return await self._adhoc(turn, text, CheckInProgress(part="mood"))
        if enrolment.step_state.adhoc is not None:
            return await self._adhoc(turn, text)
        if enrolment.step_state.follow_up is not None and turn.step is not None:
            return Route(self.act.follow_up(text))  # "how did last week's action go?"
        if turn.step is None:
            return await self._while_locked(turn, text)
        if changes_mind(text):  # about the last answer: not this step's answer
            return Route(self.act.present(Reply(CHANGED_MIND)))
        return await self._step(turn, text)

    async def _while_locked(self, turn: Turn, text: str) -> Route:
        """The next week is not open yet: a question gets an answer, news a thank-you (a
        bare "3" is no news: like a greeting, it is told when the week opens)."""
        if is_small_talk(text) or is_bare_number(text):
            return Route(self.act.present())
        if looks_like_question(text):
            return await self._question(turn, text)
        return Route(self.act.present(Reply(NEWS_THANKS)))  # "I did it twice": no KB search

    async def _question(
        self, turn: Turn, text: str, *, explicit: bool = False, after: Reply | None = None
    ) -> Route:
        """A question to the coach: the passages found for it travel in the coach call.
        `after` (the step's question again) follows the answer at a step."""
        passages = await self.env.answerer.passages(turn.conn, text)
        message = NO_MATERIAL if after is None else NO_MATERIAL_AT_STEP
        if turn.enrolment is None and not await self.env.programs_installed(turn):
            message = NO_MATERIAL_NOR_PROGRAMS  # "type `programs`" would lead nowhere
        if not passages:
            unanswered = questions.unanswered(text, explicit=explicit, message=message)
            return Route(unanswered if after is None else self._then(unanswered, after))
        answered = questions.answered(text, passages, explicit=explicit, message=message)

        async def run(turn: Turn, verdict: Verdict | None) -> None:
            if verdict is not None and verdict.result.risk == "crisis":
                await self.act._coach_saw_crisis(turn, "ask")
                return
            await answered(turn, verdict)
            if after is not None:
                turn.say(after)

        planned = PlannedJudgement(ask_request(text, passages), False, turn.person.llm_calls)
        return Route(run, planned)

    async def _step(self, turn: Turn, text: str) -> Route:
        step = turn.step
        assert step is not None
        view = await step_view(turn, step, text=text)
        kind = step_type(step)
        explained = kind.explain(view) if is_meta_reply(text) else None
        if explained is not None:  # a question about the question: said again, not an attempt
            return Route(self.act.say(*explained))
        asked = kind.asked(view, text)
        if asked is not None:  # a question to the coach: answered, the step keeps waiting
            back = Reply(f"{BACK_TO_STEP} {the_question(step.prompt)}")
            if kind.takes_continue:
                ref = step_ref(view.enrolment_id, view.week, step.key)
                back = Reply(BACK_TO_READING, choices=CONTINUE, choice_ref=ref)
            if asked:
                return Route(self.act.say(Reply(asked), back))
            return await self._question(turn, text, after=back)
        if kind.carries(text):  # e.g. a goal typed while the goal's explainer shows
            carried = await self._carried(turn, step, text)
            if carried is not None:
                return carried
        wanted = kind.judgement(view, text)
        planned = None if wanted is None else await build_request(self.prompts, turn, step, wanted)
        return Route(self.act.answer_step(step, view, text), planned)

    async def _carried(self, turn: Turn, step: StepSpec, text: str) -> Route | None:
        """`text` answers the step after the read-only `step`, which is passed (None: no
        step after it in the week, or one that does not take free text)."""
        enrolment, _ = turn.running
        steps = turn.week.steps
        if enrolment.current_step + 1 >= len(steps):
            return None
        after = steps[enrolment.current_step + 1]
        kind = step_type(after)
        view = await step_view(turn, after, text=text)
        view = replace(view, attempt_no=1, hints_used=0, state=None)
        wanted = None if kind.takes_continue else kind.judgement(view, text)
        if wanted is None or kind.asked(view, text) is not None:
            return None
        planned = await build_request(self.prompts, turn, after, wanted)
        planned = replace(planned, request=replace(planned.request, attempt_no=1))
        return Route(self.act.carry_on(step, after, view, text), planned)

    async def _adhoc(self, turn: Turn, text: str, start: CheckInProgress | None = None) -> Route:
        enrolment, _ = turn.running
        adhoc = start or enrolment.step_state.adhoc
        if isinstance(adhoc, CheckInProgress):
            if is_meta_reply(text):
                part = adhoc.part or "mood"
                reads, enrolment_id = turn.reads, enrolment.id
                described = await turn.store.active_goal(reads=reads, enrolment_id=enrolment_id)
                question = check_in_question(None, adhoc_check_in_ref(enrolment.id), part)
                return Route(self.act.say(*explain_check_in(part, described, question)))
            return Route(self.act.adhoc_check_in(adhoc, text))
        assert isinstance(adhoc, GoalRevision)
        step = routes.GOAL_REVISION
        view = await routes.revision_view(turn, adhoc)
        wanted = step_type(step).judgement(view, text)
        planned = None
        if wanted is not None:  # the revision counts its own attempts, not the step's
            planned = await build_request(self.prompts, turn, step, wanted)
            request = replace(planned.request, attempt_no=view.attempt_no)
            planned = replace(planned, request=request)
        return Route(self.act.revise_goal(view, text), planned)

    async def _action(self, turn: Turn, action: Action) -> Route:
        if action.ref.startswith(CONNECTION_REF):  # colleague intros need no enrolment
            return Route(self.act.connection_answer(action))
        if action.ref == START_REF:
            return Route(self.act.start(action.value))
        asked = confirm.pending(turn)
        if action.ref.startswith(confirm.CONFIRM_REF + "."):
            if asked is None or not confirm.button_fits(action.ref, asked):
                return Route(self.act.say(Reply(confirm.MOVED_ON)))
            return Route(self.act.confirmation(action.value))
        if asked is not None:  # another button while a question waits: a no, then the button
            return self._declined(await self._unasked(turn, "", action))
        enrolment = turn.enrolment
        if enrolment is None:
            return Route(self.act.offer("Let's start a program first:"))
        if enrolment.status == "paused":
            return Route(self.act.say(Reply(PAUSED)))
        if action.ref.startswith("nudge.checkin"):
            return await self._adhoc(turn, action.value, CheckInProgress(part="mood"))
        adhoc_ref = adhoc_check_in_ref(enrolment.id)
        adhoc = enrolment.step_state.adhoc
        if action.ref.startswith(adhoc_ref) and adhoc is not None:
            part = (adhoc.part if isinstance(adhoc, CheckInProgress) else "") or "mood"
            if _clicked_part(action.ref, adhoc_ref) not in ("", part):
                return Route(
                    self.act.say(Reply(MOVED_ON), check_in_question(None, adhoc_ref, part))
                )
            return await self._adhoc(turn, action.value)
        return await self._step_button(turn, action)

    async def _step_button(self, turn: Turn, action: Action) -> Route:
        enrolment, _ = turn.running
        step = turn.step
        current = None
        if step is not None:
            current = step_ref(enrolment.id, enrolment.current_week, step.key)
        if current is None or not (action.ref == current or action.ref.startswith(current + ".")):
            return Route(self.act.present(Reply(MOVED_ON)))
        assert step is not None
        waiting_for = step_type(step).part(await step_view(turn, step))
        if waiting_for is not None and _clicked_part(action.ref, current) not in ("", waiting_for):
            return Route(self.act.present(Reply(MOVED_ON)))  # e.g. the mood buttons again
        return await self._step(turn, action.value)
