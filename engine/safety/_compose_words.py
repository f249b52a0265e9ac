"""Meaning classes for the compositional layer, per language (folded: no accents, no apostrophes).

Each class is a set of short stems or phrases that *mean* one thing — an ending
of the speaker's life, a wish or plan, life itself, a means, a farewell — in any of
the fifteen languages. `_compose` pairs classes within a clause; the classes
themselves never decide anything alone. Latin-script entries are whole words
(wrapped in \\b…\\b); other scripts are substrings.
"""

from __future__ import annotations

# An ending of the speaker's own life or presence: dying, being dead, killing oneself,
# not waking up, vanishing for good, "not being here", the body giving up.
ENDING_LATIN = (
    # English
    r"(?:to|i|ill|gonna|wanna|just|simply|could|would|should|and|id|rather|let me|me) die|"
    r"(?:to|wanna|i) dye(?! (?:my|her|his|the|it|this|that|them|a|your)\b)|"
    r"dying|be dead|being dead|my death|suicide|suicidal|kill myself|killing myself|"
    r"end my life|ending my life|end it all|end it|ending it|end everything|take my (?:own )?life|"
    r"(?:not|never|dont|didnt|wont) (?:ever )?wake up(?: again)?|stop existing|not exist(?:ing)?|"
    r"cease to exist|sleep(?:ing)? forever|(?:disappear|vanish|be gone)(?: \w+){0,2} (?:forever|"
    r"for good|permanently)|"
    r"sleep forever|fall asleep and (?:that be it|thats it|never|not)|unalive|kms|ctb|"
    r"(?:sleep|disappear|vanish|go away)(?: \w+){0,4} or forever|"
    r"(?:stick|sticking|stay|staying) around(?: \w+){0,2} (?:much )?(?:longer|anymore)|"
    r"(?:a |the )?(?:bus|car|truck|train|lorry) (?:hit|hits|would hit|ran over|runs over|"
    r"would run over|to hit) me|(?:hit|run over) by (?:a |the )?(?:bus|car|truck|train)|"
    r"(?:an? )?(?:accident|illness|disease|cancer|heart attack) (?:took|takes|would take|to "
    r"take|would kill|to kill|killed) me|"
    r"not (?:be|being) (?:here|around|alive)(?: anymore| much longer| for long)?|"
    r"(?:be|being) (?:here|around|alive) (?:much )?(?:longer|by next \w+|next year|in a year)|"
    r"my body (?:gives|give|to give|will give) (?:up|out)|waste away|fade away|bleed out|"
    r"wegkwijn\w*|consumirme|definhar|deperir|dahinsiechen|deperire|stop being(?! \w)|"
    r"(?:if i )?(?:got|get|was|were) (?:into |in )an? (?:accident|crash)|die in an? (?:accident|"
    r"crash)|"
    r"(?:que )?se acabe todo|que (?:todo|tudo) (?:se )?(?:acabe|termine)|que tout (?:se termine|"
    r"finisse|s ?arrete)|"
    r"death(?= (?:sounds|seems|feels|would be|looks|is starting to (?:sound|look|feel)))|"
    r"(?:six|6) (?:feet|ft) under|meet my maker|be with my (?:late|dead|deceased) \w+|"
    r"go home to (?:god|jesus|the lord)|k ?word myself|off myself|"
    r"(?:hic )?uyanmasam|uyanmazsam|no estuviera|no existiera|"
    r"i(?:ll| will)? (?:just )?fade(?: away| out)?(?! (?:in|into|out of|from)\b)|"
    r"(?:tonight|today|this|it)(?: is| s|s)? (?:the|my) last (?:night|day|time)|"
    r"my last (?:night|day) (?:alive|on earth)|end(?:ed|ing)? things|"
    r"(?:drive|driving|crash|crashing) (?:my car )?into (?:a |the )?(?:river|wall|tree|traffic|"
    r"oncoming \w+|truck|lorry)|walk(?:ing)? into (?:the )?(?:sea|ocean|river|lake|traffic)|"
    r"if i (?:died|was dead|were dead)(?! (?:my|the|a|it|her|his|their|in (?:the|"
    r"a) game)\b)|si je (?:mourais|disparaissais)|si me muriera|"
    r"se eu morresse|se morissi|wenn ich (?:sterben wurde|tot ware|sterbe)|als ik dood (?:was|ben)|"
    r"gdybym umarl\w*|agar main mar (?:jaun|gaya|gayi)|kalau aku mati|tot umzufallen|tot umfallen|"
    r"(?:close|closing) my eyes(?: \w+){0,3} (?:never|not) (?:open|wake)\w*|"
    r"chiudere gli occhi e non riaprirli|fermer les yeux (?:pour toujours|et ne plus)|"
    r"cerrar los ojos y no (?:volver a )?abrirlos|fechar os olhos e (?:nao|nunca mais) "
    r"(?:abrir|acordar)|augen (?:zu )?(?:schliessen|machen) und nie wieder|"
    r"ogen (?:dicht doen|sluiten) en nooit|zamknac oczy i (?:sie )?nie obudzic|"
    r"gozlerimi kapat\w* ve (?:bir daha )?acma\w*|menutup mata (?:dan|selamanya)|"
    r"(?:it|something|this|that) (?:just )?(?:ends|end|finishes|finish) me(?: off)?|"
    r"sleep (?:for )?(?:a (?:very )?long time|(?:and|n) not (?:wake|come back(?! to\b)"
    r"(?! to (?:work|the "
    r"office|school|class|uni|college))))|"
    r"(?:throw|throwing|hurl) myself (?:off|from|under|in front)|"
    r"(?:leave|leaving|ir(?:me)? de|salir de|quitter|partir de|lasciare|andarmene da|deixar|"
    r"sair de|verlaten|opuscic|odejsc z|pergi dari|meninggalkan) (?:este |this |ce |cette |"
    r"questo |deste |desse |este |deze |ten |tego |dunia )?(?:world|mundo|monde|mondo|"
    r"wereld|swiat|swiata|dunia(?: ini)?)(?! (?:a |an )?(?:better|kinder|safer|cleaner|greener)\b|"
    r" (?:of|de|del|des|du|della|dello|do|da|dos|das|van|der|corporativo|corporate)\b)|"
    r"(?:diese |dieser |bu |is )?(?:welt|wereld|dunyadan|duniya) (?:zu )?(?:verlassen|verlaten|"
    r"gitmek|chhod\w*)|"
    r"(?:partir|go away|gehen|weggehen|irme|andare via|ir embora|odejsc|gitmek|pergi) "
    r"(?:pour toujours|forever|for good|fur immer|para siempre|per sempre|para sempre|"
    r"pra sempre|voor altijd|na zawsze|sonsuza|hamesha|selamanya)|"
    r"smettere di esistere|deixar de existir|cesser d exister|aufhoren zu existieren|"
    r"ophouden te bestaan|przestac istniec|nie istniec|var olmamak|berhenti ada|"
    # German
    r"sterben|tot sein|umbringen|mich umbringen|(?:mir )?das leben (?:zu )?nehme\w*|"
    r"nicht mehr da zu sein|nicht mehr zu leben|"
    r"selbstmord|suizid\w*|(?:nie|nicht) (?:wieder|mehr) aufwachen|nicht mehr da sein|"
    r"(?:mich )?wegmachen|(?:fur immer|einfach) verschwinden|schluss machen|"
    # Dutch
    r"dood (?:gaan|zijn|wil|willen)|wil dood|doodgaan|zelfmoord|suicide|"
    r"een? (?:eind|einde) aan (?:mijn|m) leven|(?:nooit|niet) meer wakker (?:worden|word)|"
    r"er niet meer (?:zijn|ben|was)|verdwijnen en dood|"
    r"er een (?:eind|einde) aan (?:te )?maken(?! (?:met|van|aan)\b)|"
    r"(?:houdt|stopt) (?:dan )?alles (?:gewoon )?op|hort (?:dann )?alles (?:einfach )?auf|"
    r"skonczyc z tym wszystkim|her seye son ver\w*|hayatima son ver\w*|"
    # French
    r"mourir|crever|me tuer|me suicider|en finir|mettre fin a (?:mes jours|ma vie)|"
    r"(?:ne )?(?:plus|jamais|pas) me reveiller|(?:ne )?(?:plus|pas) exister|"
    r"(?:tout|ca|que ca) (?:s ?)?arrete (?:pour de bon|pour toujours|definitivement)|(?:ne|"
    r"n) (?:suis|etais|serai) plus la|"
    r"(?:mon )?corps (?:lache|lachera|abandonne)|"
    # Spanish / Portuguese
    r"morir(?:me)?|morirme|matarme|suicid\w*|quitarme la vida|acabar con (?:todo|mi vida)|"
    r"(?:no|nunca) (?:volver a )?despertar(?:me)?|dejar de existir|no existir|"
    r"morrer|eu morro|me muera|je meure|io muoia|ich sterbe|ik sterf|me matar|"
    r"tirar (?:a )?(?:minha )?(?:propria )?vida|"
    r"acabar com (?:tudo|a minha vida)|"
    r"(?:nao|n|nunca mais) (?:existir|acordar)|"
    r"(?:meu )?corpo (?:desista|desistir|ceda|pare)|"
    # Italian
    r"morire|uccidermi|ammazzarmi|suicidarmi|farla finita|togliermi la vita|"
    r"(?:non|mai piu) (?:svegliarmi|risvegliarmi|svegliarsi|risvegliarsi)|non (?:ci )?saro piu|"
    r"non ci saro|"
    # Polish
    r"umrzec|umrzyj|zabic sie|samobojstw\w*|skonczyc ze soba|ze soba skonczyc|(?:nie )?obudzic|"
    r"(?:juz )?(?:nigdy )?nie (?:wstac|obudzic sie)(?: juz| wiecej)?|"
    r"(?:gdyby|jakby) mnie nie (?:bylo|bedzie)|odebrac sobie zycie|"
    # Turkish
    r"olmek|olmeyi|olsem|intihar\w*|kendimi oldur\w*|canima kiy\w*|uyanmamak|"
    r"(?:ben )?olmasam|yok olmak|"
    # Hindi (romanised) / Indonesian
    r"marna|mar jaun|mar jana|mar jaana|mar jaau|khudkushi|jaan (?:le|de)(?:ni|na|ne)?|"
    r"sab khatam kar (?:doon|du|dun|dena|dalun)|"
    r"khud ko (?:khatam|maar)|(?:uthu|uthun|uthoon|uthna) (?:hi )?na(?:hi)?|"
    r"mati(?: aja| saja)?|bunuh diri|mengakhiri (?:hidup\w*|semuanya)|"
    r"(?:nggak|gak|tidak|ga) bangun lagi"
)
ENDING_OTHER = (
    # Russian
    r"умереть|умру|(?:своей|моей) смерти|хочу смерти|самоубийств|покончить с (?:собой|"
    r"жизнью)|не проснуться|не проснусь|"
    r"(?:больше )?никогда не проснуться|再也不(?:用)?醒来|不用再醒来|永远不醒|покончить со всем|"
    r"закрыть глаза и не открыть|если бы я умер\w*|"
    r"目を閉じて(?:もう)?開け|闭上眼睛(?:再也)?不|"
    r"اغمض عيني ولا افتحها|меня не станет|перестать существовать|уйти из этого мира|"
    r"броситься (?:с|под)|меня не будет|уйти из жизни|"
    # Japanese / Chinese
    r"死にたい|死ぬ|死のう|自殺|いなくなりたい|目が覚めなければ|命を絶|"
    r"自杀|想死|结束(?:自己的)?生命|(?:不要|不想|别)再?醒(?:来|过来)?|不再醒|离开这个世界|"
    r"想去世|去世算了|(?:楼|天台|桥)上?跳下去|"
    r"(?:ホーム|電車|線路|屋上|ビル)\S{0,6}飛び(?:込|降)|"
    # Arabic
    r"اموت|الموت|انتحار|انتحر|اقتل نفسي|قتل نفسي|انهي حياتي|ينهي حياتي|"
    r"(?:ارتاح|انام) (?:للابد|نهائيا)|(?:اختفي|ارحل|اروح) من (?:هال|هذه ال|ال)?دنيا|ليتني (?:ما|"
    r"لم) (?:انولدت|اولد|ولدت)|"
    r"(?:الا|لا) استيقظ|(?:وما|ولا|ما) (?:اصحي|اقوم)|بدوني|ارمي نفسي من|اغادر هذا العالم|"
    r"跳楼|跳樓|この世を去|飛び降り|"
    # Hindi (Devanagari)
    r"मरना|मर जा|आत्महत्या|जान ले|खुद को खत्म"
)

