"""One goal sentence from the SMART parts gathered over a conversation, and edits to it.

The parts are the person's own sentences (see `_smart_detect`). The sentence is built
from the one that says what they will do, with the missing pieces of the others added as
phrases ("…, because …"); filler ("ok so", "well,") and meta-chat are left out, and
never the attempts glued together. Why it's doable ("yes, totally doable") is evidence,
never wording: see `_goal_remarks`. An edit ("make it 20 minutes") replaces the phrase of
the part it states; a complete new version replaces the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from engine.llm.offline._goal_edits import edit_goal
from engine.llm.offline._goal_remarks import is_remark, without_remarks
from engine.llm.offline._goal_when import before_clause, edit_when
from engine.llm.offline._meta import is_meta_reply
from engine.llm.offline._prose import clip
from engine.llm.offline._smart_detect import detect_smart, part_span, time_spans
from engine.llm.offline._words import is_non_answer, words
from engine.llm.types import SMART_PARTS

GOAL_LIMIT = 300
PART_LABELS = {
    "specific": "what you'll do",
    "measurable": "how much or how often",
    "achievable": "why it's doable",
    "relevant": "why it matters to you",
    "time_bound": "by when",
}
_FILLER = re.compile(
    r"^\s*(?:ok(?:ay)?|so|well|fine|alright|all right|right|sure|yes|yeah|yep|hmm+|um+|uh+|"
    r"oh|and|also|plus|then|actually|basically|honestly|like i said|as i said|let's say|"
    r"i guess|i think|i suppose|maybe|probably|perhaps)\b"
    r"\s*[,:;.!\-–—]*\s*|^\s*(?:my |the )?(?:new |revised )?(?:goal|version)\s*[:\-–—]+\s*",
    re.IGNORECASE,
)
_INTENT = re.compile(
    r"^(?:my (?:new |real |main )?goal (?:is|would be)(?: to)?|the goal is(?: to)?|"
    r"i (?:really )?want to|i'd like to|i would like to|i plan to|i'm planning to|"
    r"i am planning to|i'm going to|i am going to|i'm gonna|i am gonna|gonna|i aim to|"
    r"i intend to|i need to|i shall|i'll|i will)\s+",
    re.IGNORECASE,
)
_WHOLE_CLAUSE = 12  # words: a shorter sentence is added whole, a longer one by its phrase
_REASON_LEAD = re.compile(
    r"^(?:because|cause|'cause|since|so that|so i|in order to|to |for )", re.IGNORECASE
)


def clean_sentence(text: str) -> str:
    """`text` without leading filler, trailing punctuation or doubled spaces."""
    text = " ".join(text.split())
    previous = None
    while previous != text:
        previous = text
        text = _FILLER.sub("", text, count=1)
    return text.strip().rstrip(".!?;,:—–- ").strip()


# The order phrases are added in: how much, when, then why it matters. Why it's doable is
# no phrase: the answer to "Is it realistic?" counts as that part and stays out of the goal.
_PHRASE_ORDER = ("measurable", "time_bound", "relevant")
# The part whose sentence leads the goal, when no sentence says what the person will do.
_LEAD_ORDER = ("specific", "measurable", "time_bound", "relevant", "achievable")


def _as_intention(sentence: str) -> str:
    """ "I want to walk …" or "My goal is to walk …" reads as "I will walk …".

    Anything else keeps the person's words: "phone out of the bedroom" is no verb.
    """
    match = _INTENT.match(sentence)
    return "I will " + sentence[match.end() :] if match else sentence


_NAMES = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


def _lower_first(text: str) -> str:
    if text[:2] in ("I ", "I'") or (len(text) > 1 and text[1].isupper()) or _NAMES.match(text):
        return text
    return text[:1].lower() + text[1:]


def _clause(sentence: str, carries: list[str]) -> str:
    """`sentence` as a phrase to add to a goal: the part's words, or the whole clause."""
    text = _lower_first(clean_sentence(sentence))
    if len(carries) == 1 and len(words(text)) > _WHOLE_CLAUSE:
        span = part_span(carries[0], text)
        if span is not None and carries[0] in ("measurable", "time_bound"):
            return clean_sentence(text[span[0] : span[1]])
        if span is not None and carries[0] == "relevant":
            text = clean_sentence(text[span[0] :])
    if "relevant" in carries and carries[0] == "relevant" and not _REASON_LEAD.match(text):
        reason = part_span("relevant", text)
        if reason is not None and reason[0] > 0:  # "every night, so I'm …" says it already
            return text
        return "because " + text
    return text


