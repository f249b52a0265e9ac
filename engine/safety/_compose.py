"""The compositional layer: meaning classes paired within a clause, in every language.

The lexicon lists phrases and the cue pairs list English frames; people in other
languages, and in other words, say the same things. This layer reads each clause
for *classes* (`_compose_words`): an ending of the speaker's life, a stance towards
it (a wish, a plan, a thought, a search), life itself with a negated want or a
"why", a means with a hoarding or sufficiency word, a farewell with a final
"after I'm gone", hurting oneself with a self-harm mark, not eating with an ending,
an absence that would be "better" for others. A pair is crisis language unless:

- the stance or the ending is negated right before it ("i dont want to die");
- the ending is followed by what it is about and that is trivial ("die of
  embarrassment", "disappear from slack", "wake up at 5");
- the clause is a joke, a game, a story or news (laughter, fiction frames);
- someone else is the subject and the speaker is not in the clause.

Each rule is a pairing of small classes, so a reworded message still fits while a
message that shares one word with crisis language does not.
"""

from __future__ import annotations

import re

from engine.safety import _compose_frames as f
from engine.safety import _compose_words as w
from engine.safety._compose_abuse import hurt_by_someone_close
from engine.safety._compose_classes import Classes, classes
from engine.safety._compose_hard import match_hard
from engine.safety._compose_hard import warm_up as _warm_hard
from engine.safety._guards import (
    FRAMES,
    METHOD_TRIVIAL,
    PREPARATION_TRIVIAL,
    RECOVERY,
    RELAPSE,
    is_negated,
)
from engine.safety._kinds import CATEGORY_OF, CrisisSignal, Kind
from engine.safety._normalise import flattened
from engine.safety._scope import hard_trivial

# Spans further apart than this (in characters) are not read as one statement.
WINDOW = 70
CJK_WINDOW = 24


def warm_up() -> None:
    """Compile the classes now rather than on the first message."""
    classes()
    _warm_hard()


def _window(clause: str) -> int:
    return CJK_WINDOW if not re.search(r"[a-z]", clause) else WINDOW


def _theirs(c: Classes, clause: str) -> bool:
    """Someone else is the subject and the speaker is not in the clause."""
    return c.other.search(clause) is not None and c.self.search(clause) is None


def subject_is_other(reading: str, start: int) -> bool:
    """True when the nearest subject before `start` is someone else ("she wanted to die")."""
    c = classes()
    begin = max(0, start - 25)
    window = reading[begin : start + 20]
    others = [m.end() for m in c.other.finditer(window) if m.start() < start - begin]
    selves = [m.end() for m in c.self.finditer(window) if m.start() < start - begin]
    return bool(others) and (not selves or max(others) > max(selves))


def trivial_after(reading: str, phrase: str, end: int) -> bool:
    """True when a wish to die is followed by what it is about, and that is trivial."""
    if classes().die_end.search(phrase) is None:
        return False
    return classes().after.search(reading[end : end + 40]) is not None


def continuing_is_work(phrase: str, clause: str) -> bool:
    """'No sense in going on' where going on is with a client, a job or a project."""
    return (
        bool(re.search(w.CONTINUE_END, phrase))
        and classes().go_on_trivial.search(clause) is not None
    )


def harm_is_trivial(clause: str) -> bool:
    """A kitchen, a razor, a fall — unless the clause says it was on purpose."""
    c = classes()
    return c.harm_trivial.search(clause) is not None and c.on_purpose.search(clause) is None


def is_theirs(clause: str) -> bool:
    """True when the clause is about someone else (a character, a friend) and not the speaker."""
    return _theirs(classes(), clause)


def _trivial_ending(c: Classes, clause: str, found: re.Match[str]) -> bool:
    after = clause[found.end() : found.end() + 30]
    before = clause[max(0, found.start() - 30) : found.start()]
    if c.after.search(after) or c.before.search(before):
        return True
    if re.match(w.END_THINGS, found.group(0)) and re.match(w.TRIVIAL_OBJECT, after):
        return True
    if found.group(0).endswith("die") and re.search(
        r"\b(?:it|this|that|them|him|her|plants?|project|\w+s) (?:to|and) \w*$",
        clause[max(0, found.start() - 20) : found.start() + len(found.group(0)) - 3],
    ):
        return True
    if c.perceived.search(before):
        return True
    return is_negated(clause, found.start())


def _near(a: re.Match[str], b: re.Match[str], window: int) -> bool:
    return abs(a.start() - b.start()) <= window


def _endings(c: Classes, clause: str) -> list[re.Match[str]]:
    vanishing = [
        found
        for found in c.vanish.finditer(clause)
        if c.vanish_final.match(clause[found.end() : found.end() + 25])
        and not c.before.search(clause[max(0, found.start() - 30) : found.start()])
    ]
    return [*c.ending.finditer(clause), *vanishing]


