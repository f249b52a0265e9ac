"""Normalisation: the forms ("readings") of a message that the lexicon and the semantic layer read.

Policy: fold what people vary without changing what they mean — case and width,
accents on Latin letters, Arabic diacritics and letter variants, Turkish dotless
i, Polish ł, Devanagari nukta, zero-width characters and apostrophes ("don't" →
"dont"). Marks that carry meaning in other scripts (Devanagari vowel signs,
Japanese dakuten) are kept. Sentence punctuation becomes a clause separator
" | ", so a pattern's word gaps never run across sentences and a negation
never reaches into the next clause.

Transformations that could misread ordinary text (leetspeak, stretched letters,
letters spaced or dotted apart, censoring asterisks) do not replace the text:
each produces an extra reading, and a message matches if any reading does.
A *compact* reading (all spaces removed) exists only when letters were spaced
apart ("k i l l m y s e l f"); only the compact keywords are matched against it.
"""

from __future__ import annotations

import re
import unicodedata

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u0640"))
_CHAR_FOLDS = str.maketrans(
    {
        "\u2019": "",
        "\u2018": "",
        "\u02bc": "",
        "`": "",
        "\u00b4": "",
        "'": "",
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ё": "е",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "\u093c": "",  # Devanagari nukta: ख़ and ख are written interchangeably
        "،": ",",
        "؟": "?",
        "。": " | ",
        "、": " ",
        "，": " ",
        "！": " | ",
        "？": " | ",
    }
)
# Patterns are folded with the same letter map (Arabic letter variants, ё, ı, ł), so
# they may be written as people type them.
PATTERN_FOLDS = {k: v for k, v in _CHAR_FOLDS.items() if chr(k).isalpha()}

# Emoji people use for risk become words the lexicon knows; the rest are dropped.
_EMOJI_WORDS = {
    "🔪": " stab ",
    "🔫": " shoot ",
    "💊": " pills ",
    "🪢": " rope ",
    "⚰": " coffin ",
    "🪦": " grave ",
    "🩸": " blood ",
    "🌉": " bridge ",
    "⛓": " chains ",
    "😂": " lol ",
    "🤣": " lol ",
    "😆": " lol ",
}
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670]")
_LATIN_COMBINING_BASE = re.compile(r"([A-Za-z])[\u0300-\u036f]+")
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
_LEET_TOKEN = re.compile(r"(?<![\w@$!])[\w@$!]*[a-z][\w@$!]*(?![\w@$!])")
_INTRA_PUNCT = re.compile(r"(?<=[a-z])[.\-_*~^+'\"]+(?=[a-z])")
_CLAUSE = re.compile(r"\s*(?:[.;:!?…]+|\s-\s|\n)+\s*")
_NON_WORD = re.compile(r"[^\w\s|\u0900-\u0dff]+")  # Indic vowel signs are not \w
_SPACED = re.compile(r"(?<!\S)(?:[a-z] ){2,}[a-z](?!\S)")
_RUN3 = re.compile(r"([^\W\d])\1{2,}")
_SPACES = re.compile(r"[ \t\r\f\v]+")

