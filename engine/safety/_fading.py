"""Not eating in order to fade away, read across the whole message.

The wish is told as a slow vanishing rather than a death: "I've stopped eating, I just
want to disappear little by little", "if I keep getting less until I'm gone", "waste
away", "zgasnąć", "dheere dheere khatam ho jaun". Either half alone is ordinary: a
skipped lunch before a deadline, "I want to disappear to a beach for a week". The
look-alikes that pair them name a diet, a fast or an illness with a return ("fasting
for Ramadan", "stomach bug, I'm fading, back tomorrow").
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

NOT_EATING = (
    r"\b(?:starv\w*|not eating until|(?:stopped|quit|stop) (?:eating|feeding myself)|(?:not|"
    r"barely|hardly|havent been|"
    r"haven ?t|dont|didnt|wont) (?:been )?(?:eating|eaten|eat|feeding myself)|(?:tried|trying) "
    r"(?:to not|not to) eat|(?:no|without) (?:food|eating)|skip(?:ping)? (?:every|all) meals?|"
    r"(?:sin|dejado de|deje de) comer|(?:no|casi no) (?:como|he comido)|"
    r"(?:ne mange|mange) (?:plus|presque plus|rien|quasi rien)|arrete de manger|"
    r"(?:esse|essen) (?:\w+ ){0,4}(?:kaum|nichts|nicht mehr)|(?:kaum|nichts) (?:mehr )?(?:gegessen|"
    r"essen)|aufgehort zu essen|non mangio|smesso di mangiare|(?:nao|quase nao) (?:como|comi)|"
    r"parei de comer|(?:eet|at) (?:bijna )?niets|(?:nie|prawie nie) (?:jem|jadlam|jadlem)|"
    r"przestal\w* jesc|nie chce (?:juz )?jesc|yemiyorum|yemek yemiyorum|yemeyi biraktim|"
    r"(?:nggak|gak|ga|tidak) (?:mau )?makan|berhenti makan|(?:kuch|khana) nahi? kha\w*|"
    r"khana (?:\w+ )?(?:chhod|chod)\w*)\b|"
    r"не ем|не ел\w*|перестал\w* есть|食べていない|食べてない|食べられない|没吃|不吃|"
    r"खाना (?:\S+ )?(?:छोड|नहीं खा)|لم اكل|لا اكل|توقفت عن الاكل"
)
FADE = (
    r"\b(?:(?:fade|waste|wither|melt|slip) away|disappear(?:ing)? (?:slowly|little by little|"
    r"bit by "
    r"bit|gradually)|(?:slowly|gradually|quietly) (?:disappear|vanish|fade)|until (?:im|i am|"
    r"theres "
    r"nothing|there is nothing) (?:gone|left)|(?:care|want|wish|"
    r"hope) (?:about )?(?:to )?be(?:ing)? "
    r"gone|(?:ir )?desapareciendo poco a poco|desaparecer poco a poco|consumirme|"
    r"disparaitre (?:petit a petit|peu a peu|doucement)|(?:bis ich|dass ich) (?:\w+ )?(?:weg|"
    r"verschwunden) bin|immer weniger werde|langsam verschwinden|sparire piano piano|"
    r"consumarmi|(?:for|ir) sumindo|sumir (?:aos poucos|devagar)|langzaam verdwijnen|"
    r"(?:zgasnac|zniknac powoli|powoli zniknac)|eriyip gitmek|yavas yavas (?:yok olmak|kaybolmak)|"
    r"ortadan kaybolmak|(?:pelan pelan|perlahan) (?:hilang|lenyap)|"
    r"(?:dheere ?)+khatam ho ja\w*)\b|"
    r"(?:медленно|потихоньку) (?:исчезнуть|исчезать|угаснуть)|угаснуть|"
    r"(?:少しずつ|ゆっくり)消え|慢慢消失|धीरे[- ]धीरे (?:\S+ )?खत्म|ان اختفي ببطء|اذوب"
)
# An end no fast or diet has: "not eating until I disappear", "until my heart gives out".
UNTIL_GONE = (
    r"\buntil (?:my heart (?:gives out|stops)|i (?:disappear|vanish|die|collapse|drop dead))\b|"
    r"\b(?:hasta (?:desaparecer|morir(?:me)?)|jusqu a (?:disparaitre|mourir)|bis ich (?:sterbe|"
    r"verschwinde)|fino a (?:sparire|morire)|ate (?:sumir|morrer)|tot ik (?:verdwijn|doodga)|"
    r"az (?:znikne|umre)|olene kadar|yok olana kadar|sampai (?:mati|hilang)|marne tak)\b|"
    r"пока не (?:исчезну|умру)|消えるまで|死ぬまで|直到(?:消失|死)"
)
# A low weight told with no end in view: "down to 41kg and still hate every bit of me".
WEIGHT_DOWN = (
    r"\b(?:down to|only|just|weigh(?:ing)?|peso|pese|wiege (?:nur noch)?|peso solo|weeg|waze|"
    r"kilom|berat(?:ku)?|wazan) \d+ ?(?:kg|kilos?|lbs?|pounds)\b|\d+ ?кг|\d+ ?キロ|\d+ ?公斤"
)
RELENTLESS = (
    r"\b(?:not stopping|(?:wont|will not|cant|not going to) stop|hate (?:every (?:bit|inch) of )?"
    r"(?:me|myself|my body)|no voy a parar|me odio|je ne m arrete pas|je me deteste|ich hore nicht "
    r"auf|ich hasse mich|non mi fermo|mi odio|nao vou parar|me odeio|ik stop niet|ik haat mezelf|"
    r"nie przestane|nienawidze siebie|durmayacagim|kendimden nefret|(?:ga|gak|nggak) (?:akan )?"
    r"berhenti|benci diri|nahi rukung\w*|khud se nafrat)\b|не остановлюсь|ненавижу себя|やめない|"
    r"自分が嫌い|不会停|讨厌自己"
)
# A diet, a fast, an illness: the fading is the body's, and it ends.
ORDINARY = (
    r"\b(?:ramadan|ramazan|puasa|fasting|fast day|detox|juice cleanse|stomach (?:bug|flu)|"
    r"food poisoning|flu|migraine|surgery|dentist|wisdom tooth|back tomorrow|"
    r"marathon|training|gym|workouts?|lifting|fitness|bulk\w*|cut(?:ting)? phase|goal weight|"
    r"target weight|"
    r"intermittent|ayuno|jeune|fasten|digiuno|jejum|vasten|poszcz\w*|oruc|upvas|vrat)\b"
)


def match_fading(reading: str) -> CrisisSignal | None:
    """Food refused and a wish to fade away, or a low weight with no stopping."""
    parts = (NOT_EATING, FADE, ORDINARY, WEIGHT_DOWN, RELENTLESS, UNTIL_GONE)
    not_eating, fade, ordinary, weight, relentless, until = folded_patterns(*parts)
    flat = flattened(reading)
    if not_eating.search(flat) and (u := until.search(flat)) is not None:
        return CrisisSignal(category="suicide", phrase=u.group(0), kind="starvation")
    if ordinary.search(flat) is not None:
        return None
    if weight.search(flat) and (r := relentless.search(flat)) is not None:
        return CrisisSignal(category="suicide", phrase=r.group(0), kind="starvation")
    found = fade.search(flat) if not_eating.search(flat) else None
    if found is None:
        return None
    return CrisisSignal(category="suicide", phrase=found.group(0), kind="starvation")
