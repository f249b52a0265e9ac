"""What a person's message means as a command, if anything.

A message is a command only when the *whole* message is the command phrase and
its arguments: "pause" pauses, "I want to pause for a moment and think" is an
answer. Arguments that could be ordinary words ("start <program>", "schedule
<days>", "remind me <when>") are accepted only when they look like what the
command takes, so "start small and iterate" or "schedule a call with my boss"
stay answers. Matching is case-insensitive and tolerates a leading "/" or "!",
a "/coach " prefix, a polite "please", surrounding whitespace and trailing
punctuation. Argument text keeps the person's own spelling and case.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from engine.connections import parse_connection_command
from engine.per_turn import per_turn

__all__ = ["HELP_TEXT", "Command", "CommandName", "parse_command"]


class CommandName(StrEnum):
    """Every command a person can give the coach."""

    HELP = "help"
    START = "start"
    PROGRAMS = "programs"
    STATUS = "status"
    PAUSE = "pause"
    RESUME = "resume"
    SKIP = "skip"
    HINT = "hint"
    RESTART = "restart"
    NEXT = "next"
    TIMEZONE = "timezone"
    QUIET_HOURS = "quiet_hours"
    STOP_REMINDERS = "stop_reminders"
    START_REMINDERS = "start_reminders"
    EXPORT = "export"
    DELETE = "delete"
    CONFIRM_DELETE = "confirm_delete"
    CANCEL = "cancel"
    SNOOZE = "snooze"
    AWAY = "away"
    BACK = "back"
    SCHEDULE = "schedule"
    SETTINGS = "settings"  # the person's delivery settings
    SWITCH = "switch"  # switch / resume <program>: make a paused program the running one
    CHECK_IN = "check_in"
    GOAL_DONE = "goal_done"
    GOAL_ABANDON = "goal_abandon"
    GOAL_REVISE = "goal_revise"
    GOAL_PROGRESS = "goal_progress"
    GOAL_SHOW = "goal_show"  # what's my goal?
    GO_BACK = "go_back"  # to an earlier step: not possible, said so
    CONNECTIONS = "connections"  # profile / connections on|off / available|busy|away
    ASK = "ask"
    RATE = "rate"  # rate 4 great practice: a 1-5 review of a scenario or the program
    SOURCES = "sources"


@dataclass(frozen=True, slots=True)
class Command:
    """A recognised command and its raw argument text (stripped, original case)."""

    name: CommandName
    argument: str = ""


HELP_TEXT = """\
Here's what you can tell me:
• *help* — show this list
• *programs* — see the programs you can join
• *start <program>* — join a program (e.g. `start career-6-weeks`)
• *status* — where you are in your program
• *next* — what's next for you
• *hint* — a nudge in the right direction for the current step
• *skip* — skip the current step
• *pause* / *resume* — take a break from your program, then pick it up again
• *switch <program>* — go back to a program you paused
• *settings* — your time zone, quiet hours, check-in days and reminders
• *restart* — start your program over (I'll ask you to confirm)
• *check in* — a quick mood and progress check-in
• *goal progress 60* — tell me how far along your goal is (in %)
• *what's my goal?* — your goal as you saved it
• *goal done* / *revise goal* / *abandon goal* — finish, change or drop (asks first) your goal
• *schedule mon,wed,fri 08:30* — when I should check in with you
• *snooze 3h* or *remind me tomorrow* — remind me later
• *away until Dec 5* / *back* — I'll stay quiet while you're away
• *timezone Europe/Berlin* — set your time zone
• *quiet hours 21:00-08:00* — times I won't message you (*quiet hours off* to clear)
• *stop reminders* / *start reminders* — turn reminders off or on
• *profile* / *profile working on <…>* — your profile for colleague introductions
• *connections on* / *connections off* — be introduced to colleagues (off until you say so)
• *available* / *busy* — whether I may introduce you right now
• *export my data* — get a copy of everything I store about you
• *delete my data* — erase everything (I'll ask you to confirm)
• *ask <question>* — I answer from my knowledge base, with sources
• *what did you base that on?* — the passages behind my last answer
• *cancel* — cancel what we're in the middle of
Anything else you write is taken as your answer."""


_PREFIX = re.compile(r"^(?:/coach\b[\s:,]*|[/!]\s*)", re.IGNORECASE)
_PLEASE = re.compile(r"^(?:please|pls|plz)\b[\s,]*|[\s,]+(?:please|pls|plz)$", re.IGNORECASE)
_TRAILING = re.compile(r"[\s.!?,;:…]+$")

# Words that begin ordinary sentences after "start"/"join", never a program name.
_SENTENCE_STARTERS = (
    "a an the my our your his her their this that these those it to by with from for "
    "of in on at small slowly now today tomorrow again early late soon being doing "
    "working thinking making taking and or but so is was"
)
_NOT_A_PROGRAM = frozenset(_SENTENCE_STARTERS.split())
# "my time zone is confusing" is a sentence; a zone or city name has none of these.
_NOT_A_ZONE = _NOT_A_PROGRAM | frozenset(
    ["is", "are", "was", "be", "been", "has", "have", "really", "very"]
)
_PROGRAM_ARG = re.compile(r"[\w][\w\-./' ]{0,60}")

_DAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
)
_CLOCK = r"(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr)?|noon|midnight)"
# Every token of a schedule: days (singular or plural), day groups, times, joiners.
_SCHEDULE_TOKEN = (
    rf"(?:{_DAY}s?|weekdays?|weekends?|work ?days|every|each|daily|day|days|"
    rf"at|on|and|&|{_CLOCK}|off|none)"
)
_SCHEDULE_ARG = re.compile(rf"{_SCHEDULE_TOKEN}(?:[\s,/+-]*{_SCHEDULE_TOKEN})*", re.IGNORECASE)
# A schedule repeats: a plural day, a day group, "every"/"daily", or two or more days.
_RECURRING = re.compile(
    rf"\b(?:{_DAY}s|weekdays?|weekends?|work ?days|every|each|daily)\b|\b{_DAY}\b.*\b{_DAY}\b",
    re.IGNORECASE,
)
_SNOOZE_ARG = re.compile(
    rf"(?:in|after|for)\s+.+|(?:an?|one|half an?|\d+(?:[.,]\d+)?)\s*"
    rf"(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\b.*|"
    rf"(?:tomorrow|tonight|this (?:afternoon|evening)|later|next week)\b.*|"
    rf"(?:on\s+|next\s+)?{_DAY}\b.*|at\s+{_CLOCK}",
    re.IGNORECASE,
)
_ZONE_ARG = re.compile(r"[\w+\-/:.]+(?: [\w+\-/:.]+){0,2}")
_QUIET_ARG = re.compile(r".*\d.*|off|on|none|disable|disabled|clear|reset", re.IGNORECASE)

_Rule = tuple[re.Pattern[str], CommandName, Callable[[str], bool] | None]


def _rule(pattern: str, name: CommandName, accept: Callable[[str], bool] | None = None) -> _Rule:
    return re.compile(pattern, re.IGNORECASE), name, accept


def _is_program(argument: str) -> bool:
    if not argument:
        return True
    if not _PROGRAM_ARG.fullmatch(argument) or len(argument.split()) > 5:
        return False
    return argument.split()[0].casefold() not in _NOT_A_PROGRAM


def _is_schedule(argument: str) -> bool:
    return not argument or _SCHEDULE_ARG.fullmatch(argument) is not None


def _is_recurring_schedule(argument: str) -> bool:
    return _is_schedule(argument) and _RECURRING.search(argument) is not None


def _is_snooze(argument: str) -> bool:
    return not argument or _SNOOZE_ARG.fullmatch(argument) is not None


def _is_zone(argument: str) -> bool:
    if not argument:
        return True
    words = {word.casefold() for word in argument.split()}
    return _ZONE_ARG.fullmatch(argument) is not None and not words & _NOT_A_ZONE


def _is_quiet(argument: str) -> bool:
    return _QUIET_ARG.fullmatch(argument) is not None


# "ask how do I…" is a question for the knowledge base; "ask my manager for feedback"
# (an answer to "what will you do?") is not.
_QUESTION_WORDS = frozenset(
    [
        "how",
        "what",
        "why",
        "when",
        "where",
        "who",
        "which",
        "whom",
        "whose",
        "can",
        "could",
        "should",
        "would",
        "will",
        "is",
        "are",
        "am",
        "do",
        "does",
        "did",
        "any",
        "anything",
        "tips",
        "advice",
        "about",
        "explain",
        "tell",
        "give",
        "i",
        "im",
        "if",
    ]
)


def _is_question(argument: str) -> bool:
    if not argument:
        return True
    first = re.sub(r"'(?:s|re|m|d|ll|ve)$", "", argument.split()[0].casefold())
    return first in _QUESTION_WORDS


_A = r"(?P<arg>.*?)"  # the argument; `\s*` before it makes it optional

# Order matters: specific phrases come before the general ones they overlap with
# ("help me" before "help", "start over" before "start <program>", "progress 60"
# before "progress", "remind me on weekdays" before "remind me <when>").
_RULES: tuple[_Rule, ...] = (
    _rule(r"ask\s*:\s*" + _A, CommandName.ASK),
    _rule(r"ask(?:\s+" + _A + r")?", CommandName.ASK, _is_question),
    _rule(
        r"what did you base (?:that|this|it) on|what(?: is| was|'s) (?:that|this) based on|"
        r"(?:what are |show me )?(?:your |the )?sources|where (?:is|was|did) (?:that|this)"
        r" (?:come )?from",
        CommandName.SOURCES,
    ),
    _rule(r"rate\s+(?P<arg>[1-5](?:\s*/\s*5)?(?:[\s,:.-].*)?)", CommandName.RATE),
    _rule(
        r"help me|(?:i need|give me|can i (?:have|get)|i'?d like) an?(?: little)? hint|"
        r"hint|any hints?|a hint",
        CommandName.HINT,
    ),
    _rule(r"help|\?+|commands|menu|what can you do|show commands", CommandName.HELP),
    _rule(
        r"restart|start (?:over|again|from scratch)|start from the beginning", CommandName.RESTART
    ),
    _rule(
        r"(?:start|resume|turn on|enable) (?:the )?(?:reminders|nudges)|"
        r"(?:reminders|nudges) on|unmute|subscribe",
        CommandName.START_REMINDERS,
    ),
    _rule(
        r"(?:stop|turn off|disable|pause) (?:the )?(?:reminders|nudges)|"
        r"no (?:more )?(?:reminders|nudges)|(?:reminders|nudges) off|"
        r"stop reminding me|unsubscribe|mute",
        CommandName.STOP_REMINDERS,
    ),
    _rule(r"(?:start|enrol|enroll|join)(?:\s+" + _A + r")?", CommandName.START, _is_program),
    _rule(
        r"programs|(?:list|show|see)(?: me)?(?: the| all| all the)? programs|"
        r"which programs|what programs(?: are there)?",
        CommandName.PROGRAMS,
    ),
    _rule(
        r"(?:goal )?progress\s*:?\s*(?P<arg>\d{1,3})\s*(?:%|percent)?|goal progress",
        CommandName.GOAL_PROGRESS,
    ),
    _rule(r"status|progress|where am i|my (?:status|progress)", CommandName.STATUS),
    _rule(r"pause(?: (?:my |the )?(?:coaching|program|programme))?", CommandName.PAUSE),
    _rule(r"resume|continue|unpause|un-pause", CommandName.RESUME),
    _rule(
        r"(?:resume|switch(?: back)?(?: to)?)(?:\s+" + _A + r")?", CommandName.SWITCH, _is_program
    ),
    _rule(r"(?:my |show (?:my )?)?settings|preferences", CommandName.SETTINGS),
    _rule(r"skip(?: (?:this|it|this step|step|this one))?", CommandName.SKIP),
    _rule(r"next|next step|what'?s next|what is next|what now", CommandName.NEXT),
    _rule(
        r"(?:set |change )?(?:my )?(?:time ?zone|tz)(?: to\b)?\s*[:=]?\s*" + _A,
        CommandName.TIMEZONE,
        _is_zone,
    ),
    _rule(
        r"(?:set )?quiet hours(?: are| to)?\s*[:=]?\s*" + _A,
        CommandName.QUIET_HOURS,
        lambda a: not a or _is_quiet(a),
    ),
    _rule(r"quiet\s*:?\s*" + _A, CommandName.QUIET_HOURS, _is_quiet),
    _rule(r"export(?: my data| data| everything)?|download my data|my data", CommandName.EXPORT),
    _rule(
        r"yes,? (?:please )?delete(?: it)?(?: all| everything| my data)?|"
        r"confirm(?:,)? delet(?:e|ion)|delete everything|yes,? erase(?: everything)?",
        CommandName.CONFIRM_DELETE,
    ),
    _rule(
        r"(?:delete|erase|remove) my (?:data|account)|delete me|forget me|forget about me",
        CommandName.DELETE,
    ),
    _rule(r"cancel|never ?mind|nvm|forget it", CommandName.CANCEL),
    _rule(r"(?:set )?schedule\s*:?\s*" + _A, CommandName.SCHEDULE, _is_schedule),
    _rule(
        r"(?:set |change )?(?:my )?check[- ]?in (?:days?|times?|schedule)\s*:?\s*" + _A,
        CommandName.SCHEDULE,
        _is_schedule,
    ),
    _rule(r"remind me (?:on )?" + _A, CommandName.SCHEDULE, _is_recurring_schedule),
    _rule(r"remind me later|later|snooze", CommandName.SNOOZE),
    _rule(r"snooze(?: for)?\s+" + _A, CommandName.SNOOZE),
    _rule(r"remind me\s+" + _A, CommandName.SNOOZE, _is_snooze),
    _rule(
        r"(?:i'?m |i am |im )?(?:away|on (?:vacation|holiday|holidays|leave|a break)|"
        r"vacation|holiday|out of office|ooo)\s+(?:until|till|til|through|thru)\s+" + _A,
        CommandName.AWAY,
    ),
    _rule(r"(?:i'?m|i am|im) back|back(?: again)?", CommandName.BACK),
    _rule(r"check[- ]?in", CommandName.CHECK_IN),
    _rule(
        r"goal (?:done|complete|completed|achieved|reached)|"
        r"i (?:reached|achieved|completed|hit|met|did) my goal|"
        r"(?:my )?goal is (?:done|complete|completed|achieved|reached)|"
        r"mark (?:my |the )?goal (?:as )?(?:done|complete)",
        CommandName.GOAL_DONE,
    ),
    _rule(
        r"(?:abandon|drop|give up(?: on)?) (?:my |the )?goal|goal (?:abandon|drop)(?:ed)?",
        CommandName.GOAL_ABANDON,
    ),
    _rule(
        r"(?:revise|change|edit|update|rewrite) (?:my |the )?goal|"
        r"goal (?:revise|change|edit|update)",
        CommandName.GOAL_REVISE,
    ),
    _rule(
        r"(?:what(?:'?s| is| was)|remind me(?: of| about| what)?|show(?: me)?|tell me|see)"
        r" my (?:current |active )?goal(?: is| was)?(?: again)?|my (?:current )?goal|current goal",
        CommandName.GOAL_SHOW,
    ),
    _rule(
        r"(?:can we |can i |let'?s |let me )?(?:go|step) back(?: (?:a|one) (?:step|question))?|"
        r"(?:go )?back to the (?:last|previous) (?:step|question)|previous (?:step|question)|"
        r"undo(?: that)?",
        CommandName.GO_BACK,
    ),
)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    text = " ".join(text.split())
    text = _PREFIX.sub("", text, count=1)
    if text.strip() in {"?", "??", "???"}:
        return "?"
    text = _TRAILING.sub("", text)
    return _PLEASE.sub("", text).strip()


@per_turn
def parse_command(text: str) -> Command | None:
    """Read a message as a command.

    Args:
        text: The message exactly as the person wrote it.

    Returns:
        The command and its stripped argument, or None when the message is an
        ordinary answer. A bare "/coach" is taken as a request for help. START's
        argument is whatever program name was given and must still be checked
        against the known programs.
    """
    raw = text.strip()
    message = _normalise(raw)
    if not message:
        # A bare "/coach" is the slash command with nothing after it.
        return Command(CommandName.HELP) if raw.casefold().startswith("/coach") else None
    if parse_connection_command(message) is not None:  # engine.connections parses it again
        return Command(CommandName.CONNECTIONS, message)
    for pattern, name, accept in _RULES:
        match = pattern.fullmatch(message)
        if match is None:
            continue
        argument = (match.groupdict().get("arg") or "").strip()
        if accept is not None and not accept(argument):
            continue
        return Command(name, argument)
    return None
