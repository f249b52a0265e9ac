"""Classes of ordinary messages that borrow hard crisis wording, guarded per kind.

Read by the lexicon on the clause (or, for the laughing threat, the message) of a
match. Each is a class, written in the languages the detector covers:

- a cut of hair, bread, onions, paper or a finger (self-harm words in the kitchen);
- a reflexive "kill myself" *of* laughter, work or a binge ("matar de rir");
- not waking *until* an hour, tired of living *by* the alarm (sleeping in);
- being gone *from* a meeting, a shift, a chat ("better off without me in the call");
- vanishing out of embarrassment, with laughter;
- a threat over a trivial act, told laughing ("if I park his car again lol");
- someone else's story told as a documentary, a book or "X writes about";
- a means bought for a repair, a garden, a barbecue or pests (a hose for the sprinkler);
- not eating for a fast, a diet or a medical reason (a colonoscopy).
"""

from __future__ import annotations

import re
from functools import cache

from engine.safety._compose_classes import folded_pattern
from engine.safety._compose_hard import unnegated
from engine.safety._compose_hard_harm import FOOD_TRIVIAL
from engine.safety._compose_hard_words import KEPT_SAFE

_CUT_EVERYDAY = (
    r"\b(?:hair|fringe|bangs|onions?|cooking|kitchen|knife slipped|paper cut|pelo|cabello|"
    r"flequillo|cebolla|cabelo|franja|cebola|cheveux|frange|oignons?|capelli|frangia|cipoll\w*|"
    r"haare|zwiebel\w*|haar|uien|wlosy|grzywk\w*|cebul\w*|sac|sogan|baal|pyaaz|rambut|poni|"
    r"bawang|finger|thumb|bread|paper|carta|buste|dedo|pan|pao|doigt|dito|pane|daumen|brot|"
    r"vinger|brood|palec|chleb|parmak|ekmek|ungli|roti|jari)\b|палец|пальц\w*|хлеб|волос\w*|"
    r"лук|指|パン|手指|面包|髪|前髪|玉ねぎ|头发|刘海|洋葱|اصبعي|خبز|شعري|بصل|उंगली|रोटी|बाल|प्याज"
)
_IDEATION_TRIVIAL = (
    # Killing oneself of laughter, work or a binge.
    r"\b(?:matar|mato|matando|ammazzo|ammazzarmi|tue|tuer|umbringen|bringe mich) (?:\w+ ){0,2}"
    r"(?:de|di|a|vor|dal|com|con) (?:rir|risa|risas|risate|ridere|rire|lachen|trabalho|trabajo|"
    r"lavoro|travail|arbeit|serie|series|netflix|chocolate|cioccolat\w*|studi\w*|estud\w*)\b",
    # Sleeping in: not waking until an hour or a day; tired of living by the alarm.
    r"\b(?:nao acordar|no despertar|non svegliarmi|not wake up|pas me reveiller|nicht aufwachen|"
    r"niet wakker worden) (?:ate|hasta|fino a|prima d\w*|until|till|before|avant|bis|tot|voor)\b",
    r"(?:устал\w* жить|надоело жить) по (?:будильник\w*|расписани\w*|графику)",
    # Gone from a meeting, a shift, a call: "better off without me in the call".
    r"\bwithout me (?:\w+ ){0,3}(?:into|in|at|on) (?:another |the |this |a )?(?:meeting|call|"
    r"standup|project|team|group|chat|shift|trip)\b",
    # A thing, not a person, "is going to kill me" (a standup, the commute, this week).
    r"\b(?:this|that|these|those|the|its) (?!(?:guy|man|woman|person|husband|wife|boyfriend|"
    r"girlfriend|partner|dad|father|mom|mum|mother|brother|uncle|ex|boss)\b)\w+ (?:is |are |was )?"
    r"(?:going to|will|gonna) (?:literally |actually )?kill me\b",
    r"\b(?:no estuviera|no estivesse|nao estivesse|wasnt there|werent there|wasnt here|werent here|"
    r"ne serais pas la|non ci fossi|nicht da ware|er niet was) (?:en|no|na|in|on|at|au|a|im|op|"
    r"bij|nel|nella|w) (?:el |la |the |der |die |dem |de |het |le |il |o |a )?(?:turno|shift|"
    r"reunion|meeting|equipo|team|oficina|office|grupo|group|chat|call|schicht|dienst|ploeg|"
    r"equipe|equipa|squadra|reuniao|vergadering|riunione|besprechung|proyecto|project)\b",
    # Vanishing out of embarrassment, laughing.
    r"(?:恥ずかしくて|恥ずかしすぎて)(?:[^|]{0,12})消え(?:[^|]*)(?:笑|www)|"
    r"(?:丢脸|尴尬)(?:[^|]{0,10})想消失(?:[^|]*)(?:哈哈|笑)",
)
# A threat tied to a trivial act and told laughing (the reading turns 😂 into "lol").
_JOKED_THREAT = (
    r"\b(?:wenn ich|if i|si (?:je|yo)?|se (?:eu)?|als ik|jesli) (?:\w+ ){0,5}(?:auto|car|coche|"
    r"carro|voiture|macchina|parke|park|zuparke|dishes|platos|socks|remote|fernbedienung|"
    r"telecomando|plat|last slice|pizza|fries)\b[^|]*\b(?:lol|haha\w*|jaja\w*|kkk+|mdr)\b"
)
# A means bought for a repair, a garden or pests.
_METHOD_REPAIR = (
    r"\b(?:garden|sprinkler|leak\w*|repair\w*|fix\w*|broken|pipe|plumbing|car wash|pests?|rats?|"
    r"mice|jardin|fuga|jardim|vazamento|fuite|giardino|perdita|garten|undicht|tuin|lek|ogrod|"
    r"wyciek|bahce|sizinti|bagicha|kebun|bocor|barbecue|bbq|grill\w*|asado|churrasco)\b|сад|"
    r"протечк|庭|漏|花园|حديقة|تسريب|बगीचा"
)
_FRAMED = (
    r"(?:纪录片|紀錄片|电影|電影|小说|小說|ドキュメンタリー|映画|小説)|"
    r"\b(?:writes|wrote|written) about\b"
)


