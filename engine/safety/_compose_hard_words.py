"""The word classes of `_compose_hard`, each in every language the detector covers.

First the suicide classes (a quantity asked, a height, a pet given away, affairs put in
order), then danger at home, hidden self-harm and starvation.

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
# Floors one asks about for ordinary reasons: a meeting, a flat, the lift.
FLOOR_TRIVIAL = (
    r"\b(?:meeting|office|room|flat|apartment|elevator|lift|parking|restaurant|gym|class|party|"
    r"clinic|dentist|reunion|oficina|apartamento|piso de|bureau|appartement|ufficio|appartamento|"
    r"besprechung|buro|wohnung|aufzug|kantoor|vergadering|biuro|mieszkanie|ofis|toplanti|daire|"
    r"kantor|rapat|apartemen|building|edificio|predio|immeuble|gebaude|gebouw|budynek|bina\w*|"
    r"gedung)\b|здани\w*|建物|ビル|大楼|大厦|المبنى|مبنى|इमारत|офис|квартир|会議|オフィス|会议|办公室|مكتب|شقة|ऑफिस"
)
# A height, read two ways. Here, a rule of `_compose_hard` in every language: a high place,
# looking down from its edge and what makes it more than a view (a long time, enough,
# jumping), all within the rule's window, negations and jokes honoured. Below, a shape of
# `_farewell_care`, English only, across the whole message: a named height where people
# are hurt (the top of a car park, a railway bridge, a platform edge) and waiting there
# (looking down at the cars, for the right train), with no one and nothing (photos, the
# view) to explain it; no intent word is needed, the waiting is the sign.
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
HEIGHT_PLACE = (
    r"\b(?:top of the (?:multi ?storey|car park|building|tower|cliff)|roof|rooftop|railway bridge|"
    r"overpass|footbridge|motorway bridge|the bridge|platform edge|edge of the platform|cliff "
    r"edge)\b"
)
HEIGHT_WAIT = (
    r"\b(?:looking down|staring down|peering down|waiting for the right (?:train|moment|time|"
    r"one)|watching the (?:cars|lorries|trucks|trains|traffic|water) (?:go|pass|below|under|"
    r"rush|speed))\b|\blooking down at the (?:cars|road|traffic|water|tracks)\b"
)
HEIGHT_COMPANY = (
    r"\b(?:with (?:my|the|our|a) \w+|photos?|pictures?|sunset|sunrise|view|skyline|fireworks|"
    r"marathon|parade|tourists?|drone|birds)\b"
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

# --- Danger at home, hidden self-harm and starvation. ---

# Someone at home or close: partner, relative, in-laws, a carer.
CLOSE = (
    r"\b(?:husband|wife|boyfriend|girlfriend|partner|bf|gf|fiance\w*|ex|dad|father|stepdad|"
    r"stepfather|mom|mum|mother|stepmom|stepmum|uncle|brother|in laws|carer|caregiver|"
    r"landlord|esposo|marido|novio|pareja|padre|padrastro|madre|suegr[oa]|namorad[oa]|pai|"
    r"padrasto|mari|copain|conjoint|compagnon|pere|beau pere|mann|freund|vater|stiefvater|"
    r"mutter|pfleger\w*|vriend|vader|stiefvader|marito|compagno|fidanzato|ragazzo|padre|"
    r"patrigno|maz|chlopak|ojciec|ojczym|kocam|sevgilim|babam|pati|sasural wale|saas|sasur|"
    r"suami\w*|pacar\w*|ayah\w*)\b|муж|парень|отец|отчим|夫|彼氏|父|老公|丈夫|男朋友|继父|"
    r"زوجي|ابوي|خطيبي|पति|ससुराल|सास|ससुर"
)
# Taking or controlling what the speaker needs to leave: phone, keys, money, papers.
CONTROL = (
    r"\b(?:takes?|took|taken|taking|keeps?|kept|controls?|controlling|checks?|checking|tracks?|"
    r"tracking|reads?|locked|hid|hides)\b (?:\w+ ){0,3}(?:my )?(?:phone|keys?|money|passport|"
    r"bank cards?|cards|salary|wages|pay|id|purse|wallet|receipts|messages)\b|"
    r"\bhave to ask (?:him|her|them) for (?:money|bus fare|cash)\b|"
    r"\b(?:me quito|me quita|me revisa|controla) (?:el |la |los |las |mis? |todo )?(?:movil|"
    r"celular|telefono|llaves|dinero|tarjetas|sueldo|pasaporte)\b|"
    r"\b(?:tirou|pegou|controla) (?:o |a |os |as |meu |minha |meus |minhas )?(?:celular|"
    r"telefone|chaves|dinheiro|cartoes|salario|passaporte)\b|"
    r"\b(?:(?:ma|m a) pris|prend|controle|garde) (?:mon |ma |mes |tout mon )?(?:telephone|"
    r"portable|cles|argent|cartes|salaire|passeport)\b|"
    r"\bcontroll?\w* (?:tutti )?(?:i )?(?:miei )?(?:soldi|telefono|stipendio|cellulare)\b|"
    r"\b(?:handy|schlussel|geld|pass|karten|gehalt) (?:\w+ )?(?:weggenommen|abgezogen|"
    r"abgenommen|kontrolliert)\b|\b(?:pakt|neemt|controleert) (?:mijn )?(?:telefoon|sleutels|"
    r"geld)\b|\b(?:zabral|zabiera|kontroluje) (?:mi )?(?:telefon|klucze|pieniadze)\b|"
    r"\b(?:telefonumu|anahtarlarimi|parami|maasimi) (?:aldi|aliyor|kontrol)\w*\b|"
    r"\b(?:hp|handphone|kunci|uang|gaji)(?:ku)? (?:diambil|disita|dikunci)\b|"
    r"\b(?:phone|paise|salary) (?:cheen|le) (?:leta|lete|liya)\w*\b|"
    r"(?:телефон|ключи|деньги|паспорт|зарплат\w*) (?:\w+ )?(?:отобрал|забрал|забирает|отбирает)|"
    r"(?:забрал|отобрал|забирает) (?:\w+ )?(?:телефон|ключи|деньги|паспорт)|"
    r"(?:携帯|スマホ|鍵|お金)を(?:取り上げ|取ら|奪)|(?:没收|拿走|抢走)了?我的(?:手机|钥匙|钱|工资)|"
    r"(?:بياخد|اخد|اخذ|ياخذ|سحب) (?:\w+ )?(?:راتبي|مفاتيحي|تلفوني|موبايلي|فلوسي|جوازي)|"
    r"(?:फोन|सैलरी|पैसे|चाबी)\S* (?:\S+ ){0,3}(?:छीन|ले लेत|रख लेत)"
)
# Harm, threat, fear or confinement around that control.
MENACE = (
    r"\b(?:threaten\w*|regret it|hurt me|hit me|hits me|pushed me|shoved me|scared|afraid|"
    r"terrified|wont let me (?:out|leave|go)|locks? (?:me|the door)|locked (?:me|the door)|"
    r"put me in a home|nobody would visit|make sure i regret|kill me|amenaz\w*|empujo|"
    r"me pega|miedo|encierra|ameac\w*|medo|menac\w*|peur|enferme|minacc\w*|chius[ao] fuori|"
    r"paura|lasst mich nicht|bringt mich um|droht|angst|bedreigt|bang|grozi\w*|boje sie|"
    r"tehdit\w*|korkuyorum|dhamki|darr|takut|ngunci|dikunci|ngancam|diancam|have to ask for|"
    r"checks the receipts|ya no salgo|no me deja salir|nao me deixa sair|ne me laisse pas sortir|"
    r"non mi lascia uscire|lasst mich nicht raus|laat me niet (?:naar )?buiten|nie pozwala mi "
    r"wychodzic|disari cikmama|bahar jaane nahi|gak boleh keluar|tidak boleh keluar)\b|"
    r"не выпускает|外に出してくれない|不让我出门|ما بيخليني اطلع|मारता|मारती|पीटता|"
    r"угрожа\w*|боюсь|запира\w*|убь[её]т|脅|怖い|閉じ込め|威胁|害怕|锁|يأذيني|يهددني|"
    r"قفل علي|بخاف|خايفه|धमकी|मार देगा|डर|बाहर जाने नहीं"
)
# A relative coming into the speaker's room at night, with secrecy.
NIGHT_ROOM = r"\b(?:comes|came|coming) (?:in|into) my (?:room|bed) at night\b"
SECRECY = r"\b(?:cant tell|can not tell|cannot tell|dont tell|has a key|lock the door)\b"
# A cutting tool or the act, and a repetition or hiding of its marks.
CUTTING = (
    r"\b(?:razor|razors|blade|blades|compass|cutting|cut myself|cuts|scars|marks on my (?:wrists|"
    r"arms|legs|thighs)|cortarme|cortes|cuchilla|me corto|cortando|me cortar|lamina|cicatrizes|"
    r"couper|coupures|lame|scarifi\w*|tagli|tagliarmi|lametta|ritzen|ritze|schnitte|klinge|"
    r"snijden|sneetjes|mesje|ciac\w*|zyletk\w*|blizn\w*|jilet|kesik\w*|kesiyorum|silet|"
    r"nyilet|sayat\w*|(?:hath|kalai|khud ko) kaat\w*)\b|режу\w*|порез\w*|лезви\w*|"
    r"шрам\w*|リスカ|腕を切|カミソリ|傷跡|划(?:了)?(?:自己|手|腿)|割(?:了)?(?:自己|手|腕)|刀片|疤|"
    r"اجرح حالي|جرحت حالي|شفر|(?:हाथ|कलाई) (?:पर )?काट|खुद को काट|ब्लेड"
)
HIDDEN = (
    r"\b(?:hide|hiding|hid|long sleeves|sleeves|so no one sees|nobody (?:sees|notices|noticed)|"
    r"no one (?:sees|notices|noticed)|from the cat|relaps\w*|again|after \w+ (?:months|years)|"
    r"escondo|mangas largas|otra vez|de nuevo|esconder|manga comprida|de novo|cache|manches "
    r"longues|encore|nascond\w*|maniche lunghe|dove non si vedono|di nuovo|verstecke|lange "
    r"armel|wieder|verstop\w*|lange mouwen|weer|ukrywam|dlugie rekawy|znowu|sakliyorum|uzun "
    r"kollu|yine|tekrar|chhupa\w*|phir se|sembunyi\w*|lengan panjang|lagi)\b|"
    r"пряч\w*|рукав\w*|снова|опять|никто не замет\w*|隠し|長袖|また|藏|长袖|又|没人看见|"
    r"اخبي|بخبي|كم طويل|مرة تانية|छुपा|फिर से"
)
# What makes a cut ordinary: hair, cooking, crafts, climbing, shaving.
CUT_TRIVIAL = (
    r"\b(?:hair|fringe|bangs|nails|onions?|cooking|kitchen|knife slipped|paper cut|shaving|"
    r"shave|climbing|rope|crafts?|paper|coupon|pelo|cabello|flequillo|unas|cebolla|cabelo|"
    r"franja|cebola|cheveux|frange|oignons?|capelli|frangia|cipoll\w*|haare|pony|zwiebel\w*|"
    r"haar|uien|ui|wlosy|grzywk\w*|cebul\w*|sac|sogan|baal|pyaaz|rambut|poni|bawang|"
    r"budget|costs?|prices?|taxes|hours|scene|film|movie|tree|trees|grass|lawn|wood|power|"
    r"director|corners|class|list|team|deal|ties|carbs|sugar|gluten)\b|"
    r"волос\w*|чёлк\w*|челк\w*|лук|髪|前髪|玉ねぎ|头发|刘海|洋葱|شعري|بصل|बाल|प्याज"
)
# Not eating, on purpose or for long.
NOT_EATING = (
    r"\b(?:skip\w* meals|not eating|stopped eating|stop eating|eat lunch no|living on (?:black "
    r"coffee|water|coffee)|barely eat\w*|hardly eat\w*|havent eaten|no como|deje de comer|casi "
    r"no como|nao como|parei de comer|quase nao como|ne mange (?:plus|presque plus|rien)|"
    r"non mangio|smesso di mangiare|quasi non mangio|esse (?:seit \w+ )?(?:nichts|kaum|nicht) "
    r"(?:mehr|noch)|esse kaum|esse nichts|eet (?:bijna )?(?:niks|niets|niet) meer|nie jem|"
    r"przestal\w* jesc|prawie nie jem|yemek yemiyorum|yemiyorum|khana (?:chhod|nahi kha)\w*|"
    r"khana nahi|nggak makan|gak makan|tidak makan|ga makan)\b|"
    r"(?:почти |ничего )?не ем|перестал\w* есть|食べていない|食べてない|食べていません|"
    r"ほとんど食べ|何も食べ|"
    r"不吃(?:饭|东西)?|没吃|ما باكل|ما عم اكل|مش عم اكل|बंद कर दिया खाना|खाना नहीं"
)
# Fading away: less of me, wasting away, vanishing, the body giving up.
FADING = (
    r"\b(?:less of me|none of me|fade\w*|disappear\w*|vanish\w*|waste away|wasting away|just "
    r"stop|stop existing|body (?:gives|would give|will give) up|not be here|stops? altogether|"
    r"it all stops|desaparec\w*|consumirme|sumir|desaparecer|definhar|disparaitre|m ?effacer|"
    r"sparire|svanire|spegnermi|aufhort|verschwind\w*|weniger werden|nicht mehr da|mee ophoudt|"
    r"ermee ophoudt|verdwijn\w*|zniknac|znikne|kaybol\w*|yok ol\w*|khatam ho ja\w*|mit ja\w*|"
    r"gayab|menghilang|hilang|lenyap|habis)\b|"
    r"исчезн\w*|исчезать|растворит\w*|消えたい|消えて|いなくなり|消失|不存在|أختفي|اختفي|اختفى|"
    r"ما يضل مني|ختم|\bhort (?:\w+ ){0,4}auf\b|ख़त्म हो जा|खत्म हो जा|गायब"
)
FOOD_TRIVIAL = (
    r"\b(?:diet(?! (?:wale|question|goal|plan|part|section))|diyet\w*|blood (?:test|work)|"
    r"l?esame del "
    r"sangue|analisi|analisis de sangre|exame de sangue|prise de sang|bluttest|bloedtest|badanie "
    r"krwi|kan tahlil\w*|fasting|fast|ramadan|ramazan|puasa|"
    r"oruc|lent|intermittent|cleanse|surgery|"
    r"colonoscopy|stomach bug|flu|nausea|dentist|jet ?lag|dieta|ayuno|jejum|jeune|digiuno|"
    r"fasten|diat|vasten|post|diyet|upvas|vrat|roza|keto)\b|"
    r"диет\w*|пост|断食|ダイエット|节食|减肥|رمضان|صيام|رجيم|उपवास|व्रत"
)
