"""Structural patterns per crisis class, across languages (plain reading).

The per-language lexicons list what people say; these list *how* it is said, as
slots: a means (pills, rope, a bridge) with an acquiring or collecting verb, a
keepsake given away or a farewell written *to family*, a wish not to wake up with
any verb of hoping, "everyone would be better off" with any conditional of absence,
not eating with an aim of dying or vanishing, a family member as the subject of a
violent verb in the passive. Each slot is small; the pattern is the pairing, so a
reworded message still fits while "we picked a date for the launch" or "collect my
meds from the pharmacy" does not. Written folded (no accents, no apostrophes).
"""

from __future__ import annotations

from engine.safety._kinds import Lexicon

_FAMILY_EN = (
    r"(?:my )?(?:family|parents|mum|mom|mother|dad|father|kids|children|son|daughter|wife|"
    r"husband|partner|sister|brother|sisters|brothers|friends|best friend|loved ones|everyone)"
)
_PILLS_EN = (
    r"(?:pills|tablets|meds|medication|medicine|painkillers|sleeping pills|paracetamol|"
    r"tylenol|ibuprofen|insulin|antidepressants|oxy\w*|opioids)"
)
_HIGH_PLACE_EN = (
    r"(?:bridge|tracks|train|platform|ledge|roof|rooftop|cliff|balcony|building|tower|motorway|"
    r"highway|traffic|overpass|car park|parking garage)"
)

