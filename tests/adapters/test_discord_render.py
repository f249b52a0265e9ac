"""Rendering engine replies as Discord messages (no network)."""

from __future__ import annotations

from adapters.discord.endpoints import rest_base
from adapters.discord.render import CONTENT_MAX, discord_emphasis, render_reply, split_text
from adapters.discord.views import ChoiceButton, ChoiceSelect
from engine.messages import Choice, ProgressCard, Reply


def choices(n: int) -> tuple[Choice, ...]:
    return tuple(Choice(f"Option {i}", str(i)) for i in range(1, n + 1))


def test_up_to_five_choices_are_buttons_that_encode_what_they_answer() -> None:
    (message,) = render_reply(Reply("Pick", choices=choices(5), choice_ref="w1-s2"))
    assert message.view is not None
    items = message.view.children
    assert all(isinstance(item, ChoiceButton) for item in items)
    assert [item.custom_id for item in items] == [f"cb:w1-s2:{i}" for i in range(1, 6)]
    assert message.content == "Pick"


def test_six_choices_or_multi_select_become_a_select_menu() -> None:
    (scale,) = render_reply(Reply("Mood?", choices=choices(10), choice_ref="mood"))
    (multi,) = render_reply(Reply("Which?", choices=choices(3), choice_ref="m", multi_select=True))
    assert scale.view is not None and multi.view is not None
    (menu,) = scale.view.children
    assert isinstance(menu, ChoiceSelect) and menu.custom_id == "cs:mood"
    assert (menu.item.min_values, menu.item.max_values, len(menu.item.options)) == (1, 1, 10)
    (menu,) = multi.view.children
    assert isinstance(menu, ChoiceSelect) and menu.item.max_values == 3


def test_choices_that_cannot_be_encoded_degrade_to_numbered_text() -> None:
    too_many = Reply("Pick", choices=choices(26), choice_ref="r")
    too_long = Reply("Pick", choices=(Choice("A", "x" * 100),), choice_ref="r")
    no_ref = Reply("Pick", choices=choices(2))
    for reply in (too_many, too_long, no_ref):
        (message,) = render_reply(reply)
        assert message.view is None
        assert message.content is not None
        assert "  1. " in message.content and "(reply with a number" in message.content


def test_card_is_an_embed_and_links_are_fields() -> None:
    card = ProgressCard("Career", 2, 6, "Goals", 1, 4, 50, "active", goal="Lead a project")
    reply = Reply("", card=card, links=(("Guide", "https://example.org/g"),))
    (message,) = render_reply(reply)
    assert message.content is None
    progress, links = message.embeds
    assert progress.title == "Career"
    assert progress.description == "Week 2/6: Goals"
    assert [f.name for f in progress.fields] == ["Progress", "Status", "Goal"]
    assert [(f.name, f.value) for f in links.fields] == [("Guide", "https://example.org/g")]


def test_every_message_is_sent_without_mentions() -> None:
    (message,) = render_reply(Reply("@everyone hi <@123> <@&456>"))
    mentions = message.kwargs()["allowed_mentions"]
    assert mentions.to_dict() == {"parse": []}
    assert mentions.users is False and mentions.roles is False and mentions.everyone is False


def test_long_text_is_split_at_line_breaks_and_the_view_rides_on_the_last_part() -> None:
    text = "\n".join(f"line {i:04d} " + "x" * 90 for i in range(60))
    messages = render_reply(Reply(text, choices=choices(2), choice_ref="r"))
    assert len(messages) == 4
    assert all(m.content and len(m.content) <= CONTENT_MAX for m in messages)
    assert [m.view is not None for m in messages] == [False, False, False, True]
    assert "\n".join(m.content or "" for m in messages) == text
    assert split_text("x" * 4500) == ["x" * 2000, "x" * 2000, "x" * 500]


def test_the_engines_bold_is_rendered_as_discord_bold_not_italics() -> None:
    assert discord_emphasis("Type *help* or *status*.") == "Type **help** or **status**."
    assert discord_emphasis("already **bold** here") == "already **bold** here"
    assert discord_emphasis("2 * 3 * 4 and a lone * star") == "2 * 3 * 4 and a lone * star"
    assert discord_emphasis("_italic_ stays") == "_italic_ stays"
    [message] = render_reply(Reply("Welcome to *A taste of coaching*!"))
    assert message.content == "Welcome to **A taste of coaching**!"


def test_discord_api_url_may_be_the_server_root_or_the_versioned_base() -> None:
    for pasted in (
        "http://127.0.0.1:8123",
        "http://127.0.0.1:8123/",
        "http://127.0.0.1:8123/api",
        "http://127.0.0.1:8123/api/v10",
        "http://127.0.0.1:8123/api/v9/",
    ):
        assert rest_base(pasted) == "http://127.0.0.1:8123/api/v10", pasted
