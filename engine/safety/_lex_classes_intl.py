"""Structural patterns for the non-English languages: a place, a wish and a jump; nobody missing me.

Built from slots per language, so "stood on the bridge and wanted to jump" and "looked
down from the roof and thought about jumping" fit the same pattern while "we jumped off
the bridge into the lake" (no wish) does not. Plain reading (accents folded).
"""

from __future__ import annotations

from engine.safety._kinds import Lexicon

# (high places, a wish or a thought, jumping), per language.
_JUMP_SLOTS: tuple[tuple[str, str, str], ...] = (
    (
        "bridge|roof|rooftop|ledge|balcony|building|cliff|tower|window",
        "want(?:ed)? to|wanna|thought about|thinking about|think about|tempted to|urge to",
        "jump\\w*|throw myself|step off",
    ),
    (
        "puente|azotea|techo|edificio|balcon|ventana|acantilado",
        "pense en|pensando en|quiero|queria|quise|ganas de|me dieron ganas de",
        "saltar|tirarme|lanzarme|aventarme|arrojarme",
    ),
    (
        "ponte|telhado|predio|sacada|varanda|janela|penhasco",
        "pensando em|pensei em|quero|queria|vontade de|penso em",
        "pular|me jogar|saltar|me atirar",
    ),
    (
        "pont|toit|immeuble|balcon|fenetre|falaise",
        "en pensant a|pense a|envie de|voulais|veux|j ?ai pense a",
        "sauter|me jeter|me lancer",
    ),
    (
        "brucke|dach|hochhaus|balkon|fenster|klippe",
        "wollte|will|mochte|dachte (?:ans|daran)|denke (?:ans|daran)|lust",
        "springen|runterspringen|hinunterspringen|sturzen|fallen lassen",
    ),
    (
        "ponte|tetto|palazzo|balcone|finestra|scogliera",
        "volevo|voglio|pensavo di|ho pensato di|penso di|voglia di",
        "buttarmi|saltare|gettarmi|lanciarmi",
    ),
    (
        "brug|dak|flat|balkon|raam|klif",
        "wilde|wil|dacht erover|denk erover|zin om",
        "springen|af te springen|te springen",
    ),
    (
        "most\\w*|moscie|dach\\w*|balkon\\w*|okn\\w*|wiezowc\\w*",
        "chcialam|chcialem|chce|myslalam o|myslalem o|mysle o",
        "skoczyc|skakaniu|rzucic sie",
    ),
    (
        "kopru\\w*|cati\\w*|balkon\\w*|pencere\\w*|ucurum\\w*",
        "istedim|istiyorum|dusundum|dusunuyorum",
        "atlamak|atlamayi|atlasam",
    ),
    (
        "мост\\w*|крыш\\w*|балкон\\w*|окн\\w*|высотк\\w*",
        "хотела|хотел|хочу|думала|думал|думаю",
        "прыгнуть|спрыгнуть|броситься|сброситься",
    ),
    (
        "jembatan|atap|gedung|balkon|jendela|tebing",
        "pengen|ingin|mau|kepikiran|kepengen",
        "lompat|loncat|terjun",
    ),
    ("chhat|pul|building|balcony|khidki", "mann|chahta|chahti|soch", "kood\\w*"),
)


def _jump(places: str, wish: str, jump: str) -> str:
    return (
        rf"\b(?:{places})\b(?: \S+){{0,8}} (?:{wish}) (?:\S+ ){{0,2}}(?:{jump})\b"
        rf"|\b(?:{wish}) (?:\S+ ){{0,2}}(?:{jump})\b(?: \S+){{0,4}} (?:{places})\b"
        rf"|\b(?:{places})\b(?: \S+){{0,6}} (?:{jump}) (?:\S+ ){{0,1}}(?:{wish})\b"
    )


