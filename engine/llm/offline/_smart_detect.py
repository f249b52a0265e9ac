"""SMART goal detection: which of the five SMART parts an answer contains, and where."""

from __future__ import annotations

import itertools
import re

from engine.llm.offline._numbers import NUMBER, SPELLED, number_value
from engine.llm.offline._prose import clip
from engine.llm.offline._words import sentences, stem, words

# Split from a string for readability: a one-per-line list literal would be 100 lines.
_ACTION_VERBS = frozenset(
    """run jog walk hike swim cycle bike ride row lift stretch train exercise workout
    read write journal draft blog publish edit study learn practise practice revise
    meditate pray breathe sleep cook eat drink prepare call phone email message
    meet visit attend join sign book schedule organise organize clean declutter tidy
    finish complete ship launch deliver build code design review update fix refactor
    present pitch apply interview network ask reach contact send share teach mentor coach
    lead delegate track log save pay invest budget spend sell stop quit reduce limit
    avoid cut replace switch go do give volunteer speak listen play paint draw sing
    submit outline research drop""".split()  # noqa: SIM905
)
_VAGUE = frozenset({"be", "get", "feel", "become", "improve", "have", "make", "want", "think"})
_CONCRETE_AFTER_BE = frozenset(
    {"in", "at", "on", "asleep", "awake", "up", "home", "offline", "outside", "off", "out", "done"}
)
_STARTERS = frozenset({"try", "start", "begin", "keep", "continue", "commit"})
_INTENT = re.compile(
    r"\b(?:i will|i'll|i shall|i want to|i'm going to|i am going to|going to|gonna|i plan to|"
    r"i aim to|i intend to|i'd like to|i would like to|i commit to|my goal is to|goal is to|"
    r"i need to|i'm planning to|i am planning to)\s+(?:\w+ly\s+)?([a-z][\w-]*)"
)


def _verb_forms(verb: str) -> set[str]:
    forms = {verb, verb + "s", verb + "es", verb + "ed", verb + "ing", verb + "d"}
    if verb.endswith("e"):
        forms.add(verb[:-1] + "ing")
    if len(verb) >= 3 and verb[-1] not in "aeiouwy" and verb[-2] in "aeiou":
        forms |= {verb + verb[-1] + "ing", verb + verb[-1] + "ed"}
    return forms


_ACTION_FORMS = frozenset(f for v in _ACTION_VERBS for f in _verb_forms(v)) | {"ran", "wrote"}


def _concrete_verb_at(lowered: str, pos: int) -> bool:
    following = words(lowered[pos:])[:3]
    if not following:
        return False
    verb = following[0]
    if verb in _STARTERS and len(following) > 1:
        target = following[2] if following[1] == "to" and len(following) > 2 else following[1]
        return target not in _VAGUE and (target in _ACTION_FORMS or target.endswith("ing"))
    if verb == "be":
        return following[1:2] != [] and following[1] in _CONCRETE_AFTER_BE
    if verb == "do" and following[1:2] in (["my"], ["better"], ["more"], ["well"], ["something"]):
        return False
    return verb not in _VAGUE


def _is_specific(sentence: str) -> bool:
    tokens = words(sentence)
    if len(tokens) < 4:
        return False
    lowered = sentence.casefold()
    intents = list(_INTENT.finditer(lowered))
    if intents:
        return any(_concrete_verb_at(lowered, m.start(1)) for m in intents)
    # No stated intention: an imperative ("Walk 30 minutes…") or "I/we <verb>".
    return tokens[0] in _ACTION_FORMS or any(
        a in ("i", "we") and b in _ACTION_FORMS for a, b in itertools.pairwise(tokens)
    )


