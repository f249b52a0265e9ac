"""Whether an answer covers a required item: one function, `covers`, for the offline coach.

In order, an item is covered by
1. its keywords (the keyword rule of `_words`), unless the match is negated for an item
   whose label is not itself negative ("not going well" is no "going well");
2. the content words of its label, stemmed ("a pattern you notice" ← "the pattern is…");
3. the cues of what the label asks for: a reason ("why it matters" ← "because…", "I want
   to…", "for my son"), a time ("by Friday", "every morning"), a number ("eight"), a
   person, a feeling, an obstacle, a plan or a past action ("I led…");
4. with the `[embeddings]` extra installed, a sentence of the answer close in meaning to
   the label (all-MiniLM-L6-v2, loaded once, offline);
5. for a step that asks for one thing only, a short direct, non-evasive answer
   ("mastery obviously"); for an item without keywords, any real answer (an answer of
   several clauses for a step asking for several things).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from engine.llm.offline import _text as t
from engine.llm.types import RequiredItem

_NEGATION = re.compile(
    r"\b(?:not|no|never|n't|nothing|nobody|isnt|dont|didnt|cant|wasnt)\s+(?:\w+\s+)?$"
)
_NEGATIVE_LABEL = re.compile(
    r"\b(?:not|no|n't|isn't|doesn't|don't|didn't|without|never|hard|bad|worst|cost|costs|"
    r"drain|drains|drained|struggle|problem|wrong|frustrates?|obstacle|barrier)\b"
)
_LABEL_STOP = frozenset(
    """
    a an the and or of to for in on at by with from about your you yours it its it's that
    that's this these those what which who whom whose why how when where one some something
    anything thing things is isn't are was were be been being do does did doesn't don't
    going get got has have had make makes made would will could should can may might
    there their them they we our me my i i'm is it well more most less very really just
    so any each other than then also only own way ways kind sort bit
    """.split()  # noqa: SIM905
)

_CUES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (  # a reason, what matters, motivation
        re.compile(r"\b(?:why|reason|matter|important|motivat|purpose|meaning|care)"),
        re.compile(
            r"\b(?:because|cause|since|so that|so i|so we|in order to|to be able|for my|"
            r"for the|my (?:son|daughter|kids?|children|family|wife|husband|partner|health|"
            r"mum|mom|dad|parents)|matters?|important|means a lot|afraid|scared|worried|"
            r"tired of|sick of|fed up|never again|still be|keep up|be there|le[ts]s? me|"
            r"porque|parce que|weil|damit|perch[eé]|denn|pour (?:ma|mon|mes)|para (?:mi|mis|o|a)|"
            r"i(?:'ve)? (?:always )?lov\w*|passion\w*|i care|dream)\b"
        ),
    ),
    (  # a time, deadline or frequency
        re.compile(r"\b(?:when|time|deadline|by when|how often|frequen|schedule|date|day)"),
        re.compile(
            r"\b\d|\b(?:today|tomorrow|tonight|morning|evening|night|noon|afternoon|weekend|"
            r"daily|weekly|monthly|every|each|times?|once|twice|weeks?|months?|years?|days|by|until|"
            r"before|after|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            r"mon|tue|wed|thu|fri|sat|sun|o'clock|am|pm|january|february|march|april|may|"
            r"june|july|august|september|october|november|december|end of|whenever|sometimes|"
            r"rarely|often|usually|regularly|occasionally|never|spring|summer|autumn|fall|"
            r"winter|soon|later|now|next|last|frost|semana|mes|hoy|mañana|heute|morgen|woche|"
            r"demain|semaine|amanh[aã])\b"
        ),
    ),
    (  # a number, an amount
        re.compile(
            r"\b(?:how many|how much|how big|how large|how long|number|amount|count|size|"
            r"hours|minutes|many)\b"
        ),
        re.compile(
            r"\b\d|[£$€]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"fifteen|twenty|thirty|forty|fifty|hundred|dozen|a few|several|couple|none|"
            r"half|all|zero)\b"
        ),
    ),
    (  # a person
        re.compile(r"\b(?:who|person|people|someone|somebody|whom|support)"),
        re.compile(
            r"\b(?:my \w+|friend|colleague|boss|manager|mentor|partner|wife|husband|son|"
            r"daughter|kids?|mum|mom|dad|mother|father|sister|brother|team|coach|doctor|"
            r"nobody|no one|myself|alone|on my own)\b"
        ),
    ),
    (  # a feeling
        re.compile(r"\b(?:feel|feeling|emotion|mood|felt|like for you)"),
        re.compile(
            r"\b(?:feel|felt|happy|sad|angry|proud|anxious|nervous|calm|relieved|excited|"
            r"frustrat\w*|stress\w*|tired|drained|great|good|bad|awful|ok|fine|alive|"
            r"energi\w*|lonely|scared|hopeful|grateful)\b"
        ),
    ),
    (  # an obstacle
        re.compile(
            r"\b(?:obstacle|barrier|challenge|in the way|difficult|hard|struggle|stop|risk)"
        ),
        re.compile(
            r"\b(?:but|hard|difficult|tough|struggl\w*|can't|cannot|never|too|busy|tired|"
            r"lazy|forget|forgot|no time|lack|kids|work|travel|weather|stress\w*|excuse\w*|"
            r"temptation|phone|late|pain|injur\w*|money|cost)\b"
        ),
    ),
    (  # a plan, a next step
        re.compile(r"\b(?:plan|step|action|next|will you|try|do differently|commit)"),
        re.compile(
            r"\b(?:i'll|i will|i'm going to|going to|gonna|plan to|try|start|stop|book|"
            r"call|message|email|ask|write|schedule|set|put|block|join|sign up|buy|"
            r"tomorrow|next week|tonight)\b"
        ),
    ),
    (  # the situation, the moment
        re.compile(r"\b(?:happening|situation|context|moment|event|occasion)"),
        re.compile(
            r"\b(?:when|during|last|ago|once|at the|in the|conference|meeting|launch|project|"
            r"trip|interview|presentation|deadline|crisis|january|february|march|april|may|june|"
            r"july|august|september|october|november|december|week|month|year)\b"
        ),
    ),
    (  # a strength or skill ("I am good in explaining": not only "good at")
        re.compile(r"\b(?:strength|skill|talent|good at|gift)"),
        re.compile(
            r"\b(?:(?:good|great|strong|better|best|skilled|talented) (?:at|in|with)|"
            r"(?:i am|i'm|im) (?:a )?(?:good|great|strong|natural)\b|i can \w+|"
            r"(?:my )?(?:strengths?|skills?|talents?)|gift(?:ed)? (?:for|at|with))"
        ),
    ),
    (  # something good (the label is not negative)
        re.compile(r"\b(?:going well|good|enjoy|positive|works|best|proud|gave you energy)"),
        re.compile(
            r"\b(?:hit|achiev\w*|success\w*|won|win|love|enjoy\w*|great|good|proud|happy|fun|"
            r"excit\w*|smooth\w*|fantastic|brilliant|works|working|thriv\w*|improv\w*|"
            r"progress\w*|better|nice|awesome|amazing|easy|shipping|shipped|deliver\w*|landed|"
            r"prais\w*|promot\w*|growing|solid|going well)\b"
        ),
    ),
    (  # something bad (the label is negative: not going well, a cost, a drain)
        re.compile(
            r"\b(?:not going|isn't|not|cost|drain|frustrat|worst|hard|difficult|downside|price|"
            r"struggle|problem|wrong)"
        ),
        re.compile(
            r"\b(?:exhaust\w*|drain\w*|endless|awful|terrible|bad|hate|boring|bored|tired|"
            r"stress\w*|overwhelm\w*|too (?:many|much)|never|can't|cannot|struggl\w*|hard|"
            r"difficult|tough|frustrat\w*|annoy\w*|slow|stuck|though|unfortunately|worse|worst|"
            r"painful|burn\w*|miss\w*|lonely|pointless|chaos|mess|wearing|killing|sucks|meh|"
            r"lack\w*|not|no longer|anymore|n't|stopped|resent\w*|dread\w*|restless)\b"
        ),
    ),
    (  # what the person did
        re.compile(r"\b(?:what you did|you did|action you took|how you|handled)"),
        re.compile(r"\b(?:i \w+ed|i (?:led|built|made|ran|wrote|took|went|did|told|said|got))\b"),
    ),
)


# Said as a wish ("I want to sleep better"), a reason only when the rest is already known:
# with the topic still to cover, the wish is the topic.
_WISH = re.compile(
    r"\b(?:i want|i wanna|wanna|want to|i'd like|i would like|i need|i hope|hoping)\b"
)
# An item asking why, when or how much is not covered by the keywords it shares with the
# step's other items unless the answer has that sense: a program's generous keywords
# ("sleep" for "why it matters" as well as for "what you'd change") name the topic.
_SENSES = (0, 1, 2)  # positions in `_CUES`: a reason, a time, a number


def _sense(item: RequiredItem) -> int | None:
    label = item.label.casefold().replace("’", "'")
    for n in _SENSES:
        if _CUES[n][0].search(label):
            return n
    return None


_BARE_WISH = re.compile(
    r"^\W*(?:i|i'd|id)\s+(?:really\s+)?(?:want|wanna|would like|'d like|like|need|wish|hope)"
    r"(?:\s+to)?\s+[^.!?]*$"
)
_WISH_REASON = re.compile(
    r"\b(?:feel\w*|energy|health\w*|able|confiden\w*|happ\w*|kids?|son|daughter|family|"
    r"proud|stress\w*|calm\w*|tired|pain|alive|life|future|again)\b"
)


def _bare_wish(answer: str) -> bool:
    """A short wish with no reason in it ("I want to sleep better", "I'd like to run more")."""
    folded = answer.casefold().replace("’", "'").strip()
    if len(t.words(folded)) > 7 or not _BARE_WISH.match(folded):
        return False
    return _CUES[0][1].search(folded) is None and _WISH_REASON.search(folded) is None


def _negated_at(text: str, start: int) -> bool:
    return _NEGATION.search(text[max(0, start - 24) : start]) is not None


def _keyword_hit(item: RequiredItem, answer: str) -> bool:
    folded = answer.casefold().replace("’", "'")
    negative_item = _NEGATIVE_LABEL.search(item.label.casefold()) is not None
    for keyword in item.keywords:
        span = t.keyword_span(keyword, answer)
        if span is None:
            continue
        if negative_item or _NEGATIVE_LABEL.search(keyword.casefold()):
            return True
        at = folded.find(span)
        if at < 0 or not _negated_at(folded, at):
            return True
    return False


def _label_words(label: str) -> list[str]:
    return [t.stem(w) for w in t.words(label) if w not in _LABEL_STOP and len(w) > 2]


def _label_hit(item: RequiredItem, answer: str) -> bool:
    stems = _label_words(item.label)
    answer_stems = {t.stem(w) for w in t.words(answer)}
    return any(
        s in answer_stems or any(a.startswith(s) for a in answer_stems)
        for s in stems
        if len(s) >= 4
    )


_GOOD, _BAD = len(_CUES) - 3, len(_CUES) - 2  # the sentiment cues, by position
_STRENGTH = len(_CUES) - 4


def _cue_hit(item: RequiredItem, answer: str) -> bool:
    label = item.label.casefold().replace("’", "'")
    folded = answer.casefold().replace("’", "'")
    negative = _NEGATIVE_LABEL.search(label) is not None
    for n, (asks, cue) in enumerate(_CUES):
        if not asks.search(label) or (n == _GOOD and negative) or (n == _BAD and not negative):
            continue
        for found in cue.finditer(folded):
            if n not in (_GOOD, _STRENGTH) or not _negated_at(folded, found.start()):
                return True
    return False


@lru_cache(maxsize=1)
def _model() -> Any:
    from engine.knowledge.embedders import installed_embedder

    return installed_embedder()


@lru_cache(maxsize=2048)
def _vector(text: str) -> tuple[float, ...]:
    model = _model()
    return tuple(model.embed([text])[0]) if model is not None else ()


SHORT = 3  # words: a direct answer
SIMILAR = 0.45  # cosine of a sentence and a label that count as "about it"


def _similar(item: RequiredItem, answer: str) -> bool:
    if _model() is None:
        return False
    label = _vector(item.label)
    for sentence in t.sentences(answer)[:8]:
        vector = _vector(sentence)
        if label and vector and sum(a * b for a, b in zip(label, vector, strict=True)) >= SIMILAR:
            return True
    return False


# A named thing: a quoted title anywhere, a capitalised one right after a verb of doing
# something with such a thing ("sing Ode to Joy", "read Dune"), or one of two capitalised
# words or more opening the answer ("Ode to Joy, because…"). Small words may join the
# capitalised ones ("The Lord of the Rings").
_QUOTED = re.compile(r"[\"“«]([^\"”»\n]{2,60})[\"”»]|(?<!\w)'([^'\n]{2,60})'(?!\w)")
_JOIN = r"(?:to|of|the|a|an|and|in|on|for|my|me|you|de|la|le|el|du|des|y|e|&)"
_CAPS = rf"(?-i:[A-Z0-9][\w'’-]*)(?:\s+(?:{_JOIN}\s+)*(?-i:[A-Z0-9][\w'’-]*))*"
_OPENING = re.compile(
    rf"^\W*((?-i:[A-Z])[\w'’-]*(?:\s+(?:{_JOIN}\s+)*(?-i:[A-Z0-9])[\w'’-]*)+)\s*"
    r"(?:[,—–(:]|-\s|because\b|since\b|as\b|$)",
    re.IGNORECASE,
)
# What one does with each kind of thing; a thing not listed here takes any of the verbs.
_THING_VERBS = (
    (
        r"song|tune|hymn|anthem|piece|track|album|music|ballad|aria|carol",
        r"sing|sang|sung|singing|play|played|playing|hum|humming|perform|performing|cover|"
        r"covering|listen(?:ed|ing)? to",
    ),
    (r"book|novel|poem|story|author|comic", r"read|reading|finish|finishing|reread"),
    (r"film|movie|show|series|documentary|play", r"watch|watched|watching|see|seeing"),
    (r"game", r"play|played|playing"),
)
_ANY_VERB = "|".join(verbs for _, verbs in _THING_VERBS)
_THING_LABEL = re.compile(r"^(?:the|a|an|which|what|your|one)\s+(\w+)(?:\s+\w+)?$")


def _verbs_for(noun: str) -> str:
    for nouns, verbs in _THING_VERBS:
        if re.fullmatch(nouns, noun) or re.fullmatch(nouns, noun.rstrip("s")):
            return verbs
    return _ANY_VERB


def _title_hit(item: RequiredItem, answer: str) -> bool:
    """A "which/what" item whose label is a thing ("the song", "which book") is covered by
    its title: quoted, capitalised right after a verb for it, or opening the answer."""
    label = _THING_LABEL.match(" ".join(item.label.casefold().split()))
    if label is None or any(asks.search(label.group(0)) for asks, _ in _CUES):
        return False
    if any(1 <= len(t.words(a or b)) <= 8 for a, b in _QUOTED.findall(answer)):
        return True
    if _OPENING.match(answer) and not answer.lstrip().startswith(("I ", "I'")):
        return True
    after = re.compile(rf"\b(?:{_verbs_for(label.group(1))})\s+(?:the \w+ )?({_CAPS})", re.I)
    return any(found.group(1) != "I" for found in after.finditer(answer))


def direct_answer(answer: str) -> bool:
    """A short answer that says something: not evasive, at least one real word."""
    return not t.is_non_answer(answer) and any(len(w) > 1 or w.isdigit() for w in t.words(answer))


def covers(
    item: RequiredItem,
    answer: str,
    *,
    only_item: bool = False,
    topic: frozenset[str] = frozenset(),
) -> bool:
    """Whether `answer` covers `item`; `only_item` = the step asks for this one thing.

    `topic`: keywords the step's other items list too — the topic, not this item's sense.
    """
    if t.is_non_answer(answer):
        return False
    sense, by_label = _sense(item), True
    if sense == 0 and _bare_wish(answer):
        return False  # "I want to sleep better" names what, not why
    if sense is not None and topic:
        folded = answer.casefold().replace("’", "'")
        said = _CUES[sense][1].search(folded) is not None
        said = said or (sense == 0 and only_item and _WISH.search(folded) is not None)
        if not said:  # the topic named is not a reason, a time or an amount
            kept = tuple(k for k in item.keywords if k.casefold() not in topic)
            item = RequiredItem(item.key, item.label, kept or ("\x00",))
            by_label = False  # "why you're learning it" ← "I'm learning Japanese": no
    if item.keywords and _keyword_hit(item, answer):
        return True
    if (by_label and _label_hit(item, answer)) or _cue_hit(item, answer) or _similar(item, answer):
        return True
    if sense is None and _title_hit(item, answer):
        return True
    if only_item and len(t.words(answer)) <= SHORT:
        return direct_answer(answer)  # a short reply to a one-thing question is the thing
    if not item.keywords:  # only an LLM could judge it: any real answer, one per item
        return t.has_substance(answer) and (only_item or _clauses(answer) >= 2)
    return False


def _clauses(answer: str) -> int:
    return len([c for c in re.split(r"[.!?;,\n]+|\s(?:and|but)\s", answer) if len(t.words(c)) >= 2])
