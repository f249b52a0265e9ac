"""A means counted for an outcome, or gathered so nobody notices, read across the message.

- a quantity of a medicine asked about with not waking, dying or "just falling asleep"
  as the outcome ("how many sleeping pills until I don't wake up", "does it hurt if you
  take the whole bottle", "c koi la dose qui est mortelle", "kaç hap alırsam uyanmam");
- a means gathered in small lots or with a cover story ("paracetamol from three
  different pharmacies so nobody notices", "told the guy the rope was for camping lol").

Look-alikes ask the dose for a headache or per day, how many melatonin to fall asleep
*faster*, whether the whole bottle of vitamins is bad for the kidneys; they buy a rope
for camping (no cover story) or gifts in three shops for a surprise.
"""

from __future__ import annotations

import re
from functools import cache

from engine.safety._compose_classes import folded_patterns
from engine.safety._kept import MEANS
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

DRUGS = (
    MEANS + r"|\b(?:tylenol|paracetamol|paracetamolu?|acetaminophen|ibuprofen\w*|aspirin\w*|"
    r"doliprane|dafalgan|efferalgan|advil|nurofen|panadol|parol|xanax|valium|diazepam|"
    r"antidepressants?|lithium|hap\w*|goli\w*|tachipirina|paracetamolo|pills|ilac\w*|codeine|"
    r"tramadol|oxycodone|remedio|agri kesici|hose|charcoal|helium|tubing)\b|"
    r"गोलि|गोली|парацетамол\w*|таблеток|錠|粒|片|حبه|حبات|بنادول"
)
QUANTITY = (
    r"\b(?:how many|how much|what dose|(?:the|what) amount of|which dose|(?:the|"
    r"a) whole (?:bottle|box|pack|packet|strip|"
    r"blister)|all of (?:them|it|the (?:pills|bottle|box))|cuant[ao]s?|que dosis|toda la caja|"
    r"todo el bote|combien|quelle dose|la dose|toute la boite|wie viele?|welche dosis|die ganze "
    r"packung|quant[ie]|quale dose|tutta la scatola|quant[oa]s|que dose|a caixa toda|hoeveel|"
    r"welke dosis|de hele (?:doos|strip|pot)|ile|jaka dawka|cale opakowanie|kac|ne kadar|hangi "
    r"doz|butun kutu|berapa|dosis berapa|satu strip|kitni|kitne|poora patta|puri bottle)\b|"
    r"कितनी|कितने|сколько|какая доза|всю пачку|何錠|何粒|どれくらい|全部飲|多少|几片|一整瓶|كم|"
    r"العلبه كلها"
)
OUTCOME = (
    r"\b(?:(?:not|never|dont|wont|won t) wake(?: up)?|stop (?:my|the|your) heart|to die|die|dying|"
    r"dead|lethal|deadly|fatal|"
    r"kill (?:me|you|a person|someone)|just (?:fall asleep|go to sleep|sleep)|painless\w*|"
    r"(?:does it|would it|will it|do they) hurt|no despert\w*|morir|mortal\w*|letal|"
    r"me duermo sin mas|pas me reveiller|mourir|mortelle?|mortel|fatale?|nicht (?:mehr )?"
    r"aufwach\w*|sterben|todlich|schlafe ich (?:dann )?einfach ein|non svegliar\w*|morire|"
    r"nao acordar|morrer|niet (?:meer )?wakker|dood|dodelijk|nie obudz\w*|umrzec|smiertel\w*|"
    r"uyanmam|uyanmayayim|olur muyum|olurum|olmek|oldurur|ga bangun|gak bangun|nggak bangun|mati|"
    r"uth\w* (?:hi )?nahi|mar ja\w*|maut)\b|नहीं उठ|उठ\w* ही नहीं|उठूँ ही नहीं|न उठ|मर जा|мертв|"
    r"не проснуться|умереть|смертельн\w*|目が覚めない|死ね|致死|不会醒|醒不过来|致死量|死|"
    r"ما اصحى|اموت|قاتله"
)
ORDINARY_DOSE = (
    r"\b(?:headache|migraine|fever|cold|flu|per day|a day|daily|per dose|max(?:imum)? dose|"
    r"kidneys?|liver damage|faster|quicker|toothache|cramps|period|kids?|child|children|baby|"
    r"dog|cat|vet|pharmacist|doctor said|prescribed|dolor de cabeza|mal de tete|kopfschmerz\w*|"
    r"mal di testa|dor de cabeca|hoofdpijn|bol glowy|bas agrisi|sakit kepala|sir dard|par jour|"
    r"pro tag|al giorno|por dia|per dag|dziennie|gunde|sehari)\b|головн\w* бол\w*|в день|頭痛|"
    r"头疼|头痛|صداع"
)
COVERT = (
    r"\b(?:(?:two|three|four|several|different|multiple) (?:different )?(?:pharmacies|"
    r"chemists|drugstores|stores|shops)|so (?:nobody|no one|noone) (?:\w+ ){0,2}(?:notices?|"
    r"suspects?|knows|asks|finds out)|told (?:the|him|her|them|the guy|the cashier|the "
    r"pharmacist)(?: \w+){0,3} (?:it was|its|it s|they were) for|farmacias distintas|"
    r"(?:tres|varias|diferentes) farmacias|para que nadie (?:\w+ )?(?:sospeche|se entere|note)|"
    r"le dije (?:\w+ ){0,3}que era para|(?:trois|plusieurs) pharmacies|pour que personne ne "
    r"(?:\w+ )?(?:remarque|sache)|(?:drei|mehreren|verschiedenen) apotheken|damit (?:es )?"
    r"(?:niemand|keiner) (?:\w+ )?(?:merkt|weiss)|(?:tre|diverse) farmacie|cosi nessuno se ne "
    r"accorge|(?:tres|varias) farmacias|pra ninguem (?:desconfiar|perceber)|verschillende "
    r"apotheken|zodat niemand (?:\w+ )?(?:doorheeft|merkt)|(?:trzech|kilku|roznych) aptek\w*|"
    r"zeby nikt (?:sie )?nie (?:zorientowal|domyslil)|(?:uc|farkli) eczane\w*|kimse anlamasin "
    r"diye|(?:tiga|beberapa) apotek|biar (?:nggak|gak|ga) ada yang curiga|alag alag (?:dukan|"
    r"medical)|taaki kisi ko shak na)\b|в разных аптеках|чтобы никто не заметил|別々の薬局|"
    r"不同的药店|免得被发现|من صيدليات مختلفه|عشان محد يلاحظ"
)
GATHERED = (
    r"\b(?:bought|buying|got|get|gathered|picked up|collected|compr\w*|achet\w*|gekauft|"
    r"besorgt|geholt|comprat\w*|preso|comprei|juntei|gekocht|gehaald|kupil\w*|kupowal\w*|"
    r"aldim|topladim|beli|kubeli|ngumpulin|kharid\w*|liya|liye)\b|купил\w*|набрал\w*|買|"
    r"买|اشتريت|جمعت"
)

