"""Behaviour of the offline rules coach."""

from __future__ import annotations

from typing import Any

import pytest

from engine.llm.offline import OfflineCoach
from engine.llm.offline._text import detect_smart, keyword_span, looks_like_regex
from engine.llm.types import (
    SMART_PARTS,
    CoachRequest,
    CoachResult,
    Exchange,
    FieldSpec,
    RequiredItem,
    Scenario,
    StepKind,
)

ROLE = RequiredItem("role", "your role", ("role", "job", "work as", "manag", "designer"))
SKILLS = RequiredItem("skills", "the skills you use most", ("skill", "good at", "strength"))

FIELDS = (
    FieldSpec("name", "your first name", patterns=(r"my name is (\w+)",)),
    FieldSpec(
        "role",
        "your current role",
        patterns=(r"\bwork as an? ([\w ]+?)(?: in | at |[.,]|$)",),
    ),
    FieldSpec("experience_level", "how experienced you are", choices=("junior", "mid", "senior")),
    FieldSpec("location", "where you're based", patterns=(r"\b(?:in|from) ([A-Z][\w-]+)",)),
)


async def ask(kind: StepKind, answer: str, **kw: Any) -> CoachResult:
    request = CoachRequest(
        system_prompt="",
        program_context="",
        kind=kind,
        step_key=kw.pop("step_key", "week1.intro"),
        question=kw.pop("question", "Tell me about yourself."),
        answer=answer,
        **kw,
    )
    return await OfflineCoach().evaluate(request)


def test_name_is_offline() -> None:
    assert OfflineCoach().name == "offline"


# --- questions ---------------------------------------------------------------


async def test_answer_covering_every_item_is_complete() -> None:
    result = await ask(
        StepKind.QUESTION,
        "I work as a product designer and my biggest strength is research",
        required=(ROLE, SKILLS),
    )
    assert result.complete
    assert result.missing == ()


async def test_follow_up_names_the_missing_label_and_acknowledges_the_covered_one() -> None:
    result = await ask(
        StepKind.QUESTION, "I work as a product designer at a startup", required=(ROLE, SKILLS)
    )
    assert not result.complete
    assert result.missing == ("skills",)
    assert "the skills you use most" in result.reply
    assert "your role" in result.reply
    assert result.reply.endswith("?")


async def test_keywords_match_stems_case_insensitively() -> None:
    result = await ask(StepKind.QUESTION, "MANAGING a team of five people", required=(ROLE,))
    assert result.complete


@pytest.mark.parametrize("answer", ["idk", "no", "?", "", "  ", "hmm", "I don't know"])
async def test_non_answers_are_rejected_when_items_are_required(answer: str) -> None:
    result = await ask(StepKind.QUESTION, answer, required=(ROLE, SKILLS))
    assert not result.complete
    assert result.missing == ("role", "skills")
    assert "your role" in result.reply


async def test_short_direct_answer_covers_what_it_names() -> None:
    result = await ask(StepKind.QUESTION, "designer, mostly", required=(ROLE, SKILLS))
    assert result.missing == ("skills",)


async def test_last_attempt_moves_on_gently_without_asking_again() -> None:
    result = await ask(
        StepKind.QUESTION,
        "I work as a product designer",
        required=(ROLE, SKILLS),
        attempt_no=3,
        max_attempts=3,
    )
    assert not result.complete
    assert result.missing == ("skills",)
    assert "?" not in result.reply
    assert "the skills you use most" in result.reply


async def test_item_without_keywords_is_covered_by_any_real_answer() -> None:
    item = RequiredItem("why", "why you joined")
    assert (await ask(StepKind.QUESTION, "My manager suggested it", required=(item,))).complete
    assert not (await ask(StepKind.QUESTION, "idk", required=(item,))).complete


async def test_question_without_items_needs_some_substance() -> None:
    assert (await ask(StepKind.QUESTION, "I want to grow as a leader")).complete
    nudge = await ask(StepKind.QUESTION, "ok")
    assert not nudge.complete
    assert nudge.reply


