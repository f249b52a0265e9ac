"""Not wanting to live *somewhere* or *some way*: a place or a way of life, not life itself.

"artık bu şehirde yaşamak istemiyorum, taşınıyoruz", "не хочу больше жить в этой квартире",
"tô cansada de viver na correria", "ab is sheher mein jeene ka mann nahi karta": the verb of
living has a place or a way of living as its complement, or the message says the speaker is
moving. "I don't want to live anymore" has neither and stays a crisis; "I don't want to live
in this world" names the world, which is no place one moves from.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns

# A place or a way of living right after the verb of living.
PLACE = (
    r"\b(?:live|living|viver|vivir|vivre|leben|vivere|leven|zyc|yasamak|jeene|hidup) (?:\w+ )?"
    r"(?:in (?:this|that|the|a|my) (?:city|town|flat|apartment|house|country|place|dorm)|"
    r"na correria|en esta (?:ciudad|casa)|dans (?:cette|ce) (?:ville|appart\w*|"
    r"maison)|in (?:dieser|der) (?:stadt|wohnung)|in questa (?:citta|casa)|"
    r"nessa cidade|in deze (?:stad|flat|woning)|op kantoorkoffie|w tym (?:miescie|"
    r"mieszkaniu)|z tym \w+|di kota ini)\b|\b(?:bu sehirde|bu evde|is sheher mein|is "
    r"ghar mein)\b|(?:жить|живу) (?:\w+ )?в (?:этой|этом) (?:квартире|городе|доме)|"
    r"この(?:部屋|街|家)"
    r"に(?:は)?(?:もう)?住みたくない|في (?:هالمدينه|هالبيت|هذي المدينه)"
)
MOVING = (
    r"\b(?:we re moving|were moving|moving (?:house|flat|out|abroad|to (?:a new|another) "
    r"(?:city|flat|apartment|house|country))|relocating|nos mudamos|mudanza|on demenage|"
    r"demenagement|wir ziehen um|umzug|ci trasferiamo|trasloco|vamos mudar|mudanca|we verhuizen|"
    r"verhuizing|przeprowadzamy sie|przeprowadzka|tasiniyoruz|tasinma|shift ho rahe|pindah "
    r"rumah|kami pindah)\b|переезжаем|переезд|引っ越す|引っ越し|搬家|بننتقل|بنتنقل|ننتقل"
)


def life_elsewhere(flat: str, phrase: str) -> bool:
    """True when the phrase's own verb of living has a place or a way of life as its
    complement ("… live in this city"), or "here"/"there" when the speaker is moving.

    Only the phrase's complement counts: "we're moving, and honestly I don't want to live
    anymore" and "I'd rather be dead than live in this city" stay a crisis.
    """
    place, moving = folded_patterns(PLACE, MOVING)
    start = flat.find(phrase)
    if start < 0:
        return False
    end = start + len(phrase)
    # the place right before or after the verb ("bu şehirde yaşamak istemiyorum")
    if any(m.start() <= end + 1 and m.end() >= start - 1 for m in place.finditer(flat)):
        return True
    after = flat[end:].lstrip()
    return after.startswith(("here", "there")) and moving.search(flat) is not None
