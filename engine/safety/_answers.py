"""Short answers and finished preparations, read across the whole message.

A coaching question gets a bare answer: "Not waking up, if I'm honest.", "To be
gone. That's all.", "Sinceramente? Non svegliarmi più." A clause that is *only* an
ending of one's life (with fillers such as "honestly", "tbh", "sinceramente") is
crisis language; anything else left in the clause ("at 5am", "before ten", "from
this team") makes it an ordinary answer.

Preparations are told and then closed with a bare "It's time." / "I'm ready." /
"Pora." as the last clause: letters to one's children, a will, a pet given away,
goodbyes said without anyone knowing. "It's time for lunch" is not bare.
"""

from __future__ import annotations

import re

from engine.safety._compose_classes import folded_patterns
from engine.safety._guards import PREPARATION_TRIVIAL
from engine.safety._kinds import CrisisSignal

FILLER = (
    r"(?:honestly|to be honest|tbh|ngl|if im honest|if im being honest(?: with you)?|to be fair|"
    r"truthfully|really|just|simply|probably|i guess|maybe|tomorrow|tmrw|one day|someday|"
    r"anymore|any more|forever|for good|please|ideally|basically|so|well|um|hmm|i mean|id say|"
    r"honest answer|in all honesty|fr|tho|lol no|that s all|thats all|thats it|"
    r"success would be|the goal|my goal|goal|what i want|what id want|would be|is|to|and|"
    r"itd be|it would be|that would be|thatd be|itd have to be|"
    r"sinceramente|la verdad|de verdad|en serio|honnetement|franchement|pour etre honnete|"
    r"ehrlich gesagt|ehrlich|einfach|eerlijk gezegd|eerlijk|gewoon|szczerze|po prostu|"
    r"acikcasi(?: mi)?|durustce|jujur|jujur aja|sejujurnya|sach kahun(?: to)?|sach mein|bas|"
    r"a dire il vero|davvero|semplicemente|simplesmente|simplemente|simplement|juste|nur|"
    r"domani|manana|amanha|demain|morgen|jutro|yarin|besok|kal|mais|mas|plus|piu|meer|wiecej|"
    r"juz|hic|bir daha|lagi|aja|ya|yaar|честно(?: говоря)?|просто|завтра|больше|"
    r"正直に言うと|正直|もう|说实话|老实说|就是|بصراحه)"
)
# "Success this week would be …", "A good month for me is …": the question restated.
ANSWER_PREFIX = (
    r"(?:(?:success|a win|the win|a good \w+|the goal|my goal|the dream|what i want|what id want|"
    r"what would help|what i need|the best thing|the only thing)(?: \w+){0,4} (?:would be|is|"
    r"would honestly be) )?"
)
BARE_ENDING = (
    r"(?:not|never|no longer|to not|to never) (?:ever )?(?:having to )?(?:waking|wake) up"
    r"(?: again)?|"
    r"(?:not|never) (?:being|be) (?:here|around|alive)|(?:to )?(?:not|stop) exist(?:ing)?|"
    r"(?:to )?(?:be|being) gone|(?:to )?(?:be|being) dead|to die|"
    r"(?:to )?(?:go to sleep|fall asleep|sleep) and (?:not|never) wake up|"
    r"(?:to )?(?:disappear|vanish)(?: forever| for good)|(?:to )?end(?:ing)? it(?: all)?|"
    r"(?:no|nunca) (?:volver a )?despertar(?:me)?|no estar (?:aqui|mas)|morir(?:me)?|"
    r"(?:ne )?(?:plus|pas|jamais) me reveiller|ne plus etre la|mourir|ne plus exister|"
    r"(?:nicht mehr|nie wieder|nie mehr) aufwachen|nicht mehr da sein|sterben|"
    r"non (?:svegliarmi|risvegliarmi)(?: piu)?|non esserci piu|morire|"
    r"(?:nao|nunca mais) acordar|nao estar mais aqui|morrer|"
    r"(?:niet meer|nooit meer) wakker worden|er niet meer zijn|dood(?:gaan| zijn)|"
    r"nie obudzic sie|nie istniec|umrzec|(?:hic )?uyanmamak|olmek|yok olmak|"
    r"(?:nggak|gak|tidak|ga|ngga) bangun(?: lagi)?|mati|(?:kabhi|phir) na uthna|mar jana|"
    r"не проснуться|не просыпаться|умереть|исчезнуть навсегда|не существовать|"
    r"目が覚めないこと|目覚めないこと|起きないこと|死ぬこと|消えること|"
    r"再也不醒来|不再醒来|永远不醒来|死掉|الا استيقظ(?: مره اخرى)?|ان لا استيقظ|ان اموت"
)
END_BEFORE = (
    r"\b(?:before|once|after|and then) i (?:finally )?(?:end it(?: all)?|end things|end my life|"
    r"kill myself|go through with it)(?! (?:with|for|off|on)\b)|"
    r"\bthere (?:wont|will not|isnt going to) be a next (?:week|month|year|christmas|birthday|"
    r"summer|session|time) for me\b"
)
FINAL_CLAUSE = (
    r"(?:its|it is|it s) time|(?:im|i am) ready|tonights? (?:is )?the night|this is it|done|"
    r"tonight|(?:its )?tonight then|c ?est fini(?: pour moi)?|se acabo|es ist vorbei|e finita|"
    r"acabou|het is voorbij|to koniec|bitti|всё кончено|все кончено|该走了|我该走了|是时候走了|"
    r"انتهى|sudah berakhir|sab khatam|"
    r"done with (?:everything|it all)|(?:i )?wont (?:be )?need(?:ing)? (?:it|them|any of it)|"
    r"nobody needs to look for me|dont look for me|goodbye|bye|ya es (?:hora|el momento)|"
    r"(?:ha )?llegado (?:la hora|el momento)|c ?est l ?heure|il est temps|c ?est le moment|"
    r"es ist (?:zeit|soweit)|(?:e|ist) ora|e il momento|e giunta l ora|chegou a hora|"
    r"(?:e|esta na) hora|het is (?:tijd|zover)|(?:juz )?czas|(?:juz )?pora|vakit geldi|"
    r"zamani geldi|пора|время пришло|(?:もう)?時間だ|その時が来た|是时候了|时候到了|"
    r"حان الوقت|(?:sudah |udah )?(?:waktunya|saatnya)|(?:ab )?waqt aa gaya(?: hai)?"
)
LETTERS = (
    r"\b(?:letters?|notes?|cards? for|(?:a )?card explaining|explaining everything|cartas?|"
    r"lettres?|briefe?|lettera|lettere|brieven|brief|"
    r"listy|list|mektup\w*|surat|khat|chitthi)\b|письм\w*|записк\w*|手紙|信|رساله|رسائل"
)
KIN = (
    r"\b(?:kids|children|son|daughter|grandchildren|grandkids|family|wife|husband|parents|mum|mom|"
    r"sister|brother|hijos|hija|hijo|nietos|familia|enfants|petits enfants|famille|kindern|"
    r"kinder|enkel\w*|familie|figli|nipoti|famiglia|netos|filhos|kinderen|kleinkinderen|"
    r"dzieci|wnukow|wnuczek|rodziny|cocuklarim\w*|torunlarim\w*|ailem\w*|anak\w*|cucu\w*|"
    r"keluarga|bachon|bachcho|parivar|fille|fils|mere|pere|madre|padre|mutter|vater|mae|pai|"
    r"moeder|vader|matka|ojciec|annem|babam|ibu|ayah|maa|papa)\b|внук\w*|дет\w*|мам\w*|子ども|"
    r"子供|孫|孩子|家人|妈妈|爸爸|母|父|اولادي|احفادي|امي|ابي|"
    r"عائلتي"
)
WILL = (
    r"\b(?:(?:my|the|a|with) will(?! (?:be|not|have|go|get|do|make|come|take|see|help)\b)|"
    r"testament\w*|testamento|testamencie|vasiyet\w*|wasiat)\b|завещани\w*|遺言|遗嘱|"
    r"الوصيه|وصيتي"
)
FAREWELL_ACT = (
    r"\b(?:gave|given) (?:away )?(?:my|all my) (?:dog|cat|pets?|guitar|books|clothes|things|stuff|"
    r"hoodies|games|ps5)|(?:said|say) (?:my )?(?:goodbyes?|bye)(?: to \w+(?: \w+){0,3})? "
    r"(?:without|to the people|to everyone i)|said my goodbyes|deleted (?:all )?my (?:accounts|"
    r"socials|insta\w*)|cancell?ed (?:all )?my (?:subscriptions|phone|contracts)|"
    r"(?:sorted|signed|updated|wrote|finished) (?:out )?(?:my|the) will|affairs in order|"
    r"东西都送人|都送人了"
)


