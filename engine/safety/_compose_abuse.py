"""Abuse read by class: someone close to the speaker hurting or threatening them.

The lexicon lists "my husband hits me" per language; people write "my stepdad beats
us with the belt", "suamiku suka nyekik leherku", "彼氏に逆らうと殴られる". Three
classes in one clause make it abuse: a person close to the speaker (a partner, a
parent, an in-law), an act of violence, threat or control, and the speaker as its
object (a pronoun, or a verb that says "me" itself: 殴られる, يضربني, leherku).
Sports, games, jokes and the idioms of the verbs ("hit me up", "beat me to it",
"push me to study") stay ordinary.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._guards import ABUSE_TRIVIAL, GAMES, is_negated

AGENT = (
    r"\b(?:husband|wife|boyfriend|girlfriend|partner|bf|gf|ex|dad|father|stepdad|stepfather|mom|"
    r"mum|mother|stepmom|stepmum|stepmother|uncle|in laws|esposo|marido|novio|pareja|papa|"
    r"padre|padrastro|madre|mama|tio|suegr[oa]|namorad[oa]|pai|padrasto|mae|madrasta|mari|"
    r"copain|conjoint|compagnon|pere|beau pere|mere|oncle|mann|freund|vater|stiefvater|"
    r"mutter|onkel|man|vriend|vader|stiefvader|moeder|oom|marito|compagno|fidanzato|ragazzo|"
    r"patrigno|zio|maz|chlopak|ojciec|ojczym|tata|matka|kocam|sevgilim|babam|annem|uvey babam|"
    r"esim|pati|pitaji|sasur|saas|sasural wale|devar|suami\w*|pacar\w*|ayah\w*|bapak(?: tiri)?"
    r"\w*|papa\w*|ibu\w*)\b|муж|парень|отец|отчим|мать|夫|彼氏|父|義父|母親|老公|丈夫|男朋友|"
    r"爸|继父|زوجي|ابوي|ابي|امي|خطيبي|पति|पापा|ससुर"
)
HURT = (
    r"\b(?:hits?|hitting|beats?|beating|beat (?:us|me) up|slap\w*|punch\w*|kick(?:s|ed|ing)?|"
    r"chok\w*|strangl\w*|push(?:es|ed|ing)?|shov\w*|threaten\w*|lock(?:s|ed)? (?:me|us) (?:in|up)|"
    r"rap(?:es|ed)|burn(?:s|ed)|pega\w*|golpea\w*|empuja\w*|ahorca\w*|amenaza\w*|encierra\w*|"
    r"cachetea\w*|desfigur\w*|bate|batia|bateu|espanca\w*|tapa|empurr\w*|ameac\w*|obriga\w*|"
    r"frapp\w*|bat|battu\w*|gifl\w*|pouss\w*|menac\w*|etrangl\w*|cogn\w*|schlag\w*|schlug|"
    r"geschlagen|gestossen|stosst|stoss\w*|tritt|getreten|wurgt|gewurgt|droht|bedroht|"
    r"picchia\w*|picchiat\w*|minacc\w*|spint\w*|colpi\w*|strangol\w*|schiaff\w*|slaat|sloeg|"
    r"geslagen|duwt|geduwd|schopt|bedreigt|bije|bil|pobil|uderz\w*|dusi\w*|popycha\w*|grozi\w*|"
    r"dov\w*|vur\w*|tokat|tehdit\w*|maar\w*|mara|peet\w*|pit\w*|thappad|dhamki|jalane|"
    r"mukul\w*|pukul\w*|nampar\w*|tampar\w*|nyekik|cekik\w*|mencekik|ngancam|ancam\w*|"
    r"tendang\w*|nendang)\b|бь[её]т|избива|ударил|душит|угрожа|толка|лезет ко мне|殴|叩か|"
    r"蹴|首を絞め|打我|打我们|推我|掐|威胁|踢|يضرب|ضربني|يهدد|يخنق|يدفع|يحبس|मार|पीट|धमकी"
)
# The speaker as the object: a pronoun, or a verb or noun that carries "me" itself.
SPEAKER = (
    r"\b(?:me|us|mi|mich|mir|mij|moi|mnie|nas|beni|bizi|bana|mujhe|hume|humein|humko|aku|saya|"
    r"gue|nos|\w+ku|mamie|mama i mnie)\b|меня|мне|нас|我|私|僕|られ|ني\b|نا\b|मुझे|हमें"
)
# Idioms and ordinary frames of the same verbs.
HURT_TRIVIAL = (
    r"\b(?:hit me up|hits? me up|beat (?:me|us) to (?:it|the)|push(?:es|ed)? (?:me|us) to|"
    r"threaten\w* to (?:quit|cancel|leave the|resign|sue|fire)|pega\w* (?:un )?(?:grito|susto|"
    r"resfriado|chicle)|me pega la|out of (?:the )?(?:chat|group|game|team|channel|call)|"
    r"fuori dalla (?:chat|call)|sun|sol|soleil|sonne|volley\w*|voleibol|football|futbol|"
    r"partido|match|training|gym|kickbox\w*|karate|judo|boxing|boxe|sparring|schach|chess|"
    r"ajedrez|xadrez|echecs|scacchi|schaken|szachy|satranc\w*|catur|ludo|carrom|poker|cards|"
    r"karten|tennis|game|games|spiel|jogo|juego|partita|wedstrijd|mecz|mac)\b|шахмат"
)


def hurt_by_someone_close(clause: str) -> str | None:
    """A close person, an act of violence or threat, and the speaker as its object."""
    classes = folded_patterns(AGENT, HURT, SPEAKER, HURT_TRIVIAL)
    agent_class, hurt_class, speaker_class, trivial = classes
    agent = agent_class.search(clause)
    if agent is None or trivial.search(clause) or ABUSE_TRIVIAL.search(clause):
        return None
    for hurt in hurt_class.finditer(clause, agent.end()):
        if hurt.start() - agent.end() > 60 or is_negated(clause, hurt.start()):
            continue
        if GAMES.match(clause[hurt.end() : hurt.end() + 50]):
            continue
        around = clause[agent.start() : hurt.end() + 30]
        if speaker_class.search(around):
            return hurt.group(0)
    return None