async def test_scenario_classification_picks_first_matching_with_safe_placeholders() -> None:
    scenarios = (
        Scenario("nervous", "worried", ("nervous", "anxious", "worr"), "Nerves are normal."),
        Scenario("excited", "keen", ("excit", "can't wait"), "Love it: {answer} {0.__class__}"),
        Scenario("default", "anything else", (), "Thanks for sharing."),
    )
    excited = await ask(StepKind.QUESTION, "Really excited, a bit worried", scenarios=scenarios)
    assert excited.classification == "nervous"
    assert "Nerves are normal." in excited.reply

    keen = await ask(StepKind.QUESTION, "I am so excited {name} to start", scenarios=scenarios)
    assert keen.classification == "excited"
    assert "Love it: I am so excited {name} to start {0.__class__}" in keen.reply

    other = await ask(StepKind.QUESTION, "It is what it is", scenarios=scenarios)
    assert other.classification == "default"
    assert "Thanks for sharing." in other.reply

    none = await ask(StepKind.QUESTION, "It is what it is", scenarios=scenarios[:2])
    assert none.classification is None


def test_regex_keywords_are_recognised_and_matched() -> None:
    assert looks_like_regex(r"\bux\b|user experience")
    assert not looks_like_regex("work as")
    assert keyword_span(r"\d+ years?", "about 7 years now") == "7 years"
    assert keyword_span("manag", "I'm Managing people") == "managing"
    assert keyword_span("mid", "at midnight") is None
    assert keyword_span("work as", "I work as a nurse") == "work as"
    assert keyword_span("[unclosed", "an [unclosed bracket") is not None


# --- SMART goals ---------------------------------------------------------------


async def test_smart_goal_with_all_parts_is_complete() -> None:
    result = await ask(
        StepKind.SMART_GOAL,
        "I will run 5 km three times a week for the next 6 weeks because I want more energy. "
        "I can start with short routes, which is realistic.",
    )
    assert result.complete
    assert set(result.smart) == set(SMART_PARTS)
    assert result.missing == ()


async def test_smart_goal_coaches_on_missing_parts_with_examples() -> None:
    result = await ask(StepKind.SMART_GOAL, "I want to run more")
    assert not result.complete
    assert set(result.smart) == {"specific"}
    assert result.missing == ("measurable", "achievable", "relevant", "time_bound")
    assert "e.g." in result.reply or "For example" in result.reply or "like" in result.reply


async def test_smart_goal_merges_parts_given_earlier() -> None:
    earlier = {
        "specific": "I will read every evening",
        "measurable": "20 pages",
        "relevant": "because I want to learn",
    }
    result = await ask(
        StepKind.SMART_GOAL,
        "until the end of March, and 20 pages is manageable",
        smart_so_far=earlier,
        attempt_no=2,
    )
    assert result.complete
    assert result.smart["specific"] == "I will read every evening"
    assert "March" in result.smart["time_bound"]


async def test_vague_goal_is_not_specific() -> None:
    result = await ask(StepKind.SMART_GOAL, "I want to be healthier")
    assert "specific" in result.missing
    assert "what" in result.reply.casefold() or "which" in result.reply.casefold()


def test_smart_detection_rules() -> None:
    assert set(detect_smart("Walk 30 minutes a day")) == {"specific", "measurable", "achievable"}
    assert "time_bound" in detect_smart("by Friday")
    assert "time_bound" in detect_smart("every weekday morning")
    assert "relevant" in detect_smart("so that I feel calmer")
    assert "measurable" not in detect_smart("I will finish it by 12 March")


# --- extraction ------------------------------------------------------------------


async def test_extracts_pattern_fields_and_asks_for_the_next_missing_one() -> None:
    result = await ask(
        StepKind.EXTRACT,
        "Hi, my name is Ana, I work as a product designer in Berlin",
        fields=FIELDS,
    )
    assert result.extracted == {"name": "Ana", "role": "product designer", "location": "Berlin"}
    assert all(c == 1.0 for c in result.confidence.values())
    assert not result.complete
    assert result.missing == ("experience_level",)
    assert "Nice to meet you, Ana — product designer and based in Berlin, noted." in result.reply
    assert "=" not in result.reply
    assert "how experienced you are" in result.reply


async def test_enum_choice_matched_by_synonym() -> None:
    result = await ask(
        StepKind.EXTRACT,
        "I'm the design lead these days",
        fields=FIELDS,
        known_fields={"name": "Ana", "role": "designer", "location": "Berlin"},
    )
    assert result.extracted == {"experience_level": "senior"}
    assert result.confidence == {"experience_level": 1.0}
    assert result.complete