def _ending_with_stance(c: Classes, clause: str) -> str | None:
    window = _window(clause)
    for ending in _endings(c, clause):
        if _trivial_ending(c, clause, ending):
            continue
        stances = [*c.stance.finditer(clause), *c.better.finditer(clause)]
        for stance in stances:
            if not _near(stance, ending, window) or is_negated(clause, stance.start()):
                continue
            between = clause[ending.end() : stance.start()]
            if stance.start() > ending.end() and c.negated_after.search(between):
                continue
            return ending.group(0)
    return None


def _life_refused(c: Classes, clause: str) -> str | None:
    for life in c.life.finditer(clause):
        after = clause[life.end() : life.end() + 25]
        if re.match(w.LIFE_PLACE, after):
            continue
        before = clause[max(0, life.start() - 40) : life.start()]
        refused = c.not_want.search(before)
        if refused is not None and re.search(
            r"\b(?:in|im|mit|bei|an|auf|so|hier|dort|allein|zusammen|met|bij|op|zo|daar|samen|"
            r"alleen|without|with)\b",
            before[refused.end() :],
        ):
            refused = None
        tail = re.match(
            r"^(?: \S+){0,3} ?(?:nahi|istemiyorum|たくない|したくない|नहीं|ka mann nahi)", after
        )
        why = c.why.search(clause[max(0, life.start() - 25) : life.start()])
        tired = c.tired.search(clause[max(0, life.start() - 25) : life.start()]) or re.match(
            r"^(?: \w+){0,3} (?:yoruldum|biktim|bezdim)\b", after
        )
        if refused or tail or why or tired:
            return life.group(0)
    return None


def _means_kept(c: Classes, clause: str) -> str | None:
    for means in c.pills.finditer(clause):
        for hoard in c.hoard.finditer(clause):
            if _near(means, hoard, _window(clause)) and not is_negated(clause, hoard.start()):
                return means.group(0)
    height = c.height.search(clause)
    if height is not None and (c.height_final.search(clause) or c.highest.search(clause)):
        return height.group(0)
    return None


def _means_asked(c: Classes, clause: str) -> str | None:
    """A means asked about with death as the outcome, or got without anyone asking."""
    means = c.pills.search(clause) or c.named.search(clause)
    if means is None or (c.ask.search(clause) is None and c.get.search(clause) is None):
        return None
    if c.discreet.search(clause) and c.get.search(clause):
        return means.group(0)
    lethal = c.lethal.search(clause)
    if lethal is None or is_negated(clause, lethal.start()):
        return None
    return means.group(0) if c.ask.search(clause) else None


def _kept_or_given(c: Classes, clause: str) -> str | None:
    """A rope or poison acquired or kept; things given away and no longer needed."""
    rope = c.rope.search(clause)
    if rope is not None and c.acquired.search(clause) and not c.means_trivial.search(clause):
        return rope.group(0)
    given = c.giveaway.search(clause)
    if given is not None and c.no_need.search(clause) and not PREPARATION_TRIVIAL.search(clause):
        return given.group(0)
    if given is not None and re.search(
        r"全部|所有|كل|सारी|semua|все|alle|toutes|todas|tutte", clause
    ):
        return given.group(0) if not PREPARATION_TRIVIAL.search(clause) else None
    return None


def _farewell_final(c: Classes, clause: str) -> str | None:
    farewell = c.farewell.search(clause)
    if farewell is None or PREPARATION_TRIVIAL.search(clause):
        return None
    if re.search(r"\b(?:since|because|charity|donat\w*|outgrown|too small|upgrade)\b", clause):
        return None
    final = c.final.search(clause)
    return farewell.group(0) if final is not None else None


def _harm_marked(c: Classes, clause: str) -> str | None:
    harm = c.harm.search(clause)
    if harm is None or harm_is_trivial(clause):
        return None
    if is_negated(clause, harm.start()):
        return None
    return harm.group(0) if c.harm_mark.search(clause) else None


def _starving(c: Classes, clause: str) -> str | None:
    hungry = c.not_eat.search(clause)
    if hungry is None or c.food_trivial.search(clause):
        return None
    endings = [e for e in _endings(c, clause) if not _trivial_ending(c, clause, e)]
    return hungry.group(0) if endings else None


def _no_point_going_on(c: Classes, clause: str) -> str | None:
    """No point or sense in going on or living, with nothing after that makes it work."""
    pointless = c.pointless.search(clause)
    if pointless is None or c.go_on_trivial.search(clause):
        return None
    for go_on in c.go_on.finditer(clause):
        after = clause[go_on.end() : go_on.end() + 30]
        if c.go_on_object.match(after) or re.match(w.LIFE_PLACE, after):
            continue
        if _near(pointless, go_on, _window(clause)) and not is_negated(clause, pointless.start()):
            return go_on.group(0)
    return None