_BEFORE_REASON = re.compile(r"(?:,|;|\band\b|\bbut\b|—|–)\s*", re.IGNORECASE)


def _reason_from(text: str, start: int) -> str:
    """The reason in `text` that a match at `start` shows: from "because"/"since", or the
    clause it sits in ("it's easy and it helps me sleep" → "because it helps me sleep")."""
    if _REASON_LEAD.match(text[start:]):
        return clean_sentence(text[start:])
    cut = 0
    for boundary in _BEFORE_REASON.finditer(text, 0, start):
        cut = boundary.end()
    reason = clean_sentence(text[cut:])
    return reason if _REASON_LEAD.match(reason) else "because " + reason


def _from_remark(sentence: str, carries: list[str]) -> list[str]:
    """The phrases the answer about being doable also gave ("yes, I can do it every
    morning" → "every morning"): each part's own words, never the remark around them."""
    text = _lower_first(clean_sentence(sentence))
    phrases = []
    for part in carries:
        span = part_span(part, text)
        if span is None:
            continue
        if part == "relevant":
            phrases.append(_reason_from(text, span[0]))
        else:
            phrases.append(clean_sentence(text[span[0] : span[1]]))
    return phrases


def _usable(sentence: str) -> bool:
    return bool(sentence.strip()) and not is_meta_reply(sentence) and not is_non_answer(sentence)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(base: str, phrase: str) -> str:
    if not phrase or phrase.casefold() in base.casefold():
        return base
    glue = " " if phrase.split(" ", 1)[0] in ("by", "every", "each", "for", "until") else ", "
    return f"{base}{glue}{phrase}"


def _finish(goal: str) -> str:
    return _capital(clip(goal, GOAL_LIMIT).rstrip(".!?;,"))


def compose_goal(smart: Mapping[str, str]) -> str:
    """One sentence from the SMART parts found (each the sentence that showed it)."""
    parts = {p: clean_sentence(v) for p, v in smart.items() if p in SMART_PARTS and _usable(v)}
    parts = {p: v for p, v in parts.items() if v}
    if not parts:
        return ""
    lead = parts[next(p for p in _LEAD_ORDER if p in parts)]
    remark = parts.get("achievable")
    goal = _as_intention(without_remarks(lead))
    carried: dict[str, list[str]] = {}  # sentence -> the parts it carries, in phrase order
    for part in _PHRASE_ORDER:
        if part in parts and parts[part] != lead:
            carried.setdefault(parts[part], []).append(part)
    for sentence, carries in carried.items():
        if set(carries) <= set(_REPLACED) and any(part_span(p, goal) for p in carries):
            goal = _replaced(goal, carries, clean_sentence(sentence))  # "10 minutes then"
        elif sentence == remark:
            for phrase in _from_remark(sentence, carries):
                goal = _join(goal, phrase)
        else:
            goal = _join(goal, _clause(without_remarks(sentence), carries))
    return _finish(goal)


_REPLACED = ("measurable", "time_bound")


def _replaced(goal: str, parts: list[str], text: str) -> str:
    """An amount or a time said after the goal's own ("twice a week instead", "10 minutes
    then"): in place of the goal's, never beside it."""
    edited = edit_goal(goal, text)
    if edited is not None:
        return edited
    for part in parts:
        goal = (_replace_measure if part == "measurable" else _replace_time)(goal, text)
    return goal


def fallback_goal(answers: list[str]) -> str:
    """A goal sentence when no SMART part was found: the fullest real answer, tidied."""
    usable = [clean_sentence(without_remarks(a)) for a in answers if _usable(a)]
    usable = [a for a in usable if len(words(a)) >= 3]
    if not usable:
        return ""
    return _finish(_as_intention(max(usable, key=len)))