async def test_only_missing_fields_are_extracted() -> None:
    result = await ask(
        StepKind.EXTRACT,
        "my name is Bob and I live in Paris",
        fields=FIELDS,
        known_fields={"name": "Ana"},
    )
    assert "name" not in result.extracted
    assert result.extracted["location"] == "Paris"


async def test_bare_answer_fills_the_single_missing_field() -> None:
    known = {"name": "Ana", "role": "designer", "experience_level": "senior"}
    result = await ask(StepKind.EXTRACT, "Lisbon.", fields=FIELDS, known_fields=known)
    assert result.extracted == {"location": "Lisbon"}
    assert result.confidence == {"location": 0.6}
    assert result.complete


async def test_bare_answer_for_enum_only_when_it_matches_a_choice() -> None:
    known = {"name": "Ana", "role": "designer", "location": "Berlin"}
    assert (
        await ask(StepKind.EXTRACT, "pineapple", fields=FIELDS, known_fields=known)
    ).extracted == {}
    got = await ask(StepKind.EXTRACT, "mid", fields=FIELDS, known_fields=known)
    assert got.extracted == {"experience_level": "mid"}


async def test_enum_choices_matched_by_their_words_and_number_ranges() -> None:
    stage = FieldSpec("stage", "how far along you are", choices=("just an idea", "prototype"))
    assert (await ask(StepKind.EXTRACT, "it's only an idea", fields=(stage,))).extracted == {
        "stage": "just an idea"
    }
    years = FieldSpec("years", "years of experience", choices=("0-2 years", "3-5 years", "6+"))
    assert (await ask(StepKind.EXTRACT, "about 4 years", fields=(years,))).extracted == {
        "years": "3-5 years"
    }
    assert (await ask(StepKind.EXTRACT, "twelve years", fields=(years,))).extracted == {
        "years": "6+"
    }


async def test_bare_answer_is_not_taken_when_several_fields_are_missing() -> None:
    result = await ask(StepKind.EXTRACT, "Product designer", fields=FIELDS)
    assert "role" not in result.extracted
    assert "your first name" in result.reply


# --- reflection ---------------------------------------------------------------------


async def test_reflection_finds_takeaways_and_action_items() -> None:
    result = await ask(
        StepKind.REFLECTION,
        "I learned that saying no protects my focus. Meetings drained me. "
        "Next week I will block two mornings for deep work. Ask for help sooner.",
        week_answers=(
            Exchange("assistant", "How did it go?"),
            Exchange("user", "I set a goal to run. It was hard."),
            Exchange("user", "I ran twice!"),
        ),
    )
    assert result.complete
    assert result.takeaways == ("I learned that saying no protects my focus", "Meetings drained me")
    assert result.action_items == (
        "Next week I will block two mornings for deep work",
        "Ask for help sooner",
    )
    assert result.summary is not None
    assert "I set a goal to run" in result.summary
    assert "I ran twice" in result.summary


async def test_reflection_without_action_invents_none() -> None:
    result = await ask(StepKind.REFLECTION, "Mornings are my best time.")
    assert result.complete
    assert result.takeaways == ("Mornings are my best time",)
    assert result.action_items == ()


async def test_short_reflection_is_incomplete() -> None:
    result = await ask(StepKind.REFLECTION, "fine")
    assert not result.complete
    assert result.action_items == ()


# --- acknowledgements ------------------------------------------------------------------


async def test_low_and_high_moods_get_different_tones() -> None:
    low = await ask(StepKind.CHECK_IN, "2", question="How is your mood, 1-10?")
    high = await ask(StepKind.CHECK_IN, "9", question="How is your mood, 1-10?")
    assert low.complete and high.complete
    assert low.classification == "low"
    assert high.classification == "high"
    assert low.reply != high.reply


async def test_scale_out_of_100_and_other_kinds_acknowledge() -> None:
    progress = await ask(StepKind.SCALE, "80", question="Progress 0-100?")
    assert progress.classification == "high"
    for kind, answer in [
        (StepKind.YES_NO, "no"),
        (StepKind.CHOICE, "Mornings"),
        (StepKind.CONTENT, ""),
    ]:
        result = await ask(kind, answer)
        assert result.complete
        assert result.reply


