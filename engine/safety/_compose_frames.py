"""Frames of the compositional layer that are whole patterns: heights, dates, strangling.

Written folded (no accents); compiled by `_compose` on first use.
"""

from __future__ import annotations

HEIGHT = (
    r"\b(?:bridge|roof|rooftop|building|ledge|cliff|balcony|window|tower|height|floor|"
    r"brucke|dach|hochhaus|fenster|pont|toit|immeuble|fenetre|puente|azotea|edificio|ventana|"
    r"altura|ponte|telhado|predio|janela|tetto|palazzo|finestra|brug|dak|flat|raam|most|"
    r"balcon|balcone|varanda|balkon|sacada|train|trains|tracks|trein|zug|gleis|tren|comboio|"
    r"treno|pociag|kereta|metro|"
    r"wiezowiec|okno|kopru|cati|bina|pencere|pul|chhat|khidki|jembatan|atap|gedung|jendela)\b|"
    r"мост|крыш|окн|балкон|поезд|電車|火车|قطار|橋|屋上|窓|ベランダ|桥|楼|天台|阳台|窗|جسر|سطح|"
    r"نافذه|الشرفه|शत"
)
HEIGHT_FINAL = (
    r"\b(?:high enough|tall enough|how high|how tall|not survive|survive|fatal|lethal|to die|"
    r"jump|jumping|saltar|pular|sauter|springen|saltare|skoczyc|atlamak|kudna|lompat|"
    r"hoch genug|assez haut|suficiente|sobreviver|sobrevivir|uberlebt|survivre|sopravvivere|"
    r"hoog genoeg|przezyc|wystarczajaco|yeterince|cukup tinggi|letting go(?! of)|let go(?! of)|"
    r"loslassen|lacher prise)\b|прыгн|выжить|飛び降り|跳|اقفز"
)
HIGHEST = (
    r"\b(?:highest|tallest)\b"
    r"(?=.{0,60}\b(?:at night|alone|get onto|get on|climb over|access|fence|railing)\b)"
)

# Not expecting to live to a date ("i dont think ill make it to my birthday").
NOT_MAKING_IT = (
    r"\b(?:dont think|do not think|doubt|not sure|no idea if) (?:that )?(?:i|ill|i will|id) "
    r"(?:\w+ )?make it (?:to|till|until|through) (?:my (?:birthday|\d+\w*)|christmas|next "
    r"(?:year|month|week|summer)|the end of (?:the|this) (?:year|month|week)|\d+|thirty|forty)"
    r"\b(?!(?: \w+){0,4} (?:party|dinner|meeting|deadline|flight|train|on time|in time)\b)|"
    # Read across sentences: "i dont want to do this anymore. any of it. life i mean"; a plan
    # that is "permanent"; a burden "not for much longer"; a relapse with a blade.
    r"\b(?:dont want to|cant|cannot) (?:do|keep doing) (?:this|it) anymore\b(?: \S+){0,8} "
    r"(?:life|living|being alive|existing) i mean\b|"
    r"\b(?:other|my|a) plans?(?: \S+){0,3} permanent(?: ones?)?\b|\bpermanent (?:solution|way out|"
    r"exit|escape|sleep)\b(?! (?:for|to) (?:the|our|this|a) (?!problem)\w+)|"
    r"\b(?:burden|trouble|problem|pain|mess)\b(?: \S+){0,6} (?:wont|will not) be (?:for |around "
    r"|here |a problem |an issue )?(?:for )?(?:much|very) longer\b"
)
# Hands on the neck, strangled: abuse in any language, whoever did it.
STRANGLED = (
    r"\b(?:chok(?:ed|es|ing) me|strangl\w* me|hands? (?:around|round|on) my (?:neck|throat)|"
    r"mani al (?:mio )?collo|strozzat\w*|(?:me|mi) (?:ha |han )?(?:strangolat\w*|soffocat\w*)|"
    r"me (?:ahorco|ahorca|estrangulo|estrangula|sufoco|sufocou|estrangulou)|"
    r"manos en (?:mi )?cuello|"
    r"m (?:a|as) etrangle\w*|mains autour de (?:mon )?cou|(?:hat|hatte) mich gewurgt|"
    r"wurgt mich|heeft me gewurgd|wurgde me|dusil\w* mnie|rece na (?:mojej )?szyi|"
    r"bogazimi sik\w*|beni bogmaya|gala dab\w*|mencekik\w*|cekik aku)\b|"
    r"душил\w* меня|душит меня|首を絞め|掐(?:我|住我)的?脖子|掐我|خنقني|يخنقني|गला दबा"
)

