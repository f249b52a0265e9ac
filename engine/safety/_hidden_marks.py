"""Self-harm told by what is hidden or by the blood, read across the whole message.

- marks covered so nobody sees ("long sleeves in July because of the marks", "only on my
  thighs so nobody at work sees", "mangas largas por las cicatrices");
- a blow to oneself kept up until it bled ("hitting my head against the wall until it
  bled", "me golpeé la cabeza hasta sangrar");
- reflexive cutting with a return or a routine, in the forms the lexicon lacked.

Look-alikes cover a sunburn, a rash, a tattoo or a cold office; they bleed from a fall,
a shave or a mosquito bite, and say "figuratively" of the wall.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

COVER = (
    r"\b(?:long sleeves|hoodie|turtleneck|cover(?:ing)? (?:up )?(?:the|my) (?:marks|scars|cuts|"
    r"arms)|"
    r"hid(?:e|ing) (?:the|my) (?:marks|scars|cuts)|so (?:nobody|no one|noone) (?:\w+ ){0,3}"
    r"(?:sees|can see|notices|will see)|where (?:nobody|no one) (?:can )?see|mangas largas|"
    r"manches longues|lange armel|maniche lunghe|mangas compridas|lange mouwen|dlugi\w* rekaw\w*|"
    r"uzun kollu?|lengan panjang|poori (?:baazu|bazu)|para que nadie (?:lo )?vea|pour que personne "
    r"ne (?:les )?voie|damit (?:es )?(?:niemand|keiner) (?:sie )?sieht|cosi nessuno (?:le )?vede|"
    r"pra ninguem ver|zodat niemand (?:het )?ziet|zeby nikt nie widzial|kimse gormesin diye|"
    r"biar (?:nggak|gak|ga) ada yang (?:liat|lihat)|taaki koi na dekhe)\b|длинн\w* рукав\w*|"
    r"чтобы никто не (?:видел|увидел)|長袖|誰にも見られない|长袖|免得别人看到|اكمام طويله"
)
MARKS = (
    r"\b(?:marks|scars|cuts|thighs?|wrists?|marcas|cicatrices|cortes|muslos|marques|coupures|"
    r"cuisses|narben|schnitte|oberschenkel\w*|segni|cicatrici|tagli|cosce|cicatrizes|coxas|"
    r"littekens|sneden|dijen|blizn\w*|rany|udach|izler\w*|yaralar\w*|kesikler\w*|bacaklar\w*|"
    r"bekas luka|paha|nishaan|nishan|zakhm)\b|шрам\w*|пор[еe]з\w*|бедр\w*|傷|跡|太もも|伤疤|伤口|"
    r"大腿|ندوب|جروح|فخذ"
)
COVER_ORDINARY = (
    r"\b(?:sunburn\w*|sun|eczema|psoriasis|rash|tattoo\w*|air ?con\w*|cold office|freezing|"
    r"mosquito\w*|bites|allerg\w*|surgery|stretch marks|birthmark|quemadura|tatuaje|coup de "
    r"soleil|tatouage|sonnenbrand|tattoo|scottatura|tatuaggio|queimadura|tatuagem|zonnebrand|"
    r"oparzeni\w*|dovme|gunes yanigi|tato|sunburn)\b|загар|татуир\w*|日焼け|タトゥー|晒伤|纹身"
)
SELF_BLOW = (
    r"\b(?:(?:hitting|hit|banging|bang|punching|punch\w*) (?:my head|myself|the wall)|"
    r"(?:golpe\w*|pegarme) (?:la cabeza|contra la pared)|(?:tape|frappe)\w* la tete|kopf gegen die "
    r"wand|sbatt\w* la testa|bat\w* a cabeca|hoofd tegen de muur|walil\w* glowa|kafami duvara|"
    r"bentur\w* kepala|sir (?:deewar|diwar) (?:pe|par|mein))\b|бил\w* головой|頭を壁に|撞墙|"
    r"اضرب راسي"
)
BLED = (
    r"\b(?:until it bled|till it bled|until (?:i|my head|my hand|it) (?:was )?bleeding|until "
    r"there was blood|hasta sangrar|hasta que sangro|jusqu ?au sang|bis es blutete|bis (?:ich )?"
    r"blutete|fino a sanguinare|ate sangrar|tot (?:het )?bloed\w*|az do krwi|kanayana kadar|"
    r"sampai berdarah|khoon (?:nikalne|aane) tak)\b|до крови|血が出るまで|直到流血|حتى نزف"
)
# Reflexive cutting the lexicon lacked, with a return or a routine ("wieder angefangen mich
# zu schneiden", "yine kendimi kesmeye başladım", "снова начала резаться").
CUT_SELF = (
    r"\b(?:mich (?:zu )?(?:schneiden|ritzen)|mich (?:\w+ )?(?:geschnitten|geritzt)|kendimi "
    r"kes(?:meye|tim|iyorum|ecegim)\w*)\b|(?<!\w)(?:резать(?:ся| себя)|режу себя|резалась|"
    r"резался)|"
    r"(?:ا)?جرح نفسي"
)
AGAIN = (
    r"\b(?:again|wieder|jeden abend|jede nacht|yine|tekrar|her gece|every (?:night|evening|day))\b|"
    r"снова|опять|каждый (?:вечер|день)|مره اخرى|تاني|من جديد"
)
FIGURATIVE = r"\b(?:figurative\w*|metaphorical\w*|not literally|so to speak)\b"


def match_hidden_marks(reading: str) -> CrisisSignal | None:
    """Marks hidden from others, a blow kept up until it bled, cutting oneself again."""
    parts = (COVER, MARKS, COVER_ORDINARY, SELF_BLOW, BLED, FIGURATIVE, CUT_SELF, AGAIN)
    cover, marks, ordinary, blow, bled, figurative, cut_self, again = folded_patterns(*parts)
    flat = flattened(reading)
    if (c := cover.search(flat)) and marks.search(flat) and not ordinary.search(flat):
        return CrisisSignal(category="self_harm", phrase=c.group(0), kind="self_harm")
    if blow.search(flat) and (b := bled.search(flat)) and not figurative.search(flat):
        return CrisisSignal(category="self_harm", phrase=b.group(0), kind="self_harm")
    if (c := cut_self.search(flat)) is not None and again.search(flat):
        return CrisisSignal(category="self_harm", phrase=c.group(0), kind="self_harm")
    return None
