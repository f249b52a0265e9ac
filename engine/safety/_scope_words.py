"""The word classes of `_scope`, each in every language the detector covers.

Readings are lower-case, accents folded, punctuation gone, sentences joined by " | ".
The first classes are read on each match (`hard_trivial`), the rest in a short window
around the final signal's phrase (`trivially_scoped`); `_scope` says why there are two.
"""

from __future__ import annotations

# A death phrase taken back at once ("kms lol jk it's fine"), unless the joke is itself taken
# back ("jk not really", "jk unless?", "jk… but honestly").
TAKEN_BACK = (
    r"\b(?:kms|kys|kill myself)\b(?: \w+){0,2} (?:lol |haha |lmao )?(?:jk|just kidding|im "
    r"kidding|only kidding)\b(?! but)(?!.*\b(?:but|honestly|seriously|actually|not really|unless|"
    r"or not|or am i|maybe not|idk|half)\b)"
)

# --- Read on each match: the match's clause, or the whole reading. ---

# A cut of hair, bread, onions, paper or a finger.
CUT_EVERYDAY = (
    r"\b(?:hair|fringe|bangs|onions?|cooking|kitchen|knife slipped|paper cut|pelo|cabello|"
    r"flequillo|cebolla|cabelo|franja|cebola|cheveux|frange|oignons?|capelli|frangia|cipoll\w*|"
    r"haare|zwiebel\w*|haar|uien|wlosy|grzywk\w*|cebul\w*|sac|sogan|baal|pyaaz|rambut|poni|"
    r"bawang|finger|thumb|bread|paper|carta|buste|dedo|pan|pao|doigt|dito|pane|daumen|brot|"
    r"vinger|brood|palec|chleb|parmak|ekmek|ungli|roti|jari|beard|shav\w*|barba|baard|afeit\w*|"
    r"rasier\w*|dadhi|jenggot|cukur\w*|smooth)\b|палец|пальц\w*|хлеб|волос\w*|"
    r"лук|指|パン|手指|面包|髪|前髪|玉ねぎ|头发|刘海|洋葱|اصبعي|خبز|شعري|بصل|उंगली|रोटी|बाल|प्याज"
)
IDEATION_TRIVIAL = (
    # Existing *on* something, space taken up *in a flat* ("tired of existing on four hours of
    # sleep", "taking up space in this tiny flat").
    r"\b(?:tired of|sick of) exist\w* (?:on|only for|just for)\b|\btaking up (?:so much )?space in "
    r"(?:this|my|the|our) (?:tiny |small )?(?:flat|room|apartment|house|closet|car|garage|"
    r"fridge)\b",
    # Dying of heat, hunger, laughter ("jvais crever de chaud").
    r"\bcrever (?:de|d) (?:chaud|faim|froid|rire|soif|fatigue|ennui)\b",
    # Gone from a group or a chat, not from life ("si desapareciera del grupo de whatsapp").
    r"\b(?:desaparec\w*|disappear\w*|disparai\w*|verschwind\w*|spari\w*|sumi\w*|verdwijn\w*|"
    r"znikn\w*|kaybol\w*|ilang|hilang|gayab) (?:\w+ ){0,2}(?:from|del|de la|du|de|aus|dal|da|uit|"
    r"z|ze|dari) (?:\w+ )?(?:group|grupo|groupe|gruppe|gruppo|groep|grupy|grubu|grup|chat|"
    r"whatsapp|slack|team)\b",
    # Taken back at once: "gonna make me kms lol jk it's fine" (not "jk not really").
    TAKEN_BACK,
    # Killing oneself of laughter, work or a binge.
    r"\b(?:matar|mato|matando|ammazzo|ammazzarmi|tue|tuer|umbringen|bringe mich) (?:\w+ ){0,2}"
    r"(?:de|di|a|vor|dal|com|con) (?:rir|risa|risas|risate|ridere|rire|lachen|trabalho|trabajo|"
    r"lavoro|travail|arbeit|serie|series|netflix|chocolate|cioccolat\w*|studi\w*|estud\w*)\b",
    # Sleeping in: not waking until an hour or a day; tired of living by the alarm.
    r"\b(?:nao acordar|no despertar|non svegliarmi|not wake up|pas me reveiller|nicht aufwachen|"
    r"niet wakker worden) (?:ate|hasta|fino a|prima d\w*|until|till|before|avant|bis|tot|voor)\b",
    r"(?:устал\w* жить|надоело жить) по (?:будильник\w*|расписани\w*|графику)",
    # Gone from a meeting, a shift, a call: "better off without me in the call".
    r"\bwithout me (?:\w+ ){0,3}(?:into|in|at|on) (?:another |the |this |a )?(?:meeting|call|"
    r"standup|project|team|group|chat|shift|trip)\b",
    # A thing, not a person, "is going to kill me" (a standup, the commute, this week).
    r"\b(?:this|that|these|those|the|its) (?!(?:guy|man|woman|person|husband|wife|boyfriend|"
    r"girlfriend|partner|dad|father|mom|mum|mother|brother|uncle|ex|boss)\b)\w+ (?:is |are |was )?"
    r"(?:going to|will|gonna) (?:literally |actually )?kill me\b",
    r"\b(?:no estuviera|no estivesse|nao estivesse|wasnt there|werent there|wasnt here|werent here|"
    r"ne serais pas la|non ci fossi|nicht da ware|er niet was) (?:en|no|na|in|on|at|au|a|im|op|"
    r"bij|nel|nella|w) (?:el |la |the |der |die |dem |de |het |le |il |o |a )?(?:turno|shift|"
    r"reunion|meeting|equipo|team|oficina|office|grupo|group|chat|call|schicht|dienst|ploeg|"
    r"equipe|equipa|squadra|reuniao|vergadering|riunione|besprechung|proyecto|project)\b",
    # Vanishing out of embarrassment, laughing.
    r"(?:恥ずかしくて|恥ずかしすぎて)(?:[^|]{0,12})消え(?:[^|]*)(?:笑|www)|"
    r"(?:丢脸|尴尬)(?:[^|]{0,10})想消失(?:[^|]*)(?:哈哈|笑)",
)
# A threat tied to a trivial act and told laughing (the reading turns 😂 into "lol").
JOKED_THREAT = (
    r"\b(?:wenn ich|if i|si (?:je|yo)?|se (?:eu)?|als ik|jesli) (?:\w+ ){0,5}(?:auto|car|coche|"
    r"carro|voiture|macchina|parke|park|zuparke|dishes|platos|socks|remote|fernbedienung|"
    r"telecomando|plat|last slice|pizza|fries)\b[^|]*\b(?:lol|haha\w*|jaja\w*|kkk+|mdr)\b"
)
# A means bought for a repair, a garden or pests.
METHOD_REPAIR = (
    r"\b(?:garden|sprinkler|leak\w*|repair\w*|fix\w*|broken|pipe|plumbing|car wash|pests?|rats?|"
    r"tikusnya|gudang|hama|"
    r"mice|jardin|fuga|jardim|vazamento|fuite|giardino|perdita|garten|undicht|tuin|lek|ogrod|"
    r"wyciek|bahce|sizinti|bagicha|kebun|bocor|barbecue|bbq|grill\w*|asado|churrasco)\b|сад|"
    r"протечк|庭|漏|花园|حديقة|تسريب|बगीचा"
)
FRAMED = (
    r"(?:纪录片|紀錄片|电影|電影|小说|小說|ドキュメンタリー|映画|小説)|"
    r"\b(?:writes|wrote|written) about\b"
)

