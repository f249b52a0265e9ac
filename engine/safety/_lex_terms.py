"""The bare terms of every language but English: the words for suicide and domestic violence.

A bare term ("suicidio", "häusliche Gewalt", "自殺") is also what a film, a news story or
a training course names, so these kinds yield to the frame guards (`FRAMED_KINDS`); each
language's statements are in its `_lex_*` module, English bare terms in `_lex_en`. A term
several languages share ("suicid…") is written once, for the first of them in
`_lexicon.LEXICONS` order (a later copy in one alternation could never match first).
"""

from __future__ import annotations

from engine.safety._kinds import Lexicon

TERMS: Lexicon = {
    "word": (
        r"\bsuicid\w*",  # es, pt, fr, it, nl
        r"\b(?:selbstmord|suizid|freitod)(?!\s*squad)\w*",  # de
        r"\bzelfmoord\w*",  # nl
        r"\bsamobojst\w*",  # pl
        r"\bsamobojcz\w*",  # pl
        r"\bsuicyd\w*",  # pl
        r"\bintihar\w*",  # tr
        r"\bсуицид\S*",  # ru
        r"\bсамоубий\S*",  # ru
        r"(?:आत्महत्या|खुदकुशी|खुदखुशी)",  # hi
        r"\b(?:bundir|bunuh diri)\b",  # id
        r"(?:自殺|じさつ|自死)",  # ja
        r"(?:自杀|自殺)",  # zh
        r"(?:انتحار|الانتحار)",  # ar
    ),
    "abuse_word": (
        r"\bviolencia (?:domestica|de genero|machista|intrafamiliar)\b",  # es
        r"\bviolencia domestica\b",  # pt
        r"\bviolences? conjugales?\b",  # fr
        r"\bagression sexuelle\b",  # fr
        r"\bviolenza (?:domestica|sessuale)\b",  # it
        r"\babusi sessuali\b",  # it
        r"\bhausliche gewalt\b",  # de
        r"\bhaeusliche gewalt\b",  # de
        r"\bhuiselijk geweld\b",  # nl
        r"\bprzemoc (?:domowa|w rodzinie)\b",  # pl
        r"\b(?:aile ici|ev ici) siddet\b",  # tr
        r"\bдомашнее насилие",  # ru
        r"\bgharelu hinsa\b",  # hi
        r"घरेलू हिंसा",  # hi
        r"\bkdrt\b",  # id
        r"\bkekerasan dalam rumah tangga\b",  # id
        r"(?:dv|ＤＶ|家庭内暴力)",  # ja
        r"(?:家暴|家庭暴力)",  # zh
        r"(?:عنف اسري|العنف الاسري|العنف المنزلي)",  # ar
    ),
}
