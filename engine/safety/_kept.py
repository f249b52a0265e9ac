"""A means kept back, in the two readings the detector gives it.

- *Across the message, with an open purpose* (`match_kept`, a whole-message shape):
  "I've kept the pills from my last prescription, just in case", "Saved up my tablets
  for months. There are enough now.", "i keep a blade in my pencil case for when it gets
  bad": a means (`MEANS`: pills, a blade, a rope, singular or plural), a keeping or
  saving verb (`KEEP`) and an *open* purpose — "just in case" with nothing after it,
  "enough now", "for when it gets bad", nobody knowing. A purpose that is stated ("in
  case my tooth flares up"), a trivial medicine (for allergies, headaches) or carrying
  it in a bag keeps it ordinary. A blade is self-harm, the rest a method.
- *Close together* (a rule of `_compose_hard`, read within its window, negations and
  jokes honoured): a means one keeps to die by (`STASH_MEANS`: plural pills, blades, a
  gun, a hose; not the pill taken for a cold) beside a keeping that is itself the sign
  (`STASHED`: collected, hidden, counted, in the drawer, "just in case"), no purpose
  needed — unless an ordinary reason (`STASH_TRIVIAL`, and both of the first reading's
  `TRIVIAL` and `STATED`). Always a method.

The two differ on purpose: the close reading is loose about purpose, so its means are
narrow; the open-purpose reading accepts any means, so it needs the purpose left open.
Going back to a blade after time clean (`match_relapse`) is read here too.
"""

from __future__ import annotations

import re
from functools import cache

from engine.safety._compose_classes import folded_pattern, folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

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


# --- The close reading: the classes of `_compose_hard`'s rule for a kept means. ---

# Means one keeps to die by (not the pills taken for a cold).
STASH_MEANS = (
    r"\b(?:pills|tablets|meds|medication|painkillers|oxy\w*|opioids|sleeping pills|razor ?blades|"
    r"blades|gun|pistol|revolver|rope|hose|charcoal|pastillas|medicamentos|cuchillas|pistola|"
    r"cuerda|comprimidos|remedios|laminas|medocs|medicaments|cachets|boites de \w+|lames|"
    r"pistolet|corde|pillole|farmaci|lamette|pistola|corda|tabletten|pillen|schlaftabletten|"
    r"rasierklingen|klingen|pistole|waffe|seil|strick|pillen|scheermesjes|mesjes|pistool|touw|"
    r"tabletki|tabletek|opakowania tabletek|zyletki|pistolet|sznur|hap\w*|ilac\w*|jilet\w*|"
    r"tabanca|goliyan|goli|blade|bandook|obat\w*|silet|pistol|tali)\b|"
    r"таблетк\w*|лезви\w*|пистолет|ружь\w*|верёвк\w*|веревк\w*|薬|カミソリ|ロープ|銃|"
    r"药|安眠药|刀片|枪|绳|حبوب|شفرات|مسدس|حبل|गोलियां|ब्लेड|बंदूक|रस्सी"
)
# Keeping them: collected, put aside, counted, in the drawer, held "just in case".
STASHED = (
    r"\b(?:collect\w*|saving|saved up|stockpil\w*|hoard\w*|put aside|set aside|hid(?:den|ing)?|"
    r"counting|count them|keep counting|in (?:my|the) (?:drawer|nightstand|bedside)|just in case|"
    r"hold (?:it|them)|holding (?:it|them)|juntando|guardando|escondid\w*|por si acaso|"
    r"guardei|escondi|por via das duvidas|de cote|au cas ou|cache\w*|da parte|nel cassetto|"
    r"per ogni evenienza|gesammelt|sammle|versteckt|schublade|nachttisch|fur den fall|"
    r"halte sie|hol sie|verzameld|verstopt|voor het geval|na wszelki wypadek|w szufladzie|"
    r"zbieram|schowal\w*|biriktir\w*|sakladim|cekmece\w*|ne olur ne olmaz|jama kar|chhupa\w*|"
    r"simpan\w*|kukumpulin|ngumpulin|kusimpan|buat jaga jaga)\b|"
    r"коплю|собираю|спрятал\w*|на всякий случай|в ящике|貯め|集めて|隠して|念のため|"
    r"攒|存了|藏|以防万一|抽屉|جمعت|خبيت|خبأت|للاحتياط|जमा|छुपा"
)
# Kept safe from the children or packed for a trip: not a hoard.
KEPT_SAFE = (
    r"\b(?:out of reach|childproof|child proof|viaggio|viaje|viagem|voyage|reise|podroz\w*|"
    r"seyahat|yatra|perjalanan|trip)\b|"
    r"\b(?:from|of|for|so|because of|por causa d[aeo]s?|de los|de las|des|dei|per i|voor de|vor "
    r"den|wegen der|dla|przez|karena|soalnya|biar|cocuklar icin) (?:the |my |our |los |las |as |"
    r"os |les |i |le |die |den |moje )?(?:kids|children|child|toddler|ninos|criancas|enfants|"
    r"bambini|kinder|kinderen|dzieci|cocuklar|bacche|anak anak|anak)\b|"
    r"(?:от|из-за) детей|孩子(?:够不着|拿不到)|子供の手の届かない|بعيد عن الاولاد|बच्चों से दूर"
)
# The ordinary reasons one has them: a prescription, pests, shaving, a garden, a trip.
STASH_TRIVIAL = (
    r"\b(?:prescri\w*|pharmac\w*|doctor|dr|vet|expired|dispos\w*|return\w* (?:them|it)|"
    r"rats?|mice|mouse|ants|pests?|cockroach\w*|tikus|semut|kecoa|shav\w*|garden|sprinkler|"
    r"leak\w*|hobby|camp\w*|receta|raton\w*|ratas|rasier\w*|"
    r"ratten|mause|souris|topi|ratti|ratos|fare|muizen|myszy|szczury|chuhe|for the week|"
    r"organi[sz]er|pill box|dolor de cabeza|dor de cabeca|mal de tete|mal di testa|kopfschmerz\w*|"
    r"hoofdpijn|bol glowy|bas agrisi|sir dard|sakit kepala|repair\w*|fix\w*|barbecue|bbq|grill\w*|"
    r"asado|churrasco)\b|крыс|мыш|ネズミ|老鼠|فيران|فئران|चूहे|" + KEPT_SAFE
)


def match_kept(reading: str) -> CrisisSignal | None:
    """A means, a keeping verb and an open purpose in one message, nothing trivial about it."""
    means, keep, open_purpose, stated, trivial = folded_patterns(MEANS, KEEP, OPEN, STATED, TRIVIAL)
    found = means.search(reading)
    if found is None or keep.search(reading) is None or trivial.search(reading):
        return None
    flat = flattened(reading)
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
