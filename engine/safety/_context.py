"""Context layer: frames that need the whole message, and reported speech set aside.

Policy: the earlier layers read one clause at a time; this one reads the normalised
message across its sentences (" | " separates them) for frames of plain-word passive
ideation and preparation that only mean crisis as a whole — a future absence with a
horizon ("won't be around much longer"), a wish that everything end *with a finality*
("me included", "permanently"), an absence others would be better for (any subject),
a letter to family with an apology or goodbye in another sentence, fear of a relative who
pushes or takes money. Each frame has its own ordinary reading ruled out (a holiday, "for
one evening", "stop raining"). `unquote_reported` removes a quotation that a film, song,
game or book is said to contain, unless the speaker takes it as their own ("that's me").
"""

from __future__ import annotations

import re
from functools import cache

from engine.safety._context_intl import INTL_FRAMES
from engine.safety._guards import PREPARATION_TRIVIAL, is_negated
from engine.safety._kinds import CATEGORY_OF, CrisisSignal, Kind

_QUOTE = re.compile(
    r"[\"“”„«»「」『』]([^\"“”„«»「」『』]{2,160})[\"“”„«»「」『』]|"
    r"(?<!\w)'((?:[^']|(?<=\w)'(?=\w)){2,160})'(?!\w)"
)
# Someone else saying it: "my daughter keeps saying", "mi hija dice", "mein Sohn sagt".
_REPORTER = re.compile(
    r"(?i)\b(?:my|our|his|her|the) (?:little |teenage |\w+ year old )?(?:daughter|son|teen|"
    r"teenager|kid|kids|child|brother|sister|friend|student|pupil|nephew|niece|cousin|mate|"
    r"character|hero|heroine|villain|narrator|singer)s? (?:\w+ ){0,2}(?:says|said|keeps saying|"
    r"kept saying|whispers|whispered|screams|screamed|shouts|shouted|texted|wrote|yells|goes)\b|"
    r"\b(?:mi|mis) (?:hij[oa]s?|herman[oa]|amig[oa]|alumn[oa]) (?:\w+ )?(?:dice|dijo|decia)\b|"
    r"\b(?:mon|ma|mes) (?:fils|fille|frere|soeur|ami|amie|eleve|enfants?) (?:\w+ )?(?:dit|a dit|"
    r"disait)\b|\b(?:mein|meine) (?:sohn|tochter|bruder|schwester|freund\w*|kind\w*) (?:\w+ )?"
    r"(?:sagt|sagte|meint)\b|\b(?:mio|mia) (?:figli[oa]|fratello|sorella|amic[oa]) (?:\w+ )?"
    r"(?:dice|diceva|ha detto)\b|\b(?:meu|minha) (?:filh[oa]|irm[aã]o?|amig[oa]) (?:\w+ )?"
    r"(?:diz|disse|fala)\b|\bmijn (?:zoon|dochter|broer|zus|vriend\w*) (?:\w+ )?(?:zegt|zei)\b"
)
_MEDIA = re.compile(
    r"(?i)\b(?:film|films|movie|trailer|series|show|episode|song|songs|lyrics?|album|singer|"
    r"character|game|novel|novela|book|poem|play|scene|actor|actress|rapper|meme|tiktok|musical|"
    r"sings|sang|opera|telenovela|"
    r"pelicula|película|canción|cancion|serie|filme|música|musica|chanson|canzone|"
    r"Film|Lied|Song|Serie|liedje|piosen\w*|spiewa|śpiewa|singt|canta|chante|filmie|filmde|"
    r"şarkı\w*|sarki\w*|dizide|"
    r"lagu|gaana|gana|drama)\b"
    r"|фильм\w*|песн\w*|сериал\w*|映画|ドラマ|歌|アニメ|电影|電影|歌曲|电视剧|فيلم|الفيلم|أغنية|"
    r"اغنية|"
    r"مسلسل|फिल्म|गाना"
)
_OWNED = re.compile(
    r"(?i)\b(?:that'?s me|thats me|that'?s how i feel|how i feel|me too|same here|relatable|"
    r"i feel (?:that|the same)|i mean it|for real)\b"
)


