"""The word classes of `_compose_hard`, each in every language the detector covers.

Readings are lower-case, accents folded, punctuation gone, sentences joined by " | ".
"""

from __future__ import annotations

# A question of quantity or height: how many, what floor, is it enough.
HOW_MUCH = (
    r"\b(?:how many|how much|what floor|which floor|how high|how tall|cuantas|cuantos|cuanta|"
    r"que piso|quantas|quantos|que andar|combien|quel etage|quante|quanti|che piano|wie viele|"
    r"wieviele|wie viel|welcher stock|welches stockwerk|hoeveel|welke verdieping|ile|ktore "
    r"pietro|kac tane|kacinci kat|kitni|kitne|kaunsi manzil|berapa|lantai berapa)\b|"
    r"сколько|какой этаж|何錠|何粒|何階|どのくらい|多少|几楼|幾樓|几片|كم|कितनी|कितने|कौन सी मंज़िल"
)
# What the quantity is of: pills, medicine, a height.
MEANS = (
    r"\b(?:pills?|tablets?|meds|medication|sleeping pills|paracetamol|tylenol|ibuprofen|insulin|"
    r"oxy\w*|floor|storey|story|stories|high|pastillas|pastilla|comprimidos?|piso|pisos|"
    r"remedios?|cachets|comprimes|medocs|medicaments|etage|pillole|compresse|piano|piani|"
    r"tabletten|pillen|schlaftabletten|stock|stockwerk|etagen?|slaappillen|verdieping\w*|"
    r"tabletek|tabletki|pietro|hap|ilac|kat|goli|goliyan|goliya|manzil|obat|pil|lantai)\b|"
    r"таблет\w*|этаж\w*|薬|錠|階|药|片|楼|樓|حبوب|حبة|دوا|طابق|गोली|गोलियां|गोलियाँ|मंज़िल"
)
# What the quantity should achieve: certainty, not waking, death.
OUTCOME = (
    r"\b(?:certain|sure|for sure|guaranteed|enough|lethal|fatal|to die|die|not wake up|never wake|"
    r"wont wake|dont wake|to not wake|seguro|suficiente|morir|no despertar|morrer|nao acordar|"
    r"sur|suffisant|mourir|ne plus me reveiller|sicuro|basta|morire|non svegliarmi|sicher|"
    r"reicht|tot|sterben|nicht mehr aufwachen|zeker|genoeg|dood|niet meer wakker|pewne|"
    r"wystarczy|umrzec|nie obudzic|kesin|yeter|olmek|uyanmamak|pakka|kaafi|mar jaye|marne|"
    r"nahi uthta|nahi uthega|na uthe|cukup|mati|tidak bangun|gak bangun)\b|"
    r"наверняка|точно|хватит|умереть|не проснуться|確実|死ね|目が覚めない|起きない|"
    r"一定|足够|死|醒不来|不会醒|اكيد|تكفي|يموت|اموت|ما اصحى|पक्का|काफ़ी|काफी|मर"
)
# Means one keeps to die by (not the pills taken for a cold).
STASH_MEANS = (
    r"\b(?:pills|tablets|meds|medication|painkillers|oxy\w*|opioids|sleeping pills|razor ?blades|"
    r"blades|gun|pistol|revolver|rope|hose|charcoal|pastillas|medicamentos|cuchillas|pistola|"
    r"cuerda|comprimidos|remedios|laminas|medocs|medicaments|cachets|boites de \w+|lames|"
    r"pistolet|corde|pillole|farmaci|lamette|pistola|corda|tabletten|pillen|schlaftabletten|"
    r"rasierklingen|klingen|pistole|waffe|seil|strick|pillen|scheermesjes|mesjes|pistool|touw|"
    r"tabletki|tabletek|opakowania tabletek|zyletki|pistolet|sznur|hap\w*|ilac\w*|jilet\w*|"
    r"tabanca|goliyan|goli|blade|bandook|obat\w*|silet|pistol|tali)\b|"
    r"таблетк\w*|лезви\w*|пистолет|ружь\w*|верёвк\w*|веревк\w*|薬|カミソリ|ロープ|銃|"
    r"药|安眠药|刀片|枪|绳|حبوب|شفرات|مسدس|حبل|गोलियां|ब्लेड|बंदूक|रस्सी"
)
# Keeping them: collected, put aside, counted, in the drawer, held "just in case".
STASHED = (
    r"\b(?:collect\w*|saving|saved up|stockpil\w*|hoard\w*|put aside|set aside|hid(?:den|ing)?|"
    r"counting|count them|keep counting|in (?:my|the) (?:drawer|nightstand|bedside)|just in case|"
    r"hold (?:it|them)|holding (?:it|them)|juntando|guardando|escondid\w*|por si acaso|"
    r"guardei|escondi|por via das duvidas|de cote|au cas ou|cache\w*|da parte|nel cassetto|"
    r"per ogni evenienza|gesammelt|sammle|versteckt|schublade|nachttisch|fur den fall|"
    r"halte sie|hol sie|verzameld|verstopt|voor het geval|na wszelki wypadek|w szufladzie|"
    r"zbieram|schowal\w*|biriktir\w*|sakladim|cekmece\w*|ne olur ne olmaz|jama kar|chhupa\w*|"
    r"simpan\w*|kukumpulin|ngumpulin|kusimpan|buat jaga jaga)\b|"
    r"коплю|собираю|спрятал\w*|на всякий случай|в ящике|貯め|集めて|隠して|念のため|"
    r"攒|存了|藏|以防万一|抽屉|جمعت|خبيت|خبأت|للاحتياط|जमा|छुपा"
)
# Kept safe from the children or packed for a trip: not a hoard.
KEPT_SAFE = (
    r"\b(?:out of reach|childproof|child proof|viaggio|viaje|viagem|voyage|reise|podroz\w*|"
    r"seyahat|yatra|perjalanan|trip)\b|"
    r"\b(?:from|of|for|so|because of|por causa d[aeo]s?|de los|de las|des|dei|per i|voor de|vor "
    r"den|wegen der|dla|przez|karena|soalnya|biar|cocuklar icin) (?:the |my |our |los |las |as |"
    r"os |les |i |le |die |den |moje )?(?:kids|children|child|toddler|ninos|criancas|enfants|"
    r"bambini|kinder|kinderen|dzieci|cocuklar|bacche|anak anak|anak)\b|"
    r"(?:от|из-за) детей|孩子(?:够不着|拿不到)|子供の手の届かない|بعيد عن الاولاد|बच्चों से दूर"
)
# The ordinary reasons one has them: a prescription, pests, shaving, a garden, a trip.
STASH_TRIVIAL = (
    r"\b(?:prescri\w*|pharmac\w*|doctor|dr|vet|expired|dispos\w*|return\w* (?:them|it)|"
    r"rats?|mice|mouse|ants|pests?|cockroach\w*|tikus|semut|kecoa|shav\w*|garden|sprinkler|"
    r"leak\w*|hobby|camp\w*|receta|raton\w*|ratas|rasier\w*|"
    r"ratten|mause|souris|topi|ratti|ratos|fare|muizen|myszy|szczury|chuhe|for the week|"
    r"organi[sz]er|pill box|dolor de cabeza|dor de cabeca|mal de tete|mal di testa|kopfschmerz\w*|"
    r"hoofdpijn|bol glowy|bas agrisi|sir dard|sakit kepala|repair\w*|fix\w*|barbecue|bbq|grill\w*|"
    r"asado|churrasco)\b|крыс|мыш|ネズミ|老鼠|فيران|فئران|चूहे|" + KEPT_SAFE
)
# Floors one asks about for ordinary reasons: a meeting, a flat, the lift.
FLOOR_TRIVIAL = (
    r"\b(?:meeting|office|room|flat|apartment|elevator|lift|parking|restaurant|gym|class|party|"
    r"clinic|dentist|reunion|oficina|apartamento|piso de|bureau|appartement|ufficio|appartamento|"
    r"besprechung|buro|wohnung|aufzug|kantoor|vergadering|biuro|mieszkanie|ofis|toplanti|daire|"
    r"kantor|rapat|apartemen|building|edificio|predio|immeuble|gebaude|gebouw|budynek|bina\w*|"
    r"gedung)\b|здани\w*|建物|ビル|大楼|大厦|المبنى|مبنى|इमारत|офис|квартир|会議|オフィス|会议|办公室|مكتب|شقة|ऑफिस"
)
# A high place and looking down from its edge.
HIGH_PLACE = (
    r"\b(?:roof|rooftop|bridge|ledge|edge|cliff|balcony|top floor|overpass|tetto|ponte|"
    r"azotea|techo|puente|telhado|ponte|toit|pont|falaise|dach|brucke|klippe|dak|brug|"
    r"dachu|moscie|mostu|kopru\w*|cati\w*|uçurum|chhat|pul|atap|jembatan|tebing)\b|"
    r"крыш\w*|мост\w*|балкон\w*|屋上|橋|ベランダ|天台|楼顶|桥|阳台|سطح|جسر|بلكون|छत|पुल"
)
LOOKED_DOWN = (
    r"\b(?:looked down|look down|looking down|stood at the edge|standing at the edge|stood on the "
    r"edge|miraba abajo|mire abajo|mire hacia abajo|olhei para baixo|regarde en bas|regardais en "
    r"bas|guardato giu|guardavo giu|nach unten (?:geschaut|gesehen|geblickt)|runtergeschaut|"
    r"naar beneden (?:gekeken|keek)|patrzyl\w* w dol|asagi baktim|asagiya baktim|neeche dekh\w*|"
    r"lihat ke bawah|melihat ke bawah)\b|смотрел\w* вниз|глядел\w* вниз|下を見|往下看|"
    r"بصيت لتحت|نظرت (?:لتحت|للاسفل)|नीचे देखा|नीचे देख"
)
# What makes looking down more than a view: a long time, enough, nobody stopping, next time.
EDGE_INTENT = (
    r"\b(?:long time|a while|ages|nobody would stop|no one would stop|enough|next time|thought "
    r"about|jump\w*|mucho tiempo|suficiente|saltar|muito tempo|longtemps|sauter|a lungo|"
    r"saltare|lange|springen|genug|lang|skoczyc|dlugo|uzun sure|atla\w*|bir dahaki|durmayacag\w*|"
    r"bahut der|kaafi|lama|melompat|cukup)\b|долго|хватит|прыгн\w*|長い間|飛び降り|很久|跳|"
    r"طويل|انط|बहुत देर|काफ़ी|काफी"
)
# A pet, a home or one's things given or ended.
REHOMED = (
    r"\b(?:gave (?:away )?my (?:dog|cat|pets?|bird|rabbit|things|stuff|guitar|plants)|(?:found|"
    r"finding) (?:a )?new homes? for (?:my|the) (?:dog|cat|pets?)|rehom\w*|cancell?ed (?:the|my) "
    r"lease|gave (?:\w+ ){1,3}my (?:dog|cat)|regale (?:la|el|mis|mi) \w+|di mi (?:perro|gato)|"
    r"(?:dei|doei) (?:o |a )?(?:meu|minha|o|a) (?:cachorro|gato|gata|cao|cadela)|"
    r"donne mon (?:chat|chien)|regalato (?:il|la) "
    r"\w+|hund (?:weggegeben|abgegeben)|katze (?:weggegeben|abgegeben)|kat weggegeven|"
    r"oddal\w* (?:kota|psa)|(?:kedimi|kopegimi) (?:\w+ )?verdim)\b|"
    r"(?:кота|кошку|собаку|вещи) (?:\w+ )?отдал\w*|отдал\w* (?:\w+ )?(?:кота|кошку|собаку|"
    r"вещи)|раздал\w* (?:свои )?вещи|(?:猫|犬)は(?:友達|友人|知り合い|家族)に引き取|"
    r"(?:猫|狗)送(?:给|人)|把(?:猫|狗)送|اعطيت (?:قطتي|كلبي)|अपनी बिल्ली|कुत्ता दे दिया"
)
# What says it is for good: not coming back, no longer needed, a last thanks, a letter.
FINAL = (
    r"\b(?:its not|it isnt|not coming back|for good|wont need (?:it|them)|wont be needing|"
    r"(?:dont|wont) need (?:it|them) anymore|thanks for (?:all the sessions|everything|all)|"
    r"thank you for (?:everything|all)|goodbye|a letter for|letters? to|before (?:friday|"
    r"monday|sunday|the \w+)|(?:in order|en orden|em ordem|en ordre|in ordine|in ordnung|op orde|"
    r"w porzadku) (?:before|antes del?|avant|prima di|vor|voor|przed)|antes del? (?:viernes|lunes|"
    r"domingo|fin de mes)|avant (?:vendredi|lundi|dimanche)|its for soon|no me hara falta|"
    r"ya no (?:lo|la|los|las) necesit\w*|"
    r"gracias por todo|nao vou precisar|obrigad[ao] por tudo|merci pour tout|je nen aurai plus|"
    r"cest pour bientot|grazie di tutto|grazie per tutto|non mi serv\w* piu|danke fur alles|"
    r"brauche (?:ihn|sie|es) nicht mehr|bedankt voor alles|niet meer nodig|dziekuje za wszystko|"
    r"nie bedzie mi potrzebn\w*|her sey icin tesekkur\w*|ihtiyacim olmayacak|sab ke liye "
    r"shukriya|terima kasih untuk semuanya)\b|"
    r"больше не понадоб\w*|не понадоб\w*|спасибо (?:вам )?за вс[её]|меня не будет|записк\w*|"
    r"今までありがとう|もう必要ない|手紙|谢谢你们?的一切|不再需要|遗书|شكرا على كل شي|"
    r"ما رح احتاج|सब कुछ के लिए धन्यवाद"
)
# Putting one's affairs in order: passwords, insurance, a will, the bank, a note.
AFFAIRS = (
    r"\b(?:passwords?|logins?|pin codes?|beneficiar\w*|life insurance|insurance papers|"
    r"(?:my|a) will\b|testament\w*|my accounts|bank (?:details|cards|codes)|claves del banco|"
    r"contrasenas|cuentas al dia|senhas|testamento|seguro de vida|mots de passe|assurance vie|"
    r"mes papiers|passworter|testament|versicherung|wachtwoorden|verzekering|hasla|"
    r"ubezpieczeni\w*|sifreler\w*|sigorta|vasiyet|password|wasiat|asuransi)\b|"
    r"пароли|страховк\w*|завещани\w*|записк\w*|パスワード|遺書|保険|密码|保险|遗嘱|"
    r"كلمات السر|وصيتي|تأمين|पासवर्ड|बीमा|वसीयत"
)
# A day chosen, with calm or a reason kept secret.
DATE_PICKED = (
    r"\b(?:picked|chose|chosen|set|decided on) (?:a|the) (?:date|day|\d+\w*)\b|"
    r"\bpicked the \w+\b(?= *(?:\||$))|\b(?:elegi|escolhi|choisi|scelto|gewahlt|gekozen|"
    r"wybral\w*|sectim) (?:la|a|el|o|le|il|den|de|dat) (?:fecha|data|date|datum|dag|dia|jour|"
    r"giorno|tag|dzien)\b|日にちを決め|日を決め|定好了日子|选好了日子|حددت اليوم|तारीख तय"
)
CALM = (
    r"\b(?:calm|peaceful|at peace|relieved|relief|light|doesnt need to know why|dont tell|"
    r"tranquil\w*|en paz|em paz|paisible|sereno|in pace|ruhig|erleichtert|rustig|spokoj\w*|"
    r"huzur\w*|sakin|sukoon|shanti|tenang|lega)\b|спокойн\w*|облегчени\w*|穏やか|落ち着|"
    r"平静|轻松|مرتاح|ارتحت|सुकून|शांति"
)
# What makes a date ordinary: a notice, a move, a wedding, a trip, a launch.
DATE_TRIVIAL = (
    r"\b(?:notice|resign\w*|move|moving|wedding|party|trip|flight|launch|release|deadline|"
    r"surgery|operation|appointment|exam|interview|holiday|vacation|birthday|date night|office|"
    r"gender reveal|ceremony|closing|first date|maternity|parental leave|boda|mudanza|viaje|"
    r"casamento|mudanca|"
    r"mariage|demenagement|matrimonio|trasloco|hochzeit|umzug|bruiloft|verhuizing|slub|"
    r"przeprowadzk\w*|dugun|tasinma|shaadi|pernikahan|pindahan)\b|"
    r"свадьб\w*|переезд\w*|декрет\w*|офис\w*|отпуск\w*|командировк\w*|結婚|引っ越し|婚礼|搬家|عرس|زفاف|شادी"
)
# Two things bought together that make a method (a hose and tape, charcoal and tape).
BOUGHT_SET = (
    r"\b(?:hose and (?:duct )?tape|tape and a hose|charcoal and (?:duct )?tape|manguera y cinta|"
    r"mangueira e fita|tuyau et (?:du )?scotch|tubo e nastro|schlauch und (?:klebe)?band|"
    r"slang en tape|waz i tasm\w*|hortum ve bant|selang dan lakban)\b|шланг и скотч|"
    r"ホースとテープ|管子和胶带|خرطوم وشريط"
)