def _replace_time(goal: str, edit: str) -> str:
    """The edit's time phrase in place of the goal's phrase of the same kind."""
    for start, end, recurring in time_spans(edit)[:1]:
        lead = re.search(
            r"\b(?:on|at|in|from|during|starting|until|before|after)\s+$", edit[:start], re.I
        )
        new = _lower_first(edit[lead.start() if lead else start : end])
        same = [s for s in time_spans(goal) if s[2] == recurring]
        if same:
            return goal[: same[0][0]] + new + goal[same[0][1] :]
        return before_clause(goal, new)  # ("every morning" in place of "tomorrow": see there)
    return goal


def _replace_measure(goal: str, edit: str) -> str:
    new_span = part_span("measurable", edit)
    if new_span is None:
        return goal
    per_period = bool(
        part_span("measurable", edit, per_period=True)
        != part_span("measurable", edit, per_period=False)
    )
    new_span = part_span("measurable", edit, per_period=per_period) or new_span
    new = _lower_first(edit[new_span[0] : new_span[1]])
    often = edit_when(goal, new)  # "Twice a week": how often, never "walk for twice a week"
    if often is not None:
        return often
    old = part_span("measurable", goal, per_period=per_period)
    if old is None:
        return _join(goal, new)
    return goal[: old[0]] + new + goal[old[1] :]


def _replace_clause(goal: str, part: str, sentence: str) -> str:
    old = part_span(part, goal)
    new = _clause(sentence, [part])
    if old is None:
        return _join(goal, new)
    cut = re.sub(r"(?:,|\s)\s*(?:and|but|which is|which)$", "", goal[: old[0]].rstrip(" ,;—–-"))
    return _join(cut.rstrip(" ,;—–-"), new) + goal[old[1] :]


def revise_goal(goal: str, edit: str, smart: Mapping[str, str]) -> str | None:
    """`goal` changed as `edit` says; None when the edit names no part we can place.

    A new action starts a new sentence (from `smart`, where the edit's parts already
    replace the old ones); otherwise each part the edit states replaces the phrase of
    that part in `goal` (a deadline replaces a deadline, a routine a routine), or is
    added to it.
    """
    stated = detect_smart(edit) if _usable(edit) else {}
    if not stated:
        return None
    if not set(stated) - {"achievable"}:
        return None  # "it's doable": nothing to place in the sentence
    if "specific" in stated:
        return compose_goal(smart)
    revised = goal
    lowered_edit = clean_sentence(edit)
    if "measurable" in stated:
        revised = _replace_measure(revised, lowered_edit)
    if "time_bound" in stated:
        revised = _replace_time(revised, lowered_edit)
    reason = stated.get("relevant")
    if reason is not None and reason not in (stated.get("measurable"), stated.get("time_bound")):
        revised = _replace_clause(revised, "relevant", without_remarks(reason))
    return _finish(revised)


# Goals told in fragments ("sleep. 7h. weekdays"): the fragments become one sentence.
_FRAGMENT_SPLIT = re.compile(r"\s*(?:[.;,\n]+|\s[-–—]\s)\s*")
_FRAGMENT_WORDS = 5
_SUBJECT = re.compile(r"\b(?:i|i'm|i'll|i've|my|we|you)\b", re.IGNORECASE)
_VERBS = frozenset(
    """
    sleep walk run jog read write call go get eat drink meditate stretch study practise practice
    learn cook exercise train swim cycle bike ride journal stop start quit cut reduce spend finish
    send ship apply ask talk meet plan save pay clean tidy sort publish post build make take do
    try keep lift climb work wake leave turn put limit avoid drop use visit see spend track log
    review prepare draft record play sing paint draw garden volunteer network pitch hire teach
    mentor lose gain cook floss breathe rest nap fast skip switch move bring pack text email
    hum dance knit sew bake pray jump row hike surf code revise declutter phone listen speak
    rehearse stand sit walk meal-prep prep plant water feed tutor coach join attend sign
    """.split()  # noqa: SIM905
)
_UNIT_FORMS = (
    (re.compile(r"^(\d+(?:[.,]\d+)?)\s*h(?:rs?)?$", re.I), r"\1 hours"),
    (re.compile(r"\b(\d+)\s*(?:m|mins?)\b", re.I), r"\1 minutes"),
    (re.compile(r"\b(\d+)\s*x\b", re.I), r"\1 times"),
    (re.compile(r"^(\d+ (?:weeks|months|days))$", re.I), r"for \1"),
    (re.compile(r"\b(times|minutes|hours|km|pages)\s*/\s*(week|day|month)\b", re.I), r"\1 a \2"),
    (re.compile(r"^(week(?:days|ends|nights)|workdays|school days)$", re.I), r"on \1"),
    (re.compile(r"^(mornings|evenings|afternoons|nights)$", re.I), r"in the \1"),
    (re.compile(r"^(\d{1,2}(?::\d{2})?\s*(?:am|pm|h)?)$", re.I), r"by \1"),
    (re.compile(r"^(?:bc|b/c|coz|cuz|cos)\s+", re.I), "because "),
)
_SPACE_GLUE = re.compile(
    r"^(?:\d|on |in |at |by |every |each |for |until |before |after |daily|"
    r"nightly|weekly|because |so that |a |an |twice|once)",
    re.IGNORECASE,
)


