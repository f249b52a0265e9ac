"""An end decided and given a time, or a life already felt as over, read across the message.

- ending it at a named time ("j'en finis ce soir", "morgen nach der Arbeit mach ich
  Schluss", "tonight. I won't be here tomorrow");
- a decision with a day and a thank-you ("el domingo lo hago, ya está decidido. gracias
  por todo", "今週末に死ぬって決めました");
- relief at a date that is an end ("wrote the date on my calendar, it feels good to have
  an end");
- already gone, so make it final ("I feel like a ghost already, might as well make it
  official"); "no point anymore" as the whole message.

Look-alikes end a relationship ("Schluss mit ihm"), a project, a shift or a streak,
say why they won't be there tomorrow (a trip, the dentist), or ask "no point in what".
"""

from __future__ import annotations

import re

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

WHEN = (
    r"\b(?:tonight|tomorrow|hoy|en la noche|this weekend|on (?:sunday|saturday|friday)|"
    r"after work|esta noche|"
    r"manana|el (?:domingo|sabado|viernes)|ce soir|demain|ce week ?end|heute (?:nacht|abend)|"
    r"morgen|nach der arbeit|am wochenende|stanotte|stasera|domani|hoje a noite|amanha|no "
    r"domingo|vannacht|vanavond|zondag|dzis w nocy|dzisiaj|jutro|w niedziele|bu gece|yarin|pazar "
    r"gunu|malam ini|besok|aaj raat|kal)\b|сегодня ночью|сегодня вечером|завтра|в воскресенье|"
    r"今夜|今晩|明日|今週末|週末に|今晚|明天|周末|الليله|غدا"
)
END_IT = (
    r"\b(?:end it(?: all)?|ending it|(?:wont|will not) be here tomorrow|j ?en finis|en finir|"
    r"acab(?:o|ar) con todo(?! (?:el|la|los|las|lo|este|esta|ese|esa|mi|mis)\b)|"
    r"mach(?:e)? ich schluss(?! mit)|schluss machen(?! mit)|la faccio finita|farla finita|"
    r"acab(?:o|ar) com tudo(?! (?:o|a|os|as|isso|isto|meu|minha)\b)|ik maak er een eind aan|"
    r"maak ik er een einde? aan|"
    r"er een einde? aan (?:te )?maken|een einde aan (?:te )?maken|skoncze (?:z tym|ze soba)|"
    r"her seyi "
    r"bitir\w*|mengakhiri semuanya|akhiri semuanya|sab khatam kar\w*)\b|покончу|покончить со всем|"
    r"死ぬって決め|死ぬと決め|死ぬことに決め|終わりにする|全部終わらせ|结束这一切|انهي كل شيء"
)
DECIDED = (
    r"\b(?:(?:ive|i have|i) decided|its decided|my mind is made up|ya (?:esta|lo tengo) decidido|"
    r"c ?est decide|es ist entschieden|ho deciso|(?:ja )?esta decidido|ik heb (?:het )?besloten|"
    r"zdecydowal\w*|karar verdim|sudah kuputuskan|tay kar liya)\b|решил\w*|決めました|决定了|قررت"
)
THANKS_ALL = (
    r"\b(?:thank(?:s| you) for everything|gracias por todo|merci pour tout|danke fur alles|grazie "
    r"(?:di|per) tutto|obrigad[oa] por tudo|bedankt voor alles|dziekuje za wszystko|her sey icin "
    r"tesekkur\w*|makasih (?:buat|untuk) semuanya|sab ke liye shukriya)\b|спасибо за вс[её]|"
    r"今までありがとう|谢谢你的一切|谢谢你们|شكرا على كل شيء"
)
WITH_OBJECT = re.compile(r" (?:con|avec|with|mit|met|com|z|ze|ile|dengan|с|со) ")
# Relief at having an end: the date is the speaker's.
END_RELIEF = (
    r"\b(?:(?:feels|felt) good to (?:have|know) (?:an|the|my) end|relief to (?:have|know) "
    r"(?:an|the) end|alivio (?:de )?(?:tener|saber) (?:un|el) final|soulage\w* d avoir une fin|"
    r"erleichtert,? ein ende|sollievo (?:di )?avere una fine|alivio ter um fim|opgelucht (?:dat "
    r"er )?een einde|ulga,? ze (?:jest )?koniec|bir sonu olmasi iyi|lega (?:punya|ada) akhir)\b|"
    r"облегчение,? что есть конец|終わりがあると思うと|有个结束(?:的日子)?(?:真好|挺好)"
)
FEEL_GONE = (
    r"\b(?:(?:like|as) a ghost|dead inside|already dead|as good as dead|ya estoy muert[oa]|"
    r"deja morte?|schon tot|gia mort[oa]|ja estou mort[oa]|al dood|juz martw[ay]|zaten olu|udah "
    r"mati|pehle se mar\w*)\b|уже мертв\w*|もう死んでる|已经死了"
)
MAKE_FINAL = (
    r"\b(?:make it official|might as well (?:finish|end|go|make)|finish the job|autant en finir|"
    r"tanto vale finirla|melhor acabar logo|sekalian aja)\b|いっそ|不如干脆"
)
BARE = r"^(?:theres |there is |whats the |its )?no point (?:anymore|any more|in anything)$"
# Something named that ends: a relationship, a project, a shift, a streak.
ORDINARY = (
    r"\b(?:project|sprint|shift|streak|contract|series|season|relationship|diet|course|exam|"
    r"dentist|doctors?|appointment|day off|sick|leave|pto|flight|trip|vacation|holiday|meeting|"
    r"dinner|mit (?:ihm|ihr|dem|der)|"
    r"with (?:him|her)|break up|breaking up|job|smoking|game|levels?|book|chutti|kaam|cuti|"
    r"kerjaan)\b"
)


def match_decided_end(reading: str) -> CrisisSignal | None:
    """An end given a time, relief at an end date, already gone so make it final."""
    parts = (ORDINARY, WHEN, END_IT, END_RELIEF, FEEL_GONE, MAKE_FINAL, BARE, DECIDED, THANKS_ALL)
    ordinary, when, end_it, relief, gone, final, bare, decided, thanks = folded_patterns(*parts)
    flat = flattened(reading).strip()
    if (b := bare.match(flat)) is not None:
        return CrisisSignal(category="suicide", phrase=b.group(0), kind="ideation")
    if ordinary.search(flat) is not None:
        return None
    e = end_it.search(flat)
    # The time is told apart from the end ("tonight. I won't be here tomorrow").
    rest = flat[e.end() :] if e is not None else ""
    # Ending something named: "la faccio finita con questo progetto", "j'en finis avec ce dossier".
    if e is not None and WITH_OBJECT.match(rest) is None and when.search(flat[: e.start()] + rest):
        return CrisisSignal(category="suicide", phrase=e.group(0), kind="preparation")
    if when.search(flat) and (d := decided.search(flat)) and thanks.search(flat):
        return CrisisSignal(category="suicide", phrase=d.group(0), kind="preparation")
    if (r := relief.search(flat)) is not None:
        return CrisisSignal(category="suicide", phrase=r.group(0), kind="preparation")
    if gone.search(flat) and (f := final.search(flat)) is not None:
        return CrisisSignal(category="suicide", phrase=f.group(0), kind="ideation")
    return None
