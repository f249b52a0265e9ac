"""Self-starvation with the body failing or a wish to be gone, read across the message.

- not eating or purging for days, with fainting or a racing heart and "i don't care" or
  "maybe it's better" ("nie jem od tygodnia ... mdleję ale mam to gdzieś");
- not eating with a wish to disappear ("je mange presque rien, je veux juste disparaître");
- rather dying than gaining weight; not deserving food; a weight goal with the heart
  failing ("get under 40kg, the doctor said my heart is struggling, i don't care").

Look-alikes fast for Ramadan or a blood test, skip lunch for meetings and feel faint
from the heat, "could die for a pizza", a marathon diet with a dietitian.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

NOT_EATING = (
    r"\b(?:(?:havent|haven t|not|barely|hardly) eat(?:en)?|skipping meals|skip meals|only (?:had )?"
    r"(?:water|coffee|black coffee)|vomit\w* (?:everything|all)|throwing up (?:everything|what i "
    r"eat)|no como|casi no como|je mange (?:presque )?rien|je ne mange plus|ich esse (?:\w+ ){0,3}"
    r"nichts|esse nichts mehr|non mangio|quasi niente|vomitando tudo|nao como|nao estou comendo|"
    r"ik eet (?:bijna )?niets|nie jem|tylko woda|yemek yemiyorum|hic yemiyorum|(?:ga|gak|nggak|"
    r"tidak) makan|kuch nahi kha\w*|khana nahi)\b|не ем|ничего не ем|食べてない|何も食べ|不吃饭|"
    r"没吃东西|ما اكلت|ما باكل"
)
BODY_FAILING = (
    r"\b(?:faint\w*|passed out|black(?:ed|ing)? out|heart (?:is )?(?:racing|struggling|pounding)|"
    r"heart problems|dizzy|desmay\w*|malaise|evanoui\w*|ohnmacht\w*|umgekippt|herzrasen|svenut\w*|"
    r"svengo|desmai\w*|coracao (?:ta |esta )?disparando|flauw\w*|mdleje|mdlal\w*|bayil\w*|"
    r"pingsan|behosh|chakkar)\b|обморок|сердце|倒れ|晕倒|اغمى"
)
DONT_CARE = (
    r"\b(?:i dont care|don t care|dont care|who cares|maybe (?:its|it s) better|better this way|"
    r"just want to disappear|me da igual|je m en fiche|je veux (?:juste )?disparaitre|ist mir "
    r"egal|non mi importa|tanto faz|nao ligo|kan me niet schelen|mam to gdzies|moze tak bedzie "
    r"lepiej|umurumda degil|bodo amat|fark nahi padta)\b|мне вс[её] равно|どうでもいい|无所谓|"
    r"ما يهمني"
)
STANDALONE = (
    r"\b(?:rather die than (?:gain|get fat|eat)|(?:dont|don t|do not) deserve (?:food|to eat)|"
    r"prefiero morir(?:me)? (?:antes )?que (?:engordar|comer)|plutot mourir que (?:grossir|"
    r"manger)|lieber sterben als (?:zuzunehmen|essen)|preferisco morire che (?:ingrassare|"
    r"mangiare)|prefiro morrer (?:do )?que (?:engordar|comer)|liever dood dan (?:aankomen|eten)|"
    r"wole umrzec niz (?:przytyc|jesc)|kilo almaktansa olurum|mending mati daripada gemuk|"
    r"no merezco comer|je ne merite pas de manger|verdiene (?:kein )?essen nicht)\b|"
    r"лучше умру чем (?:потолстею|есть)|太るくらいなら死|宁愿死也不要胖|افضل اموت ولا اسمن"
)
GOAL_LOW = (
    r"\b(?:under|below|unter|sous|sotto|menos de|onder|ponizej|altina|di bawah) (?:3\d|4\d) ?kg\b"
)
ORDINARY = (
    r"\b(?:ramadan|ramazan|ramzan|fast(?:ing)? for|blood test|surgery|colonoscopy|stomach bug|"
    r"flu|dietitian|nutritionist|marathon|heat|heatwave|hangover|pizza|ayuno|jeune|fasten|"
    r"digiuno|jejum|vasten|post|oruc|puasa|roza)\b|断食|斋月|رمضان|صيام"
)


def match_starving_danger(reading: str) -> CrisisSignal | None:
    """Not eating with the body failing and not caring, or a wish to be gone."""
    not_eating, failing, dont_care, standalone, goal, ordinary = folded_patterns(
        NOT_EATING, BODY_FAILING, DONT_CARE, STANDALONE, GOAL_LOW, ORDINARY
    )
    flat = flattened(reading).strip()
    if ordinary.search(flat) is not None:
        return None
    if (s := standalone.search(flat)) is not None:
        return CrisisSignal(category="self_harm", phrase=s.group(0), kind="starvation")
    n = not_eating.search(flat) or goal.search(flat)
    if n is not None and dont_care.search(flat) and (failing.search(flat) or goal.search(flat)):
        return CrisisSignal(category="self_harm", phrase=n.group(0), kind="starvation")
    return None
