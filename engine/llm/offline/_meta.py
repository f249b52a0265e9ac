"""Meta-replies: questions and complaints about the bot or its question, not answers.

"what do you mean?", "I just told you what happened??", "why are you asking again?",
"isn't that a pattern?" (after being asked for a pattern), "¿qué quieres decir?",
"já te disse", "was meinst du?" … in English, Portuguese, Spanish, French, German,
Italian and Dutch.

A message is meta when its meta part dominates: once the meta phrases are taken out,
a question keeps fewer than three content words, a statement none ("I'm an engineering
lead, like I told you" is an answer). A question mark alone never makes a message
meta ("Maybe teaching? I love explaining things." is an answer).
"""

from __future__ import annotations

import re

from engine.per_turn import per_turn
from engine.words import strip_accents

_END = r"(?=\s*(?:[?.!,;:]|$))"  # the phrase ends its clause
_PHRASES = [
    # English: not understanding, asking what is meant
    r"what (?:do|did) (?:you|u|ya) mean",
    r"wdym",
    r"what (?:does|did) (?:that|this|it|\w+) (?:even )?mean",
    r"what (?:do|does|did) (?:the |these |those |your |you by )?\w+(?: \w+)? (?:even )?mean",
    r"what(?:'s| is) that (?:supposed to )?mean",
    r"mean(?:ing|s)? what",
    r"what are you (?:asking|looking for|getting at|talking about|on about)",
    r"what (?:exactly )?(?:is|was) the question",
    r"what (?:should|do|would|am) (?:i|you want me to) (?:supposed to )?(?:say|write|answer|put)",
    r"what do you want (?:me to say|to know|from me|to hear)",
    r"how (?:should|do) i answer (?:that|this)",
    r"i (?:do ?n[o']?t|dont|don't) (?:understand|get)(?: (?:it|that|this|the question|you|"
    r"what you mean|what you(?:'re| are) asking))?" + _END,
    r"(?:not|never) sure what you(?:'re| are)? (?:mean|asking|want)\w*",
    r"(?:can|could|would) you (?:please )?(?:rephrase|explain|clarify|say that again|repeat|"
    r"give (?:me )?an example|be more specific)",
    r"(?:give|show) me an example",
    # English: asking for options or examples instead of answering
    r"what are (?:the|my|some|your) (?:options|choices|examples|possibilities)",
    r"what (?:options|choices) (?:are there|do i have)",
    r"(?:any|some) (?:examples?|ideas|suggestions)" + _END,
    r"(?:give|show|tell) me (?:some|an|a few) (?:ideas|examples?|suggestions)",
    r"(?:such as|for example|for instance|e\.?g\.?|like)\s*\?",
    r"what (?:would|do|could) you (?:suggest|recommend)",
    r"i (?:have )?no idea what to (?:say|write|answer|put)",
    r"(?:like|such as|for example|for instance|e\.?g\.?) what",
    r"as in\s*\?",
    r"come again",
    r"which (?:one|part|bit) do you mean",
    r"(?:from|in) what i (?:just |already )?(?:said|wrote|told you)",
    r"why do you (?:need|want) to know",
    r"why (?:do|would) you (?:need|want|ask(?: for)?) (?:that|this|it|my \w+)",
    r"what do you need (?:that|this|it) for",
    r"what(?:'s| is) (?:this|that)(?: even)?(?: thing| bot| about| for)?" + _END,
    r"who (?:are|is) (?:you|this)" + _END,
    # English: complaints that the bot did not listen or repeats itself
    r"i (?:just |already |literally |really |did )*"
    r"(?:told|said|answered|wrote|explained|mentioned) "
    r"(?:you|that|this|it|already|before|earlier)(?: (?:already|before|earlier|just now))?",
    r"(?:like|as) i (?:just |already )?(?:said|told you|mentioned|wrote)",
    r"i (?:just |already )(?:did|said)",
    r"(?:that|this)(?:'s| is| was) (?:what|exactly what) i (?:just )?(?:said|wrote|told you)",
    r"you (?:already|just) asked(?: (?:me|that|this))?",
    r"(?:why|how come) (?:are|do|did) you (?:keep )?(?:asking|ask)(?: (?:me|that|this|again))*",
    r"why (?:ask|the question)\b",
    r"you keep asking",
    r"(?:stop|quit) asking",
    r"(?:are|were) you (?:even )?(?:listening|reading|paying attention)",
    r"did you (?:even |not )?(?:read|listen|hear|see)",
    r"you(?:'re| are) not (?:listening|reading|making sense)",
    r"(?:that|this|it) (?:makes|made) no sense",
    r"(?:that|this|it) (?:does ?n[o']?t|doesn't) make (?:any )?sense",
    r"are you (?:a )?(?:bot|robot|human|real|ai|serious|kidding)",
    r"(?:is|was|does|did) (?:that|this|it) (?:not )?"
    r"(?:count|answer (?:it|that|the question)|enough)",
    r"(?:does|would|will) (?:that|this|it|\w+(?: \w+){0,3}) count",
    r"(?:is ?n[o']?t|isn't|wasn't|was ?n[o']?t) (?:that|this|it) "
    r"(?:a|an|the|already|what|enough|one|obvious|clear)",
    r"(?:did ?n[o']?t|didn't) i (?:just |already )?(?:say|tell|answer|mention|write)",
    r"again\s*\?+",
    # Portuguese
    r"o que (?:(?:é )?que )?(?:voce|vc|tu) (?:quer|queres) dizer",
    r"que queres dizer",
    r"como assim",
    r"n[aã]o (?:entendi|entendo|percebi|percebo)(?: (?:a pergunta|isso|nada))?" + _END,
    r"o que (?:isso |isto )?significa",
    r"(?:eu )?(?:ja|acabei de) (?:te |lhe )?(?:disse|falei|respondi|dizer|falar|responder)",
    r"por ?que (?:voce |vc |tu )?(?:esta|estas|está) (?:perguntando|a perguntar)",
    r"(?:pode|podes) (?:explicar|reformular|repetir|dar um exemplo)",
    r"(?:isso|isto) n[aã]o (?:conta|serve)",
    # Spanish
    r"(?:que|a que) (?:quieres|quiere|queres) decir",
    r"a que te refieres",
    r"no (?:entiendo|entendi|comprendo)(?: (?:la pregunta|eso|nada))?" + _END,
    r"que significa",
    r"ya te (?:lo )?(?:dije|conte|respondi)",
    r"te lo acabo de decir",
    r"(?:acabo de|ya) (?:decir|contestar|responder)(?:te|lo)?",
    r"por ?que (?:me )?(?:preguntas|lo preguntas)",
    r"(?:puedes|podrias) (?:explicar|reformular|repetir|darme un ejemplo)",
    r"como que\b",
    r"eso no cuenta",
    # French
    r"qu'?est[- ]ce que (?:tu veux|vous voulez) dire",
    r"que (?:veux[- ]tu|voulez[- ]vous) dire",
    r"(?:tu veux|vous voulez) dire quoi",
    r"(?:ca|cela) veut dire quoi",
    r"je (?:ne )?(?:comprends|comprend|pige) (?:pas|rien)(?: la question)?" + _END,
    r"j'?ai pas compris|je n'?ai pas compris",
    r"je (?:te |vous )?l'?ai (?:deja|dit) ?(?:dit)?",
    r"je viens de (?:te |vous )?le dire",
    r"pourquoi (?:tu )?(?:me )?(?:demandes|redemandes)",
    r"comment ca\s*\?",
    r"(?:peux-tu|pouvez-vous|tu peux) (?:expliquer|reformuler|repeter)",
    # German
    r"was (?:meinst du|meinen sie)",
    r"wie meinst du (?:das)?",
    r"was (?:hei(?:ss|ß)t|bedeutet) (?:das|\w+)",
    r"(?:ich )?versteh(?:e)? (?:das |die frage |dich )?nicht" + _END,
    r"(?:hab|habe) (?:ich )?(?:dir |ihnen )?(?:doch )?(?:schon|gerade|eben|bereits) "
    r"(?:gesagt|geschrieben|beantwortet|erzahlt)",
    r"(?:das )?(?:hab|habe) ich (?:doch )?(?:schon|gerade|eben)",
    r"warum fragst du",
    r"wie bitte",
    r"(?:kannst du|konnen sie) (?:das )?(?:erklaren|umformulieren|wiederholen)",
    r"zahlt das (?:nicht)?",
    # Italian, Dutch
    r"(?:cosa|che) (?:intendi|vuoi dire)",
    r"non (?:capisco|ho capito)" + _END,
    r"te l'?ho (?:gia|appena) detto",
    r"perche me lo chiedi",
    r"wat bedoel je",
    r"ik (?:snap|begrijp) (?:het |dat )?niet" + _END,
    r"dat heb ik (?:al|net) (?:gezegd|verteld)",
]
# Clarifying questions own their whole sentence: "do you mean my team or the department?"
_CLARIFY = [
    r"do you mean",
    r"what (?:do you mean|counts|kind of|sort of|type of)",
    r"(?:is|are|does|do|would) (?:it|that|this|they) (?:count|include)",
    r"(?:which|what) (?:one|part|bit)",
    r"(?:o que|que) (?:conta|significa)",
    r"(?:te refieres|cuenta)",
    r"(?:tu parles|ca compte|est-ce que ca compte)",
    r"(?:meinst du|zahlt)",
]
_PHRASES += [rf"(?:{c})[^.!?]*\?" for c in _CLARIFY]
_META = re.compile(r"(?<!\w)(?:" + "|".join(_PHRASES) + r")(?!\w)")
_ONLY_PUNCT = re.compile(r"^[\s?!.¿¡]*$")
_BARE = re.compile(
    r"^\W*(?:sorry|pardon|huh|eh|what|hein|quoi|comment|que|como|was|wie|ha|he|hae|cosa)"
    r"(?: again)?\W*\?\W*$|^\W*(?:huh+|hein|hae|wdym|come again|say again|what now)\W*$"
)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_FILLER = frozenset(
    """
    a an the i you me my it that this is was be am are do does did so but and or ok okay
    well um uh hmm hm sorry please just already again really even like yeah yes no oh
    what why how which huh lol again still now then here there again to of about by for
    on in at with your we us our its that's it's i'm im u ur ya plz pls haha one
    happened said asked question answer meant mean told tell before earlier here
    eu voce vc que o a os as e é isso isto ja já de do da um uma por
    yo tu te lo la el los las es eso esto y ya de un una por qué que
    je tu le la les est ce ca ça et de un une pour moi toi vous
    ich du das die der ist es und doch schon ja nein nicht mal noch
    """.split()  # noqa: SIM905
)


def _normalise(text: str) -> str:
    text = text.casefold().replace("’", "'").replace("‘", "'")
    return strip_accents(text).replace("ß", "ss")


@per_turn
def is_meta_reply(text: str) -> bool:
    """A question or complaint about the bot or the question itself ("what do you mean?",
    "I just told you", "why are you asking again?"), not an answer to the step."""
    norm = _normalise(text).strip()
    if not norm or _ONLY_PUNCT.match(norm):
        return False
    if _BARE.match(norm):
        return True
    if _META.search(norm) is None:
        return False
    rest = _META.sub(" ", norm)
    content = [w for w in _WORD.findall(rest) if w not in _FILLER]
    # What is left of a question must say a lot to be an answer; of a statement, anything.
    return len(content) < (3 if "?" in norm else 1)


def mentions_meta(text: str) -> bool:
    """The message says something about the bot or its question ("like I told you"),
    even when it also says something else ("I'm a lead, like I told you")."""
    return _META.search(_normalise(text)) is not None
