"""A blow told in the word orders the lexicon lacked, and fear of going home, read whole.

- a partner or a parent hitting the speaker with the verb first or the subject dropped
  ("gisteren sloeg hij me omdat ik te laat was", "gestern schlug er mich", "ayer me pegó
  porque llegué tarde", "dün geç kaldım diye bana vurdu", "昨天他打了我", "ضربني");
- not daring to go home ("ik durf vanavond niet naar huis", "boję się wracać do domu").

Look-alikes are hit by a ball, in a game or at sparring, "me pegó un susto / la gripe",
a brother "beat me at chess"; afraid to go home in the dark, in a storm or with a bad
grade to show.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

BLOW = (
    r"\b(?:sloeg hij me|slaat hij me|sloeg ze me|heeft hij me geslagen|schlug er mich|schlagt er "
    r"mich|hat er mich (?:\w+ )?geschlagen|er hat mich (?:\w+ )?geschlagen|me (?:pego|pega|golpeo|"
    r"golpea|abofeteo)(?= (?:porque|por|cuando|otra vez|de nuevo|fuerte|en la cara|delante|"
    r"con)\b)|mi ha (?:picchiat\w*|dato uno schiaffo|colpit\w*)|mi picchia|mnie (?:uderzyl\w*|"
    r"pobil\w*|bije)|(?:uderzyl\w*|pobil\w*|bije) mnie|bana (?:vurdu|vuruyor|tokat atti)|beni "
    r"(?:dovdu|dovuyor)|usne mujhe (?:maara|mara|peeta)|mujhe (?:maarta|marta|peet\w*) (?:hai|"
    r"tha)|thappad maara)\b|(?:他打了我|他打我|被他打|她打了我)(?!\w{0,2}(?:电话|手机|的电话))|"
    r"ضربني|يضربني|पति\S* (?:\S+ ){0,4}मारत"
)
BLOW_ORDINARY = (
    r"\b(?:ball|balon|pelota|ballon|palla|bola|bal|pilka|top|bola|game|match|sparring|boxing|"
    r"boxeo|boxe|training|entrenamiento|chess|schaak|schach|ajedrez|susto|gripe|el sol|un grito|"
    r"accident\w*|sin querer|per sbaglio|aus versehen|per ongeluk|przypadkiem|yanlislikla|"
    r"galti se|dodgeball|pillow|kussen|almohada|snowball|sneeuwbal|lol|haha\w*|jaja\w*)\b|"
    r"游戏|比赛|球|下棋|枕头|开玩笑|لعب|الشطرنج|شطرنج|بالمخده|مخده|يمزح|مزح|يهزر|枕|冗談"
)
AFRAID_HOME = (
    r"\b(?:(?:afraid|scared|terrified) (?:to go|of going) home|dont dare (?:to )?go home|"
    r"miedo de (?:volver|ir) a casa|peur de rentrer|trau mich nicht nach hause|angst,? nach "
    r"hause zu gehen|paura di tornare a casa|medo de voltar (?:pra|para) casa|durf (?:\w+ )?niet "
    r"(?:meer )?naar huis|boje sie wracac do domu|eve (?:gitmeye|donmeye) korkuyorum|takut "
    r"pulang|ghar jaane se (?:darr|dar) lag)\b|боюсь (?:идти|возвращаться) домой|家に帰るのが怖い|"
    r"不敢回家|خايف\w* ارجع البيت"
)
HOME_ORDINARY = (
    r"\b(?:dark|storm|snow|flood|grades?|report card|exam results|spider|mess|boss|rain|late "
    r"bus|oscuro|tormenta|noir|orage|dunkel\w*|sturm|buio|tempesta|escuro|donker|storm|ciemno|"
    r"karanlik|gelap|andhere|po ciemku|ciemnosc\w*|hujan|notas|cijfers|zeugnis|pagella|oceny|"
    r"karne|rapor|forgot|"
    r"anniversary|birthday|olvide|oublie|vergessen|dimenticat\w*|esqueci|vergeten|zapomnial\w*|"
    r"unuttum|lupa|bhool\w*)\b|"
    r"темно|темноте|暗い|天黑|الظلام"
)


def match_blow_with_reason(reading: str) -> CrisisSignal | None:
    """A blow with the verb first or the subject dropped; not daring to go home."""
    blow, blow_ok, afraid, home_ok = folded_patterns(
        BLOW, BLOW_ORDINARY, AFRAID_HOME, HOME_ORDINARY
    )
    flat = flattened(reading).strip()
    if (b := blow.search(flat)) is not None and blow_ok.search(flat) is None:
        return CrisisSignal(category="abuse", phrase=b.group(0), kind="abuse")
    if (a := afraid.search(flat)) is not None and home_ok.search(flat) is None:
        return CrisisSignal(category="abuse", phrase=a.group(0), kind="abuse")
    return None