CLASSES: Lexicon = {
    "ideation": (
        # English: hopes of not waking, an ending wished on oneself, not being here later.
        r"\b(?:hope|hopes|hoping|pray|praying|wish|wishing)(?: that)? i (?:dont|wont|never|"
        r"do not|will not|wouldnt|didnt|dont ever) wake up\b"
        r"(?! (?:late|early|too|in time|on time|the baby|the kids|before|at)\b)",
        r"\b(?:hope|hoping|wish|wishing|want|wanting) (?:something|someone|anything|"
        r"a car|a bus|god|the universe) (?:would |will |"
        r"could |to )?(?:just )?(?:end|kill|take) me\b",
        r"\b(?:not sure|dont think|doubt|dont know if|no idea if) (?:i|ill|i will|id|im going "
        r"to) (?:still )?be (?:here|around|alive)\b(?! (?:at|in|on) (?:the|this|that) "
        r"(?:office|company|team|job|role|city|country|project)\b)",
        r"\bwont (?:still )?be (?:here|around|alive)\b(?: \w+){0,6} anyway\b",
        r"\b(?:im|i am|feel|feeling) (?:so |just |completely |totally )?(?:done|finished)"
        r"(?: \|)? with (?:it all|all of it|everything|life|living)\b"
        r"(?= ?(?:\||$|anymore|i cant|i cannot|i just|im tired|and i cant))",
        r"\b(?:a|such a|just a|only a) burden (?:to|on|for) (?:my )?(?:whole |entire )?(?:family|"
        r"parents|everyone|everybody|friends|loved ones|the people (?:i love|around me)|all of "
        r"you|the world)\b(?!(?: \w+){0,3} (?:couch|sofa|floor|spare room|haha|lol|lmao))",
        r"\b(?:kermit sudoku|kermit suicide|toaster bath|commit toaster|"
        r"sewer ?slide|unalive myself|unaliving myself)\b",
        r"\b(?:go|going|gonna) (?:to )?(?:go )?through with it\b(?: \w+){0,6}"
        r"(?: tonight| this weekend| soon| for real| finally)",
        r"\b(?:have|got|made) a plan\b(?: \w+){0,6} (?:go through with it|end it|die|kill myself|"
        r"end my life|do it)\b",
        r"\b(?:i|i almost|i nearly) (?:almost|nearly) (?:did it|went through with it|ended it|"
        r"jumped|took them all|took the pills)\b",
        r"\bgo(?:ne)? to sleep and never wake up\b",
        r"\b(?:pray|hope|wish)\w* (?:that )?i (?:dont|wont|never|do not) see (?:the morning|"
        r"tomorrow|another day|the sunrise|next week)\b",
        r"\bso over (?:life|living|being alive|existing)\b",
        r"\bif i (?:disappeared|died|vanished|was gone|were gone)(?: tomorrow| today| tonight)? "
        r"(?:nobody|no one|noone) would (?:even )?(?:notice|care|miss me)\b",
        r"\b(?:planning|plan|going|ready|decided|want|need) to end things\b(?! (?:with|between|"
        r"at|on)\b)",
        r"\bkm+s+\b(?! (?:lmao|lol|haha|lmfao|xd)\b)",
        r"\b(?:want to|going to|gonna) die for real\b",
        r"\bk[i1]l+ m[yi]s[e3]?l+f\b|\bkil+ myslf\b",
        r"\b(?:think\w*|thinkin) (?:a?bout|of) (?:endin|ending) (?:it|things|my life)\b",
        r"\b(?:pills ){2,}",
        r"\bsleep (?:4ever|aever)\b",
        r"\bfavou?r if i (?:just )?(?:disappeared|died|was gone|were gone|wasnt here|werent here|"
        r"left for good|ended it|didnt exist)\b",
        r"\bhope i (?:get|got|catch) (?:really |very |so "
        r")?(?:sick|ill|cancer|hit) and (?:dont|never|"
        r"wont|do not) (?:recover|get better|make it|survive|wake up)\b",
        r"\b(?:living|life|being alive|existing) (?:feels|is|seems) like (?:a |an )?(?:chore|job|"
        r"burden|punishment|prison|sentence)\b(?: \w+){0,3} (?:quit|stop|end|escape)\b",
        r"\bim (?:at|on) the (?:bridge|roof|rooftop|ledge|cliff|tracks)(?: right now| now)?"
        r"(?= ?(?:\||$))",
        r"\b(?:wouldnt mind|wouldnt care|be relieved|id be relieved|be (?:ok|okay|fine)|hope|wish)"
        r" (?:\w+ ){0,3}if i (?:got|get|was|were) (?:hit|run over) by\b",
        r"\bif i (?:got|get|was|were) (?:hit|run over) by (?:a|the) \w+\b(?: \w+){0,4} "
        r"(?:relieved|wouldnt mind|be (?:ok|okay|fine)|glad|a relief)\b",
        r"\bwouldnt mind if i (?:died|didnt wake up|never woke up|was gone|were gone|disappeared|"
        r"just stopped)\b",
        r"\b(?:dont|do not|cant|no longer|really dont) (?:really "
        r"|even )?see (?:the |any |a |much )?"
        r"(?:point|reason|sense|meaning) (?:in|of|to|for) (?:being alive|living|life|staying alive|"
        r"going on|carrying on|existing|waking up|being here|me being here)\b",
        r"\bwhats the point (?:of|in) (?:staying|being here|carrying on|going on|trying anymore|"
        r"me)\b(?! (?:at|in|with|on|late|here at|until|till)\b)",
        r"\b(?:cant|cannot|dont) (?:picture|imagine|see) (?:a|any|my) future (?:where|in which|"
        r"with) (?:im|i am|i|me) (?:still )?(?:here|alive|around|in it|exist)\b",
        r"\b(?:ready|want|wanna|wish|need) to be gone\b(?! (?:from|for|on|by|before|when)\b)",
        r"\bby the time (?:you|anyone|someone|they) (?:read|reads|see|sees|find|finds|get|gets) "
        r"this(?: \w+){0,2} (?:i|ill|i will|im|i wont|it will be over)\b",
        r"\b(?:rather|prefer to|id prefer to|would prefer "
        r"to) not (?:exist|be alive|be here|wake up|"
        r"live)\b(?! (?:in|at|on|during|through|with|near)\b)",
        r"\b(?:world|everyone|everybody|everything|life) (?:would|will) (?:keep (?:spinning|going)|"
        r"go on|carry on|continue)(?: \w+){0,3} without me\b",
        r"\bwaiting for (?:it all|everything|my life|life|all of this|it) to (?:be over|end|stop)\b"
        r"(?!.{0,30}\b(?:so|then|week|meeting|project|exam|sprint|day|quarter|shift)\b)",
        r"\b(?:dont|do not|cant|cannot) see myself (?:making it|being (?:here|around|alive)|"
        r"surviving|lasting|still (?:here|around|alive))\b(?!.{0,40}\b(?:partner|promotion|manager|"
        r"senior|director|team|company|firm|job|role|finals?|round|career|industry|field)\b)",
        r"\b(?:fantasi[sz]\w*(?: about)?|daydream\w*(?: about)?|dream\w* "
        r"about|obsess\w* (?:about|over)|keep thinking "
        r"about) (?:just |simply )?(?:not existing|not being alive|being dead|dying|my (?:own )?"
        r"death|my funeral|disappearing forever|not waking up|ending it)\b",
        r"\bmejor no (?:estar|existir|seguir|despertar(?:me)?|haber nacido)\b(?= ?(?:\||$|aqui|"
        r"mas|viv))",
        r"\b(?:non ho piu|no tengo|ya no tengo|nao tenho mais|n ?ai plus|habe keine|heb geen) "
        r"(?:voglia|ganas|vontade|envie|lust|zin) (?:di|"
        r"de|zu|om te|om) (?:vivere|vivir|viver|leben|"
        r"vivre|leven)\b",
        r"\b(?:zie|zag) (?:het )?(?:nut|zin) (?:van|in) (?:het )?leven niet(?: meer)?\b",
        r"\bjeene ka (?:koi )?(?:matlab|maqsad|fayda|man|mann) nahi\b",
        r"\b(?:nggak|tidak|gak|ga|enggak) ada (?:gunanya|artinya|alasan) (?:untuk |buat )?hidup\b",
        r"死んだ(?:ほう|方)が(?:楽|まし|いい)|死ねば楽",
        r"活着(?:太|好|真的|很|真)?累|不想(?:再)?(?:继续|活)(?:下去)?了",
        r"(?:لم يعد|ما عاد|ما في) (?:لل)?حيا(?:ة|تي) ?(?:اي )?معنى|لا معنى (?:لل)?حياتي",
        r"\b(?:ware|waere|war) (?:ich )?(?:doch )?(?:nie|niemals) geboren\b",
        r"\bnon (?:fossi|essere) mai nat[oa]\b",
        r"\bnunca (?:ter|tivesse|hubiera|haber) nascido\b",
        r"\b(?:nooit|niet) geboren (?:was|ben)\b|\bnooit geboren\b",
        r"\b(?:ne vois|vois) (?:plus|pas|vraiment pas) (?:l ?interet|le sens|de raison|pourquoi) "
        r"(?:de|a) (?:vivre|continuer(?! (?:ce|cette|ces|le|la|les|mon|ma|mes|son|sa|avec|sur|dans|"
        r"a)\b)|rester en vie|me lever|exister)\b",
        r"\b(?:non vedo|non trovo|non ho) (?:piu )?(?:un |nessun |alcun )?(?:motivo|senso|ragione)"
        r" (?:per|di) (?:vivere|andare avanti|continuare|svegliarmi)\b",
        r"\bnie mam (?:juz )?(?:sily|po co|powodu) (?:zyc|dalej zyc|na zycie|zeby zyc)\b",
        r"\bnie chce mi sie (?:juz )?zyc\b",
        r"\b(?:yasamanin|yasamin|hayatin|hayatimin|yasamaya) (?:bir )?(?:anlami|degeri) "
        r"(?:kalmadi|yok)\b",
        r"(?:незачем|не для чего|не для кого) (?:больше )?жить|"
        r"нет (?:больше )?смысла (?:больше )?жить",
        r"(?:лучше бы я не родил|лучше бы меня не было)",
        r"生きて(?:いる|る)?(?:意味|理由|価値)が(?:わからない|分からない|ない|見つからない)",
        r"生きる(?:意味|理由)が(?:わからない|分からない|ない)",
        r"(?:活着(?:没有|没|有什么)意思|活着没意义|不知道为什么活着)",
        r"\b(?:be|would be|id be) (?:better off|happier|easier) (?:for everyone )?(?:if i (?:wasnt|"
        r"werent|was not|were not) (?:here|around|alive|born)|if i (?:died|disappeared|was gone|"
        r"were gone|didnt exist|ended it)|without me|with me gone)\b",
        # Spanish, Portuguese, Italian, French: better off if I did not exist.
        r"\bmejor si (?:yo )?no (?:existiera|estuviera|hubiera nacido)\b",
        r"\b(?:melhor|mais feliz(?:es)?) (?:\w+ ){0,4}se eu (?:nao existisse|sumisse|morresse|"
        r"nao estivesse (?:aqui|mais|viva|vivo)|desaparecesse)\b",
        r"\b(?:starebbero|sarebbero|staremmo) meglio (?:se (?:io )?non ci fossi|senza di me)\b",
        r"\bseraient (?:tous )?mieux (?:sans moi|si je n(?:e|)? ?(?:suis|etais) plus la)\b",
        r"\b(?:je veux|jveux|j veux|envie de|je vais) crever\b",
        r"\bme kiero (?:matar|morir)\b",
        # German, Dutch: vanish and never come back; better off without me.
        r"\bverschwinden und (?:nie|niemals) (?:wieder|mehr) (?:zuruckkommen|auftauchen|da sein)\b",
        r"\bverdwijnen en (?:nooit|niet) meer (?:terugkomen|terug|wakker worden|bestaan)\b",
        r"\b(?:waren|ware) (?:\w+ ){0,3}ohne mich (?:besser dran|glucklicher)\b",
        r"\b(?:er een (?:eind|einde) aan (?:maken|te maken|wil maken))\b",
        # Turkish, Polish, Hindi and Indonesian romanised.
        r"\bbensiz (?:herkes|ailem|dunya|\w+) daha (?:mutlu|iyi|rahat)\b",
        r"\bben olmasam (?:herkes|daha)\b",
        r"\bbeze mnie (?:byloby|bedzie|beda) (?:im |wszystkim )?lepiej\b",
        r"\b(?:gayab|khatam) ho (?:jana|jaun|jaana) (?:chahta|chahti|chahte)\b",
        r"\b(?:mar|marna|mar jana) (?:chahta|chahti) (?:hoon|hu|hun)\b",
        r"\bpengen (?:menghilang|hilang|mati) (?:aja|selamanya|saja)\b",
        # Japanese, Chinese, Arabic, Russian.
        r"(?:私|僕|俺|自分)が(?:いなくなれば|いなければ|死ねば|消えれば)",
        r"いない(?:ほう|方)が(?:みんな|皆|家族)",
        r"(?:没有我|我不在了|我死了)(?:大家|他们|家人|所有人|世界)?(?:会|都会)?(?:更好|更轻松|更开心)",
        r"(?:الجميع|عائلتي|الكل) (?:سيكون|سيكونون|ستكون) (?:افضل|احسن) (?:بدوني|من غيري)",
        r"всем (?:будет|было бы|станет) (?:лучше|легче) без меня",
    ),
    "method": (
        rf"\b(?:saving|saved|stockpil\w+|hoard\w*|stash\w*|storing|stored|squirrelling) (?:up )?"
        rf"(?:\w+ ){{0,3}}{_PILLS_EN}\b(?! (?:for (?:the )?(?:trip|holiday|travel|flight)))",
        r"\b(?:painless|least painful|quickest|surest|most reliable|easiest|fastest) (?:way|method)"
        r" (?:to|of) (?:go|die|dying|end it|do it|end things|end my life|kill myself|check out)"
        r"\b(?! (?:to|home|back|there|about|from|through|viral|live)\b)",
        r"\bhow (?:high|tall|far)\b(?: \w+){0,8} (?:not survive|to die|fatal|lethal|to kill)\b",
        r"\bhow long (?:does it|it|would it|will it) take to (?:bleed out|die|drown|suffocate|"
        r"overdose)\b",
        r"\bbleed(?:ing)? out\b",
        rf"\b(?:step|stepping|jump|jumping|throw myself|throwing myself|walk|walking|drive|"
        rf"driving|fall|falling) (?:off|in front of|into|onto|under)(?: \w+){{0,3}} "
        rf"{_HIGH_PLACE_EN}\b(?:(?: \w+){{0,6}}) (?:thinking|tempted|urge|want|keep|thought|"
        rf"again|tonight)",
        r"\b(?:thinking about|thought about|think about|tempted to|urge to) (?:jumping|stepping "
        r"(?:off|out|in front)|throwing myself|driving (?:off|into)|walking into)\b",
        rf"\b{_HIGH_PLACE_EN}\b(?: \w+){{0,4}} (?:thinking about|think about|thought about) "
        rf"(?:it|jumping|doing it)\b",
        r"\b(?:bought|got|ordered|found|have|keep) (?:a |the )?(?:rope|noose|gun|rifle|pistol|"
        r"razor blades|blades|charcoal|helium)\b(?: \w+){0,6} (?:for myself|what its for|for "
        r"when|to use on myself|on myself|for it|tonight|for the end)\b",
        r"\b(?:swallow\w*|took|take|taking|down|downed|downing) (?:everything|all of (?:them|it|my "
        r"\w+)|all the (?:pills|tablets|meds)|the whole (?:bottle|box|pack|packet|strip))\b"
        r"(?: \w+){0,6} (?:medicine cabinet|pills|tablets|meds|would it work|would i die|enough|"
        r"kill me|at once)\b",
        r"\b(?:tomar|tomo|tomei|engolir|tomarme|tragar(?:me)?) tud[oa]s? de uma vez\b",
        r"\b(?:juntei|guardei|escondi) (?:\w+ ){0,2}(?:remedios|comprimidos|pilulas)\b",
        r"\b(?:bought|got|buy|ordered|hid|hidden|hiding|keep|kept) (?:a |some |new |more |the )*"
        r"(?:blade|blades|razor blades)\b(?!.{0,50}\b(?:shav\w*|razor|beard|legs|craft|box cutter|"
        r"stanley|lawn|mower|skate\w*|saw|knife set|kitchen|planer|scraper|wiper)\b)",
        r"\b(?:standing|stood|sitting|sat) (?:at|on|near|by) the (?:edge|end) of (?:the|a) "
        r"(?:platform|bridge|roof|cliff|building|balcony)\b",
        r"\bletting (?:the )?trains (?:pass|go by|go past)\b",
        r"\b(?:measured|tested|tied|knotted) (?:the|a|my) (?:rope|noose)\b(?! (?:for|to) (?:the|a|"
        r"my) (?:tent|climb|boat|swing|hammock|tree house|kayak)\b)",
        r"\b(?:tied|made|making|tying|tie) (?:a )?noose\b",
        r"\b(?:thinking about|think about|thought about|tempted to|urge to|want to|wanna|going to|"
        r"keep imagining|imagining) (?:crash|crashing|driving|drive|swerv\w*|steer\w*) (?:my|the) "
        r"car (?:into|off|on|in front)\b",
        r"\bbought a rope\b(?= ?(?:\||$|today|yesterday|and i know|last night))",
        r"\b(?:achete|pris|trouve) une corde\b(?= ?(?:\||$|aujourd ?hui|hier|et je sais))",
        r"\b(?:jumping|jump|falling|fall) (?:from|off) (?:the |a )?(?:\w+ ){0,2}(?:floor|storey|"
        r"story|bridge|roof|building|balcony)\b(?: \w+){0,4} (?:enough|fatal|survive|kill|die|"
        r"lethal)\b",
        r"\bhow (?:much|many) (?:\w+ ){0,2}(?:insulin|paracetamol|tylenol|acetaminophen|pills|"
        r"tablets|sleeping pills|antidepressants|meds|medication|"
        r"painkillers) (?:would it take|does it"
        r" take|to die|is lethal|is fatal|to overdose|would kill|is too many|would be too many)\b"
        r"(?! to (?:fall asleep|sleep|work|kick in|help)\b)",
        r"\b(?:catch|catching|get|getting|step|stepping|jump|jumping) (?:\w+ ){0,2}(?:bus|train|"
        r"truck|lorry|tram)\b(?: \|)? under it\b",
        # A lethal dose or height, looked up or asked about, in each language.
        r"\b(?:dosis|cantidad|altura) (?:\w+ ){0,2}(?:mortal|letal)\b|\bcuant[oa]s? (?:\w+ ){0,2}"
        r"(?:es|son) (?:mortal|letal)(?:es)?\b",
        r"\b(?:dose|quantidade|altura) (?:\w+ ){0,2}(?:fatal|letal|mortal)\b|\b(?:qual|que) "
        r"(?:dose|altura|quantidade) (?:e|eh) (?:fatal|letal|mortal)\b",
        r"\b(?:dose|quantite|hauteur) (?:\w+ ){0,2}(?:mortelle|letale|fatale)\b|\bcombien de \w+ "
        r"(?:\w+ ){0,3}pour mourir\b",
        r"\b(?:dosis|menge|hohe) (?:\w+ ){0,2}(?:todlich|toedlich)\b|\btodliche (?:dosis|menge)\b",
        r"\b(?:dose|quantita|altezza) (?:\w+ ){0,2}(?:letale|mortale)\b",
        r"\b(?:dosis|hoeveelheid|hoogte) (?:\w+ ){0,2}dodelijk\b|"
        r"\bdodelijke (?:dosis|hoeveelheid)\b",
        r"\b(?:dawka|dawke|dawki|ilosc) (?:\w+ ){0,2}smierteln\w*\b|\bsmierteln\w* dawk\w*\b",
        r"\b(?:doz|dozun|dozu|miktar|miktari) (?:\w+ ){0,2}olduruc\w*|\bolduruc\w* doz\w*\b",
        r"(?:доза|дозу|дозы|количество) (?:\w+ ){0,2}смертельн|смертельн\w* доз",
        r"致死量|致死剂量|剂量(?:会)?致死|多少片\S{0,8}(?:死|不再醒)",
        r"الجرعة (?:القاتلة|المميتة)|جرعة (?:قاتلة|مميتة)",
        r"\b(?:razor|blade|blades|pills|knife|rope|tablets)\b.{0,60}\bfor when it gets (?:bad|too "
        r"much|worse|unbearable)\b",
        r"\bwhich (?:bridge|building|roof|cliff)\b(?: \w+){0,6} (?:high enough|tall enough|"
        r"deadly|fatal|die)\b",
        # Collecting pills, in the other languages.
        r"\b(?:juntando|guardando|acumulando|escondendo) (?:\w+ ){0,2}(?:remedios|comprimidos|"
        r"pilulas)\b",
        r"\b(?:garde|garder|mets|met|mis) (?:\w+ ){0,2}(?:medicaments|cachets|comprimes|pilules)"
        r" de cote\b",
        r"\b(?:mettendo|metto|messo|tengo) da parte (?:\w+ ){0,2}(?:pastiglie|pillole|farmaci|"
        r"medicine|compresse)\b",
        r"\b(?:sammle|gesammelt|sammeln|horte|gehortet|bunkere|gebunkert) (?:\w+ ){0,2}"
        r"(?:tabletten|pillen|medikamente|schlaftabletten)\b",
        r"\b(?:spaar|gespaard|verzamel|verzameld) (?:\w+ ){0,2}(?:pillen|medicijnen|tabletten|"
        r"slaappillen)\b",
        r"\b(?:zbieram|zbieralam|zbieralem|odkladam|chomikuje|zbierac) (?:\w+ ){0,2}(?:tabletki|"
        r"leki|pigulki|proszki)\b",
        r"\b(?:hap|ilac)\w* biriktir\w*\b",
        r"(?:коплю|копила|копил|собираю|накопила|накопил|запасаю|прячу) (?:\w+ ){0,2}(?:таблетки|"
        r"лекарства|снотворное|таблеток)",
        r"(?:薬|睡眠薬|くすり)を(?:ため|貯め|溜め|集め)",
        r"(?:攒药|囤药|存药|攒安眠药|囤安眠药|偷偷攒)",
        r"(?:اجمع|اخبئ|اخزن|جمعت) (?:ال)?(?:حبوب|ادوية|دواء|اقراص)",
        r"\b(?:ngumpulin|mengumpulkan|nyimpen|menyimpan) (?:obat|pil)\b",
    ),
    "preparation": (
        rf"\b(?:wrote|written|writing|write|left|leaving|leave) (?:a |my |some )?(?:\w+ )?"
        rf"(?:note|notes|letter|letters|instructions|goodbyes?)\b(?: \w+){{0,3}} (?:to|for) "
        rf"{_FAMILY_EN}\b(?!.{{0,50}}\b(?:birthday|turns?|graduat\w*|wedding|christmas|"
        rf"anniversary|tradition|card|trip|holiday|schedule|party|recipe|school|camp)\b)",
        r"\bdeleted (?:all )?(?:of )?my (?:social media|accounts|profiles)\b(?: \w+){0,5} "
        r"(?:wrote|goodbye|letter|letters|note|gave)\b",
        r"\b(?:sorting out|deciding|decided|figuring out|worked out) who (?:gets|will get|"
        r"should get|can have) my (?:things|stuff|belongings|possessions|cat|dog|pets?)\b",
        r"\b(?:gave|given|giving|give) (?:away )?my (?:cat|dog|pet|pets|guitar|things|stuff|"
        r"belongings|possessions|savings)\b(?: \w+){0,4}(?: away)?(?:(?: \w+){0,6}) (?:ready|"
        r"wont need|dont need|not going to need|before i go|where im going|when im gone)\b",
        r"\b(?:updated|wrote|made|finished) my will\b(?: \w+){0,8} (?:ready|gave|goodbye|"
        r"before|when im gone)\b",
        r"\bi (?:picked|chose|have picked|have chosen|set|ve picked) (?:a|the) (?:date|day)\b"
        r"(?!(?: and time)? (?:for|to|of|with|when we)\b)(?!(?: \w+){0,6} (?:launch|wedding|party|"
        r"meeting|move|dentist|doctor|appointment|"
        r"trip|interview|holiday|vacation|offsite|demo|release|exam))",
        r"\b(?:planned|decided|know|worked out) (?:when and how|how and when|the when and the how)"
        r"\b(?! (?:we|to|the|our|they|you|it will|this will)\b)",
        r"\b(?:cancel\w*|gave away|giving away|sold|selling) (?:all of |)everything\b.{0,40}\b"
        r"(?:wont|will not) (?:be )?need",
        r"\bin case (?:something|anything) (?:happens|happened) to me (?:this weekend|tonight|soon|"
        r"tomorrow|this week)\b",
        r"\b(?:deje|escribi) (?:una |la |mi )?(?:nota|carta) (?:\w+ ){0,2}a mis (?:papas|padres|"
        r"hijos|hermanos)\b(?!.{0,40}\b(?:compr\w*|leche|comida|cena|escuela|colegio|llego|llegar|"
        r"aniversario|boda|navidad|graduacion|regalo|felicit\w*|cumpleanos|"
        r"tarde|recoger|perro|gato)\b)",
        r"\b(?:deixei|escrevi) (?:um |uma |o |a )?(?:bilhete|carta) (?:\w+ ){0,2}(?:pra|para) "
        r"(?:os )?meus (?:pais|filhos)\b",
        r"\b(?:written|wrote|made|did|updated) my will\b(?: \w+){0,6} (?:letter|note|goodbye|"
        r"explaining)\b",
        r"\b(?:letter|note|message) explaining (?:everything|why)\b",
        r"\b(?:giv\w*|gave|leav\w*|left|sold|selling) (?:\w+ "
        r"){1,6}(?:since|because|as|cos|cause) i "
        r"(?:wont|will not|am not going to|dont|wont be|will not be) (?:be )?(?:need|needing|using|"
        r"around|here)\b",
        r"\b(?:said|saying|say|told) (?:bye|goodbye|goodbyes)\b(?: \w+){0,6} without (?:telling|"
        r"saying|explaining) (?:her|him|them|anyone|why)\b",
        r"\b(?:said|made) (?:all )?my goodbyes\b",
        rf"\b(?:letter|note)s? (?:on my (?:bed|desk|pillow)|under my pillow) for {_FAMILY_EN}\b",
        r"\b(?:gave|given|giving) (?:away )?my (?:dog|cat|pet\w*|things|stuff)\b.{0,40}\b(?:doesnt|"
        r"dont|didnt|does not) know why\b",
        r"\b(?:gave|given|giving|give) away (?:\w+ ){1,8}(?:i )?(?:wont|will not) (?:be )?(?:need|"
        r"needing) (?:them|it|any of (?:it|them))\b",
        r"\bsaying (?:my )?goodbyes?\b(?: to (?:people|everyone|everybody|my (?:friends|family)))?"
        r"(?= ?(?:\||$|this week|today|quietly|one by one))",
        r"\b(?:giving|gave|given|give) (?:away )?(?:all )?(?:of )?my (?:stuff|things|belongings|"
        r"possessions)(?: away)?\b(?!.{0,60}\b(?:mov\w*|declutter\w*|old|sale|charity|donat\w*|"
        r"minimalis\w*|flat|apartment|house|relocat\w*|wardrobe|closet|clothes|anyone want)\b)",
        r"\bverschenke (?:all )?meine (?:sachen|dinge|habseligkeiten)\b(?!.{0,40}(?:umzug|"
        r"flohmarkt|alt))",
        r"\b(?:real|final|last) goodbye\b(?! (?:party|drinks|lunch|email|mail|to the (?:team|office"
        r"))\b)",
        r"\b(?:this is|this will be|its) my (?:last|final) (?:message|text|post|note|words)\b"
        r"(?! (?:before|today|for (?:today|the week|now|this)|of the day|on this|until|in this "
        r"(?:thread|channel))\b)",
        r"\bthank(?:s| you) for everything\b(?: \w+){0,6} (?:goodbye|bye forever|farewell)\b",
        r"\b(?:goodbye|bye) (?:everyone|world|all)(?: \w+){0,3} (?:forever|for good|for the "
        r"last time)\b",
        # The same slots in other languages: a farewell letter to family, things given away.
        r"\b(?:carta|cartas|bilhete|nota) (?:de despedida )?(?:pra|para|a) (?:minha|meu|mi|mis|"
        r"meus|minhas) (?:mae|mama|pai|papa|familia|filhos|hijos|padres|pais)\b(?!.{0,30}"
        r"(?:aniversario|cumpleanos|natal|navidad|viagem|viaje))",
        r"\b(?:repart[ií]|regale|doei|distribui|dei) (?:todas )?(?:mis|minhas|as minhas|meus) "
        r"(?:cosas|coisas)\b(?! (?:velhas|viejas|antes de (?:la )?mud|antes da mud))",
        r"\bdonne (?:toutes )?mes affaires\b(?! (?:avant de demenager|a la|au))",
        r"\bregalato (?:tutte )?le mie cose\b",
        r"\b(?:sachen|dinge) verschenkt und (?:mich )?verabschiedet\b",
        r"\blettre d ?adieu (?:a|pour) (?:mes|ma|mon)\b(?! (?:collegues|equipe|travail))",
        r"\b(?:abschiedsbrief|afscheidsbrief|list pozegnalny|veda mektubu) "
        r"(?:\w+ ){0,2}(?:an meine|voor mijn|do rodziny|do mamy|ailem|an die familie)\b",
        r"\bailem (?:icin|için) (?:bir )?veda mektubu\b",
        r"прощальн\w+ (?:письмо|записку) (?:\w+ )?(?:маме|родным|семье|маму|папе|детям)",
    ),
}
