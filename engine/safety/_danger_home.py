"""Danger from a partner, an ex or an adult at home, read across the message.

- shut in with the phone or keys taken ("locked me in and took my phone", "mi ha chiuso a
  chiave in casa e ha preso le chiavi e il telefono");
- a threat to stab, shoot or kill the speaker written by a partner or an ex, or with
  them seen near home ("бывший написал что зарежет меня");
- an adult relative coming into a child's room at night, with the child not believed
  ("my uncle comes in my room at night and mom says im lying. im 14").

Look-alikes lock the door against the cat, take the phone away at bedtime for a child by
agreement, say a boss "will kill me" over a report, an ex who texted about the dog; a
grandma coming in at night to check the heating.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

SHUT_IN = (
    r"\b(?:locked me (?:in|inside|up)|locks me (?:in|inside|up)|won ?t let me (?:leave|go out)|"
    r"me encerro|me encierra|m ?a enferme\w*|m ?enferme|hat mich eingesperrt|sperrt mich ein|mi "
    r"ha chiuso (?:a chiave )?(?:in casa|dentro)|mi chiude (?:a chiave )?in casa|me trancou|me "
    r"tranca|mi ha chiuso in (?:camera|stanza)|heeft me opgesloten|sluit me op|zamkn\w* mnie|"
    r"beni (?:eve )?kilitledi|ngunciin aku|"
    r"ngurung aku|mujhe band kar)\b|запер\w* меня|閉じ込められ|把我锁在|قفل علي"
)
TAKEN = (
    r"\b(?:(?:took|takes|taken|smashed|broke|hid) (?:away )?(?:my|the) (?:phone|keys|passport|"
    r"car keys|id|money|cards?)|me quito (?:el|las|mi|mis) (?:telefono|movil|llaves)|m ?a pris "
    r"(?:mon|mes|le|les) (?:telephone|portable|cles)|(?:hat|nimmt) (?:mir )?(?:mein|meine|das|"
    r"die) (?:handy|schlussel|telefon)|(?:ha preso|mi ha tolto) (?:le chiavi|il telefono)|"
    r"(?:pegou|tirou) (?:meu|o|as) (?:celular|telefone|chaves)|(?:heeft|pakte) (?:mijn|de) "
    r"(?:telefoon|sleutels)|zabral\w* (?:mi )?(?:telefon|klucze)|telefonumu (?:aldi|kirdi)|"
    r"hp ku diambil|(?:phone|keys) (?:le liya|chheen)\w*)\b|забрал\w* (?:мой )?(?:телефон|"
    r"ключи)|携帯を取られ|手机被(?:他)?(?:拿走|没收)|اخذ تلفوني|اخذ جوالي"
)
KILL_THREAT = (
    r"\b(?:(?:said|says|told me|wrote|texted|threatened) (?:\w+ ){0,4}(?:hell|he ll|he will|"
    r"shell|she ll|she will|gonna|going to) (?:kill|stab|shoot|strangle) me|"
    r"(?:dijo|escribio) que (?:\w+ ){0,3}me (?:mata|matara|va a matar|apunala)|(?:a dit|a "
    r"ecrit) qu ?il (?:\w+ ){0,3}(?:me tue|me tuera|va me tuer|me poignarde)|(?:hat gesagt|"
    r"schrieb|droht),? (?:dass )?er (?:\w+ ){0,3}(?:mich umbringt|mich absticht|bringt mich um)|"
    r"(?:ha detto|ha scritto) che (?:\w+ ){0,4}mi (?:ammazza|uccide|accoltella)|(?:disse|"
    r"escreveu) que (?:\w+ ){0,3}(?:me mata|vai me matar|me esfaqueia)|(?:zei|schreef) dat "
    r"hij (?:\w+ ){0,3}(?:me vermoordt|me doodmaakt|me neersteekt)|(?:powiedzial|napisal),? "
    r"ze (?:\w+ ){0,3}mnie (?:zabije|zadzga)|beni (?:oldurecegini|bicaklayacagini) (?:\w+ )?"
    r"(?:soyledi|yazdi)|bilang (?:\w+ ){0,3}mau bunuh aku|bola (?:\w+ )?maar dalega)\b|"
    r"(?:написал|сказал|угрожал)\w* что (?:\w+ ){0,3}(?:зарежет|убь[её]т|прибь[её]т) меня|"
    r"जान से मार द|殺すと言われ|殺すって|说要杀了我|说会杀了我|قال (?:انه )?(?:ح|راح )?يقتلني"
)
WHO = (
    r"\b(?:he|she|him|boyfriend|girlfriend|husband|wife|partner|ex|stepdad|dad|father|"
    r"el|ella|mi (?:novio|marido|ex|pareja)|il|elle|mon (?:copain|mari|ex)|er|sie|mein "
    r"(?:freund|mann|ex)|lui|lei|mio (?:marito|ragazzo)|ele|meu (?:namorado|marido|ex)|hij|"
    r"mijn (?:vriend|man|ex)|on|ona|maz|chlopak|eski|kocam|sevgilim|dia|pacar\w*|suami\w*|"
    r"mantan\w*|woh|pati|boyfriend)\b|पति|бывш\w*|муж\w*|парень|彼氏|夫|元彼|男朋友|老公|前男友|"
    r"زوجي|طليقي|هو"
)
NEAR_HOME = (
    r"\b(?:outside (?:my|the) (?:house|flat|door|building)|at my (?:door|work)|his car|"
    r"frente a (?:mi|la) casa|devant (?:chez moi|ma porte)|vor meiner tur|sotto casa|na frente "
    r"de casa|voor mijn deur|pod (?:moim )?domem|kapimin onunde|depan rumah|ghar ke bahar|"
    r"if i (?:call|tell) (?:anyone|someone|the police)|se chiamo qualcuno|si llamo a alguien|"
    r"si j ?appelle quelqu ?un|wenn ich jemanden anrufe|se eu ligar pra alguem)\b|у подъезда|"
    r"его машин\w*|家の前|楼下|امام البيت"
)
THREAT_ORDINARY = (
    r"\b(?:lol|haha\w*|jk|joking|kidding|report|deadline|late|homework|dishes|game|match|"
    r"boss|coach|teacher|mom|mum|mother|mama|jaja\w*|mdr|kkk+|xd)\b"
)
NIGHT_ROOM = (
    r"\b(?:comes? (?:in|into) my (?:room|bed)|coming (?:in|into) my (?:room|bed)|gets into my "
    r"bed|entra en mi (?:cuarto|habitacion|cama)|vient dans ma (?:chambre|lit)|kommt (?:nachts )?"
    r"in mein (?:zimmer|bett)|viene in camera mia|entra no meu quarto|komt (?:\w+ )?in mijn "
    r"(?:kamer|bed)|przychodzi do mojego pokoju|odama giriyor|masuk ke kamarku|mere kamre mein "
    r"aata)\b|приходит (?:ко мне )?в комнату|部屋に入ってくる|进我房间|يدخل غرفتي"
)
NOT_BELIEVED = (
    r"\b(?:says? (?:im|i m|i am) lying|doesnt believe me|don t believe me|dont believe me|"
    r"nobody believes me|dice que miento|no me cree|dit que je mens|ne me croit pas|sagt ich "
    r"lüge|sagt ich luge|glaubt mir nicht|dice che mento|non mi crede|diz que (?:eu )?minto|nao "
    r"acredita|zegt dat ik lieg|gelooft me niet|mowi ze klamie|nie wierzy mi|yalan soyledigimi|"
    r"inanmiyor|bilang aku bohong|nggak percaya|jhooth bol rahi|yakeen nahi)\b|"
    r"говорит что я вру|не верит|嘘だって|不相信我|说我撒谎|ما تصدقني|تقول اني اكذب"
)

# A mark on the body from a partner ("my bf threw my laptop and i have a bruise on my face").
PARTNER = (
    r"\b(?:bf|boyfriend|husband|hubby|partner|gf|girlfriend|wife|ex|novio|marido|pareja|copain|"
    r"mari|mein (?:freund|mann)|marito|ragazzo|namorado|mijn (?:vriend|man)|chlopak|maz|kocam|"
    r"sevgilim|pacar\w*|suami\w*|pati)\b|муж|парень|彼氏|夫|男朋友|老公|زوجي"
)
INJURY = (
    r"\b(?:bruise[sd]?|black eye|split lip|marks on my (?:neck|arms|face)|moraton\w*|ojo morado|"
    r"bleu\w*|ocil au beurre noir|blauer fleck|blaue flecken|veilchen|livid\w*|occhio nero|"
    r"hematoma|olho roxo|blauwe plek\w*|blauw oog|siniak\w*|podbite oko|morarti\w*|lebam|memar|"
    r"neel)\b|синяк\w*|あざ|淤青|كدمه"
)
INJURY_ORDINARY = (
    r"\b(?:gym|football|soccer|rugby|boxing|fell|fall|tripped|bike|climbing|door|klettern|"
    r"fussball|sport|training|gefallen|gestolpert|futbol|caida|escalada|chute|escalade|calcio|"
    r"caduta|queda|vallen|voetbal|upadek|pilka|dustum|jatuh|gir\w*)\b"
)

# Held by the throat; a threat if help is sought; papers or money taken and kept in.
THROAT = (
    r"\b(?:by (?:the|my) throat|choked me|strangled me|bij (?:mijn|de) keel|(?:am|an der) hals "
    r"gepackt|gewurgt|por el cuello|ahorco|a la gorge|m ?a etrangle\w*|per la gola|strangolat\w*|"
    r"pelo pescoco|enforcou|za gardlo|dusil\w*|bogazimi (?:sikti|sikiyor)|mencekik|nyekik|gala "
    r"dabaya)\b|душил\w*|за горло|首を絞め|掐我脖子|خنقني"
)
IF_HELP = (
    r"\b(?:threaten\w*|droht|bedroht|amenaza|menace|minaccia|ameaca|dreigt|grozi|tehdit|ngancam)"
    r"\b(?: \S+){0,8} (?:police|polizei|policia|polizia|politie|policj\w*|polis\w*|lawyer|"
    r"anwalt|jugendamt|court)\b|угрожа\w*(?: \S+){0,8} полици\w*|警察に(?:行ったら|言ったら)|"
    r"报警就|لو رحت للشرطه"
)
CANT_LEAVE = (
    r"\b(?:cant leave the house|can t leave the house|nie moge wyjsc z domu|no puedo salir de "
    r"casa|je ne peux pas sortir|ich kann nicht raus|non posso uscire|nao posso sair de casa|ik "
    r"kan het huis niet uit|evden cikamiyorum|ga bisa keluar rumah|ghar se bahar nahi ja sakti)"
    r"\b|не могу выйти из дома|家から出られない|出不了门|ما اقدر اطلع من البيت"
)
WITHHELD = (
    r"\b(?:wont|won t|doesnt|doesn t|refuses to|will not) (?:give|"
    r"let) me (?:have )?(?:my )?(?:food|"
    r"meals?|medicine|meds|pills|eat|money)\b(?: \w+){0,3} (?:until|unless) i (?:sign|give|pay|"
    r"hand|transfer)"
)
TAKEN_PAPERS = (
    r"\b(?:took my (?:passport|id|papers|money)|zabral\w* mi (?:dowod|paszport|pieniadze)|me quito "
    r"(?:el pasaporte|el dni|el dinero)|m ?a pris (?:mon passeport|mes papiers)|hat meinen pass|"
    r"pasaportumu aldi|ambil ktp)\b|забрал\w* (?:мой )?паспорт"
)


def match_danger_home(reading: str) -> CrisisSignal | None:
    """Shut in with the phone taken, a partner's death threat, a child not believed."""
    patterns = folded_patterns(
        SHUT_IN,
        TAKEN,
        KILL_THREAT,
        WHO,
        NEAR_HOME,
        THREAT_ORDINARY,
        NIGHT_ROOM,
        NOT_BELIEVED,
        PARTNER,
        INJURY,
        INJURY_ORDINARY,
        THROAT,
        IF_HELP,
        CANT_LEAVE,
        TAKEN_PAPERS,
        WITHHELD,
    )
    shut, taken, kill, who, near, threat_ok, room, disbelieved, partner, injury, fell = patterns[
        :11
    ]
    throat, if_help, cant_leave, papers, withheld = patterns[11:]
    for found in (throat.search(reading), if_help.search(reading), withheld.search(reading)):
        if found is not None and not threat_ok.search(reading):
            return CrisisSignal(category="abuse", phrase=found.group(0), kind="abuse")
    if (p := papers.search(reading)) is not None and cant_leave.search(reading):
        return CrisisSignal(category="abuse", phrase=p.group(0), kind="abuse")
    flat = flattened(reading).strip()
    if (s := shut.search(flat)) is not None and (taken.search(flat) or kill.search(flat)):
        return CrisisSignal(category="abuse", phrase=s.group(0), kind="abuse")
    k = kill.search(flat)
    reached = near.search(flat) or taken.search(flat)
    if k is not None and who.search(flat) and not threat_ok.search(flat) and reached:
        return CrisisSignal(category="abuse", phrase=k.group(0), kind="abuse")
    if (i := injury.search(flat)) is not None and partner.search(flat) and not fell.search(flat):
        return CrisisSignal(category="abuse", phrase=i.group(0), kind="abuse")
    r = room.search(flat)
    if r is not None and disbelieved.search(flat):
        return CrisisSignal(category="abuse", phrase=r.group(0), kind="abuse")
    return None
