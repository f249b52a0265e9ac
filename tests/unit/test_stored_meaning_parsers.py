"""The pure readers behind "store what the person meant": goal sentences, replies to the
goal shown, reflections and yes/no answers with detail (varied wordings, five languages)."""

from __future__ import annotations

import pytest

from engine.llm.judgement.schema import JUDGEMENT_SCHEMA
from engine.llm.offline._goal_sentence import compose_goal, fallback_goal, revise_goal
from engine.llm.offline._reflect_parse import asks_about_reflection, parse_reflection
from engine.llm.offline._smart_detect import detect_smart
from engine.steps.goal_reply import GoalReply, read_goal_reply
from engine.steps.state import ConversationState, GoalRevision, SmartGoalDraft
from engine.steps.yes_no import read_yes_no


def _parts(*attempts: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for attempt in attempts:
        for part, sentence in detect_smart(attempt).items():
            found.setdefault(part, sentence)
    return found


def test_a_goal_from_several_attempts_is_one_sentence_without_filler_or_meta_chat() -> None:
    attempts = (
        "hmm, something with music",
        "I'd like to practise the piano for 20 minutes",
        "what do you mean by relevant?",
        "ok so: every weekday evening until my recital in June",
        "because playing calms me down",
    )
    goal = compose_goal(_parts(*attempts))
    assert goal.startswith("I will practise the piano for 20 minutes")
    assert "every weekday evening" in goal and "because playing calms me down" in goal
    assert "what do you mean" not in goal and "ok so" not in goal and "music" not in goal
    assert "." not in goal.rstrip(".") and goal.count("because") == 1


def test_a_goal_said_in_one_go_is_kept_in_the_persons_words() -> None:
    said = (
        "My goal is to send 5 job applications every week for the next 2 months, because I"
        " want a role closer to home, which is doable since I have Friday afternoons free."
    )
    goal = compose_goal(_parts(said))
    assert goal == "I will " + said.removeprefix("My goal is to ").rstrip(".")


def test_no_parts_means_no_sentence_and_the_fallback_takes_the_fullest_real_answer() -> None:
    assert compose_goal({}) == ""
    assert fallback_goal(["idk", "be healthier somehow I guess", "what do you mean?"]) == (
        "Be healthier somehow I guess"
    )
    assert fallback_goal(["idk", "?"]) == ""


@pytest.mark.parametrize(
    ("edit", "present", "absent"),
    [
        ("make it 15 minutes", "15 minutes every morning", "30 minutes"),
        ("until the end of April", "every morning until the end of April", "next 6 weeks"),
        ("on weekdays instead", "on weekdays", "every morning"),
        ("because my doctor asked me to", "because my doctor asked me to", "feel stronger"),
    ],
)
def test_an_edit_replaces_only_the_part_it_names(edit: str, present: str, absent: str) -> None:
    goal = (
        "I will stretch for 30 minutes every morning for the next 6 weeks, because I want"
        " to feel stronger"
    )
    revised = revise_goal(goal, edit, {})
    assert revised is not None
    assert present in revised and absent not in revised
    assert revised.startswith("I will stretch")


def test_an_edit_with_no_part_in_it_is_not_placed() -> None:
    goal = "I will stretch for 30 minutes every morning"
    assert revise_goal(goal, "what do you mean?", {}) is None
    assert revise_goal(goal, "hmm", {}) is None


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "Yes please!",
        "yep, keep it",
        "looks good",
        "that works",
        "👍",
        "sim",
        "Sí, perfecto",
        "oui, c'est bon",
        "ja, passt",
        "genau",
        "ok",
    ],
)
def test_a_yes_in_any_of_five_languages_keeps_the_goal(text: str) -> None:
    assert read_goal_reply(text) is GoalReply.KEEP


@pytest.mark.parametrize(
    "text", ["change it", "no", "Não", "nein", "edit", "cambiar", "no, change it"]
)
def test_change_words_ask_for_an_edit(text: str) -> None:
    assert read_goal_reply(text) is GoalReply.CHANGE


@pytest.mark.parametrize(
    "text", ["make it 20 minutes", "yes but on Sundays", "I will run 5 km every Saturday"]
)
def test_anything_else_is_the_edit_itself(text: str) -> None:
    assert read_goal_reply(text) is None


def test_only_a_revision_can_be_cancelled() -> None:
    assert read_goal_reply("keep the old one", cancellable=True) is GoalReply.CANCEL
    assert read_goal_reply("never mind", cancellable=True) is GoalReply.CANCEL
    assert read_goal_reply("never mind") is not GoalReply.CANCEL


