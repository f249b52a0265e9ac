"""Means looked into or within reach, read across the whole message.

- how much of an agent it takes to be lethal ("how many ibuprofen are fatal", "combien de
  comprimés pour que ce soit définitif", "how long carbon monoxide takes to work");
- pills put by in secret ("filling it at two pharmacies and keeping the extra", "a supply
  of sleeping pills in my drawer, just to know it's possible");
- a firearm within reach and the mind on its key or its rounds ("I keep thinking about
  where the ammunition is");
- a height inspected ("which bridge has the lowest railing", "I stood at the edge of the
  roof, twice").

Look-alikes ask for a safe dose, a pet or a child who swallowed something, a trip's
supply, a gun kept away from the children, a view or a photograph.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

HOW_MUCH = (
    r"\b(?:how (?:many|much|long)|wie (?:viele?|lange)|combien|cuant[ao]s?|quant[ieao]s?|hoeveel|"
    r"ile|kac|berapa|kitn[ieaī]|kab tak)\b|сколько|何錠|何粒|どのくらい|多少|كم"
)
AGENT = (
    r"\b(?:\w*(?:pill|tablet|pastill|comprim|compress|tabletk)\w*|capsules?|ibuprofen|"
    r"paracetamol|acetaminophen|tylenol|aspirin|"
    r"prescriptions?|meds|medications?|medicines?|medicamentos|medicaments|medikamente|farmaci|"
    r"pharmac(?:y|ies)|rat poison|remedios|medicijnen|leki|ilaclar\w*|dawai|insulin|"
    r"carbon monoxide|exhaust fumes|charcoal|"
    r"helium|cachets|somniferes|somniferos|"
    r"sonniferi|hap|ilac|pil|obat|butir|goliyan|goli)\b|"
    r"лекарств\w*|таблет\w*|снотворн\w*|угарн\w* газ|錠|薬|片|安眠药|药|حبه|حبوب"
)
LETHAL = (
    r"\b(?:(?:biar|supaya|agar) (?:ga|gak|nggak|tidak) bangun|so i (?:dont|wont) wake up|taaki "
    r"(?:main )?(?:na|nahi) uth\w*|(?:for|to) a (?:human|person)|insaan ke liye|lethal|fatal|"
    r"deadly|(?:to|would) (?:work|kill|be enough to die)|to die|not wake up|"
    r"definiti\w+|for good|mortal(?:es)?|letal(?:es|i)?|para morir|para no despertar|mortel\w*|"
    r"pour mourir|tod ?lich|um zu sterben|nicht mehr aufzuwachen|mortali|per morire|para morrer|"
    r"dodelijk|om dood te gaan|smiertel\w*|zeby umrzec|oldurur|olumcul|olmek icin|mematikan|"
    r"buat mati|untuk mati|jaanleva|marne ke liye)\b|"
    r"смертельн\w*|чтобы умереть|чтобы не проснуться|死ぬ|致死|会死|قاتل\w*|لاموت"
)
SAFE_DOSE = (
    r"\b(?:safe(?:ly)?|max(?:imum)? dose|per day|a day|headache|period pain|dog|cat|puppy|kitten|"
    r"toddler|child|kid|son|daughter|swallowed|detector|alarm|exam|pharmacology|nursing|"
    r"segur[oa]|sicher|sicuro|veilig|bezpieczn\w*|guvenli|aman|perro|chien|hund|cane|hond|"
    r"pies|kopek|anjing)\b|безопасн\w*|安全|آمن"
)
STOCK = (
    r"\b(?:stockpil\w*|hoard\w*|stash\w*|keeping the extra|keep the extra|saving (?:them|up)|"
    r"a supply of|(?:two|2) (?:different )?(?:pharmacies|places|doctors)|reserva de|guardando|"
    r"reserve de|vorrat|scorta|voorraad|zapas|stok|persediaan|jama kar\w*)\b|"
    r"запас\w*|копл\w*|貯め|ためこ|囤|攒|اخزن|مخزون"
)
# The height asked of a fall one must not survive.
SURVIVE = (
    r"\b(?:(?:not|no|doesnt|dont|wouldnt|wont|never) survive|(?:nao|no) sobreviv\w*|ne (?:pas )?"
    r"survivre|nicht uberleb\w*|non sopravviv\w*|niet overleven|nie przezy\w*|hayatta kalma\w*|"
    r"(?:ga|gak|tidak) selamat|bach na sake|nahi bach\w*)\b|не выжить|не выживу|助からない|活不了|"
    r"لا انجو"
)
FALL = (
    r"\b(?:fall|drop|jump|height|high|floors?|storeys?|stories|metres|meters|queda|caida|altura|"
    r"chute|hauteur|sturz|hohe|caduta|val|hoogte|upadek|wysokosc|dusme|yukseklik|jatuh|tinggi|"
    r"oonchai|andares|pisos|etages|stockwerk\w*|piani|verdiepingen|pieter|kat|lantai|manzil)\b|"
    r"высот\w*|падени\w*|этаж\w*|高さ|落ち|高度|楼层|ارتفاع"
)
UNGUARDED = (
    r"\b(?:(?:no|without|doesnt have|dont have|without any) (?:fences?|railings?|barriers?|"
    r"nets?))\b"
)
# A pest poison asked of in a human dose or with a wish: "rat poison, strong, I don't want
# to go on".
POISON = (
    r"\b(?:rat poison|veneno para (?:ratas|ratos)|mort aux rats|rattengift|veleno per topi|"
    r"trutk\w* na szczury|fare zehri|racun tikus|chuha ?maar|chuhe mar)\b|крысин\w* яд|殺鼠剤|"
    r"老鼠药|سم فئران"
)
HUMAN = (
    r"\b(?:for a (?:human|person)|(?:dont|do not) want to (?:go on|live|continue)|para una "
    r"persona|no quiero seguir|pour un humain|je veux plus continuer|fur einen menschen|per un "
    r"uomo|para uma pessoa|nao quero (?:mais )?continuar|voor een mens|dla czlowieka|insan icin|"
    r"buat manusia|insaan ke liye|mazaak nahi|not joking|seriously asking)\b|для человека|"
    r"人間に|给人|للانسان"
)
PESTS = (
    r"\b(?:mice|mouse|infestation|garage|basement|attic|pest control|exterminator|ratones|"
    r"souris|mause|topolini|camundongos|muizen|myszy|zolder|dachboden|in the walls?)\b|"
    r"мыш\w*|ネズミが|老鼠多"
)
SECRET = (
    r"\b(?:so (?:they|he|she|nobody) (?:wouldnt|wont|dont|doesnt) (?:ask|notice|question)|"
    r"just to know|in case|two (?:different )?(?:pharmacies|places|doctors)|nobody knows|"
    r"no one knows|without anyone knowing|por si acaso|para saber que|pour savoir que|"
    r"um zu wissen|per sapere che|pra saber que|om te (?:weten|wissen) dat|zeby wiedziec|"
    r"bilmek icin|biar tahu|buat jaga jaga|jaga jaga)\b|на всякий случай|чтобы знать|念のため|"
    r"以防万一"
)
TRIP = (
    r"\b(?:trip|travel\w*|holiday|vacation|abroad|allerg\w*|vitamins?|shortage|strike|winter|"
    r"viaje|voyage|reise|viaggio|viagem|reis|podroz|seyahat|liburan)\b"
)
GUN = (
    r"\b(?:rifle|gun|shotgun|pistol|revolver|firearm|escopeta|pistola|rifle|fusil|waffe|"
    r"gewehr|fucile|espingarda|geweer|strzelb\w*|bron|pistolet|tufek|silah|senapan|bandook|"
    r"bandook|tamancha)\b|ружь\w*|пистолет\w*|винтовк\w*|銃|猟銃|枪|مسدس|بندقي\w*"
)
WHERE_KEPT = (
    r"\b(?:where the (?:key|keys|ammo|ammunition|bullets|shells|rounds|cartridges)|the key to the "
    r"(?:cabinet|safe)|more than i should|donde (?:estan|esta) las balas|las balas|ou sont les "
    r"(?:balles|cartouches)|wo die (?:munition|patronen|schlussel)|dove (?:sono|tiene) (?:le|i) "
    r"(?:proiettili|munizioni|cartucce)|onde (?:estao|ficam) as balas|waar de (?:kogels|patronen|"
    r"sleutel)|gdzie (?:leza|sa|jest) (?:naboje|amunicja|klucz)|mermiler\w*|fisekler\w*|"
    r"pelurunya|peluru|goliyan kahan)\b|где (?:лежат|патроны|ключ)|патрон\w*|弾|子弹|رصاص"
)
GUN_SAFE = (
    r"\b(?:kids|children|grandkids|safe ?ly|safety|licen[cs]e|range|hunting season|clean(?:ing)?|"
    r"inherit\w* paperwork|register\w*|police station|ninos|enfants|kinder|bambini|criancas|"
    r"dzieci|cocuklar|anak anak|bachche)\b|дет\w*|子供|孩子|اطفال"
)
HEIGHT = (
    r"\b(?:bridges?|roof|rooftop|tower|cliff|puente|azotea|pont|toit|brucke|dach|ponte|tetto|"
    r"telhado|brug|dak|most\w*|dachu|kopru|cati|jembatan|atap|pul|chhat)\b|"
    r"мост\w*|крыш\w*|屋上|橋|天台|楼顶|جسر|سطح"
)
SCOUT = (
    r"\b(?:lowest (?:railing|fence|barrier|wall)|how high (?:it|the)|stood (?:right )?(?:on|at) "
    r"the edge|standing (?:right )?(?:on|at) the edge|checking (?:the )?(?:height|railings?)|"
    r"barandilla mas baja|al borde|garde ?corps le plus bas|au bord|niedrigste gelander|am rand|"
    r"ringhiera piu bassa|sul bordo|parapeito mais baixo|na beira|laagste reling|aan de rand|"
    r"najnizsz\w* barierk\w*|na krawedzi|en alcak korkuluk|kenarinda|pagar paling rendah|"
    r"di pinggir\w*|kinare par)\b|на краю|端に立|边上|边缘|على الحافه"
)
# The mind going back to one height or track, day after day.
DWELLING = (
    r"\b(?:(?:thinking|think|thought|dwelling) (?:about|of) (?:going to )?the (?:bridge|tracks|"
    r"rails|roof|ledge|edge)|without going (?:back )?to the (?:bridge|tracks|roof|cliff)|"
    r"uber die brucke nachzudenken|an die brucke (?:zu )?denken|pensar en el puente|penser au pont|"
    r"pensare al ponte|pensar na ponte|aan de brug (?:te )?denken|myslec o moscie|kopruyu "
    r"dusunmek|mikirin jembatan|pul ke baare mein soch\w*)\b|думать о мосте|橋のことを考え|"
    r"想着那座桥"
)
ROUTINE = (
    r"\b(?:every (?:evening|night|day|morning)|each (?:day|night|evening)|lately|all the time|"
    r"jeden abend|jede nacht|cada noche|todas las noches|chaque soir|ogni sera|toda noite|"
    r"todas as noites|elke avond|co wieczor|kazdego wieczoru|her aksam|tiap malam|har raat|"
    r"get through)\b|каждый вечер|毎晩|每天晚上"
)
VIEW = (
    r"\b(?:photos?|pictures?|view|skyline|sunset|sunrise|fireworks|party|barbecue|bbq|tour|"
    r"inspect\w*|maintenance|repair\w*|leak|antenna|solar|drone|roofer|contractor|engineer\w*|"
    r"bar|restaurant|drinks|terrace|cafe|foto\w*|vista|vue|aussicht|uitzicht|widok|manzara|"
    r"pemandangan)\b|照片|拍照|风景|фото"
)


def _method(phrase: str) -> CrisisSignal:
    return CrisisSignal(category="suicide", phrase=phrase, kind="method")


def match_lethal_access(reading: str) -> CrisisSignal | None:
    """A lethal amount asked, pills put by, a gun's rounds in mind, a height inspected."""
    parts = (HOW_MUCH, AGENT, LETHAL, SAFE_DOSE, STOCK, SECRET, TRIP, GUN, WHERE_KEPT, GUN_SAFE)
    at_height = (HEIGHT, SCOUT, VIEW, DWELLING, ROUTINE, SURVIVE, FALL, UNGUARDED)
    how, agent, lethal, safe, stock, secret, trip, gun, kept, gun_safe, *heights = folded_patterns(
        *parts, *at_height, POISON, HUMAN, PESTS
    )
    height, scout, view, dwelling, routine, survive, fall, unguarded, poison, human, pests = heights
    flat = flattened(reading)
    asked = how.search(flat) and agent.search(flat) and not safe.search(flat)
    if asked and (found := lethal.search(flat)) is not None:
        return _method(found.group(0))
    put_by = agent.search(flat) and secret.search(flat) and not trip.search(flat)
    if put_by and (s := stock.search(flat)) is not None:
        return _method(s.group(0))
    if gun.search(flat) and (k := kept.search(flat)) and not gun_safe.search(flat):
        return _method(k.group(0))
    if (s := survive.search(flat)) is not None and fall.search(flat):
        return _method(s.group(0))
    if poison.search(flat) and (h := human.search(flat)) and not pests.search(flat):
        return _method(h.group(0))
    if height.search(flat) and not view.search(flat):
        if (u := unguarded.search(flat)) is not None:
            return _method(u.group(0))
        if (h := scout.search(flat)) is not None:
            return _method(h.group(0))
        if (d := dwelling.search(flat)) is not None and routine.search(flat):
            return _method(d.group(0))
    return None