# Phrases of a means or of "doing it" that a repair or a barbecue explains.
_TOOLS = re.compile(r"^\s*(?:do it|charcoal|hose|rope|tape|duct tape)\s*$")
_FIRST_PERSON = re.compile(r"\b(?:me|my|myself|i|im)\b|我|自分|私")


@cache
def _compiled() -> dict[str, re.Pattern[str]]:
    return {
        "cut": folded_pattern(_CUT_EVERYDAY),
        "ideation": folded_pattern("|".join(f"(?:{p})" for p in _IDEATION_TRIVIAL)),
        "threat": folded_pattern(_JOKED_THREAT),
        "framed": folded_pattern(_FRAMED),
        "repair": folded_pattern(_METHOD_REPAIR),
        "food": folded_pattern(FOOD_TRIVIAL),
        "kept": folded_pattern(KEPT_SAFE),
    }


def hard_trivial(kind: str, phrase: str, clause: str, reading: str) -> bool:
    """True when a lexicon match of `kind` sits in one of the ordinary classes above."""
    c = _compiled()
    bare = kind == "word" or (kind == "self_harm" and not _FIRST_PERSON.search(phrase))
    if bare and c["framed"].search(reading):
        return True
    if kind == "self_harm":
        return c["cut"].search(clause) is not None
    if kind == "method" or (kind != "abuse" and _TOOLS.search(phrase)):
        return bool(c["repair"].search(reading) or unnegated(c["kept"], reading))
    if kind == "starvation":
        return bool(unnegated(c["food"], reading))
    if kind == "ideation":
        return bool(c["ideation"].search(clause) or c["threat"].search(reading))
    return False
