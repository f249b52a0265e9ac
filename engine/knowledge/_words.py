"""Words and sentences, for chunk sizes and extractive answers (no NLP dependency)."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]*[A-Z0-9*_])")
_MARKUP = re.compile(r"\*\*|__|`|^\s*(?:[-*+]|\d+[.)])\s+|^\s*>\s?", re.MULTILINE)

STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "for",
        "from",
        "get",
        "got",
        "had",
        "has",
        "have",
        "having",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "me",
        "my",
        "of",
        "on",
        "or",
        "our",
        "should",
        "so",
        "some",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "up",
        "us",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "i'm",
        "i've",
        "it's",
        "don't",
        "can't",
        "vs",
        "really",
        "very",
        "much",
        "many",
        "any",
        "more",
        "most",
        "also",
        "tell",
        "know",
        "want",
        "need",
    ]
)


# Words that make a question polite or general but say nothing about its topic: "any
# tips?" must not find the document with a "Tips for giving feedback" heading.
QUERY_FILLER = frozenset(
    [
        "tip",
        "tips",
        "advice",
        "idea",
        "ideas",
        "way",
        "ways",
        "help",
        "helps",
        "deal",
        "handle",
        "cope",
        "best",
        "good",
        "thing",
        "things",
        "something",
        "anything",
        "someone",
        "get",
        "make",
        "go",
        "actually",
        "now",
        "ok",
        "please",
        "any",
        # "how can I sleep better", "make a habit stick": how much, not what about
        "better",
        "improve",
        "stick",
    ]
)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def token_estimate(text: str) -> int:
    """Roughly the tokens an LLM tokenizer would count (English: ~1.3 per word)."""
    return round(len(words(text)) * 1.3)


def stem(word: str) -> str:
    """A crude suffix strip so "habits", "habit" and "habitual" meet; enough for overlap."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w.lower() not in STOP_WORDS and len(w) > 1}


def plain(text: str) -> str:
    """Markdown emphasis, bullets and quotes removed; whitespace collapsed."""
    return " ".join(_MARKUP.sub("", text).split())


def sentences(text: str) -> list[str]:
    """Split prose into sentences; each bullet or line of a list counts as one."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)", text):
        flat = plain(block)
        if flat:
            out.extend(s.strip() for s in _SENTENCE_END.split(flat) if s.strip())
    return out


def topic_words(question: str) -> str:
    """The question without filler words, or the question itself if nothing else is left."""
    kept = [w for w in words(question) if w.lower() not in QUERY_FILLER]
    return " ".join(kept) if kept else question
