"""Danger seen in someone else, purging, and harm by a fist, read across the message.

- someone who took a whole bottle or pack of pills (or "of something") and is barely
  responding or saying goodbye; someone breathing strangely after snorting or fainting;
- a goodbye posted by someone who has talked of ending it, then silence;
- a weapon carried to where someone waits ("he's got a knife in the car and he's waiting",
  "bringing his gun in tomorrow");
- a small child left alone for days, crying;
- purging: vomiting made to happen, or after every meal ("binge then purge", "vomitando
  después de cada comida", "食べたら全部吐いてる"), eating almost nothing with fainting;
- a wall punched until the knuckles split; a husband who "raised his hand" at me again.

Look-alikes: a stomach bug, food poisoning, pregnancy or chemo; the dog who threw up after
eating; a whole bottle of wine taken to a party; a knife packed for camping, a gun taken to
the range; a child alone for two minutes; a wall punched in a film.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

WHOLE_PACK = (
    r"\b(?:(?:took|swallowed|downed|taken|had) (?:a whole|the whole|an entire|all (?:the|her|his|"
    r"their)|a full) (?:bottle|pack|packet|box|strip|jar|tub) of (?:pills|tablets|meds|"
    r"something|sleeping pills|painkillers|paracetamol|tylenol)|(?:polknal\w*|polknel\w*|lyknal"
    r"\w*|wzial\w*) (?:cale|caly) (?:opakowanie|pudelko|listek)|se (?:tomo|trago) (?:un|el) (?:fras"
    r"co|"
    r"bote|blister|paquete) (?:entero )?de|a avale (?:une|toute la) (?:boite|plaquette)|(?:eine|"
    r"die) ganze (?:packung|schachtel|dose) (?:\w+ )?(?:geschluckt|genommen)|(?:preso|ingoiato) "
    r"(?:un intera|tutta la|tutto il) (?:scatola|flacone|blister|confezione)|(?:tomou|engoliu) "
    r"(?:uma caixa|um frasco|a cartela) inteir[oa]|(?:een hele|de hele) (?:strip|doos|pot|"
    r"verpakking) (?:\w+ )?(?:ingenomen|geslikt|opgenomen)|(?:butun|koca) (?:kutuyu|sise)\w*|"
    r"(?:satu|sebotol|sestrip|seluruh) (?:strip|botol|kotak)? ?obat|poori (?:strip|bottle|"
    r"shishi)|saari goliyan)\b|(?:всю|целую) (?:пачку|упаковку|банку)|薬を(?:全部|一箱|一瓶)|"
    r"一整瓶|一整盒|علبه (?:كامله|كاملة)"
)
FADING = (
    r"\b(?:barely (?:responding|breathing|awake|conscious)|not responding|no responde|ne repond "
    r"(?:plus|pas)|antwortet nicht|non risponde|nao responde|reageert niet|nie odpowiada|cevap "
    r"vermiyor|(?:ga|gak|tidak) respon|jawab nahi de\w*|wont respond|cant keep "
    r"(?:her|his) eyes open|saying goodbye|says goodbye|se despide|dit au revoir|verabschiedet|"
    r"si sta salutando|se despedindo|neemt afscheid|sie zegna|zegna sie|veda \w+|pamit|alvida)\b|"
    r"прощается|別れを|告别|يودع"
)
BREATHING = (
    r"\b(?:breathing (?:weird|strange\w*|funny|really slow\w*)|ademt (?:heel |erg )?(?:raar|"
    r"vreemd)|respira (?:raro|rarisimo|estranho|male|strano)|respire bizarrement|atmet (?:komisch|"
    r"seltsam)|dziwnie oddycha|garip nefes|napasnya aneh|saans ajeeb)\b|странно дышит|息が変|"
    r"呼吸很奇怪|بيتنفس غريب"
)
COLLAPSED = (
    r"\b(?:fainted|collapsed|passed out|flauwgevallen|desmayo|se desmayo|evanoui\w*|"
    r"ohnmachtig|zusammengebrochen|svenut\w*|desmaiou|zemdlal\w*|bayildi|pingsan|behosh)\b|"
    r"\b(?:after|na het|despues de|apres avoir|nach dem|dopo aver|depois de|po) (?:\w+ )?(?:snort"
    r"\w*|snuiven|taking something|using|esnifar|sniff\w*|geschnupft|tirato|cheirar)\b"
)
# A quoted goodbye is blanked as reported speech ("wrote 'it was nice knowing you'"): the
# post itself, or going silent, stands beside the talk of ending it.
GOODBYE_POST = (
    r"\b(?:posted|wrote|texted|sent|put up|messaged|went offline|gone offline|not answering|isnt "
    r"answering|not picking up|isnt picking up)\b"
)
ENDING_TALK = (
    r"\b(?:talking|talked|been talking|saying|said) about (?:ending it|ending (?:his|her|their) "
    r"life|killing (?:himself|herself|themselves)|not being here)\b(?! with)"
)
WEAPON = (
    r"\b(?:he s|she s|hes|he has|she has|they ve|he|she) (?:got|bringing|gonna bring|going to "
    r"bring|bring|has) (?:\w+ ){0,3}(?:knife|gun|rifle|pistol|weapon|machete)\b"
)
WEAPON_AIM = (
    r"\b(?:(?:and )?(?:he s|she s|hes|shes|he is|she is) waiting|waiting (?:outside|for me)|"
    r"they ll all see|theyll all see|you ll all see|youll all see|outside my (?:office|house|"
    r"flat|place|door)|showing up outside)\b"
)
WEAPON_ORDINARY = (
    r"\b(?:range|hunting|camping|fishing|kitchen|chef|cooking|nerf|water gun|toy|paintball|"
    r"airsoft|glue gun|nail gun|game|movie|film|cosplay|prop)\b"
)
CHILD_ALONE = (
    r"\b(?:kid|child|toddler|baby|boy|girl|little one|nino|nina|enfant|kind|bambin[oa]|crianca|"
    r"dziecko|cocuk|anak)\b(?: \w+){0,8} (?:alone|by (?:him|her)self|on (?:his|her|their) own|"
    r"solo|sola|seul[e]?|allein|alleen|sozinh[oa]|sam[ao]?|yalniz|sendirian) (?:\w+ ){0,4}(?:for|"
    r"since|durante|depuis|seit|da|ha|sinds|od|dari) (?:\d+|two|three|four|several|dos|tres|"
    r"deux|trois|zwei|drei|due|tre|dois|twee|drie|dwa|trzy|iki|uc|dua|tiga) (?:days|nights|"
    r"dias|jours|tagen|giorni|dagen|dni|gun|hari)\b"
)
PURGE = (
    r"\b(?:make myself (?:throw up|puke|sick|vomit)|made myself (?:throw up|puke|sick|vomit)|"
    r"binge (?:and|then|n) purg\w*|purg(?:e|ing) (?:again|after|every|\d)|throw(?:ing)? up after "
    r"(?:every|each) meal|vomit\w* (?:despues de|tras) (?:cada|todas las) comida\w*|me hago "
    r"vomitar|me fais vomir|vomis apres (?:chaque|tous les) repas|(?:bringe|zwinge) mich(?: \w+){0,"
    r"3} (?:zum|"
    r"zu) (?:erbrechen|ubergeben)|erbreche (?:mich )?nach jedem essen|mi faccio vomitare|vomito "
    r"dopo (?:ogni|i) pasti?|me faco vomitar|vomito depois de (?:cada|todas as) refeic\w*|"
    r"(?:laat|maak) mezelf overgeven|geef over na elke maaltijd|(?:zmuszam|prowokuje) (?:sie do )?"
    r"wymiot\w*|wymiotuje po (?:kazdym|jedzeniu)|kendimi kusturuyorum|(?:her )?yemekten sonra "
    r"kusuyorum|makan\w*(?: \w+){0,6} (?:aku )?muntahin|muntahin (?:lagi|makanan\w*)|"
    r"sengaja muntah|muntah setiap habis makan|khud ko "
    r"ulti|ulti kar (?:deti|deta) (?:hoon|hu)|barga3 (?:ay|kol) 7aga|barga3 el akl)\b|"
    r"食べ(?:たら|ては)(?:全部|すぐ)?吐|食べたら(?:全部|すぐ)?吐|吃完就吐|催吐|"
    r"вызываю (?:у себя )?рвоту|блюю после "
    r"каждой еды|بتقيأ بعد كل|برجع الاكل"
)
PURGE_ORDINARY = (
    r"\b(?:stomach (?:bug|flu|virus)|food poisoning|norovirus|pregnan\w*|morning sickness|chemo"
    r"\w*|hangover|seasick|motion sickness|gastro\w*|my (?:dog|cat|son|daughter|baby|kid|toddler)|"
    r"the (?:dog|cat|baby|kid)|intoxicacion|embarazada|enceinte|schwanger|magen darm|incinta|"
    r"gravida|zwanger|buikgriep|w ciazy|zatruci\w*|hamile|hamil|keracunan|masuk angin)\b|"
    r"つわり|食中毒|胃腸炎|怀孕|食物中毒|отравлен\w*|беремен\w*|حامل|تسمم"
)
STARVE = (
    r"\b(?:eating once every (?:two|2|three|3|few) days|\d00 (?:calories|calorie|kcal|calorias) "
    r"(?:a|al|per|por|par|am) (?:day|giorno|dia|jour|tag)|only (?:drinking|drank|had) water for|"
    r"cuma minum air|solo bebo agua|ne bois que de l eau|nur noch wasser)\b"
)
STARVE_SIGN = (
    r"\b(?:fainted|passed out|svenut[ao]|sono svenuta|desmaye|evanoui\w*|ohnmachtig|pingsan|"
    r"not enough|no one (?:can )?know|nobody knows|non voglio che lo sappia|nadie sabe|still fat|"
    r"lost \d+ ?kg|muntah\w*|throw up)\b"
)
KNUCKLES = (
    r"\b(?:punch|hit|smash|bang)\w* (?:the |a |my )?(?:\w+ )?(?:wall|door|mirror)s? (?:till|"
    r"until|so hard) (?:my )?(?:knuckles|hands?|fists?) (?:split|bleed|break|crack|swell)\w*"
)
CHILD_SIGN = (
    r"\b(?:crying|cries|screaming|hungry|nobody|no one|no adult|llora\w*|pleure\w*|weint|piange|"
    r"chora\w*|huilt|placze|agliyor|menangis|rota)\b|плачет|泣いて|哭|يبكي"
)
RAISED_HAND = (
    r"(?:муж|отец|отчим|парень|он) (?:\w+ )?(?:снова |опять |еще раз )?поднял на меня руку"
)


def match_danger_seen(reading: str) -> CrisisSignal | None:
    """Someone else in danger now, purging or starving, a fist to the wall, a hand raised."""
    patterns = folded_patterns(
        WHOLE_PACK,
        FADING,
        BREATHING,
        COLLAPSED,
        GOODBYE_POST,
        ENDING_TALK,
        WEAPON,
        WEAPON_AIM,
        WEAPON_ORDINARY,
        CHILD_ALONE,
        CHILD_SIGN,
        PURGE,
        PURGE_ORDINARY,
        STARVE,
        STARVE_SIGN,
        KNUCKLES,
        RAISED_HAND,
    )
    (pack, fading, breathing, collapsed, post, talk, weapon, aim, weapon_ok, child, child_sign,
     purge, purge_ok, starve, starve_sign, knuckles, raised) = patterns  # fmt: skip
    flat = flattened(reading).strip()
    p = pack.search(flat)
    if p is not None and fading.search(flat):
        return CrisisSignal(category="suicide", phrase=p.group(0), kind="method")
    b = breathing.search(flat)
    if b is not None and collapsed.search(flat):
        return CrisisSignal(category="suicide", phrase=b.group(0), kind="method")
    t = talk.search(flat)
    if t is not None and post.search(flat):
        return CrisisSignal(category="suicide", phrase=t.group(0), kind="preparation")
    w = weapon.search(flat)
    if w is not None and aim.search(flat) and not weapon_ok.search(flat):
        return CrisisSignal(category="abuse", phrase=w.group(0), kind="abuse")
    c = child.search(flat)
    if c is not None and child_sign.search(flat):
        return CrisisSignal(category="abuse", phrase=c.group(0), kind="abuse")
    if (found := raised.search(flat)) is not None:
        return CrisisSignal(category="abuse", phrase=found.group(0), kind="abuse")
    u = purge.search(flat)
    if u is not None and not purge_ok.search(flat):
        return CrisisSignal(category="self_harm", phrase=u.group(0), kind="starvation")
    s = starve.search(flat)
    if s is not None and starve_sign.search(flat) and not purge_ok.search(flat):
        return CrisisSignal(category="self_harm", phrase=s.group(0), kind="starvation")
    if (found := knuckles.search(flat)) is not None:
        return CrisisSignal(category="self_harm", phrase=found.group(0), kind="self_harm")
    return None
