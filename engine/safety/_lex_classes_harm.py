"""Structural patterns for self-starvation, self-harm and danger at home (plain reading).

The slots of `_lex_classes`, for the harm kinds: not eating *with* an aim of dying or
vanishing, a harming act *again* or *on purpose*, a partner or relative as the subject
of a violent verb or of a threat tied to leaving.
"""

from __future__ import annotations

from engine.safety._kinds import Lexicon

CLASSES_HARM: Lexicon = {
    "starvation": (
        r"\b(?:not eating|havent eaten|stopped eating|stop eating|quit eating|refuse to eat|"
        r"refusing to eat|wont eat|starving myself|starve myself|refusing food|refuse food|"
        r"skip\w* (?:every |all (?:my )?|each )?meals?|only drink water)\b(?: \w+){0,14} "
        r"(?:disappear\w*|die|dead|to death|waste away|vanish|give up|gives up|shut down|"
        r"stop breathing|deserve to die|not wake up|wont wake up|never wake up)\b",
        r"\b(?:esse|ass) (?:nichts|nicht(?: \w+)?) mehr\b(?: \w+){0,8} (?:sterben|verschwinden|"
        r"tot|aufhoren zu (?:leben|existieren))\b",
        r"\b(?:ne mange plus|mange plus|arrete de manger|ne mange rien)\b(?: \w+){0,8} (?:mourir|"
        r"disparaitre|disparaisse|tuer|crever|m ?effacer)\b",
        r"\b(?:non mangio|smesso di mangiare|non mangio piu)\b(?: \w+){0,8} (?:morire|sparire|"
        r"morte|scomparire)\b",
        r"\b(?:parei de comer|nao como|nao estou comendo|nao quero comer)\b(?: \w+){0,8} "
        r"(?:morrer|sumir|desist\w*|desaparecer)\b",
        r"\b(?:eet|at|eten) (?:\w+ )?niet meer\b(?: \w+){0,8} (?:dood|verdwijn\w*|sterven)\b",
        r"\b(?:przestal\w* jesc|nie jem)\b(?: \w+){0,8} (?:umrzec|zniknac|smierc\w*|umre)\b",
        r"\b(?:yemek yemiyorum|yemiyorum|yemeyi biraktim|yemek yemeyi biraktim)\b(?: \w+){0,6} "
        r"(?:olmek|yok olmak|kaybolmak|olmek istiyorum)\b",
        r"(?:не ем|перестала есть|перестал есть|ничего не ем)(?: \w+){0,6} (?:умереть|исчезнуть|"
        r"сдохнуть|умру)",
        r"(?:食べていない|食べてない|食べない|絶食)(?:[^。]{0,12})(?:消えたい|死にたい|死ねる)",
        r"(?:不吃东西|不吃饭|绝食|什么都不吃)(?:[^。]{0,10})(?:消失|想死|去死|死掉)",
        r"\b(?:nggak|tidak|gak|ga) makan\b(?: \w+){0,6} (?:mati|menghilang|hilang)\b",
    ),
    "self_harm": (
        r"\brelapsed and (?:cut|hurt|burned|burnt|scratched|hit)\b",
        r"\bthe (?:cutting|cuts|burning|burns|self ?harm\w*) "
        r"(?:is|are) getting (?:deeper|worse|more)\b",
        r"\b(?:punch|hit|bang|smash)\w* (?:the )?walls? until (?:my )?(?:knuckles|hands|fists|head)"
        r" (?:bleed|bled|break|broke|hurt|split)\b",
        r"\bme (?:queme|corte|lastime|golpee|cortei|queimei|machuquei)\b(?: \w+){0,6} "
        r"(?:a proposito|de proposito|de novo|otra vez|outra vez|novamente)\b",
        r"\b(?:voltei a|volvi a) me (?:cortar|queimar|machucar)\b",
        r"\bme (?:brule|scarifie|mutile|coupe) (?:\w+ ){0,3}(?:avec|"
        r"encore|les bras|les poignets)\b",
        r"\bschneide mich (?:wieder|immer|an|in)\b",
        r"\bsnijd mezelf\b",
        r"\bkendime zarar\b",
        r"(?:режу|резала|резал|порезала|порезал) себ[яе]",
        r"(?:ادي|اؤذي|اذيت|جرحت) نفسي",
        r"\bnyilet (?:tangan|lengan|diri)\w*\b",
        r"\b(?:apni )?kalai kaat\b",
    ),
    "abuse": (
        r"\b(?:kill|hurt) me if i (?:leave|left) (?:him|"
        r"her|them)\b|\b(?:kill|hurt) me if i (?:tell|"
        r"call) (?:anyone|the police|someone|my)\b",
        r"\b(?:he|she|they|my \w+) (?:said|says|told me|threaten\w*|swore)(?: that)? if i "
        r"(?:leave|left|go|tell|told|call)\b(?: \w+){0,6} (?:kill|hurt|find) me\b",
        r"\b(?:locks|locked|lock) me (?:in|inside|up)\b(?! (?:the )?(?:contract|deal|rate|price|"
        r"plan|for)\b)",
        r"\b(?:bruises|black eye|marks)\b.{0,60}\b(?:he|she|my (?:husband|wife|partner|boyfriend|"
        r"girlfriend|dad|mum|mom|father|mother|stepdad|ex)) (?:said|says|told me|did)\b",
        r"\b(?:he|she|my \w+) (?:gave me|left me with|left) (?:these |the |a )?(?:bruises|black eye"
        r"|marks on)\b",
        r"\b(?:babam|annem|kocam|karim|sevgilim|erkek arkadasim|abim|agabeyim|uvey babam|esim) "
        r"(?:bana |beni )?(?:\w+ ){0,3}(?:vuruyor|dovuyor|"
        r"dovdu|vurdu|tokat atiyor|tehdit ediyor)\b",
        r"\b(?:not allowed|isnt allowing me|doesnt let me|wont let me) (?:to )?(?:leave the house|"
        r"leave|go out|see my (?:friends|family)|have my phone)\b",
        r"\b(?:comes|came|sneaks) into my (?:room|bed)\b(?: \w+){0,6} (?:scared|afraid|touch\w*|"
        r"at night)\b(?!(?: \w+){0,2} to (?:check|say|tuck|bring|give|turn|close|open|feed|"
        r"kiss)\b)",
        r"\b(?:threatens|threatened) me with a (?:knife|gun|belt|weapon|bat)\b",
        r"\b(?:beats|beat|hits|hit) me with (?:a|his|her|the) (?:belt|stick|bat|cable|shoe|"
        r"hanger|fist|fists)\b",
        r"\b(?:strangled|choked|strangles|chokes) me\b",
        r"\b(?:scared|afraid|terrified) (?:to go|of going) back (?:home|to the (?:flat|house|"
        r"apartment|place))\b",
        r"\b(?:chair|dresser|desk|furniture|wardrobe) (?:against|under|in front of) (?:my|the) "
        r"(?:bedroom )?door\b",
        r"\b(?:ayah|ibu|suami|istri|pacar|kakak|bapak|mama|papa|abang)(?:ku)? (?:\w+ ){0,2}"
        r"(?:mukul|memukul|nampar|menampar|nendang|menendang|ngancam|mengancam)\b",
        r"(?:夫|彼氏|父|母|親|妻|彼女|兄|義父|継父|パートナー)(?:に|から)(?:毎日|いつも|よく|"
        r"また|何度も)?"
        r"(?:殴られ|叩かれ|蹴られ|首を絞められ|脅され)",
        r"\b(?:mi|meu|minha|mon|ma|mio|mia|mein|meine|mijn) \w+ (?:me |mi |mich |m )?(?:encierra|"
        r"tranca|enferme|chiude|sperrt|sluit)\b",
        r"\b(?:sperrt mich ein|sluit me op|zamyka mnie|zamyka w domu|запирает (?:меня|дома))\b",
    ),
}
