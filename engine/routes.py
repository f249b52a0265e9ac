"""What each route does once the verdict is in: the writes of a turn, in the apply phase."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace

from engine.commands import Command, CommandEnv, confirm, run_command, run_confirmation
from engine.commands.goals import adhoc_check_in_ref
from engine.commands.program import start
from engine.connections import handle_connection_action
from engine.flow import step_view
from engine.judgement import Verdict
from engine.messages import Action, Reply
from engine.programs.model import SmartGoalStep, StepSpec
from engine.safety import CrisisSignal, crisis_reply
from engine.state import AttemptRecord
from engine.steps import StepOutcome, StepView, step_type
from engine.steps._explain import the_question
from engine.steps.base import Attempt
from engine.steps.check_in import read_check_in
from engine.steps.content import CARRIED
from engine.steps.parsing import parse_yes_no
from engine.steps.smart_goal import REVISION_KEY
from engine.steps.state import CheckInProgress, GoalRevision, SmartGoalDraft
from engine.turn_state import Turn

log = logging.getLogger(__name__)
Run = Callable[[Turn, Verdict | None], Awaitable[None]]

GOAL_REVISION = SmartGoalStep(
    type="smart_goal", key=REVISION_KEY, prompt="Revise your goal", mode="revise"
)
SAFETY_CHECK = (
    "Thank you for writing again. Before we go on: are you safe right now?"
    " There's no wrong answer — a yes or a no is enough."
)
TAKEN_FOR_NEXT = "Thanks — I'll take that as your answer to the next question:"
SAFE_AGAIN = "I'm glad. Let's pick up gently where we left off."
NOT_SAFE = (
    "Thank you for telling me. Please reach out to someone now — you don't have to go"
    " through this alone."
)


async def revision_view(turn: Turn, revision: GoalRevision) -> StepView:
    """`revise goal` as the smart-goal step sees it: the revision's own draft and attempts."""
    view = await step_view(turn, GOAL_REVISION)
    draft = revision.draft
    return replace(view, state=draft, attempt_no=len(draft.answers) + 1, hints_used=0)


async def apply_outcome(
    turn: Turn, step: StepSpec, outcome: StepOutcome, verdict: Verdict | None
) -> None:
    """Record the attempt, write the records, keep the step's state, say the replies."""
    enrolment, _ = turn.running
    if outcome.attempt is not None:
        attempt = outcome.attempt
        turn.record(
            AttemptRecord(
                week_number=enrolment.current_week,
                step_key=step.key,
                attempt_no=enrolment.step_attempt + 1,
                answer=attempt.answer,
                valid=attempt.valid,
                classification=attempt.classification,
                missing=attempt.missing,
                hints_used=enrolment.hints_used,
                forced=attempt.forced,
                llm_error=verdict.error if verdict else None,
            )
        )
        enrolment.step_attempt += 1
    await turn.store.write_records(enrolment=enrolment, written=outcome.records, now=turn.now)
    enrolment.step_state.step = outcome.state
    if outcome.week_summary is not None:
        enrolment.step_state.week_summary = outcome.week_summary
    replies = list(outcome.replies)
    if outcome.coached and replies and verdict is not None:
        usage = verdict.result.usage
        turn.say(replies.pop(0), prompt=verdict.prompt, usage=usage)
        if outcome.context_used:  # the knowledge passages the reply rests on
            turn.log.outgoing[-1].context_used = [dict(u) for u in outcome.context_used]
    turn.say(*replies)
    if outcome.hint_given:
        enrolment.hints_used += 1
    if outcome.pause_program:  # as `pause`: nothing is planned for a paused enrolment
        enrolment.status = "paused"


