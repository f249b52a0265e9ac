"""The detector: lexicon first, the semantic layer for what the lexicon does not say.

Policy: precision comes from the lexicon's guards, recall from its breadth; the
semantic layer adds a signal only on a clear margin over every ordinary
counter-exemplar *and* a high similarity to a crisis exemplar, so it catches
reworded crisis statements without flagging the idioms that share their words.
The LLM's risk field (when an LLM is configured) is the third layer and lives in
the turn, not here.
"""

from __future__ import annotations

from dataclasses import replace

from engine.safety._absence_wished import match_absence_wished
from engine.safety._affairs_in_order import match_affairs_in_order
from engine.safety._answers import match_answer
from engine.safety._blow_with_reason import match_blow_with_reason
from engine.safety._coercive_control import match_coercive_control
from engine.safety._compose import match_composed
from engine.safety._context import match_context, unquote_reported
from engine.safety._cues import match_cues
from engine.safety._danger_home import match_danger_home
from engine.safety._danger_seen import match_danger_seen
from engine.safety._decided_end import match_decided_end
from engine.safety._everyday_mishaps import everyday_scoped
from engine.safety._fading import match_fading
from engine.safety._farewell_care import match_farewell_care
from engine.safety._game_stakes import staked_on_a_game
from engine.safety._goodbye_reason import match_goodbye_reason
from engine.safety._guards import DENIED_QUESTION, blank_idioms
from engine.safety._harm_again import match_harm_again
from engine.safety._hidden_marks import match_hidden_marks
from engine.safety._kept import match_kept, match_relapse
from engine.safety._kinds import CrisisSignal
from engine.safety._ko_vi_sv import match_ko_vi_sv
from engine.safety._lethal_access import match_lethal_access
from engine.safety._lexicon import match_lexicon
from engine.safety._means_quantity import match_means_quantity
from engine.safety._method_acts import match_method_acts
from engine.safety._method_question import match_method_question
from engine.safety._no_future import match_no_future
from engine.safety._normalise import CLAUSE_BREAK, readings
from engine.safety._others_in_danger import match_others_in_danger
from engine.safety._passive_everyday import match_passive
from engine.safety._recovered import learned_or_long_past
from engine.safety._scope import hard_trivial, trivially_scoped
from engine.safety._semantic import similarity_of_reading
from engine.safety._someone_at_risk import match_someone_at_risk
from engine.safety._starving_danger import match_starving_danger
from engine.safety._threats import money_taken_by_family, threatened_with_death
from engine.safety._wish_means import match_wish_means
from engine.safety._wished_seen_intl import match_wished_seen_intl

# Tuned on the development split of tests/safety/ only (see benchmarks/safety.py).
SEMANTIC_MIN_SIMILARITY = 0.6
SEMANTIC_MIN_MARGIN = 0.3


def _composed(found: tuple[str, ...]) -> CrisisSignal | None:
    plain = blank_idioms(found[0])
    for index, reading in enumerate(found):
        signal = match_composed(plain if index == 0 else blank_idioms(reading))
        # A variant reading (leetspeak, stretched letters) counts only for what it changed:
        # the plain reading already judged a phrase it shares ("at 7am" read as "at tam").
        if signal is not None and (index == 0 or signal.phrase not in plain):
            return CrisisSignal(
                category=signal.category, phrase=signal.phrase, kind=signal.kind, layer="compose"
            )
    return None


def warm_up() -> None:
    """Compile the whole-message shapes now rather than on the first message."""
    _whole_message("warm up", "warm up")
    trivially_scoped("warm up", CrisisSignal(category="suicide", phrase="warm", kind="ideation"))


