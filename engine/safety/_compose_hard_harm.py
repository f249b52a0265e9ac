"""Word classes of `_compose_hard` for danger at home, hidden self-harm and starvation.

Readings are lower-case, accents folded, punctuation gone, sentences joined by " | ".
"""

from __future__ import annotations

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
