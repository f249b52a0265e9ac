"""Everyday scenes that make a matched phrase ordinary, whichever layer matched it.

- a kitchen accident ("burnt myself on the oven again", "cut my hand chopping
  vegetables", "yemek yaparken kestim") unless done on purpose;
- a rope bought for climbing, a boat, a swing;
- a phrase said to be figurative, and the candle burnt at both ends;
- not wanting to wake *at six*, vanishing *for a week to the beach*;
- a laughed-off embarrassment ("消えたい笑, I flubbed the meeting");
- a phone handed over by agreement ("digital detox, my idea");
- a role, not a life ("if I wasn't the bottleneck");
- a notice handed in (the semantic layer's look-alike of a date picked).
"""

from __future__ import annotations

import re
from functools import cache

from engine.safety._compose_classes import folded_pattern, folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._life_elsewhere import life_elsewhere
from engine.safety._normalise import flattened
from engine.safety._ordinary_plans import plan_scoped
from engine.safety._scope_words import TAKEN_BACK

KITCHEN = (
    r"\b(?:cooking|chopping|slicing|ironing|bread|oven|stove|hob|frying pan|vegetables|onions?|"
    r"brot|pane|pao|brood|chleb|ekmek|cocinando|horno|"
    r"cuisin\w*|(?:au|du|le) four|beim kochen|ofen|cucin\w*|forno|"
    r"guanti|cozinh\w*|koken|oven|gotowa\w*|piekarnik|yemek yap\w*|firin|masak\w*|kompor|"
    r"sabzi|khana bana\w*|tawa)\b|सब्जी|सब्ज़ी|खाना बना|готов\w*|хлеб\w*|духовк\w*|料理|包丁|"
    r"做饭|切菜|"
    r"اطبخ|الفرن"
)
ON_PURPOSE = (
    r"\b(?:on purpose|deliberately|intentionally|a proposito|expres|absichtlich|apposta|"
    r"de proposito|expres|celowo|bilerek|sengaja|jaan ?boojh\w*)\b|нарочно|специально|わざと|"
    r"故意|عمدا"
)
ROPE = r"\b(?:rope|cuerda|corde|seil|corda|touw|line|lina|ip|tali|rassi)\b|веревк\w*|ロープ|绳"
LEISURE = (
    r"\b(?:climb\w*|boulder\w*|gym|camping|sail\w*|boat|swing|hammock|tow\w*|clothesline|skipping|"
    r"jump rope|escalada|escalade|klettern|kletterhalle|arrampicata|klimmen|wspinaczk\w*|"
    r"tirmanis\w*|panjat\w*|karabin\w*|carabiners?)\b|скалодром\w*|карабин\w*|альпинизм\w*|"
    r"クライミング|攀岩"
)
FIGURATIVE = (
    r"\b(?:figurative\w*|metaphorical\w*|not literally|so to speak|candle at both ends|"
    r"en sentido figurado|au sens figure|im ubertragenen sinne|in senso figurato|figurativamente|"
    r"figuurlijk|w przenosni|mecazi|kiasan)\b|в переносном смысле|比喩|比喻"
)
WAKE = r"wak\w*|просып\w*|проснут\w*|despert\w*|reveill\w*|aufwach\w*|svegli\w*|acord\w*|wakker"
CLOCK = (
    r"(?:at|в|a las|a|um|alle|as|om|o) (?:five|six|seven|5|6|7|пять|шесть|семь|cinco|seis|siete|"
    r"cinq|sept|funf|sechs|sieben|cinque|sei|sette|sete|vijf|zes|zeven|piatej|szostej|siodmej)|"
    r"(?:on|в|el|le|am|il|na|op|w) (?:mondays?|понедельник|lunes|lundi|montag|lunedi|segunda|"
    r"maandag|poniedzialek)|pazartesi|hari senin|somvar"
)
SHORT_AWAY = (
    r"\b(?:(?:for|on) (?:a|the|one|two) (?:week|weekend|few days|day)|beach|cabin|island|"
    r"por una semana|pour une semaine|fur eine woche|per una settimana|uma semana|voor een week|"
    r"na tydzien|bir haftalig\w*|seminggu|ek hafte|na praia|a la playa|a la plage|am strand|"
    r"al mare|naar het strand)\b|на неделю|一週間|一周|اسبوع|اجازه|يومين"
)
VANISH = (
    r"اختفي|sumir|disappear|desaparec\w*|disparait\w*|verschwind\w*|sparire|verdwijn\w*|исчез\w*|"
    r"消え"
)
LAUGHED = r"笑|\b(?:lol|lmao|haha\w*|jaja\w*|kkk+|mdr|www+)\b|😂|🤣"
EMBARRASSED = (
    r"\b(?:embarrass\w*|mortified|awkward|cringe|verguenza|honte|peinlich|vergogna|vergonha|"
    r"gênant|gene|wstyd\w*|utan\w*|malu|sharm)\b|стыд\w*|噛んだ|恥ずかし|やらかし|尴尬|丢人|社死"
)
AGREED = r"\b(?:my idea|i asked (?:him|her|them)|we agreed|digital detox|to fix it|for repairs?)\b"
ROLE = r"^ (?:the|a|an|so|such|always|on) (?!part\b|burden\b|problem\b)\w+"
# Not waking because of a day off, an alarm or a new shift ("artık sabah 5'te uyanmak istemiyorum").
WAKE_ANY = WAKE + r"|uyan\w*|bangun|obudz\w*|jaag\w*|起き|醒"
DAY_OFF = (
    r"\b(?:day off|days off|alarm|sleep(?:ing)? in|shift|shifts|vardiya\w*|schicht\w*|"
    r"turno|dia libre|jour de repos|mon jour off|frei|freien tag|giorno libero|folga|vrije dag|"
    r"wolne|izin(?:li)?|libur|chutti|sabah \d+|\d+ ?(?:te|de|da|ta)|erken)\b|выходн\w*|"
    r"будильник\w*|"
    r"休み|休息|闹钟|اجازه|المنبه"
)
# A height asked about on a trip ("wie hoch ist die Golden Gate Bridge? wir fahren im Sommer").
TRAVEL = (
    r"\b(?:trip|vacation|holiday|visit\w*|tourist\w*|sightseeing|travel\w*|urlaub|reise\w*|"
    r"fahren (?:im \w+ )?nach|vacaciones|viaje|vacances|voyage|vacanze|viaggio|ferias|viagem|"
    r"vakantie|wakacje|podroz\w*|tatil|gezi|liburan|ghoomne)\b|отпуск|поездк|旅行|旅游|سفر|رحله"
)
HOW_HIGH = (
    r"\b(?:how (?:high|tall)|wie hoch|que altura|quelle hauteur|quanto e alt\w*|qual a altura|"
    r"hoe hoog|jak wysoki\w*|ne kadar yuksek|seberapa tinggi|kitna uncha)\b|какой высоты|高さ|多高|"
    r"كم ارتفاع"
)
HEIGHT_END = (
    r"\b(?:jump\w*|surviv\w*|to die|dying|end it|fall|springen|uberleb\w*|sterben|saltar|sauter|"
    r"saltare|pular|skocz\w*|atla\w*|lompat)\b|прыг|выжить|飛び|跳|اقفز"
)
NOTICE = r"\b(?:hand in my notice|resign\w*|resignation|two weeks notice|quit (?:my|the) job)\b"


