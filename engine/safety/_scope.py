"""Scopes that make a matched phrase ordinary, whichever layer matched it.

A crisis phrase can be scoped to something small right where it stands: waking up
*before ten* or *to an alarm*, stopping existing *in group chats*, nobody noticing
if one left *the class group*, jumping off a bridge *in Minecraft*, being smashed
*at Mario Kart*. The scope is read in a short window around the phrase only, so a
message that also says something grave elsewhere is still read by the other words.
"""

from __future__ import annotations

import re
from functools import cache

from engine.safety._compose_classes import folded_pattern
from engine.safety._kinds import CrisisSignal

# Waking up qualified by a time or an alarm ("not wake up before ten", "prima delle dieci").
WAKE = (
    r"wak\w*|woke|svegli\w*|risvegli\w*|despert\w*|reveill\w*|aufwach\w*|wakker|obudz\w*|"
    r"uyan\w*|acord\w*|bangun|uth\w*|просып\w*|проснут\w*|醒|目が覚め|起き|استيقظ"
)
WAKE_TIME = (
    r"^(?: \S+){0,3} (?:before|until|till|til|prima|fino|avant|jusqu\w*|antes|ate|vor|bis|"
    r"voor|przed|do|to an? (?:alarm|wekker)|by (?:an? |the |my )?alarm|van de wekker|door de "
    r"wekker|at \d|om \d|a las|as \d|alle \d|um \d|o \d|at (?:dawn|noon|six|seven|five)|"
    r"\d+ ?(?:am|pm|uhr|h|heures|ore|horas|uur)|early|jaldi|subah|pagi|jam \d|de madrugada|"
    r"в \d|раньше|до \d|до обеда|antes das|antes de las|avant \w+ heures|vor \w+ uhr|"
    r"przed \w+|saat \d|sabah|mezzogiorno|meio dia|mediodia|midi|mittag)\b|"
    r"^(?: \S+){0,3} (?:前|之前|以前|まで|早く|早起き|قبل)"
)
# Small places a wish to stop existing or to be gone can be about.
SMALL_PLACE = (
    r"\b(?:group ?chats?|the chat|chats|slack|teams|meetings?|calls?|zoom|whatsapp|discord|"
    r"socials|social media|insta\w*|tiktok|facebook|twitter|class group|groups?|stand ?ups?|"
    r"grupo|gruppo|groep|grupa|grupie|grubu|grupta|chat|reunion|reuniao|riunione|vergadering|"
    r"zebraniu|spotkaniu|toplanti\w*|meeting|rapat|grup)\b|"
    r"группе|группы|чате|чат|планерк\w*|совещани\w*|群|会議|الاجتماع|المجموعه|القروب"
)
GRAVE = (
    r"\b(?:world|life|alive|forever|for good|dead|die|mundo|monde|mondo|welt|wereld|swiat\w*|"
    r"dunya\w*|vida|vie|vita|leben|leven|zycie|hayat|hidup|dunia|duniya|zindagi)\b|"
    r"мир\w*|жизн\w*|世界|人生|العالم|الحياه"
)
STOP_BEING = (
    r"stop existing|not exist|cease to exist|disappear|vanish|not (?:be|being) (?:here|around)|"
    r"noticed?|notice|accorgerebbe|perceber|merken|merkt|no estuviera|gdyby mnie nie|olmasam|"
    r"меня не было|不在|لم اكن|tidak ada|na hota|nicht gabe|stop being|"
    r"existir|exister|existieren|bestaan|istniec|var olma"
)
# Video games (with "the game", a score) around a method or an act of violence.
VIDEO_GAME = (
    r"\b(?:gta|minecraft|fortnite|roblox|mario kart|mario|fifa|valorant|call of duty|warzone|"
    r"apex legends|overwatch|zelda|elden ring|the sims|pubg|free fire|among us|smash bros|"
    r"tekken|street fighter|mortal kombat|rocket league|the game|in game|ingame|video ?games?|"
    r"off the map|speedrun\w*|respawn\w*|ps5|xbox|online match|ranked)\b"
)
SCORE = r"\b\d+ ?- ?\d+\b"
# Frustration at a task, and a way that is about something else.
DESK = r"\b(?:desk|keyboard|code|bug|spreadsheet|printer|homework|laptop|computer|screen)\b"
WAY_ELSE = (
    r"(?:painless|quickest|easiest|fastest|best) way$",
    r"^ to (?!go\b|die\b|end\b|do it\b|pass\b|check out\b|exit\b|leave\b|kill\b|od\b|stop\b|"
    r"not\b|never\b|sleep\b|overdose\b|hang\b|jump\b|cut\b|bleed\b|drown\b|suffocate\b|"
    r"disappear\b|vanish\b|make it\b|be gone\b|fall asleep\b|off\b|top\b|unalive\b)\w+",
)
# A medicine for something small, kept or carried ("obat maag di tas").
SMALL_MEDICINE = (
    r"\b(?:maag|allerg\w*|headaches?|hay ?fever|vitamins?|antacids?|migraines?|colds?|flu|"
    r"asthma|kopfschmerz\w*|sir dard|pusing|batuk|pilek|demam|flu)\b"
)
BUILDING_RULES = (
    r"\b(?:by law|regulations?|planning|permit|building code|lift|elevator|to count as|"
    r"skyscraper|storeys? high|fire escape)\b"
)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    patterns = (
        WAKE,
        WAKE_TIME,
        SMALL_PLACE,
        GRAVE,
        STOP_BEING,
        VIDEO_GAME,
        SCORE,
        DESK,
        *WAY_ELSE,
        BUILDING_RULES,
        SMALL_MEDICINE,
    )
    return tuple(folded_pattern(p) for p in patterns)


def _clause_around(reading: str, start: int, end: int) -> tuple[str, str]:
    left = reading.rfind(" | ", 0, start)
    right = reading.find(" | ", end)
    before = reading[left + 3 if left >= 0 else 0 : start]
    after = reading[end : right if right >= 0 else len(reading)]
    return before, after


def trivially_scoped(reading: str, signal: CrisisSignal) -> bool:
    """True when the signal's phrase is scoped to something small right where it stands."""
    if not signal.phrase:
        return False
    start = reading.find(signal.phrase)
    if start < 0:
        return False
    end = start + len(signal.phrase)
    wake, wake_time, small_place, grave, stop_being, game, score, desk, way, way_to, rules, med = (
        _patterns()
    )
    before, after = _clause_around(reading, start, end)
    phrase = signal.phrase
    if signal.kind in ("ideation", "word") and wake.search(phrase) and wake_time.search(after):
        return True
    if signal.kind == "ideation" and stop_being.search(phrase):
        near = before[-45:] + " " + phrase + after[:45]
        if small_place.search(near) and not grave.search(near):
            return True
    if signal.kind == "self_harm" and desk.search(before[-40:] + " " + after[:40]):
        return True
    if signal.kind == "ideation" and way.search(phrase) and way_to.match(after):
        return True
    if signal.kind == "method" and (rules.search(before + " " + after) or med.search(after[:30])):
        return True
    if signal.kind in ("method", "abuse"):
        near = before[-60:] + " " + phrase + after[:50]
        if game.search(near) or (signal.kind == "abuse" and score.search(near)):
            return True
    return False
