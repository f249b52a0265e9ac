"""Plans and reports that make a suicide-category phrase ordinary.

- a date picked for a party, a wedding, a birthday ("heb de datum gekozen, uitnodigingen
  voor het verjaardagsfeest liggen klaar");
- something given up for a while ("deleted my socials for a month, digital detox");
- someone else's dark thoughts reported with the help that followed ("a colleague told me
  he'd been having dark thoughts, we called the EAP line together");
- leaving *early* that nobody would notice ("si je partais plus tôt le vendredi").

The report stays a crisis when the speaker joins in ("and honestly I feel the same").
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal

EVENT = (
    r"\b(?:party|birthday|wedding|invitations?|fiesta|cumpleanos|boda|invitaciones|fete|"
    r"anniversaire|mariage|geburtstag|hochzeit|einladungen|festa|compleanno|matrimonio|inviti|"
    r"aniversario|casamento|convites|feest\w*|verjaardag\w*|bruiloft|uitnodigingen|urodzin\w*|"
    r"slub\w*|zaproszenia|dogum gunu|dugun|davetiye\w*|ulang tahun|pernikahan|undangan|shaadi|"
    r"janamdin)\b|день рождения|свадьб\w*|приглашени\w*|誕生日|結婚式|生日|婚礼|عيد ميلاد|زفاف"
)
FOR_A_WHILE = (
    r"\b(?:(?:for|during) (?:a|one|two|three|\d+) (?:weeks?|months?|weekend|days)|detox|"
    r"week \d+ done|durante un mes|por un mes|pendant un mois|einen monat lang|per un "
    r"mese|por um mes|een maand lang|przez miesiac|bir ay boyunca|sebulan|ek mahine)\b|на месяц|"
    r"一ヶ月|一个月"
)
REPORTED = (
    r"\b(?:(?:colleague|coworker|co worker|friend|brother|sister|neighbou?r|client|teammate|"
    r"someone|son|daughter|student) (?:\w+ )?told me (?:that )?(?:he|she|they)\w*|(?:me )?(?:conto|"
    r"dijo) que (?:el|ella)|m ?a (?:dit|raconte) qu ?(?:il|elle)|hat mir erzahlt|mi ha (?:detto|"
    r"raccontato) che|me contou que|vertelde (?:me|mij) dat (?:hij|zij|ze)|powiedzial\w* mi,? ze|"
    r"bana (?:\w+ )?(?:soyledi|anlatti)|cerita ke aku (?:kalau|bahwa) dia|ne mujhe bataya)\b|"
    r"рассказал\w* мне|と打ち明けられ|告诉我(?:他|她)"
)
HELPED = (
    r"\b(?:called|helped|seeing someone|eap|hotline|helpline|therapist|counsell?or|went with "
    r"(?:him|her)|sat with (?:him|her)|support\w*|ayuda|aide|hilfe|aiuto|ajuda|hulp|pomoc|yardim|"
    r"bantuan|madad)\b|помощ\w*|相談|帮助"
)
JOINED = r"\b(?:i feel the same|me too|same here|so do i|like me)\b"
# A leaving verb ends the phrase: "si je partais" (plus tôt), "if I left" (early).
LEAVING = (
    r"(?:leave|left|went|go|gone|partais|partir|parti|gehe|ginge|ging|me fuera|me iba|andassi|"
    r"andassi via|sair|saisse|wegging|wyszedl\w*|wyszla|gitsem|gidersem|pergi|chala jaun)$|"
    r"(?:уйду|ушел|ушла|уходил\w*)$"
)
EARLY = (
    r"^(?: \S+){0,1} (?:earlier|early|plus tot|fruher|antes|prima|mais cedo|eerder|wczesniej|"
    r"erken|lebih awal|jaldi)\b|^(?: \S+){0,1} (?:раньше|早く|早点)"
)

# One's own attempt long past, told with how one is now ("I tried to kill myself when I was 19.
# That was 12 years ago, lots of therapy since and I'm doing well"): both are needed.
LONG_AGO = (
    r"\b(?:when i was (?:\d+|a teen\w*|younger|in (?:school|college|uni))|\d+ years ago|years "
    r"ago|as a teen\w*|cuando tenia \d+|hace \d+ anos|quand j ?avais \d+|il y a \d+ ans|als ich "
    r"\d+ war|vor \d+ jahren|quando avevo \d+|\d+ anni fa|quando eu tinha \d+|ha \d+ anos|toen "
    r"ik \d+ was|\d+ jaar geleden|gdy mialem \d+|\d+ lat temu|\d+ yil once|\d+ tahun lalu|\d+ "
    r"saal pehle)\b|\d+ лет назад|\d+年前|قبل \d+ سنين"
)
NOW_WELL = (
    r"\b(?:(?:im|i m|i am) (?:doing )?(?:well|fine|ok|okay|good|stable|healthy) now|doing well|"
    r"recovered|lots of therapy|years of therapy|in recovery|me va bien|estoy bien|je vais bien|"
    r"mir geht es (?:heute )?gut|sto bene|estou bem|het gaat goed|czuje sie dobrze|iyiyim|udah "
    r"baik|ab theek)\b|сейчас вс[её] хорошо|今は元気|现在很好|الحين بخير"
)


def plan_scoped(flat: str, signal: CrisisSignal) -> bool:
    """True when a suicide-category phrase belongs to an event, a pause, a report or a shift."""
    parts = (EVENT, FOR_A_WHILE, REPORTED, HELPED, JOINED, LEAVING, EARLY, LONG_AGO, NOW_WELL)
    event, for_a_while, reported, helped, joined, leaving, early, long_ago, now_well = (
        folded_patterns(*parts)
    )
    if long_ago.search(flat) and now_well.search(flat):
        return True
    # "similar": the semantic layer reads a date picked as a plan to die.
    planned = signal.kind in ("preparation", "similar")
    if planned and (event.search(flat) or for_a_while.search(flat)):
        return True
    if reported.search(flat) and helped.search(flat) and not joined.search(flat):
        return True
    end = flat.find(signal.phrase) if leaving.search(signal.phrase) else -1
    return end >= 0 and early.match(flat[end + len(signal.phrase) :]) is not None
