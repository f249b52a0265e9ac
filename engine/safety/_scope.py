"""Scopes that make a matched phrase ordinary, whichever layer matched it.

A crisis phrase can be scoped to something small right where it stands: waking up
*before ten* or *to an alarm*, stopping existing *in group chats*, nobody noticing
if one left *the class group*, jumping off a bridge *in Minecraft*, being smashed
*at Mario Kart*. The scope is read in a short window around the phrase only, so a
message that also says something grave elsewhere is still read by the other words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from engine.safety._compose_classes import folded_pattern
from engine.safety._kinds import CrisisSignal

# Waking up qualified by a time or an alarm ("not wake up before ten", "prima delle dieci").
WAKE = (
    r"wak\w*|woke|svegli\w*|risvegli\w*|despert\w*|reveill\w*|aufwach\w*|wakker|obudz\w*|"
    r"uyan\w*|acord\w*|bangun|uth\w*|просып\w*|проснут\w*|醒|目が覚め|起き|استيقظ|اصح\S*|朝|"
    r"morning|manana|matin|mattina|manha|ochtend|rano|sabah|утр\w*|早上|صباح|pagi"
)
# Early, or a weekday, right before the wish ("sabah erken uyanmasam", "月曜の朝が").
WAKE_BEFORE = (
    r"\b(?:early|temprano|tot|fruh|presto|cedo|vroeg|wczesnie|erken|jaldi|pagi pagi|monday|"
    r"mondays|lunes|lundi|montag|lunedi|segunda|maandag|poniedzialek|pazartesi|senin|somvar|"
    r"weekday|workday|school day)\b(?: \S+){0,2} ?$|(?:рано|понедельник\w*|月曜|日曜|週明け|"
    r"周一|星期一|平日)\S{0,3} ?\S{0,3} ?$|(?:まで|までに|直到\S{0,4}|到周末) ?$"
)
WAKE_TIME = (
    r"^(?: \S+){0,3} (?:before|until|till|til|prima|fino|avant|jusqu\w*|antes|ate|vor|bis|"
    r"voor|przed|do|to an? (?:alarm|wekker)|by (?:an? |the |my )?alarm|van de wekker|door de "
    r"wekker|at \d|om \d|a las|as \d|alle \d|um \d|o \d|at (?:dawn|noon|six|seven|five)|"
    r"\d+ ?(?:am|pm|uhr|h|heures|ore|horas|uur)|early|jaldi|temprano|tot|fruh|presto|cedo|"
    r"vroeg|wczesnie|erken|рано|dopiero|erst|only|seulement|sadece|hanya|sirf|weekend|"
    r"(?:con|with|avec|mit|met|com|z) (?:a |an |the |un |une |una |um |uma |een |einem )?\w+|"
    r"subah|pagi|jam \d|de madrugada|"
    r"в \d|раньше|до \d|до обеда|antes das|antes de las|avant \w+ heures|vor \w+ uhr|"
    r"przed \w+|saat \d|sabah|mezzogiorno|meio dia|mediodia|midi|mittag)\b|"
    r"^(?: \S+){0,3} (?:前|之前|以前|まで|早く|早起き|قبل)"
)
# Small places a wish to stop existing or to be gone can be about.
SMALL_PLACE = (
    r"\b(?:group ?chats?|the chat|chats|slack|teams|meetings?|calls?|zoom|whatsapp|discord|"
    r"socials|social media|insta\w*|tiktok|facebook|twitter|class group|groups?|stand ?ups?|"
    r"grupo|gruppo|groep|grupa|grupie|grubu|grupta|chat|reunion|reuniao|riunione|vergadering|"
    r"zebraniu|spotkaniu|toplanti\w*|meeting|rapat|grup|work|job|office|trabajo|trabalho|"
    r"travail|bureau|arbeit|buro|lavoro|ufficio|werk|kantoor|pracy|biuro|ofis|kantor|kerja|"
    r"for a week|por uma semana|por una semana|pour une semaine|fur eine woche|per una "
    r"settimana|een week|przez tydzien|bir hafta|seminggu|ek hafte)\b|работ\w*|офис|仕事|会社|"
    r"工作|公司|العمل|"
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
    r"sentir falta|miss me|vermissen|missen|echaria de menos|manquerais|"
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
# Someone else's past, told with how they are now ("mijn oom had vroeger ..., nu ...").
OTHER_HAD = (
    r"\b(?:uncle|aunt|mum|mom|dad|father|mother|brother|sister|friend|cousin|grandad|grandma|"
    r"colleague|tio|tia|oncle|tante|onkel|zio|zia|oom|wujek|ciocia|amca|dayi|teyze|paman|bibi|"
    r"chacha|mama|padre|madre|pere|mere|vater|mutter|vader|moeder|pai|mae|amigo|amiga|ami|amie|"
    r"freund\w*|amico|amica|vriend\w*)\b(?: \w+){0,3} (?:had|used to have|tuvo|tenia|a eu|avait|"
    r"hatte|aveva|ha avuto|teve|tinha|mial\w*|vardi|punya|pernah)\b"
)
NOW_WELL = (
    r"\b(?:now|today|these days|nowadays|nu|tegenwoordig|ahora|hoy|aujourd ?hui|maintenant|heute|"
    r"jetzt|ora|oggi|adesso|hoje|agora|teraz|dzis|simdi|artik|sekarang|ab|aaj)\b|сейчас|теперь"
)
FIRST_PERSON = r"\b(?:i|me|my|myself|im|ive)\b"
# A character in a show or film does it ("ドラマで悪役が…", "in the series the villain").
SCREEN = (
    r"\b(?:film|movie|series|show|episode|drama|serie|serial|pelicula|filme|novela|anime)\b|"
    r"ドラマ|映画|アニメ|电视剧|电影|مسلسل|فيلم"
)
CHARACTER = (
    r"\b(?:villain|hero|heroine|character|protagonist|villano|heroe|personaje|mechant|heros|"
    r"personnage|bosewicht|held|cattivo|eroe|personaggio|vilao|heroi|personagem|schurk|"
    r"khalnayak|tokoh|penjahat)\b|悪役|主人公|ヒーロー|反派|主角|الشرير|البطل|злодей|герой"
)
# Skin conditions scratched, and a sibling's "she'll kill me if I spoil the finale".
SKIN = r"\b(?:eczema|itch\w*|rash|mosquito\w*|bites|psoriasis|dermatitis|hives)\b"
STAKES = (
    r"\b(?:if i (?:spoil\w*|eat|forget|break|lose|miss|am late|m late|im late|come home late)|"
    r"spoilers?|finale|haha\w*|lol|lmao|mdr|kkk\w*|jaja\w*|ahah\w*)\b"
)
# A move, a new school or a new job around a letter or things given away.
MOVING = (
    r"\b(?:moving|move house|moving out|new school|new job|new flat|mudanca|mudanza|mudarme|umzug|"
    r"umziehen|verhuizing|verhuizen|demenag\w*|trasloc\w*|przeprowadzk\w*|tasinma\w*|tasiniyorum|"
    r"pindahan|pindah rumah)\b|переезд\w*|搬家|引っ越し|انتقال"
)
BUILDING_RULES = (
    r"\b(?:by law|regulations?|planning|permit|building code|lift|elevator|to count as|"
    r"skyscraper|storeys? high|fire escape)\b"
)


_NAMES = (
    "wake_before",
    "wake",
    "wake_time",
    "small_place",
    "grave",
    "stop_being",
    "game",
    "score",
    "desk",
    "way",
    "way_to",
    "rules",
    "medicine",
    "other_had",
    "now_well",
    "first_person",
    "screen",
    "character",
    "skin",
    "stakes",
    "moving",
)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    patterns = (
        WAKE_BEFORE,
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
        OTHER_HAD,
        NOW_WELL,
        FIRST_PERSON,
        SCREEN,
        CHARACTER,
        SKIN,
        STAKES,
        MOVING,
    )
    return {name: folded_pattern(p) for name, p in zip(_NAMES, patterns, strict=True)}


@dataclass(frozen=True, slots=True)
class _Around:
    """A matched phrase with its clause before and after it, and the whole reading."""

    kind: str
    phrase: str
    before: str
    after: str
    reading: str


def _small_time_or_place(p: dict[str, re.Pattern[str]], a: _Around) -> bool:
    wake = a.kind in ("ideation", "word") and p["wake"].search(a.phrase)
    if wake and (p["wake_time"].search(a.after) or p["wake_before"].search(a.before[-25:])):
        return True
    if a.kind == "ideation" and p["stop_being"].search(a.phrase):
        near = a.before[-45:] + " " + a.phrase + a.after[:45]
        return bool(p["small_place"].search(near)) and not p["grave"].search(near)
    return False


def _someone_else(p: dict[str, re.Pattern[str]], a: _Around) -> bool:
    if a.kind not in ("word", "ideation", "method") or p["first_person"].search(a.after):
        return False
    if a.kind != "method" and p["other_had"].search(a.before[-50:]):
        return bool(p["now_well"].search(a.after))
    return bool(p["screen"].search(a.reading) and p["character"].search(a.before))


def _other_task(p: dict[str, re.Pattern[str]], a: _Around) -> bool:
    if a.kind == "self_harm":
        return bool(
            p["desk"].search(a.before[-40:] + " " + a.after[:40]) or p["skin"].search(a.reading)
        )
    if a.kind == "abuse" and p["stakes"].search(a.after[:60]):
        return True
    if a.kind == "preparation" and p["moving"].search(a.reading):
        return True
    if a.kind == "ideation":
        return bool(p["way"].search(a.phrase) and p["way_to"].match(a.after))
    if a.kind == "method" and (
        p["rules"].search(a.before + " " + a.after) or p["medicine"].search(a.after[:30])
    ):
        return True
    if a.kind in ("method", "abuse"):
        near = a.before[-60:] + " " + a.phrase + a.after[:50]
        return bool(p["game"].search(near) or (a.kind == "abuse" and p["score"].search(near)))
    return False


def trivially_scoped(reading: str, signal: CrisisSignal) -> bool:
    """True when the signal's phrase is scoped to something small right where it stands."""
    start = reading.find(signal.phrase) if signal.phrase else -1
    if start < 0:
        return False
    end = start + len(signal.phrase)
    left = reading.rfind(" | ", 0, start)
    right = reading.find(" | ", end)
    around = _Around(
        kind=signal.kind,
        phrase=signal.phrase,
        before=reading[left + 3 if left >= 0 else 0 : start],
        after=reading[end : right if right >= 0 else len(reading)],
        reading=reading,
    )
    p = _patterns()
    return any(check(p, around) for check in (_small_time_or_place, _someone_else, _other_task))
