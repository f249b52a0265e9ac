"""How profile questions are asked and acknowledged, and which replies are no value at all.

Shared by the offline coach's extraction and by the `extract` step (which words its own
reply when it takes a bare answer, a "skip", or stops asking for a field).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from engine.llm.offline import _text as t
from engine.llm.offline._meta import is_meta_reply
from engine.llm.types import FieldSpec

ABOUT_BOT = (
    "I'm your coach — a chat bot that guides you through short weekly coaching programs."
    " This first chat is so the coaching fits you."
)

# "I'd rather not share", "skip", "pass" — and the same in a few more languages.
_DECLINE = re.compile(
    r"^\s*(?:skip(?:\s+(?:it|this|that))?|pass|next|n/?a|none of your business|no comment|"
    r"rather not|prefer not|no thanks|nope,? skip|"
    r"i(?:'d| would)? (?:rather|prefer) not(?: to)?(?: (?:say|share|answer|tell))?|"
    r"i don'?t (?:want|wish) to (?:say|share|answer|tell)|"
    r"(?:that'?s )?private|not telling|let'?s skip|can we skip|"
    # Portuguese, Spanish, French, German, Italian, Dutch
    r"prefiro não(?: dizer| partilhar| compartilhar| responder)?|pular|passo|saltar|"
    r"prefiero no(?: decir| compartir| responder)?|paso|omitir|"
    r"je pr[ée]f[èe]re ne pas(?: (?:dire|r[ée]pondre|partager))?|passer|je passe|"
    r"lieber nicht|m[öo]chte ich nicht(?: sagen| teilen)?|[üu]berspringen|weiter|"
    r"preferisco (?:di )?no[nt]?(?: dirlo| rispondere)?|salta|"
    r"liever niet|overslaan)\b",
    re.IGNORECASE,
)

_GREETING = re.compile(
    r"^\s*(?:hi|hii+|hello|hey|hiya|yo|howdy|good (?:morning|afternoon|evening)|greetings|"
    r"ol[áa]|oi|hola|buenas|bonjour|salut|hallo|moin|servus|ciao|hoi|hej)"
    r"(?:\s+(?:there|coach|bot|all|everyone))?[\s!.,?:)]*$",
    re.IGNORECASE,
)
_ABOUT_QUESTION = re.compile(
    r"\b(?:what(?:'s| is) (?:this|that|going on|coachbot)|who(?:'s| is| are) (?:you|this)|"
    r"what are you|what do you do|how does (?:this|it) work|what can you do|"
    r"what (?:is|are) (?:you|this) for|help\b)",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r"^(?:(?:hi|hello|hey|ok|okay|sure|well)[,!.]*\s+)?"
    r"(?:i'?m|i am|it'?s|it is|my \w+(?: \w+)? is|you can call me|call me|just|"
    r"i go by|name'?s|i live in|i work as|i'm based in|based in)\s+(?:an?\s+)?",
    re.IGNORECASE,
)
_HERE = re.compile(r"\s+here$", re.IGNORECASE)
_TRAILING_POLITENESS = re.compile(r"\s+(?:please|pls|thanks|thank you|thx)$", re.IGNORECASE)


def is_decline(text: str) -> bool:
    """The person would rather not give this ("skip", "I'd rather not share", "prefiro não")."""
    return len(t.words(text)) <= 10 and _DECLINE.search(text) is not None


def is_opener(text: str) -> bool:
    """A greeting or a question about the bot ("hi", "what is this?"), not an answer."""
    stripped = text.strip()
    if _GREETING.match(stripped):
        return True
    if len(t.words(stripped)) <= 8 and _ABOUT_QUESTION.search(stripped):
        return True
    return is_meta_reply(stripped)


_EDGE = " \t\n.,;:!?\"'"


def _is_decoration(ch: str) -> bool:
    """An emoji, its joiner or variation selector, or another pictograph: never a value's."""
    return unicodedata.category(ch) in {"So", "Sk", "Cf"} or ch == "\ufe0f"


def _undecorated(value: str) -> str:
    """`value` without emoji or punctuation at either end ("🙋 Zoë 😊!" is "Zoë")."""
    start, end = 0, len(value)
    while start < end and (value[start] in _EDGE or _is_decoration(value[start])):
        start += 1
    while end > start and (value[end - 1] in _EDGE or _is_decoration(value[end - 1])):
        end -= 1
    return value[start:end]


def clean_value(value: str) -> str:
    return _undecorated(_TRAILING_POLITENESS.sub("", _undecorated(value)))


# Words no short value is made of: questions, fillers, hedges ("umm why", "ok so what").
_NOT_A_VALUE = frozenset(
    """why what how who whom whose when which huh um umm ummm hmm hmmm erm uh uhh dunno idk
    so ok okay well whatever nothing sure unsure maybe perhaps nah lol haha""".split()  # noqa: SIM905
)


