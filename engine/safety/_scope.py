"""Scopes that make a matched phrase ordinary: one mechanism, read at two stages.

Both stages ask of a phrase of some kind whether it is about something small where it
stands, with the word classes of `_scope_words` compiled once here. They differ on
purpose in *where* they read and *what* an ordinary answer costs:

- `hard_trivial`, on each match: the lexicon asks it of every match of a pattern, the
  compositional layer of every clause's signal, the detector of cue and context
  signals. It reads the match's clause or the whole reading for classes of ordinary
  message that borrow hard crisis wording: a cut of hair, bread or a finger; "kill
  myself" *of* laughter or work; not waking *until* an hour; gone *from* a meeting;
  vanishing of embarrassment, laughing; a threat over a trivial act, laughing; someone
  else's story (a documentary, "X writes about"); a means bought for a repair, a garden
  or pests, or kept from the children; not eating for a fast, a diet or a medical
  reason. An ordinary answer drops that match only: the layer goes on looking, so
  another phrase can still count.
- `trivially_scoped`, once on the final signal of the rule layers: it reads a short
  window of the phrase's clause (waking *before ten* or *to an alarm*, stopping existing
  *in group chats*, jumping off a bridge *in Minecraft*, smashed *at Mario Kart*, a
  character in a show, a desk or an itch, a move, building rules, a small medicine). An
  ordinary answer makes the whole message ordinary, and the semantic layer is not
  asked: so "i dont want to wake up before ten. i want to kill myself" reads ordinary
  too (the lexicon returned the first phrase); moving a class to the first stage would
  close that, at the price of changing what the classes decide today.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from engine.safety import _scope_words as w
from engine.safety._compose_classes import folded_pattern
from engine.safety._compose_hard import unnegated
from engine.safety._compose_hard_words import FOOD_TRIVIAL
from engine.safety._kept import KEPT_SAFE, MEANS
from engine.safety._kinds import CrisisSignal


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    classes = {
        # Read on each match.
        "cut": w.CUT_EVERYDAY,
        "ideation": "|".join(f"(?:{p})" for p in w.IDEATION_TRIVIAL),
        "threat": w.JOKED_THREAT,
        "framed": w.FRAMED,
        "repair": w.METHOD_REPAIR,
        "food": FOOD_TRIVIAL,
        "kept": KEPT_SAFE,
        "means": MEANS,
        # Phrases of a means or of "doing it" that a repair or a barbecue explains.
        "tools": r"^\s*(?:do it|charcoal|hose|rope|tape|duct tape)\s*$",
        # A push on a swing, a drum hit: play, not a blow.
        "play": r"\b(?:swing|balanco|columpio|balancoire|schaukel|altalena|schommel|hustawk\w*|"
        r"salincak|ayunan|jhoola|drums?|drum kit|bateria|tambour|schlagzeug|batteria|trommel|"
        r"perkusj\w*|davul|gendang|dhol)\b|качел\w*|ブランコ|秋千|مرجيحه",
        "poison": r"\b(?:racun|poison|veneno|gift|trucizn\w*|zehir|zeher|jahar)\b|яд|毒|سم",
        "owned": r"\b(?:me|my|myself|i|im)\b|我|自分|私",
        # Read around the final signal's phrase.
        "wake_before": w.WAKE_BEFORE,
        "wake": w.WAKE,
        "wake_time": w.WAKE_TIME,
        "small_place": w.SMALL_PLACE,
        "grave": w.GRAVE,
        "stop_being": w.STOP_BEING,
        "game": w.VIDEO_GAME,
        "score": w.SCORE,
        "desk": w.DESK,
        "way": w.WAY_ELSE[0],
        "way_to": w.WAY_ELSE[1],
        "rules": w.BUILDING_RULES,
        "medicine": w.SMALL_MEDICINE,
        "other_had": w.OTHER_HAD,
        "now_well": w.NOW_WELL,
        "first_person": w.FIRST_PERSON,
        "screen": w.SCREEN,
        "character": w.CHARACTER,
        "skin": w.SKIN,
        "stakes": w.STAKES,
        "moving": w.MOVING,
    }
    return {name: folded_pattern(p) for name, p in classes.items()}


@dataclass(frozen=True, slots=True)
class _Around:
    """A matched phrase of a kind, where it was read, and the whole reading.

    `before` and `after` are the phrase's clause on either side of it; only the final
    stage splits the clause so (a match's clause may not even hold the phrase: the
    compositional layer passes the raw clause of a cleaned one).
    """

    kind: str
    phrase: str
    clause: str
    reading: str
    before: str = ""
    after: str = ""


def _ordinary_match(p: dict[str, re.Pattern[str]], a: _Around) -> bool:
    bare = a.kind == "word" or (a.kind == "self_harm" and not p["owned"].search(a.phrase))
    if bare and p["framed"].search(a.reading):
        return True
    if a.kind == "self_harm":
        return p["cut"].search(a.clause) is not None
    poison = a.kind == "preparation" and p["poison"].search(a.phrase)
    if a.kind == "method" or poison or (a.kind != "abuse" and p["tools"].search(a.phrase)):
        return bool(p["repair"].search(a.reading) or unnegated(p["kept"], a.reading))
    if a.kind == "abuse":
        return p["play"].search(a.reading) is not None
    if a.kind == "starvation":
        return bool(unnegated(p["food"], a.reading))
    if a.kind == "ideation":
        # A means kept for a trip or from the children ("las pastillas guardadas para el viaje").
        kept = p["means"].search(a.phrase) and unnegated(p["kept"], a.reading)
        return bool(kept or p["ideation"].search(a.clause) or p["threat"].search(a.reading))
    return False


def hard_trivial(kind: str, phrase: str, clause: str, reading: str) -> bool:
    """True when a match of `kind` sits in one of the ordinary classes read on each match."""
    return _ordinary_match(_patterns(), _Around(kind, phrase, clause, reading))


def _small_time_or_place(p: dict[str, re.Pattern[str]], a: _Around) -> bool:
    wake = a.kind in ("ideation", "word") and p["wake"].search(a.phrase)
    if wake and (p["wake_time"].search(a.after) or p["wake_before"].search(a.before[-25:])):
        return True
    if a.kind == "ideation" and p["stop_being"].search(a.phrase):
        near = a.before[-45:] + " " + a.phrase + a.after[:45]
        return bool(p["small_place"].search(near)) and not p["grave"].search(near)
    return False


def _someone_else(p: dict[str, re.Pattern[str]], a: _Around) -> bool:
    if a.kind not in ("word", "ideation", "method") or p["first_person"].search(a.after):
        return False
    if a.kind != "method" and p["other_had"].search(a.before[-50:]):
        return bool(p["now_well"].search(a.after))
    return bool(p["screen"].search(a.reading) and p["character"].search(a.before))


def _other_task(p: dict[str, re.Pattern[str]], a: _Around) -> bool:
    if a.kind == "self_harm":
        return bool(
            p["desk"].search(a.before[-40:] + " " + a.after[:40]) or p["skin"].search(a.reading)
        )
    if a.kind == "abuse" and p["stakes"].search(a.after[:60]):
        return True
    if a.kind == "preparation" and p["moving"].search(a.reading):
        return True
    if a.kind == "ideation":
        return bool(p["way"].search(a.phrase) and p["way_to"].match(a.after))
    if a.kind == "method" and (
        p["rules"].search(a.before + " " + a.after) or p["medicine"].search(a.after[:30])
    ):
        return True
    if a.kind in ("method", "abuse"):
        near = a.before[-60:] + " " + a.phrase + a.after[:50]
        return bool(p["game"].search(near) or (a.kind == "abuse" and p["score"].search(near)))
    return False


def trivially_scoped(reading: str, signal: CrisisSignal) -> bool:
    """True when the signal's phrase is scoped to something small right where it stands."""
    start = reading.find(signal.phrase) if signal.phrase else -1
    if start < 0:
        return False
    end = start + len(signal.phrase)
    left = reading.rfind(" | ", 0, start)
    right = reading.find(" | ", end)
    begin, stop = left + 3 if left >= 0 else 0, right if right >= 0 else len(reading)
    around = _Around(
        kind=signal.kind,
        phrase=signal.phrase,
        clause=reading[begin:stop],
        reading=reading,
        before=reading[begin:start],
        after=reading[end:stop],
    )
    p = _patterns()
    return any(check(p, around) for check in (_small_time_or_place, _someone_else, _other_task))
