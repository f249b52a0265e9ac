"""unseen18's English-only classes in the other languages, read across the message.

- an accident hoped for ("ojalá me atropelle un autobús", "hoffentlich überfährt mich ein
  Zug", "車にひかれたらいいのに"); not waking up told as welcome ("si no me despierto mañana
  me daría igual");
- a weapon with someone waiting ("tiene una pistola en el coche y me está esperando");
- a child alone for days, crying; a wall punched until the knuckles bleed;
- a cord weighed against a person's weight ("¿un cinturón aguanta el peso de una persona?");
- a goodbye posted or silence by someone who talks of ending it.

Look-alikes: a car that brings me home, a bus on time, a knife for camping, a child alone
for two minutes, a shelf or hammock that holds a person, a nail knocked into the wall,
a goodbye before a move abroad.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

VEHICLE = r"(?:coche|carro|autobus|camion|tren|voiture|bus|camion|train|auto|lkw|zug|macchina|"
VEHICLE += r"treno|onibus|caminhao|trem|vrachtwagen|trein|samochod|ciezarowka|pociag|araba|kamyon|"
VEHICLE += r"otobus|truk|mobil|kereta|truck|gaadi)"
ACCIDENT_WISHED = (
    r"\b(?:ojala (?:que )?(?:me (?:atropell|pill|arroll)\w*|un \w+ me (?:atropell|pill|arroll)"
    r"\w*)|(?:j ?espere|pourvu|si seulement) qu ?(?:une?|le) \w+ me (?:renverse|percute|ecrase)|"
    r"(?:ich )?hoffe (?:dass )?mich (?:ein|der|das) \w+ (?:uberfahrt|erfasst|anfahrt)|"
    r"hoffentlich (?:uberfahrt|erfasst) mich (?!kein)|spero che (?:\w+ ){1,2}mi (?:investa|"
    r"travolga|prenda in pieno)|tomara que (?:um|uma) \w+ me (?:atropele|pegue)|tomara que eu "
    r"seja atropelad\w*|(?:ik hoop|hopelijk) (?:dat )?(?:een|de) \w+ me (?:aanrijdt|overrijdt|"
    r"schept)|hopelijk (?:schept|overrijdt|raakt|pakt) (?:een|de) \w+ me|"
    r"(?:mam nadzieje|oby|zeby) (?:ze )?(?:mnie )?(?:potraci|przejedzie|rozjedzie)|"
    r"umarim (?:bir )?" + VEHICLE + r" (?:bana )?(?:carpar|ezer)|semoga (?:aku |gue |gw )?"
    r"(?:ketabrak|ditabrak|kelindes)|kaash (?:koi )?" + VEHICLE + r" (?:mujhe|mujhko) (?:kuchal|"
    r"thok|maar) de)\b|(?:хоть бы|надеюсь|лучше бы) меня (?:сбила|сбил|переехал\w*)|"
    r"(?:車|トラック|電車)にひかれ(?:たらいい|ればいい|たい)|希望被车撞|被车撞死就好|"
    r"(?:ياريت|يا ريت) عربيه (?:تخبطني|تدوسني)"
)
NOT_WAKE_FINE = (
    r"\b(?:si no me despertara|si no me despierto|si je ne me reveillais pas|si je me reveillais "
    r"pas|wenn ich (?:morgen )?nicht (?:mehr )?aufwache|wenn ich nicht mehr aufwachen wurde|se "
    r"(?:domani )?non mi svegliassi|se eu nao acordasse|als ik (?:morgen )?niet (?:meer )?wakker "
    r"(?:zou )?word\w*)\b(?! (?:antes|avant|vor|prima|voor|a las|um|alle|as))(?: \w+){0,3} "
    r"(?:me daria igual|no me importaria|estaria bien|ca m ?irait|ca me derangerait pas|ce serait "
    r"bien|ware (?:es |das )?mir egal|ware ich froh|mi andrebbe bene|non mi dispiacerebbe|tanto "
    r"faz|nao me importaria|vind ik (?:dat|het) niet erg|prima)\b"
)
WEAPON = (
    r"\b(?:pistola|cuchillo|navaja|arma|couteau|flingue|arme|pistolet|messer|waffe|pistole|"
    r"coltello|faca|revolver|pistool|wapen|noz|bicak|silah|pisau|bandook|chaku)\b|"
    r"нож|пистолет|ружь|ナイフ|銃|刀|枪|سكينه|مسدس"
)
WAITING = (
    r"\b(?:(?:me )?esta esperando|me espera (?:fuera|afuera|abajo)|m ?attend|wartet (?:vor|auf "
    r"mich|draussen)|mi aspetta|esta me esperando|me espera la fora|wacht (?:op mij|buiten|voor)|"
    r"czeka (?:na mnie|pod)|beni bekliyor|nungguin aku|nunggu di (?:luar|depan)|intezaar kar "
    r"raha)\b|ждет меня|караулит|待ち伏せ|在外面等我|مستنيني"
)
WEAPON_ORDINARY = (
    r"\b(?:camping|cocina|pesca|caza|chasse|cuisine|jagd|kuche|campeggio|cucina|caca|vissen|"
    r"keuken|mutfak|kamp|dapur|masak|juego|jeu|spiel|gioco|jogo|spel|gra|oyun|film|pelicula)\b|"
    r"кухн|охот|キャンプ|野营|厨房"
)
CHILD = (
    r"\b(?:nino|nina|crio|bebe|enfant|petit|petite|kind|kleine|bambin[oa]|crianca|kindje|"
    r"dziecko|cocuk|anak|bachcha)\b|ребен|малыш|子供|孩子|طفل"
)
ALONE_DAYS = (
    r"\b(?:(?:dos|tres|deux|trois|zwei|drei|due|tre|dois|twee|drie|dwa|trzy|iki|uc|dua|tiga|do|"
    r"teen|\d) (?:dias|jours|tagen|tage|giorni|dagen|dni|gun|hari|din)\b(?: \w+){0,4} (?:solo|"
    r"sola|seul|seule|allein|alleen|sozinh[oa]|sam|sama|yalniz|sendiri\w*|akela)|(?:solo|sola|"
    r"seul|seule|allein|alleen|sozinh[oa]|sam|sama|yalniz|sendiri\w*|akela)(?: \w+){0,4} (?:dos|"
    r"tres|deux|trois|zwei|drei|due|tre|dois|twee|drie|dwa|trzy|iki|uc|dua|tiga|do|teen|\d) "
    r"(?:dias|jours|tagen|tage|giorni|dagen|dni|gun|hari|din))\b|(?:два|три|\d) (?:дня|дней)|"
    r"(?:二|三|\d)日間?一人|(?:两|三|\d)天"
)
CRYING = (
    r"\b(?:llor\w*|pleur\w*|wein\w*|piang\w*|chor\w*|huil\w*|placz\w*|agli\w*|nangis|menangis|"
    r"ro raha|ro rahi)\b|плач|泣|哭|يبكي|بيعيط"
)
WALL_UNTIL_BLOOD = (
    r"\b(?:golpeo|pego|frappe|cogne|schlage|prendo a pugni|colpisco|soco|bato|sla|stomp|uderzam|"
    r"bije|yumrukluyorum|vuruyorum|pukul|mukul|marta)\b(?: \w+){0,4} (?:pared|mur|wand|muro|"
    r"parede|muur|sciane|sciana|duvar\w*|tembok|dinding|deewar)\b(?: \w+){0,2} (?:hasta que|"
    r"jusqu ?a ce que|bis|finche|ate|tot|az|kadar|sampai|jab tak)\b(?: \w+){0,4} (?:nudillos|"
    r"sangr\w*|jointures|saign\w*|knochel|blut\w*|nocche|sanguin\w*|knokkels|bloed\w*|kostki|"
    r"krwaw\w*|kan\w*|berdarah|khoon)\b"
)
CORD = (
    r"\b(?:cinturon|cuerda|soga|ceinture|corde|gurtel|seil|cintura|corda|cinto|riem|touw|pasek|"
    r"lina|kemer|ikat pinggang|tali|rassi)\b|ремень|веревк|ベルト|ロープ|皮带|绳|حزام|حبل"
)
PERSON_WEIGHT = (
    r"\b(?:peso de una persona|poids d ?une personne|gewicht (?:eines|von einem) (?:menschen|"
    r"erwachsenen)|peso di una persona|peso de uma pessoa|gewicht van een (?:mens|persoon)|"
    r"ciezar (?:czlowieka|osoby)|insan agirligi\w*|berat (?:badan )?orang|insaan ka wazan)\b|"
    r"вес человека|人の体重|人的体重|وزن انسان"
)
CORD_ORDINARY = (
    r"\b(?:estanteria|hamaca|columpio|etagere|hamac|balancoire|regal|hangematte|schaukel|"
    r"mensola|amaca|altalena|prateleira|rede|balanco|plank|hangmat|schommel|polka|hamak|"
    r"hustawk\w*|raf|salincak|rak|ayunan|escalada|escalade|klettern|arrampicata|climbing)\b|"
    r"полк|гамак|качел|棚|ハンモック|架子|吊床"
)
ENDING_TALK = (
    r"\b(?:hablando de (?:acabar con todo|quitarse la vida|suicidarse|matarse)|parle (?:d ?en "
    r"finir|de se suicider|de mourir)|(?:redet|spricht) (?:davon|vom) (?:sich umzubringen|"
    r"sterben)|parla di (?:farla finita|togliersi la vita|uccidersi)|fala (?:em|de) (?:se matar|"
    r"acabar com tudo)|praat over (?:er een einde aan maken|zelfmoord)|mowi o (?:samobojstwie|"
    r"skonczeniu ze soba)|intihar\w* (?:bahsed\w*|konus\w*)|ngomongin (?:bunuh diri|mau mati)|"
    r"marne ki baat)\b|говорит о (?:самоубийстве|том чтобы покончить)|死にたいと言って|说想死|"
    r"بيتكلم عن الانتحار"
)
POSTED = (
    r"\b(?:publico|posteo|escribio|poste|a ecrit|gepostet|geschrieben|postato|scritto|postou|"
    r"escreveu|gepost|geschreven|napisal\w*|wrzucil\w*|paylasti|yazdi|posting|post kiya|"
    r"despedida|adieu|abschied|addio|afscheid|pozegnanie|veda|pamit|alvida|no contesta|ne repond|"
    r"antwortet nicht|non risponde|nao atende|neemt niet op|nie odbiera|acmiyor|ga angkat)\b|"
    r"написал|выложил|прощан|не берет трубку|投稿|さよなら|发了|告别|不接|نشر|وداع|ما بيردش"
)


def match_wished_seen_intl(reading: str) -> CrisisSignal | None:
    """An accident wished, a weapon waiting, a child alone, a fist, a cord, a goodbye."""
    patterns = folded_patterns(
        ACCIDENT_WISHED,
        NOT_WAKE_FINE,
        WEAPON,
        WAITING,
        WEAPON_ORDINARY,
        CHILD,
        ALONE_DAYS,
        CRYING,
        WALL_UNTIL_BLOOD,
        CORD,
        PERSON_WEIGHT,
        CORD_ORDINARY,
        ENDING_TALK,
        POSTED,
    )
    (accident, wake, weapon, waiting, weapon_ok, child, alone, crying, wall, cord, weight,
     cord_ok, talk, posted) = patterns  # fmt: skip
    flat = flattened(reading).strip()
    for pattern in (accident, wake):
        if (found := pattern.search(flat)) is not None:
            return CrisisSignal(category="suicide", phrase=found.group(0), kind="ideation")
    t = talk.search(flat)
    if t is not None and posted.search(flat):
        return CrisisSignal(category="suicide", phrase=t.group(0), kind="preparation")
    c = cord.search(flat)
    if c is not None and weight.search(flat) and not cord_ok.search(flat):
        return CrisisSignal(category="suicide", phrase=c.group(0), kind="method")
    w = weapon.search(flat)
    if w is not None and waiting.search(flat) and not weapon_ok.search(flat):
        return CrisisSignal(category="abuse", phrase=w.group(0), kind="abuse")
    a = alone.search(flat)
    if a is not None and child.search(flat) and crying.search(flat):
        return CrisisSignal(category="abuse", phrase=a.group(0), kind="abuse")
    if (found := wall.search(flat)) is not None:
        return CrisisSignal(category="self_harm", phrase=found.group(0), kind="self_harm")
    return None
