"""Meaning classes of the compositional layer for acts and absences (folded, see `_compose_words`).

An absence that would be "better" for others, hurting oneself and what marks it as
self-harm, not eating and what makes a fast ordinary. Latin-script entries are
whole words; other scripts are substrings.
"""

from __future__ import annotations

# Absence that would be better for others ("they would be better off without me").
ABSENCE = (
    r"\b(?:without me|with me gone|if i (?:stopped (?:existing|showing up to life|"
    r"being here)|vanished|"
    r"wasnt|werent|was not|were not|wasnt here|werent here|"
    r"was gone|were gone|didnt exist|disappeared|died(?! (?:my|the|a|it|her|his|"
    r"their)\b))|ohne mich|wenn ich nicht (?:mehr )?"
    r"(?:da|hier) (?:ware|bin)|wenn ich (?:weg|tot|nicht mehr da) (?:war|ware|bin)|sans moi|"
    r"si je (?:netais|etais) (?:plus )?(?:la|pas la)|si (?:je )?(?:disparaissais|mourais)|"
    r"si je (?:n ?)?(?:etais|suis) plus la|si (?:jetais|jsuis|jserais) (?:plus|pas) la|sin mi|"
    r"(?:non )?esserci piu|non esserci|se non ci fossi piu|si (?:yo )?no estuviera|"
    r"si (?:yo )?no (?:estuviera|existiera)|sem mim|se eu (?:nao|n) (?:estivesse|existisse)|"
    r"senza di me|se (?:io )?non ci fossi|zonder mij|als ik er niet (?:meer )?(?:was|ben)|"
    r"beze mnie|(?:gdyby|jakby) mnie nie bylo|bensiz|ben olmasam|mere bina|(?:agar )?main na "
    r"(?:rahu|rahun|rahoon|rahe|hota|hoti)|(?:aku|saya|gue) (?:ga|gak|nggak|tidak) ada|"
    r"tanpa (?:aku|saya|gue)|(?:kalau|kalo|jika) (?:aku|saya|gue) "
    r"(?:(?:nggak|gak|ga|tidak|udah|sudah) (?:ada|ada lagi)|tiada|mati|pergi)|"
    r"if i (?:wasnt|werent|was not|were not) (?:around|alive|in the picture)|"
    r"without (?:the |all the )?(?:trouble|problems|drama|stress|pain|mess|worry) i "
    r"(?:cause|bring|make|give)\w*|(?:free|rid) of me)\b|"
    r"без меня|если меня не (?:станет|будет)|если бы меня не было|没有我|我不在了|我(?:死|"
    r"走)了以后|私がいない|"
    r"(?:いない|いなくなった|消えた|死んだ)(?:ほう|方)が|"
    r"بدوني|من غيري|لو لم اكن|لو ما كنت|لو مو موجود|لو اختفيت|لو مت|मेरे बिना"
)
BETTER = (
    r"\b(?:simpler|plus simple|mas facil|mais facil|mais simples|piu semplice|piu facile|"
    r"einfacher|makkelijker|prosciej|daha kolay|fix everything|solve everything|"
    r"better|happier|easier|lighter|relieved|cope better|soon|finally|at last|"
    r"(?:nobody|no one|noone) would "
    r"(?:even )?(?:notice|care|miss me)|mieux|plus heureux|mejor|"
    r"mas felices|melhor|mais feliz\w*|meglio|piu felici|besser|glucklicher|leichter|beter|"
    r"gelukkiger|makkelijker|lepiej|latwiej|lzej|spokojniej|szczesliwsi|daha iyi|daha mutlu|"
    r"daha rahat|rahat eder\w*|rahatlar\w*|lebih tenang|lebih ringan|lebih enak|"
    r"calmer|more peaceful|tranquilos?|tranquilas?|tranquill[ie]|tranquilles?|ruhiger|"
    r"rustiger|"
    r"khush|behtar|lebih baik|lebih bahagia|lebih mudah|mending|mendingan)\b|лучше|легче|"
    r"счастливее|проще|"
    r"спокойнее|更好|轻松|好过|解脱|"
    r"幸せ|楽|افضل|احسن|اسعد|ارتاح|يرتاح|اريح|खुश"
)
# What an absence is about when it is a gathering, not a life.
ABSENCE_TRIVIAL = (
    r"\b(?:team|meeting|party|project|trip|game|band|club|class|match|dinner|wedding|event|"
    r"office|call|shift|tonight|today|weekend|plants?|code|company|rapat|riunione|reunion|turno|"
    r"reuniao|vergadering|spotkani\w*|toplanti\w*|festa|fiesta|fete|feier|feest|impreza|"
    r"parti|pesta|acara|kantor|ufficio|oficina|escritorio|bureau|buro|kantoor|biuro|ofis|"
    r"wycieczc\w*|excursion|ausflug|gita|excursao|uitje|gezi\w*|tim|excel)\b|"
    r"совещан|вечеринк|офис|会议|会議|パーティ|اجتماع|حفله"
)
# Hurting oneself and what marks it as self-harm.
HARM = (
    r"\b(?:cut|cutting|cuts|burn|burned|burnt|burning|scratch\w*|carv\w*|hurt myself|hurting "
    r"myself|ritz\w*|aufgeritzt|geritzt|schneide mich|scarifi\w*|me couper|me coupe|cortarme|"
    r"(?:me|mi) corto|me corte|cortei|me cortar|tagliat\w*|tagliarmi|mi taglio|snijd\w*|gesneden|"
    r"pocie\w*|tne sie|kestim|kesiyorum|(?:khud ko|apne (?:aap ko|\w+))(?: \w+){0,3} kaat\w*|"
    r"nyilet\w*|"
    r"menyayat|nyakitin diri\w*|shing|sh ing|sh again|sh ed|self harming|selfharm\w*|"
    r"melukai diri\w*|sliced|slicing|carved|verbrannt|verbrenne mich|gebrand|brand mezelf|"
    r"snij mezelf|snijd mezelf|kaat (?:rahi|raha|leti|leta)|queme|quemo|quemarme|brule\w*|"
    r"bruciat\w*|bruciarmi|queimei|queimar|oparzy\w*|yaktim|membakar|jala\w*|pocielam|"
    r"pocielem|tne|schnitte zu|fuge mir schnitte|faco cortes|hago cortes|haciendo cortes|"
    r"me fais des entailles|mi faccio dei tagli|chot pahunch\w*|me hago dano)\b|"
    r"порез\w*|режу|резал\w*|прижг\w*|жгу себя|割|划(?:手|自己|伤|破)|"
    r"[をで]切る|[をで]切った|[をで]切って|リストカット|リスカ|"
    r"جرحت نفسي|اجرح نفسي|काट"
)
HARM_MARK = (
    r"\b(?:shing|sh again|sh ed|cut(?:ting)? again|burn\w* again|deeper|relaps\w*|wrists?|arms|"
    r"thighs?|my skin|"
    r"blade|blades|razor|lighter|on purpose|to feel|when it gets bad|myself again|wieder|arme|"
    r"handgelenk\w*|encore|bras|poignets|otra vez|de nuevo|brazos|munecas|piernas|de novo|"
    r"braco\w*|pulsos|di nuovo|ancora|braccia|polsi|weer|armen|polsen|znowu|znow|"
    r"nadgarstk\w*|rece|yine|tekrar|kollarimi|bilek\w*|phir se|haath|kalai|lagi|tangan|"
    r"pergelangan|mesje|aansteker|feuerzeug|mechero|briquet|accendino|isqueiro|zapalniczk\w*|"
    r"cakmak\w*|korek api|legs|cuisses|oberschenkel|cosce|coxas|dijen|benen|udach|uda|bacak\w*|"
    r"paha|jaangh|zyletk\w*|jilet\w*|gilete|lametta|cuchilla|lame|klinge|nichts (?:mehr )?zu "
    r"fuhlen|para nao sentir|para no sentir|pour ne (?:plus )?rien sentir|per non sentire|"
    r"om niks te voelen|zeby nic nie czuc|hissetmemek icin|to not feel|so i dont (?:have to )?"
    r"feel|gussa)\b|чтобы не чувствовать|снова|опять|руки|"
    r"запяст|бедр\w*|зажигалк\w*|又|刀片|手腕|手首|腕|太もも|カッター|大腿|مره اخري|مجددا|معصم|"
    r"بالموس|فخذ"
)
HARM_TRIVIAL = (
    r"\b(?:finger|fingers|onions?|chopping|cooking|kitchen|paper|shaving|shave|accident\w*|"
    r"hair|haircut|grass|lawn|costs?|budget|wood|fabric|bread|cake|vegetables|glass|fell|bike|"
    r"oven|pan|stove|iron|sun|beach|tattoo|piercing|surgery|calories|fat|carbs|sugar|the video|"
    r"scene|dedo|doigt|vinger|palec|parmak|cuisine|cozinha|cocina|cucina|keuken|kuchni|mutfak|"
    r"unghie|nails?|bangs|fringe|clumsy|torpe|desastrad\w*|maladroit\w*|ungeschickt|goffo|"
    r"onhandig|niezdarn\w*|sakar|اطبخ|طبخ|المطبخ|cat|dog|kitten|puppy|thorns|sabzi|"
    r"sayur|warzyw\w*|sebze|"
    r"legumes|verdura|gemuse|groente|climbing|\w*arrampicata|escalada|\w*escalade|klettern|klimmen|"
    r"wspinaczk\w*|tirmanis\w*|camping|campeggio|acampar|zelten|kamperen|papier|papel|carta|"
    r"karton|cardboard|prezent\w*|gifts?|wrapping|eczema|itch\w*|rash|mosquito\w*|bites|"
    r"psoriasis|tecidos?|costura|sewing|fabric|maladroit\w*|epluch\w*|legumes)\b|овощ|палец|кухн|手指|厨房|اصبع|مطبخ"
)
# Not eating, and what makes it ordinary (a fast, a diet, a test).
NOT_EAT = (
    r"\b(?:(?:eating|eat|ate) (?:barely|hardly) anything|eet(?: \w+){0,4} (?:niks|niets)|"
    r"como(?: \w+){0,3} nada|mange(?: \w+){0,3} rien|esse(?: \w+){0,3} (?:nichts|nix)|"
    r"mangio(?: \w+){0,3} (?:niente|nulla)|jem(?: \w+){0,3} nic|"
    r"barely eating|not eating|"
    r"stopped eating|"
    r"havent eaten|havent eaten anything|starving myself|dont eat|"
    r"ne mange (?:plus|rien)|mange plus|esse nichts|esse nicht mehr|no como|deje de comer|"
    r"dejando de comer|dejar de comer|deixando de comer|deixar de comer|arreter de manger|"
    r"aufhoren zu essen|smettere di mangiare|stoppen met eten|"
    r"nao como|sem comer|parei de comer|non mangio|smesso di mangiare|eet niks|eet niet|"
    r"nie jem|przestal\w* jesc|yemek yemiyorum|yemiyorum|khana (?:nahi|chhod)\w*|"
    r"(?:nggak|tidak|gak|ga|belum) makan|havent eaten (?:in|for)|barely eat\w*|"
    r"(?:no he|sin) comido|no (?:he )?comido nada|nao comi|nao como nada|rien mange|pas mange|"
    r"nichts (?:mehr )?gegessen|nix (?:mehr )?(?:gegessen|essen)|esse (?:seit \w+ )?nix|"
    r"non ho (?:piu )?mangiato|niks (?:meer )?gegeten|niet (?:meer )?gegeten|nic nie jem|"
    r"nic nie jadl\w*|nie jadl\w*|yemek yemedim|lokma (?:koymadim|koymuyorum|yemedim)|"
    r"khana nahi khaya|kuch nahi khaya)\b|не ем|ничего не ем|не ел\w*|перестал\w* есть|"
    r"不吃|没吃|食べない|食べていない|食べてない|何も食べ|"
    r"لا اكل|ما اكلت|ما اكل|توقفت عن الاكل|خانا नहीं|खाना छोड़|कुछ नहीं खाया"
)
FOOD_TRIVIAL = (
    r"\b(?:blood test|test|fasting|fast|ramadan|diet|weight|kilos|pounds|sugar|carbs|bread|"
    r"gluten|meat|dairy|intermittent|surgery|jejum|ayuno|jeune|fasten|faste|digiuno|vasten|"
    r"post|poszcze|oruc|puasa|upvaas|vrat|exam|analisi|analise|analisis)\b|пост|断食|空腹|صائم|صيام"
)