# A rope or poison acquired or kept ("ich habe mir einen Strick besorgt", "买好了绳子").
ROPE = (
    r"\b(?:rope|noose|charcoal|poison|strick|seil|gift|corde|cuerda|soga|veneno|corda|"
    r"veleno|touw|lina|line|sznur|ip|urgan|zeher|zehar|tali|racun)\b|верёвк|веревк|яд|"
    r"ロープ|毒|绳子|绳|毒药|حبل|سم|रस्सी|ज़हर|जहर"
)
ACQUIRED = (
    r"\b(?:bought|got|ordered|hid|hidden|kept|besorgt|gekauft|versteckt|achete|cache|compre|"
    r"comprei|guardad[ao]|escondid[ao]|comprato|nascost[ao]|gekocht|verstopt|kupil\w*|"
    r"schowal\w*|aldim|sakladim|kharid\w*|chhupa\w*|beli|nyimpen|know what (?:its|it is) for|"
    r"wiem po co|pra isso|para eso|pour ca|dafur|per quello|commande|commandee|besteld|"
    r"sais deja pour quoi|weet al waarvoor|weiss schon wofur|so gia a cosa)\b|"
    r"купил\w*|спрятал\w*|знаю зачем|"
    r"買った|隠した|买好|买了|藏了|اشتريت|خبات|خريد"
)
# Things given away and not needed any more, in each language.
GIVEAWAY = (
    r"\b(?:gave (?:away )?(?:all )?(?:my|everything)|given away|giving away|verschenkt|weggegeben|"
    r"(?:giving|gave|given) (?:all )?my \w+(?: and (?:my )?\w+)? (?:away|to)|"
    r"(?:gave|given|giving) (?:my |our )?(?:best )?\w+ my (?:dog|cat|pets?|guitar|car|bike|"
    r"jewel\w*|rings?|watch|clothes|books|"
    r"plants|games|console|bird|fish|rabbit|hamster)|"
    r"donne (?:toutes )?mes|regale|regalado|doei|dei (?:todas )?as minhas|regalato|weggegeven|"
    r"oddal\w*|rozdal\w*|dagittim|verdim|baant|de di|bagi ?bagi\w*|kasih\w* semua)\b|"
    r"раздал\w*|отдал\w*|あげた|譲った|送人|送给|وزعت|اعطيت|बाँट|बांट"
)
NO_NEED = (
    r"\b(?:wont need|no longer need|dont need (?:them|it) anymore|wont be needing|"
    r"(?:look after|take care of|care for) (?:them|it) better than (?:me|i)|when im gone|"
    r"(?:look after|take care of) (?:him|her|them|it) (?:for good|forever|permanently)|"
    r"after im gone|"
    r"brauch\w* (?:sie|es|das) nicht mehr|n en aurai plus besoin|no (?:los|las|lo) "
    r"(?:voy a )?necesit\w*|nao vou (?:mais )?precisar|non mi serv\w* piu|"
    r"(?:heb|zal) (?:ze|het) niet meer nodig|nie bede (?:ich )?potrzebowac|"
    r"ihtiyacim (?:kalmadi|olmayacak)|zarurat nahi|(?:nggak|tidak|gak) (?:butuh|perlu) lagi)\b|"
    r"больше не нужн|ज़रूरत नहीं|जरूरत नहीं|もう要らない|いらない|全部人に|用不上|不需要了|لن احتاج"
)
# A note or letter left, and an apology or a goodbye, or everything put in order.
LAST_NOTE = (
    r"\b(?:(?:written|wrote|left|writing) (?:my|a) (?:last )?(?:note|letter)(?=.{0,60}\b(?:sorry|"
    r"forgive|goodbye|love you))|goodbye letters? (?:to|for) (?:my )?(?:family|parents|kids|"
    r"children|mum|mom|dad|wife|husband)|wrote (?:them|my family|my kids|my parents) (?:each )?"
    r"(?:a )?goodbye|for when (?:its|it is) over|(?:the |my )?(?:notes?|letters?) (?:is |are )"
    r"(?:written|ready|done|finished)(?=.{0,50}\b(?:nerve|courage|guts|do it|go through)\b)|"
    r"(?:the |my )?(?:life )?insurance (?:covers?|pays?(?: out)?|would pay)(?: \w+){0,2} "
    r"(?:suicide|if i (?:die|died|kill|killed))|(?:my )?(?:family|kids|wife|husband|mom|mum|"
    r"parents|daughter|son|children) (?:gets?|will get|would get|receives?) (?:the |my )?"
    r"(?:life )?insurance|"
    r"(?:passwords|bank \w+) (?:are |is )?written "
    r"down for|everything(?:s| is)? (?:ready|sorted|in order)|her sey hazir|alles geregelt|"
    r"tout est pret|todo (?:esta )?listo|tudo pronto|tutto pronto|alles geregeld|"
    r"wszystko gotowe|sab taiyar|semua siap)\b|всё готово|все готово|準備はできた|都准备好了|"
    r"كل شيء جاهز"
)
# Life not worth it, hating being alive, no strength to live.
NOT_WORTH = (
    r"\b(?:check(?:ing)? out (?:early|for good|permanently)(?! (?:from|of|at|on)\b)|"
    r"nothing (?:will|is going to|is ever going to) (?:ever )?get better(?: \S+){0,4} (?:whats "
    r"the point|no point|why bother|why try)|(?:want to|wanna|ready to) give up on everything"
    r"(?! (?:at|in|for|with|related|about|and)\b)|"
    r"(?:dont|cant|cannot|no longer) (?:see|picture|imagine) (?:a|any) future (?:for myself|"
    r"for me|at all|anymore|ahead)|(?:(?:dont|do not) want to be |tired of being |im |being )?"
    r"(?:a )?(?:bother|burden|trouble|weight) (?:to|on|for) (?:my|the) "
    r"(?:children|kids|family|daughter|son|husband|wife|parents|everyone)(?: \w+){0,2} (?:any )?"
    r"longer|(?:put|got|getting|putting) my affairs in order(?! (?:before|for|ahead of) "
    r"(?:the |my )?(?:surgery|operation|trip|move|procedure|retirement|baby|travel\w*))|"
    r"(?:having|have|had|getting|get|got) (?:really |such |very |a lot of |so many |these )?"
    r"dark thoughts(?! (?:about|on|for) (?!myself|me|dying|death|ending)\w+)|"
    r"thoughts of (?:ending|dying|death|not being here|not waking)|"
    r"(?:give|giving|gave) up on (?:everything(?: \w+){0,2} (?:even )?)?(?:life|living)|"
    r"(?:wrote|written|writing|made|make|making) (?:down |a list of )?(?:who gets|who will "
    r"get|who should get) (?:my|all my) (?:stuff|things|belongings|savings|money))\b|"
    r"\b(?:(?:ya )?no puedo mas con (?:esta|mi) vida|(?:nao|n) aguento mais (?:essa|esta|minha) "
    r"vida|je (?:ne )?supporte plus (?:cette|ma) vie|(?:dieses|mein) leben nicht mehr aus|"
    r"non ce la faccio piu (?:con )?(?:questa|la mia) vita|(?:dit|mijn) leven niet meer aan|"
    r"nie daje rady z (?:tym|moim) zyciem|bu hayata dayanamiyorum|ab aur nahi jee "
    r"(?:sakta|sakti)|(?:ga|gak|nggak|tidak) kuat (?:lagi )?(?:hidup|jalanin hidup)|"
    r"(?:reading up on|researching|research|looked up|looking up|googl\w+|checking) "
    r"how (?:much|many)(?: \w+){0,2} (?:it takes|it would take|you need|id need)|"
    r"stockpil\w+ (?:my )?(?:meds|medication|pills|prescriptions?|tablets|sleeping pills)|"
    r"(?:least painful|most painless|painless|quickest|surest|most reliable) (?:ways?|"
    r"methods?)(?! to (?:learn|get|make|cook|lose|clean|fix|remove|deploy|build|pay|save|"
    r"study|travel|train|quit|wax|pull|extract|give|break|tell|do|ask|have))|"
    r"(?:which|what) (?:pills|ones|meds|tablets)(?: \w+){0,3} how many|"
    r"(?:go to )?sleep(?: \w+){0,4} (?:not|never)(?: \w+){0,4} ever again|"
    r"tired of fighting(?: \w+){0,3} (?:i )?give up|i give up on (?:life|living|myself)|"
    r"(?:cant|cannot|dont think i can) keep (?:going|fighting|living)(?: \w+){0,2} "
    r"(?:much )?longer)\b|"
    r"\b(?:(?:life|living|it all|lifes)(?: is| s)? not worth (?:it|living|the pain)|"
    r"hate (?:being alive|living|my life|existing)|no (?:vale|merece) la pena vivir|"
    r"nao vale a pena viver|(?:la vie )?ne vaut pas la peine|lohnt sich nicht zu leben|"
    r"non vale la pena vivere|nie warto zyc|yasamaya degmez|jeene layak nahi|"
    r"plus la force de vivre|keine kraft mehr zu leben|no tengo fuerzas (?:para|de) vivir|"
    r"nao tenho (?:mais )?forcas? (?:pra|para) viver|non ho piu la forza di vivere|"
    r"geen kracht meer om te leven|stop breathing|aufhoren zu atmen|arreter de respirer|"
    r"dejar de respirar|parar de respirar|smettere di respirare|stoppen met ademen|"
    r"przestac oddychac|(?:planning|plan) my exit|my exit plan|letting go tonight|"
    r"let go tonight|(?:not|never)(?: \w+){0,3} waking up (?:ever )?again|"
    r"(?:sie|sie dzis|sie dzisiaj) zabic|m ?eteindre|apagarme|spegnermi|mogok makan biar mati|"
    r"(?:brucio|brulo|quemo|queimo|verbrenne|brand) (?:le |les |los |os |mir die |mijn )?"
    r"(?:braccia|bras|brazos|bracos|arme|armen)|bekras\w* (?:mijn )?armen|nyakar\w* "
    r"(?:tangan\w*|lengan\w*)|punch\w* (?:walls?|myself)(?=.{0,40}\bon purpose\b))\b|"
    r"不值得活|活着没意思|生きる価値がない|生きるのに\S{0,5}疲れ|لا تستحق ان تعاش|"
    r"ما عاد عندي رغبه|لم تعد لدي رغبه|لا رغبه لي|не стоит жить|нет сил жить|"
    r"اجرح (?:يدي|ذراعي|نفسي)|جرحت (?:يدي|ذراعي)"
)
# Nobody noticing, or others glad, if the speaker died or were gone.
NOBODY_NOTICE = (
    r"\b(?:(?:manage|cope|be) (?:fine|ok|okay|better) if i (?:were|was) (?:no longer|not) "
    r"(?:around|here)|(?:froh|glucklich|erleichtert)(?: \w+){0,3} wenn ich (?:weg|tot|nicht "
    r"mehr da) (?:ware|bin)|if i (?:told|tell) (?:anyone|anybody|someone|the police)(?: \w+){0,3} "
    r"(?:hell|he will|shell|she will|theyll|they will) (?:hurt|kill|beat|hit))\b|"
    r"لن يلاحظ احد اذا مت|لا احد سيلاحظ اذا مت|"
    r"(?:我消失了|我死了|如果我死了?)(?:也)?(?:没人|没有人|不会有人)"
)