# --- determinism and variety -------------------------------------------------------------


async def test_same_request_gives_the_same_reply() -> None:
    first = await ask(StepKind.QUESTION, "I work as a designer", required=(ROLE, SKILLS))
    again = await ask(StepKind.QUESTION, "I work as a designer", required=(ROLE, SKILLS))
    assert first == again


async def test_wording_varies_across_steps_and_attempts() -> None:
    replies = {
        (
            await ask(
                StepKind.QUESTION,
                "I work as a designer",
                required=(ROLE, SKILLS),
                step_key=f"week{week}.q",
                attempt_no=attempt,
                max_attempts=5,
            )
        ).reply
        for week in range(1, 5)
        for attempt in (1, 2)
    }
    assert len(replies) > 2


# --- real-program shapes -------------------------------------------------------------


async def test_fragment_keywords_match_inside_words() -> None:
    going_badly = RequiredItem("bad", "something that isn't going well", ("n't", "frustrat"))
    result = await ask(StepKind.QUESTION, "The pay isn’t great at all", required=(going_badly,))
    assert result.complete


async def test_scenario_with_most_keyword_hits_wins() -> None:
    scenarios = (
        Scenario("done", "did it", ("managed", "done", "yes"), "You did it!"),
        Scenario("not_done", "didn't", ("didn't", "busy", "forgot"), "That's normal."),
    )
    result = await ask(StepKind.QUESTION, "I didn't manage it, I was too busy", scenarios=scenarios)
    assert result.classification == "not_done"
    assert result.reply == "That's normal."


async def test_scenario_response_waits_until_the_answer_is_complete() -> None:
    scenarios = (Scenario("keen", "keen", ("excit",), "Love the energy!"),)
    partial = await ask(
        StepKind.QUESTION, "I am excited about it", required=(ROLE,), scenarios=scenarios
    )
    assert partial.classification == "keen"
    assert "Love the energy!" not in partial.reply
    full = await ask(
        StepKind.QUESTION, "Excited to grow in my job", required=(ROLE,), scenarios=scenarios
    )
    assert full.reply == "Love the energy!"


async def test_choice_ranges_and_phrases_come_from_the_description() -> None:
    level = FieldSpec(
        "experience_level",
        "How experienced you are: junior (about 0-2 years), mid (about 3-5 years), "
        "senior (6+ years), or lead (team lead, head of, director or founder)?",
        choices=("junior", "mid", "senior", "lead"),
    )
    stage = FieldSpec(
        "startup_stage",
        "What stage: idea, pre-seed, seed, Series A, or growth (Series B and later)?",
        choices=("idea", "pre_seed", "seed", "series_a", "growth"),
    )
    result = await ask(
        StepKind.EXTRACT,
        "I've been at it for 4 years, at a pre-seed company",
        fields=(level, stage),
    )
    assert result.extracted == {"experience_level": "mid", "startup_stage": "pre_seed"}
    founder = await ask(StepKind.EXTRACT, "I'm the founder, we're Series B", fields=(level, stage))
    assert founder.extracted == {"experience_level": "lead", "startup_stage": "growth"}


async def test_question_shaped_description_is_asked_as_written() -> None:
    where = FieldSpec("location", "Where are you based?")
    result = await ask(StepKind.EXTRACT, "hello there friend, nice day", fields=(FIELDS[0], where))
    assert "your name" in result.reply.casefold() or "first name" in result.reply
    only_where = await ask(StepKind.EXTRACT, "I have no idea", fields=(where,))
    assert only_where.reply.endswith("Where are you based?")
    assert only_where.extracted == {}


async def test_pattern_capturing_a_non_answer_is_ignored() -> None:
    name = FieldSpec("name", "What should I call you?", patterns=(r"^\s*([a-z]+)\s*$",))
    assert (await ask(StepKind.EXTRACT, "idk", fields=(name,))).extracted == {}
    assert (await ask(StepKind.EXTRACT, "Sam", fields=(name,))).extracted == {"name": "Sam"}


async def test_program_example_goal_is_specific_and_time_bound() -> None:
    result = await ask(StepKind.SMART_GOAL, "Tonight I'll be in bed with the phone off by 22:30.")
    assert {"specific", "measurable", "time_bound"} <= set(result.smart)
    assert result.missing == ("achievable", "relevant")
