"""Block Kit rendering of engine replies, and reading clicks back."""

from __future__ import annotations

import json

from adapters.slack import home_view, parse_action, render_messages
from adapters.slack.render import reply_blocks
from engine.messages import Action, Attachment, Choice, ProgressCard, Reply


def options(*values: str) -> tuple[Choice, ...]:
    return tuple(Choice(v.title(), v) for v in values)


def test_every_message_has_a_plain_text_fallback_with_numbered_choices() -> None:
    (message,) = render_messages([Reply("Pick one", options("a", "b"), choice_ref="q1")])
    assert message.text == "Pick one\n  1. A\n  2. B\n(reply with a number or the words)"


def test_up_to_five_choices_are_buttons_carrying_ref_and_value() -> None:
    blocks = reply_blocks(Reply("Which area?", options("work", "health", "family"), "q7"))
    assert blocks[0] == {"type": "section", "text": {"type": "mrkdwn", "text": "Which area?"}}
    (actions,) = [b for b in blocks if b["type"] == "actions"]
    assert [e["type"] for e in actions["elements"]] == ["button"] * 3
    assert actions["elements"][1]["action_id"] == "coach:1:q7"
    assert actions["elements"][1]["value"] == "health"


def test_a_mood_scale_is_two_rows_of_five_buttons() -> None:
    mood = tuple(Choice(str(i), str(i)) for i in range(1, 11))
    rows = [b for b in reply_blocks(Reply("Mood?", mood, "mood")) if b["type"] == "actions"]
    assert [len(r["elements"]) for r in rows] == [5, 5]
    assert rows[1]["elements"][4]["action_id"] == "coach:9:mood"


def test_a_progress_scale_0_to_100_is_a_static_select() -> None:
    scale = tuple(Choice(f"{i}%", str(i)) for i in range(0, 101, 10))
    (actions,) = [b for b in reply_blocks(Reply("Progress?", scale, "p")) if b["type"] == "actions"]
    (select,) = actions["elements"]
    assert select["type"] == "static_select" and len(select["options"]) == 11
    click = {"action_id": select["action_id"], "selected_option": select["options"][7]}
    assert parse_action(click, None) == (Action(ref="p", value="70"), "70%")


def test_many_text_choices_are_a_select_too() -> None:
    reply = Reply("Role?", options("a", "b", "c", "d", "e", "f"), "role")
    (actions,) = [b for b in reply_blocks(reply) if b["type"] == "actions"]
    assert actions["elements"][0]["type"] == "static_select"


def test_a_multi_select_submits_all_picks_with_done() -> None:
    reply = Reply("Strengths?", options("focus", "empathy", "grit"), "s", multi_select=True)
    (actions,) = [b for b in reply_blocks(reply) if b["type"] == "actions"]
    select, done = actions["elements"]
    assert select["type"] == "multi_static_select" and done["action_id"] == "coach-done:s"
    picked = [select["options"][0], select["options"][2]]
    state = {"values": {"blk": {select["action_id"]: {"selected_options": picked}}}}
    parsed = parse_action({"action_id": done["action_id"], "value": "done"}, state)
    assert parsed == (Action(ref="s", value="focus,grit"), "Focus, Grit")


def test_a_click_on_a_button_without_ref_still_parses() -> None:
    blocks = reply_blocks(Reply("Ready?", options("yes", "no")))
    button = blocks[1]["elements"][0]
    assert parse_action(button, None) == (Action(ref="", value="yes"), "Yes")
    assert parse_action({"action_id": "something_else", "value": "x"}, None) is None


def test_user_text_cannot_ping_or_inject_links() -> None:
    (message,) = render_messages([Reply("You said: <!here> <https://evil|click> & @channel")])
    section = message.blocks[0]["text"]["text"]
    for text in (section, message.text):
        assert "<!here>" not in text and "<https://evil" not in text
        assert "&lt;https://evil|click&gt;" in text and "&amp;" in text
        assert "@channel" not in text  # a zero-width space after the @


def test_long_text_is_split_into_sections() -> None:
    blocks = reply_blocks(Reply("x" * 7000))
    assert [len(b["text"]["text"]) for b in blocks] == [3000, 3000, 1000]


def test_links_are_listed_with_titles() -> None:
    blocks = reply_blocks(Reply("Watch this", links=(("Feedback 101", "https://ex.com/v?a=1"),)))
    assert blocks[1]["text"]["text"] == "• <https://ex.com/v?a=1|Feedback 101>"


CARD = ProgressCard(
    program_title="Career growth",
    week_number=3,
    weeks_total=6,
    week_title="Feedback",
    step_number=1,
    steps_total=4,
    percent_complete=45,
    status="active",
    last_check_in="mood 7, progress 40%",
)


def test_the_progress_card_is_a_header_fields_and_no_buttons_in_app_home() -> None:
    view = home_view([Reply("Here is where you are.", card=CARD, choices=options("next"))])
    types = [b["type"] for b in view["blocks"]]
    assert types == ["section", "header", "section"]
    fields = [f["text"] for f in view["blocks"][2]["fields"]]
    assert fields[2] == "*Progress*\n`████░░░░░░` 45%"
    assert fields[-1] == "*Last check-in*\nmood 7, progress 40%"


def test_app_home_without_replies_invites_to_start() -> None:
    assert "/coach start" in home_view([])["blocks"][0]["text"]["text"]


def test_replies_beyond_fifty_blocks_go_into_a_second_message() -> None:
    replies = [Reply(f"r{i}", options("a", "b")) for i in range(30)]  # 2 blocks each
    messages = render_messages(replies)
    assert [len(m.blocks) for m in messages] == [50, 10]
    assert messages[1].text.startswith("r25")


def test_an_attachment_is_not_pasted_into_the_notification_text() -> None:
    export = '{"goals": [{"text": "sleep by 22:30"}], "check_ins": []}' * 50
    reply = Reply("Here is everything I store about you.", attachment=Attachment("e.json", export))
    (message,) = render_messages([reply])
    assert message.text == "Here is everything I store about you."
    assert "goals" not in json.dumps(message.blocks)
