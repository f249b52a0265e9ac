"""A method done to oneself, named as a wish, a plan, a thought or a slang word.

The lexicon knows most ways to say "hang myself" or "jump from the window"; this class
fills the forms it lacked in each language ("chcę się powiesić", "шагнуть из окна",
"the bus, the one you step in front of", "loncat dari jendela") and the plan that ends
in the act ("hold on till December and then kill myself", "berhenti nyari cara buat
ngilang selamanya"). Net slang that hides the word is read too ("タヒにたい", "me quiero
petatear", "udahan aja hidup gue").

Only reflexive forms count: a picture hung, washing hung out, a jump from a window in a
fire drill or into a pool are not the speaker's act; "I would never" before the act
keeps it ordinary, and a film, a game or a news story is read by the frame scopes.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

VEHICLE = (
    r"(?:a|the|an|oncoming) (?:train|bus|truck|lorry|car|tram|subway|tube|metro|van)|the one you "
    r"step in front of|traffic"
)
ACT = (
    rf"\b(?:(?:throw|hurl|fling|chuck) myself (?:in front of|under|off|from|into)|step(?:ping)? "
    rf"(?:out )?(?:in front of|under) (?:{VEHICLE})|the one you step in front of|step(?:ping)? "
    rf"(?:off|out of) (?:the|a|my) (?:window|ledge|roof|bridge|balcony)|"
    r"(?:me quiero )?ahorcarme|me (?:quiero |voy a )?ahorcar|colgarme (?:de|del)|me ahorco|"
    r"tirarme (?:a|bajo|delante de) (?:un|el|la) (?:tren|metro|camion|coche|autobus|vias)|"
    r"aventarme (?:de|del|al)|petatear(?:me)?|colgar los tenis|"
    r"mich (?:erhangen|aufhangen|aufzuhangen|vor (?:den|einen) zug (?:werfen|zu werfen))|"
    r"buttarmi sotto (?:un|il) (?:treno|camion|autobus)|"
    r"me jogar (?:na frente|debaixo) d\w+ (?:trem|onibus|caminhao|carro|metro)|"
    r"(?:me|mezelf) (?:op ?hangen|ophangen|op te hangen)|mezelf voor de trein gooien|"
    r"sie powiesic|powiesic sie|powiesze sie|wyskoczyc (?:przez|z) okn\w*|rzucic sie pod "
    r"(?:pociag|samochod|autobus|tramwaj)|skoczyc z (?:mostu|dachu|okna|wiezowca)|"
    r"kendimi (?:asmak|asacag\w*|asar\w*|(?:trenin|arabanin|otobusun) onune at\w*)|"
    r"(?:loncat|lompat|terjun|nyebur) dari (?:jendela|jembatan|atap|gedung|lantai \d+)|"
    r"(?:nabrakin|menabrakkan|nabrakkin) diri|(?:khud|apne aap) ko (?:khatam|maar) (?:kar|de|"
    r"dal)\w*|udah(?:an|in) (?:aja )?(?:hidup|idup)|"
    r"(?:khidki|chhat|building|pul|balcony) se (?:kud|kood|koodh)\w*|train ke (?:aage|neeche) "
    r"(?:kud|kood|koodh|aa)\w*)\b|"
    r"(?:шагнуть|выйти|выброситься|прыгнуть) (?:из|с|в) (?:окна|окно|крыши|моста|балкона)|"
    r"броситься под|лечь на рельсы|повешусь|タヒ(?:に|ぬ|る|のう)|氏にたい|電車に飛び込|"
    r"線路に飛び込|卧轨|跳河|跳桥|跳楼|فانسي लगा|फांसी लगा|फाँसी लगा|(?:छत|खिडकी) से कूद|"
    r"ارمي نفسي|اقفز من"
)
# The act as the end of a plan or a search: "and then kill myself", "a way to vanish forever".
PLANNED = (
    r"\b(?:(?:and )?then (?:just )?kill myself|(?:y )?(?:luego|despues) matarme|"
    r"(?:et )?(?:puis|apres) me tuer|und dann mich umbringen|und dann bring ich mich um|"
    r"e poi (?:uccidermi|ammazzarmi)|(?:e )?depois (?:vou )?me matar|en dan (?:zelfmoord|"
    r"mezelf van kant)|a potem sie zabic|sonra (?:da )?kendimi oldur\w*|(?:terus|lalu|abis itu) "
    r"bunuh diri|phir (?:khud ko|apne aap ko) (?:maar|khatam)\w*|"
    r"(?:cara|jalan) (?:buat|untuk) (?:ngilang|menghilang|pergi|mati) (?:selamanya|dari dunia)|"
    r"(?:ways?|how) to (?:disappear|vanish) (?:forever|for good|permanently))\b|"
    r"а потом (?:убить себя|покончить с собой)|способ\w* исчезнуть навсегда|然后自杀|永远消失的方法"
)
NEVER = (
    r"\b(?:would|will|could) never|wouldnt ever|nunca|jamais|niemals|non \w+ mai|nooit|nigdy|asla|"
    r"tidak akan pernah|gak akan pernah|kabhi nahi\b|никогда|絶対に?しない|绝不|永远不会|ابدا"
)
# Pool jumps, drills, a stunt: windows and bridges that are not the speaker's end.
ORDINARY = (
    r"\b(?:we|kami|kita|nosotros|wir|noi|nous|fire drill|escape room|holiday|vacation|liburan|"
    r"(?:ke|into the) (?:sungai|laut|danau|kolam|river|water)|stunt|bungee|parachute|skydiv\w*|"
    r"into the (?:pool|lake|sea)|"
    r"movie|film|game|video game|anime|manga|song|lyrics|novel|character|episode|series|"
    r"pelicula|filme|serie|spiel|gioco|jogo|oyun|novela|roman|powiesc\w*)\b|电影|映画|ゲーム|фильм"
)


def match_method_acts(reading: str) -> CrisisSignal | None:
    """A method to oneself or a plan that ends in it, unless never meant or a story's."""
    act, planned, never, ordinary = folded_patterns(ACT, PLANNED, NEVER, ORDINARY)
    flat = flattened(reading)
    if ordinary.search(flat) is not None:
        return None
    for pattern, kind in ((act, "method"), (planned, "ideation")):
        found = pattern.search(flat)
        if found is None:
            continue
        before = " ".join(flat[: found.start()].split()[-4:])
        if never.search(before) is None:
            return CrisisSignal(category="suicide", phrase=found.group(0), kind=kind)
    return None
