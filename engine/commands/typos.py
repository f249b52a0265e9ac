"""A mistyped command: "Did you mean `status`?" instead of the step's question again.

`parse_command` takes only a whole, correctly spelled command phrase, so `satus`,
`snoze 3h` or `qiet hours 22:00-07:00` reach the step as an answer. `guess` reads such a
message as the command it almost is, and only when all of these hold:

(a) the first word is one edit (an insertion, deletion, substitution or a swap of two
    neighbouring letters) from a command's first word, both being at least 4 letters
    long (shorter words must be exact: "hit", "sip", "nxt" are left alone), and it is
    not a real word the step may expect: the words one edit from a command word
    ("stats", "state", "parse", "cause", "stare", "hell", "quite", "layer", ...) are
    listed in `_REAL_WORDS`; `later`, `set`, `sleep` are no command word's neighbours;
    a word close to two different commands is not guessed at. Up to two words of the
    command's grammar after it (or, with the first word right, anywhere) may be
    mistyped too, by `engine.commands.keyword_typos`'s rules: `quiet horus of`,
    `remind me tomorow`, `set chekin time 9:00`; never a word of the free text a command
    takes (a program's key, a time zone, a question);
(b) with that word spelled right, the whole message parses as the command
    (`parse_command`), so the rest must be that command's arguments: `snoze 3h` is
    `snooze 3h`, while "pasue for a moment and think" stays an answer;
(c) the message may be an answer only where a one-word answer is plausible and could be
    a non-dictionary word. Nothing is guessed while a safety check waits, nor when a
    choice step reads the message as one of its options (it forgives typos too: an
    option "Status" typed "stauts" is that option). A bare word (no arguments) is not
    guessed at an extract step (it asks for a name, a role, a team: "Hent", "Nexx" may
    be exactly that). At the other free-text steps (question, reflection, goal,
    conversation, scenario, a follow-up or goal revision) a bare guess needs at least 5
    letters: 4-letter non-words there are more often names, initials or shorthand than
    a mistyped `help`, while "satus", "pasue", "setings" answer no question. Steps whose answers are
    a number, an option, a yes/no or "continue", and messages with no step waiting,
    take any guess from (a) and (b): a misspelled command is no answer there.

`schedule` followed by days and times with one unknown day (`schedule funday 09:00`)
is told about the day (or offered the day it nearly names) rather than reaching the
step; "schedule a call with my boss" has no time nor day-like word and stays an answer.

Nothing is run on a guess, not even a read-only command: the reply names the command
and how to type it, nothing is recorded, and no attempt of the step is spent.
"""

from __future__ import annotations

import re

from engine.commands.keyword_typos import did_you_mean, one_edit, respelled
from engine.commands.parsing import Command, CommandName, parse_command
from engine.programs.model import StepSpec
from engine.steps.choice_options import names_an_option
from engine.steps.state import GoalRevision
from engine.turn_state import Turn

__all__ = ["for_turn", "guess", "mistyped", "one_edit"]

# The first word of each command phrase that is long enough to be guessed at.
_HEADS = frozenset(
    """help hint status progress pause resume continue unpause skip next restart programs
    settings preferences switch timezone quiet export delete erase cancel schedule snooze
    remind start stop unmute subscribe unsubscribe check goal revise
    abandon away back profile connections available busy rate sources commands menu
    """.split()  # noqa: SIM905
)

# Real words one edit from a command word above: an answer, never a typo. Other languages'
# words too: people answer in their own ("pausa", "progreso", "profil", "continua").
_REAL_WORDS = frozenset(
    """pausa pausen pauze pauza pausar progreso progresso progres programa programm
    programma profil profiel profilo perfil statut commande resumen resumo
    restar resta continua continuo continuer quien stitch
    held hell helm helps kelp yelp whelp hemp heap hello
    hunt hind hints mint lint tint pint hilt hit
    skin skid skim skips ship slip snip skit skimp ski
    text nest neat nets nexus
    buck balk bank bark bask beck hack lack pack rack sack tack jack black backs bach
    sway awry
    late mate date gate hate fate rare rats rage race rave rite rote rated rates crate
    grate irate rat ate
    stare stark stars smart star tart starts started stat state stats statue states
    statues start
    parse cause passe paused pauses pause
    presume resumed resumes
    restarts restarted
    program programme
    setting
    swatch twitch switches switched
    cancer cancels cancelled canceled
    snoozed snoozes snoozy
    expert exports exported
    deleted deletes delete
    schedules scheduled
    timezones
    quite quit quilt quint quiets
    reminds remand
    stuart smarts
    stop step shop slop stoop stops stomp atop stow top
    mute mate mite mote mule muse mutt cute lute muted mutes
    checks cheek chuck chick chock
    coal foal goad gaol goat goals
    revised revises
    abandons
    profiles proline
    connection
    bury buys bush bust busk busty bus
    sourced source
    command commando
    mend menus
    continues continued
    progressed
    erased eraser erases
    enroll enrol
    """.split()  # noqa: SIM905
)

_WORD = re.compile(r"[a-z]+")
_PUNCTUATION = ".!?,;:…"
_SLASH_COACH = re.compile(r"^/coach\b[\s:,]*", re.IGNORECASE)
_CLOCK = re.compile(r"\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm)?$|noon|midnight", re.IGNORECASE)
_DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()  # noqa: SIM905
_LONGEST = 8  # words: a command is short; a longer message is an answer
# Commands whose argument is the person's own text (a program, a zone, a question).
_FREE_ARGUMENT = frozenset(
    {CommandName.START, CommandName.SWITCH, CommandName.TIMEZONE, CommandName.ASK}
    | {CommandName.RATE, CommandName.AWAY}
)
# Free-text steps: any text answers them, so a bare 4-letter non-word may be an answer.
_FREE_TEXT = frozenset(
    "question reflection smart_goal conversation extract scenario".split()  # noqa: SIM905
)


