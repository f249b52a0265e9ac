"""Safety: crisis language detection, help resources, and neutralising mentions.

Crisis detection runs before the coach sees a message. It is a curated list of
first-person phrases, not a classifier: it favours precision on idioms that are
common in work chat ("this deadline is killing me", "kill time", "I'm dying to
try it", "suicide squad", "career suicide") and recall on unambiguous
statements of intent or of being hurt. Bare words such as "suicide" or "kill"
are deliberately not enough; "suicidal", "self-harm" and explicit constructions
("kill myself", "thinking about suicide", "my partner hits me") are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

CrisisCategory = Literal["suicide", "self_harm", "abuse"]

__all__ = [
    "ABUSE_RESOURCES",
    "CRISIS_RESOURCES",
    "CrisisCategory",
    "CrisisSignal",
    "crisis_reply",
    "detect_crisis",
    "neutralise_mentions",
    "normalise_for_matching",
]


@dataclass(frozen=True, slots=True)
class CrisisSignal:
    """A crisis phrase found in a message: its category and the matched text."""

    category: CrisisCategory
    phrase: str


# Patterns are written against normalised text: casefolded, accents stripped
# ("más" -> "mas", "schlägt" -> "schlagt"), punctuation other than the
# apostrophe turned into spaces, whitespace collapsed.
_NOT = r"(?:do not|don'?t|dont|no longer|never)"
_PARTNER_EN = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|fiance|fiancee|spouse|ex|"
    r"dad|father|stepdad|stepfather|mom|mum|mother|stepmom|stepmother|parents?|"
    r"brother|sister|uncle|boss|he|she|they)"
)
# Without pronouns or bosses: "he hurt me" is usually about feelings.
_FAMILY_EN = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|fiance|fiancee|spouse|ex|"
    r"dad|father|stepdad|stepfather|mom|mum|mother|stepmom|stepmother|parents?)"
)
_PARTNER_DE = r"(?:mein (?:mann|freund|partner|vater|ex|stiefvater|bruder)|meine (?:frau|freundin|partnerin|mutter|eltern)|er|sie)"  # noqa: E501
_PARTNER_FR = r"(?:mon (?:mari|copain|conjoint|compagnon|pere|beau pere|ex|frere)|ma (?:femme|copine|compagne|mere)|il|elle)"  # noqa: E501
_PARTNER_ES = r"(?:mi (?:esposo|marido|novio|pareja|padre|padrastro|madre|esposa|novia|ex)|el|ella)"
_PARTNER_PT = r"(?:meu (?:marido|namorado|companheiro|pai|padrasto|ex)|minha (?:esposa|mulher|namorada|mae|companheira)|ele|ela)"  # noqa: E501
_PARTNER_NL = r"(?:mijn (?:man|vriend|partner|vader|stiefvader|moeder|vrouw|vriendin|ex)|hij|zij)"
_PARTNER_IT = r"(?:mio (?:marito|padre|patrigno|compagno|fidanzato|ex)|mia (?:moglie|madre|compagna|fidanzata)|il mio (?:ragazzo|compagno)|la mia ragazza|lui|lei)"  # noqa: E501

_SUICIDE = (
    # English
    r"\b(?:kill(?:ing)?|hang(?:ing)?|shoot(?:ing)?|drown(?:ing)?|unaliv(?:e|ing)) my ?self\b"
    r"(?! in the (?:foot|feet))",
    r"\b(?:want|wish|wanna) (?:someone|somebody) (?:would |to )?kill me\b",
    r"\b(?:end(?:ing)?|take|taking) my (?:own )?life\b",
    r"\bend(?:ing)? it all\b",
    r"\b(?:want|wanna|wish|plan(?:ning)?|decided) (?:to )?die\b(?! (?:of|on|laughing|from)\b)",
    r"\bwish (?:i|i'd) (?:was|were|had) (?:dead|never been born)\b",
    r"\bbetter off (?:dead|without me)\b",
    rf"\b{_NOT} want to (?:be alive|exist\b(?! (?:in|on|as)\b)|wake up (?:anymore|any more|again)|"
    r"live\b(?! (?:in|with|near|there|here|abroad|at|on|by|alone|together|like that)\b))",
    r"\b(?:no|not any) (?:reason|point) (?:to|in) (?:live|living|going on)\b",
    r"\bnothing (?:left )?to live for\b",
    r"\b(?:don'?t|dont|do not|can'?t) see (?:the|any) point (?:in|of) (?:living|life|going on)\b",
    r"\b(?:life|living) (?:is not|isn'?t|is no longer|s not) worth (?:living|it)\b",
    r"\bfeel(?:ing)? like dying\b",
    r"\bcan'?t (?:go on|keep) (?:living|anymore|any more)\b",
    r"\bsuicidal\b",
    r"\b(?:commit(?:ting)?|attempt(?:ed|ing)?|think(?:ing)?(?: about| of)?|thoughts? (?:of|about)|"
    r"consider(?:ing)?|contemplat(?:e|ing)|plan(?:ning)?) suicide\b(?! squad)",
    r"\bsuicide (?:note|plan|attempt|thoughts?|letter)\b",
    r"\b(?:take|swallow|took|swallowed) all (?:of )?(?:my|the|those) (?:pills|tablets)\b",
    r"\b(?:want|going|plan(?:ning)?|thinking about|try(?:ing)?) (?:to )?overdos(?:e|ing)\b",
    r"\b(?:jump|throw myself) (?:off|from|in front of) (?:a |the )?"
    r"(?:bridge|roof|building|train)\b",
    # German
    r"\b(?:will|mochte|moechte|kann) nicht mehr leben\b",
    r"\b(?:will|mochte|moechte|werde) (?:mich )?(?:umbringen|toten|sterben)\b",
    r"\bmich (?:umbringen|toten|erhangen)\b",
    r"\bbring(?:e)? mich um\b",
    r"\b(?:will|mochte|moechte|wunschte|waere|ware) (?:lieber )?tot(?: sein)?\b",
    r"\bkeine (?:lust|kraft) mehr zu leben\b",
    r"\b(?:bin|fuhle mich|fuehle mich) (?:suizidal|lebensmude|lebensmuede)\b",
    r"\bmir das leben nehmen\b",
    r"\bmein(?:em)? leben (?:ein ende setzen|beenden)\b",
    r"\b(?:selbstmord|suizid)(?!\s*squad)\w*",
    r"\bnicht mehr aufwachen\b",
    # French
    r"\b(?:je veux|j'ai envie de|envie de|je voudrais) mourir\b",
    r"\b(?:me suicider|suicidaire)\b",
    r"\b(?:je pense au|pensees? de|idees? de|tentative de) suicide\b",
    r"\b(?:je veux|je vais|envie de) me tuer\b",
    r"\bmettre fin a (?:mes jours|ma vie)\b",
    r"\ben finir avec (?:la vie|moi|tout\b(?! (?:le|la|les|ce|ca|mon|ma|mes|cela)\b))",
    r"\b(?:plus|pas) envie de vivre\b",
    r"\b(?:envie de crever|me foutre en l'air)\b",
    # Spanish
    r"\b(?:me quiero|quiero|deseo|me voy a) morir(?:me)?\b",
    r"\b(?:suicidarme|suicidarse)\b",
    r"\b(?:pienso en el|pensamientos? de|intento de) suicidio\b",
    r"\b(?:quiero|voy a|ganas de|pienso en) matarme\b",
    r"\bme (?:quiero|voy a) matar\b",
    r"\bquitarme la vida\b",
    r"\bno quiero (?:seguir )?vivi(?:r|endo)\b",
    r"\bacabar con (?:mi vida|todo\b(?! (?:el|lo|la|los|las|este|esta|eso|mi|tu|su)\b))",
    # Portuguese
    r"\bquero morrer\b",
    r"\b(?:quero|vou|vontade de|penso em|pensando em|pensei em) me matar\b",
    r"\b(?:me suicidar|(?:sou|estou|me sinto|pensamentos?) suicidas?)\b",
    r"\btirar (?:a )?minha (?:propria )?vida\b",
    r"\bnao quero (?:mais )?viver\b",
    r"\bnao aguento mais viver\b",
    # Dutch
    r"\bik wil (?:dood|sterven)\b",
    r"\bik wil niet meer leven\b",
    r"\bzelfmoord\w*",
    r"\bmezelf (?:van kant maken|doden|ombrengen)\b",
    r"\b(?:een )?eind(?:e)? aan mijn leven\b",
    r"\ber een eind(?:e)? aan (?:maken|wil maken)\b",
    # Italian
    r"\bvoglio morire\b",
    r"\b(?:voglio|vorrei|penso di|penso a) (?:uccidermi|ammazzarmi|suicidarmi)\b",
    r"\bmi voglio (?:uccidere|ammazzare|suicidare)\b",
    r"\bsuicidarmi\b",
    r"\btogliermi la vita\b",
    r"\bfarla finita\b",
    r"\bnon voglio (?:piu )?vivere\b",
)

_SELF_HARM = (
    # English
    r"\bself[ -]?(?:harm|injur)\w*",
    r"\b(?:cutting|burning|hurting|harming|starving) myself\b(?! out\b)",
    r"\b(?:cut|burn|hurt|harm) myself (?:again|on purpose|deliberately)\b",
    r"\b(?:want|wanna|going|urge|need|tempted|thinking about|thinking of|keep|started) (?:to )?"
    r"(?:cut|burn|hurt|harm|cutting|burning|hurting|harming) myself\b",
    # German
    r"\b(?:ritze mich|mich (?:zu )?ritzen|mich geritzt)\b",
    r"\bmich selbst (?:verletzen|verletze|schneiden)\b",
    r"\bselbstverletz\w*",
    # French
    r"\b(?:me scarifie|scarification|automutilation|me mutiler)\b",
    r"\b(?:envie de|je veux|je vais) me (?:faire du mal|couper|blesser)\b",
    # Spanish
    r"\b(?:autolesion\w*|cortandome)\b",
    r"\b(?:quiero|voy a|ganas de) (?:hacerme dano|cortarme|lastimarme)\b",
    r"\bme corto (?:los brazos|las munecas|otra vez)\b",
    # Portuguese
    r"\b(?:automutilacao|me cortando|me mutilar)\b",
    r"\b(?:quero|vou|vontade de) (?:me cortar|me machucar|me ferir)\b",
    # Dutch
    r"\bzelfbeschadiging\b",
    r"\b(?:ik snijd mezelf|mezelf (?:snijden|pijn doen|iets aandoen))\b",
    # Italian
    r"\b(?:autolesionismo|mi taglio|tagliarmi)\b",
    r"\b(?:voglio|vorrei) farmi del male\b",
)

_ABUSE = (
    # English
    rf"\b{_PARTNER_EN} (?:\w+ ){{0,2}}(?:slaps|slapped|slapping|punches|punched|punching|chokes|"
    r"choked|choking|strangles|strangled|abuses|abused|abusing|rapes|raped|molests|molested|"
    r"assaults|assaulted) (?:me|us)\b",
    rf"\b{_PARTNER_EN} (?:\w+ ){{0,2}}(?:hits|hit|hitting) (?:me|us)\b(?! (?:up|with)\b)",
    rf"\b{_PARTNER_EN} (?:\w+ ){{0,2}}(?:beats|beat|beating) (?:me|us)\b(?! (?:at|in|to|by|on)\b)",
    rf"\b{_PARTNER_EN} (?:\w+ ){{0,2}}(?:kicks|kicked|kicking) (?:me|us)\b(?! (?:out|off)\b)",
    rf"\b{_PARTNER_EN} (?:threatens|threatened) to (?:kill|hurt|hit) (?:me|us)\b",
    rf"\b{_FAMILY_EN} (?:\w+ ){{0,2}}(?:hurts|hurt|hurting|threatens|threatened) (?:me|us)\b",
    rf"\b{_FAMILY_EN} (?:is|gets|got|was|has been) (?:violent|abusive)\b",
    r"\bdomestic (?:violence|abuse)\b",
    r"\b(?:i was|i've been|ive been|i have been|i'm being|im being|i am being|i got|i keep being) "
    r"(?:raped|abused|molested|sexually assaulted)\b",
    r"\bsexual(?:ly)? (?:assault(?:ed)?|abuse[ds]?)\b",
    r"\babusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|parents?|father|"
    r"mother)\b",
    r"\b(?:afraid|scared|terrified) (?:to go home|of my (?:partner|husband|wife|boyfriend|girlfriend|dad|father))\b",  # noqa: E501
    r"\b(?:forced|forces|forcing) me (?:to have sex|into sex)\b",
    # German
    rf"\b{_PARTNER_DE} (?:schlagt|schlaegt|schlug|verpruegelt|verprugelt|vergewaltigt) mich\b",
    r"\bhausliche gewalt\b",
    r"\b(?:ich wurde|wurde ich) (?:vergewaltigt|missbraucht|geschlagen)\b",
    r"\bsexuell (?:missbraucht|belastigt)\b",
    # French
    rf"\b{_PARTNER_FR} me (?:frappe|bat|battait|viole|frappait)\b(?! (?:aux?|en)\b)",
    r"\bviolences? conjugales?\b",
    r"\b(?:j'ai ete|jai ete) (?:violee?|agressee? sexuellement|battue?)\b",
    r"\bagression sexuelle\b",
    # Spanish
    rf"\b{_PARTNER_ES} me (?:pega|golpea|maltrata|viola|violo|pegaba|golpeaba)\b",
    r"\bviolencia (?:domestica|de genero|machista)\b",
    r"\b(?:me violaron|fui violada|abuso sexual|abusaron de mi)\b",
    # Portuguese
    rf"\b{_PARTNER_PT} me (?:bate|agride|espanca|estuprou|violentou|batia)\b",
    r"\b(?:violencia domestica|fui estuprada|fui abusada)\b",
    # Dutch
    rf"\b{_PARTNER_NL} (?:slaat|sloeg|mishandelt) (?:me|mij)\b",
    r"\b(?:huiselijk geweld|ik ben verkracht|ik werd verkracht|seksueel misbruikt)\b",
    # Italian
    rf"\b{_PARTNER_IT} mi (?:picchia|picchiava|colpisce|violenta|maltratta)\b",
    r"\b(?:violenza domestica|violenza sessuale|sono stata violentata|abusi sessuali)\b",
)

_CATEGORIES: tuple[tuple[CrisisCategory, tuple[re.Pattern[str], ...]], ...] = (
    ("suicide", tuple(re.compile(p) for p in _SUICIDE)),
    ("self_harm", tuple(re.compile(p) for p in _SELF_HARM)),
    ("abuse", tuple(re.compile(p) for p in _ABUSE)),
)

# A self-harm verb followed by hair or nails is grooming ("me couper les cheveux"),
# and "burning myself out" is burnout.
_NOT_HARM_AFTER = re.compile(
    r"\s*(?:out\b|(?:\w+ ){0,2}(?:hair|haare?|cheveux|pelo|cabelo|cabello|capelli|unas|ongles|"
    r"unghie|nails|barbe?|barba|beard)\b)"
)

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"))
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
_TOKEN = re.compile(r"[\w@$]+")


def _unleet(match: re.Match[str]) -> str:
    token = match.group(0)
    # Only words that mix letters with digits or symbols ("k1ll", "su1c1de"); numbers stay.
    if any(c.isalpha() for c in token) and any(c in "013457@$" for c in token):
        return token.translate(_LEET)
    return token


def normalise_for_matching(text: str) -> str:
    """Return `text` in the form the crisis patterns are written against.

    NFKC, casefold, zero-width characters removed, accents stripped, basic
    leetspeak undone in words that mix letters and digits, punctuation (except
    the apostrophe) replaced by spaces and whitespace collapsed.
    """
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH).casefold()
    text = text.translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = _TOKEN.sub(_unleet, text)
    text = re.sub(r"[^\w\s']+", " ", text)
    return " ".join(text.split())


def detect_crisis(text: str) -> CrisisSignal | None:
    """Find crisis language (suicide, self-harm, abuse) in a message.

    Categories are checked in that order, so a message mentioning both suicide
    and abuse is reported as suicide.

    Args:
        text: the person's message as typed.

    Returns:
        The first signal found, or None when the message looks ordinary.
    """
    normalised = normalise_for_matching(text)
    if not normalised:
        return None
    # "k1ll" reads as "kill" but "ki11" needs 1 -> l; try both readings.
    variants = [normalised]
    if "1" in text:
        variants.append(normalise_for_matching(text.replace("1", "l")))
    for category, patterns in _CATEGORIES:
        for variant in variants:
            for pattern in patterns:
                found = pattern.search(variant)
                if found and not (
                    category == "self_harm" and _NOT_HARM_AFTER.match(variant, found.end())
                ):
                    return CrisisSignal(category=category, phrase=found.group(0))
    return None


CRISIS_RESOURCES = (
    "If you are in danger right now, please call your local emergency number "
    "(112 in Europe, 911 in the US and Canada, 999 in the UK, 000 in Australia).\n"
    "Free, confidential helplines in your country: https://findahelpline.com\n"
    "• US & Canada: call or text 988\n"
    "• UK & Ireland: Samaritans 116 123\n"
    "• Germany: TelefonSeelsorge 0800 111 0 111\n"
    "• France: 3114 · Spain: 024 · Netherlands: 113 (0800-0113)\n"
    "• Brazil: CVV 188 · Australia: Lifeline 13 11 14"
)

ABUSE_RESOURCES = (
    "For domestic abuse or sexual violence:\n"
    "• US: National Domestic Violence Hotline 1-800-799-7233\n"
    "• UK: National Domestic Abuse Helpline 0808 2000 247\n"
    "• Germany: Hilfetelefon Gewalt gegen Frauen 116 016"
)

_OPENINGS: dict[CrisisCategory, str] = {
    "suicide": (
        "I'm really sorry you're feeling this way. You don't have to go through it alone, "
        "and you deserve support right now from someone who can really help."
    ),
    "self_harm": (
        "Thank you for telling me — that takes courage. I'm sorry you're hurting, "
        "and you deserve support from someone who can really help."
    ),
    "abuse": (
        "I'm so sorry this is happening to you. It is not your fault, and you deserve to be safe."
    ),
}


def crisis_reply(signal: CrisisSignal, resources: str | None = None) -> str:
    """Write the reply sent instead of coaching when crisis language is detected.

    Args:
        signal: what `detect_crisis` found.
        resources: the help text configured for this installation; None uses
            `CRISIS_RESOURCES` (plus `ABUSE_RESOURCES` for abuse).

    Returns:
        A short, warm message with the help resources. Coaching pauses for this turn.
    """
    if resources is None:
        resources = CRISIS_RESOURCES
        if signal.category == "abuse":
            resources = f"{CRISIS_RESOURCES}\n{ABUSE_RESOURCES}"
    return (
        f"{_OPENINGS[signal.category]}\n\n{resources.strip()}\n\n"
        "I'm a coaching bot, not a crisis service, so let's set the coaching aside for now. "
        "Whenever you're ready, just write to me again."
    )


_ZWSP = "\u200b"
_SLACK_SPECIAL = re.compile(r"<!([^<>|]*)(?:\|([^<>]*))?>")
_DISCORD_ROLE = re.compile(r"<@&(\d+)>")
_BROADCAST = re.compile(r"@(everyone|here|channel)\b", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _slack_special(match: re.Match[str]) -> str:
    command, label = match.group(1), match.group(2)
    if command.startswith("date^") and label:
        return label
    if command.startswith("subteam^"):
        name = (label or "group").lstrip("@")
    else:
        name = (label or command).lstrip("@")
    return f"@{_ZWSP}{name}"


def neutralise_mentions(text: str, max_len: int = 3000) -> str:
    """Make user text safe to echo back on Slack and Discord.

    Broadcast mentions (Slack `<!channel>`, `<!here>`, `<!everyone>`, user
    groups `<!subteam^ID|@team>`; Discord `@everyone`, `@here`, role mentions
    `<@&ID>`) become plain text with a zero-width space after the "@", which
    both platforms render but never resolve. Plain user mentions (`<@U123>`)
    stay. Control characters other than newline and tab are removed, and the
    result is capped at `max_len` characters, ending with "…" when cut.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _SLACK_SPECIAL.sub(_slack_special, text)
    text = _DISCORD_ROLE.sub(f"@{_ZWSP}role", text)
    text = _BROADCAST.sub(lambda m: f"@{_ZWSP}{m.group(1)}", text)
    if len(text) > max_len:
        text = text[: max(max_len - 1, 0)].rstrip() + "…"
    return text
