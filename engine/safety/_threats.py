"""A threat to kill the speaker from a partner or an ex, in any of the fifteen languages.

"mi ex me dijo que me va a matar si salgo con otro", "муж сказал, что убьёт меня,
если я уйду": someone close, a killing with the speaker as its object, and a
condition (if I leave, if I tell). A parent or a sibling joking about a spoiled
finale or a late night stays ordinary (laughter, small stakes).
"""

from __future__ import annotations

import re
from functools import cache

from engine.safety._compose_abuse import AGENT
from engine.safety._compose_classes import folded_pattern
from engine.safety._guards import ABUSE_TRIVIAL

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


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(folded_pattern(p) for p in (KILL_ME, CONDITION, PARTNER, SMALL_STAKES, AGENT))


def threatened_with_death(reading: str) -> str | None:
    """A partner or an ex who says they will kill the speaker if they leave or tell."""
    kill_me, condition, partner, small, _agent = _patterns()
    flat = reading.replace(" | ", " ")
    found = kill_me.search(flat)
    if found is None or partner.search(flat) is None or condition.search(flat) is None:
        return None
    if small.search(flat) or ABUSE_TRIVIAL.search(flat):
        return None
    return found.group(0)
