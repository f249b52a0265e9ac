"""One word list for a yes or a no, in the languages people write to the coach in.

Every place that reads a yes or a no reads it here, at one of three strictness levels:

* `is_yes` — a clear agreement to a destructive question ("… Sure? (yes / no)"): one of
  the agreements first, at most eight words, and no "no" word anywhere ("yes… no wait").
* `read_yes_no` — the answer to an ordinary yes/no question (steps, intros, the time
  zone offer): True, False or None ("maybe", "yes and no", "blue").
* `yes_no_with_detail` — a yes or a no and what came with it: "yes, teaching, like at a
  bootcamp" is a yes *and* "teaching, like at a bootcamp".

`is_no` tells a refusal or a hesitation ("not now", "hmm, maybe not", "cancel") from a
message that is not an answer at all. Covered: English, Portuguese, Spanish, French,
German, Italian, Dutch and Polish, with the common words of several more.

A mistyped yes or no is read as what it nearly is (`respelled`), never as its opposite:
a last letter held down ("yesss", "nooo", "siii", "jaaa") or two neighbouring letters
swapped, the first kept ("yse", "yaeh", "nope" as "npoe"), and the common informal
spellings ("yeh", "yas", "yeap", "nop"). `read_yes_no` forgives them; `is_yes` (the
destructive questions) does not: a caller there asks `respelled` itself and decides.
Anything else ("ues", "yrs", "on") stays unclear: the question is asked again.
"""

from __future__ import annotations

import re
import unicodedata

from engine.per_turn import per_turn
from engine.words import strip_accents

__all__ = ["is_no", "is_yes", "normalise", "read_yes_no", "respelled", "yes_no_with_detail"]

LONGEST_ANSWER = 500  # a yes or a no is short; longer text is read only this far
STRICT_WORDS = 8  # `is_yes` / `is_no` look at short messages only
_DASHES = re.compile(r"[\u2010-\u2015]")


def normalise(text: str) -> str:
    """Casefold, strip accents, unify apostrophes and dashes, collapse spaces."""
    text = strip_accents(text.casefold())
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = _DASHES.sub("-", text)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _set(*groups: str) -> frozenset[str]:
    return frozenset(normalise(word) for group in groups for word in group.split())


def _phrases(*phrases: str) -> frozenset[str]:
    return frozenset(normalise(phrase) for phrase in phrases)