class Routes:
    """The apply-phase actions a `Router` chooses between."""

    def __init__(self, *, env: CommandEnv, resources: str | None) -> None:
        self.env = env
        self.resources = resources

    def say(self, *replies: Reply) -> Run:
        async def run(turn: Turn, verdict: Verdict | None) -> None:
            turn.say(*replies)

        return run

    def present(self, *before: Reply) -> Run:
        async def run(turn: Turn, verdict: Verdict | None) -> None:
            turn.say(*before)
            await self.env.flow.present_current(turn)

        return run

    def follow_up(self, text: str) -> Run:
        async def run(turn: Turn, verdict: Verdict | None) -> None:
            await self.env.flow.follow_up(turn, text)

        return run

    def offer(self, intro: str) -> Run:
        async def run(turn: Turn, verdict: Verdict | None) -> None:
            await self.env.offer_programs(turn, intro)

        return run

    def start(self, name: str) -> Run:
        async def run(turn: Turn, verdict: Verdict | None) -> None:
            await start(self.env, turn, name)

        return run

    def command(self, command: Command) -> Run:
        async def run(turn: Turn, verdict: Verdict | None) -> None:
            await run_command(self.env, turn, command)

        return run

    def connection_answer(self, action: Action) -> Run:
        """A click on a colleague introduction (yes / not now / we met)."""

        async def run(turn: Turn, verdict: Verdict | None) -> None:
            turn.say(
                *await handle_connection_action(
                    turn.conn,
                    user_id=turn.person.user_id,
                    ref=action.ref,
                    value=action.value,
                    now=turn.now,
                )
            )

        return run

    def resources_for(self, turn: Turn) -> str | None:
        """The program's crisis resources, else the deployment's."""
        if turn.program is not None and turn.program.spec.crisis_resources:
            return turn.program.spec.crisis_resources
        return self.resources

    def crisis(self, help_text: str) -> Run:
        async def run(turn: Turn, verdict: Verdict | None) -> None:
            await confirm.take(turn, confirm.Answer.OTHER)  # no later "yes" may answer it
            turn.say(Reply(help_text))
            if turn.enrolment is not None:
                turn.enrolment.step_state.safety_check = True  # the next turn checks in first

        return run

    def safety_check(self, text: str) -> Run:
        """The turn after a crisis reply: ask gently; resume only once they say they're safe."""

        async def run(turn: Turn, verdict: Verdict | None) -> None:
            state = turn.running[0].step_state
            answer = parse_yes_no(text)
            # The help reply itself asked "are you safe right now?": a plain yes or no
            # answers it; anything else is asked once more, gently.
            if not state.safety_asked and answer is None:
                state.safety_asked = True
                turn.say(Reply(SAFETY_CHECK))
                return
            if answer is False:
                state.safety_asked = True
                resources = self.resources_for(turn)
                turn.say(Reply(f"{NOT_SAFE}\n{resources}" if resources else NOT_SAFE))
                return
            state.safety_check = state.safety_asked = False
            turn.say(Reply(SAFE_AGAIN))
            await self.env.flow.present_current(turn)

        return run

    async def _coach_saw_crisis(self, turn: Turn, step_key: str) -> None:
        """The rules said nothing but the coach reads crisis: help instead of coaching."""
        log.warning("the coach assessed crisis risk; coaching paused for this turn")
        signal = CrisisSignal(category="suicide", phrase="")
        turn.say(Reply(crisis_reply(signal, self.resources_for(turn))))
        await turn.store.record_crisis_signal(
            user_id=turn.person.user_id, source="coach", step_key=step_key, now=turn.now
        )
        if turn.enrolment is not None:
            turn.enrolment.step_state.safety_check = True

    def answer_step(self, step: StepSpec, view: StepView, text: str) -> Run:
        async def run(turn: Turn, verdict: Verdict | None) -> None:
            if verdict is not None and verdict.result.risk == "crisis":
                await self._coach_saw_crisis(turn, step.key)
                return  # no attempt, no advance: the step waits for a calmer moment
            outcome = step_type(step).apply(view, text, verdict.result if verdict else None)
            await apply_outcome(turn, step, outcome, verdict)
            if outcome.done:
                await self.env.flow.advance(turn)

        return run

    def carry_on(self, read: StepSpec, step: StepSpec, view: StepView, text: str) -> Run:
        """`text`, typed while the read-only step `read` showed, answers `step` after it:
        `read` is passed and nothing the person said is lost."""
        answer = self.answer_step(step, view, text)

        async def run(turn: Turn, verdict: Verdict | None) -> None:
            if verdict is not None and verdict.result.risk == "crisis":
                await self._coach_saw_crisis(turn, step.key)
                return
            done = StepOutcome(done=True, attempt=Attempt(CARRIED, valid=True))
            await apply_outcome(turn, read, done, None)
            enrolment, _ = turn.running
            enrolment.reset_step()  # as `Flow.advance`, without asking the next step
            enrolment.current_step += 1
            turn.say(Reply(f"{TAKEN_FOR_NEXT} “{the_question(step.prompt)}”"))
            await answer(turn, verdict)

        return run

    def adhoc_check_in(self, so_far: CheckInProgress, text: str) -> Run:
        """A check-in started by `check in` or a reminder's button, outside the steps."""

        async def run(turn: Turn, verdict: Verdict | None) -> None:
            enrolment, _ = turn.running
            ref = adhoc_check_in_ref(enrolment.id)
            goal = await turn.store.active_goal(reads=None, enrolment_id=enrolment.id)
            has_goal = goal is not None
            reading = read_check_in(None, so_far, text, ref=ref, has_goal=has_goal)
            if not reading.done:
                enrolment.step_state.adhoc = reading.progress
                turn.say(*reading.replies)
                return
            if reading.record is not None:
                written = (reading.record,)
                await turn.store.write_records(enrolment=enrolment, written=written, now=turn.now)
            reply = " ".join(r.text for r in reading.replies)
            saved = "Check-in saved. " if reading.record is not None else ""
            turn.say(Reply(saved + reply))
            enrolment.step_state.adhoc = None
            await self.env.flow.present_current(turn)

        return run

    def confirmation(self, answer: str) -> Run:
        """The answer to "… Sure? (yes / no)" (`engine.commands.confirm`)."""

        async def run(turn: Turn, verdict: Verdict | None) -> None:
            await run_confirmation(self.env, turn, answer)

        return run

    def revise_goal(self, view: StepView, text: str) -> Run:
        """`revise goal`: the smart-goal step's coaching; the goal is replaced only on a yes."""

        async def run(turn: Turn, verdict: Verdict | None) -> None:
            enrolment, _ = turn.running
            if verdict is not None and verdict.result.risk == "crisis":
                await self._coach_saw_crisis(turn, GOAL_REVISION.key)
                return
            result = verdict.result if verdict else None
            outcome = step_type(GOAL_REVISION).apply(view, text, result)
            written = outcome.records
            await turn.store.write_records(enrolment=enrolment, written=written, now=turn.now)
            replies = list(outcome.replies)
            if outcome.coached and replies and verdict is not None:
                turn.say(replies.pop(0), prompt=verdict.prompt, usage=verdict.result.usage)
            turn.say(*replies)
            if outcome.done:
                enrolment.step_state.adhoc = None
                await self.env.flow.present_current(turn)
            elif isinstance(outcome.state, SmartGoalDraft):
                enrolment.step_state.adhoc = GoalRevision(outcome.state)

        return run