# Vanishing: an ending only when nothing says where to or for how long.
VANISH = (
    r"\b(?:disappear\w*|vanish\w*|disparaitre|disparaisse|verschwinden|verschwinde|verdwijn|"
    r"desaparezca|desapareca|sparisca|znikne|ngilang|desaparecer|sumir|sparire|verdwijnen|"
    r"zniknac|kaybolmak|menghilang|hilang|gayab)\b|исчезнуть|消えたい|消失|اختفي"
)
VANISH_FINAL = (
    r"^ ?(?:$|\||forever|for good|permanently|completely|without a trace|and never|"
    r"y que nadie|e que ninguem|et que personne|und niemand|e che nessuno|en niemand|i nikt|"
    r"من (?:هال|هذه ال|ال)?دنيا|من (?:هذا )?العالم|"
    r"fur immer|spurlos|und nie|pour toujours|a jamais|et ne|para siempre|y no|de vez|"
    r"pra sempre|para sempre|e nunca|per sempre|e non|voor altijd|en nooit|na zawsze|i nie|"
    r"sonsuza|tamamen|selamanya|hamesha|навсегда|и не|永遠|永远|للابد|نهائيا)"
)

# A wish, hope, plan or thought (the stance that makes an ending a risk).
STANCE_LATIN = (
    r"relief|soulagement|alivio|erleichterung|sollievo|opluchting|ulga|rahatlama|"
    r"dua ediyorum|diliyorum|keske|"
    r"want|wanna|wanted|wish|wishing|hope|hoping|pray|praying|plan|planning|planned|decided|"
    r"ready|going to|gonna|rather|thinking (?:about|of)|thought about|think about|considering|"
    r"welcome|wouldnt mind|dont mind|wouldnt be (?:the worst thing|so bad|that bad|bad)|"
    r"sounds (?:nice|good|peaceful|better|tempting)|peaceful|"
    r"counting down|count down|until i can|sooner the better|"
    r"(?:dont|cant|do not|no longer) see (?:the|any) point|"
    r"tempted|urge|would like|id like|cant wait|looking forward|thoughts|how to|ways? to|"
    r"wonder\w*|favou?r|would (?:anyone|anybody) (?:care|notice)|if (?:anyone|anybody) would "
    r"(?:care|notice)|"
    r"looked up|googl\w*|search\w*|research\w*|reading about|"
    r"ich will|will ich|will (?:mich|nur|einfach|echt)|mochte|ich wurde|wurde ich|am liebsten|"
    r"denke|gedanken|ich plane|wunsche|hoffe|bete|wie man|"
    r"wil|zou|denk|hoop|"
    r"veux|jveux|voudrais|aimerais|jaimerais|envie|pense|prevu|espere|prie|"
    r"quiero|queria|quisiera|gustaria|gostaria|piacerebbe|ganas|pienso|pensando|ojala|espero|"
    r"quero|querendo|queria|vontade|penso|pensando em|pensado|pensei|pensar em|peco|rezo|"
    r"voglio|vorrei|spero|prego|pensato|"
    r"chce|chcialbym|chcialabym|mysle|marze|moglabym|moglbym|wolalabym|wolalbym|"
    r"istiyorum|istemiyorum|dusunuyorum|umarim|"
    r"chahta|chahti|chahte|soch|sochta|sochti|kaash|kash|mann karta|man karta|dil karta|jee karta|"
    r"pengen|ingin|mau|kepikiran|berharap|merencanakan"
)
STANCE_OTHER = (
    r"хочу|хочется|думаю|надеюсь|мечтаю|планирую|как|способ|"
    r"たい|考え|思う|願|方法|調べ|探し|"
    r"想|希望|打算|"
    r"اريد|اتمني|افكر|اود|نفسي|ودي|ابي|ابغي|بدي|ليتني|ياليت|يا ليت|"
    r"चाह|सोच"
)