# Charcoal with a car: the means and its place ("买好了炭，打算这周末在车里").
CHARCOAL = (
    r"\b(?:charcoal|carbon vegetal|charbon|holzkohle|carbonella|carvao|houtskool|wegiel drzewny|"
    r"mangal komuru|arang|koyla)\b|木炭|炭|уголь|فحم"
)
IN_CAR = (
    r"\b(?:in (?:the|my) car|en el coche|en el carro|dans (?:la|ma) voiture|im auto|in macchina|"
    r"no carro|in de auto|w samochodzie|arabada|di mobil|gaadi mein)\b|в машине|車の中|车里|车内|"
    r"في السياره"
)
GRILL = (
    r"\b(?:bbq|barbecue|grill\w*|asado|churrasco|braai|mangal|sate|satay)\b|烧烤|バーベキュー|"
    r"шашлык|شوي"
)

# A height asked about "to be sure" ("с какой высоты нужно прыгнуть чтобы наверняка").
HEIGHT_SURE = (
    r"\b(?:from what height|how high)(?: \w+){0,5} (?:for sure|to be sure|to make sure)\b|"
    r"с какой высоты(?: \w+){0,4} (?:наверняка|чтобы точно)"
)


@cache
def _sure() -> re.Pattern[str]:
    return folded_patterns(HEIGHT_SURE)[0]


def match_means_quantity(reading: str) -> CrisisSignal | None:
    """A quantity of a means asked about for an ending, or a means gathered covertly."""
    drugs, quantity, outcome, ordinary, covert, gathered, charcoal, in_car, grill = folded_patterns(
        DRUGS, QUANTITY, OUTCOME, ORDINARY_DOSE, COVERT, GATHERED, CHARCOAL, IN_CAR, GRILL
    )
    flat = flattened(reading).strip()
    if (sure := _sure().search(flat)) is not None:
        return CrisisSignal(category="suicide", phrase=sure.group(0), kind="method")
    coal = charcoal.search(flat)
    if coal is not None and in_car.search(flat) and grill.search(flat) is None:
        return CrisisSignal(category="suicide", phrase=coal.group(0), kind="method")
    means = drugs.search(flat)
    if means is None:
        return None
    q = quantity.search(flat)
    if q is not None and outcome.search(flat) and ordinary.search(flat) is None:
        return CrisisSignal(category="suicide", phrase=q.group(0), kind="method")
    c = covert.search(flat)
    if c is not None and gathered.search(flat) is not None:
        return CrisisSignal(category="suicide", phrase=c.group(0), kind="preparation")
    return None