_NOBODY = (
    r"\bnadie (?:me )?(?:echaria|va a echar|extranaria|va a extranar|notaria) (?:de menos)?"
    r"(?!.{0,40}\b(?:fiesta|reunion|oficina|trabajo|jaja\w*)\b)",
    r"\bninguem (?:ia|iria|vai|vai nem) (?:sentir|notar) (?:a )?(?:minha )?falta"
    r"(?!.{0,40}\b(?:festa|reuniao|trabalho|kkk\w*)\b)",
    r"\bpersonne ne (?:remarquerait|me regretterait|verrait|s ?apercevrait)\b.{0,30}"
    r"(?:disparai\w*|mourai\w*|partai\w*|plus la)",
    r"\bniemand (?:wurde|wuerde|wird) mich vermissen\b(?!.{0,40}\b(?:party|feier|buro|arbeit)\b)",
    r"\bnessuno sentirebbe la mia mancanza\b(?!.{0,40}\b(?:festa|ufficio|lavoro)\b)",
    r"\bniemand zou me missen\b(?!.{0,40}\b(?:feest|kantoor|werk)\b)",
    r"\bnikt by (?:za mna|po mnie) nie (?:tesknil|tesknila|plakal|plakala)\b",
    r"\bkimse beni (?:ozlemez|ozlemeyecek|aramaz)\b",
    r"никто (?:по мне|обо мне|меня) не (?:будет скучать|заплачет|вспомнит|заметит)",
    r"(?:いなくなっても|死んでも)(?:誰も)?(?:気づかない|悲しまない|困らない)",
    r"(?:没有人|没人)会(?:想念我|在乎我|发现我不在|记得我)",
    r"لن يفتقدني (?:احد|أحد)",
)

# (who, what they do to me), per language: a relative or partner touching or hitting.
_TOUCH_SLOTS: tuple[tuple[str, str], ...] = (
    (
        "uncle|stepdad|stepfather|dad|father|brother|cousin|grandpa|grandfather|teacher|coach|"
        "neighbou?r|mums boyfriend|moms boyfriend|stepbrother|he",
        "touches me|touched me|touching me|gropes me|groped "
        "me|molest\\w*|comes into my (?:room|bed)"
        "(?!(?: \\w+){0,3} to (?:say|check|tuck|bring|kiss|wake|give|turn)\\b)",
    ),
    (
        "padrastro|tio|padre|papa|primo|abuelo|hermano|novio|vecino|esposo|marido|pareja",
        "me toca|me manosea|abusa de mi|abuso de mi|me toco|me pega|me golpea|me ahorca|me empuja",
    ),
    (
        "padrasto|tio|pai|primo|avo|irmao|namorado|marido|companheiro",
        "me toca|me tocou|abusa de mim|me apalpa|me bate|me espanca|me enforca|me empurra",
    ),
    (
        "beau pere|oncle|pere|cousin|grand pere|frere|copain|mari|compagnon|ex",
        "me touche|m ?a touche\\w*|me tripote|abuse de moi|m ?etrangle|me frappe|me bat|me cogne|"
        "me gifle|me pousse",
    ),
    (
        "stiefvater|onkel|vater|cousin|opa|bruder|freund|mann|partner|ex",
        "fasst mich an|beruhrt mich|hat mich angefasst|missbraucht mich|wurgt mich|schlagt mich|"
        "schubst mich",
    ),
    (
        "patrigno|zio|padre|cugino|nonno|fratello|ragazzo|marito|compagno",
        "mi tocca|mi ha toccat\\w|abusa di me|mi palpa|"
        "mi picchia|mi strangola|mi spinge|mi colpisce",
    ),
    (
        "stiefvader|oom|vader|neef|opa|broer|vriend|man|partner",
        "zit aan me|zat aan me|raakt me aan|misbruikt me|betast me|slaat me|wurgt me|duwt me",
    ),
    (
        "ojczym|wujek|ojciec|kuzyn|dziadek|brat|chlopak|maz|partner",
        "mnie dotyka|mnie dotykal|mnie molestuje|wykorzystuje "
        "mnie|mnie bije|mnie dusi|mnie popycha",
    ),
    (
        "uvey babam|amcam|dayim|babam|kuzenim|dedem|abim|sevgilim|kocam",
        "bana dokunuyor|bana dokundu|beni taciz\\w*|beni dovuyor|beni bogu\\w*",
    ),
    (
        "отчим|дядя|отец|брат|дед|парень|муж|папа",
        "меня трогает|трогает меня|домогается|лапает|меня душит|меня бьет|бьет меня",
    ),
)


def _touch(who: str, act: str) -> str:
    return rf"\b(?:{who})\b(?: \S+){{0,8}} (?:{act})\b(?! (?:base|up on|on the subject)\b)"