def _better_absent(c: Classes, clause: str) -> str | None:
    absence = c.absence.search(clause)
    if absence is None or c.absence_trivial.search(clause):
        return None
    better = c.better.search(clause)
    if better is None or not _near(absence, better, _window(clause)):
        return None
    return absence.group(0)


def _hurt_by_someone_close(_c: Classes, clause: str) -> str | None:
    return hurt_by_someone_close(clause)


_RULES: tuple[tuple[Kind, str], ...] = (
    ("ideation", "_ending_with_stance"),
    ("ideation", "_life_refused"),
    ("ideation", "_better_absent"),
    ("ideation", "_no_point_going_on"),
    ("method", "_means_kept"),
    ("method", "_means_asked"),
    ("preparation", "_kept_or_given"),
    ("preparation", "_farewell_final"),
    ("starvation", "_starving"),
    ("self_harm", "_harm_marked"),
    ("abuse", "_hurt_by_someone_close"),
)
_FUNCTIONS = {
    "_ending_with_stance": _ending_with_stance,
    "_life_refused": _life_refused,
    "_better_absent": _better_absent,
    "_no_point_going_on": _no_point_going_on,
    "_means_kept": _means_kept,
    "_means_asked": _means_asked,
    "_kept_or_given": _kept_or_given,
    "_farewell_final": _farewell_final,
    "_starving": _starving,
    "_harm_marked": _harm_marked,
    "_hurt_by_someone_close": _hurt_by_someone_close,
}


def _clauses(reading: str) -> list[tuple[str, str]]:
    """Each clause as typed (for the guards) and without filler words (for the classes)."""
    clauses = [part.strip() for part in reading.split(" | ") if part.strip()]
    fillers = classes().fillers
    return [(clause, fillers.sub("", clause)) for clause in clauses]


def _whole_message(c: Classes, reading: str) -> CrisisSignal | None:
    """Frames read across the message: a date not to be reached, strangling, a last note."""
    if c.not_making_it.search(reading):
        return CrisisSignal(category="suicide", phrase="make it", kind="ideation")
    abuse = c.strangled.search(reading)
    if abuse is not None and not _theirs(c, reading):
        return CrisisSignal(category="abuse", phrase=abuse.group(0), kind="abuse")
    kinds = {k for found in c.affairs.finditer(reading) for k, v in found.groupdict().items() if v}
    if len(kinds) >= 2 and not PREPARATION_TRIVIAL.search(reading):
        return CrisisSignal(category="suicide", phrase="+".join(sorted(kinds)), kind="preparation")
    note = c.standalone[0][1].search(flattened(reading))
    if note is not None and not PREPARATION_TRIVIAL.search(reading):
        return CrisisSignal(category="suicide", phrase=note.group(0), kind="preparation")
    return None


def _standalone(c: Classes, raw: str, clause: str) -> CrisisSignal | None:
    """Frames that need no pair (life not worth it, stop breathing, nobody would notice)."""
    for kind, pattern in c.standalone:
        found = pattern.search(clause)
        if found is None or is_negated(clause, found.start()):
            continue
        if kind == "preparation" and PREPARATION_TRIVIAL.search(raw):
            continue
        if kind == "method" and (
            re.search(f.METHOD_FRAME_TRIVIAL, raw) or METHOD_TRIVIAL.search(raw)
        ):
            continue
        if harm_is_trivial(raw):
            continue
        return CrisisSignal(category=CATEGORY_OF[kind], phrase=found.group(0), kind=kind)
    return None


def _paired(c: Classes, raw: str, clause: str) -> CrisisSignal | None:
    unseen = c.discreet.sub(" ", raw)  # "without a prescription" is not a pharmacy visit
    if c.means_trivial.search(unseen) or METHOD_TRIVIAL.search(unseen):
        clause = c.named.sub(" ", c.pills.sub(" ", c.height.sub(" ", clause)))
    for kind, name in _RULES:
        phrase = _FUNCTIONS[name](c, clause)
        if phrase is not None:
            return CrisisSignal(category=CATEGORY_OF[kind], phrase=phrase, kind=kind)
    return None


def match_composed(reading: str) -> CrisisSignal | None:
    """A pair of meaning classes in one clause of `reading` (idioms already blanked)."""
    c = classes()
    if RECOVERY.search(reading) and not RELAPSE.search(reading):
        return None
    signal = _whole_message(c, reading)
    if signal is not None:
        return signal
    for raw, clause in _clauses(reading):
        if c.not_around.search(clause) or c.kys_self.search(clause):
            return CrisisSignal(category="suicide", phrase=clause[:60], kind="ideation")
        if c.clause_trivial.search(raw) or FRAMES.search(raw) or _theirs(c, raw):
            continue
        signal = _standalone(c, raw, clause) or _paired(c, raw, clause)
        if signal is not None and not hard_trivial(signal.kind, signal.phrase, raw, reading):
            return signal
    return match_hard(reading)
