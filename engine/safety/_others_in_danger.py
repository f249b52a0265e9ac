"""Someone else in danger right now, told by the person who sees it, read across the message.

- someone unconscious after pills or drugs ("he's been using again and his lips are blue",
  "temen kosku minum obat banyak banget terus ga sadar");
- someone who took pills and said goodbye, and no longer answers;
- violence heard or seen ("i hear him hitting her, the kids are home", "saw the dad drag
  him by the hair into the car");
- a weapon brought to school; being followed or waited for with a threat ("knows where my
  daughter lives", "hadadni b sekkin").

Look-alikes pass out on the sofa after a long shift, hear the neighbours hitting a nail,
drag a suitcase, bring a water gun to the school fete, say goodbye before a holiday.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

OUT = (
    r"\b(?:passed out|unconscious|not responding|unresponsive|wont wake up|cant wake (?:him|her)|"
    r"lips are blue|not breathing|inconsciente|no responde|ne repond plus|inconscient|"
    r"bewusstlos|antwortet nicht mehr|reagiert nicht|svenut[oa]|non risponde|desmaiad[oa]|nao "
    r"responde|bewusteloos|reageert niet|nieprzytomn\w*|nie odpowiada|bilinci yok|cevap "
    r"vermiyor|(?:ga|gak|nggak|tidak) sadar|pingsan|behosh|jawab nahi de)\b|без сознания|"
    r"не отвечает|意識がない|返事がない|昏迷|没反应|不回消息|فاقد الوعي|ما يرد"
)
TOOK = (
    r"\b(?:using again|overdos\w*|took (?:\w+ ){0,5}(?:pills|tablets)|"
    r"(?:tabletten|pillen|pillole|comprimidos|pastillas|cachets) (?:genommen|geslikt|preso|tomou|"
    r"tomo|pris)|hat (?:\w+ )?tabletten genommen|heeft pillen genomen|ha preso (?:delle )?pillole|"
    r"tomou (?:varios )?comprimidos|se tomo (?:todas )?las pastillas|a pris des cachets|wzial\w* "
    r"tabletki|hap icti|minum obat banyak|goliyan kha li)\b|наглотал\w*|выпил\w* таблетки|"
    r"薬を大量に|吃了很多药|بلع حبوب"
)
GOODBYE = (
    r"\b(?:said goodbye|saying goodbye|goodbye (?:message|post|note|text|video)|verabschiedet|"
    r"si e congedat\w*|se despidio|s ?est dit adieu|"
    r"se despediu|afscheid genomen|pozegnal\w*|veda etti|pamitan|alvida)\b|попрощал\w*|"
    r"別れを告げ|跟我告别|ودعني"
)
NOT_ANSWERING = (
    r"\b(?:(?:isnt|isn t|is not|not|wont|won t) (?:picking up|answering|replying|responding)|"
    r"no contesta|ne repond (?:pas|plus)|geht nicht ran|antwortet nicht|non risponde|nao atende|"
    r"neemt niet op|nie odbiera|acmiyor|(?:ga|gak|nggak) diangkat|phone nahi utha)\b|"
    r"не берёт трубку|не берет трубку|電話に出ない|不接电话|ما يرد"
)
VIOLENCE_SEEN = (
    r"\b(?:hear (?:him|her|them) (?:hitting|beating|hurting)|drag(?:ged|ging)? (?:him|her|the kid|"
    r"the child) by the hair|hitting (?:the|her|his) (?:kid|child|baby)|oigo como (?:la|lo) "
    r"golpea|j ?entends qu ?il (?:la|le) frappe|hore,? wie er sie schlagt|sento che (?:la|lo) "
    r"picchia|ouco ele bater nela|hoor dat hij haar slaat|slyszę jak ja bije|slysze jak ja bije|"
    r"onu dovdugunu duyuyorum|denger dia mukulin|usko maarte sun)\b|слышу как он (?:её|ее) бь[её]т|"
    r"殴る音が聞こえ|听到他在打|اسمعه يضربها"
)
WEAPON_SCHOOL = (
    r"\b(?:(?:bring(?:ing)?|take|taking) (?:his|her|a|my|their) (?:dad ?s |fathers )?(?:gun|knife|"
    r"weapon) to school|arma (?:a|en) (?:la )?escuela|arme a l ?ecole|waffe (?:mit )?in die "
    r"schule|pistola a scuola|arma (?:pra|para a) escola|wapen naar school|bron\w* do szkoly|"
    r"okula silah|pistol ke sekolah|school mein (?:bandook|gun))\b|оружие в школу|"
    r"学校に銃|带枪去学校|"
    r"سلاح (?:على|ل)ل?مدرسه"
)
STALKED = (
    r"\b(?:(?:waits|waiting) for me (?:every day|outside)|follows me (?:home|every day)|"
    r"followed me home|knows where (?:i|my (?:daughter|son|kids?)) live|me espera cada dia|sabe "
    r"donde vive|m ?attend tous les jours|sait ou habite|wartet jeden tag auf mich|weiss,? wo "
    r"(?:ich|meine tochter) wohn|mi aspetta ogni giorno|sa dove abita|me espera todo dia|sabe onde "
    r"mora|wacht elke dag op me|weet waar (?:ik|mijn dochter) woon|czeka na mnie codziennie|wie "
    r"gdzie mieszka|her gun beni bekliyor|nerede oturdugunu biliyor|nungguin aku tiap hari|tahu "
    r"rumah|yla7e2ni|byla7e2ni|hadadni)\b|ждёт меня каждый день|знает где живёт|待ち伏せ|"
    r"每天跟着我|يلاحقني|هددني"
)
THREAT = (
    r"\b(?:knife|gun|threat\w*|sekkin|cuchillo|couteau|messer|coltello|faca|mes|noz|bicak|pisau|"
    r"chaku|knows where|sabe donde|sait ou|weiss wo|sa dove|sabe onde|weet waar|wie gdzie|"
    r"nerede|tahu rumah|hadadni)\b|нож|знает где|ナイフ|刀|سكين|هددني"
)
ORDINARY = (
    r"\b(?:couch|sofa|after (?:a|the|my) (?:long )?(?:shift|run|party)|nap|nail|hammer|drill|"
    r"water ?gun|nerf|fete|costume|play|drama|rehearsal|suitcase|holiday|vacation|dog|cat|"
    r"movie|film|series|show|game|novel|book|lol|haha\w*)\b"
)


def match_others_in_danger(reading: str) -> CrisisSignal | None:
    """Someone else unconscious after pills, gone silent after a goodbye, hurt, or threatened."""
    out, took, goodbye, seen, weapon, stalked, threat, ordinary, silent = folded_patterns(
        OUT, TOOK, GOODBYE, VIOLENCE_SEEN, WEAPON_SCHOOL, STALKED, THREAT, ORDINARY, NOT_ANSWERING
    )
    flat = flattened(reading).strip()
    if ordinary.search(flat) is not None:
        return None
    t = took.search(flat)
    if t is not None and (out.search(flat) or goodbye.search(flat)):
        return CrisisSignal(category="suicide", phrase=t.group(0), kind="method", someone_else=True)
    g = goodbye.search(flat)
    if g is not None and silent.search(flat[g.end() :]) is not None:
        return CrisisSignal(
            category="suicide", phrase=g.group(0), kind="preparation", someone_else=True
        )
    for pattern in (seen, weapon):
        if (found := pattern.search(flat)) is not None:
            return CrisisSignal(category="abuse", phrase=found.group(0), kind="abuse")
    s = stalked.search(flat)
    if s is not None and threat.search(flat[s.end() :] + " " + flat[: s.start()]):
        return CrisisSignal(category="abuse", phrase=s.group(0), kind="abuse")
    return None
