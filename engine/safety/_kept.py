"""A means kept back with no stated purpose, read across the whole message.

"I've kept the pills from my last prescription, just in case", "Saved up my
tablets for months. There are enough now.", "i keep a blade in my pencil case for
when it gets bad": a means (pills, a blade, a rope), a keeping or saving verb, and
an *open* purpose — "just in case" with nothing after it, "enough now", "for when
it gets bad", nobody knowing. A purpose that is stated ("in case my tooth flares
up"), a trivial medicine (for allergies, headaches) or carrying it in a bag keeps it
ordinary.
"""

from __future__ import annotations

import re
from functools import cache

from engine.safety._compose_classes import folded_pattern
from engine.safety._kinds import CrisisSignal

MEANS = (
    r"\b(?:pills?|tablets?|meds|medication|medicine|sleeping pills|painkillers|morphine|"
    r"somnifer\w*|sonnifer\w*|somniferos|slaapmiddel\w*|nasenne|uyku hap\w*|obat tidur|"
    r"opioids?|oxy\w*|insulin|prescriptions?|razors?|blades?|rope|pastillas|comprimidos?|"
    r"medicamentos?|remedios|cachets|comprimes|medicaments|tabletten|pillen|medikamente|"
    r"schlaftabletten|pillole|compresse|farmaci|medicine|slaappillen|tabletki|tabletek|leki|"
    r"haplari|haplar|ilaclar\w*|ilac\w*|obat\w*|pil|goliyan|goliyaan|dawai|davaiyan|cuchilla|"
    r"lame|klinge|lametta|lamina|mesje|zyletk\w*|jilet)\b|"
    r"таблет\w*|лекарств\w*|снотворн\w*|薬|睡眠薬|药|安眠药|حبوب|ادويه|دواء"
)
KEEP = (
    r"\b(?:put away|tucked away|under (?:the|my) (?:bed|mattress)|shoebox|"
    r"counted|keep|keeps|kept|keeping|sav(?:e|ed|ing) (?:up|them|it)|saved|stockpil\w*|"
    r"stash\w*|"
    r"hoard\w*|collect\w*|hid(?:e|den|ing)|set aside|put aside|putting aside|held onto|holding "
    r"onto|still have (?:all|every)|guard[oa]|guardando|guardado|juntando|acumul\w*|garde|"
    r"gardes|conserve|mets de cote|stocke\w*|aufheben|hebe|sammle|gesammelt|bewahre|horte|"
    r"metto da parte|mettendo da parte|messo da parte|conservo|tengo da parte|guardei|guardo|"
    r"tenho guardado|junto|spaar|bewaar|verzamel|odkladam|zbieram|chowam|trzymam|sakliyorum|"
    r"biriktir\w*|menyimpan|mengumpulkan|simpan|nyimpen|jama kar\w*|sambhal\w*|chhupa\w*)\b|"
    r"копл\w*|собира\w*|хран\w*|припрята\w*|取ってある|貯めて|ためて|集めて|攒|存着|藏着|留着|"
    r"اجمع|احتفظ|اخبي|اخزن"
)
OPEN = (
    r"\b(?:just in case|for when (?:it|things) gets? (?:bad|worse|too much)|for tonight|for later|"
    r"for the right (?:moment|time|day)|(?:i have|have|there are|theres|got) enough(?: now)?|"
    r"enough now|nobody (?:knows|noticed|has noticed|checks|counts)|no one (?:checks|counts)|"
    r"(?:i )?counted (?:them|the \w+)|"
    r"j ?en ai assez|no one (?:knows|noticed)|por si acaso|"
    r"por si las moscas|au cas ou|fur alle falle|per sicurezza|caso mai|nel caso|"
    r"ne ho abbastanza|abbastanza|por precaucao|por via das duvidas|voor het geval dat|"
    r"voor de zekerheid|na wszelki wypadek|ne olur ne olmaz|buat jaga jaga|untuk jaga jaga|"
    r"jaga jaga|ab kaafi hain|genug|suffisamment|assez|suficientes|bastantes|genoeg)\b|"
    r"на всякий случай|念のため|以防万一|للاحتياط|احتياطا"
)
# "just in case" followed by what it is for: the purpose is stated.
STATED = (
    r"\b(?:in case|au cas ou|por si acaso|fur alle falle|voor het geval) (?:of|my|the|i|it|we|"
    r"you|he|she|they|there|mi|je|il|j|ich|es|de|ik|het|la|le|el)\b\s?\w|"
    r"\benough (?:for|to (?!do it|end|die|go through)|per|para|pour|fur|voor|na|icin|untuk)\b"
)
TRIVIAL = (
    r"\b(?:allerg\w*|headaches?|hay ?fever|vitamins?|vitamin\w*|antacids?|maag|kopfschmerz\w*|"
    r"mal a la tete|dolor de cabeza|cabeza|sir dard|dentist|tooth|teeth|period|migraines?|"
    r"colds?|flu|gripe|asthma|inhaler|epipen|travel|trip|holiday|vacation|vacaciones|vacances|"
    r"urlaub|vacanze|ferias|vakantie|wakacje|tatil|liburan|bag|handbag|purse|bolso|sac|tasche|"
    r"borsa|bolsa|tas|tasje|torba|canta\w*|glasses|contacts|batteries|torch|soldi|dinero|money|"
    r"geld|pieniadze|para|uang|paise|shaving|beard|shave|garden|garage|camping|boat|climbing|"
    r"expired|expiry|pharmacy return|dispose|disposal|recycl\w*|vet|dog|cat|sharps|bin)\b|"
    r"аллерг\w*|голов\w*|сумк\w*|头痛|頭痛|感冒|かばん|包里|الصداع|حقيب\w*"
)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(folded_pattern(p) for p in (MEANS, KEEP, OPEN, STATED, TRIVIAL))


def match_kept(reading: str) -> CrisisSignal | None:
    """A means, a keeping verb and an open purpose in one message, nothing trivial about it."""
    means, keep, open_purpose, stated, trivial = _patterns()
    found = means.search(reading)
    if found is None or keep.search(reading) is None or trivial.search(reading):
        return None
    flat = reading.replace(" | ", " ")
    if open_purpose.search(flat) is None or stated.search(flat):
        return None
    if re.search(r"razor|blade|lame|klinge|mesje|zyletk|jilet|cuchilla|lamina", found[0]):
        return CrisisSignal(category="self_harm", phrase=found.group(0), kind="self_harm")
    return CrisisSignal(category="suicide", phrase=found.group(0), kind="method")


# Going back to a blade after time clean: a relapse told without the word "cut".
RELAPSE = (
    r"\b(?:(?:went |gone |going |got )?back to|picked up|reached for) (?:the |my )?(?:blade|"
    r"razor|cutting|sh)\b|\brelapsed (?:on|with|into) (?:self ?harm|sh|cutting)\b"
)


@cache
def _relapse() -> re.Pattern[str]:
    return folded_pattern(RELAPSE)


def match_relapse(reading: str) -> CrisisSignal | None:
    """'went back to the blade last night after 3 months clean'."""
    found = _relapse().search(reading)
    if found is None:
        return None
    return CrisisSignal(category="self_harm", phrase=found.group(0), kind="self_harm")
