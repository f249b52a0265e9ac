"""Passive wishes told as a future without the speaker, read across the whole message.

- the others better off without them ("everyone would have an easier time if I wasn't
  in the picture", "better off with the life insurance than with me");
- not planning to be there ("what's the point of Q3 goals when I don't plan on being
  around for Q3", "не планирую дожить до");
- no tomorrow wanted ("not deal with tomorrow, or any tomorrow");
- vanishing so nobody has to bother ("zniknąć i żeby nikt nie musiał się mną przejmować");
- sleeping and never rising (Devanagari "सो जाऊँ और फिर कभी न उठूँ").

Look-alikes name a role ("if I wasn't the bottleneck"), a departure (notice, a move,
parental leave, a trip) or a short absence ("disappear for a week to the beach").
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

BETTER_OFF = (
    r"\b(?:(?:be|have) (?:so much |a lot |far )?(?:better off|an easier time|easier|happier|"
    r"lighter) (?:if i (?:wasnt|werent|was not|were not) (?:in the picture|around|here|alive|"
    r"in (?:their|the|her|his) li(?:fe|ves))|without me(?! \w+ing\b)|with (?:the|"
    r"my) (?:life )?insurance)|"
    r"(?:estarian|estaria|serian) mejor sin mi|seraient mieux sans moi|waren ohne mich besser|"
    r"starebbero meglio senza di me|estariam melhor sem mim|beter af zonder mij|bylo(?:by)? "
    r"(?:im )?lepiej beze mnie|bensiz daha iyi|lebih baik tanpa aku|mere bina (?:sab )?(?:behtar|"
    r"khush))\b|без меня (?:всем )?(?:было бы )?лучше|私がいない方が|没有我(?:他们)?会更好|"
    r"افضل بدوني"
)
NOT_AROUND = (
    r"\b(?:(?:dont|do not) plan on (?:being|sticking) (?:around|here|alive) (?:for (?:q\d|the "
    r"(?:next|rest)|next|much longer|long|another|the new year|christmas|my (?:next )?birthday)|by|"
    r"to see|until|till)|(?:dont|do not) "
    r"(?:expect|intend) to (?:be (?:around|here|alive)|live) (?:for|by|until|till|to see)|"
    r"(?:wont|will not) be (?:around|alive) (?:for|by|to see) (?:q\d|then|next (?:year|"
    r"quarter|month|summer|spring)|the (?:next|rest))|"
    r"no (?:pienso|planeo) (?:estar|seguir) (?:aqui|vivo|viva)|je ne compte pas (?:etre la|"
    r"vivre)|hab(?:e)? nicht vor,? (?:dann )?noch (?:da|am leben) zu sein|non (?:conto|penso) "
    r"di esserci (?:ancora )?per|nao pretendo estar (?:aqui|viv[oa])|ik ben (?:er )?dan (?:toch )?"
    r"niet meer|nie planuje (?:tego )?dozyc|o zamana kadar yasamayi dusunmuyorum|"
    r"(?:nggak|gak|tidak) (?:bakal|akan) (?:sampai|nyampe) (?:ke )?sana|tab tak (?:zinda )?nahi "
    r"rahung\w*)\b|не (?:планирую|собираюсь) дожи\w*|それまで生きてる(?:つもりは|予定は)ない|"
    r"活不到那(?:时候|天)"
)
NO_TOMORROW = (
    r"\b(?:(?:or|and|nor) any (?:other )?tomorrows?|no more tomorrows|(?:dont|do not) want (?:a|"
    r"any|another) tomorrow|ni ningun (?:otro )?manana|ni aucun (?:autre )?lendemain|"
    r"kein morgen mehr|nessun (?:altro )?domani|nenhum (?:outro )?amanha|geen morgen meer|"
    r"zadnego (?:innego )?jutra|hicbir yarin|nggak (?:mau )?ada besok lagi|koi kal na aaye)\b|"
    r"никакого завтра|明日なんて(?:来なければ|いらない)|不想再有明天"
)
VANISH = (
    r"\b(?:disappear|vanish|be gone|desaparecer|disparaitre|verschwinden|sparire|sumir|"
    r"verdwijnen|zniknac|kaybolmak|yok olmak|ngilang|menghilang|hilang|gayab)\b|"
    r"исчезнуть|消えたい|消失"
)
NOBODY_BOTHERED = (
    r"\b(?:(?:nobody|no one|noone) (?:has|would have|needs|will have|would need) to (?:worry|deal|"
    r"care|bother|take care|look after)|nadie (?:tenga|tendria) que (?:preocuparse|lidiar|"
    r"cuidar)|personne n aurait a s occuper|(?:sich )?niemand (?:mehr )?(?:um mich )?kummern "
    r"muss|nessuno (?:debba|dovrebbe) (?:preoccuparsi|occuparsi)|ninguem (?:precis\w*|tenha) "
    r"(?:de |que )?(?:lidar|se preocupar|cuidar)|niemand (?:zich )?(?:meer )?(?:zorgen hoeft|"
    r"hoeft te zorgen)|nikt nie musial\w*|kimse (?:benimle )?ugrasmak zorunda|(?:nggak|gak|tidak) "
    r"ada yang (?:perlu|harus) (?:repot|ngurus|khawatir)|kisi ko (?:meri )?(?:fikar|chinta|"
    r"takleef))\b|никому не (?:придется|придётся|надо) (?:обо мне|со мной)|誰にも迷惑|"
    r"没人(?:需要|要)(?:再)?(?:操心|管)"
)
NEVER_RISE = r"सो जा\S* (?:और )?(?:फिर )?कभी (?:न|ना|नहीं) (?:उठ|जाग)"
# A role, a departure, a short absence: the future is a job's or a holiday's.
ORDINARY = (
    r"\b(?:if i (?:wasnt|werent|was not) (?:the|a|an|so|such|as|always|on)|notice|resign\w*|"
    r"leaving the company|new job|moving|relocat\w*|parental leave|maternity|sabbatical|"
    r"contract ends|retir\w*|(?:for|on) (?:a|the|one|two) (?:week|weekend|few days|day)|beach|"
    r"holiday|vacation|cabin|island|por una semana|pour une semaine|fur eine woche|per una "
    r"settimana|uma semana|voor een week|na tydzien|bir haftalig\w*|seminggu|ek hafte)\b|"
    r"на неделю|отпуск|一週間|一周|لاسبوع"
)


def match_no_future(reading: str) -> CrisisSignal | None:
    """Others better off, no plan to be there, no tomorrow, vanishing so nobody bothers."""
    parts = (ORDINARY, BETTER_OFF, NOT_AROUND, NO_TOMORROW, NEVER_RISE, VANISH, NOBODY_BOTHERED)
    ordinary, *alone, vanish, nobody = folded_patterns(*parts)
    flat = flattened(reading)
    if ordinary.search(flat) is not None:
        return None
    for pattern in alone:
        if (found := pattern.search(flat)) is not None:
            return CrisisSignal(category="suicide", phrase=found.group(0), kind="ideation")
    if vanish.search(flat) and (found := nobody.search(flat)) is not None:
        return CrisisSignal(category="suicide", phrase=found.group(0), kind="ideation")
    return None
