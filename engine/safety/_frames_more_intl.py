"""More whole-message frames in languages other than English, one class at a time.

Written for the normalised reading (accents folded). Each class is built from the
language's own parts: not eating for days *and* a wish to die or for the body to give
up; sleeping and never waking; "they'd be better off if I vanished"; asking how much
or how high it takes *to die*; a date picked for it; burning oneself with a lighter;
a partner who beats or threatens to kill.
"""

from __future__ import annotations

from engine.safety._kinds import Kind

# Not eating for days (per language) and, later in the message, a wish to die or give out.
_STARVE: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:sem comer|nao (?:como|comi|estou comendo|to comendo)|parei de comer)\b",
        r"\b(?:espero|tomara|quero|queria|torco)(?: que)? (?:\w+ ){0,4}(?:morr\w*|sumir|(?:o )?"
        r"(?:meu )?(?:corpo|coracao) (?:\w+ ){0,2}(?:pare|desist\w*|ced\w*|deslig\w*))",
    ),
    (
        r"\b(?:sin comer|no (?:como|he comido|estoy comiendo)|deje de comer)\b",
        r"\b(?:espero|ojala|quiero|quisiera)(?: que)? (?:\w+ ){0,5}(?:morir\w*|muera\w*|apague|"
        r"desaparecer|se rinda|deje de latir)\b",
    ),
    (
        r"\b(?:ne mange (?:plus|pas|rien)|sans manger|arrete de manger)\b",
        r"\b(?:j ?esper\w*|je veux|jaimerais|j aimerais|pourvu)(?: que| qu)? (?:\w+ ){0,5}"
        r"(?:mour\w*|crever|disparaitre|(?:corps|coeur) (?:va |vont )?(?:lach\w*|arret\w*))",
    ),
    (
        r"\b(?:non mangio|senza mangiare|smesso di mangiare)\b",
        r"\b(?:spero|voglio|vorrei)(?: che)? (?:\w+ ){0,5}(?:morire|mori\w*|muoi\w*|sparire|"
        r"(?:corpo|cuore) (?:si )?(?:arrend\w*|ceda|smett\w*))",
    ),
    (
        r"\b(?:eet (?:al \w+ )?(?:niks|niets|niet meer)|niet (?:meer )?gegeten|zonder eten)\b",
        r"\b(?:hoop|wil)(?: dat)? (?:\w+ ){0,4}(?:dood\w*|sterf\w*|stopt|opgeeft)",
    ),
    (
        r"\b(?:bir sey )?(?:yemiyorum|yemedim|yemeyi biraktim)\b",
        r"\b(?:umarim|keske|istiyorum) (?:\w+ ){0,3}(?:olurum|olsem|olmek|oleyim)\b",
    ),
    (
        r"(?:日|週間?)\S{0,4}(?:食べてない|食べていない|食べられない|何も食べ)",
        r"(?:死ね|死に|消え)",
    ),
    (
        r"(?:天|周|星期)\S{0,3}(?:没吃|不吃|没有吃)|(?:没吃|不吃|没有吃)\S{0,4}(?:天|周|星期)",
        r"(?:饿死|死了算|想死|去死)",
    ),
)

# Vanishing *from* a meeting or a group chat is not vanishing.
_NOT_FROM = r"(?! (?:da|do|de|del|dal|dalla|della|du|des|dos|das|desta|deste)\b)"