# Chat abbreviations and spellings, applied word by word to every reading.
_CHAT: dict[str, str] = {
    "kms": "kill myself",
    "kmss": "kill myself",
    "qro": "quero",
    "jveux": "je veux",
    "jvais": "je vais",
    "jte": "je te",
    "chui": "je suis",
    "jsuis": "je suis",
    "gwn": "gewoon",
    "istiyom": "istiyorum",
    "kys": "kill yourself",
    "kmsl": "laughing",
    "ctb": "suicide",
    "sewerslide": "suicide",
    "sueside": "suicide",
    "suiside": "suicide",
    "suicde": "suicide",
    "sucide": "suicide",
    "suicid": "suicide",
    "wanna": "want to",
    "wana": "want to",
    "wamt": "want",
    "gonna": "going to",
    "gona": "going to",
    "tryna": "trying to",
    "myslef": "myself",
    "myslf": "myself",
    "mysef": "myself",
    "mysefl": "myself",
    "meself": "myself",
    "every1": "everyone",
    "evry1": "everyone",
    "some1": "someone",
    "no1": "no one",
    "any1": "anyone",
    "evryone": "everyone",
    "everone": "everyone",
    "anymore": "anymore",
    "anymre": "anymore",
    "nomore": "no more",
    "4ever": "forever",
    "b": "be",
    "idc": "i dont care",
    "mlhr": "melhor",
    "mlr": "melhor",
    "vc": "voce",
    "pq": "porque",
    "tbm": "tambem",
    "mto": "muito",
    "msm": "mesmo",
    "q": "que",
    "xq": "porque",
    "vdd": "verdad",
    "jpp": "je nen peux plus",
    "chuis": "je suis",
    "pgn": "pengen",
    "udh": "udah",
    "gk": "gak",
    "nhi": "nahi",
    "thinkin": "thinking",
    "sleepin": "sleeping",
    "endin": "ending",
    "dyin": "dying",
    "killin": "killing",
    "goin": "going",
    "feelin": "feeling",
    "livin": "living",
    "nothin": "nothing",
    "somethin": "something",
    "wnat": "want",
    "wnt": "want",
    "whant": "want",
    "killl": "kill",
    "kil": "kill",
    "lfie": "life",
    "suicidel": "suicidal",
    "sucidal": "suicidal",
    "suicidial": "suicidal",
    "suicidle": "suicidal",
    # Chat spellings in the other languages.
    "kiero": "quiero",
    "qiero": "quiero",
    "kero": "quiero",
    "kieres": "quieres",
    "aki": "aqui",
    "nimma": "nicht mehr",
    "nimmer": "nicht mehr",
    "nich": "nicht",
    "nn": "non",
    "cmq": "comunque",
    "xke": "perche",
    "xk": "perche",
    "ff": "even",
    "naum": "nao",
    "istemiyom": "istemiyorum",
    "gw": "gue",
    "idup": "hidup",
    "pengen2": "pengen",
    "чесслово": "честное слово",
}
_PHRASES = (
    (re.compile(r"\bsewer ?slid(?:e|ing|ed)\b"), "suicide"),
    (re.compile(r"\bself ?delet(?:e|ing|ed)\b"), "kill myself"),
    (re.compile(r"\bunaliv(?:e|ing|ed) myself\b"), "kill myself"),
    (
        re.compile(
            r"\bunaliv\w* (?:my|the|our|his|her) (?:brain\w*|brain cells|phone|battery|plants?|"
            r"vibe|mood|playlist|wifi)\b"
        ),
        "ruined it",
    ),
    (re.compile(r"\bunaliv\w*"), "suicide"),
    (re.compile(r"\bnie meer\b"), "niet meer"),
    (re.compile(r"\bkb mehr\b"), "keinen bock mehr"),
    (re.compile(r"\bmy self\b"), "myself"),
    (re.compile(r"\bany more\b"), "anymore"),
    (
        re.compile(r"\b(want|wanna|going|need|have|wish|ready|planning|trying|try|deserve) 2\b"),
        r"\1 to",
    ),
    (
        re.compile(r"\bcatch(?:ing)? the bus\b(?= (?:tonight|soon|today|this|for good|forever))"),
        "suicide",
    ),
)


def fold(text: str) -> str:
    """Case, width, accents, script variants and emoji folded; punctuation kept."""
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    for emoji, word in _EMOJI_WORDS.items():
        if emoji in text:
            text = text.replace(emoji, word)
    text = text.casefold().translate(_CHAR_FOLDS)
    text = _ARABIC_MARKS.sub("", text)
    decomposed = unicodedata.normalize("NFD", text)
    text = unicodedata.normalize("NFC", _LATIN_COMBINING_BASE.sub(r"\1", decomposed))
    return text


def _unleet(match: re.Match[str]) -> str:
    token = match.group(0)
    if any(c in "013457@$!" for c in token) and not token.isdigit():
        return token.translate(_LEET)
    return token


CLAUSE_BREAK = " | "  # what sentence punctuation becomes in a reading


def flattened(reading: str) -> str:
    """The reading with its clause breaks as plain spaces, for patterns read across sentences."""
    return reading.replace(CLAUSE_BREAK, " ")


def _words(text: str) -> str:
    """Clause separators for sentence punctuation, spaces for the rest, chat words expanded."""
    text = _CLAUSE.sub(CLAUSE_BREAK, text)
    text = _NON_WORD.sub(" ", text)
    text = _SPACES.sub(" ", text)
    text = " ".join(_CHAT.get(word, word) for word in text.split())
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    return text.strip(" |")


def readings(text: str) -> tuple[tuple[str, ...], str | None]:
    """The readings of a message, the plain one first, and its compact form if letters were spaced.

    Args:
        text: the message as typed.

    Returns:
        (readings, compact): distinct normalised readings; compact is the first
        reading without spaces when letters were spaced or dotted apart, else None.
    """
    folded = fold(text)
    raw = {folded}
    if _INTRA_PUNCT.search(folded):
        raw.add(_INTRA_PUNCT.sub("", folded))
        if "*" in folded:
            raw.update(folded.replace("*", vowel) for vowel in "aeiou")
    if any(c in folded for c in "013457@$!"):
        for candidate in list(raw):
            raw.add(_LEET_TOKEN.sub(_unleet, candidate))
            if "1" in candidate:
                raw.add(_LEET_TOKEN.sub(_unleet, candidate.replace("1", "l")))
    out: list[str] = []
    compact: str | None = None
    for candidate in sorted(raw, key=lambda r: (r != folded, r)):
        words = _words(candidate)
        if _SPACED.search(words):
            joined = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), words)
            compact = compact or words.replace(" ", "").replace("|", "")
            _add(out, _words(joined))
        _add(out, words)
        if _RUN3.search(words):
            _add(out, _RUN3.sub(r"\1\1", words))
            _add(out, _RUN3.sub(r"\1", words))
    return tuple(out), compact


def _add(out: list[str], reading: str) -> None:
    if reading and reading not in out:
        out.append(reading)


def normalise_for_matching(text: str) -> str:
    """The plain reading of `text`: what most patterns are matched against."""
    found, _ = readings(text)
    return found[0] if found else ""
