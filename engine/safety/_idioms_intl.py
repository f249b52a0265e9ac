"""More idioms that borrow crisis words, per language, blanked before matching.

Each is a frame, not a sentence: a non-person subject that "is killing me", dying
*of* curiosity or shame, "killing myself with these early mornings", wanting to
vanish *from Slack for a bit*, ending things *with this file*.
"""

from __future__ import annotations

IDIOMS_INTL: tuple[str, ...] = (
    # Someone else's suicide, told as loss or history.
    r"\blost (?:\w+ ){1,3}to suicide\b|\b(?:died|dies|death|deaths|loss) (?:by|"
    r"of|from|to) suicide\b",
    r"\b(?:his|her|their|(?!(?:is|was|its|thats|whats|this|does|yes|plus|us|as|thoughts|plans|"
    r"feelings|covers|includes|considers|attempts|means|pays|counts|excludes)\b)[a-z]+s) "
    r"suicide\b",
    # Exhaustion told as killing oneself ("i nearly killed myself getting it done").
    r"\b(?:nearly |almost |practically |basically )?kill(?:ed|ing)? myself (?:getting|working|"
    r"trying to (?:finish|get|make)|to (?:get|finish|make)|doing|running|cleaning|finishing|"
    r"studying|carrying|lifting)\b",
    r"伤害(?:了)?自己的(?:感情|自尊心?|形象|名声|名聲)",
    r"\b(?:suicide|suicidio|selbstmord|suizid|zelfmoord|samobojstw\w*|intihar\w*) (?:of|di|de|"
    r"del|von|van|des|do|da|dari) [a-z]+",
    r"اختفي (?:في|الى|لمده|ل)\S* (?:\S+ )?(?:الجبال|البحر|الريف|العطله|اسبوع|يوم|شهر|ايام)",
    r"(?:هذا|هذه) (?:\S+ ){1,2}(?:سيقتلني|ستقتلني|يقتلني|تقتلني)",
    # Dying *while doing* something is hyperbole ("voy a morir estudiando"), not dying in sleep.
    r"\b(?:morir(?:me)?|morrer|mourir|morire) (?!durmiendo\b|dormindo\b)"
    r"[a-z]+(?:ando|iendo|endo|indo)\b",
    # Suicide as a metaphor for a doomed move ("un vrai suicide", "politischer Selbstmord").
    r"\b(?:un vrai|c est du|cest du) suicide\b|\bsuicide (?:politique|commercial|professionnel|"
    r"social)\b|\b(?:politischer|wirtschaftlicher|beruflicher|sozialer) selbstmord\b|"
    r"\bselbstmord (?:fur die|fur das|fur den|auf raten)\b|\bsamobojstw\w* (?:polityczn\w*|"
    r"zawodow\w*|towarzysk\w*)|\bsuicidio (?:politico|profesional|professionale|comercial|"
    r"commerciale|social|sociale)\b|\bpolitieke zelfmoord\b|\bpolitik intihar\b|"
    r"политическ\w* самоубийств\w*",
    # Suicide as the verdict on a plan, said of a venture, not of a person: "launching without
    # tests would be suicide for the project", "sin presupuesto es un suicidio". A first-person
    # word between the "without" and the verdict keeps it a statement about the speaker.
    r"\b(?:suicide|suicidio|suicidal|selbstmord|suizid|zelfmoord|samobojstw\w*|intihar|"
    r"bunuh diri)\w* (?:fur|furs|voor|dla|for|per|pour|para|pra|buat|untuk|bagi) (?:the |our |"
    r"this |a |your |their |das |die |den |het |ons |onze |il |la |le |el |o |a |nasz\w* )?"
    r"(?:project\w*|projekt\w*|proje\w*|proyecto|progetto|projet|projeto|proyek|company|"
    r"business|startup|brand|product|launch|release|team|firm|budget|bedrijf|firma|firm\w*|"
    r"empresa|azienda|entreprise|unternehmen|perusahaan|bisnis|sirket\w*|marke|merk|marca|"
    r"marque|zespol\w*|equipo|equipe|squadra|team)\b",
    r"\b(?:proje|projenin|sirket|sirketin|firma|marka|takim|is) icin intihar\b|"
    r"\b(?:project|company|business|startup|team|brand) ke liye suicide\b|"
    r"самоубийств\w* для (?:проекта|компании|бизнеса|команды|стартапа|бренда)|"
    r"انتحار (?:لل|ل)(?:مشروع|شركه|شركة|فريق|بزنس|منتج)",
    r"\b(?:without|sin|sans|ohne|zonder|bez|senza|sem|bina|tanpa) (?:(?!(?:i|me|my|myself|im|id|"
    r"ich|mich|mir|je|moi|yo|eu|io|ik|mij|ja|mnie|ben|main|mujhe|aku|saya|gue)\b)\w+ ){1,6}"
    r"(?:would be|will be|is|s|was|seria|es|sera|e|era|sarebbe|cest|c est|ce serait|ware|ist|"
    r"wird|zou|zijn|to|jest|byloby|itu|adalah|sama saja|ke liye|karna) (?:\w+ )?(?:a |an |un |"
    r"una |um |uma |ein |een |du |pure |basically |literally |just |total |complete |vrai |"
    r"puro |pura |reiner |echt )?(?:suicide|suicidio|selbstmord|zelfmoord|samobojstw\w*|"
    r"intihar|bunuh diri)\b",
    r"\b(?:suicide|suicidio|selbstmord|zelfmoord|samobojstw\w*|intihar)\w* (?:financ\w*|"
    r"economic\w*|ekonomi\w*|finans\w*|finanzi\w*|wirtschaft\w*|economi\w*|empresarial|"
    r"corporativo|aziendale|zakelijk\w*|ticari|marketing|strategic\w*|estrategico)\b",
    r"\b\w+(?:siz|suz|sız|süz) (?:\w+ ){0,4}intihar (?:olur|gibi|demek|etmek gibi)\b|"
    r"без \S+(?: \S+){0,4} (?:это |было бы |будет )?самоубийств\w*|"
    r"不\S{1,6}就\S{0,6}(?:简直是|等于|就是|是)自[杀殺]|"
    r"بدون (?:\S+ ){1,4}انتحار",
    r"自[殺杀](?:防止|予防|预防|対策|干预|热线|ホットライン)|(?:预防|防止|予防)自[殺杀]",
    # A rope bought for camping, climbing, a tent or the washing line.
    r"\b(?:corda|cuerda|corde|seil|touw|line|lin[aey]|веревк\w*|канат\w*) (?:\w+ ){0,2}"
    r"(?:para|pra|per|pour|fur|voor|do|dla|для) (?:el |la |o |a |il |le |de |het |die |den |das )?"
    r"(?:camping|campeggio|acampar|acampamento|tenda|tienda|tente|zelt|tent|палатк\w*|"
    r"wspinaczk\w*|escalada|arrampicata|escalade|klettern|klimmen|tendedero|varal|ropa|roupa|"
    r"bielizn\w*|бель\w*|barc\w*|boot|bote|lodz\w*|лодк\w*|trening\w*|treino|gym|palestra|"
    r"namiot\w*|pranie|прани\w*|сушк\w*|gard\w*|jardin|tuin|saltar|pular|springen|skakania|"
    r"прыгать)",
    # A boss or teacher who "will kill me" over work.
    r"(?:سيقتلني|ستقتلني|يقتلني|تقتلني) (?:المدير|مديري|المديره|مديرتي|الاستاذ|استاذي|المعلم"
    r"|المعلمه|الدكتور|المشرف|مشرفي|الكوتش)",
    r"(?:一週間|週末|数日|しばらく|ちょっと|一日|少し)\S{0,8}消えたい",
    r"\b(?:my )?(?:manager|boss|mum|mom|mother|dad|father|wife|husband|teacher|coach|team)"
    r"(?: is| s)? (?:going to|gonna) kill me(?= (?:\| )?i (?:missed|forgot|broke|lost|spent|"
    r"crashed|didnt|havent|am late|m late|overslept))",
    # Absent from a place or a day, not from life ("happier without me around the office").
    r"\bwithout me(?: around| there| here)? (?:in|at|around|on|during) (?:the |this |that |our |"
    r"my )?(?:office|meetings?|team|party|calls?|project|trip|weekend|\w+day|shift|standup|"
    r"chat|group|class|course)\b",
    r"\b(?:drown|drowns|drowned|drowning) (?:out|in (?:work|emails?|paperwork|meetings|tasks))\b",
    # Ending a chapter, a contract or a relationship, not a life.
    r"\b(?:end|ending|ended|close|closing) (?:this|that|a|the|my) (?:chapter|contract|lease|"
    r"subscription|streak|relationship|job|era|season|project|sprint|call|meeting)\b|"
    r"\b(?:end|ending|ended) (?:it|things) with (?:my )?(?:ex|boyfriend|girlfriend|partner|bf|gf|"
    r"husband|wife|fiance\w*|date|situationship)\b",
    # Waking up at an hour or for a duty.
    r"\b(?:despertar(?:me)?|acordar|me reveiller|aufwachen|svegliarmi|wakker worden|obudzic sie|"
    r"uyanmak) (?:tan |so |muy |bem |tres |molto )?(?:temprano|pronto|cedo|tot|fruh|presto|vroeg|"
    r"wczesnie|erken|a las \d+|as \d+|a \d+h?|um \d+|alle \d+|om \d+|o \d+)\b|"
    r"\b(?:fruh|vroeg|erken) (?:aufwachen|wakker worden|uyanmak|kalkmak)\b",
    # Hurting oneself in a sport or a fall, told as a body part or the activity.
    r"\b(?:me hago dano|me lastimo|me machuco|je me fais mal|ich verletze mich|mi faccio male|"
    r"ik bezeer me|robie sobie krzywde) (?:\w+ ){0,4}(?:rodilla|tobillo|espalda|joelho|genou|"
    r"cheville|knie|enkel|ginocchio|caviglia|kolano|beim sport|im training|corriendo|cuando "
    r"corro|al correr|en el gym|a la salle|in palestra|haciendo deporte|beim laufen)\b",
    r"\b(?:die|dies|dying|died) (?:down|out|off)\b",
    r"\b(?:id|i would|i d) rather (?:just )?(?:die|sleep forever|be dead|not exist|disappear) "
    r"than (?!(?:go on|live|living|continue|keep|be alive|wake|face|feel|be here)\b)"
    r"(?:\w+ ){0,4}\w+(?= (?:lol|lmao|haha\w*|xd|rofl)\b)",
    r"\bwake up (?:(?:tomorrow|early|tmrw|on \w+day) )?(?:at \d+(?:am|pm|h)?|at (?:five|six|"
    r"seven|dawn)|"
    r"before \d+|this early|that early|so early|for (?:work|school|class|the gym|my shift|"
    r"practice|(?:the |my |a |an )?(?:flight|train|exam|meeting|interview|shift|run)))\b",
    # Something that has an end anyway, wished over ("tired of this sprint, i want it to be over").
    r"\b(?:this|the|these) (?:sprint|week|day|meetings?|project|semester|term|quarter|month|"
    r"exams?|season|trip|flight|call|shift|winter|summer|rain|heat|migraine|headache|"
    r"hangover|cold|flu|launch|review|audit|move|renovation|commute)\b(?: \w+){0,6} want "
    r"(?:it|this|them) (?:all )?to (?:end|be over|stop)\b",
    # Vanishing *from* something, in the languages that put the place first or after.
    r"[\u30a1-\u30f6\u30fc\u4e00-\u9fff]{1,8}から消えたい",
    r"اختفي من (?:\S+ ){0,2}(?:العمل|الشغل|مجموعه|الجروب|القروب|السوشيال|الانترنت|الدوام)|"
    r"اختفي (?:قليلا|لفتره|شويه|شوي)(?! شوي)",  # "شوي شوي" is "little by little"
    # English
    r"\bkill(?:ing)? myself with (?:these|this|that|all (?:these|this|the)|work|overtime|early|"
    r"late|the (?:workload|hours|commute|training|early|late|deadlines?))\b",
    r"\bcould (?:just )?sleep forever\b",
    r"\bjump(?:ing|ed)? (?:into|at|on) (?:a |the |my |this )?(?:new|next|role|job|project|"
    r"opportunity|chance|conclusions|bandwagon|call|meeting)\b|\bjump(?:ing|ed)? ship\b",
    r"\b(?:noise|pings|notifications|construction|drilling|alarm|barking|ringing|buzzing|meetings|"
    r"emails|calls|rain|music)(?: \w+){0,6} i (?:just )?want (?:it|them) to stop\b",
    r"\b(?:rather not|not) exist (?:in|at|on|during) (?:\w+ ){0,3}(?:meetings?|calls?|standups?|"
    r"status|reviews?|chats?)\b",
    r"\bshoot myself (?:a|an) (?:reminder|email|note|message|text|invite|calendar)\b",
    r"\b(?:die|dead|dying) (?:lol |lmao |haha |xd |lmfao )+(?:at )?(?:that|this|the) (?:video|meme|"
    r"clip|tweet|post|joke|movie|show|scene|episode|comment|gif|reel|tiktok)\b",
    r"\b(?:dont |not |never )?wake up (?:late|early|too (?:early|late)|on time|in time|the (?:baby|"
    r"kids|neighbours|neighbors))\b",
    r"\bsleep forever (?:this|on|at|after|until)\b",
    r"\b(?:kms|kys|kill myself) (?:lmao|lol|haha|lmfao|xd)\b(?=(?: \w+){0,8} (?:by accident|"
    r"accidentally|boss|meme|typo|sent|embarrass\w*|cringe|reply all)\b)",
    r"\b(?:stop existing|disappear|vanish|go off ?grid|be gone) (?:on|from|off) (?:slack|teams|"
    r"social media|socials|the internet|email|instagram|whatsapp|the group chat|work chats?|"
    r"linkedin|twitter|tiktok|my backlog|the calendar)\b",
    r"\b(?:stop existing|disappear|vanish|be gone)(?= for (?:a bit|a while|a week|a few days|"
    r"the weekend|a day|an hour|a month)\b)",
    r"\b(?:vanish|disappear) (?:from|off) (?:my|the) (?:backlog|list|calendar|inbox|plate)\b",
    r"\b(?:want|wish|wanna|love|like) (?:this|that|the) (?:\w+ )?(?:to )?(?:vanish|disappear)\b",
    r"\b(?:vanish|disappear|escape) to (?:a|the) (?:beach|island|cabin|mountains|countryside)\b",
    r"\b(?:tired|sick) of living (?:out of|in|with|at|on|like)\b",
    r"\b(?:dying|died|dead) (?:on my feet|laughing|for (?:a|some|the)|to (?:know|hear|see|try))\b",
    r"\b(?:nearly|almost) died laughing\b",
    r"\bthe death of me\b",
    r"\b(?:feet|back|legs|head|shoes|knees) (?:are|is) killing me\b",
    r"\b(?:presentation|pitch|demo|talk|set|show|we|you|they|she|he) (?:absolutely |totally )?"
    r"killed(?: it)?\b",
    # Spanish, Portuguese
    r"\b(?:calor|frio|trafico|trabajo|informe|proyecto|jefe|dolor|reunion|examen|semana|"
    r"tarea|plazo) (?:\w+ ){0,2}(?:me )?(?:esta|estan) matando\b",
    r"\b(?:calor|frio|trafico|transito|trabalho|projeto|relatorio|reuniao|prazo|chefe|dor|"
    r"semana|fila) (?:\w+ ){0,2}(?:ta|esta|tao|estao|vai) me mata\w*\b",
    r"\bnao acordar (?:cedo|tarde|as|antes)\b|\bno despertar(?:me)? (?:temprano|tarde|a las)\b",
    r"\bmorri de (?:rir|vergonha|medo|fome|sono|tedio|saudade)\b",
    r"\bmort[oa]s? de (?:cansaco|rir|fome|sono|vergonha|medo|tedio)\b",
    r"\bquase morri (?:de|do|da)\b",
    # French
    r"\ben finir avec (?:ce|cet|cette|ces|le|la|les|mon|mes|ton|son) (?!vie\b)\w+",
    r"\b(?:ce|ca|cela|cette \w+|ces \w+|le \w+|la \w+|les \w+) (?:me tue|me tuent)\b",
    r"\b(?:cette \w+|ces \w+|le \w+|la \w+|les \w+|ce \w+) va me tuer\b",
    r"\bme (?:pego|pega|pegaron|pegas) un (?:susto|grito|sermon|rollo)\b",
    r"\bmort(?:e|s|es)? de (?:fatigue|rire|peur|faim|honte|froid|chaud|ennui)\b",
    r"\bmeurs? d ?envie\b",
    # German, Dutch
    r"\b(?:die|der|das|diese|dieser|dieses|mein|meine) \w+ bringt mich (?:noch |echt |fast )?um\b",
    r"\bzu tode\b",
    r"\bsterbe vor (?:neugier|scham|lachen|hitze|kalte|langeweile)\b",
    r"\bschaam\w* me dood\b",
    r"\b(?:bijna |half )?dood (?:van het lachen|gelachen|"
    r"van de hitte|van de honger|van verveling)\b",
    r"\bging bijna dood\b",
    # "Om dood te gaan" intensifies ("saai om dood te gaan"), unless it says what a dose is for.
    r"\b(?<!nemen )(?<!slikken )(?<!innemen )(?<!springen )om dood te gaan\b",
    # Italian
    r"\b(?:questo|questa|il|la|lo|sto) \w+ mi (?:ammazza|uccide|sta uccidendo|sta ammazzando)\b",
    r"\b(?:stanc[oa]|sfinit[oa]) mort[oa]\b",
    r"\bmuoio dalla (?:voglia|curiosita)\b",
    r"\bmuoio di (?:vergogna|curiosita|caldo|freddo|noia|fame|sonno)\b",
    # Polish, Turkish, Russian
    r"\bumieram z (?:ciekawosci|glodu|nudow|smiechu|zimna|goraca|wstydu)\b",
    r"\b(?:ten|ta|to|te) \w+ (?:mnie )?zabija\b",
    r"\bumarl\w* ze smiechu\b",
    r"\bzabic (?:ten|to|ta) (?:proces|zadanie|program)\b",
    r"\b(?:merakimdan|utancimdan|gulmekten|acliktan|sicaktan|yorgunluktan|uykusuzluktan) "
    r"ol\w*\b",
    r"\bbu \w+ beni olduruyor\b",
    r"\bolu gibi (?:yorgun\w*|uyudum)\b",
    r"(?:эта|этот|это|эти) \w+ меня (?:убивает|убивают|доконает)",
    r"умираю (?:от|со) (?:любопытства|стыда|скуки|смеха|жары|голода)",
    r"чуть не (?:умер|умерла|сдох|сдохла) (?:со|от) (?:смеху|смеха|стыда|страха)",
    r"сгорел\w* со стыда",
    r"убить (?:процесс|задачу|время)",
    # Japanese, Chinese, Arabic
    r"(?:暑|寒|眠|疲れ|忙し)(?:すぎて|くて)死ぬ",
    r"死んだように(?:寝|眠)",
    r"(?:プロセス|タスク|ジョブ)を(?:キル|殺)",
    r"(?:尴尬死|丢脸死|羞死|痛死|渴死)",
    r"(?:杀掉|杀死|干掉)(?:这个|那个)?(?:进程|任务|程序)",
    r"(?:هذا|هذه) \S+ (?:يقتلني|تقتلني)",
    # Hyperbole about a boss, a teacher or an exam ("my manager will kill me if i'm late").
    r"(?:上司|先生|部長|課長|店長|先輩|教授|試験|締め切り|母|父|親|姉|兄|妻|夫)に(?:殺される|"
    r"殺されそう)"
    r"(?!.*(?:怖|暴力|殴))",
    r"(?:老板|领导|经理|老师|教授|考试)(?:会|要)?杀了我",
    r"(?:اريد ان )?اختفي (?:من|عن) (?:مواقع|وسائل|الانترنت|الفيسبوك|فيسبوك|انستغرام|السوشيال|"
    r"العمل|الجامعه)",
    r"(?:اريد ان )?اختفي (?:\S+ ){0,3}لمد[هة]",
    r"(?:مديري|المدير|استاذي|الاستاذ|المعلم|مدرسي) (?:سوف |س)?(?:يقتلني|سيقتلني)",
    r"(?:كدت )?اموت من (?:الخجل|الضحك|الجوع|الحر|البرد|التعب)",
    # Hindi, Indonesian (romanised)
    r"\b(?:garmi|thand|sardi|bhook|bhookh|kaam|thakaan|sharam|hans|has) (?:\w+ ){0,3}"
    r"(?:ki |ke |se )?mar (?:jaunga|jaungi|gaya|gayi|raha|rahi|jaun)\b",
    r"\bthak (?:ke|kar) mar (?:gaya|gayi|raha|rahi)\b",
    r"\b(?:panas|ngakak|ketawa|lapar|laper|malu) (?:\w+ ){0,3}(?:mau |sampai |sampe )?mati\b",
    r"\b(?:panas|ngakak|ketawa|lapar|laper|malu) (?:\w+ ){0,2}mati aku\b",
)