# Life itself, for "not want to live", "why go on living", "tired of living".
LIFE_LATIN = (
    r"live|living|be alive|exist|existing|leben|vivre|vivir|viver|vivere|leven|zyc|"
    r"yasamak|yasamaktan|yasamaya|hayat\w*|jeena|jina|zindagi|jindagi|hidup"
)
LIFE_OTHER = r"жить|生きて|生きる|活下去|活着|اعيش|الحياه|जीना"

# What makes a "not want to live" about a place or a way of living, not life itself.
LIFE_PLACE = (
    r"^ (?:in|at|with|near|there|abroad|alone|together|on|without|like that|in a|paycheck|off|"
    r"out of|under|through|for|by|next to|close to|far from|from|in fear|a lie|a double|"
    r"in|mit|bei|dort|hier in|a|avec|en|ici|la bas|en|con|aqui|alla|em|com|aqui|la|"
    r"in|con|qui|li|met|daar|hier|w|z|tam|di|dengan|sama|wala|mein|so far|far away|that far|"
    r"tan lejos|tan cerca|lejos|cerca|longe|perto|loin|pres|weit weg|so weit|lontano|vicino|"
    r"ver weg|zo ver|daleko|uzakta|jauh)\b"
)

# Negated wants and "why": the frames that turn LIFE into risk.
NOT_WANT = (
    r"\b(?:dont|do not|no longer|cant|cannot|not) (?:\w+ ){0,2}(?:want|wanna|wish|feel like|"
    r"see the point|bear|stand|keep)(?: to)?\b|\bnot want\b|"
    r"\b(?:will|mag|mochte|kann|wurde) (?:\w+ ){0,3}(?:nicht|nie) mehr\b|"
    r"\b(?:wil|kan) (?:\w+ ){0,2}niet meer\b|"
    r"\b(?:veux|peux|voudrais|jveux) (?:\w+ ){0,2}plus\b|"
    r"\b(?:no|ya no) (?:quiero|puedo|tengo ganas de) (?:seguir )?\b|"
    r"\b(?:nao|n) (?:quero|aguento|consigo) (?:mais )?\b|"
    r"\bnon (?:voglio|ce la faccio a|riesco a) (?:piu )?\b|"
    r"\bnie chce\b|\bistemiyorum\b|\bnahi (?:hai|chahta|chahti)|\bnahi\b|"
    r"\b(?:nggak|gak|tidak|ga|udah nggak) (?:mau|pengen|ingin)\b|"
    r"\b(?:kein|keinen|keine) (?:bock|lust|kraft|sinn) (?:mehr )?(?:auf|zu|im|am)\b|"
    r"\bgeen (?:zin|puf|kracht) meer (?:in|om te)\b|"
    r"не хочу|ما عدت اريد|لا اريد|لم اعد اريد|不想|したくない|たくない|नहीं"
)
WHY_LIVE = (
    r"\b(?:why|what for|whats the point of) (?:even |keep |go on |carry on )?\b|"
    r"\b(?:wozu|warum) (?:noch )?\b|\b(?:pourquoi|a quoi bon)\b|\b(?:para que|pra que|pa que)\b|"
    r"\b(?:perche|a che serve)\b|\b(?:waarom|waarvoor)\b|\bpo co\b|\bneden\b|\bkyun\b|"
    r"\buntuk apa\b|"
    r"зачем|なぜ|为什么|لماذا|لا فائده من|ما الفائده من|لا معنى ل|\bno point (?:in|of)\b|"
    r"\b(?:sin sentido|sem sentido|kein sinn|geen zin|non ha senso|bez sensu|anlamsiz)\b"
)
TIRED_OF = (
    r"\b(?:tired of|sick of|done with|over|exhausted by|weary of)\b|\bmude (?:zu|vom)\b|"
    r"\bsatt\b|\bmarre de\b|\bfatigue de\b|\bcansad[oa] de\b|\bharto de\b|\bcansei de\b|"
    r"\bsaco cheio de\b|\bstanc[oa] di\b|\bmoe van\b|\bzmeczon\w* (?:zyciem)?\b|\bmam dosc\b|"
    r"\byoruldum\b|\bthak gay\w*\b|\bcapek\b|\blelah\b|устал\w* (?:от )?|疲れた|累|تعبت من"
)

