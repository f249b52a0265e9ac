"""Passive ideation in everyday words, read across the whole message.

Four shapes that need no crisis word: indifference to being hit by a vehicle or to
one's heart stopping ("i'd be fine if a truck hit me"); leaving with nobody noticing
("if i vanished tmrw nobody at school would even notice"); being better off not in
this world ("is better if I am not in this world", "wenn es mich nicht gäbe"); a
life without meaning and a wish to finish it ("my life is not have meaning, I want
finish it"). Scopes such as "from the group chat" are read by `_scope`.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

VEHICLE = (
    r"(?:a|the|some|an?) (?:bus|car|truck|lorry|train|van|tram|drunk driver)|"
    r"une voiture|un bus|un camion|un coche|un carro|un camion|un autobus|ein auto|ein bus|"
    r"ein lkw|una macchina|um carro|um onibus|um caminhao|een auto|een bus|een vrachtwagen|"
    r"samochod|autobus|ciezarowka|araba|otobus|kamyon|mobil|truk|gaadi|truck"
)
INDIFFERENT = (
    rf"\b(?:(?:be|feel) (?:ok|okay|fine|alright|at peace|relieved|glad|happy)|(?:not|wouldnt|"
    rf"dont|didnt) (?:really )?(?:mind|care)|(?:a|be a) relief) (?:with it )?(?:if|when) "
    rf"(?:(?:{VEHICLE}) (?:hit|hits|ran over|runs over|would hit|took me out|knocked me down)|"
    rf"my heart (?:just )?(?:stopped|stops|gave out|gives out|would stop)|i (?:just )?(?:didnt|"
    rf"did not|never) (?:wake up|woke up))|"
    rf"\b(?:ca me serait egal|ca ne me derangerait pas|je m en ficherais|me daria igual|"
    rf"no me importaria|nao me importaria|tanto faz|ware mir egal|mir ware es egal|"
    rf"non mi dispiacerebbe|mi andrebbe bene|zou me niet uitmaken|vind ik niet erg|"
    rf"nie obchodziloby mnie|byloby mi obojetne|bylo by mi obojetne) (?:\w+ )?(?:si|se|wenn|als|"
    rf"gdyby) (?:{VEHICLE})|"
    rf"\b(?:araba|otobus|kamyon)(?: bana)? (?:carpsa|ezse)(?: \w+)? (?:umurumda olmaz|sorun "
    rf"olmaz|fark etmez)|\b(?:nggak|gak|ga|tidak) (?:apa apa|papa|masalah) (?:kalau|kalo) "
    rf"(?:aku )?(?:ketabrak|ditabrak|tertabrak)|"
    r"всё равно,? если (?:бы )?(?:меня )?(?:собь\w*|сбил\w*)|(?:車|トラック|電車)にひかれても"
    r"(?:別に)?(?:いい|かまわない)|被车撞(?:死)?(?:了)?也(?:无所谓|没关系)|"
    r"(?:لا يهمني|عادي) لو (?:صدمتني|دهستني)|"
    r"\b(?:me da igual|me daria igual|no me importa|no me importaria|ca m ?est egal|je m ?en "
    r"fiche|mir egal|ist mir egal|ware mir egal|non mi importa|mi e indifferente|nao me importa|"
    r"tanto faz|kan me niet schelen|maakt me niet uit|nie obchodzi mnie|obojetne mi|umurumda "
    r"degil|umrumda degil|nggak peduli|gak peduli|farak nahi padta)(?: \w+){0,2} (?:si|se|wenn|"
    r"als|gdy|jesli|kalau|agar)?(?: \w+){0,2} (?:no despierto|no me despierto|je ne me reveille "
    r"pas|ich nicht (?:mehr )?aufwache|non mi sveglio|nao acordo|niet (?:meer )?wakker word|nie "
    r"obudze sie|uyanmasam|nggak bangun|gak bangun|na uthun)\b"
)
UNNOTICED = (
    r"\bif i (?:just )?(?:disappeared|vanished|was gone|were gone|died|went missing|dropped "
    r"dead|wasnt here|werent here)(?: \w+){0,4} (?:nobody|no one|noone|not a single (?:person|"
    r"soul))(?: \w+){0,4} (?:would|will|d|wud|gonna)? ?(?:even |actually |really )?(?:notice|"
    r"care|miss me|realise|realize)|"
    r"\bals ik (?:morgen )?(?:zou )?(?:verdwijnen|verdween|verdwijn|dood (?:ging|ga)|er niet "
    r"meer (?:was|ben))(?: \w+){0,4} (?:zou |merkt |mist )?niemand (?:het )?(?:zou )?(?:merken|"
    r"merkt|missen|mist)?|"
    r"\bwenn ich (?:morgen )?(?:verschwinden wurde|verschwinde|verschwunden ware|weg ware|tot "
    r"ware)(?: \w+){0,4} (?:wurde )?(?:es )?niemand|"
    r"\bsi je (?:disparaissais|mourais|n etais plus la)(?: \w+){0,4} personne ne|"
    r"\bsi (?:yo )?(?:desapareciera|me muriera|muriera)(?: \w+){0,4} nadie|"
    r"\bse eu (?:sumisse|desaparecesse|morresse)(?: \w+){0,4} ninguem|"
    r"\bgdybym (?:zniknal\w*|umarl\w*)(?: \w+){0,4} nikt|"
    r"\b(?:ortadan kaybolsam|olsem|kaybolsam)(?: \w+){0,4} kimse|"
    r"\b(?:kalau|kalo|jika) aku (?:menghilang|hilang|mati)(?: \w+){0,4} (?:nggak|tidak|gak|ga) "
    r"ada yang|"
    r"\bagar main (?:gayab|gaayab|mar) (?:ho )?(?:jaun|jaaun|jata|jaata|gaya)(?: \w+){0,4} kisi"
    r"|если (?:бы )?я (?:исчезну|исчез\w*|умру|умер\w*)(?: \S+){0,4} никто|"
    r"(?:私|僕|俺)がいなくなっても(?:誰も|だれも)|我(?:消失|死)了?(?:也|都)?没(?:有)?人|"
    r"لو (?:اختفيت|مت)(?: \S+){0,3} (?:لن|ما) (?:يلاحظ|يحس|يهتم)"
)
NOT_IN_WORLD = (
    r"\b(?:better|more better|best)(?: \w+){0,4} (?:if|when) i (?:am|was|were|is|be)? ?(?:not|no "
    r"longer|wasnt|werent|isnt) (?:in this world|on this earth|here anymore|alive)|"
    r"\b(?:if|when) i (?:am|was|were|is)? ?(?:not|no longer|wasnt|werent) (?:in this world|on "
    r"this earth|alive)(?: \w+){0,4} (?:better|more better)\b|"
    r"\bbesser(?: \w+){0,3},? wenn es mich (?:nicht|nicht mehr|gar nicht) (?:gabe|gibt|geben "
    r"wurde)|"
    r"\b(?:main|mai) (?:is )?(?:duniya|dunia) (?:mein|me) na (?:hota|hoti|rahu|rahun|rahoon)"
    r"(?: \w+){0,3} (?:behtar|accha|achha)|"
    r"如果我不在(?:这个)?世界上?(?:.{0,6})(?:更好|好一点|好些)|"
    r"(?:الافضل|افضل|احسن) لو (?:لم اكن|ما كنت|ما كنتش) (?:في|ب)(?:هذا )?(?:العالم|الدنيا)"
)
EASIER = (
    r"\b(?:better|easier|simpler|mejor|mas facil|mas sencillo|mieux|plus simple|plus facile|"
    r"besser|einfacher|leichter|meglio|piu facile|piu semplice|melhor|mais facil|beter|"
    r"makkelijker|lepiej|latwiej|daha iyi|daha kolay|lebih baik|lebih mudah|behtar|aasaan)\b|"
    r"лучше|проще|легче|更好|更容易|楽|افضل|اسهل"
)
NOT_EXISTING = (
    r"\bif i (?:just |simply )?(?:didnt|did not|never) exist(?:ed)?\b|\bif i (?:had )?never "
    r"been born\b|\bsi je n ?existais pas\b|\bse (?:io )?non esistessi\b|\bals ik niet (?:zou )?"
    r"(?:bestond|bestaan)\b|\bgdybym nie istnial\w*|\bse eu (?:simplesmente )?nao existisse\b|"
    r"\bsi (?:yo )?no existiera\b|\bwenn ich nicht (?:existieren wurde|existiert hatte)\b|"
    r"\b(?:hic )?var olmasaydim\b|\bkalau aku (?:tidak|nggak|gak) (?:pernah )?ada\b|"
    r"\bagar main (?:na|nahi) (?:hota|hoti)\b|если бы (?:меня не было|я не существовал\w*)|"
    r"如果我不存在|لو لم اكن موجود"
)
# Hoping not to reach an age or a date ("lowkey hoping i just dont make it to 18").
NOT_REACHING = (
    r"\b(?:hope|hoping|wish|pray|praying|doubt)\b(?: \w+){0,3} (?:i )?(?:just )?(?:dont|wont|"
    r"never|do not|will not|not) (?:make it|live) (?:to|till|until|past) (?:\d+|my \w+ birthday|"
    r"christmas|new year|next year|summer|graduation|the end of the year)\b"
)
MEANINGLESS = (
    r"\bmy life (?:is |has |have )?(?:not have|not has|doesnt have|has no|have no|no|is without|"
    r"got no|is not have) (?:any )?(?:meaning|point|purpose|sense|value)|my life is "
    r"(?:meaningless|pointless|worthless|nothing)|(?:no|not) (?:meaning|point|reason) in my life"
)
FINISH = (
    r"\b(?:want|wanna|going to|gonna|will|must|should|need to|have to|ready to) (?:to )?(?:finish|"
    r"end|stop|close) (?:it|this|everything|all of it|my life)\b(?! (?:by|before|today|"
    r"tomorrow|this|at|up|first|off|with)\b)"
)


def match_passive(reading: str) -> CrisisSignal | None:
    """Indifference to dying, going unnoticed, being better gone, a life to finish."""
    indifferent, unnoticed, not_in_world, meaningless, finish, easier, not_existing, reaching = (
        folded_patterns(
            INDIFFERENT,
            UNNOTICED,
            NOT_IN_WORLD,
            MEANINGLESS,
            FINISH,
            EASIER,
            NOT_EXISTING,
            NOT_REACHING,
        )
    )
    flat = flattened(reading)
    for pattern in (indifferent, unnoticed, not_in_world, reaching):
        found = pattern.search(flat)
        if found is not None:
            return CrisisSignal(category="suicide", phrase=found.group(0), kind="ideation")
    found = not_existing.search(flat)
    if found is not None and easier.search(flat):
        return CrisisSignal(category="suicide", phrase=found.group(0), kind="ideation")
    if meaningless.search(flat) and (found := finish.search(flat)) is not None:
        return CrisisSignal(category="suicide", phrase=found.group(0), kind="ideation")
    return None
