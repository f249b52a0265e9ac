"""A method asked about in any of the fifteen languages, read across the message.

Three shapes: the quickest or painless *way to die* ("qual è il modo più veloce per
morire senza soffrire"); a height or a floor asked about with not surviving as the
outcome ("с какого этажа надо прыгнуть чтобы точно не выжить"); a hanging knot or a
weapon asked for with an ending ("comment faire un nœud coulant pour se pendre",
"dónde puedo conseguir un arma para acabar con esto"). The way to learn Spanish,
the floor with the best view and a water pistol for a party stay ordinary: each
shape needs the death or the ending itself.
"""

from __future__ import annotations

import re

from engine.safety._compose_classes import folded_patterns
from engine.safety._kept import MEANS
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

WAY = (
    r"\b(?:way|ways|method|methods|forma|formas|manera|modo|moyen|facon|weg|manier|sposob|yol|"
    r"yolu|cara|tareeka|tarika|tariqa)\b|способ\w*|方法|死法|طريق\w*"
)
EASY = (
    r"\b(?:quickest|fastest|easiest|painless\w*|least painful|without pain|mas rapida|mas rapido|"
    r"mas facil|sin dolor|le plus rapide|la plus rapide|sans douleur|sans souffrir|schnellste\w*|"
    r"schmerzlos\w*|einfachste\w*|piu veloce|piu rapido|piu facile|senza soffrire|senza dolore|"
    r"mais rapida|mais rapido|mais facil|sem dor|snelste|pijnloze|pijnloos|zonder pijn|"
    r"makkelijkste|najszybsz\w*|bezbolesn\w*|najlatwiejsz\w*|en hizli|acisiz|en kolay|"
    r"paling cepat|tidak sakit|tanpa rasa sakit|paling mudah|aasaan|asaan|bina dard)\b|"
    r"быстр\w*|безболезн\w*|легк\w*|一番楽|楽に|最快|不痛苦|无痛|اسرع|بدون الم|اسهل"
)
DIE = (
    r"\b(?:to die|die|dying|to go(?=$| asking| for me| tonight| now| peacefully| quietly)|"
    r"morir|mourir|sterben|morire|morrer|dood te gaan|dood gaan|"
    r"doodgaan|smierc|smierci|umrzec|olmenin|olmek|olmenin|mati|marne|marna|mar jaane)\b|"
    r"умереть|смерт\w*|死|للموت|الموت|اموت"
)
HEIGHT = (
    r"\b(?:how high|what height|which floor|what floor|how many floors|de quelle hauteur|"
    r"de que altura|desde que altura|wie hoch|aus welcher hohe|da che altezza|da quale piano|"
    r"de que andar|hoe hoog|van welke verdieping|z jakiej wysokosci|z ktorego pietra|"
    r"kac kattan|kacinci kattan|dari lantai berapa|dari ketinggian berapa|kitni manzil|"
    r"kaunsi manzil)\b|с какого этажа|с какой высоты|何階から|从几楼|几楼|من اي طابق|"
    r"من اي ارتفاع"
)
NOT_SURVIVE = (
    r"\b(?:(?:not|dont|wont|never) survive|fatal|certain death|die|pas survivre|no sobrevivir|"
    r"nicht (?:uberlebt|uberlebe|uberleben)|non sopravviv\w*|nao sobreviv\w*|niet (?:te )?"
    r"overle\w*|nie przezy\w*|olurum|olur mu|olmek|pasti mati|mati|marunga|mar jaunga|"
    r"mar jaungi)\b|не выжить|умр\w*|насмерть|死ね|死ぬ|会死|死|ما انجو|لا انجو|اموت"
)
HANGING = (
    r"\b(?:hang myself|noose|se pendre|me pendre|ahorcarme|colgarme|nudo corredizo|"
    r"enforcar\w*|no de forca|no da forca|na forca|mich aufhangen|erhangen|impiccarmi|"
    r"impiccarsi|cappio|ophangen|strop|powiesic|kendimi as\w*|gantung diri|phansi|faansi)\b|"
    r"повес\w*|首吊り|首を吊|上吊|اشنق|مشنق"
)
MAKE = (
    r"\b(?:how (?:to|do (?:i|you)) (?:make|tie)|comment faire|como hacer|como fazer|wie "
    r"(?:mache|macht|binde)|come fare|hoe maak|jak zrobic|jak zawiazac|nasil yap\w*|cara "
    r"(?:membuat|bikin)|kaise banaye\w*)\b|как (?:завязать|сделать)|作り方|怎么(?:做|打|系)|"
    r"كيف اسوي|كيف اعمل"
)
WEAPON_ENDING = (
    r"\b(?:where|get|buy|find|conseguir|comprar|trouver|acheter|bekomme|kaufen|trovo|trovare|"
    r"comprare|arranjar|kopen|krijgen|zdobyc|kupic|bulabilirim|almak|beli|dapat|milegi|kharid\w*|"
    r"donde|ou|wo|dove|onde|waar|gdzie|nerede|dimana|kahan)\b(?: \w+){0,4} "
    r"(?:an? |un |une |una |um |uma |eine |ein |een )?(?:gun|weapon|pistol|firearm|arma|"
    r"pistola|arme|waffe|pistole|pistool|wapen|bron\w*|"
    r"pistolet|silah|tabanca|senjata|pistol|bandook)\b(?:(?: \w+){0,6}) (?:end (?:this|it|"
    r"everything)|acabar con (?:esto|todo)|en finir|das beenden|alles beenden|farla finita|"
    r"acabar com (?:isso|tudo)|er een eind aan te maken|skonczyc z tym|bitirmek|mengakhiri|"
    r"khatam karne)\b|(?:оружи\w*|пистолет)(?: \S+){0,6} (?:покончить|закончить)"
)
COUNT = (
    r"\b(?:how many|how much|cuantas|cuantos|combien|wie viele|wieviele|quante|quanti|quantos|"
    r"quantas|hoeveel|ile|kac tane|berapa|kitni|kitne)\b|сколько|何錠|何粒|多少|几片|كم"
)
NEVER_WAKE = (
    r"\b(?:(?:never|not|dont|wont) wake up|no (?:volver a )?despertar\w*|ne (?:plus|jamais|pas) "
    r"(?:me|se) reveiller|nicht mehr aufzuwachen|nicht mehr aufwach\w*|non (?:svegliar|risvegliar)"
    r"\w*|nao acordar|niet meer wakker|er niet meer uit|nie obudzic|uyanmama\w*|tidak bangun|"
    r"gak bangun|na uth\w*|to die|to end it|fatal|lethal)\b|не проснуться|目が覚めない|不醒|"
    r"ما اصحى|لا استيقظ"
)
TRIVIAL = (
    r"\b(?:learn\w*|migrat\w*|databases?|code|lose weight|weight|dimagrire|kilo|bahasa|spanish|"
    r"english|ingles|anglais|englisch|inglese|view|vista|vue|aussicht|uitzicht|widok|manzara|"
    r"pemandangan|parachute|parachut\w*|paracaidas|fallschirm|paracadute|spadochron\w*|parasut|"
    r"bungee|lift|elevator|asansor|necktie|gravata|corbata|cravate|krawatte|cravatta|"
    r"stropdas|krawat|kravat|dasi|party|festa|fiesta|fete|feestje|impreza|parti|costume|"
    r"disfraz|fantasia|cook\w*|masak|khana|halloween|decoration\w*|prop|project|essay|"
    r"level|boss|dogs?|cats?|pets?|vet|puppy|kitten|horse|toddler|child|kids?)\b|галстук|"
    r"вид на|ネクタイ|夜景|領帯|领带|海|البحر|الطبخ|痩せ"
)


def _count_to_end(flat: str) -> re.Match[str] | None:
    count, means, never_wake = folded_patterns(COUNT, MEANS, NEVER_WAKE)
    if count.search(flat) is None or means.search(flat) is None:
        return None
    return never_wake.search(flat)


def match_method_question(reading: str) -> CrisisSignal | None:
    """An easy way to die, a height not survived, a hanging knot or a weapon to end it."""
    parts = (WAY, EASY, DIE, HEIGHT, NOT_SURVIVE, HANGING, MAKE, WEAPON_ENDING, TRIVIAL)
    way, easy, die, height, survive, hanging, make, weapon, trivial = folded_patterns(*parts)
    flat = flattened(reading)
    if trivial.search(flat):
        return None
    found = (
        (way.search(flat) and easy.search(flat) and die.search(flat))
        or (height.search(flat) and survive.search(flat))
        or (make.search(flat) and hanging.search(flat))
        or weapon.search(flat)
        or _count_to_end(flat)
    )
    if not found:
        return None
    return CrisisSignal(category="suicide", phrase=found.group(0), kind="method")