_UNITS = (
    r"(?:times?|minutes?|mins?|hours?|hrs?|h|km|kms|kilomet(?:er|re)s?|miles?|m|steps|pages?|"
    r"chapters?|books?|articles?|words|kg|kgs|kilos?|lbs?|pounds|reps|sets|sessions?|calls?|"
    r"emails?|posts?|workouts?|runs|walks|meetings?|lessons?|episodes?|glasses|cups|euros?|"
    r"dollars?|push[ -]?ups|sit[ -]?ups|applications?|interviews?|people|clients?|tasks?|"
    r"items?|things|questions|problems|slides|videos?|songs?|recipes?|meals?|contacts?|"
    r"days|evenings|mornings|nights)"
)
_PERIOD = r"(?:a|per|each|every|/|an?)\s*(day|week|weekday|morning|evening|night|month)"
_MEASURABLE = (
    re.compile(rf"\b{NUMBER}\s*(?:[a-z-]+\s+)?{_UNITS}\b"),
    re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:%|percent\b|k\b|x\b|€|\$)|[€$£]\s*\d+"),
    re.compile(r"\b(?:once|twice|three times)\b"),
    # A clock time makes a yes/no goal checkable: "in bed by 22:30", "go to bed by 11".
    re.compile(r"(?<!\d)\d{1,2}(?::\d{2}\s*(?:am|pm)?|\s*(?:am|pm)\b)"),
    re.compile(
        r"\b(?:bed|asleep|up|sleep|home|offline|off)\s+(?:by|at|before)\s+\d{1,2}\b(?![:./-]?\d)"
    ),
    re.compile(
        r"(?<!\bby )(?<!\bon )(?<!\bat )(?<!\buntil )(?<!\bbefore )\b\d+\s+"
        r"(?!(?:am|pm|th|st|nd|rd|o'clock|days?|weeks?|months?|years?|january|february|march|"
        r"april|may|june|july|august|september|october|november|december)\b)[a-z]{3,}"
    ),
)
# How often is a measure too ("every weeknight", "on weekdays", "daily"): it makes the
# goal checkable, but its words are a time phrase (`part_span` finds them as one).
_HOW_OFTEN = re.compile(
    r"\b(?:every|each) (?:single )?(?:day|morning|evening|night|weekday|weeknight|\w+day)\b"
    r"|\bon (?:weeknights|weekdays|weekends|\w+days)\b|\b(?:daily|nightly)\b"
)
_SMALL_PER_PERIOD = re.compile(rf"\b({NUMBER}|once|twice)\s*(?:([a-z-]+)\s+)?{_PERIOD}\b")
_ACHIEVABLE = re.compile(
    r"\b(?:realistic(?:ally)?|achievable|manageable|doable|feasible|attainable|reasonable|"
    r"sustainable|easy|easily|small steps?|start(?:ing)? (?:small|with|by|slowly|slow)|at least|"
    r"i can|i know i can|i could easily|i'm able to|i am able to|already|i've done|i have done|"
    r"fits? (?:into|in|with) my|i have (?:the )?time|have enough time|with (?:the )?help|"
    r"my (?:coach|friend|partner|buddy|colleague|manager|team) (?:will|can)|step by step)\b"
)
_RELEVANT = re.compile(
    r"\b(?:because|cause|'cause|since|so that|so i can|so i'll|so i will|so i'm|so i have|"
    r"so i feel|so i get|so i don'?t|so i stop|so we can|so my|in order to|"
    r"to feel|to be able to|to become|for my|for the sake of|it matters|matters to me|"
    r"important (?:to|for) me|which will help|this will help|that will help|it will help|"
    r"helps? me|would help|i care about|i value|my (?:health|family|career|kids|children|team|"
    r"well-?being|sleep|energy|confidence|future|promotion|goals?|values|mental health))\b"
)
_MONTHS = (
    r"(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
_TIME_BOUND = re.compile(
    rf"\b(?:{_MONTHS}\b|may \d|\d+(?:st|nd|rd|th)? (?:of )?may\b|"
    r"(?:by|in|until|before|end of) may\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|weekdays?\b|weekends?\b|weeknights?\b|"
    r"(?:by|before|until|till|through|starting|from) (?:the )?(?:end|next|this|tomorrow|tonight|"
    r"mid|early|late|\d)|within\b|until\b|end of\b|deadline\b|"
    r"(?:for|in|over|during) (?:the )?(?:next |coming )?(?:\d+|"
    + SPELLED
    + r"|a|a few|a couple of) ?(?:days?|weeks?|months?|years?)\b|"
    r"(?:every|each) (?:single )?(?:day|morning|evening|night|week|weekday|weeknight|month"
    r"|\w+day)\b|"
    r"(?:daily|weekly|monthly|nightly)\b|(?:tomorrow|tonight|today)\b|"
    r"(?:this|next) (?:week|month|year|quarter|weekend|sprint)\b|"
    r"\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|\d{4}-\d{2}-\d{2}\b|q[1-4]\b|"
    r"\d{1,2}(?::\d{2})?\s*(?:am|pm)\b)"
)
# Per-unit ceilings (per day, per week) under which a routine counts as small.
_SMALL_LIMITS: dict[str, tuple[float, float]] = {
    "minute": (60, 300),
    "min": (60, 300),
    "hour": (2, 10),
    "hr": (2, 10),
    "time": (3, 7),
    "session": (2, 7),
    "page": (50, 200),
    "km": (10, 40),
    "mile": (6, 25),
}


def _small_routine(sentence: str) -> bool:
    for found in _SMALL_PER_PERIOD.finditer(sentence.casefold()):
        amount_token, unit, period = found.group(1), found.group(2) or "time", found.group(3)
        amount = number_value(amount_token)
        if amount is None:
            continue
        unit_key = stem(unit.rstrip("s")) if unit not in ("km", "kms") else "km"
        per_day, per_week = _SMALL_LIMITS.get(unit_key, (20, 60))
        limit = per_week if period in ("week", "month") else per_day
        if amount <= limit:
            return True
    return False


def detect_smart(text: str) -> dict[str, str]:
    """Find the SMART parts present in `text`, each with the sentence supporting it.

    Rules: *specific* — a sentence of at least four words with a concrete action
    verb or an intention ("I will …") followed by a non-vague verb; *measurable* —
    a number with a unit or count ("3 times", "20 pages", "5 km", "10%");
    *achievable* — words such as "realistic", "I can", "already", "start with",
    or a small routine ("15 minutes a day", "twice a week"); *relevant* — a
    reason ("because", "so that", "to feel", "for my …", "matters"); *time_bound* —
    dates, weekdays, "by …", "within", "for N weeks", "every day", "until", "end of".
    """
    found: dict[str, str] = {}
    for sentence in sentences(text) or [text]:
        lowered = sentence.casefold()
        checks = {
            "specific": _is_specific(sentence),
            "measurable": any(p.search(lowered) for p in (*_MEASURABLE, _HOW_OFTEN)),
            "achievable": bool(_ACHIEVABLE.search(lowered)) or _small_routine(sentence),
            "relevant": bool(_RELEVANT.search(lowered)),
            "time_bound": bool(_TIME_BOUND.search(lowered)),
        }
        for part, present in checks.items():
            if present and part not in found:
                found[part] = clip(sentence, 320)
    return found


_RECURRING = re.compile(
    r"(?:every|each|daily|weekly|monthly|nightly|weekdays?|weekends?|\w+days)\b"
)
_OPEN_ENDED = re.compile(
    r"(?:\bby|before|until|till|through|starting|from|within|end of|the end|next|this|mid|early|"
    r"late|\d)$"
)
_PHRASE_STOP = re.compile(
    r"[,;:.!?()—–]| - | and | but | which | so | because | since | for | every "
)


def part_span(part: str, sentence: str, *, per_period: bool = True) -> tuple[int, int] | None:
    """Where in `sentence` the words that make it `part` are (the clause, for a reason).

    `per_period`: a measure runs on to its period ("3 times" → "3 times a week").
    """
    lowered = sentence.casefold()
    if part == "measurable":
        found = [m for p in _MEASURABLE if (m := p.search(lowered))]
        if not found:
            return None
        first = min(found, key=lambda m: m.start())
        per = _SMALL_PER_PERIOD.search(lowered, first.start()) if per_period else None
        end = per.end() if per is not None and per.start() == first.start() else first.end()
        return first.start(), end
    if part == "time_bound":
        match = _TIME_BOUND.search(lowered)
        if match is None:
            return None
        if not _OPEN_ENDED.search(match.group(0)):
            return match.start(), match.end()
        return match.start(), _phrase_end(lowered, match.end(), 3)
    pattern = _RELEVANT if part == "relevant" else _ACHIEVABLE if part == "achievable" else None
    match = pattern.search(lowered) if pattern is not None else None
    if match is None:
        return None
    return match.start(), _phrase_end(lowered, match.end(), 30)


def time_spans(sentence: str) -> list[tuple[int, int, bool]]:
    """Every time phrase in `sentence`: (start, end, recurring) — "every morning" recurs."""
    out: list[tuple[int, int, bool]] = []
    lowered = sentence.casefold()
    for match in _TIME_BOUND.finditer(lowered):
        end = match.end()
        if _OPEN_ENDED.search(match.group(0)):
            end = _phrase_end(lowered, end, 3)
        out.append((match.start(), end, bool(_RECURRING.match(match.group(0)))))
    return out


def _phrase_end(lowered: str, start: int, most_words: int) -> int:
    """The end of the phrase that runs on from `start`: the next comma, dash or clause."""
    boundary = _PHRASE_STOP.search(lowered, start)
    end = boundary.start() if boundary else len(lowered)
    tail = lowered[start:end].split()
    if len(tail) > most_words:
        kept = " ".join(tail[:most_words])
        end = lowered.index(kept, start) + len(kept) if kept else start
    return end