FILLERS = (
    r"\b(?:really|just|honestly|even|actually|literally|kinda|kind of|sort of|truly|simply|"
    r"seriously|totally|so|echt|einfach|wirklich|halt|eigentlich|vraiment|juste|franchement|"
    r"realmente|solo|simplemente|so|apenas|mesmo|davvero|solo|proprio|gewoon|echt|gewoon|"
    r"naprawde|po prostu|gercekten|sadece|bas|sach mein|beneran|cuma|aja)\b ?"
)

PERCEIVED = (
    r"\b(?:thought|felt like|believed|was sure|was convinced|almost|nearly) (?:that )?"
    r"(?:i (?:was|were|would|d) )?(?:going(?: to)? |gonna |about(?: to)? )?$"
)

DIE_END = (
    r"\b(?:die|dying|morrer|morir|morirme|mourir|morire|sterben|dood|umrzec|olmek|mar|mati|"
    r"be here|be around|sumir|desaparecer|disparaitre|sparire|verschwinden|verdwijnen|"
    r"zniknac|disappear|vanish)\s*$"
    r"|умереть\s*$"
)

ON_PURPOSE = (
    r"\b(?:on purpose|deliberately|intentionally|a proposito|de proposito|expres|absichtlich|"
    r"apposta|expres|opzettelijk|celowo|bilerek|sengaja|jaan bujh\w*)\b|"
    r"нарочно|специально|わざと|故意"
)

