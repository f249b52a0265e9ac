"""A change of mind about the last answer ("actually no, I changed my mind…", "wait, I
meant …"): heard as such, never stored as the answer to the question now asked."""

from __future__ import annotations

import re

# Only at the start of a message: "moving more... on second thought stress" answers a
# choice with its last option, and is not about an earlier answer.
_CHANGE = re.compile(
    r"^\W*(?:(?:actually|wait|sorry|oops|hmm+|oh|no|ok(?:ay)?)\b[\s,.!-]*){0,3}"
    r"(?:i(?:'ve| have)? changed? my (?:mind|answer|choice)|on second thoughts?|i meant\b|"
    r"(?:can|could|may) i (?:pick|choose|go with|take|switch to|change)\b.*\binstead\b|"
    r"(?<=\w\W)(?:no\b|i'?d rather\b|i want\b.*\binstead\b))",
    re.IGNORECASE,
)

CHANGED_MIND = (
    "It sounds like you've changed your mind about your last answer — I haven't taken"
    " that as an answer to this question. I can't go back to an earlier question: the steps"
    " run forwards, and you're welcome to say more about the change in your answer here."
    " `restart` begins the program again (I'll ask first)."
)


def changes_mind(text: str) -> bool:
    """`text` takes back the previous answer rather than answering the current question."""
    return len(text) <= 200 and _CHANGE.search(text.replace("’", "'")) is not None