# Agreements, one word each (language by language; many words serve several).
AGREE = _set(
    "yes y ye yeah yea yep yup yess yesss yah aye sure ok okay okey k kk alright confirm"
    " confirmed correct affirmative absolutely definitely certainly indeed",  # en
    "sim claro certo pode bora beleza exato certeza",  # pt
    "si sí vale dale exacto correcto perfecto",  # es
    "oui ouais ouep certes volontiers exactement d'accord",  # fr
    "ja jawohl jep jo jup klar genau gerne bestätigen natürlich",  # de
    "sì certo certamente esatto",  # it
    "jazeker zeker graag natuurlijk oké",  # nl
    "tak jasne pewnie oczywiście dobrze",  # pl
    "da да так ano áno jah igen kyllä joo jes evet はい ええ 是 是的 好 好的 对 네 예"
    " ya iya ndiyo naam نعم כן हाँ हां haan",  # more
)
AGREE_PHRASES = _phrases(
    *("do it", "go ahead", "go for it", "of course", "please do", "sure thing", "yes please"),
    *("i'm sure", "im sure", "i am sure", "let's do it", "lets do it", "sounds good"),
    *("com certeza", "claro que sim", "pode ser", "por supuesto", "claro que si", "bien sûr"),
    *("na klar", "ja bitte", "ja gerne", "va bene", "ja graag", "ja hoor", "tak jest"),
)
_EMOJI_YES = frozenset("👍✅✔")
_EMOJI_NO = frozenset("👎❌")
# Refusals, one word each; any of them (or a negation) in a short message vetoes a yes.
REFUSE = _set(
    "no n nope nah naw never negative cancel",  # en
    "não nao nunca",  # pt, es
    "non jamais",  # fr, it
    "nein nee",  # de, nl
    "nie",  # pl
    "niet нет 不 不要 いいえ",  # more
)
_VETO = REFUSE | _set(
    "not don't dont doesn't isn't won't stop wait hold later nicht niet nada niente"
)
REFUSE_PHRASES = _phrases(
    *("not now", "not right now", "not today", "not really", "not at all", "not yet"),
    *("no thanks", "no thank you", "maybe later", "of course not", "definitely not"),
    *("absolutely not", "i'm not", "i am not", "i don't", "i dont", "i do not"),
    *("i haven't", "i havent", "i have not", "i didn't", "i did not"),
    *("agora não", "ainda não", "não obrigado", "não obrigada", "agora nao"),  # pt
    *("ahora no", "todavía no", "no gracias"),  # es
    *("pas maintenant", "pas encore", "pas vraiment", "non merci"),  # fr
    *("jetzt nicht", "noch nicht", "lieber nicht", "nein danke"),  # de
    *("non ora", "non adesso", "no grazie", "non ancora"),  # it
    *("niet nu", "nog niet", "nee dank je", "nee bedankt"),  # nl
    *("nie teraz", "jeszcze nie", "nie dziękuję"),  # pl
)
# An ordinary yes/no question also takes these (not a destructive one).
_ALSO_YES = _set("true 1 right") | _phrases("i do", "i have", "i am", "i did", "i will")
_ALSO_NO = _set("false 0")
# Words that lead an answer with more after it: "yes, I do", "nope, too busy".
_YES_LEAD = _set(
    "yes yeah yep yup sure ok okay ja oui si absolutely definitely sim claro tak jasne"
    " certo zeker graag vale ouais klar genau"
)
_NO_LEAD = _set("no nope nah nein non never nao nee nie niet nunca jamais")
_UNSURE = re.compile(
    r"\b(?:not sure|unsure|not certain|(?:don'?t|do not) know|no idea|maybe|perhaps|"
    r"depends|(?:can'?t|cannot) say|kind of|sort of|partly|somewhat|"
    r"talvez|nao sei|quizas|tal vez|no se|peut[- ]?etre|je ne sais pas|vielleicht|"
    r"weiss nicht|keine ahnung|forse|non so|misschien|weet niet|moze|nie wiem)\b"
)
_NEGATION = re.compile(
    r"\b(?:no|not|nope|nah|naw|never|don't|dont|haven't|havent|didn't|but|nicht|nao|nie|niet|non|"
    r"nein)\b|n't\b"
)
_AFFIRMATION = re.compile(r"\b(?:yes|yeah|yep|but|oui|sim|ja)\b")
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?|[👍✅✔👎❌]")
_BREAK = re.compile(r"\s*(?:[,;:.!?()]+|\s[—–-]+)\s*")
_CONJUNCTION = re.compile(r"^(?:and|but|so|because|though|mas|pero|mais|aber)\b\s*", re.I)


# `read_yes_no`'s leading phrases, each with the space after it (`str.startswith` takes
# a tuple: one call instead of a loop over the phrases every time a message is read).
_REFUSE_LEADS = tuple(phrase + " " for phrase in REFUSE_PHRASES)
_YES_PHRASE_LEADS = ("of course ", "i do ", "i have ", "i did ")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalise(text[:LONGEST_ANSWER]))


def _plain(text: str) -> str:
    return " ".join(_tokens(text))


# Informal spellings: a yes or a no to an ordinary question, not to a destructive one.
_INFORMAL = {
    **dict.fromkeys(_set("yeh yas yeap yepp yupp yesh yush ouai"), "yes"),
    **dict.fromkeys(_set("nop nay"), "no"),
}
# The words a swap of two letters is forgiven in ("yse", "npoe"): the common leads only.
_SWAPPABLE = _set("yes yeah yep yup sure okay oui sim claro nope nein nah")
_HELD = re.compile(r"(.)\1{2,}")  # a letter held down: "yesss", "nooope"


