"""Face emoji as answers to a mood scale: "😐" is the middle of the scale, not a re-ask.

Only faces (and a few hearts and hands that say how someone feels) are read, each as a
share of the way from the scale's low end to its high end; the value is said back so the
person can correct it with a number. A message with words or digits besides the emoji is
left to the number reader, and faces that disagree ("😄😭") are no answer.
"""

from __future__ import annotations

import unicodedata

__all__ = ["mood_from_emoji"]

# Shares of the scale: 0 is the low end, 1 the high end.
_SHARES: dict[str, float] = {
    **dict.fromkeys("😭😩😫💔😖😣", 0.1),
    **dict.fromkeys("😞😔😢😟🙁☹😕😥😓😰😨😿🥺😪😒", 0.25),
    **dict.fromkeys("😐😑😶🤷😬🫤", 0.5),
    **dict.fromkeys("🙂😌☺👍", 0.65),
    **dict.fromkeys("😊😀😃😁😎😇❤💪", 0.8),
    **dict.fromkeys("😄😆🤩🥳😍🥰🔥✨🎉", 0.9),
}
# Joiners, variation selectors and skin tones that travel with an emoji.
_MODIFIERS = frozenset("\u200d\ufe0f\ufe0e") | frozenset(map(chr, range(0x1F3FB, 0x1F400)))


def mood_from_emoji(text: str, *, low: int, high: int) -> int | None:
    """The value on low..high that the face emoji in `text` stand for, or None when the
    text is not only such emoji (and spaces or punctuation), or its faces disagree."""
    shares: set[float] = set()
    for char in text.strip():
        if char in _MODIFIERS or char.isspace() or unicodedata.category(char).startswith("P"):
            continue
        share = _SHARES.get(char)
        if share is None:
            return None
        shares.add(share)
    if not shares or max(shares) - min(shares) > 0.3:
        return None
    share = sum(shares) / len(shares)
    return low + round((high - low) * share)