NEGATED_AFTER = r"\b(?:nahi|nahin|not|nicht|non|pas|nie|no|nao|niet|tidak|nggak)\b|не|不|لا"

# Preparations, each ordinary alone; two different ones in one message are a plan:
# affairs put in order, a letter to each, a day decided, things given away, passwords left.
AFFAIRS = (
    r"(?P<order>\b(?:sorted|arranged|organi[sz]ed|put in order) (?:everything|all my|my affairs|"
    r"things)|(?:todo|tudo) (?:arreglado|arrumado|organizado|resolvido)|(?:range|regle|organise) "
    r"(?:mes affaires|tout)|(?:sistemato|sistemata|organizzato) tutto|alles (?:geregelt|"
    r"geregeld|erledigt|geordnet)|wszystko (?:uporzadkowal\w*|zalatwil\w*)|her seyi "
    r"(?:ayarladim|hallettim)|sab (?:theek|set) kar diya|semua (?:sudah|udah) (?:beres|rapi)|"
    r"привел\w* (?:все )?в порядок|全部(?:整理|安排)好|身辺整理|رتبت كل|رتبت اموري)|"
    r"(?P<letters>\b(?:letters?|notes?|cartas?|lettres?|briefe?|lettere|brieven|listy|"
    r"mektup\w*|chitthi|surat) (?:to|for|para|pour|a|an|fur|per|voor|do|dla|icin|ke liye|"
    r"buat|untuk) (?:each|everyone|all|todos|cada|chacun|tous|jeden|alle|ognuno|tutti|iedereen|"
    r"wszystkich|herkese|sabke|semua)|(?:ecrit|escribi|escrevi|geschrieben|scritto|geschreven|"
    r"napisal\w*|yazdim|likh\w*|nulis) (?:a |une |una |uma |jedem |ad )?(?:chacun|cada uno|cada um|"
    r"ognuno|iedereen|kazdemu|herkese|sabko|semua)|каждому (?:письмо|записку)|"
    r"给每个人(?:写|留)|لكل واحد رسال)|"
    r"(?P<day>\b(?:(?:picked|chose|chosen|decided|set) (?:the|a) (?:date|day)|(?:deciso|decidido|"
    r"decidi|choisi|fixe|gewahlt|festgelegt|gekozen|wybral\w*|sectim|tay kar\w*|menentukan|"
    r"nentuin) (?:il |el |o |le |den |de |the )?(?:giorno|dia|jour|tag|dag|dzien|gunu|din|"
    r"hari|date|data|datum))(?! (?:del|de|do|da|du|des|van|fur|voor|dla|ke|untuk|for|of)\b)|"
    r"выбрал\w* день|決めた日|日子定好|حددت اليوم)|"
    r"(?P<given>\b(?:(?:gave|given|giving) (?:away )?(?:all )?(?:my|everything)|regale|regalado|"
    r"doei|regalato|verschenkt|weggegeven|rozdal\w*|dagittim|baant\w*|bagi\w* barang|"
    r"donne mes)\b|раздал\w*|送人|あげた|وزعت)"
)