def unquote_reported(text: str) -> str:
    """The message without quotations that a film, song or game is said to contain."""
    if _QUOTE.search(text) is None:
        return text
    outside = _QUOTE.sub(" ", text)
    reported = _MEDIA.search(outside) or _REPORTER.search(outside)
    if reported is None or _OWNED.search(outside) is not None:
        return text
    return _QUOTE.sub(" ~ ", text)


_WHO = (
    r"(?:kids|children|family|mum|mom|mother|dad|father|parents|wife|husband|son|sons|daughter|"
    r"daughters|partner|sister|brother|grandchildren|boyfriend|girlfriend|loved ones)"
)
_FINAL = r"(?:me included|including me|permanently|for good|forever|for ever|once and for all)"
_HORIZON = (
    r"(?:much longer|for long|any longer|for much longer|soon|by (?:christmas|the weekend|"
    r"next \w+|the end of (?:the |this )?\w+|\w+day)|next (?:week|month|year)|after (?:tonight"
    r"|today|this \w+|the \w+))"
)

# (kind, pattern): each a whole-message frame in the first normalised reading.
_FRAMES: tuple[tuple[Kind, str], ...] = (
    *INTL_FRAMES,
    (
        "ideation",
        r"\bi (?:wont|will not|am not going to|m not going to|will no longer) be (?:around|here|"
        r"alive|a (?:problem|burden|bother)|anyones (?:problem|burden)|(?:a )?(?:problem|burden)"
        r" (?:to|for) \w+)\b(?: \w+){0,5}? " + _HORIZON + r"\b",
    ),
    (
        "ideation",
        r"\b(?:soon|before long|shortly|one day soon) i (?:wont|will not|will no longer) be "
        r"(?:around|here|anyones \w+|a (?:problem|burden))\b",
    ),
    (
        "ideation",
        r"\b(?:wont|will not|dont|will never) (?:have to|need to) (?:deal with|put up with|worry "
        r"about|look after|take care of|bother with) me\b(?: \w+){0,2}? " + _HORIZON + r"\b",
    ),
    (
        "ideation",
        r"\b(?:hope|wish|pray)\w* (?:i )?(?:get|got|would get) (?:hit by|run over|killed)\b",
    ),
    (
        "ideation",
        r"\b(?:cant wait|looking forward|long|longing) (?:for|to) (?:the day )?(?:when )?"
        r"(?:im|i am|ill be|i will be|i wont be|im no longer) (?:not )?(?:here|gone|dead|around)"
        r"\b(?! (?:at|in|on"
        r"|this|the)\b)(?!.*\b(?:job|work|office|company|school|class|applying|quit|resign\w*)\b)",
    ),
    ("ideation", r"\bdont want to (?:do|live) (?:this )?life (?:anymore|any more|any longer)\b"),
    (
        "ideation",
        r"\bno (?:version of the |kind of )?future (?:where|in which|with) (?:im|i am|me) "
        r"(?:still )?(?:around|here|alive|in it)\b(?! (?:at|in|on|this|the)\b)"
        r"(?!.*\b(?:job|work|office|company"
        r"|school|class|applying|quit|resign\w*|hunting)\b)",
    ),
    (
        "ideation",
        r"\b(?:love|like|want|wish|hope)\w* to (?:just )?(?:fall asleep|sleep|go to sleep) "
        r"(?:forever|for ever|and never wake)",
    ),
    (
        "ideation",
        r"\b(?:tonight|today|tomorrow|this weekend)s? (?:is )?(?:the (?:night|day) )?i (?:\w+ )?"
        r"end (?:things|it|it all|everything)\b(?! with)",
    ),
    (
        "ideation",
        r"\bif it kills me,? (?:then )?(?:good|fine|so be it|even better|great|whatever)\b",
    ),
    (
        "ideation",
        r"\b(?:ive|i have|i) (?:lived long enough|had enough|done my bit)\b(?! (?:of|to|with)\b)"
        r".{0,60}?\b(?:(?:id like|i want|im ready|i am ready|i would like) to go(?: now| soon)?|on "
        r"my own terms)\b",
    ),
    ("ideation", r"\bdont see myself (?:being |still )?(?:here|around|alive) (?:by|in|next|for)\b"),
    (
        "ideation",
        r"\b(?:want|wanna|wish|need)\w*(?: \w+){0,3} (?:everything|it all|all of it|it|this|all "
        r"this) (?:\w+ ){0,2}(?:to )?(?:end|stop|be over)\b(?! \w+ing\b).{0,40}?\b" + _FINAL,
    ),
    (
        "ideation",
        r"\b(?:hop\w*|wish\w*|pray\w*) (?:that )?my (?:heart|breathing|body) (?:\w+ )?(?:stops|"
        r"would stop|gives (?:up|out)|fails)\b",
    ),
    (
        "ideation",
        r"\b(?:want|wanna|going|plan\w*|decided|will|need) (?:to )?(?:finish|end|terminate|close)"
        r" (?:my|this) (?:own )?(?:life|existence)\b",
    ),
    (
        "ideation",
        r"\bif i could\b(?: \w+){0,5} (?:disappear|vanish|stop existing|cease to exist|not "
        r"exist)\w*(?: \w+)? (?:forever|for good|for ever|permanently)\b",
    ),
    (
        "ideation",
        r"\b(?:okay|ok|fine|at peace|comfortable) with (?:ending it|ending things|dying)\b",
    ),
    (
        "ideation",
        r"\b(?:im|i am) ready to (?:go|die|be done)\b.{0,60}\b(?:dont (?:intend|want|plan) to "
        r"wait|on my own terms|not going to wait)\b",
    ),
    (
        "ideation",
        r"\b(?:better|fine|happier|easier|relieved|move on|manage fine|manage)(?: \w+){0,4} "
        r"(?:without (?:me|a \w+ like me|someone like me)|once im gone|when im gone|after im gone"
        r"|if i died|if i (?:was|were|wasnt"
        r"|werent) (?:\w+ ){0,2}(?:here|around|alive|gone|dead|in it))\b(?! (?:for|while|during"
        r"|until|tonight|this|today|at)\b)",
    ),
    (
        "ideation",
        r"\b(?:leichter|besser)(?: \w+){0,4} (?:ohne mich|wenn es mich nicht mehr (?:gab\w*|gib"
        r"t)|wenn ich (?:nicht mehr (?:da|hier)|tot) (?:bin|ware|war))\b",
    ),
    (
        "preparation",
        r"\b(?:wrote|written|writing|left) (?:\w+ ){0,3}(?:letters?|notes?|goodbyes?) (?:\w+ )"
        r"{0,4}" + _WHO + r"\b.{0,120}\b(?:im sorry for (?:everything|all|being)|forgive me|"
        r"goodbye|its time|dont blame|after im gone|when im gone|for after)\b",
    ),
    ("preparation", r"\blettere? (?:di )?addio\b"),
    (
        "preparation",
        r"\b(?:say|said|saying) (?:my )?goodbyes?\b(?: to (?:everyone|everybody|you all|all of "
        r"you|my \w+))?.{0,60}?\b(?:for good|forever|for the last time|one last time)\b",
    ),
    (
        "preparation",
        r"\b(?:(?:giving|gave|give|given) away|can have|can keep|will get|gets|is getting) "
        r"(?:all )?"
        r"my\b.{0,80}\b(?:wont|will never|dont|doesnt|will) (?:understand|know) why\b(?: yet)?"
        r"(?! (?:im|i am|we|they|he|she|it|i)\b)",
    ),
    (
        "preparation",
        r"\bso (?:nobody|no one|they|my family|my \w+) (?:has|have|wont have|doesnt have|dont "
        r"have) to (?:deal with|sort|handle|worry about|pay) (?:\w+ ){0,3}(?:after|when im gone|"
        r"once im gone)\b(?! (?:the|a|my|our|this|that|work|school|lunch|\w+ing)\b)",
    ),
    ("preparation", r"\b(?:wrote|written|writing|finished) my goodbye\b(?! (?:email|speech|card))"),
    ("method", r"\bsiap\w* tali\b(?=.*\b(?:kamar|gantung|mati|akhiri\w*)\b)"),
    (
        "method",
        r"\b(?:how easy|thinking about|think about|want to|could just|tempted to)\b(?: \w+){0,8} "
        r"(?:turn|swerve|steer|drive)\w* (?:the (?:wheel|car) )?(?:into|off) (?:a |the )?(?:wall|"
        r"tree|truck|lorry|bridge|cliff|oncoming|river)",
    ),
    (
        "method",
        r"\b(?:found|know|found out) where (?:my |his |her )?\w+ (?:keeps|hides|stores) (?:his |her"
        r" |their |the )?(?:\w+ )?(?:gun|rifle|pistol|shotgun|pills|meds|tablets)\b",
    ),
    (
        "method",
        r"\b(?:keep|kept|keeps) (?:standing|sitting|stand) (?:\w+ ){0,3}(?:platform edge|edge of "
        r"the (?:platform|roof|bridge|cliff))\b",
    ),
    ("method", r"\b(?:sat|sitting|sit) in (?:the|my) garage with the (?:engine|motor|car) running"),
    (
        "method",
        r"\b(?:i have|ive got|im holding|holding|got) (?:the|my|a|dads) (?:gun|pistol|rifle|"
        r"revolver) (?:out|loaded|in my (?:hand|lap)|in front of me|on the table|next to me)\b",
    ),
    (
        "self_harm",
        r"\bhid\w* (?:the |my )?(?:marks|cuts|scars)\b(?! (?:from|of) (?:my )?(?:surgery|"
        r"operation|acne|the accident))",
    ),
    (
        "abuse",
        r"\b(?:makes|making|made|forces|forcing|pressur\w*) me (?:to )?send (?:\w+ ){0,2}(?:nudes|"
        r"naked \w+|(?:photos|pics|pictures|videos) of (?:myself|me|my body)|(?:photos|pics|"
        r"pictures|videos)\b.{0,80}\b(?:if i (?:stop|dont|refuse|say no)|threaten\w*|or else|"
        r"share them|tell my))",
    ),
    (
        "abuse",
        r"\b(?:son|daughter|husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|"
        r"stepdad|stepmum|carer|brother|grandson) (?:\w+ ){0,2}(?:pushes|pushed|shoves|shoved|"
        r"grabs|grabbed|takes my (?:money|pension|phone|cards?)|controls my money)\b.{0,120}"
        r"\b(?:frightened|scared|afraid|terrified)\b",
    ),
)
# A future absence that is a holiday, leave or a trip.
_AWAY = re.compile(
    r"\b(?:holiday|vacation|leave|trip|travel\w*|off work|until|back (?:on|in)|out of office|"
    r"ooo|moving|abroad|conference|offline|parental|sabbatical|notice period|new job|off to|"
    r"wedding|visiting|festival|camping|course|training|hospital for|surgery)\b"
)


@cache
def _compiled() -> tuple[tuple[Kind, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(pattern)) for kind, pattern in _FRAMES)


def match_context(reading: str) -> CrisisSignal | None:
    """A whole-message frame of passive ideation or preparation in a normalised reading."""
    for kind, pattern in _compiled():
        found = pattern.search(reading)
        if found is None or is_negated(reading, found.start()):
            continue
        if kind == "ideation" and _AWAY.search(reading) and "without me" not in found.group(0):
            continue
        if kind == "preparation" and PREPARATION_TRIVIAL.search(found.group(0)):
            continue
        return CrisisSignal(
            category=CATEGORY_OF[kind], phrase=found.group(0), kind=kind, layer="compose"
        )
    return None