# A farewell written or things given away, and what makes it final.
FAREWELL_LATIN = (
    r"letters?|notes?|goodbye|farewell|will|gave|given|giving|"
    r"brief\w*|abschied\w*|lettres?|mot d adieu|adieux|carta|cartas|despedida|lettera|lettere|"
    r"addio|brieven|afscheid\w*|list\w*|pozegn\w*|mektub\w*|veda|chitthi|khat|surat|wasiat"
)
FAREWELL_OTHER = r"письм|записк|прощ|遺書|手紙|遗书|信|رسال|رسايل|وداع|पत्र|चिट्ठी"
FINAL_LATIN = (
    r"after (?:im gone|i die|i go|my death)|for after|when im (?:gone|not here)|"
    r"whoever finds me|wont (?:be )?need(?:ing)? (?:them|it|this)|"
    r"nach meinem tod|wenn ich (?:nicht mehr da|weg) bin|"
    r"apres (?:ma mort|mon depart)|quand je (?:ne )?serai plus la|"
    r"cuando ya no este|despues de (?:mi muerte|que me vaya)|depois que eu (?:partir|morrer|for)|"
    r"quando non ci saro|dopo la mia morte|als ik er niet meer ben|na mijn dood|"
    r"po mojej smierci|kiedy mnie nie bedzie|olumumden sonra|ben gidince|"
    r"mere (?:jaane|marne) ke baad|setelah aku (?:pergi|mati|tiada)"
)
FINAL_OTHER = (
    r"после моей смерти|когда меня не станет|死んだ後|我走后|我死后|بعد رحيلي|بعد موتي|मेरे बाद"
)

