"""Terse crisis language outside English, by class: the same ideas in several languages.

A partner who leaves bruises, a burn on one's own body done on purpose, things given
away that "won't be needed any more", the height or the number of pills it takes not
to survive or not to wake, starving oneself in order to die, and no wish to live with
an intensifier in the middle. Written against the plain reading (accents folded,
"dejó" read as "dejo").
"""

from __future__ import annotations

from engine.safety._kinds import Lexicon

_PARTNER = (
    r"(?:mi (?:novio|novia|esposo|esposa|marido|pareja|ex|padre|madre|padrastro)|(?:o )?meu "
    r"(?:namorado|marido|companheiro|ex|pai|padrasto)|a minha (?:namorada|mulher|mae)|mon "
    r"(?:copain|mari|conjoint|ex|pere|beau pere)|ma (?:copine|femme|mere)|il mio (?:ragazzo|"
    r"marito|compagno|ex)|mio (?:marito|padre|patrigno)|la mia (?:ragazza|moglie|compagna))"
)
_BRUISES = (
    r"(?:moretones|moratones|morados|cardenales|marcas|hematomas|roxos|roxas|manchas roxas|"
    r"des bleus|bleus|lividi|ematomi|segni)"
)
_BODY = (
    r"(?:braccio|braccia|polso|polsi|gamba|gambe|pelle|brazo|brazos|muneca|munecas|pierna|"
    r"piernas|piel|braco|bracos|pulso|pulsos|perna|pernas|pele|bras|poignet|poignets|jambe|"
    r"jambes|peau|arm|arme|handgelenk|bein|beine|haut|armen|pols|polsen|been|benen|huid|ramie|"
    r"nadgarstek|nadgarstki|noge|skore|kolumu|kolumi|bilegimi|lengan|kulit)"
)
_ON_PURPOSE = (
    r"(?:apposta|di proposito|a proposito|de proposito|a proposta|por querer|expres|exprès|"
    r"absichtlich|mit absicht|expres|opzettelijk|celowo|specjalnie|bilerek|isteyerek|sengaja|"
    r"on purpose)"
)
_BURNED = (
    r"(?:mi sono bruciat[oa]|me queme|me quemo|me queimei|me queimo|je me suis brule\w*|"
    r"ich habe mich verbrannt|ich habe mir|heb mezelf gebrand|heb mijn|poparzyl\w* sie|"
    r"poparzyl\w*|kendimi yaktim|yaktim|membakar|aku bakar)"
)

INTL_VOICES: Lexicon = {
    "ideation": (
        r"\bjeene ka (?:\w+ ){1,2}(?:mann|man|dil) (?:hi )?(?:nahi|nhi) (?:karta|karti|hota|"
        r"hai)\b",
    ),
    "method": (
        r"\b(?:jak wysoko|z jakiej wysokosci|ile pieter)\b(?: \w+){0,4} (?:zeby|aby|by) "
        r"(?:nie przezyc|umrzec|zginac)\b",
        r"\b(?:ne kadar yuksek|kac kat)\b(?: \w+){0,4} (?:olmek|olurum|kurtulmam|yasamam)\b",
        r"\bkac (?:tane )?(?:ilac|hap|tablet)\w*\b(?: \w+){0,3} (?:uyanmam|olurum|olur muyum|"
        r"olmek icin)\b",
        r"\b(?:cuantas|quantas|combien de|quante|wie viele|hoeveel|ile) (?:pastillas|pildoras|"
        r"comprimidos|pilulas|cachets|pilules|pillole|compresse|tabletten|pillen|tabletek)\b"
        r"(?: \w+){0,4} (?:para no despertar|pra nao acordar|para nao acordar|pour ne (?:plus|"
        r"pas) (?:me )?reveiller|per non svegliarmi|um nicht (?:mehr )?aufzuwachen|om niet "
        r"(?:meer )?wakker te worden|zeby sie nie obudzic)\b",
    ),
    "preparation": (
        r"\b(?:weggegeven|weggeven|verschenkt|weggegeben|gave away|given away|regale\w*|"
        r"regalado|regalei|doei|di todo|donne|rozdal\w*|dagittim|bagi\w*)\b(?: \w+){0,6} "
        r"(?:toch niet meer nodig|niet meer nodig|eh nicht mehr|nicht mehr brauche|no (?:las|los)"
        r" voy a necesitar|ya no (?:las|los|me) (?:necesito|van a hacer falta)|nao vou precisar|"
        r"nao preciso mais|naurai plus besoin|non mi serv\w+ piu|nie bed\w* potrzeb\w*|artik "
        r"ihtiyac\w*|tidak butuh lagi|gak butuh lagi)\b",
    ),
    "starvation": (
        r"\bglodz\w* sie\b(?: \w+){0,3} (?:zeby|aby|by|az) (?:umrzec|umre|zniknac)\b",
        r"\b(?:me estoy matando de hambre|me mato de hambre|deixo de comer|me affame|mi affamo|"
        r"hunger\w* mich)\b(?: \w+){0,3} (?:para morir|pra morrer|para morrer|pour mourir|per "
        r"morire|um zu sterben)\b",
    ),
    "self_harm": (rf"\b{_BURNED} (?:\w+ ){{0,2}}{_BODY}\b(?: \w+){{0,2}} {_ON_PURPOSE}\b",),
    "abuse": (
        rf"\b{_PARTNER} (?:\w+ ){{0,2}}(?:me dejo|me deja|me ha dejado|me deixou|me deixa|m a "
        rf"laisse|me laisse|mi ha lasciato|mi lascia)(?: \w+)? {_BRUISES}\b",
    ),
}
