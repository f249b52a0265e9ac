"""`cohort` / `coachbot simulate`: a seeded synthetic cohort through a program in virtual time.

Each simulated person has an answer quality (the chance that a free-text answer
covers what the step asks; otherwise they answer vaguely and get follow-ups,
hints and, at the step's attempt limit, a forced progression) and a weekly
dropout chance. Everybody shares one virtual clock: the cohort works through a
week, then the clock jumps eight days and the next week opens. What comes out
is the completion funnel by week and step, attempts per step, forced
progressions, and what the same turns would cost with each LLM provider
(`llm_cost`: the requests the real builders would send, caching modelled).
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from adapters.console import ConsoleSession
from benchmarks._common import scratch_database
from benchmarks._people import STATE_SQL, Position, sincere_answer, vague_answer
from benchmarks._progress import Progress
from benchmarks.llm_cost import TokenMeter
from benchmarks.turns import START
from engine.clock import VirtualClock
from engine.llm.offline import OfflineCoach
from engine.programs.loader import LoadedProgram, builtin_programs, load_program
from engine.programs.sync import sync_programs
from engine.store.database import Database
from engine.turn import SORRY, Coachbot


@dataclass
class Person:
    n: int
    quality: float  # chance a free-text answer is a good one
    weekly_dropout: float
    dropped_in_week: int | None = None
    turns: int = 0
    vague_answers: int = 0


def resolve_program(program: str) -> tuple[LoadedProgram, list[LoadedProgram]]:
    """A built-in slug or a program file; returns it and everything to sync."""
    builtins = builtin_programs()
    path = Path(program)
    if path.suffix in {".yaml", ".yml"} or path.exists():
        loaded = load_program(path)
        return loaded, [p for p in builtins if p.spec.slug != loaded.spec.slug] + [loaded]
    for loaded in builtins:
        if loaded.spec.slug == program:
            return loaded, builtins
    slugs = ", ".join(p.spec.slug for p in builtins)
    raise ValueError(f"no program {program!r} (built-in: {slugs}; or give a .yaml file)")


async def simulate_cohort(
    program: str,
    *,
    people: int = 1000,
    seed: int = 1,
    concurrency: int = 4,
    max_turns_per_week: int = 60,
    progress: Progress,
) -> dict[str, Any]:
    loaded, to_sync = resolve_program(program)
    spec = loaded.spec
    rng = random.Random(seed)
    cohort = [
        Person(n, quality=rng.uniform(0.25, 1.0), weekly_dropout=rng.choice((0.02, 0.05, 0.1, 0.2)))
        for n in range(people)
    ]
    meter = TokenMeter()
    offline = OfflineCoach()
    clock = VirtualClock(start=START)
    sorry = 0
    task = progress.task(
        f"cohort: {people} people × {len(spec.weeks)} weeks", people * len(spec.weeks)
    )
    with scratch_database("cohort") as url:
        async with Database(url, max_size=concurrency + 2) as db:
            async with db.transaction() as conn:
                await sync_programs(conn, to_sync)
            bot = Coachbot(db=db, coach=meter, offline=offline, clock=clock)
            sessions = {
                p.n: ConsoleSession(
                    bot,
                    clock,
                    user=f"sim-{p.n}",
                    display_name=f"Sim {p.n}",
                    timezone="Europe/Berlin",
                )
                for p in cohort
            }

            async def position(p: Person) -> Position | None:
                async with db.transaction() as conn:
                    row = await (await conn.execute(STATE_SQL, (f"sim-{p.n}",))).fetchone()
                return None if row is None else Position.from_row(row)

            async def say(p: Person, text: str) -> None:
                nonlocal sorry
                p.turns += 1
                replies = await sessions[p.n].send(text)
                if any(r.text == SORRY for r in replies):
                    sorry += 1

            async def run_week(p: Person, week: int, prng: random.Random) -> None:
                """One round: work until the next lock (the clock moves between rounds)."""
                if p.dropped_in_week is not None:
                    return
                if week > 0 and prng.random() < p.weekly_dropout:
                    p.dropped_in_week = week + 1
                    return
                meter.begin_session()
                if week == 0:
                    await say(p, f"start {spec.slug}")
                woke = week == 0
                for _ in range(max_turns_per_week):
                    pos = await position(p)
                    if pos is None or pos.status != "active":
                        return
                    if pos.locked:
                        if woke:
                            return  # done for this week; wait for the clock
                        woke = True
                        await say(p, "next")  # the week opened while they were away
                        continue
                    woke = True
                    step = pos.step_spec(spec)
                    if step is None:
                        await say(p, "next")
                        continue
                    if prng.random() < p.quality:
                        text = sincere_answer(step, pos.part)
                    else:
                        p.vague_answers += 1
                        text = vague_answer(step, prng.randrange(100))
                    await say(p, text)

            for week in range(len(spec.weeks)):
                meter.week = week
                queue: asyncio.Queue[Person] = asyncio.Queue()
                for p in cohort:
                    queue.put_nowait(p)

                async def worker(week: int = week, queue: asyncio.Queue[Person] = queue) -> None:
                    while not queue.empty():
                        p = queue.get_nowait()
                        await run_week(p, week, random.Random(seed * 1_000_003 + p.n * 101 + week))
                        progress.update(task, advance=1)

                await asyncio.gather(*(worker() for _ in range(concurrency)))
                clock.advance(timedelta(days=8))

            report = await _funnel(db, spec)
    completed = report.pop("completed")
    turns = sum(p.turns for p in cohort)
    return {
        "program": spec.slug,
        "program_source": str(loaded.path),
        "people": people,
        "seed": seed,
        "weeks": len(spec.weeks),
        "turns": turns,
        "completed": completed,
        "completion_rate": round(completed / people, 3) if people else 0,
        "dropped_out_by_week": _dropouts(cohort, len(spec.weeks)),
        **report,
        "sorry_replies": sorry,
        "llm": meter.report(people=people, completed=completed),
    }


def _dropouts(cohort: list[Person], weeks: int) -> dict[str, int]:
    counts = {str(w): 0 for w in range(1, weeks + 1)}
    for p in cohort:
        if p.dropped_in_week is not None:
            counts[str(p.dropped_in_week)] += 1
    return counts


async def _funnel(db: Database, spec: Any) -> dict[str, Any]:
    async with db.transaction() as conn:
        attempts = await (
            await conn.execute(
                """
                SELECT week_number, step_key, count(DISTINCT enrolment_id) AS people,
                    count(*) AS attempts, count(*) FILTER (WHERE forced) AS forced,
                    count(DISTINCT enrolment_id) FILTER (WHERE valid OR forced) AS passed,
                    count(*) FILTER (WHERE llm_error IS NOT NULL) AS llm_errors
                FROM step_attempts GROUP BY week_number, step_key
                """
            )
        ).fetchall()
        weeks = await (
            await conn.execute(
                "SELECT week_number, count(*) FILTER (WHERE status = 'completed') AS completed,"
                " count(*) FILTER (WHERE status IN ('in_progress', 'completed', 'unlocked'))"
                " AS opened FROM week_progress GROUP BY week_number"
            )
        ).fetchall()
        done = await (
            await conn.execute("SELECT count(*) AS n FROM enrolments WHERE status = 'completed'")
        ).fetchone()
    by_step = {(r["week_number"], r["step_key"]): r for r in attempts}
    by_week = {r["week_number"]: r for r in weeks}
    funnel = []
    for number, week in enumerate(spec.weeks, 1):
        steps = []
        for step in week.steps:
            r = by_step.get((number, step.key))
            people = int(r["people"]) if r else 0
            steps.append(
                {
                    "step": step.key,
                    "type": step.type,
                    "people_answering": people,
                    "people_through": int(r["passed"]) if r else 0,
                    "mean_attempts": round(int(r["attempts"]) / people, 2)
                    if r and people
                    else None,
                    "forced_progressions": int(r["forced"]) if r else 0,
                    "llm_errors": int(r["llm_errors"]) if r else 0,
                }
            )
        w = by_week.get(number)
        funnel.append(
            {
                "week": number,
                "title": week.title,
                "opened": int(w["opened"]) if w else 0,
                "completed": int(w["completed"]) if w else 0,
                "steps": steps,
            }
        )
    return {
        "completed": int(done["n"]) if done else 0,
        "funnel": funnel,
        "forced_progressions": sum(int(r["forced"]) for r in attempts),
        "mean_attempts_per_step": round(
            sum(int(r["attempts"]) for r in attempts)
            / max(sum(int(r["people"]) for r in attempts), 1),
            2,
        ),
    }
