"""The offline persona: deterministic lines and lexical verdicts, no network.

Used without an LLM key, in tests and in `make run`. The verdicts come from
`_lexical.evidence` on the person's new message; the line depends on how far the
scene has got (stalled, progressing, conceded), the persona's strongest trait and
a stable hash of scene, speaker and turn, so a replayed transcript gets the same
replies and the same scores.
"""

from __future__ import annotations

import hashlib

from engine.scenarios._lexical import evidence
from engine.scenarios.judgement import (
    CriterionVerdict,
    JudgementRequest,
    JudgementResult,
    PersonaCard,
)

MODEL = "offline-persona/1"

_STALL = {
    "assertive": (
        "I'll be direct: I'm not sure what you're asking me for yet.",
        "Let's not go round in circles. What exactly do you want?",
        "That's not something I can act on. Be specific.",
    ),
    "analytical": (
        "Walk me through the specifics. What would that look like in numbers?",
        "I need something concrete to work with. What's the evidence?",
        "Help me see the reasoning. What changes, and by how much?",
    ),
    "empathetic": (
        "I hear you, and I want to understand. Can you say more about what you need?",
        "That sounds important to you. What would help most right now?",
        "Take your time. What's the part that matters most?",
    ),
    "sceptical": (
        "Hmm. I've heard that kind of thing before. Why would this time be different?",
        "I'm not convinced yet. What makes you so sure?",
        "Sounds nice in theory. How would it actually work?",
    ),
    "neutral": (
        "I see. Go on.",
        "Okay. What are you proposing?",
        "Right. Where does that leave us?",
    ),
}
_PROGRESS = (
    "Okay, that's clearer. {push}",
    "Fair point. {push}",
    "That helps. {push}",
    "Alright, I follow. {push}",
)
_PUSH = {
    "assertive": "But what exactly are you asking me to commit to?",
    "analytical": "What else should I weigh before I decide?",
    "empathetic": "Is there anything else on your mind about this?",
    "sceptical": "Still, I'd want to hear the rest before I say yes.",
    "neutral": "What else?",
}
_CONCEDE = (
    "Okay. That's a real case, and I can work with that.",
    "That's fair. I can see where you're coming from.",
    "Alright, that makes sense to me.",
)


def _leaning(card: PersonaCard) -> str:
    """The persona's strongest known trait among those with their own voice (≥ 6)."""
    voiced = [(card.trait(t, 0), t) for t in ("assertive", "analytical", "empathetic", "sceptical")]
    score, trait = max(voiced)
    return trait if score >= 6 else "neutral"


def _pick(options: tuple[str, ...], *seed: object) -> str:
    digest = hashlib.sha256(":".join(map(str, seed)).encode()).digest()
    return options[digest[0] % len(options)]


class OfflinePersona:
    """Plays the persona and judges the criteria without an LLM."""

    model = MODEL

    def judge(self, request: JudgementRequest) -> JudgementResult:
        verdicts: list[CriterionVerdict] = []
        for brief in request.criteria:
            quote = evidence(brief.check, brief.keywords, request.person_text)
            verdicts.append(CriterionVerdict(brief.key, quote is not None, quote or ""))
        newly = [v.key for v in verdicts if v.met and not _was_met(request, v.key)]
        total = sum(c.weight for c in request.criteria) or 1
        met_now = {v.key for v in verdicts if v.met} | {
            c.key for c in request.criteria if c.already_met
        }
        share = sum(c.weight for c in request.criteria if c.key in met_now) / total
        speaker = request.personas[(request.attempt_no - 1) % len(request.personas)]
        lean = _leaning(speaker)
        seed = (request.scene_key, speaker.key, request.attempt_no)
        if share >= request.success_threshold:
            reply = _pick(_CONCEDE, *seed)
            if speaker.hidden_facts:
                fact = _pick(speaker.hidden_facts, *seed)
                reply += f" Between us: {fact.rstrip('.')}."
        elif newly:
            reply = _pick(_PROGRESS, *seed).format(push=_PUSH[lean])
        else:
            reply = _pick(_STALL[lean], *seed)
        missing = [c.key for c in request.criteria if c.key not in met_now]
        note = (
            f"offline: newly met {', '.join(newly) or 'none'};"
            f" missing {', '.join(missing) or 'none'}"
        )
        return JudgementResult(
            reply=reply,
            speaker=speaker.key,
            criteria=tuple(verdicts),
            note=note,
            model=MODEL,
            prompt_version=request.prompt_version,
        )


def _was_met(request: JudgementRequest, key: str) -> bool:
    return any(c.key == key and c.already_met for c in request.criteria)
