"""The fixed words of the commands' grammar, mistyped: `quiet horus off`, `remind me
tomorow`, `stop remindres`, `set chekin time 9:00`, `quiet hours of`.

`engine.commands.typos` reads a message's first word as the command word it nearly is;
`respelled` does the same for the words after it (and for a first word that is no
command word of its own, like `set` or `turn`), with the same rules:

* a typo is one edit (an insertion, deletion, substitution or a swap of two neighbouring
  letters), keeps its first letter, and is at least 4 letters long. A shorter word is
  forgiven only one letter typed once instead of twice, or twice instead of once
  (`of` → `off`, `onn` → `on`): "on", "of", "in" and "at" are words of their own;
* a real word is never corrected: the words one edit from a keyword that people write
  ("later" and "layer", "done" and "dome", "time" and "tile", "checking") are listed in
  `_REAL_WORDS`, and a word one edit from two keywords is left alone;
* only `KEYWORDS` are corrected towards: the grammar's own words, never the free text a
  command takes (a goal, a program's name, a time zone or city name, a question), so
  "timezone Tokio" stays as typed and the time zone reader answers it.

Whether the corrected message is a command is `parse_command`'s to say: the caller tries
it, so "tomorow I will try" stays an answer. Some commands take text their handler reads
later (`snooze 3 horus`, `away until tomorow`, `start remindrs`): the handler asks
`respelled_argument` or `another_command` before saying it could not read it. Nothing is
run on a guess (`did_you_mean`).
"""

from __future__ import annotations

from collections.abc import Callable

from engine.commands.parsing import CommandName, parse_command

__all__ = [
    "KEYWORDS",
    "another_command",
    "did_you_mean",
    "one_edit",
    "respelled",
    "respelled_argument",
]

# The fixed words of `engine.commands.parsing`'s rules and argument readers (snooze,
# schedule, quiet hours) and of the connections commands, four letters or more, and the
# short ones a doubled letter is forgiven in.
KEYWORDS = frozenset(
    """hours hour minutes minute mins days week tomorrow tonight later afternoon evening
    next remind reminders reminding nudges quiet time times zone timezone schedule
    check checkin weekdays weekday weekends weekend workdays every each daily until till
    through thru vacation holiday holidays leave break office away back again settings
    preferences program programme coaching programs step this data account everything
    delete erase remove export download forget goal done complete completed achieved
    reached abandon drop revise change edit update rewrite current active progress
    percent previous question undo unmute subscribe unsubscribe disable enable turn stop
    start resume pause show list hint hints help commands menu continue unpause skip
    restart over again scratch beginning connections profile available busy sources
    monday tuesday wednesday thursday friday saturday sunday
    off on
    """.split()  # noqa: SIM905
)

# Real words one edit from a keyword above, with its first letter: an answer's words.
_REAL_WORDS = frozenset(
    """hoar dams dabs dads daws dais weak weed weep wee wees
    layer lager laser latter late lates lamer laker lathe nest neat nets
    rewind remand remainders quite quit quilt quint quieter
    tame tile tide tie timer tims tome tine tire tike tomes tiles tides tines tires tikes
    zine zones checks cheek chuck chick chock checking
    ever dally tall tell toll tilt tile though trough thorough
    lease leaves bread bream breaks brake beak bleak offices aways sway
    sittings setting couching thus thin stem stew steep seep steps
    date dada accounts deleted eras erased remote removed expert exported forgot forge
    goad goat gaol goals dome dine dune dote dove doe don dons doge doze dose drone
    reaches drip drops revive revised chance charge changed changes emit exit edict
    updated updates rewrote currant currents percept questions enables torn tern tarn
    shoe shot shop slow snow stow shew lost last lust lint lift lisp oven
    mint mine mind mink nudged hints helps held hell helm
    busts bust bush buys bury sourced source mend menus
    stare star stark stars starts started
    """.split()  # noqa: SIM905
)


def one_edit(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with one insertion, deletion, substitution or swap."""
    if typed == word or abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        if len(diff) == 1:
            return True
        i = diff[0]
        swapped = (
            typed[i] == word[i + 1] and typed[i + 1] == word[i] if i + 1 < len(word) else False
        )
        return len(diff) == 2 and diff[1] == i + 1 and swapped
    short, long = sorted((typed, word), key=len)
    i = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    return short[i:] == long[i + 1 :]


def _doubled(typed: str, word: str) -> bool:
    """`of` for `off`, `onn` for `on`: one letter typed once instead of twice, or twice."""
    short, long = sorted((typed, word), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(
        long[:i] + long[i + 1 :] == short and long[i] == long[i - 1] for i in range(1, len(long))
    )


def keyword(typed: str) -> str | None:
    """The one keyword `typed` (casefolded letters) is a typo of, if it is one."""
    if not typed.isalpha() or typed in KEYWORDS or typed in _REAL_WORDS:
        return None
    near = {k for k in KEYWORDS if _doubled(typed, k)}
    if len(typed) >= 4:
        near |= {k for k in KEYWORDS if len(k) >= 4 and k[0] == typed[0] and one_edit(typed, k)}
    return near.pop() if len(near) == 1 else None


_PUNCTUATION = ".!?,;:…"
Respelling = tuple[list[str], list[str]]  # the words, and the keywords put right in them


def respelled(
    words: list[str], *, start: int = 1, most: int = 2, keep: frozenset[str] = frozenset()
) -> list[Respelling]:
    """`words` with up to `most` mistyped keywords (from position `start`) spelled right.

    The variants come with the fewest corrections first (each word's correction is the
    one keyword it nearly is, so there are few); none when nothing is a typo. Words in
    `keep` are real words of the caller's and stay as typed.
    """
    fixes: dict[int, str] = {}
    for index, word in enumerate(words[start:], start=start):
        letters = word.rstrip(_PUNCTUATION)
        typed = letters.casefold()
        fixed = None if typed in keep else keyword(typed)
        if fixed is not None:
            fixes[index] = fixed + word[len(letters) :]
    spots = sorted(fixes)
    chosen = [[i] for i in spots]
    if most >= 2:
        chosen += [[i, j] for n, i in enumerate(spots) for j in spots[n + 1 :]]
    return [
        (
            [fixes[i] if i in picked else w for i, w in enumerate(words)],
            [fixes[i].rstrip(_PUNCTUATION) for i in picked],
        )
        for picked in chosen
        if len(picked) <= most
    ]


def did_you_mean(fixed: str) -> str:
    """The reply to a mistyped command: what it was read as; nothing is run on a guess."""
    return f"Did you mean `{fixed}`? I haven't done anything yet — type `{fixed}` to run it."


def respelled_argument(argument: str, reads: Callable[[str], bool]) -> str | None:
    """`3 horus` → `3 hours`: the argument with one keyword put right, when `reads` takes it
    (a snooze or an away date the handler could not read as typed)."""
    for variant, _ in respelled(argument.split(), start=0, most=1):
        fixed = " ".join(variant)
        if reads(fixed):
            return fixed
    return None


def another_command(text: str, name: CommandName) -> str | None:
    """`start remindrs` (a program nobody has) → `start reminders`: the message with one
    keyword put right, when that is a command other than `name`."""
    for variant, _ in respelled(text.split(), start=1, most=1):
        fixed = " ".join(variant)
        command = parse_command(fixed)
        if command is not None and command.name is not name:
            return fixed
    return None