def _fragments(answer: str) -> list[str] | None:
    """The answer's fragments when it is told in fragments (each short, none a clause)."""
    pieces = [p.strip() for p in _FRAGMENT_SPLIT.split(answer) if p.strip()]
    if len(pieces) < 2 or any(len(words(p)) > _FRAGMENT_WORDS for p in pieces[:1]):
        return None
    if _SUBJECT.search(pieces[0]) or not _usable(answer):
        return None
    if _SPACE_GLUE.match(pieces[0]):  # "every weeknight, so …" adds to a goal, leads none
        return None
    return pieces


def _as_phrase(fragment: str) -> str:
    text = " ".join(fragment.split())
    for pattern, form in _UNIT_FORMS:
        text = pattern.sub(form, text)
    return text


def fragment_action(answer: str) -> str | None:
    """The action of an answer told in fragments when it leads with a verb ("practise")."""
    pieces = _fragments(answer)
    if pieces is None:
        return None
    lead = clean_sentence(pieces[0])
    return lead if words(lead)[:1] and words(lead)[0] in _VERBS else None


def fragment_goal(answers: list[str], smart: Mapping[str, str] | None = None) -> str:
    """One sentence from the first answer told in fragments; "" when none was.

    "sleep. 7h. weekdays" reads "I will sleep 7 hours on weekdays"; a fragment that names
    no action ("phone out of the bedroom. 10pm") keeps its words: "Phone out of the
    bedroom by 10pm". The parts later answers gave (`smart`) are added, an amount or a time
    in place of the fragment's own.
    """
    for answer in answers:
        pieces = _fragments(answer)
        if pieces is None:
            continue
        lead = clean_sentence(pieces[0])
        acts = bool(words(lead)[:1]) and words(lead)[0] in _VERBS
        goal = f"I will {_lower_first(_as_phrase(lead))}" if acts else _as_phrase(lead)
        for piece in pieces[1:]:
            phrase = _as_phrase(clean_sentence(piece))
            if not phrase or phrase.casefold() in goal.casefold() or is_remark(phrase):
                continue
            glue = " " if _SPACE_GLUE.match(phrase) else ", "
            goal = f"{goal}{glue}{_lower_first(phrase)}"
        return _finish(_later_parts(goal, answer, smart or {}))
    return ""


def _later_parts(goal: str, told: str, smart: Mapping[str, str]) -> str:
    amounts = {smart.get("measurable"), smart.get("time_bound")}
    remark = smart.get("achievable")
    for part in _PHRASE_ORDER:
        sentence = smart.get(part, "")
        if not sentence or not _usable(sentence) or sentence.strip() in told:
            continue
        text = clean_sentence(sentence)
        if part in _REPLACED:  # "twice a week instead": how often, replaced
            goal = _replaced(goal, [part], text)
            continue
        if sentence in amounts:  # the same words already placed as an amount or a time
            continue
        span = part_span(part, text.casefold())
        if sentence == remark:  # "it's easy and it helps me sleep": only the reason
            goal = _join(goal, _reason_from(text, span[0])) if span is not None else goal
            continue
        if span is not None and part == "relevant":
            text = text[span[0] :]
        if re.match(r"\s*so (?:i|we)\b", sentence, re.IGNORECASE):  # "so I have…": a purpose
            goal = _join(goal, "so that " + _lower_first(text))
            continue
        goal = _join(goal, _clause(without_remarks(text), [part]))
    return goal
