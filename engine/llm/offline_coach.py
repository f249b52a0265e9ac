"""The offline rules coach: a deterministic `Coach` that needs no network.

It is the default without an API key and the fallback when the LLM is down, so
its replies aim to be warm, short and concrete. Wording varies by a hash of the
step key, the attempt number and the situation, never by chance, so the same
request always gets the same reply.

Decisions worth knowing (keyword matching itself is described in `engine.llm._words`):

* Questions: an item without keywords counts as covered by any real answer. An
  answer of fewer than three words or an evasive one ("idk", "not sure") covers
  nothing. The scenario with the most keyword hits wins (ties: the earlier one),
  else one keyed "default" or "other"; its response is used once the answer is
  complete or we move on, with `{answer}` and known profile fields filled in.
* SMART goals: parts found earlier (`smart_so_far`) are kept; new parts are added.
* Extraction: patterns first, then enum choices by their words, synonyms and the
  glosses the field description gives them ("junior (0-2 years)"); a bare 1-4
  word answer fills the only missing free-text field (confidence 0.6).
* Reflections, check-ins and the rest only need a kind, short acknowledgement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from engine.llm import _text as t
from engine.llm.types import (
    SMART_PARTS,
    CoachRequest,
    CoachResult,
    FieldSpec,
    RequiredItem,
    StepKind,
    Usage,
)

__all__ = ["OfflineCoach"]

_USAGE = Usage(model="offline")
_MAX_ANSWER = 5000


class OfflineCoach:
    """A rules-based coach: keyword checks, SMART heuristics and regex extraction."""

    name: str = "offline"

    async def evaluate(self, request: CoachRequest) -> CoachResult:
        """Judge `request.answer` for its step kind and write a short reply."""
        handler = _HANDLERS.get(request.kind, _acknowledge)
        if len(request.answer) > _MAX_ANSWER:
            # Rules run in linear-ish time, but a pasted novel needn't be read in full.
            request = replace(request, answer=request.answer[:_MAX_ANSWER])
        return handler(request)


def _say(req: CoachRequest, tag: str, options: Sequence[str]) -> str:
    return t.pick(options, req.step_key, req.attempt_no, tag)


def _last_try(req: CoachRequest) -> bool:
    return req.attempt_no >= req.max_attempts


# --- open questions -----------------------------------------------------------


def _covers(item: RequiredItem, answer: str) -> bool:
    # Without keywords only an LLM could judge; any real answer counts.
    return t.matches_any(item.keywords, answer) if item.keywords else t.has_substance(answer)


def _scenario(req: CoachRequest, evasive: bool) -> tuple[str | None, str]:
    # The scenario whose keywords match most often wins; ties go to the earlier one, so
    # "didn't manage, too busy" is "not done" even though "manag" also suggests "done".
    chosen, best = None, 0
    for scenario in req.scenarios:
        hits = sum(1 for k in scenario.keywords if t.keyword_span(k, req.answer) is not None)
        if hits > best:
            chosen, best = scenario, hits
    if chosen is None:
        chosen = next((s for s in req.scenarios if s.key in ("default", "other")), None)
    if chosen is None:
        return None, ""
    if evasive or not chosen.response:
        return chosen.key, ""
    values = dict(req.known_fields)
    values["answer"] = t.clip(req.answer, 200)
    return chosen.key, t.fill_placeholders(chosen.response, values).strip()


def _question(req: CoachRequest) -> CoachResult:
    answer = req.answer.strip()
    evasive = t.is_non_answer(answer) or len(t.words(answer)) < 3
    classification, scenario_reply = _scenario(req, evasive)
    if not req.required:
        return _open_question(req, evasive, classification, scenario_reply)
    covered = [] if evasive else [i for i in req.required if _covers(i, answer)]
    missing = [i for i in req.required if i not in covered]
    done = [t.as_phrase(i.label) for i in covered]
    todo = t.join_labels([t.as_phrase(i.label) for i in missing])
    if not missing:
        reply = scenario_reply or _say(req, "done", _DONE)
    elif _last_try(req):
        reply = " ".join(
            p
            for p in (
                scenario_reply,
                _say(req, "thanks", _THANKS),
                _say(req, "move-on", _MOVE_ON).format(todo=todo),
            )
            if p
        )
    elif evasive:
        reply = _say(req, "evasive", _EVASIVE).format(todo=todo)
    else:
        # The scenario's response is kept for when the answer is complete (or we move
        # on): it reacts to a whole answer and would read oddly before a follow-up.
        lead = (
            _say(req, "covered", _COVERED).format(done=t.join_labels(done))
            if done
            else _say(req, "thanks", _THANKS)
        )
        reply = f"{lead} {_say(req, 'ask', _ASK).format(todo=todo)}"
    return CoachResult(
        reply=reply,
        complete=not missing,
        missing=tuple(i.key for i in missing),
        classification=classification,
        usage=_USAGE,
    )


def _open_question(
    req: CoachRequest, evasive: bool, classification: str | None, scenario_reply: str
) -> CoachResult:
    if not evasive:
        reply = scenario_reply or _say(req, "done", _DONE)
    elif _last_try(req):
        reply = _say(req, "move-on-open", _MOVE_ON_OPEN)
    else:
        reply = _say(req, "nudge", _NUDGE)
    return CoachResult(
        reply=reply, complete=not evasive, classification=classification, usage=_USAGE
    )


_DONE = (
    "Thank you — that's really helpful.",
    "Great, thanks for sharing that.",
    "That gives me a clear picture — thank you.",
    "Thanks, that's a thoughtful answer.",
)
_THANKS = ("Thanks for sharing.", "Thank you for that.", "Thanks — that helps.")
_COVERED = (
    "Thanks — you've described {done}.",
    "Great, you've told me about {done}.",
    "That helps — you've covered {done}.",
)
_ASK = (
    "Could you also tell me about {todo}?",
    "What about {todo}?",
    "Could you add a few words about {todo}?",
)
_EVASIVE = (
    "No worries — take your time. Could you tell me a little about {todo}?",
    "That's okay. Even a rough first thought helps: what about {todo}?",
    "No pressure. Could you share a sentence or two about {todo}?",
)
_MOVE_ON = (
    "Let's keep going — we can come back to {todo} another time.",
    "That's enough to move on; {todo} can wait for later.",
    "We'll leave {todo} for now and carry on.",
)
_NUDGE = (
    "Could you say a little more? A sentence or two is plenty.",
    "I'd love to hear a bit more — what comes to mind?",
    "Take your time — could you add a few more words?",
)
_MOVE_ON_OPEN = (
    "That's okay — let's keep going.",
    "No problem, we'll move on for now.",
    "All good — let's carry on.",
)


# --- SMART goals --------------------------------------------------------------

_SMART_DONE_LABEL = {
    "specific": "what you'll do",
    "measurable": "how you'll measure it",
    "achievable": "why it's realistic",
    "relevant": "why it matters to you",
    "time_bound": "when it happens",
}
_SMART_HINTS: dict[str, tuple[str, ...]] = {
    "specific": (
        "What exactly will you do? Name the action, e.g. “I will go for a run” or "
        "“I will write the first draft of my CV”.",
        "Let's make it concrete: which action will you take? For example “I will call two "
        "clients” rather than “I want to network more”.",
    ),
    "measurable": (
        "How will you know you've done it? Add a number, e.g. “3 times a week” or “20 pages”.",
        "Let's make it countable — how much or how often? Something like “for 20 minutes” "
        "or “5 km”.",
    ),
    "achievable": (
        "Is it realistic with the time and energy you have? You could say “I can start with "
        "15 minutes, which is manageable”.",
        "What makes it doable for you? For example “I already walk to work, so this fits my week”.",
    ),
    "relevant": (
        "Why does it matter to you? Add “because …” or “so that …”, e.g. “so that I have "
        "more energy for my kids”.",
        "What will it give you? Something like “because I want to feel confident in meetings”.",
    ),
    "time_bound": (
        "When will you do it, and until when? e.g. “every weekday morning for the next "
        "4 weeks” or “by 31 March”.",
        "Let's give it a timeframe — “by Friday”, “every Monday” or “for the next month”.",
    ),
}
_SMART_DONE = (
    "That's a SMART goal — well done!",
    "Brilliant — that goal ticks every SMART box.",
    "That's clear, measurable and yours. Great goal!",
)
_SMART_START = (
    "Good start — I can see {done}.",
    "Nice — you've already got {done}.",
    "That's taking shape: I can see {done}.",
)
_SMART_EMPTY = (
    "Let's build it together, one piece at a time.",
    "No problem — let's shape it step by step.",
    "Let's turn this into a goal you can act on.",
)
_SMART_MOVE_ON = (
    "Let's go with this goal for now — you can sharpen {todo} any time.",
    "That's a good enough start; we can add {todo} later.",
)


def _goal_text(smart: dict[str, str]) -> str:
    phrases: list[str] = []
    for part in SMART_PARTS:
        phrase = _quotable(smart[part])
        if phrase and not any(phrase.casefold() in p.casefold() for p in phrases):
            phrases.append(phrase)
    return t.clip(" — ".join(phrases), 240)


def _quotable(sentence: str) -> str:
    """A sentence without its final punctuation, ready to sit inside quotes."""
    return sentence.strip().rstrip(".!?;,")


def _smart_goal(req: CoachRequest) -> CoachResult:
    smart = {p: v for p, v in req.smart_so_far.items() if p in SMART_PARTS and v.strip()}
    fresh = {} if t.is_non_answer(req.answer) else t.detect_smart(req.answer)
    for part, text in fresh.items():
        smart.setdefault(part, text)
    missing = [p for p in SMART_PARTS if p not in smart]
    if not missing:
        reply = f"{_say(req, 'smart-done', _SMART_DONE)} Your goal: “{_goal_text(smart)}”"
    elif _last_try(req):
        todo = t.join_labels([_SMART_DONE_LABEL[p] for p in missing])
        reply = _say(req, "smart-move-on", _SMART_MOVE_ON).format(todo=todo)
    else:
        present = [_SMART_DONE_LABEL[p] for p in SMART_PARTS if p in smart]
        lead = (
            _say(req, "smart-start", _SMART_START).format(done=t.join_labels(present))
            if present
            else _say(req, "smart-empty", _SMART_EMPTY)
        )
        hints = [_say(req, f"hint-{p}", _SMART_HINTS[p]) for p in missing[:2]]
        reply = " ".join([lead, *hints])
    return CoachResult(
        reply=reply,
        complete=not missing,
        missing=tuple(missing),
        smart={p: smart[p] for p in SMART_PARTS if p in smart},
        usage=_USAGE,
    )


# --- profile extraction ---------------------------------------------------------

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "senior": ("lead", "principal", "staff", "experienced", "expert", "veteran", "head"),
    "junior": ("beginner", "entry", "novice", "graduate", "intern", "trainee", "apprentice"),
    "mid": ("intermediate", "middle", "midlevel"),
    "beginner": ("new", "novice", "starting", "junior", "never"),
    "intermediate": ("mid", "middle", "some experience"),
    "advanced": ("expert", "experienced", "senior", "pro"),
    "lead": ("senior", "principal", "head", "manager"),
    "manager": ("manage", "managing", "head of"),
    "idea": ("concept", "thinking about", "not started"),
    "prototype": ("mvp", "mockup", "demo", "poc", "beta"),
    "launched": ("live", "released", "shipped", "paying", "customers"),
    "student": ("studying", "university", "school", "college"),
    "remote": ("home", "remotely", "distributed"),
    "hybrid": ("mix", "mixed", "partly"),
    "office": ("onsite", "on site", "in person"),
    "yes": ("yeah", "yep", "sure", "definitely", "absolutely"),
    "applicable": ("no startup", "not in a startup", "corporate", "public sector", "freelanc"),
}
_CHOICE_STOPWORDS = frozenset(
    """a an the of and or just i to in on with my at for level experience stage not
    roughly about around approx approximately still e g eg""".split()  # noqa: SIM905
)
_WEAK_GLOSS = frozenset({"later", "early", "first", "yet", "other", "more", "less", "some"})
_RANGE = re.compile(
    r"(\d+)\s*(?:[-–]|to)\s*(\d+)\s*([a-z]*)|(\d+)\s*\+\s*([a-z]*)|"
    r"(?:over|more than)\s*(\d+)\s*([a-z]*)"
)
_INTRO = re.compile(
    r"^(?:i'?m|i am|it'?s|it is|my \w+(?: \w+)? is|call me|i live in|i work as|i'm based in|"
    r"based in)\s+(?:an?\s+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Option:
    """An enum choice with the words that point to it and any numeric ranges."""

    value: str
    own: tuple[str, ...]  # the choice's own words
    terms: tuple[tuple[str, int], ...]  # keyword, weight
    ranges: tuple[tuple[float, float, str], ...]  # low, high (exclusive), unit stem


def _ranges(text: str) -> list[tuple[float, float, str]]:
    found: list[tuple[float, float, str]] = []
    for m in _RANGE.finditer(text.casefold()):
        low, high, unit1, plus, unit2, over, unit3 = m.groups()
        if low is not None:
            found.append((float(low), float(high) + 1, unit1))
        elif plus is not None:
            found.append((float(plus), float("inf"), unit2))
        else:
            found.append((float(over) + 1, float("inf"), unit3))
    return [(lo, hi, t.stem(unit) if unit else "") for lo, hi, unit in found]


def _gloss(choice: str, description: str) -> str:
    """The explanation a description gives a choice: "junior (roughly 0-2 years)"."""
    for name in dict.fromkeys((choice, choice.replace("_", " "), choice.replace("_", "-"))):
        found = re.search(rf"(?<!\w){re.escape(name)}\s*\(([^)]*)\)", description, re.IGNORECASE)
        if found:
            return found.group(1)
    return ""


def _options(choices: Sequence[str], description: str) -> list[_Option]:
    options = []
    for choice in choices:
        own = tuple(w for w in t.words(choice) if w not in _CHOICE_STOPWORDS)
        terms: dict[str, int] = {}
        for word in own:
            for synonym in (*_SYNONYMS.get(word, ()), *_SYNONYMS.get(t.stem(word), ())):
                terms.setdefault(synonym, 1)
        gloss = _gloss(choice, description)
        for phrase in re.split(r"[,;:]|\b(?:or|and)\b|\be\.g\.", gloss.casefold()):
            kept = [w for w in phrase.split() if w not in _CHOICE_STOPWORDS]
            if kept and not any(c.isdigit() for c in phrase) and " ".join(kept) not in _WEAK_GLOSS:
                terms[" ".join(kept)] = 2
        every = t.words(choice)
        if len(every) > 1:
            terms[" ".join(every)] = 3  # "series a", "not applicable", "pre seed" ~ "pre-seed"
        for word in own:
            terms[word] = 1 if len(every) > 1 else 2
        ranges = tuple(_ranges(choice) + _ranges(gloss))
        options.append(_Option(choice, own, tuple(terms.items()), ranges))
    return options


def _range_hit(option: _Option, number: float | None, answer_words: list[str]) -> bool:
    if number is None:
        return False
    return any(
        low <= number < high and (not unit or any(w.startswith(unit) for w in answer_words))
        for low, high, unit in option.ranges
    )


def _match_choice(choices: Sequence[str], answer: str, description: str = "") -> str | None:
    """The choice the answer points to most clearly, or None.

    A choice scores 3 for its whole name ("series a"), 2 for a one-word name or a
    phrase its field description gives it in parentheses ("junior (roughly 0-2
    years)"), 1 for each word of a longer name or a synonym, and 3 when a number
    in the answer falls in its range ("4 years").
    Ties go to the choice whose own words are best covered, then to the earlier one.
    """
    answer_words = t.words(answer)
    normalised = " ".join(answer_words)
    number = t.first_number(answer)
    best: tuple[float, float, int] = (0, 0, 0)
    chosen = None
    for index, option in enumerate(_options(choices, description)):
        if normalised == " ".join(t.words(option.value)):
            return option.value
        score = sum(w for term, w in option.terms if t.keyword_span(term, answer) is not None)
        score += 3 if _range_hit(option, number, answer_words) else 0
        covered = sum(1 for w in option.own if t.keyword_span(w, answer) is not None)
        key = (score, covered / len(option.own) if option.own else 0, -index)
        if score > 0 and key > best:
            best, chosen = key, option.value
    return chosen


_TRAILING_POLITENESS = re.compile(r"\s+(?:please|pls|thanks|thank you|thx)$", re.IGNORECASE)


def _clean_value(value: str) -> str:
    value = value.strip(" \t\n.,;:!?\"'")
    return _TRAILING_POLITENESS.sub("", value).strip(" \t\n.,;:!?\"'")


def _from_patterns(spec: FieldSpec, answer: str) -> str | None:
    for raw in spec.patterns:
        try:
            found = re.search(raw, answer, re.IGNORECASE)
        except re.error:
            continue
        if found is None:
            continue
        value = _clean_value((found.group(1) if found.re.groups else found.group(0)) or "")
        if t.is_non_answer(value):
            continue
        if spec.choices:
            value = _match_choice(spec.choices, value, spec.description) or ""
        if value:
            return value
    return None


def _asked_field(req: CoachRequest, missing: Sequence[FieldSpec]) -> FieldSpec | None:
    if len(missing) == 1:
        return missing[0]
    last = next((e.text.casefold() for e in reversed(req.history) if e.role == "assistant"), "")
    return next((f for f in missing if f.description and f.description.casefold() in last), None)


def _bare_value(answer: str) -> str | None:
    cleaned = _clean_value(_INTRO.sub("", answer.strip()))
    if t.is_non_answer(cleaned) or not 1 <= len(t.words(cleaned)) <= 4:
        return None
    return cleaned


def _field_label(spec: FieldSpec) -> str:
    return spec.name.replace("_", " ")


def _ask_for(req: CoachRequest, spec: FieldSpec) -> str:
    description = " ".join(spec.description.split())
    if description.endswith("?") and len(description) <= 240:
        return description
    # Descriptions are often written for the LLM ("The person's first name…"); use one
    # only when it addresses the person and is short, else the field's name.
    addressed = re.search(r"\b(?:you|your)\b", description, re.IGNORECASE)
    what = t.as_phrase(description) if addressed and len(description) <= 60 else ""
    what = what or f"your {_field_label(spec)}"
    if spec.choices:
        options = t.join_labels([c.replace("_", " ") for c in spec.choices]).replace(
            " and ", " or "
        )
        what = f"{what} ({options})"
    return _say(req, f"ask-{spec.name}", _ASK_FIELD).format(what=what)


_ASK_FIELD = ("Could you tell me {what}?", "And what about {what}?", "May I ask {what}?")
_EXTRACT_DONE = (
    "Thanks, that's everything I need.",
    "That's all I need for now — thank you!",
    "Perfect, I have everything.",
)


def _extract(req: CoachRequest) -> CoachResult:
    known = {k for k, v in req.known_fields.items() if v and v.strip()}
    missing = [f for f in req.fields if f.name not in known]
    extracted: dict[str, str] = {}
    confidence: dict[str, float] = {}
    for spec in missing:
        value = _from_patterns(spec, req.answer)
        if value is None and spec.choices:
            value = _match_choice(spec.choices, req.answer, spec.description)
        if value:
            extracted[spec.name], confidence[spec.name] = value, 1.0
    target = _asked_field(req, missing)
    if target is not None and not extracted and not target.choices:
        bare = _bare_value(req.answer)
        if bare:
            extracted[target.name], confidence[target.name] = bare, 0.6
    still = [f for f in missing if f.name not in extracted]
    parts: list[str] = []
    if extracted:
        got = ", ".join(
            f"{_field_label(f)} = {extracted[f.name]}" for f in missing if f.name in extracted
        )
        parts.append(f"Got it: {got}.")
    if not still:
        parts.append(_say(req, "extract-done", _EXTRACT_DONE))
    elif _last_try(req):
        parts.append("No problem — we can fill in the rest later.")
    else:
        if not extracted:
            parts.append(_say(req, "extract-none", ("Thanks!", "Thank you.", "Okay.")))
        parts.append(_ask_for(req, still[0]))
    return CoachResult(
        reply=" ".join(parts),
        complete=not still,
        missing=tuple(f.name for f in still),
        extracted=extracted,
        confidence=confidence,
        usage=_USAGE,
    )


# --- weekly reflection ----------------------------------------------------------

_ACTION_CUE = re.compile(
    r"\b(?:will|i'll|going to|gonna|plan to|planning to|intend to|next|commit to|aim to|"
    r"from now on|starting|tomorrow)\b",
    re.IGNORECASE,
)
_IMPERATIVES = frozenset(
    """start stop keep try ask block set make take remember focus spend say use talk
    schedule book write read call plan practise practice prepare delegate share check
    reach""".split()  # noqa: SIM905
)


def _summary(req: CoachRequest) -> str | None:
    said = [
        _quotable((t.sentences(e.text) or [e.text])[0])
        for e in req.week_answers
        if e.role == "user" and t.words(e.text) and not t.is_non_answer(e.text)
    ]
    if not said:
        first = t.sentences(req.answer)
        return f"This week you reflected: “{t.clip(_quotable(first[0]), 120)}”." if first else None
    if len(said) == 1:
        return f"This week you shared: “{t.clip(said[0], 120)}”."
    return (
        f"This week you shared {len(said)} answers, starting with “{t.clip(said[0], 90)}”"
        f" and most recently “{t.clip(said[-1], 90)}”."
    )


def _reflection(req: CoachRequest) -> CoachResult:
    summary = _summary(req)
    if not t.has_substance(req.answer):
        reply = (
            _say(req, "reflect-move-on", _MOVE_ON_OPEN)
            if _last_try(req)
            else "Could you say a little more? What did you learn this week, and what's one "
            "thing you'll do next?"
        )
        return CoachResult(reply=reply, complete=False, summary=summary, usage=_USAGE)
    said = [s for s in t.sentences(req.answer) if len(t.words(s)) >= 2] or [req.answer.strip()]
    takeaways = tuple(t.clip(s, 200) for s in said[:3])
    actions = [
        t.clip(s, 200)
        for s in said
        if _ACTION_CUE.search(s) or (t.words(s)[:1] and t.words(s)[0] in _IMPERATIVES)
    ][:3]
    thanks = _say(req, "reflect", _REFLECT)
    if actions:
        reply = f"{thanks} Your next step: “{_quotable(actions[0])}”."
    else:
        first = _quotable(t.clip(said[0], 190))
        actions = [f"Try: {first}"]
        reply = f"{thanks} Something to try next week: put “{first}” into practice."
    return CoachResult(
        reply=reply,
        complete=True,
        summary=summary,
        takeaways=takeaways,
        action_items=tuple(actions),
        usage=_USAGE,
    )


_REFLECT = (
    "Thank you for reflecting so honestly.",
    "That's a lovely reflection — thank you.",
    "Thanks for taking the time to look back on your week.",
)


# --- acknowledgements (check-ins, scales, choices, yes/no, content) ---------------

_LOW_WORDS = re.compile(
    r"\b(?:bad|awful|terrible|tired|exhausted|stressed|sad|low|rough|anxious|overwhelmed|"
    r"down|meh|struggling|not (?:great|good|well)|burn(?:ed|t)? out|sick|worse)\b"
)
_HIGH_WORDS = re.compile(
    r"\b(?:great|good|amazing|excellent|happy|fantastic|awesome|wonderful|energi[sz]ed|"
    r"motivated|proud|better|well|yes|yeah|yep|done|finished|nailed)\b"
)
_NO_WORDS = re.compile(r"^\s*(?:no|nope|nah|not yet|not really|didn'?t|did not)\b")

_ACK: dict[str, tuple[str, ...]] = {
    "low": (
        "Thanks for being honest — that sounds hard. Be gentle with yourself; one small step "
        "is plenty today.",
        "I'm sorry it's a tough one. Noticing it is already something — take care of yourself.",
        "That sounds heavy. Thank you for checking in anyway; small steps still count.",
    ),
    "mid": (
        "Thanks for checking in — steady counts.",
        "Noted, thank you. Middle days are part of the journey.",
        "Thanks — showing up on an ordinary day is what builds the habit.",
    ),
    "high": (
        "That's great to hear — keep that momentum going!",
        "Wonderful! Enjoy it — you've earned it.",
        "Love that. Nice work!",
    ),
    "no": (
        "That's okay — no judgement. What matters is the next small step.",
        "No problem. Tomorrow is a fresh chance.",
    ),
    "neutral": ("Thanks — noted.", "Got it, thank you.", "Thanks for letting me know."),
}
_CONTENT_ACK = (
    "Thanks for working through this — let's keep going.",
    "Great, on to the next part.",
    "Thanks! Let's carry on.",
)


def _level(req: CoachRequest) -> str:
    lowered = req.answer.casefold()
    number = t.first_number(lowered)
    if req.kind in (StepKind.CHECK_IN, StepKind.SCALE) and number is not None:
        out_of_100 = number > 10 or any(s in req.question for s in ("100", "%", "percent"))
        share = number / 100 if out_of_100 else number / 10
        return "low" if share <= 0.35 else "mid" if share <= 0.65 else "high"
    if _NO_WORDS.search(lowered):
        return "no"
    if _LOW_WORDS.search(lowered):
        return "low"
    if _HIGH_WORDS.search(lowered):
        return "high"
    return "neutral"


def _acknowledge(req: CoachRequest) -> CoachResult:
    if req.kind is StepKind.CONTENT:
        return CoachResult(reply=_say(req, "content", _CONTENT_ACK), complete=True, usage=_USAGE)
    level = _level(req)
    reply = _say(req, f"ack-{level}", _ACK[level])
    if req.kind is StepKind.CHOICE and req.answer.strip():
        if level == "neutral":
            reply = _say(req, "choice", ("Good choice.", "Thanks!", "Great."))
        reply = f"Noted: {_quotable(t.clip(req.answer.strip(), 60))}. {reply}"
    return CoachResult(reply=reply, complete=True, classification=level, usage=_USAGE)


_HANDLERS: dict[StepKind, Callable[[CoachRequest], CoachResult]] = {
    StepKind.QUESTION: _question,
    StepKind.SMART_GOAL: _smart_goal,
    StepKind.EXTRACT: _extract,
    StepKind.REFLECTION: _reflection,
}