# Others as the subject (a character, a friend, a man in the news): the ending is theirs.
OTHER_SUBJECT = (
    r"\b(?:he(?! \w+(?:ado|ido|ito|cho|sto)\b)|she|they|his|her(?! (?:gun|sey|zaman|"
    r"sabah|gece|aksam|hafta|yer|sene|ay)\b)|their|him|them|hero|heroine|character|"
    r"protagonist|villain|"
    r"(?:a|the|this|that|old|young) man|woman|guy|girl|boy|someone|somebody|patient|"
    r"patients|grandfather|grandmother|"
    r"grandpa|grandma|uncle|aunt|cousin|neighbou?r|er|ihr|sein|seine|seiner|elle|ils|elles|"
    r"ella|ellos|ele|ela|dele|dela|lui|lei|loro|suo|sua|hij|zij|haar|ona|oni|jego|jej|"
    r"bohater\w*|kahraman\w*|onun|usne|uska|uski|mereka|tokoh\w*|personagem|personaje|"
    r"personnage|protagonista|held|heldin|figur)\b|"
    r"(?:^| )(?:он|она|они|его|её|ее|герой\w*)(?: |$)|"
    r"彼|主人公|祖母|祖父|他|她|主角|奶奶|爷爷|姥姥|姥爷|البطل|(?:^| )(?:هو|هي)(?: |$)|"
    r"उसने|वह "
)
# The speaker: first-person words (pro-drop languages often have none).
SELF = (
    r"\b(?:i|im|ive|id|ill|me|my|myself|mine|ich|mich|mir|meine|meiner|meinem|meinen|"
    r"ik|mij|mezelf|mijn|je|j|"
    r"jveux|moi|ma|mon|mes|yo|mi|mis|eu|mim|meu|minha|io|ja|mnie|moj\w*|ben|beni|bana|"
    r"kendimi|main|mujhe|mera|meri|khud|aku|saya|gue|gw|\w+(?:iyorum|uyorum|yorum|"
    r"ecegim|acagim))\b|"
    r"(?:^| )(?:я|меня|мне|мой|моя)(?: |$)|私|僕|俺|自分|我|انا|نفسي|मैं|मुझे"
)
# Right after an ending: what it is about, when that is trivial ("die of embarrassment",
# "disappear from slack", "wake up at 5", "killed myself getting it done").
TRIVIAL_AFTER = (
    # Never trivial when the world or forever follows ("sumir desse mundo pra sempre").
    r"^(?!.{0,30}\b(?:mundo|monde|mondo|welt|wereld|world|earth|terra|tierra|forever|pra sempre|"
    r"para sempre|para siempre|pour toujours|per sempre|fur immer|voor altijd|na zawsze)\b)(?:"
    r"^ ?(?:of|from(?! (?:this|the|my|all (?:this|the)) (?:pain|hurt|suffering|"
    r"misery))|than(?! (?:live|living|be alive|go on|keep|to live|wake|feel|feeling|suffer|hurt|"
    r"exist|be like this|go through|deal with (?:this|it|life)|face))|on (?:this|"
    r"that) hill|getting|working|trying|to get|to finish|doing|"
    r"at \d+|at (?:five|six|seven|eight)|early|on (?:sundays|mondays|weekends|the weekend)|"
    r"with (?:him|her|them|my|the)|here for|for (?!real|good|ever|sure)\w+|"
    r"de (?!verdad|verdade|vrai|vdd|vez|uma vez|una vez)\w+|du|des|d|dessa|desse|deste|desta|"
    r"da|do|dos|das|dal|dalla|dalle|dallo|dai|dagli|van|vor|von|aus|z|ze|dari|se|ke|"
    r"из|от|с работ|من|"
    r"at (?:a ripe old age|\d+\w*)|of old age|(?:\w+ ){0,6}(?:surrounded by|grandkids|"
    r"grandchildren|in (?:her|his|my) own bed|at \d{2,3}\b|de viejo|de velho|de vieux)|"
    r"even|mal|un po|un rato|um pouco|por un|por um|bir sure|biraz|sebentar|ненадолго)\b|"
    r"^ ?(?:من|из|от)(?: |$))"
)
# Ending *things*: trivial when an object follows ("acabar con todo el trabajo").
END_THINGS = r"acabar|farla finita|end it|end everything|ending it|en finir|schluss machen|skonczyc"
TRIVIAL_OBJECT = (
    r"^ ?(?:el|la|los|las|il|lo|gli|con|com|avec|met|mit|with|questo|questa|este|esta|esse|essa|"
    r"isso|ce|cette|dieses|deze|dit|this|that|the)\b(?! (?:vida|vita|vie|leben|leven|life|"
    r"mundo|dolor|dor|douleur|schmerz|pijn|dolore|pain|suffering|sofrimento|sufrimiento))"
)

