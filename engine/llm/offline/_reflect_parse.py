"""A weekly reflection split into takeaways and actions, in the person's words.

Labels are honoured first ("Takeaway: …", "Learned: …", "Action: …", "Next: …"
and their Portuguese, Spanish, French and German equivalents); text without a label is
split into sentences, and a sentence is an action when it says what the person will do
("I will …", "Next week I'll …", "vou …", "je vais …", "ich werde …", or an imperative),
else a takeaway. A question about the step ("what do you mean by takeaway?") is neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.llm.offline._meta import is_meta_reply
from engine.llm.offline._prose import clip
from engine.llm.offline._words import sentences, words

_TAKEAWAY_LABELS = (
    r"(?:key |main |my |biggest )?takeaways?|learned|learnt|learnings?|lessons?(?: learned)?|"
    r"insights?|what i learned|realisation|realization|reflection|"
    r"aprendizado|aprendizagem|li[cç][aã]o|o que aprendi|conclus[aã]o|"
    r"aprendizaje|lecci[oó]n|lo que aprend[ií]|conclusi[oó]n|"
    r"le[cç]on|[aà] retenir|ce que je retiens|ce que j'ai appris|enseignement|apprentissage|"
    r"erkenntnis(?:se)?|gelernt|was ich gelernt habe|lektion|einsicht"
)
_ACTION_LABELS = (
    r"(?:next |my )?actions?(?: items?)?|next steps?|next(?: time| week)?|going forward|"
    r"to-?dos?|todo|commitment|plan|"
    r"a[cç][aã]o|a[cç][oõ]es|pr[oó]ximos? passos?|compromisso|tarefa|"
    r"acci[oó]n|acciones|pr[oó]ximos? pasos?|siguiente paso|compromiso|tarea|"
    r"prochaine [ée]tape|prochaines [ée]tapes|engagement|[aà] faire|"
    r"aktion|ma[ßs]nahmen?|n[aä]chster schritt|n[aä]chste schritte|vorhaben"
)
# "The biggest lesson: …", "my takeaway is that …", "my next step is to …": the words
# around a label belong to it, not to the person's takeaway or action.
_LABEL_LEAD = r"(?:(?:my|the|one|our)\s+)?(?:(?:main|key|biggest|big|first|real|one)\s+)?"
_WEEK = r"(?:\s+(?:from |of )?(?:this|the|last|today'?s?) week|\s+from today)?"
_SEPARATOR = r"\s*(?:[:：=]|\s[-–—]|(?<=\w)[-–—])\s*"
_LABEL = re.compile(
    rf"(?:^|(?<=[\s.;!?,])){_LABEL_LEAD}"
    rf"(?:(?P<takeaway>{_TAKEAWAY_LABELS}){_WEEK}(?:{_SEPARATOR}|(?P<soft>\s+(?:is|was)\s+(?:that\s+)?))"
    rf"|(?P<action>{_ACTION_LABELS}){_WEEK}"
    rf"(?:{_SEPARATOR}|(?P<soft_action>\s+(?:is|was|will be)\s+to\s+)))",
    re.IGNORECASE,
)
_ACTION_CUE = re.compile(
    r"\b(?:i will|i'll|i shall|i'm going to|i am going to|going to|gonna|i plan to|"
    r"i'm planning to|i intend to|i commit to|i aim to|i want to try|next week|this week i|"
    r"tomorrow|from now on|starting (?:on |this |next |tomorrow|monday|today)|"
    r"vou|irei|farei|vou tentar|na pr[oó]xima semana|a partir de agora|"
    r"voy a|har[eé]|la pr[oó]xima semana|a partir de ahora|"
    r"je vais|je ferai|la semaine prochaine|dor[ée]navant|"
    r"ich werde|ich will|n[aä]chste woche|ab jetzt|morgen)\b",
    re.IGNORECASE,
)
_TAKEAWAY_CUE = re.compile(
    r"\b(?:i (?:have )?(?:learned|learnt|realised|realized|noticed|discovered|saw|found out)|"
    r"i've (?:learned|learnt|realised|realized|noticed)|aprendi|percebi|notei|"
    r"aprend[ií]|me di cuenta|not[eé]|j'ai appris|j'ai remarqu[ée]|j'ai compris|"
    r"ich habe (?:gelernt|gemerkt|bemerkt)|mir ist aufgefallen)\b",
    re.IGNORECASE,
)
_IMPERATIVES = frozenset(
    """start stop keep try ask block set make take remember focus spend say use talk
    schedule book write read call plan practise practice prepare delegate share check
    reach message email text meet send""".split()  # noqa: SIM905
)
_QUESTION_START = re.compile(
    r"^(?:what|how|why|which|can you|could you|do you|is it|o que|como|qu[eé]|c[oó]mo|"
    r"qu'est-ce|que veut|comment|was|wie|warum)\b",
    re.IGNORECASE,
)
_STEP_WORDS = re.compile(
    rf"\b(?:{_TAKEAWAY_LABELS}|{_ACTION_LABELS}|mean|meant|example|like what|such as|"
    r"quer dizer|significa|exemplo|ejemplo|veux dire|exemple|bedeutet|beispiel)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Reflection:
    takeaways: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    labelled: bool = False  # the person used labels: their split is the split


def _item(text: str) -> str:
    return clip(" ".join(text.split()).strip(" ,;:-–—").rstrip(".!?;,"), 300)


def _is_action(sentence: str) -> bool:
    action = _ACTION_CUE.search(sentence)
    learned = _TAKEAWAY_CUE.search(sentence)
    if action is not None and (learned is None or action.start() < learned.start()):
        return True
    first = words(sentence)[:1]
    return learned is None and bool(first) and first[0] in _IMPERATIVES


_CLAUSE_BREAK = re.compile(r"\s*(?:;|\s[-–—]+\s)\s*")
_JOINER = re.compile(
    r"(?:[,;:]|\s[-–—]|\band|\bso|\bbut|\bthen|\be|\by|\bet|\bund|\bdonc|\bent[aã]o)\s*$"
)


def _clauses(sentence: str) -> list[str]:
    """A sentence that learns something and then plans something, as two clauses."""
    out: list[str] = []
    for clause in _CLAUSE_BREAK.split(sentence):
        action = _ACTION_CUE.search(clause)
        before = clause[: action.start()] if action else ""
        if action and len(words(before)) >= 3 and _JOINER.search(before):
            out += [_JOINER.sub("", before), clause[action.start() :]]
        elif clause.strip():
            out.append(clause)
    return out


# "Next I will …": "next" only says it is the next step, which the reply says anyway.
_THEN = re.compile(
    r"^\s*(?:next|then|and then|after that),?\s+(?=(?:i will|i'll|i am going to|i'm going to)\b)",
    re.IGNORECASE,
)


def parse_reflection(text: str, *, most: int = 3) -> Reflection:
    """Takeaways and actions in `text` (labels first, then one sentence at a time)."""
    takeaways: list[str] = []
    actions: list[str] = []
    labels = list(_LABEL.finditer(text))
    unlabelled = [text[: labels[0].start()] if labels else text]
    for n, label in enumerate(labels):
        end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        content = text[label.end() : end]
        if label.group("soft") or label.group("soft_action"):
            # "my takeaway is that …" labels its own sentence only
            first, *rest = sentences(content) or [""]
            content = first
            unlabelled += rest
        content = _item(content)
        if content:
            (actions if label.group("action") else takeaways).append(content)
    for chunk in unlabelled:
        for sentence in (c for s in sentences(chunk) for c in _clauses(s)):
            if len(words(sentence)) < 2:
                continue
            if _is_action(sentence):
                actions.append(_item(_THEN.sub("", sentence)))
            else:
                takeaways.append(_item(sentence))
    return Reflection(tuple(takeaways[:most]), tuple(actions[:most]), labelled=bool(labels))


def asks_about_reflection(text: str) -> bool:
    """A question about the step ("what do you mean by takeaway?"), not a reflection."""
    stripped = text.strip()
    if is_meta_reply(stripped):
        return True
    if re.search(r"[.!]\s", stripped):  # a reflection that ends with a question
        return False
    question = stripped.endswith("?") or bool(_QUESTION_START.match(stripped))
    return question and len(words(stripped)) <= 15 and bool(_STEP_WORDS.search(stripped))