# A method asked about or prepared in other words: whether it hurts, how long it takes,
# a knot that holds weight, painkillers bought in several shops, a means kept in mind.
METHOD_QUESTION = (
    r"\b(?:(?:does|would|will|did) it hurt (?:to|if you|if i|when you) (?:hang|jump|drown|cut|"
    r"overdose|shoot|od)\w*|how (?:long|much) (?:does it take|would it take|it takes) to (?:die|"
    r"bleed out|drown|suffocate)|(?:looking up|looked up|googl\w+|search\w+|research\w+) how to "
    r"tie a (?:noose|knot that (?:holds|can hold))|knot that (?:holds|can hold|would hold) "
    r"(?:weight|a person|my weight)|(?:bought|buying|got) (?:a lot of|lots of|loads of|packs of|"
    r"boxes of)(?: \w+){0,2} (?:paracetamol|tylenol|pills|painkillers|tablets)(?: \w+){0,3} "
    r"(?:from |at |in )?(?:different|several|multiple|three|four) (?:shops|stores|pharmacies|"
    r"chemists)|(?:gun|pills|rope|bridge|blade|razor)(?: \w+){0,6} (?:i )?(?:keep|kept|cant stop)"
    r" (?:thinking about|looking at) (?:it|them|using it)|(?:bridge|roof|ledge|tracks|gun|rope)"
    r"(?: \w+){0,8} (?:i )?think about (?:it|jumping|using it) (?:every|each|all the) (?:day|"
    r"time|night|morning))\b"
)
# A means in a story, a view or a figure of speech.
METHOD_FRAME_TRIVIAL = (
    r"\b(?:metaphor\w*|figurative\w*|view|sunrise|sunset|photos?|pretty|beautiful|design\w*|"
    r"talk|song|film|movie|book|novel|painting)\b"
)
