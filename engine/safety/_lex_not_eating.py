"""Not eating to die or to disappear, in the fourteen languages besides English.

One class, written in each language ("dejar de comer hasta morir", "mich zu tode
hungern", "餓死したい"); English and the cross-language classes have their own
`starvation` entries (`_lex_en_abuse`, `_lex_en_voices`, `_lex_classes_harm`, …).
"""

from __future__ import annotations

from engine.safety._kinds import Lexicon

NOT_EATING: Lexicon = {
    "starvation": (
        # Spanish
        r"\bdejar de comer (?:hasta|para) (?:morir|desaparecer|que me muera)\b",
        r"\b(?:matarme|morirme) de hambre\b",
        r"\bno (?:como|estoy comiendo)\b(?: \w+){0,6} (?:morir|desaparecer|no me importa vivir)\b",
        # Portuguese
        r"\bparar de comer (?:ate|pra|para) (?:morrer|sumir|desaparecer)\b",
        r"\bnao (?:como|estou comendo)\b(?: \w+){0,6} (?:morrer|sumir|desaparecer)\b",
        # French
        r"\barreter de manger (?:jusqua|pour) (?:mourir|disparaitre)\b",
        r"\bme laisser mourir de faim\b",
        r"\bje ne mange plus\b(?: \w+){0,6} (?:mourir|disparaitre)\b",
        # Italian
        r"\bsmettere di mangiare (?:fino a|per) (?:morire|sparire)\b",
        # German
        r"\b(?:hungern|nichts mehr essen|aufhoren zu essen|aufhoeren zu essen) (?:bis|damit) ich "
        r"(?:sterbe|verschwinde|tot bin)\b",
        r"\bmich zu tode hungern\b",
        # Dutch
        r"\bstoppen met eten (?:tot|zodat) ik (?:dood|verdwijn)\b",
        # Polish
        r"\b(?:przestal(?:am|em) jesc|nie jem)\b(?: \w+){0,6} (?:umrzec|zniknac|umre)\b",
        r"\bzaglodzic sie\b",
        # Turkish
        r"\b(?:yemek yemeyi biraktim|hic yemiyorum)\b(?: \w+){0,6} (?:olmek|oleyim|olsem)\b",
        # Russian
        r"\b(?:перестала|перестал) есть(?: \S+){0,6} (?:умереть|исчезнуть)",
        # Hindi
        r"\bkhana (?:chhod|chod) (?:diya|dungi|dunga|rahi|raha)\b(?: \w+){0,5} mar\w*",
        # Indonesian
        r"\b(?:berhenti|gak mau|nggak mau) makan\b(?: \w+){0,5} (?:mati|menghilang)\b",
        # Japanese
        r"(?:食べないで死|餓死したい|食べずに消え)",
        # Chinese
        r"(?:饿死自己|餓死自己|绝食|絕食|不吃饭.{0,4}死|不吃飯.{0,4}死)",
        # Arabic
        r"(?:توقفت عن الاكل|بطلت اكل|ما باكل)(?: \S+){0,5} (?:اموت|الموت)",
    ),
}