def bare_value(answer: str) -> str | None:
    """A short answer to the one field asked ("Bea", "it's Bea", "call me B.")."""
    if is_opener(answer) or is_decline(answer) or "?" in answer:
        return None
    cleaned = clean_value(_HERE.sub("", _INTRO.sub("", answer.strip())))
    said = t.words(cleaned)
    if t.is_non_answer(cleaned) or not 1 <= len(said) <= 4:
        return None
    if any(w in _NOT_A_VALUE for w in said):
        return None
    return cleaned


def field_label(spec: FieldSpec) -> str:
    return spec.name.replace("_", " ")


_ASK_FIELD = ("Could you tell me {what}?", "And what about {what}?", "May I ask {what}?")


def ask_text(spec: FieldSpec, *seed: object) -> str:
    """The question for one field: its description when that is a question, else a phrase."""
    description = " ".join(spec.description.split())
    if description.endswith("?") and len(description) <= 240:
        return description
    # Descriptions are often written for the LLM ("The person's first name…"); use one
    # only when it addresses the person and is short, else the field's name.
    addressed = re.search(r"\b(?:you|your)\b", description, re.IGNORECASE)
    what = t.as_phrase(description) if addressed and len(description) <= 60 else ""
    what = what or f"your {field_label(spec)}"
    if spec.choices:
        options = t.join_labels([c.replace("_", " ") for c in spec.choices]).replace(
            " and ", " or "
        )
        what = f"{what} ({options})"
    return t.pick(_ASK_FIELD, spec.name, *seed).format(what=what)


_KNOWN_PHRASES = {
    "role": "{v}",
    "job": "{v}",
    "title": "{v}",
    "location": "based in {v}",
    "city": "based in {v}",
    "experience_level": "{v}",
    "level": "{v}",
    "preferences": "you like it {v}",
    "startup_stage": "{v} stage",
}
_CHOICE_WORDS = {
    "mid": "mid-level",
    "not_applicable": "no startup",
    "pre_seed": "pre-seed",
    "series_a": "series A",
}
_NAME_FIELDS = ("name", "first_name", "preferred_name", "nickname")


def _phrase(spec: FieldSpec, value: str) -> str:
    shown = _CHOICE_WORDS.get(value, value.replace("_", " ")) if spec.choices else value
    if spec.name == "startup_stage" and value == "not_applicable":
        return "no startup"
    if spec.name == "preferences" or "style" in spec.name or "prefer" in spec.name:
        return _preference(shown)
    template = _KNOWN_PHRASES.get(spec.name)
    if template is not None:
        return template.format(v=t.clip(shown, 80))
    return f"{t.clip(shown, 80)} for your {field_label(spec)}"


_NOUN_END = re.compile(
    r"(?:feedback|messages?|coaching|replies|answers?|talk|style|questions?|challenge|"
    r"encouragement|support|honesty|examples?)$",
    re.IGNORECASE,
)


def _preference(value: str) -> str:
    """How a coaching preference reads back: "you like it short", "you like direct feedback"."""
    said = t.clip(value[:1].lower() + value[1:], 80).rstrip(" ,;.")
    if re.match(r"(?:keep|be|go|push|challenge|tell|give)\b", said, re.IGNORECASE):
        return f"you'd like me to {said}"
    if _NOUN_END.search(said):
        return f"you like {said}"
    return f"you like it {said}"


def name_of(values: Mapping[str, str]) -> str | None:
    return next((values[n] for n in _NAME_FIELDS if values.get(n)), None)


def acknowledge(values: Mapping[str, str], specs: Sequence[FieldSpec]) -> str:
    """ "Nice to meet you, Bea — senior and based in Porto, noted." for what was just given."""
    name = name_of(values)
    rest = [
        _phrase(s, values[s.name]) for s in specs if s.name in values and s.name not in _NAME_FIELDS
    ]
    rest = [
        p for i, p in enumerate(rest) if not any(p.casefold() in q.casefold() for q in rest[:i])
    ]
    noted = f"{t.join_labels(rest)}, noted." if rest else ""
    if name and noted:
        return f"Nice to meet you, {name} — {noted}"
    if name:  # the program's next message may greet too: keep this one plain
        return f"Thanks, {name}!"
    if noted:
        return f"Thanks — {noted}"
    return ""


NO_PROBLEM = ("No problem, we'll leave that out.", "That's fine — we'll skip it.")
MOVE_ON = ("No problem — let's keep going; we can fill that in later.",)
LEAVE_IT = ("Let's leave that one for now.", "We can leave that for now.")
WHY_ASK = "Sorry if that wasn't clear — I ask so the coaching fits you."
