"""Context frames in languages other than English: core frames the clause layers missed.

Each is the language's own everyday frame for a class (hoping not to wake up, taking
one's own life, harm done again or on purpose, pills counted for dying, things given
away as no longer needed), written for the normalised reading (accents folded, Arabic
hamza and taa marbuta folded).
"""

from __future__ import annotations

from engine.safety._frames_more_intl import INTL_FRAMES_MORE
from engine.safety._kinds import Kind

INTL_FRAMES: tuple[tuple[Kind, str], ...] = (
    ("self_harm", r"\bme (?:hice|hago|he hecho|hize) (?:\w+ )?(?:cortes|heridas)\b"),
    ("ideation", r"\b(?:torc\w*|espero|rezo|queria|quero) (?:pra|para|que)? ?(?:eu )?nao acord\w*"),
    (
        "method",
        r"\b(?:garde|gardees|stocke|accumule|mis de cote)\w* (?:toutes |tous )?(?:mes |des )?"
        r"(?:pilules|cachets|comprimes|medicaments)\b.{0,60}\b(?:suffir\w*|assez)\b",
    ),
    ("ideation", r"\bodebra\w* sobie zycia\b"),
    ("self_harm", r"\b(?:sie )?okalecz\w*"),
    ("ideation", r"не вижу смысла (?:дальше |больше |так )?жить"),
    ("ideation", r"结束(?:自己|我)(?:的)?(?:生命|性命)"),
    (
        "self_harm",
        r"(?:刀片|刀|剃刀|美工刀)(?:划|割|刮)(?:了|伤)?(?:自己|我)(?:的)?(?:手|胳膊|手臂|手腕)?",
    ),
    (
        "self_harm",
        r"(?:جرح|اجرح|جرحت|لجرح) (?:ذراعي|يدي|نفسي|معصمي)(?=.*(?:شفر|موس|عمدا|مر[هة] اخر|عدت))",
    ),
    (
        "ideation",
        r"(?:سيرتاحون|سيرتاح|افضل|احسن|اسعد) (?:\S+ ){0,3}(?:لو|اذا|عندما) (?:رحلت|مت|اختفيت)",
    ),
    ("preparation", r"записк\w* (?:\w+ )?(?:родител\w*|мам\w*|пап\w*|семь\w*|дет\w*)"),
    # Hoping not to wake up, in each language's words.
    ("ideation", r"(?:ادعو|اتمنى|اريد|ارجو) (?:ان )?(?:الا|لا) (?:اصحو|استيقظ)"),
    ("ideation", r"(?:заснуть|уснуть) (?:и )?(?:уже |больше )?не (?:открыть глаза|проснуться)"),
    (
        "ideation",
        r"\bberharap (?:\w+ ){0,2}(?:nggak|gak|tidak|ga|tak) (?:usah |perlu )?bangun lagi",
    ),
    ("ideation", r"\bsote sote (?:hi )?(?:chala|chali|mar) ja\w*"),
    # Taking one's own life, with the words between that the lexicon did not expect.
    ("ideation", r"\btirar (?:a )?(?:minha|a minha) (?:propria )?vida\b"),
    ("ideation", r"\bmir (?:\w+ ){0,3}das leben (?:zu )?nehmen\b"),
    # Pills counted or kept for dying.
    ("method", r"\b(?:tomarmelas|tomarmelos|tomarme (?:todas|todos))\b"),
    ("method", r"(?:吃|服)多少(?:药|片|颗)(?:才)?(?:会|能)死"),
    ("method", r"(?:عدد|كم) (?:من )?(?:الحبوب|حبوب|حبه) (?:التي )?(?:تقتل|للموت|لاموت)"),
    # Harm again or on purpose.
    ("self_harm", r"\b(?:ricominciat\w* a|di nuovo a|ancora a) farmi del male\b"),
    ("self_harm", r"\bfarmi del male (?:di nuovo|apposta)\b"),
    ("self_harm", r"\bkendime (?:\w+ )?zarar ver\w*"),
    # Things given away, "I won't need them".
    ("preparation", r"\brozda\w*\b.{0,60}\bnie bede (?:\w+ )?potrzebowa\w*"),
    *INTL_FRAMES_MORE,
)