def _head(typed: str) -> str | None:
    """The one command word `typed` is a typo of, if it is one."""
    if len(typed) < 4 or typed in _REAL_WORDS or typed in _HEADS:
        return None
    # A typo keeps the first letter ("satus"); "Kate 5" or "venu" is another word.
    near = {
        head for head in _HEADS if len(head) >= 4 and head[0] == typed[0] and one_edit(typed, head)
    }
    return near.pop() if len(near) == 1 else None


def mistyped(text: str) -> tuple[str, Command] | None:
    """The message as the command it nearly is: the corrected text and its command.

    The first word may be a command word mistyped (`_head`), and up to two words of the
    command's grammar (`keyword_typos`) too: "remidn me tomorow" is `remind me tomorrow`.
    """
    words = _SLASH_COACH.sub("", text.strip(), count=1).split()
    if not words or len(words) > _LONGEST:
        return None
    first = words[0].lstrip("/!")
    match = _WORD.fullmatch((first if words[1:] else first.rstrip(_PUNCTUATION)).casefold())
    head = None if match is None else _head(match.group())
    base = [head or first, *words[1:]]
    keywords = respelled(base, start=1 if head else 0, most=1 if head else 2, keep=_REAL_WORDS)
    keywords = keywords if words[1:] else []  # a bare word is a command word or nothing
    # "snoze tomorow": `snooze` takes any text, so the fuller correction is tried first.
    variants = keywords + ([(base, [])] if head else [])
    for variant, fixed_words in variants:
        fixed = " ".join(variant).rstrip(_PUNCTUATION)
        command = parse_command(fixed)
        if command is not None and _fits(command, fixed_words, len(words)):
            return fixed, command
    return None


def _fits(command: Command, fixed_words: list[str], length: int) -> bool:
    """Whether the corrected words are the command's own, not the free text it takes."""
    if command.argument and not _names_a_program(command):
        return False
    if command.name is CommandName.CONNECTIONS:  # its argument is the whole message
        return not fixed_words or length <= 3
    if command.name not in _FREE_ARGUMENT:
        return True
    argument = command.argument.casefold().split()
    return not any(word.casefold() in argument for word in fixed_words)


def _names_a_program(command: Command) -> bool:
    """`strat career-6-weeks`: a program's key has a dash or a digit ("strat Stuart" no)."""
    if command.name not in (CommandName.START, CommandName.SWITCH):
        return True
    argument = command.argument
    return len(argument.split()) == 1 and any(c == "-" or c.isdigit() for c in argument)


def _unknown_day(text: str) -> str | None:
    """`schedule funday 09:00`: what to say about the one word that is no day."""
    words = text.strip().split()
    if len(words) < 2 or words[0].casefold() != "schedule":
        return None
    unknown = [w for w in words[1:] if parse_command(f"schedule {w.strip(',')}") is None]
    timed = any(_CLOCK.match(w) for w in words[1:])
    if len(unknown) != 1 or not (timed or len(words) == 2):
        return None
    odd = unknown[0].strip(",").casefold()
    said = f"I don't know the day “{unknown[0]}”."
    day = next((d for d in _DAYS if one_edit(odd, d)), None)
    if day is not None:
        fixed = " ".join(day if w is unknown[0] else w for w in words)
        if parse_command(fixed) is not None:
            return f"{said} Did you mean `{fixed}`? Type it like that and I'll set it."
    if not (timed and odd.endswith("day")):
        return None
    return (
        f"{said} Use day names or groups, e.g. `schedule mon,wed,fri 08:30` or "
        "`schedule weekdays 09:00`. I haven't changed your schedule."
    )


def guess(text: str, step: StepSpec | None, *, free_text: bool, safety_check: bool) -> str | None:
    """What to say to a mistyped command (None: the message is not one).

    Args:
        text: The message, which `parse_command` did not take as a command.
        step: The step waiting for an answer, if any.
        free_text: Whether something else that takes any text waits (a follow-up).
        safety_check: Whether a safety check waits for the person's answer.
    """
    if safety_check:
        return None
    about_day = _unknown_day(text)
    if about_day is not None:
        return about_day
    found = mistyped(text)
    if found is None:
        return None
    fixed, _ = found
    if names_an_option(text, step):  # "stauts" may be the "Status" option, mistyped
        return None
    bare = _SLASH_COACH.sub("", text.strip(), count=1)
    if len(bare.split()) == 1 and not _bare_word_fits(bare, step, free_text=free_text):
        return None
    return did_you_mean(fixed)


def _bare_word_fits(text: str, step: StepSpec | None, *, free_text: bool) -> bool:
    """Whether a one-word typo may be guessed at where `step` waits (rule (c))."""
    word = text.strip().lstrip("/!").rstrip(_PUNCTUATION).casefold()
    if step is not None and step.type == "extract":
        return False
    if step is None and not free_text:  # nothing waits for an answer
        return True
    # At a step, four letters are too often a word of some language ("mens", "meno", "newt").
    return len(word) >= 5


def for_turn(turn: Turn, text: str) -> str | None:
    """`guess` for the step (or follow-up, or safety check) waiting in `turn`."""
    enrolment = turn.enrolment
    if enrolment is None:
        return guess(text, None, free_text=False, safety_check=False)
    state = enrolment.step_state
    step = turn.step if enrolment.status == "active" else None
    free = state.follow_up is not None or isinstance(state.adhoc, GoalRevision)
    return guess(text, step, free_text=free, safety_check=bool(state.safety_check))