def _respell(word: str) -> str | None:
    """The one yes or no word `word` nearly is (None: none, several, or it is one)."""
    if word in AGREE or word in REFUSE or not word.isalpha():
        return None
    if word in _INFORMAL:
        return _INFORMAL[word]
    near = {_HELD.sub(r"\1", word), _HELD.sub(r"\1\1", word), word.rstrip(word[-1]) + word[-1]}
    near |= {
        swapped
        for i in range(1, len(word) - 1)  # the first letter is kept
        if (swapped := word[:i] + word[i + 1] + word[i] + word[i + 2 :]) in _SWAPPABLE
    }
    found = sorted(w for w in near - {word} if w in AGREE or w in REFUSE)
    one_meaning = found and (set(found) <= AGREE or set(found) <= REFUSE)
    return min(found, key=len) if one_meaning else None


def respelled(text: str) -> str:
    """`text` (normalised) with a mistyped yes or no as first word spelled right."""
    words = _tokens(text)
    fixed = _respell(words[0]) if words else None
    return " ".join([fixed, *words[1:]]) if fixed else " ".join(words)


def is_yes(text: str) -> bool:
    """A clear agreement: "yes", "yes, restart it", "ja", "oui", "sí", "go ahead", 👍.

    Anything with a no in it ("yes… no wait", "not sure") is not one.
    """
    words = _tokens(text)
    if not words or len(words) > STRICT_WORDS or any(word in _VETO for word in words):
        return False
    if words[0] in AGREE or words[0] in _EMOJI_YES:
        return True
    return " ".join(words[:2]) in AGREE_PHRASES or " ".join(words[:3]) in AGREE_PHRASES


def is_no(text: str) -> bool:
    """A refusal or a hesitation: "no", "not now", "nah", "hmm, maybe not", "cancel"."""
    if read_yes_no(text) is False:
        return True
    words = _tokens(text)
    if not words or len(words) > STRICT_WORDS:
        return False
    return any(w in _VETO or w in _EMOJI_NO for w in words) or bool(_UNSURE.search(_plain(text)))


@per_turn
def read_yes_no(text: str) -> bool | None:
    """Read a yes or a no.

    Returns:
        True for yes, False for no, None for anything else ("maybe", "not sure").
        A clear leading word decides ("yes, I do" is yes) unless the rest of the
        message contradicts it ("yes but no").
    """
    plain = respelled(text)  # "yse", "nooo": what it nearly is, never its opposite
    if plain in AGREE or plain in AGREE_PHRASES or plain in _ALSO_YES or plain in _EMOJI_YES:
        return True
    if plain in REFUSE or plain in REFUSE_PHRASES or plain in _ALSO_NO or plain in _EMOJI_NO:
        return False
    if _UNSURE.search(plain):
        return None
    if plain.startswith(_REFUSE_LEADS):  # any of them leading decides: no order needed
        return False
    first, _, rest = plain.partition(" ")
    if first in _YES_LEAD and not _NEGATION.search(rest):
        return True
    if first in _NO_LEAD and not _AFFIRMATION.search(rest):
        return False
    if plain.startswith(_YES_PHRASE_LEADS) and not _NEGATION.search(plain):
        return True
    return None


def yes_no_with_detail(text: str) -> tuple[bool | None, str]:
    """The yes or no in `text`, and the detail that came with it ("" when none).

    The answer is the whole message's when it is clear, else that of its first words
    ("yes", "of course", "not really") when the rest does not say the opposite.
    """
    text = " ".join(text[:LONGEST_ANSWER].split())
    whole = read_yes_no(text)
    pieces = [p for p in _BREAK.split(text, maxsplit=1) if p]
    leads: list[tuple[str, str]] = []
    if len(pieces) == 2:
        leads.append((pieces[0], pieces[1]))
    tokens = text.split(" ")
    leads += [(" ".join(tokens[:n]), " ".join(tokens[n:])) for n in (1, 2, 3) if len(tokens) > n]
    for lead, rest in leads:
        answer = read_yes_no(lead)
        if answer is None or (whole is not None and answer != whole):
            continue
        rest = rest.strip(" ,;:.!?—–-")
        short = len(rest.split()) <= 3
        echo = read_yes_no(_CONJUNCTION.sub("", rest)) if rest and short else None
        if echo is not None and echo != answer:
            return None, ""  # "yes, but no": not an answer
        return answer, "" if echo is not None else rest
    return whole, ""