CLASSES_INTL: Lexicon = {
    "ideation": (
        *_NOBODY,
        # Not sure I'll still be alive then (risk mid-answer).
        r"\bno se si (?:seguire|sigo|voy a seguir|estare|voy a estar) viv[oa]\b",
        r"\bnao sei se (?:vou estar|estarei|vou continuar) viv[oa]\b",
        r"\bje ne sais pas si je serai (?:encore )?(?:en vie|la)\b(?! (?:a|au|pour|demain a)\b)",
        r"\b(?:weiss|weis) (?:ich )?nicht,? ob ich (?:dann "
        r"|da )?noch (?:lebe|am leben bin|da bin)\b",
        r"\bnon so se (?:saro|sarò) (?:ancora )?viv[oa]\b",
        r"\b(?:weet niet|weet ik niet) of ik (?:dan )?nog (?:leef|besta)\b",
        # Not wanting to wake up; sleeping and everything ending; tired of living.
        r"\bnie chce sie (?:juz )?(?:budzic|obudzic)\b",
        r"目覚めたくない|もう目を覚ましたくない|一睡不醒|永远不要醒",
        r"\bdormir(?:me)? y que (?:todo )?se (?:acab\w*|termin\w*)\b",
        r"\b(?:es )?(?:so )?leid,? zu leben\b|\blebensmu(?:e)?de\b",
        r"\bhet leven zat\b|\blevensmoe\b",
        r"\bjeene se thak (?:gaya|gayi|chuka|chuki)\b",
        r"\buyanmak istemiyorum\b",
        # Not wanting to be here (in this world), with no team, job or city after it.
        r"\bno quiero (?:estar|seguir) (?:aqui|en este mundo)\b(?!.{0,30}\b(?:empresa|equipo|"
        r"trabajo|ciudad|pais|oficina)\b)",
        r"\bnao quero mais (?:estar|ficar) (?:aqui|neste "
        r"mundo|nesse mundo)\b(?!.{0,30}\b(?:empresa|"
        r"time|equipe|trabalho|cidade)\b)",
        r"\bje ne veux plus etre (?:la|ici|sur terre|de ce monde)\b(?!.{0,30}\b(?:equipe|boite|"
        r"poste|entreprise)\b)",
        r"\bnon voglio piu stare (?:qui|al mondo|in questo mondo)\b(?!.{0,30}\b(?:team|lavoro|"
        r"azienda|citta|ufficio)\b)",
        r"\b(?:artik )?burada olmak istemiyorum\b",
        r"не хочу (?:больше )?(?:быть|жить) (?:здесь|на этом свете)|больше не хочу быть здесь",
        r"もうここにいたくない|この世にいたくない",
        r"不想(?:再)?(?:待|活)在这个世界",
        r"لا اريد ان اكون هنا|لا اريد البقاء (?:هنا|في هذا العالم)",
        r"\b(?:ab )?yahan nahi rehna (?:chahta|chahti)\b|\bis duniya mein nahi rehna\b",
        r"\b(?:nggak|tidak|gak|ga) mau ada di (?:sini|dunia ini) lagi\b",
        r"\bdesaparecer y que nadie me (?:busque|encuentre|extrane)\b",
        # Not waking up again, in each language (to sleep and not wake, pills "to not wake up").
        r"\b(?:wouldnt|wont|never|not) open my eyes (?:again|ever again)\b",
        r"\bne (?:plus|pas|jamais)(?: jamais)? (?:me|se) "
        r"reveiller\b(?! (?:a|avant|trop|tot|tard|en "
        r"retard|le bebe)\b)",
        r"\bnicht mehr (?:aufwach\w*|aufzuwachen|wach (?:werde|werden|wurde))\b",
        r"\bnon (?:svegliar(?:mi|si)|mi sveglio|mi svegliassi|mi risveglio) piu\b",
        r"\bniet meer wakker (?:werd|worden|word|te worden|zou worden)\b",
        r"\b(?:juz )?sie nie obudz\w*|\bnie obudzic sie\b",
        r"\bbir daha (?:hic )?uyanma\w*",
        r"(?:больше|чтобы|и) не просну\w*|не проснуться",
        r"\b(?:kabhi|phir kabhi|subah) na (?:uthun|uthu|uthoon|jaagun|uthoon)\b",
        r"\b(?:nggak|tidak|gak|ga|enggak) bangun lagi\b",
        r"\bje vais me (?:tuer|suicider)\b(?! (?:au travail|a la tache|a courir|de rire)\b)",
        r"\bcomprei uma corda\b(?= ?(?:\||$|e ja sei|hoje|ontem))",
        r"(?:^|\s)я (?:\S+ ){0,2}обуза|без меня (?:им|всем|"
        r"семье) (?:будет|станет|было бы) (?:лучше|легче)",
        r"\bolmeyi (?:dusunuyorum|dusundum|istiyorum|dusunmeden)\b",
        r"\bmarne (?:ke baare mein|ka|ki) (?:soch|sochta|sochti|khayal|mann)\w*\b",
        r"\b(?:ne supporte plus|n ?en peux plus) de vivre\b",
        r"\bhalte (?:das|mein) leben nicht mehr aus\b",
        r"\bnie daje (?:juz )?rady (?:zyc|dalej zyc|z zyciem)\b",
        r"(?:لا استطيع|ما اقدر|لم اعد استطيع) (?:الاستمرار في )?(?:العيش|الحياة)",
        r"\b(?:wil|wilde) (?:gewoon |echt |zo graag |alleen maar |eigenlijk )?dood\b"
        r"(?! (?:van|door|aan|moe)\b)",
        r"(?:好|真|超)?想(?:s|4)(?=$|\s|了|啊)",
        r"\bno le (?:encuentro|veo) sentido a nada\b",
    ),
    "method": (
        *(_jump(*slots) for slots in _JUMP_SLOTS),
        # Looked up how to hang or kill oneself.
        r"\b(?:pesquisei|procurei|busquei) como (?:me )?(?:enforcar|matar|morrer)\b",
        r"\b(?:gesucht|gegoogelt|gegoogled|nachgeschaut|recherchiert),? wie man sich (?:erhangt|"
        r"umbringt|totet|toetet|das leben nimmt)\b",
        r"\b(?:opgezocht|gegoogeld|gezocht) hoe (?:je|ik|men) (?:jezelf|mezelf|zichzelf) "
        r"(?:ophangt|ophang|doodt|van kant maakt)\b",
        r"\b(?:szukalam|szukalem|sprawdzalam|sprawdzalem|googlowalam|googlowalem) jak sie "
        r"(?:powiesic|zabic)\b",
        r"\bnasil kendimi (?:as|oldur)\w*",
        r"طريقة (?:ل)?(?:شنق|قتل) نفسي",
        r"\bphaansi (?:kaise (?:lagate|lagaye|lagaun|lagti)|lagane ka tarika)\b",
        r"(?:楼顶|天台|桥|楼上|阳台|窗)\S{0,6}想(?:要)?跳",
        r"(?:屋上|橋|ビル|ベランダ|窓)(?:から)?\S{0,6}飛び降り(?:たい|よう)",
        r"(?:الجسر|السطح|الشرفة|النافذة|المبنى)\S*(?: \S+){0,4} (?:و)?(?:اردت|اريد|افكر في|فكرت في)"
        r" (?:ال)?قفز",
    ),
    "preparation": (
        r"\b(?:deje|tengo) todo (?:listo|preparado|arreglado) para cuando (?:me vaya|ya no este|me "
        r"muera)\b(?!.{0,30}\b(?:vacaciones|viaje|mudanza)\b)",
        r"\b(?:ja |ya )?me despedi de (?:todos|todo el mundo|todo mundo|mi familia|minha familia)\b"
        r"(?!.{0,60}\b(?:oficina|trabajo|empleo|equipo|companeros|viaje|mudanza|time|trabalho|"
        r"emprego|equipe|colegas|viagem|mudanca)\b)",
        r"\bdit au revoir a (?:tout le monde|tous|ma famille)\b(?!.{0,60}\b(?:collegues|poste|"
        r"travail|boulot|equipe|voyage|demenag\w*)\b)",
        r"\bvon allen verabschiedet\b(?!.{0,60}\b(?:team|job|arbeit\w*|kollegen|umzug|reise|"
        r"urlaub)\b)",
        r"\bho salutato tutti\b(?!.{0,60}\b(?:colleghi|lavoro|"
        r"ufficio|viaggio|trasloco|vacanz\w*)\b)",
        r"\biedereen (?:gedag|vaarwel|doei) gezegd\b(?!.{0,60}\b(?:collega\w*|werk|baan|verhuiz\w*|"
        r"reis|vakantie)\b)",
    ),
    "abuse": (
        r"\b(?:durf|durfde) niet (?:meer )?naar huis\b|\bbang om naar huis te gaan\b",
        r"\b(?:vader|moeder|man|vriend|stiefvader|vater|mutter|mann|freund|stiefvater|padre|madre|"
        r"marido|novio|padrastro|pai|mae|namorado|padrasto|"
        r"pere|mere|mari|copain|beau pere|patrigno|"
        r"ragazzo|ojciec|matka|maz|chlopak|ojczym)\b(?: "
        r"\w+){0,2} (?:wordt|wird|se pone|fica|devient|"
        r"diventa|robi sie|staje sie) (?:\w+ )?(?:gewelddadig|gewalttatig|violent[oa]?|agresywn\w*|"
        r"agressief|aggressiv|agressivo|agresivo|aggressivo)\b",
        *(_touch(*slots) for slots in _TOUCH_SLOTS),
        r"(?:義父|叔父|伯父|父|兄|祖父|継父|夫|彼氏)(?:に|から)(?:体を|身体を)?(?:触られ|性的|殴られ)",
        r"(?:继父|叔叔|舅舅|爸爸|哥哥|爷爷|姥爷|男朋友|老公)(?:\S{0,4})(?:摸我|猥亵|性侵|打我)",
        r"(?:زوج امي|عمي|خالي|ابي|اخي|جدي|زوجي)\S*(?: \S+){0,2} (?:يلمسني|يتحرش بي|يضربني)",
        r"\b(?:sautele papa|chacha|mama|papa|bhai|dada|pati)\b(?: \S+){0,6} (?:chhoote|chhuta|"
        r"chhedta|chhedte|galat tarike)\w*",
        r"\b(?:ayah tiri|paman|om|ayah|kakak|kakek|pacar|suami)(?:ku)?\b(?: \S+){0,3} "
        r"(?:megang\w*|pegang\w*|meraba|ngeraba|melecehkan|lecehin)\b",
    ),
    "starvation": (
        r"\bdeje de comer\b(?: \w+){0,6} (?:desaparecer|morir\w*|que me muera)\b",
        r"\b(?:quero|queria) morrer de fome\b",
        r"\b(?:jarrete|j arrete|arrete) de manger\b(?: \w+){0,8} (?:mourir|disparai\w*|crever)\b",
    ),
    "self_harm": (
        r"\bschneide mir (?:\w+ ){0,2}(?:die )?(?:beine|arme|handgelenke)\b",
        r"\bmijn (?:benen|armen|polsen) (?:te )?snijden\b|\bsnijd in mijn (?:benen|armen|polsen)\b",
        r"\btne (?:sobie )?(?:nogi|rece|nadgarstki)\b|\btne sie\b",
        r"\b(?:bacaklarimi|kollarimi|bileklerimi) kes\w*",
        r"резать себе (?:ноги|руки|вены)|режу себе",
        r"(?:足|腕|手首)を切(?:り続け|って|る)",
        r"\bme volvi a (?:cortar|quemar|lastimar|hacer dano)\b",
        r"\bmi sono (?:tagliat[oa]|bruciat[oa]|ferit[oa]) "
        r"(?:di nuovo|ancora|apposta|le braccia|i polsi|"
        r"le gambe)\b",
        r"\bmezelf (?:weer |opnieuw |expres )?(?:gesneden|gebrand|pijn gedaan)\b",
        r"\bme (?:rasguno|rasgune|corto|golpeo|muerdo|pellizco) (?:\w+ ){0,2}hasta (?:sangrar|que "
        r"sangr\w*)\b",
        r"\bje me (?:frappe|cogne) (?:la tete|le visage|contre)\b",
        r"\b(?:verbrenne|verletze|ritze|schlage) mich (?:absichtlich|selbst|wieder|jeden|oft)\b",
        r"\b(?:doe|deed) mezelf pijn\b",
        r"причиня\w* себе (?:боль|вред)",
    ),
}
