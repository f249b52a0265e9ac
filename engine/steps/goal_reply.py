"""What a reply to "Here's your goal: … Keep it? (yes / change it)" means.

`keep`: store the sentence shown; `change`: the person wants to edit it but has not said
how yet; `cancel`: leave the goal as it was (only a revision can be cancelled); `unclear`:
a bare number ("3", "ok 3", "#2") that answers neither the yes/change question nor says
which part it changes (nor, before a draft, what it counts), so it is asked about and
never merged into the sentence (the question offers no numbered options to pick).
Anything else is read as the edit itself. The yes and no words are those of `engine.yesno`.
"""

from __future__ import annotations

import re
from enum import Enum

from engine.steps.answer_numbers import is_bare_number
from engine.yesno import AGREE, REFUSE, normalise, read_yes_no


class GoalReply(Enum):
    KEEP = "keep"
    CHANGE = "change"
    CANCEL = "cancel"
    UNCLEAR = "unclear"


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s'👍✅]", " ", normalise(text)).split())


def _either(words: frozenset[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# The yes words of `engine.yesno`, and the approvals of a sentence shown ("perfect").
_APPROVE = AGREE | {
    *("fine", "great", "perfect", "good", "right", "exactly", "perfeito", "isso"),
    *("exactamente", "parfait", "gut", "passt", "stimmt", "super", "top"),
}
_KEEP = re.compile(
    rf"^(?:(?:{_either(_APPROVE)}|👍|✅)\b\s*)+"
    r"(?:please|thanks|thank you|obrigad[oa]|gracias|merci|danke)?$|"
    r"^(?:(?:yes|ok|okay|sim|si|oui|ja)\s+)?(?:keep(?: it| that| this)?|save(?: it)?|"
    r"looks? (?:good|great|right)|sounds? (?:good|great|right)|that'?s (?:it|right|good|perfect)|"
    r"that works|lock it in|go with (?:it|that)|mant[eé]m|manter|guardar|guarda|mantenlo|"
    r"mantenerlo|c'est (?:ca|bon|parfait)|ca me va|garde(?:r)?|behalten|so lassen|"
    r"das passt|passt so|fica|fica assim|est[aá] bien|esta bom|ta bom)\b.{0,20}$"
)
_CHANGE = re.compile(
    rf"^(?:(?:{_either(REFUSE - {'cancel'})}|not quite|not really|hmm|um)\b[\s,]*)*"
    r"(?:change(?: it| that| this)?|edit(?: it)?|modify(?: it)?|adjust(?: it)?|tweak(?: it)?|"
    r"rewrite(?: it)?|let me (?:change|edit|rewrite) it|i'?d like to change it|"
    r"mudar|alterar|muda|altera|cambiar(?:lo)?|cambia(?:lo)?|modificar(?:lo)?|changer|"
    r"modifier|le changer|aendern|andern|anpassen|bearbeiten)?$"
)
_CANCEL = re.compile(
    r"^(?:cancel|never ?mind|forget it|stop|keep (?:the )?(?:old|current|previous) (?:one|goal)|"
    r"keep my (?:old |current )?goal|no changes?(?: please| thanks)?$|leave it|cancelar|deixa|"
    r"dejalo|annuler|laisse|"
    r"abbrechen|vergiss es)\b"
)


# The numbered options of "Keep it?" when it shows them: 1 keeps, 2 changes.
_OPTIONS = (GoalReply.KEEP, GoalReply.CHANGE)


def read_goal_reply(
    text: str, *, cancellable: bool = False, numbered: bool = False
) -> GoalReply | None:
    """KEEP, CHANGE, CANCEL (when `cancellable`), UNCLEAR, or None: the text is an edit.

    `numbered`: the question showed its options as numbered buttons ("1" keeps, "2"
    changes, as a click would); otherwise no number picks anything.
    """
    plain = _plain(text)
    if not plain:
        return None
    if cancellable and _CANCEL.match(plain):
        return GoalReply.CANCEL
    if is_bare_number(text):  # before the yes words: "ok 3" is no yes, "1" no first button
        return _option(plain) if numbered else GoalReply.UNCLEAR
    if len(plain.split()) <= 8 and _KEEP.match(plain):
        return GoalReply.KEEP
    if _CHANGE.fullmatch(plain):
        return GoalReply.CHANGE
    if len(plain.split()) <= 3:
        answer = read_yes_no(text)
        if answer is not None:
            return GoalReply.KEEP if answer else GoalReply.CHANGE
    return None


def _option(plain: str) -> GoalReply:
    """The numbered option picked ("2", "#2", "option 2"), or UNCLEAR: out of range, two
    numbers, or a yes or no beside it ("yes 2")."""
    words = plain.split()
    numbers = [int(w) for w in words if w.isdigit() and len(w) <= 2]
    if len(numbers) != 1 or not 1 <= numbers[0] <= len(_OPTIONS):
        return GoalReply.UNCLEAR
    if any(w in AGREE or w in REFUSE for w in words):
        return GoalReply.UNCLEAR
    return _OPTIONS[numbers[0] - 1]
