"""Answering the current step: validation, follow-ups, hints, forced progression, records."""

from __future__ import annotations

from engine.answers import parse_check_in, parse_choice, parse_scale, parse_yes_no, scale_error
from engine.coaching import Consultant
from engine.llm.types import SMART_PARTS, Exchange, StepKind
from engine.messages import Reply
from engine.programs.model import (
    CheckInStep,
    ChoiceStep,
    ContentStep,
    ExtractStep,
    QuestionStep,
    ReflectionStep,
    ScaleStep,
    SmartGoalStep,
    StepSpec,
    YesNoStep,
)
from engine.render import check_in_question, present_step, step_ref
from engine.state import AttemptRecord
from engine.store import records
from engine.turn import Turn


class StepAnswers:
    """Runs the current step against an answer; returns True when the step is done."""

    def __init__(self, consultant: Consultant) -> None:
        self.consultant = consultant

    async def answer(self, turn: Turn, text: str) -> bool:
        step = turn.step
        assert step is not None
        if isinstance(step, QuestionStep):
            return await self._question(turn, step, text)
        if isinstance(step, ScaleStep):
            return await self._scale(turn, step, text)
        if isinstance(step, ChoiceStep):
            return await self._choice(turn, step, text)
        if isinstance(step, YesNoStep):
            return await self._yes_no(turn, step, text)
        if isinstance(step, SmartGoalStep):
            return await self._smart_goal(turn, step, text)
        if isinstance(step, ExtractStep):
            return await self._extract(turn, step, text)
        if isinstance(step, ReflectionStep):
            return await self._reflection(turn, step, text)
        if isinstance(step, CheckInStep):
            return await self._check_in(turn, step, text)
        assert isinstance(step, ContentStep)
        self._attempt(turn, step, text, valid=True)
        return True

    def _attempt(
        self,
        turn: Turn,
        step: StepSpec,
        text: str,
        *,
        valid: bool,
        forced: bool = False,
        classification: str | None = None,
        missing: tuple[str, ...] = (),
        llm_error: str | None = None,
    ) -> int:
        enrolment, _ = turn.running
        attempt_no = enrolment.step_attempt + 1
        turn.record(
            AttemptRecord(
                week_number=enrolment.current_week,
                step_key=step.key,
                attempt_no=attempt_no,
                answer=text,
                valid=valid,
                classification=classification,
                missing=missing,
                hints_used=enrolment.hints_used,
                forced=forced,
                llm_error=llm_error,
            )
        )
        enrolment.step_attempt = attempt_no
        return attempt_no

    def _reask(self, turn: Turn, step: StepSpec, message: str) -> None:
        enrolment, program = turn.running
        asked = present_step(program.spec, enrolment.current_week, step, enrolment_id=enrolment.id)[
            0
        ]
        turn.say(
            Reply(
                message,
                choices=asked.choices,
                choice_ref=asked.choice_ref,
                multi_select=asked.multi_select,
            )
        )

    def _offer_hint(self, turn: Turn, step: StepSpec) -> None:
        enrolment, _ = turn.running
        if enrolment.hints_used < len(step.hints):
            turn.say(Reply(f"Hint: {step.hints[enrolment.hints_used]}"))
            enrolment.hints_used += 1

    async def _question(self, turn: Turn, step: QuestionStep, text: str) -> bool:
        result, prompt, error = await self.consultant.ask(turn, step, StepKind.QUESTION, text)
        enrolment, _ = turn.running
        forced = not result.complete and enrolment.step_attempt + 1 >= step.max_attempts
        attempt_no = self._attempt(
            turn,
            step,
            text,
            valid=result.complete,
            forced=forced,
            classification=result.classification,
            missing=result.missing,
            llm_error=error,
        )
        turn.say(Reply(result.reply), prompt=prompt, usage=result.usage)
        if result.complete or forced:
            return True
        if attempt_no >= 2:
            self._offer_hint(turn, step)
        return False

    async def _scale(self, turn: Turn, step: ScaleStep, text: str) -> bool:
        value = parse_scale(text, low=step.min, high=step.max)
        if value is None:
            self._attempt(turn, step, text, valid=False)
            self._reask(turn, step, scale_error(text, step.min, step.max))
            return False
        self._attempt(turn, step, str(value), valid=True)
        enrolment, _ = turn.running
        if step.records != "none":
            await records.record_check_in(
                turn.conn,
                enrolment_id=enrolment.id,
                user_id=enrolment.user_id,
                week_number=enrolment.current_week,
                mood=value if step.records == "mood" else None,
                progress=value if step.records == "progress" else None,
                now=turn.now,
            )
        await self._acknowledge(
            turn, step, StepKind.SCALE, f"{value} (scale {step.min}-{step.max})"
        )
        return True

    async def _choice(self, turn: Turn, step: ChoiceStep, text: str) -> bool:
        options = [(o.value, o.label, o.synonyms) for o in step.options]
        picked = parse_choice(text, options, multiple=step.multiple)
        if not picked:
            self._attempt(turn, step, text, valid=False)
            names = ", ".join(o.label for o in step.options)
            how = "one or more of" if step.multiple else "one of"
            self._reask(turn, step, f"Please pick {how}: {names} (the number works too).")
            return False
        labels = [o.label for o in step.options if o.value in picked]
        self._attempt(turn, step, ", ".join(labels), valid=True, classification=",".join(picked))
        responses = [step.responses[v] for v in picked if v in step.responses]
        if responses:
            turn.say(Reply("\n".join(responses)))
        else:
            turn.say(Reply(f"Noted: {', '.join(labels)}."))
        return True

    async def _yes_no(self, turn: Turn, step: YesNoStep, text: str) -> bool:
        answer = parse_yes_no(text)
        if answer is None:
            self._attempt(turn, step, text, valid=False)
            self._reask(turn, step, "A simple yes or no is enough here.")
            return False
        self._attempt(
            turn,
            step,
            "yes" if answer else "no",
            valid=True,
            classification="yes" if answer else "no",
        )
        follow = step.on_yes if answer else step.on_no
        turn.say(Reply(follow or "Thanks, noted."))
        return True

    async def _smart_goal(self, turn: Turn, step: SmartGoalStep, text: str) -> bool:
        enrolment, _ = turn.running
        so_far = dict(enrolment.step_state.get("smart", {}))
        result, prompt, error = await self.consultant.ask(
            turn, step, StepKind.SMART_GOAL, text, smart_so_far=so_far
        )
        so_far.update({k: v for k, v in result.smart.items() if k in SMART_PARTS and v})
        missing = tuple(p for p in SMART_PARTS if p not in so_far)
        complete = not missing
        forced = not complete and enrolment.step_attempt + 1 >= step.max_attempts
        answers = [*enrolment.step_state.get("answers", []), text]
        self._attempt(
            turn, step, text, valid=complete, forced=forced, missing=missing, llm_error=error
        )
        enrolment.step_state["smart"] = so_far
        enrolment.step_state["answers"] = answers
        turn.say(Reply(result.reply), prompt=prompt, usage=result.usage)
        if not (complete or forced):
            return False
        previous = await records.active_goal(turn.conn, enrolment.id)
        await records.create_goal(
            turn.conn,
            enrolment_id=enrolment.id,
            user_id=enrolment.user_id,
            description=" ".join(answers)[:2000],
            smart=so_far,
            now=turn.now,
            revises=previous["id"] if previous and step.mode == "revise" else None,
        )
        return True

    async def _extract(self, turn: Turn, step: ExtractStep, text: str) -> bool:
        enrolment, _ = turn.running
        known = await records.profile(turn.conn, enrolment.user_id)
        wanted = {f.name for f in step.fields}
        result, prompt, error = await self.consultant.ask(
            turn, step, StepKind.EXTRACT, text, known_fields=known
        )
        new = {
            k: v.strip()[:500]
            for k, v in result.extracted.items()
            if k in wanted and k not in known and v and v.strip()
        }
        await records.add_profile_fields(
            turn.conn,
            user_id=enrolment.user_id,
            values=new,
            confidence=result.confidence,
            now=turn.now,
        )
        missing = tuple(sorted(wanted - known.keys() - new.keys()))
        forced = bool(missing) and enrolment.step_attempt + 1 >= step.max_attempts
        self._attempt(
            turn, step, text, valid=not missing, forced=forced, missing=missing, llm_error=error
        )
        turn.say(Reply(result.reply), prompt=prompt, usage=result.usage)
        return not missing or forced

    async def _reflection(self, turn: Turn, step: ReflectionStep, text: str) -> bool:
        enrolment, _ = turn.running
        answers = await records.week_answers(turn.conn, enrolment.id, enrolment.current_week)
        exchanges = tuple(Exchange("user", f"{key}: {answer}") for key, answer in answers)
        result, prompt, error = await self.consultant.ask(
            turn, step, StepKind.REFLECTION, text, week_answers=exchanges
        )
        forced = not result.complete and enrolment.step_attempt + 1 >= step.max_attempts
        self._attempt(turn, step, text, valid=result.complete, forced=forced, llm_error=error)
        turn.say(Reply(result.reply), prompt=prompt, usage=result.usage)
        if not (result.complete or forced):
            return False
        await records.save_takeaways(
            turn.conn,
            enrolment_id=enrolment.id,
            user_id=enrolment.user_id,
            week=enrolment.current_week,
            summary=result.summary,
            learnings=result.takeaways or (text[:500],),
            action_items=result.action_items,
            now=turn.now,
        )
        enrolment.step_state["summary"] = result.summary
        lines = [f"• {item}" for item in result.action_items]
        if lines:
            turn.say(Reply("Your action items this week:\n" + "\n".join(lines)))
        return True

    async def _check_in(self, turn: Turn, step: CheckInStep, text: str) -> bool:
        enrolment, _ = turn.running
        done = await self.check_in_answer(
            turn,
            enrolment.step_state,
            step,
            text,
            ref=step_ref(enrolment.id, enrolment.current_week, step.key),
        )
        if done:
            self._attempt(turn, step, text, valid=True)
        return done

    async def check_in_answer(
        self,
        turn: Turn,
        state: dict[str, object],
        step: CheckInStep | None,
        text: str,
        *,
        ref: str,
    ) -> bool:
        """Mood then progress, in one message or two; records the check-in when complete."""
        enrolment, _ = turn.running
        wants_mood = step.mood if step else True
        wants_progress = step.progress if step else True
        part = str(state.get("part") or ("mood" if wants_mood else "progress"))
        mood, progress = parse_check_in(text)
        if part == "mood":
            mood = mood if mood is not None else parse_scale(text, low=1, high=10)
            if mood is None:
                turn.say(Reply(scale_error(text, 1, 10)), check_in_question(step, ref, "mood"))
                return False
            state["mood"] = mood
            if wants_progress and progress is None:
                state["part"] = "progress"
                turn.say(check_in_question(step, ref, "progress"))
                return False
        else:
            value = progress if progress is not None else parse_scale(text, low=0, high=100)
            if value is None:
                turn.say(Reply(scale_error(text, 0, 100)), check_in_question(step, ref, "progress"))
                return False
            progress = value
        stored_mood = state.get("mood")
        await records.record_check_in(
            turn.conn,
            enrolment_id=enrolment.id,
            user_id=enrolment.user_id,
            week_number=enrolment.current_week,
            mood=stored_mood if isinstance(stored_mood, int) else None,
            progress=progress if wants_progress else None,
            now=turn.now,
        )
        summary = f"mood {stored_mood}/10" if stored_mood is not None else ""
        if progress is not None and wants_progress:
            summary += f"{', ' if summary else ''}progress {progress}%"
        await self._acknowledge(turn, step, StepKind.CHECK_IN, summary)
        return True

    async def _acknowledge(
        self, turn: Turn, step: StepSpec | None, kind: StepKind, answer: str
    ) -> None:
        """A short deterministic word of encouragement (no LLM call for numbers)."""
        if step is None:
            turn.say(Reply(f"Check-in saved: {answer}. Thank you!"))
            return
        result, _, _ = await self.consultant.ask(turn, step, kind, answer, offline_only=True)
        turn.say(Reply(result.reply))