# A whole clause that is only an ending (fillers aside), and a clause that closes on one.
BARE_ANSWER = rf"^{ANSWER_PREFIX}(?:{FILLER} )*(?:{BARE_ENDING})(?: {FILLER})*$"
FINAL_ANSWER = rf"(?:^| )(?:{FILLER} )*(?:{FINAL_CLAUSE})(?: {FILLER})*$"


# Fillers of unspaced scripts, taken out before a clause is read as bare.
CJK_FILLER = re.compile(r"正直に言うと|正直|もう|本当は|说实话|老实说|其实|就是|只是|真的")


def _bare(clause: str) -> str:
    clause = CJK_FILLER.sub(" ", clause.replace("~", " "))
    return re.sub(r"\s+", " ", clause).strip()


def match_answer(reading: str) -> CrisisSignal | None:
    """A bare ending as an answer, an ending 'before' a plan, a preparation closed as final."""
    parts = (BARE_ANSWER, END_BEFORE, FINAL_ANSWER, LETTERS, KIN, WILL, FAREWELL_ACT)
    bare, end_before, final, letters, kin, will, farewell = folded_patterns(*parts)
    clauses = [_bare(c) for c in reading.split(" | ") if _bare(c)]
    for clause in clauses:
        if bare.match(clause) and len(clause) < 70:
            return CrisisSignal(category="suicide", phrase=clause, kind="ideation")
    found = end_before.search(reading)
    if found is not None:
        return CrisisSignal(category="suicide", phrase=found.group(0), kind="ideation")
    closing = final.search(clauses[-1]) if clauses else None
    if closing is None:
        return None
    told = " ".join([*clauses[:-1], clauses[-1][: closing.start()]])
    if not told.strip() or PREPARATION_TRIVIAL.search(told):
        return None
    prepared = (
        (letters.search(told) and (kin.search(told) or will.search(told)))
        or (will.search(told) and kin.search(told))
        or farewell.search(told)
    )
    if prepared:
        return CrisisSignal(category="suicide", phrase=clauses[-1], kind="preparation")
    return None
