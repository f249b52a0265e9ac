"""Abuse read across the whole message, in any of the fifteen languages.

A threat to kill the speaker from a partner or an ex: "mi ex me dijo que me va a matar
si salgo con otro", "муж сказал, что убьёт меня, если я уйду": someone close, a killing
with the speaker as its object, and a condition (if I leave, if I tell). A parent or a
sibling joking about a spoiled finale or a late night stays ordinary (laughter, small
stakes).

An older parent's money taken by family, kept with force or control: "My son takes my
pension every month and shoves me if I ask for it back". Family that helps with it stays
ordinary.

Both are classes that must all be in the message, none of an ordinary few (`_told`);
within one clause, abuse is read by `_compose_abuse`.
"""

from __future__ import annotations

import re

from engine.safety._compose_abuse import HURT
from engine.safety._compose_classes import folded_patterns
from engine.safety._guards import ABUSE_TRIVIAL, is_negated
from engine.safety._normalise import flattened

KILL_ME = (
    r"\b(?:(?:will|gonna|going to|ll|would|d) kill me|me tuerait|va me tuer|me tue|bringt mich "
    r"um|mich umbringen|mi ammazza|mi ammazzera|mi uccide|mi uccidera|vai me matar|me mata|me "
    r"va a matar|me matara|me vermoordt|me vermoorden|mnie zabije|zabije mnie|beni oldurece\w*|"
    r"oldurecegini|bunuh aku|bakal bunuh|maar dal\w*|maar daal\w*)\b|убь[её]т меня|убить меня|"
    r"殺す|杀了我|يقتلني"
)
CONDITION = (
    r"\b(?:if|unless|when|si|wenn|falls|se|als|jesli|jezeli|jak|kalau|kalo|agar)\b|\w+(?:rsam|"
    r"rsem)\b|если|ако|لو|اذا|如果|たら"
)
PARTNER = (
    r"\b(?:husband|wife|boyfriend|girlfriend|partner|bf|gf|ex|fiance|esposo|marido|novio|pareja|"
    r"namorad[oa]|mari|copain|conjoint|compagnon|mann|freund|marito|compagno|fidanzato|ragazzo|"
    r"vriend|man|maz|chlopak|kocam|sevgilim|esim|pati|suami\w*|pacar\w*)\b|муж|парень|夫|彼氏|"
    r"老公|丈夫|男朋友|زوجي|خطيبي"
)
SMALL_STAKES = (
    r"\b(?:spoil\w*|finale|episode|late|cake|taart|play|ps5|anniversary|hochzeitstag|birthday|"
    r"dishes|homework|haha\w*|ahah\w*|lol|mdr|kkk\w*|jaja\w*|xd|wkwk\w*|joke|joking)\b"
)
# An older parent's money taken by family, with force or control: "My son takes my pension
# every month and shoves me if I ask for it back", "mi nieto se queda con mi pensión".
KIN = (
    r"\b(?:son|daughter|grandson|granddaughter|nephew|niece|son in law|daughter in law|carer|"
    r"caregiver|stepson|hijo|hija|nieto|nieta|sobrino|sobrina|yerno|nuera|fils|fille|petit fils|"
    r"neveu|gendre|belle fille|sohn|tochter|enkel|enkelin|neffe|schwiegersohn|figlio|figlia|"
    r"nipote|genero|nuora|filho|filha|neto|neta|sobrinho|genro|nora|zoon|dochter|kleinzoon|neef|"
    r"schoonzoon|syn|corka|wnuk|ziec|oglum|kizim|torunum|damadim|anak\w*|cucu\w*|menantu\w*|"
    r"beta|beti|pota|damaad|bahu)\b|сын|дочь|внук|зять|息子|娘|孫|儿子|女儿|孙子|女婿|ابني|بنتي|حفيدي"
)
MONEY = (
    r"\b(?:pension|savings|bank card|cards?|money|benefits|account|cheques?|checks|pin|"
    r"jubilacion|pension|ahorros|tarjeta|dinero|retraite|economies|carte|argent|rente|"
    r"ersparnisse|karte|geld|pensione|risparmi|bancomat|soldi|aposentadoria|pensao|poupanca|"
    r"cartao|dinheiro|pensioen|spaargeld|pinpas|emerytur\w*|oszczednosci|pieniadze|"
    r"emekli maas\w*|maas\w*|birikim\w*|pensiun\w*|tabungan\w*|uang\w*|paise|bachat)\b|"
    r"пенси\w*|сбережени\w*|деньг\w*|年金|貯金|お金|退休金|养老金|存款|银行卡|معاش\w*|راتب\w*|"
    r"فلوس\w*|مدخرات\w*"
)
TAKES = (
    r"\b(?:takes?|took|taken|taking|has (?:my|all my)|keeps? my|controls?|took over|spends?|"
    r"makes? me sign|made me sign|forces? me to sign|"
    r"empt(?:ies|ied)|withdraws?|se queda con|me quita|quita|toma|prend|garde|nimmt|weg|"
    r"prende|si prende|fica com|tira|pakt|neemt|afgepakt|zabiera|zabral\w*|aliyor|alir|aldi|"
    r"mengambil|ambil|le leta|le leti|chheen\w*)\b|"
    r"забира\w*|отбира\w*|取り上げ|拿走|抢走|ياخذ|اخذ"
)
FORCE = (
    r"\b(?:(?:shouts?|yells?|screams?|swears?) at me|grabs? (?:me|my)|gets? (?:angry|violent)|"
    r"wont let me|won t let me|doesnt let me|makes me sign|forces me|locks? me|"
    r"bouscul\w*|schubs\w*|sping\w*|empurr\w*|itiyor|itti|iter|mendorong\w*|dorong\w*|"
    r"dhakka|dhakke|grita\w*|crie|schreit|urla|grita|schreeuwt|krzyczy|bagiriyor|"
    r"membentak|chillata|mi chiude|me encierra|m ?enferme|sperrt mich ein|me tranca|sluit me op|"
    r"zamyka mnie|beni kilitl\w*|mengurungku|band kar de\w*)\b|突き飛ば|толка\w*|кричит|"
    r"запира\w* меня|閉じ込め|把我锁|推我|يدفع\w*|يصرخ|يحبسني"
)
HELPS = (
    r"\b(?:helps?|helping|help me|for me|with me|ayuda|aide|hilft|mit mir|aiuta|ajuda|helpt|"
    r"pomaga|yardim|membantu|madad|cuida|gere|incentiva|namawia)\b|помога|手伝|帮|يساعد"
)


def _told(flat: str, needs: tuple[re.Pattern[str], ...], unless: re.Pattern[str]) -> bool:
    """Every class of `needs` in the message, neither `unless` nor an ordinary abuse frame."""
    if any(need.search(flat) is None for need in needs):
        return False
    return unless.search(flat) is None and ABUSE_TRIVIAL.search(flat) is None


def threatened_with_death(reading: str) -> str | None:
    """A partner or an ex who says they will kill the speaker if they leave or tell."""
    kill_me, condition, partner, small = folded_patterns(KILL_ME, CONDITION, PARTNER, SMALL_STAKES)
    flat = flattened(reading)
    found = kill_me.search(flat)
    if found is None or not _told(flat, (partner, condition), small):
        return None
    return found.group(0)


def money_taken_by_family(reading: str) -> str | None:
    """Family takes or controls the speaker's money and uses force or control to keep it."""
    kin, money, takes, force, hurt, helps = folded_patterns(KIN, MONEY, TAKES, FORCE, HURT, HELPS)
    flat = flattened(reading)
    if not _told(flat, (kin, money, takes), helps):
        return None
    found = force.search(flat) or hurt.search(flat)
    if found is None or is_negated(flat, found.start()):
        return None
    return found.group(0)