# --- Read around the final signal's phrase: the clause before and after it. ---

# Waking up qualified by a time or an alarm ("not wake up before ten", "prima delle dieci").
WAKE = (
    r"wak\w*|woke|svegli\w*|risvegli\w*|despert\w*|reveill\w*|aufwach\w*|wakker|obudz\w*|"
    r"uyan\w*|acord\w*|bangun|uth\w*|просып\w*|проснут\w*|醒|目が覚め|起き|استيقظ|اصح\S*|朝|"
    r"morning|manana|matin|mattina|manha|ochtend|rano|sabah|утр\w*|早上|صباح|pagi"
)
# Early, or a weekday, right before the wish ("sabah erken uyanmasam", "月曜の朝が").
WAKE_BEFORE = (
    r"\b(?:early|temprano|tot|fruh|presto|cedo|vroeg|wczesnie|erken|jaldi|pagi pagi|monday|"
    r"mondays|lunes|lundi|montag|lunedi|segunda|maandag|poniedzialek|pazartesi|senin|somvar|"
    r"weekday|workday|school day)\b(?: \S+){0,2} ?$|(?:рано|понедельник\w*|月曜|日曜|週明け|"
    r"周一|星期一|平日)\S{0,3} ?\S{0,3} ?$|(?:まで|までに|直到\S{0,4}|到周末) ?$"
)
WAKE_TIME = (
    r"^(?: \S+){0,3} (?:before|until|till|til|prima|fino|avant|jusqu\w*|antes|ate|vor|bis|"
    r"voor|przed|do(?= \d| poludnia| \w+ej\b)|to an? (?:alarm|wekker)|by (?:an? |the |my )?alarm|"
    r"van de wekker|door de "
    r"wekker|at \d|om \d|a las|as \d|alle \d|um \d|o \d|at (?:dawn|noon|six|seven|five)|"
    r"\d+ ?(?:am|pm|uhr|h|heures|ore|horas|uur)|early|jaldi|temprano|tot|fruh|presto|cedo|"
    r"vroeg|wczesnie|erken|рано|dopiero|erst|only|seulement|sadece|hanya|sirf|weekend|"
    r"(?:con|with|avec|mit|met|com|z) (?:a |an |the |un |une |una |um |uma |een |einem )?\w+|"
    r"subah|pagi|jam \d|de madrugada|"
    r"в \d|раньше|до \d|до обеда|antes das|antes de las|avant \w+ heures|vor \w+ uhr|"
    r"przed \w+|saat \d|sabah|mezzogiorno|meio dia|mediodia|midi|mittag)\b|"
    r"^(?: \S+){0,3} (?:前|之前|以前|まで|早く|早起き|قبل)"
)
# Small places a wish to stop existing or to be gone can be about.
SMALL_PLACE = (
    r"\b(?:group ?chats?|the chat|chats|slack|teams|meetings?|calls?|zoom|whatsapp|discord|"
    r"socials|social media|insta\w*|tiktok|facebook|twitter|class group|groups?|stand ?ups?|"
    r"grupo|gruppo|groep|grupa|grupie|grubu|grupta|chat|reunion|reuniao|riunione|vergadering|"
    r"zebraniu|spotkaniu|toplanti\w*|meeting|rapat|grup|work|job|office|trabajo|trabalho|"
    r"travail|bureau|arbeit|buro|lavoro|ufficio|werk|kantoor|pracy|biuro|ofis|kantor|kerja|"
    r"for a week|por uma semana|por una semana|pour une semaine|fur eine woche|per una "
    r"settimana|een week|przez tydzien|bir hafta|seminggu|ek hafte)\b|работ\w*|офис|仕事|会社|"
    r"工作|公司|العمل|"
    r"группе|группы|чате|чат|планерк\w*|совещани\w*|群|会議|الاجتماع|المجموعه|القروب"
)
GRAVE = (
    r"\b(?:world|life|alive|forever|for good|dead|die|mundo|monde|mondo|welt|wereld|swiat\w*|"
    r"dunya\w*|vida|vie|vita|leben|leven|zycie|hayat|hidup|dunia|duniya|zindagi)\b|"
    r"мир\w*|жизн\w*|世界|人生|العالم|الحياه"
)
STOP_BEING = (
    r"stop existing|not exist|cease to exist|disappear|vanish|not (?:be|being) (?:here|around)|"
    r"noticed?|notice|accorgerebbe|perceber|merken|merkt|no estuviera|gdyby mnie nie|olmasam|"
    r"sentir falta|miss me|vermissen|missen|echaria de menos|manquerais|"
    r"меня не было|不在|لم اكن|tidak ada|na hota|nicht gabe|stop being|"
    r"existir|exister|existieren|bestaan|istniec|var olma"
)
# Video games (with "the game", a score) around a method or an act of violence.
VIDEO_GAME = (
    r"\b(?:gta|minecraft|fortnite|roblox|mario kart|mario|fifa|valorant|call of duty|warzone|"
    r"apex legends|overwatch|zelda|elden ring|the sims|pubg|free fire|among us|smash bros|"
    r"tekken|street fighter|mortal kombat|rocket league|the game|in game|ingame|video ?games?|"
    r"off the map|speedrun\w*|respawn\w*|ps5|xbox|online match|ranked)\b"
)
SCORE = r"\b\d+ ?- ?\d+\b"
# Frustration at a task, and a way that is about something else.
DESK = r"\b(?:desk|keyboard|code|bug|spreadsheet|printer|homework|laptop|computer|screen)\b"
WAY_ELSE = (
    r"(?:painless|quickest|easiest|fastest|best) way$",
    r"^ to (?!go\b|die\b|end\b|do it\b|pass\b|check out\b|exit\b|leave\b|kill\b|od\b|stop\b|"
    r"not\b|never\b|sleep\b|overdose\b|hang\b|jump\b|cut\b|bleed\b|drown\b|suffocate\b|"
    r"disappear\b|vanish\b|make it\b|be gone\b|fall asleep\b|off\b|top\b|unalive\b)\w+",
)
# A medicine for something small, kept or carried ("obat maag di tas").
SMALL_MEDICINE = (
    r"\b(?:maag|allerg\w*|headaches?|hay ?fever|vitamins?|antacids?|migraines?|colds?|flu|"
    r"asthma|kopfschmerz\w*|sir dard|pusing|batuk|pilek|demam|flu)\b"
)
# Someone else's past, told with how they are now ("mijn oom had vroeger ..., nu ...").
OTHER_HAD = (
    r"\b(?:uncle|aunt|mum|mom|dad|father|mother|brother|sister|friend|cousin|grandad|grandma|"
    r"colleague|tio|tia|oncle|tante|onkel|zio|zia|oom|wujek|ciocia|amca|dayi|teyze|paman|bibi|"
    r"chacha|mama|padre|madre|pere|mere|vater|mutter|vader|moeder|pai|mae|amigo|amiga|ami|amie|"
    r"freund\w*|amico|amica|vriend\w*)\b(?: \w+){0,3} (?:had|used to have|tuvo|tenia|a eu|avait|"
    r"hatte|aveva|ha avuto|teve|tinha|mial\w*|vardi|punya|pernah)\b"
)
NOW_WELL = (
    r"\b(?:now|today|these days|nowadays|nu|tegenwoordig|ahora|hoy|aujourd ?hui|maintenant|heute|"
    r"jetzt|ora|oggi|adesso|hoje|agora|teraz|dzis|simdi|artik|sekarang|ab|aaj)\b|сейчас|теперь"
)
FIRST_PERSON = r"\b(?:i|me|my|myself|im|ive)\b"
# A character in a show or film does it ("ドラマで悪役が…", "in the series the villain").
SCREEN = (
    r"\b(?:film|movie|series|show|episode|drama|serie|serial|pelicula|filme|novela|anime)\b|"
    r"ドラマ|映画|アニメ|电视剧|电影|مسلسل|فيلم"
)
CHARACTER = (
    r"\b(?:villain|hero|heroine|character|protagonist|villano|heroe|personaje|mechant|heros|"
    r"personnage|bosewicht|held|cattivo|eroe|personaggio|vilao|heroi|personagem|schurk|"
    r"khalnayak|tokoh|penjahat)\b|悪役|主人公|ヒーロー|反派|主角|الشرير|البطل|злодей|герой"
)
# Skin conditions scratched, and a sibling's "she'll kill me if I spoil the finale".
SKIN = r"\b(?:eczema|itch\w*|rash|mosquito\w*|bites|psoriasis|dermatitis|hives)\b"
STAKES = (
    r"\b(?:if i (?:spoil\w*|eat|forget|break|lose|miss|am late|m late|im late|come home late)|"
    r"spoilers?|finale|haha\w*|lol|lmao|mdr|kkk\w*|jaja\w*|ahah\w*)\b"
)
# A move, a new school or a new job around a letter or things given away.
MOVING = (
    r"\b(?:moving|move house|moving out|new school|new job|new flat|mudanca|mudanza|mudarme|umzug|"
    r"umziehen|verhuizing|verhuizen|demenag\w*|trasloc\w*|przeprowadzk\w*|tasinma\w*|tasiniyorum|"
    r"pindahan|pindah rumah)\b|переезд\w*|搬家|引っ越し|انتقال"
)
BUILDING_RULES = (
    r"\b(?:by law|regulations?|planning|permit|building code|lift|elevator|to count as|"
    r"skyscraper|storeys? high|fire escape)\b"
)