# Before a vanishing: the place it is *from* (Japanese, Chinese, Turkish put it first).
TRIVIAL_BEFORE = r"(?:から|より|从\S{0,8}|\w+(?:dan|den|tan|ten) (?:\w+ ){0,2}|bir sure |biraz )$"
# Laughter, jokes, games and stories anywhere in the clause.
CLAUSE_TRIVIAL = (
    r"\b(?:lol|lmao|haha\w*|hehe\w*|wkwk\w*|kkk+|jaja\w*|rsrs\w*|mdr|ptdr|xd|rofl|jk|kidding|"
    r"joking|ngakak|ketawa|smiech\w*|lachen|rire|risa|rir|ridere|gulmek\w*|hans|game|games|"
    r"minecraft|fortnite|level|episode|plot|scene|sims)\b|笑|ضحك|हँस"
)

# No point, sense or reason ...
POINTLESS = (
    r"\b(?:no point|(?:dont|cant|do not|no longer) see (?:the|any) point|whats the point|"
    r"no reason|no sense|pointless|sin sentido|no (?:le )?(?:encuentro|veo) (?:ningun )?"
    r"(?:sentido|razon)|ningun sentido|(?:nao|n) vejo (?:mais )?(?:razao|sentido)|sem sentido|"
    r"nao faz (?:mais )?sentido|(?:plus|pas) (?:l ?)?interet|aucun sens|plus de sens|"
    r"(?:keinen|kein) sinn|sinnlos|non (?:vedo|ha) (?:piu )?(?:il )?senso|nessun senso|"
    r"geen zin|(?:het )?nut niet|geen nut|nie widze sensu|bez sensu|nie ma sensu|"
    r"anlami (?:yok|kalmadi)|anlamsiz|koi (?:matlab|fayda|faida) nahi|buat apa|untuk apa|"
    r"(?:ga|gak|nggak|tidak) ada gunanya|percuma)\b|смысла|бессмысленн|意味(?:が|は)?(?:ない|"
    r"わからない|分からない)|没(?:什么|有)?意义|没意思|(?:ما|مو|ما في|مافي|لا) (?:\S+ )?(?:فايده|"
    r"فائده|معني)|कोई मतलब नहीं"
)
# ... in going on, living or existing (not in a meeting or a project).
GO_ON = (
    r"\b(?:go on|going on|keep going|carry on|carrying on|continue|continuing|living|to live|"
    r"being alive|existing|seguir(?: aqui| adelante| viviendo)?|continuar(?: aqui| vivendo)?|"
    r"vivir|viver|continuer|vivre|weiterzumachen|weitermachen|weiterzuleben|weiterleben|leben|"
    r"andare avanti|vivere|continuare|door te gaan|doorgaan|te leven|leven|dalej zyc|zyc|"
    r"devam etme\w*|yasama\w*|jeene|jeena|zindagi|hidup|jalanin hidup)\b|жить|"
    r"существовать|生きて|生きる|活着|活下去|حياتي|العيش|اعيش|जीने"
)
# What the going on is about when it is work ("no point continuing this project"), anywhere in
# the clause: a client, a supplier, a meeting, a course, a plan.
GO_ON_TRIVIAL = (
    r"\b(?:client\w*|cliente\w*|kunde\w*|klant\w*|klient\w*|musteri\w*|anbieter\w*|vendor\w*|"
    r"proveedor\w*|fornecedor\w*|fournisseur\w*|fornitore\w*|leverancier\w*|dostawc\w*|"
    r"tedarikci\w*|supplier\w*|project\w*|proyecto\w*|projet\w*|projeto\w*|progetto\w*|"
    r"projekt\w*|proje\w*|meetings?|reunion\w*|reuniao|riunione|vergadering\w*|spotkani\w*|"
    r"toplanti\w*|rapat|job|trabajo|emprego|travail|lavoro|baan|praca|pracy|kerja|course|curso|"
    r"cours|kurs|corso|cursus|design|diseno|conversation|conversa\w*|gesprach\w*|discussion|"
    r"app|idea|plan|strategy|diet|dieta|regime|contract\w*|contrato|contrat|vertrag|contratto|"
    r"umow\w*|sozlesme\w*|kontrak|subscription|series|book|libro|livre|buch|boek|ksiazk\w*|"
    r"kitap|vendor|firma|empresa|azienda|entreprise|unternehmen|bedrijf|sirket\w*|perusahaan|"
    r"startup|business|negocio|affaire|geschaft|attivita|zaak|biznes|isletme|bisnis|iste|isi|"
    r"isten|isyeri\w*|sirkette|kantor\w*|ufficio|oficina|bureau|buro|kantoor|biuro|ofis)\b|"
    r"клиент|поставщик|подрядчик|проект|совещан|созвон|работ|курс|договор|компани|"
    r"客户|供应商|项目|会议|工作|公司|客先|取引先|会議|仕事|会社|عميل|العميل|مورد|مشروع|"
    r"اجتماع|شغل|الشغل|شركه|क्लाइंट|प्रोजेक्ट"
)
# Going on or continuing, as the last words of a lexicon phrase.
CONTINUE_END = (
    r"\b(?:seguir|continuar|continuer|andare avanti|continuare|weiterzumachen|weitermachen|"
    r"door te gaan|doorgaan|devam etme\w*|go on|going on|carry on|continue|continuing|"
    r"keep going)(?: aqui| aca| here| ici| qui| hier)?\s*$"
)
# What the going on is about when it is work ("no point continuing this project").
GO_ON_OBJECT = (
    r"^ (?:with|this|the|that|ce|cette|ces|le|la|les|mon|ma|esse|nesse|nessa|este|esta|con|"
    r"questo|questa|diesem|dieser|mit|met|deze|dit|z|ten|ta|bu|is|ini|in|at|like that|"
    r"with (?:the|this|my) \w+|\w+ (?:project|proyecto|projet|projeto|progetto|projekt|proje))\b"
)
