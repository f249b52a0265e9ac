"""What a reply to "Here's your goal: … Keep it? (yes / change it)" means.

`keep`: store the sentence shown; `change`: the person wants to edit it but has not said
how yet; `cancel`: leave the goal as it was (only a revision can be cancelled). Anything
else is read as the edit itself. In English, Portuguese, Spanish, French and German.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from engine.steps.parsing import parse_yes_no


class GoalReply(Enum):
    KEEP = "keep"
    CHANGE = "change"
    CANCEL = "cancel"


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold()).replace("\u2019", "'")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s'👍✅]", " ", text).split())


_KEEP = re.compile(
    r"^(?:(?:yes|yeah|yep|yup|ok|okay|sure|fine|great|perfect|good|correct|right|exactly|"
    r"absolutely|definitely|sim|si|claro|perfeito|perfecto|certo|isso|exacto|exactamente|"
    r"exato|vale|oui|parfait|d'accord|ja|genau|gut|passt|stimmt|super|top|👍|✅)\b\s*)+"
    r"(?:please|thanks|thank you|obrigad[oa]|gracias|merci|danke)?$|"
    r"^(?:(?:yes|ok|okay|sim|si|oui|ja)\s+)?(?:keep(?: it| that| this)?|save(?: it)?|"
    r"looks? (?:good|great|right)|sounds? (?:good|great|right)|that'?s (?:it|right|good|perfect)|"
    r"that works|lock it in|go with (?:it|that)|mant[eé]m|manter|guardar|guarda|mantenlo|"
    r"mantenerlo|c'est (?:ca|bon|parfait)|ca me va|garde(?:r)?|behalten|so lassen|"
    r"das passt|passt so|fica|fica assim|est[aá] bien|esta bom|ta bom)\b.{0,20}$"
)
_CHANGE = re.compile(
    r"^(?:(?:no|nope|nah|not quite|not really|nao|non|nein|hmm|um)\b[\s,]*)*"
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


def read_goal_reply(text: str, *, cancellable: bool = False) -> GoalReply | None:
    """KEEP, CHANGE, CANCEL (when `cancellable`), or None: the text is an edit."""
    plain = _plain(text)
    if not plain:
        return None
    if cancellable and _CANCEL.match(plain):
        return GoalReply.CANCEL
    if len(plain.split()) <= 8 and _KEEP.match(plain):
        return GoalReply.KEEP
    if _CHANGE.fullmatch(plain):
        return GoalReply.CHANGE
    if len(plain.split()) <= 3:
        answer = parse_yes_no(text)
        if answer is not None:
            return GoalReply.KEEP if answer else GoalReply.CHANGE
    return None
