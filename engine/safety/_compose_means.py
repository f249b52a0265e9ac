"""Meaning classes of the compositional layer for means (folded, see `_compose_words`).

A means (pills by name, poison, a weapon, a rope, a height), what makes it a plan —
kept or counted, asked about with a lethal outcome, got without anyone asking — and
what makes it ordinary (a dose for a headache, a rope for the tent). A question
about a dose is ordinary on its own; it is a method only with an outcome that is
death ("which dose is lethal") or with acquiring it unseen.
"""

from __future__ import annotations

# Means: pills and poisons, ropes and blades, heights.
MEANS_LATIN = (
    r"pills?|tablets?|meds|medication|sleeping pills|painkillers|paracetamol|rope|noose|blades?|"
    r"razor|gun|poison|prescriptions|bridge|roof|rooftop|building|ledge|cliff|height|floor|"
    r"tabletten|pillen|schlaftabletten|strick|seil|brucke|dach|hochhaus|"
    r"cachets|comprimes|medicaments|corde|pont|toit|immeuble|"
    r"pastillas|medicamentos|cuerda|soga|puente|azotea|edificio|altura|"
    r"comprimidos|remedios|pilulas|corda|ponte|telhado|predio|"
    r"pillole|farmaci|sonniferi|tetto|palazzo|"
    r"slaappillen|brug|touw|flat|"
    r"tabletki|tabletek|leki|sznur|most|dach|wiezowiec|"
    r"ilac\w*|hap\w*|ip|kopru|cati|bina|"
    r"goliyan|goli|dawai|rassi|pul|chhat|obat\w*|tali|jembatan|atap|gedung"
)
MEANS_OTHER = (
    r"таблетк|снотворн|верёвк|веревк|мост|крыш|薬|睡眠薬|ロープ|橋|屋上|安眠药|药|绳|桥|楼顶|"
    r"الحبوب|حبوب|دواء|الدواء|حبل|جسر|سطح|गोलियां|गोली|रस्सी"
)
# Kept, counted, set aside, or asked about as enough (the means-for-an-end frame).
HOARD_LATIN = (
    r"sav(?:ed|ing) up|saving|stockpil\w+|instead of taking (?:them|it)|for when im ready|"
    r"for when the time comes|just in case|voor als het moment|para cuando|pour quand|per quando|"
    r"na wszelki wypadek|stash\w*|hoard\w*|collect(?:ed|ing)|set aside|"
    r"counting|counted (?:out )?(?:all|every)|enough|il faudrait|faudrait|would it take|"
    r"it would take|haria falta|"
    r"ci vorrebbero|nodig zou zijn|trzeba by|понадобится|high enough|tall enough|"
    r"highest|lethal|all of them|"
    r"all at once|gesammelt|sammle|gehortet|gespart|genug|hoch genug|"
    r"mis de cote|accumule|amasse|assez|suffisant|"
    r"juntando|junte|guardando|acumulad\w*|suficiente|"
    r"separei|juntei|guardei|acumulando|"
    r"messo da parte|accumulat\w*|abbastanza|"
    r"gespaard|opgespaard|verzameld|hoog genoeg|"
    r"zbieram|zbieralem|zbieralam|uzbieral\w*|odkladam|wystarczy|"
    r"biriktirdim|biriktiriyorum|topladim|yeterli|"
    r"jama|ikattha|ngumpulin|mengumpulkan|nimbun|cukup"
)
HOARD_OTHER = r"коплю|накопил|собрал|хватит|ためて|貯めて|集めて|攒|囤|足够|جمعت|اجمع|كافي"
# What makes a means ordinary: a prescription, a trip, a view, a fitness stair.
MEANS_TRIVIAL = (
    r"\b(?:ropa|varal|laundry|clothes ?line|tender|wasche|linge|bucato|pranie|camasir|"
    r"jemuran|pharmacy|refill|tent|camping|climbing|tie|boat|sail\w*|swing|laundry|"
    r"(?:soalnya|karena|because|since|porque|perche|weil|omdat|cunku) (?:ada |there (?:are|"
    r"were|is) |we (?:have|had) |hay |tem |il y a |ci sono |es gibt |er zijn )?(?:tikus|rats?|"
    r"mice|a mouse|ratas|ratos|souris|topi|ratten|mause|muizen|szczury|myszy|fare|kecoa|"
    r"cockroach\w*|ants|semut)|"
    r"hammock|leash|doctor|gp|nurse|vet|trip|flight|travel\w*|holiday|"
    r"vacation|view|photo\w*|picture|selfie|tourist|sunset|hike|hiking|climb\w*|stairs|"
    r"per day|a day|daily|vitamins?|safe|allowed|dose for|recipe|migraine|headache|fever|"
    r"ibuprofen\w*|melatonin|sehari|na dzien|dziennie|din mein|al giorno|por dia|al dia|"
    r"par jour|pro tag|per dag|gunde|figurative\w*|metaphor\w*|fun|river|lake|sea|pool|"
    r"bungee|parachut\w*|trampoline|diving|swim\w*|summer|cliff jumping|eiffel|pisa|burj|"
    r"big ben|empire state|architect\w*|"
    r"apotheke|arzt|reise|urlaub|aussicht|foto\w*|pharmacie|medecin|voyage|vue|"
    r"farmacia|medico|viaje|viagem|vista|viaggio|apotheek|huisarts|reis|uitzicht|"
    r"apteka|lekarz|podroz|widok|eczane|doktor|seyahat|manzara|apotek|dokter|liburan)\b|"
    r"аптек|врач|поездк|вид с|в день|речк|весело|"
    r"薬局|医者|旅行|药店|医生|旅游|一天|每天|صيدليه|طبيب|سفر"
)
# More means by name: common medicines, poisons, weapons, hanging, heights counted in floors.
MEANS_NAMED_LATIN = (
    r"carbon monoxide|exhaust|hose|paracetamol\w*|tylenol|acetaminophen|panadol|aspirin\w*|"
    r"insulin\w*|rivotril|clonazepam|"
    r"diazepam|xanax|benzos?|lorazepam|zolpidem|antidepress\w*|dipirona|doliprane|"
    r"tachipirina|parol|dawai|dawa|goli|medicine|medicamento|farmaco|medicijn\w*|lek|leki|"
    r"ilac\w*|obat|medikament\w*|medicament\w*|tabletten|tabletki|tabletek|tabletka|"
    r"compresse|dose|dosis|dosi|dawk\w*|doz|"
    r"poison|veneno|poison|gift|veleno|gif|trucizn\w*|zehir|racun|jahar|zeher|"
    r"gun|arma|pistola|arme|pistolet|waffe|pistole|wapen|bron|silah|tabanca|bandook|"
    r"senjata|helium|charcoal|antifreeze|bleach|"
    r"enforcad[oa]|ahorcad[oa]|ahorcarme|pendre|pendu|erhangen|impiccar\w*|ophangen|"
    r"powiesic|powieszenie|asmak|asarsam|fansi|gantung diri|"
    r"meters?|metres?|metre\w*|metro\w*|floors?|stock\w*|etages?|pisos?|andar\w*|piano|"
    r"verdieping\w*|pietr\w*|kat|katdan|manzil|lantai"
)
MEANS_NAMED_OTHER = (
    r"парацетамол|снотворн|яд|пистолет|ружь|повеситься|этаж|"
    r"薬|毒|銃|首吊り|階|药|毒|枪|上吊|楼|"
    r"بنادول|(?<!\S)سم(?!\S)|مسدس|سلاح|شنق|طابق|"
    r"दवा|ज़हर|जहर|बंदूक"
)
# A question about a means: how many, which, how long, where to get.
ASK = (
    r"\b(?:how many|how much|which|what|how long|how high|where (?:can|do|to|could)|"
    r"cuant[oa]s?|cual(?:es)?|que|donde|quant[oa]s?|qual|quais|onde|combien|quel\w*|ou|"
    r"wie viele?|welche\w*|wo|wie lange|wie hoch|quant[ieoa]|quale|dove|hoeveel|welke|waar|"
    r"hoe lang|hoe hoog|ile|jaki\w*|jaka|gdzie|jak dlugo|jak wysoko|kac|hangi|nereden|"
    r"ne kadar|kitni|kitna|kaunsi|kaun si|kahan|berapa|apa|mana|dimana|di mana|would i|"
    r"could i|is it true|do you just|would it)\b|"
    r"сколько|какая|какой|какие|где|как долго|с какого|"
    r"どの|どれ|何錠|何粒|何階|どこ|多少|什么|哪|几|多久|多高|"
    r"كم|(?<!\S)اي(?!\S)|وين|من وين|ايش|شو|कितनी|कौन"
)
# The outcome asked about is death.
LETHAL = (
    r"\b(?:lethal|fatal|deadly|kill you|kills you|to die|die|dies|painless\w*|letal\w*|mortal\w*|"
    r"matam|mata|morir|morrer|mortel\w*|mourir|tuer|todlich\w*|sterben|stirbt|umbringen|"
    r"morire|uccid\w*|dodelijk\w*|sterven|dood|smierteln\w*|zabic|zabija|umrzec|"
    r"olumcul|oldurur|olur|olurum|olmek|maut|mar jaye|marne|mati|meninggal|mematikan|"
    r"(?:would i|could i) (?:still |even )?(?:wake up|survive)|fall asleep (?:and|forever))\b|"
    r"смертельн|умереть|убить|убьет|死ね|死ぬ|致死|死|致命|تقتل|قاتل|مميت|اموت|الموت|"
    r"मौत|मर"
)
# Getting a means so that no one asks or knows.
DISCREET = (
    r"\b(?:without (?:a )?(?:prescription|background check|anyone (?:asking|knowing|noticing)|"
    r"questions|id)|sin (?:receta|que (?:me )?pregunten|preguntas)|sem (?:receita|ninguem "
    r"(?:perguntar|saber))|sans ordonnance|ohne rezept|senza ricetta|zonder recept|"
    r"bez recepty|recetesiz|bina (?:prescription|parchi)|tanpa resep)\b|без рецепта|"
    r"処方箋なし|不用处方|بدون وصفه"
)
# Getting or buying.
GET = (
    r"\b(?:buy|get|order|consigo|conseguir|compro|comprar|acheter|trouver|kaufen|kaufe|"
    r"bekomme|comprare|compro|kopen|koop|krijg|kupic|dostac|alabilirim|alirim|bulurum|"
    r"kharid\w*|milega|milegi|beli|dapet)\b|купить|достать|買え|買う|买|اشتري|اجيب"
)