INTL_FRAMES_MORE: tuple[tuple[Kind, str], ...] = (
    *(("starvation", f"{eat}.{{0,100}}{wish}") for eat, wish in _STARVE),
    ("starvation", r"(?:就想|想|就这样|这样)饿死|饿死算了"),
    # Sleeping and never waking.
    (
        "ideation",
        r"\b(?:dormir(?:me|se)?|durmiera|durmiese) y no (?:volver a )?(?:me )?"
        r"despert(?:ar|ara|ase|arme)\b",
    ),
    (
        "ideation",
        r"(?:希望|想|但愿|能)\S{0,4}睡.{0,4}(?:再也|永远)(?:不|别)(?:要|会)?醒|"
        r"(?:希望|想|但愿)\S{0,3}一睡不醒",
    ),
    (
        "ideation",
        r"(?:(?:このまま|いっそ|もう)死ね(?:たら|れば)|死ねたら(?:いい|楽))(?!.{0,8}と\S{0,6}言)",
    ),
    # Tired of existing.
    ("ideation", r"\b(?:cansei|cansad[oa]|exaust[oa]) de (?:existir|viver|estar viv[oa])\b"),
    # "They'd be better off if I vanished / died / weren't here."
    (
        "ideation",
        r"\b(?:estarian|estaria|seria|serian|vivirian) mejor si (?:yo )?(?:desapareciera|"
        r"me muriera|no estuviera|no existiera|me fuera para siempre)\b" + _NOT_FROM,
    ),
    (
        "ideation",
        r"\b(?:ficariam|seriam|estariam|viveriam) melhor(?:es)? se eu (?:sumisse|morresse|"
        r"nao existisse|desaparecesse|nao estivesse aqui)\b" + _NOT_FROM,
    ),
    (
        "ideation",
        r"\bstarebbero meglio se (?:io )?(?:sparissi|morissi|non ci fossi|non esistessi)\b"
        + _NOT_FROM,
    ),
    (
        "ideation",
        r"\bseraient mieux si je (?:disparaissais|mourais|netais plus la|n etais plus la)\b"
        + _NOT_FROM,
    ),
    # Wanting to die, said bare in chat.
    ("ideation", r"\b(?:ik )?wil (?:gewoon |echt |liever )?dood(?:gaan)?\b(?! van)"),
    # "I can't take it anymore, want to die": the match starts before the "not".
    (
        "ideation",
        r"\b(?:ik )?(?:trek|hou|houd|kan) het (?:echt |gewoon )?niet meer\b(?: \w+){0,3}? (?:ik )?"
        r"wil (?:gewoon |echt )?dood\b(?! van)",
    ),
    ("ideation", r"\b(?:mujhe|mereko|mujhko) (?:bas )?marna hai\b|\bmarna hai (?:mujhe|mereko)\b"),
    # How much or how high it takes to die.
    ("method", r"\bhoeveel \w+ .{0,40}\b(?:dood te gaan|dood gaat|te sterven|sterf)\w*"),
    ("method", r"\bkitni .{0,40}\bgoli\w* .{0,30}\b(?:mar ja\w*|maut|mar sakt\w*)"),
    ("method", r"\bdesde (?:que|cual) (?:piso|altura)\b.{0,40}\b(?:tirarse|tirarme|saltar)\b"),
    ("method", r"\b(?:para|pra) (?:no|nao) sobreviv\w*|\bpour ne pas survivre\b"),
    # An older person who has lived enough and wants to go.
    (
        "ideation",
        r"\b(?:(?:he vivido|vivi) (?:bastante|suficiente)|tengo (?:[6-9]\d|1[01]\d) anos)\b.{0,60}"
        r"\b(?:quiero|me quiero|quisiera) (?:irme|morir\w*|partir|descansar para siempre)\b"
        r"(?! (?:a|al|de|con|en)\b)",
    ),
    (
        "ideation",
        r"\b(?:(?:ja )?vivi (?:o )?(?:bastante|suficiente)|tenho (?:[6-9]\d|1[01]\d) anos)\b.{0,60}"
        r"\b(?:quero|queria) (?:ir embora|partir|morrer|descansar para sempre)\b"
        r"(?! (?:a|ao|de|com|em|pra)\b)",
    ),
    (
        "ideation",
        r"\b(?:j ?ai assez vecu|j ?ai (?:[6-9]\d|1[01]\d) ans)\b.{0,60}\b(?:veux|voudrais) "
        r"(?:partir|mourir|m en aller|men aller|en finir)\b(?! (?:a|au|en|de|avec|pour)\b)",
    ),
    (
        "ideation",
        r"\b(?:genug gelebt|ich bin (?:[6-9]\d|1[01]\d)(?: jahre alt)?)\b.{0,40}\b(?:mochte|will|"
        r"mag) (?:einfach )?(?:nicht mehr|sterben)\b(?! (?:\w+ )?(?:arbeiten|fahren|reisen))",
    ),
    (
        "ideation",
        r"\b(?:ho vissuto abbastanza|ho (?:[6-9]\d|1[01]\d) anni)\b.{0,40}\b(?:voglio|vorrei) "
        r"(?:solo )?(?:andarmene|morire|farla finita|andare via)\b(?! (?:a|al|in|da|con)\b)",
    ),
    (
        "ideation",
        r"\b(?:genoeg geleefd|ik ben (?:[6-9]\d|1[01]\d)(?: jaar)?)\b.{0,40}\bwil (?:gewoon )?"
        r"(?:niet meer|dood|sterven)\b(?! (?:\w+ )?(?:werken|rijden|fietsen|reizen|autorijden))",
    ),
    # In front of a train, from a roof, in the words the lexicon lacked.
    ("method", r"\btrenin (?:altina|onune) (?:atla|kendimi at)\w*"),
    ("method", r"\btrain ke (?:aage|neeche|samne) (?:kud|koo?d|aa ja|lait|kood)\w*"),
    ("method", r"(?:ارمي|القي|أرمي) نفسي (?:امام|تحت|من فوق|من) "),
    (
        "method",
        r"\b(?:rassi|phanda|fanda)\b.{0,30}\b(?:khareed|kharid|le aay|la liya|bana li)\w*"
        r"(?!.{0,30}\b(?:kapde|kapdon|sukha\w*|jhula|tent|camping|saman|bandh\w*)\b)",
    ),
    # A date picked for dying.
    (
        "preparation",
        r"\b(?:elegi|escogi|puse|fije) (?:ya )?(?:la |una )?fecha\b.{0,60}\b(?:se acaba "
        r"todo|acabar con todo|morir|matarme|suicidarme|termina todo)",
    ),
    (
        "preparation",
        r"\b(?:escolhi|marquei|defini) (?:a |uma )?data\b.{0,60}\b(?:acaba tudo|morrer|me matar|"
        r"acabar com tudo)",
    ),
    ("preparation", r"\b(?:olmek|olmeye|intihar) (?:icin )?(?:bir )?(?:tarih|gun) (?:sec|belirle)"),
    # Burning oneself with a lighter or cigarette.
    (
        "self_harm",
        r"\bme (?:quemo|queme|he quemado|queimo|queimei) (?:\w+ ){0,2}(?:con|com) (?:el |o |un |"
        r"um |una )?(?:encendedor|mechero|isqueiro|cigarr\w*)",
    ),
    ("self_harm", r"\bje me brule (?:\w+ ){0,2}(?:avec|au) (?:le |un |une )?(?:briquet|cigarette)"),
    ("self_harm", r"\bmi brucio (?:\w+ ){0,2}con (?:l |un |una )?(?:accendino|sigarett\w*)"),
    # A partner or parent who beats or threatens to kill (Hinglish).
    (
        "abuse",
        r"\b(?:pati|husband|papa|pita|sasur|saas|boyfriend|bf|ex)\b.{0,30}\b(?:mujhe|hume|humein)"
        r" (?:roz |har din |bahut )?(?:maarta|maarti|marta|peet\w*)",
    ),
    (
        "abuse",
        r"\b(?:pati|husband|boyfriend|bf|ex|sasur|kehta hai|kehti hai|dhamki\w*)\b.{0,40}"
        r"\bjaan se (?:maar|mar) (?:dega|degi|denge|dalega|dalegi|doonga)\b",
    ),
)
