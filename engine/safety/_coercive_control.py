"""Coercive control by someone close, read across the whole message.

No single sentence says "abuse": a wage or pension taken, a phone read or taken, a door
locked, a blow that follows a condition ("if I ask for more he throws things"), a threat
("he'll find me", "she'll stop coming and Mum ends up in a home"), a plea for secrecy
("please don't call"). Two different marks of control in one message, told of a
partner, a relative or a carer, are abuse; any one of them alone is an ordinary
household ("my husband does our budget", "dad locks the door at eleven", "my son took
my phone to fix it"). Agreement ("my idea", "we agreed") and repairs stay ordinary.
"""

from __future__ import annotations

import re
from functools import cache

from engine.safety._compose_classes import folded_pattern
from engine.safety._kinds import CrisisSignal

CLOSE = (
    r"\b(?:husband|wife|partner|boyfriend|girlfriend|ex|fiance\w*|dad|father|stepdad|mum|mom|"
    r"mother|son|daughter|brother|sister|uncle|in ?laws|carer|caregiver|he|she|"
    r"marido|esposo|esposa|pareja|novio|novia|padre|papa|madre|hijo|hermano|mari|copain|pere|"
    r"mere|fils|frere|mann|freund|vater|mutter|sohn|bruder|marito|fidanzato|padre|figlio|"
    r"fratello|namorado|pai|mae|filho|irmao|man|vriend|vader|moeder|zoon|broer|maz|chlopak|"
    r"ojciec|tata|matka|syn|brat|kocam|esim|sevgilim|babam|annem|oglum|abim|suami\w*|pacar\w*|"
    r"ayah\w*|bapak\w*|ibu\w*|anak\w*|kakak\w*|pati|sasur\w*|saas|papa|bhai|beta)\b|"
    r"муж\w*|парн\w*|отец|отчим|мать|сын\w*|брат\w*|夫|彼氏|父|母|息子|兄|老公|男朋友|爸|妈|儿子|"
    r"哥|زوجي|ابي|اخي|ابني"
)
MONEY = (
    r"\b(?:takes? (?:all )?(?:my|her|his) (?:paycheck|pay|salary|wages?|pension|money|card|cards)|"
    r"(?:get to|access|touch) (?:my|her) (?:own )?(?:bank )?(?:account|money|savings)|controls? "
    r"(?:my|her|all (?:my|our)) (?:account|money|finances|bank|card)|gives me \W?\$?\d+ a week|"
    r"borrowing money|(?:salary|wages|pension|pay) (?:\w+ ){0,2}goes (?:in)?to|"
    r"(?:se queda|me quita) (?:con )?(?:mi|su) (?:sueldo|salario|pension|dinero)|"
    r"prend (?:mon|sa) (?:salaire|argent)|kontrolliert (?:mein|ihr) (?:konto|geld)|"
    r"nimmt (?:mir )?mein (?:gehalt|geld)|gestisce la (?:sua )?pensione|non le da niente|"
    r"(?:pega|fica com) (?:meu|o meu) (?:salario|dinheiro)|(?:pakt|neemt) mijn (?:salaris|geld)|"
    r"zabiera (?:mi )?(?:pensje|pieniadze|wyplate)|maasimi (?:elimden )?ali\w*|parami ali\w*|"
    r"(?:ambil|nyita|pegang) (?:gaji|uang)(?:ku| aku| saya)?|gaji(?:ku| aku| saya) (?:diambil|"
    r"dipegang)|salary (?:bhi )?(?:\w+ ){0,3}account mein|paise (?:le|chheen) le\w*)\b|"
    r"(?:забирает|отбирает) (?:мою |всю )?(?:зарплат\w*|пенси\w*|деньги)|給料を(?:取り上げ|全部取)|"
    r"工资(?:都)?被(?:他|她)?(?:拿走|收走)|ياخذ راتبي"
)
HURT = (
    r"\b(?:(?:he|she) (?:throws things|hits me|beats me|slaps me|shoves me|pushes me|yells|"
    r"screams)|throws things|physically|hurt me|pushed me|shoved me|(?:me pega|me golpea|"
    r"me empuja)|"
    r"(?:me frappe|me bat)|(?:schlagt mich|gegen die tur gestossen|hat mich \w+ gestossen)|"
    r"(?:mi picchia|mi mena)|(?:me bate|me empurr\w*)|(?:slaat me|duwt me)|(?:bije mnie|"
    r"uderza mnie)|dov(?:uyor|du|er|ecek)\w*|vuruyor|(?:mukul|nampar|gampar)\w*|maar\w*ge|maarta|"
    r"peet(?:ta|te|ega|enge))\b|"
    r"(?:бьет|бьёт|ударил\w*|толкнул\w*)|殴られ|殴る|打我|推我|يضربني"
)
CONFINE = (
    r"\b(?:locks? (?:me|her|him|the door)|locked (?:me|her) in|keeps? (?:me|her) locked|not "
    r"allowed (?:to|on|out)|wont let me (?:leave|go out|see|use)|(?:checks?|reads?|goes through) "
    r"(?:my|her) (?:phone|messages|texts|email)|took my phone|takes my phone|"
    r"(?:me revisa|revisa mi) (?:el )?(?:celular|movil|telefono)|no me deja salir|"
    r"(?:fouille|lit) mes messages|liest meine nachrichten|sperrt mich ein|chiusa in casa|"
    r"chiuso in casa|mi chiude|le mi\w* messaggi|le minhas mensagens|tranca (?:a porta|me)|"
    r"leest mijn berichten|sluit me op|czyta moje wiadomosci|zamyka mnie|telefonumu (?:kontrol "
    r"ediyor|aliyor)|beni (?:eve )?kilitliyor|(?:hp|hape)ku (?:dicek|diambil)|phone le le\w*|"
    r"bahar nahi jaane)\b|проверяет (?:мой )?телефон|читает мои|запирает|携帯を(?:見る|取り上げ)|"
    r"查我手机|锁在家|يفتش هاتفي|يقفل علي"
)
THREAT = (
    r"\b(?:(?:he|she)(?:ll| will) (?:find|kill|hurt) (?:me|us)|make sure i never see|(?:regret|"
    r"pay for) it|if (?:i|she|he|you) (?:tell|tells|told) anyone|end up in a home|throw me out|"
    r"(?:me )?(?:va a|me) encontrar|findet er mich|findet (?:sie|er) mich|mi trovera|vai me "
    r"achar|vindt hij me|znajdzie mnie|beni bulur|bakal nyari aku|ghar se nikaal\w*)\b|"
    r"найдет меня|найдёт меня|見つけ出す|找到我|سيجدني"
)
SECRECY = (
    r"\b(?:please dont call|dont call me|do not call|if (?:he|she) finds out|found out id been|"
    r"on my work laptop now|no me llames|ne m appelle pas|ruf (?:mich )?nicht an|non chiamarmi|"
    r"nao me ligue|bel me niet|nie dzwon|beni arama|jangan telepon)\b|не звони|電話しないで|"
    r"别打电话"
)
DRINK = r"\b(?:drinking|drunk|borracho|bebe|ivre|betrunken|ubriaco|bebado|dronken|pijany|sarhos)\b"
AGREED = (
    r"\b(?:my idea|i asked (?:him|her|them)|we agreed|digital detox|to fix it|for repairs?|"
    r"house rule|budgeting app|joint decision|mi idea|mon idee|meine idee|mia idea|minha ideia)\b"
)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    parts = (CLOSE, AGREED, MONEY, HURT, CONFINE, THREAT, SECRECY, DRINK)
    return tuple(folded_pattern(p) for p in parts)


def match_coercive_control(reading: str) -> CrisisSignal | None:
    """Two marks of control (money, blows, confinement, threats, secrecy) by someone close."""
    close, agreed, *marks = _patterns()
    flat = reading.replace(" | ", " ")
    if close.search(flat) is None or agreed.search(flat) is not None:
        return None
    found = [m for pattern in marks if (m := pattern.search(flat)) is not None]
    if len(found) < 2:
        return None
    return CrisisSignal(category="abuse", phrase=found[0].group(0), kind="abuse")