@pytest.mark.parametrize(
    ("text", "takeaways", "actions"),
    [
        (
            "Takeaway: short check-ins beat long meetings. Action: cancel the Friday sync.",
            ("short check-ins beat long meetings",),
            ("cancel the Friday sync",),
        ),
        (
            "next step - ask Priya for the budget; learned - nobody owns the budget",
            ("nobody owns the budget",),
            ("ask Priya for the budget",),
        ),
        (
            "I realised I avoid conflict. I'll raise the rota issue on Monday.",
            ("I realised I avoid conflict",),
            ("I'll raise the rota issue on Monday",),
        ),
        (
            "Saying no felt fine, and next week I'll decline one more meeting",
            ("Saying no felt fine",),
            ("next week I'll decline one more meeting",),
        ),
        (
            "Ce que je retiens : je dors mieux sans écran. Prochaine étape : lire au lit.",
            ("je dors mieux sans écran",),
            ("lire au lit",),
        ),
        (
            "Ich habe gelernt, dass Pausen helfen. Nächste Woche werde ich mittags spazieren.",
            ("Ich habe gelernt, dass Pausen helfen",),
            ("Nächste Woche werde ich mittags spazieren",),
        ),
        (
            "Aprendizaje: necesito ayuda. Voy a pedirla el lunes.",
            ("necesito ayuda. Voy a pedirla el lunes",),
            (),
        ),
        ("Ação: ligar para a Rita. Lição: pedir cedo.", ("pedir cedo",), ("ligar para a Rita",)),
        ("The week was calm and I slept well.", ("The week was calm and I slept well",), ()),
        (
            "My takeaway is that rest helps. Next I'll nap at noon.",
            ("rest helps",),
            ("I'll nap at noon",),
        ),
        (
            "my plan was a disaster, I will try again",
            ("my plan was a disaster",),
            ("I will try again",),
        ),
    ],
)
def test_reflections_are_split_into_takeaways_and_actions(
    text: str, takeaways: tuple[str, ...], actions: tuple[str, ...]
) -> None:
    parsed = parse_reflection(text)
    assert (parsed.takeaways, parsed.actions) == (takeaways, actions)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("what do you mean by takeaway?", True),
        ("What counts as an action?", True),
        ("can you give me an example?", True),
        ("o que é um próximo passo?", True),
        ("¿qué es una acción?", True),
        ("I learned a lot. Should I tell my manager?", False),
        ("Takeaway: rest matters. Action: sleep by 23:00", False),
    ],
)
def test_a_question_about_the_reflection_is_told_apart(text: str, question: bool) -> None:
    assert asks_about_reflection(text) is question


@pytest.mark.parametrize(
    ("text", "answer", "detail"),
    [
        ("yes", True, ""),
        ("Yes, teaching, like at a bootcamp", True, "teaching, like at a bootcamp"),
        ("yeah I mentored two juniors last year", True, "I mentored two juniors last year"),
        ("of course — with my sister", True, "with my sister"),
        ("no, not yet", False, ""),
        ("nope, too busy with the move", False, "too busy with the move"),
        ("not really, only once at school", False, "only once at school"),
        ("oui, avec mon équipe", True, "avec mon équipe"),
        ("yes, no", None, ""),
        ("maybe", None, ""),
    ],
)
def test_yes_no_keeps_the_detail_given_with_it(text: str, answer: bool | None, detail: str) -> None:
    assert read_yes_no(text) == (answer, detail)


def test_the_goal_draft_and_a_revision_survive_the_json_round_trip() -> None:
    draft = SmartGoalDraft(
        smart={"specific": "I will swim"},
        answers=["I will swim"],
        goal="I will swim",
        confirming=True,
    )
    state = ConversationState(step=draft, adhoc=GoalRevision(SmartGoalDraft(goal="Old goal")))
    raw = state.to_json()
    assert raw["part"] == "confirm"
    again = ConversationState.from_json(raw)
    assert again.step == draft
    assert again.adhoc == GoalRevision(SmartGoalDraft(goal="Old goal"))


def test_the_goal_sentence_comes_after_the_judgement_and_before_the_reply() -> None:
    order = list(JUDGEMENT_SCHEMA["properties"])
    assert order.index("goal") > order.index("smart") and order[-1] == "reply"
    assert "goal" in JUDGEMENT_SCHEMA["required"]
