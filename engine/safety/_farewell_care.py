"""Leaving told in ordinary words, read across the whole message.

- a pet or a charge handed over because the speaker will *no longer* be there
  ("j'ai confié mon chien à mon frère, je ne serai plus là pour le promener");
- "don't look for me" as a closing line, last wishes with a decision made;
- a prayer to be taken ("every night I pray that God takes me in my sleep");
- waiting at a height ("looking down at the cars", "for the right train"), with the
  other reading of a height beside it in `_compose_hard_words`.

Ordinary look-alikes say when they are back (this weekend, next week), what the
prayer is for (strength, the family) or who is with them and why (photos, a son).
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._compose_hard_words import HEIGHT_COMPANY, HEIGHT_PLACE, HEIGHT_WAIT
from engine.safety._guards import PREPARATION_TRIVIAL
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

HANDED = (
    r"\b(?:gave|given|left|rehomed|found a (?:new )?home for|entrusted|dropped off|brought|"
    r"dejado|deje|regale|confie|confiee|donne|gebracht|gegeben|abgegeben|lasciato|affidato|"
    r"deixei|entreguei|gebracht|gegeven|oddal\w*|birakt\w*|verdim|kutitipkan|titip\w*|de di|"
    r"de diya|sonp\w*)\b|отдал\w*|預け|送给|给了|اعطيت|سلمت"
)
CHARGE = (
    r"\b(?:cat|dog|pets?|kitten|puppy|bird|rabbit|hamster|plants|perro|gato|perrito|chien|chat|"
    r"katze|hund|kater|gatto|cane|cachorro|gata|kat|hond|kota|psa|kedimi|kopegimi|kucing\w*|"
    r"anjing\w*|billi|kutta|kutte)\b|кошк\w*|кот\w*|собак\w*|猫|犬|狗|قطت\w*|كلب\w*"
)
NO_LONGER_THERE = (
    r"\b(?:(?:wont|will not|wouldnt) be (?:around|here|there) (?:to|anymore|for (?:her|him|them) "
    r"anymore|much longer)|wont be around$|ya no (?:voy a|vaya a) estar|no voy a estar mas|"
    r"je ne serai plus la|je serai plus la|ich werde nicht mehr da sein|bin (?:bald )?nicht "
    r"mehr da|non ci saro piu|io non ci saro piu|nao vou estar mais|nao vou mais estar|"
    r"ik ben er (?:straks |binnenkort )?niet meer|(?:juz )?(?:niedlugo )?nie bedzie mnie|mnie "
    r"(?:juz )?(?:niedlugo )?nie bedzie|artik olmayacagim|ben artik yokum|sebentar lagi (?:nggak|"
    r"gak|tidak) ada|(?:nggak|gak|tidak) ada lagi|ab nahi rahung\w*|main ab nahi rah\w*)\b|"
    r"меня (?:скоро |уже )?не будет|いなくなる|我就不在了|不在了|لن اكون موجود\w* بعد|لن اكون هنا"
)
DONT_LOOK = (
    r"\b(?:dont (?:come )?look(?:ing)? for me|nobody (?:needs|has) to look for me|no one needs to "
    r"look for me|no me busque\w*|ne me cherchez pas|sucht (?:mich )?nicht nach mir|sucht mich "
    r"nicht|non cercatemi|nao me procure\w*|niemand hoeft (?:mij|me) te zoeken|zoek me niet|"
    r"nie szukajcie mnie|beni aramayin|jangan cari aku|mujhe mat (?:dhundna|dhoondhna))\b"
    r"(?! (?:at|in|on|tonight|today|until|till|before|after|later)\b)|"
    r"не ищите меня|探さないで|别找我|لا تبحثوا عني"
)
LAST_WISHES = (
    r"\b(?:last wishes|ultime volonta|letzten willen|letzter wille|laatste wensen|ultimas "
    r"voluntades|ultima vontade|dernieres volontes|ostatnia wola|ostatnia wole|son arzum\w*|"
    r"wasiat terakhir|aakhri ichha)\b|последн\w* вол\w*|遺言|遗愿|وصيتي الاخيره"
)
DECIDED = (
    r"\b(?:decided|my mind is made up|im sure now|i am sure now|im ready|ho deciso|ormai ho "
    r"deciso|bin mir sicher|ich mir sicher|ich bin bereit|lo decidi|estoy decidid[oa]|"
    r"je suis decide\w*|j ?ai decide|ik heb besloten|ben er klaar voor|zdecydowal\w*|"
    r"karar verdim|sudah kuputuskan|"
    r"tay kar liya|niemand hoeft)\b|решил\w*|決めた|决定了|قررت"
)
PRAY_TAKE = (
    r"\b(?:pray|prayed|praying|ask|asking|beg|begging|want|wish|hope|hoping|waiting for)"
    r"(?: \w+){0,3} (?:god|the lord|lord|allah|"
    r"jesus|heaven|the universe)(?: \w+){0,2} (?:to )?(?:takes? me|let me go|call me home|let me "
    r"die|bring me home)(?! (?:to|through|out|back|with (?:him|her) to)\b)|"
    r"\b(?:pido|pide) a dios que me (?:lleve|recoja)|dieu me (?:rappelle|prenne|reprenne)|"
    r"gott mich (?:zu sich )?(?:holt|nimmt)|dio mi (?:porti via|prenda)|deus (?:para )?me "
    r"levar|deus que me leve|god (?:mij|me) (?:komt )?(?:halen|haalt|meeneemt)|bog mnie "
    r"zabral|allahtan canimi al\w*|tuhan (?:mengambilku|mengambil nyawaku|mencabut nyawaku)|"
    r"(?:bhagwan|upar wale)(?: \w+){0,4} (?:mujhe )?utha (?:le|lo|lena)\b|"
    r"бога (?:забрать|прибрать) меня|神様に連れて行って|求老天(?:让我)?(?:睡着了就别醒|带我走)|"
    r"ادعو الله ان ياخذني|ادعو الله ان ياخذ روحي"
)
# When the speaker is back: "меня не будет неделю", "not there next week".
BACK_WHEN = (
    r"^(?: \S+){0,2} (?:this|next|for (?:a|the|two|\d+)|until|till|este|esta|el proximo|ce|cette|"
    r"la semaine|diese\w*|nachste\w*|questo|questa|la prossima|este|esta|na proxima|deze|"
    r"volgende|przez|w ten|do|bu|haftaya|minggu|selama|ek hafte|\d+)\b|"
    r"^(?: \S+){0,2} (?:неделю|недел\w*|до |завтра|сегодня|месяц|на выходн\w*)"
)


def match_farewell_care(reading: str) -> CrisisSignal | None:
    """A charge handed over for good, a closing 'don't look for me', a prayer to be taken."""
    parts = (
        BACK_WHEN,
        HANDED,
        CHARGE,
        NO_LONGER_THERE,
        DONT_LOOK,
        LAST_WISHES,
        DECIDED,
        PRAY_TAKE,
        HEIGHT_PLACE,
        HEIGHT_WAIT,
        HEIGHT_COMPANY,
    )
    back, handed, charge, gone, dont_look, wishes, decided, pray, place, wait, company = (
        folded_patterns(*parts)
    )
    flat = flattened(reading).strip()
    trivial = PREPARATION_TRIVIAL.search(flat) is not None
    g = gone.search(flat)
    if g is not None and back.match(flat[g.end() :]):
        g = None
    if not trivial and handed.search(flat) and charge.search(flat) and g is not None:
        return CrisisSignal(category="suicide", phrase=g.group(0), kind="preparation")
    if not trivial and (d := dont_look.search(flat)) is not None:
        return CrisisSignal(category="suicide", phrase=d.group(0), kind="preparation")
    if not trivial and (w := wishes.search(flat)) is not None and decided.search(flat):
        return CrisisSignal(category="suicide", phrase=w.group(0), kind="preparation")
    if (p := pray.search(flat)) is not None:
        return CrisisSignal(category="suicide", phrase=p.group(0), kind="ideation")
    if place.search(flat) and (h := wait.search(flat)) and not company.search(flat):
        return CrisisSignal(category="suicide", phrase=h.group(0), kind="method")
    return None