@cache
def _joked() -> re.Pattern[str]:
    # Taken back at once: "gonna make me kms lol jk it's fine".
    return folded_pattern(TAKEN_BACK)


@cache
def _off_and_travel() -> tuple[re.Pattern[str], ...]:
    return tuple(folded_pattern(p) for p in (WAKE_ANY, DAY_OFF, TRAVEL, HOW_HIGH, HEIGHT_END))


def _day_off_or_trip(flat: str, signal: CrisisSignal) -> bool:
    wake, day_off, travel, how_high, height_end = _off_and_travel()
    asked = signal.kind == "method" and how_high.search(flat) and travel.search(flat)
    if asked and not height_end.search(flat):
        return True
    # "… ever. my alarm is broken", "not even on my day off": the day off explains nothing.
    # "… day off anyway, nobody will miss me": the day off explains nothing either.
    if _ever().search(flat) or _unmissed().search(flat):
        return False
    return bool(wake.search(signal.phrase) and day_off.search(flat))


@cache
def _unmissed() -> re.Pattern[str]:
    return folded_pattern(
        r"\b(?:nobody|no one|noone|no body|nobody s|nobody d|no one d) (?:\w+ ){0,2}(?:miss|notice|"
        r"care|mind)\w*\b|\b(?:a |such a |only a )?burden\b|nadie (?:me )?(?:va a )?(?:echar\w* de "
        r"menos|notar\w*)|personne ne (?:va )?(?:remarquer|me manquer)|niemand (?:wird|würde) "
        r"(?:mich )?(?:vermissen|merken)"
    )


@cache
def _ever() -> re.Pattern[str]:
    return folded_pattern(
        r"\b(?:ever|anymore|any more|forever|for good|never|again|not even|nunca|jamais|nie wieder|"
        r"mai piu|nunca mais|nooit meer|nigdy|asla|hic|tidak pernah|kabhi nahi)\b|больше никогда|"
        r"二度と|再也"
    )


@cache
def _vanish() -> re.Pattern[str]:
    return folded_pattern(VANISH)


@cache
def _near(phrase_class: str, after: str) -> re.Pattern[str]:
    return folded_pattern(rf"(?:{phrase_class})(?: \S+){{0,2}} (?:{after})")


def everyday_scoped(text: str, signal: CrisisSignal) -> bool:
    """True when the message places the signal's phrase in an ordinary everyday scene."""
    parts = (KITCHEN, ON_PURPOSE, ROPE, LEISURE, FIGURATIVE, LAUGHED, EMBARRASSED)
    kitchen, purpose, rope, leisure, figurative, laughed, shy, agreed, role, notice = (
        folded_patterns(*parts, AGREED, ROLE, NOTICE)
    )
    flat = flattened(text)
    if signal.layer == "semantic":
        return notice.search(flat) is not None or plan_scoped(flat, signal)
    phrase = signal.phrase
    if signal.category == "self_harm" and kitchen.search(flat) and not purpose.search(flat):
        return True
    sport = leisure.search(flat) if rope.search(phrase) else None
    if sport is not None and not flat[: sport.start()].endswith(("not for ", "not ")):
        return True
    if figurative.search(flat) or (signal.category == "abuse" and agreed.search(flat)):
        return True
    if signal.category != "suicide":
        return False
    if _joked().search(flat) is not None:
        return True
    if plan_scoped(flat, signal) or _day_off_or_trip(flat, signal) or life_elsewhere(flat, phrase):
        return True
    if _near(WAKE, CLOCK).search(flat) or (
        _vanish().search(phrase) and _near(VANISH, SHORT_AWAY).search(flat)
    ):
        return True
    if laughed.search(flat) and shy.search(flat):
        return True
    end = flat.find(phrase)
    absent = phrase.endswith(("if i wasnt", "if i werent", "if i was not", "if i were not"))
    return absent and end >= 0 and bool(role.match(flat[end + len(phrase) :]))