def _whole_message(plain: str, raw: str) -> CrisisSignal | None:
    """Shapes read across the message: a bare answer, a means kept, money taken, passive words.

    A method question is read before idioms are blanked: "om dood te gaan" is an idiom of
    boredom, not when it follows "the quickest painless way".
    """
    for match, reading in (
        (match_answer, plain),
        (match_kept, plain),
        (match_relapse, plain),
        (match_passive, plain),
        (match_farewell_care, plain),
        (match_method_question, raw),
        (match_fading, plain),
        (match_lethal_access, plain),
        (match_coercive_control, plain),
        (match_method_acts, plain),
        (match_no_future, plain),
        (match_affairs_in_order, plain),
        (match_hidden_marks, plain),
        (match_decided_end, plain),
        (match_means_quantity, plain),
        (match_absence_wished, plain),
        (match_goodbye_reason, plain),
        (match_danger_home, plain),
        (match_harm_again, plain),
        (match_blow_with_reason, plain),
        (match_others_in_danger, plain),
        (match_someone_at_risk, plain),
        (match_starving_danger, plain),
        (match_ko_vi_sv, plain),
        (match_danger_seen, plain),
        (match_wish_means, plain),
        (match_wished_seen_intl, plain),
    ):
        signal = match(reading)
        if signal is not None:
            return replace(signal, layer="compose")
    taken = money_taken_by_family(plain) or threatened_with_death(plain)
    if taken is not None:
        return CrisisSignal(category="abuse", phrase=taken, kind="abuse", layer="compose")
    return None


def _ruled(found: tuple[str, ...], compact: str | None) -> CrisisSignal | None:
    signal = match_lexicon(found, compact)
    if signal is not None:
        return signal
    plain = blank_idioms(found[0])
    for signal in (match_cues(plain), _composed(found), match_context(plain)):
        # A harmless class beside the phrase ("cut my finger on the bread knife").
        if signal is not None and not hard_trivial(signal.kind, signal.phrase, plain, plain):
            return signal
    return _whole_message(plain, found[0])


def detect_crisis(text: str) -> CrisisSignal | None:
    """Find crisis language (suicide, self-harm, abuse) in a message.

    Categories are checked in order of urgency, so a message mentioning both
    suicide and abuse is reported as suicide.

    Args:
        text: the person's message as typed.

    Returns:
        The first signal found, or None when the message looks ordinary.
    """
    found, compact = readings(unquote_reported(text))
    if not found or DENIED_QUESTION.search(found[0]):
        return None
    signal = _ruled(found, compact)
    if signal is not None:
        # A phrase scoped to something small in its own sentence ("not wake up before ten",
        # "cut my finger on the bread knife") clears that sentence, not the others:
        # "… before ten. i want to kill myself", "made bread today. i cut my arms again".
        # The scope may follow in the next sentence ("I bought a rope. for the climbing gym").
        # A next sentence of a word or two ("saturday.") reaches on to the one after it.
        # The sentence before counts for a death staked on losing a game only.
        sentences = _sentences(found[0])
        at = next((i for i, part in enumerate(sentences) if signal.phrase in part), None)
        scene = found[0] if at is None else " | ".join(sentences[at : _scene_end(sentences, at)])
        before = sentences[at - 1] if at else ""
        if not (
            trivially_scoped(scene, signal)
            or everyday_scoped(scene, signal)
            or staked_on_a_game(before, scene, signal)
            or learned_or_long_past(scene, found[0], signal)
        ):
            return signal
        rest = sentences[:at] + sentences[at + 1 :] if at is not None else []
        return detect_crisis(". ".join(rest)) if rest else None
    similarity = similarity_of_reading(found[0])
    if similarity.crisis >= SEMANTIC_MIN_SIMILARITY and similarity.score >= SEMANTIC_MIN_MARGIN:
        signal = CrisisSignal(
            category=similarity.category, phrase="", kind="similar", layer="semantic"
        )
        return None if everyday_scoped(found[0], signal) else signal
    return None


def _scene_end(sentences: list[str], at: int) -> int:
    """Where the scene of sentence `at` ends: the next sentence, and one more after a short one."""
    end = at + 2
    if end < len(sentences) and len(sentences[at + 1].split()) <= 2:
        end += 1
    return end


def _sentences(plain: str) -> list[str]:
    """The sentences of a reading (sentence punctuation became `CLAUSE_BREAK`)."""
    return [part.strip() for part in plain.split(CLAUSE_BREAK.strip()) if part.strip()]
