"""Death wished in everyday words, and a means weighed for certainty, read across the message.

- not waking up told as welcome ("if i just didn't wake up tomorrow that'd be fine by me");
- an accident hoped for or not minded ("kinda hoping a bus takes me out", "wouldn't mind if
  the plane went down");
- not being at all sounding easier ("было бы проще вообще не быть", "ce serait plus simple
  de ne plus exister"); no wish left to live ("jeene ka mann nahi karta", "ya no tengo
  ganas de vivir"); the end decided ("ho deciso che la faccio finita");
- a dose, a height or a cord weighed so that it cannot fail ("how many would it take to not
  wake up", "assez haut pour ne pas rater", "чтобы наверняка", "hold a person's weight");
- stopping the car on the tracks when the train comes.

Look-alikes: not waking up before ten, a bus that takes me to work, a plane that went down
in a film, "how many coffees would it take to wake up", a shelf that holds a person's weight,
"la faccio finita con questo progetto", a height to hang a picture.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

NOT_WAKE_FINE = (
    r"\bif i (?:just |simply )?(?:didnt|did not|never|dont|do not) wake up\b(?! (?:before|until|"
    r"till|at|early|on time|in time|for))(?: \w+){0,4} (?:(?:thatd|that would|it would|itd)(?: "
    r"\w+)? be (?:fine|ok|okay|alright|a relief|nice)|fine by me|wouldnt mind|i d be ok|id be ok)"
)
ACCIDENT_WISHED = (
    r"\b(?:hoping|hope|wish|wishing|wouldnt (?:even )?mind|would not mind|kinda want) (?:that )?(?:"
    r"if )?(?:a |the )?(?:bus|car|truck|train|plane|lorry|lightning)\b"
    r"(?: (?!dont|doesnt|didnt|wont|not|never)\w+){0,3} (?:takes me out|hits me|hit me|runs me "
    r"over|ran me over|kills me|(?:went down|goes down|crashed|crashes)(?= (?:\w+ ){0,2}(?:with "
    r"me|on my|im on|i m on|while im|while i m)))\b"
)
NOT_TO_BE = (
    r"проще (?:вообще )?не (?:быть|существовать|жить)|просто не быть|лучше бы меня не было|"
    r"\b(?:plus simple de ne (?:plus )?(?:exister|etre la)|mas facil no existir|mas facil dejar de "
    r"existir|einfacher(?:,)? nicht (?:mehr )?zu (?:existieren|sein)|piu facile non esistere|mais "
    r"facil nao existir|makkelijker om niet (?:meer )?te bestaan|latwiej by bylo nie istniec|"
    r"easier (?:to just |to |if i could just )?not (?:exist|be at all|to exist)(?! (?:on|online|"
    r"in (?:the|this|that)|at|for|as))|"
    r"lebih mudah (?:kalau )?(?:aku )?(?:ga|gak|tidak) ada)\b"
)
NO_WILL = (
    r"\b(?:jeene ka (?:mann|man|dil) (?:hi )?nahi|jeene ki (?:ichha|iccha|chahat) (?:hi )?(?:nahi|"
    r"khatam)|ya no tengo ganas de vivir|plus envie de vivre|keine lust mehr zu leben|nessuna "
    r"voglia di vivere|non ho piu voglia di vivere|sem vontade de viver|geen zin meer (?:om )?te "
    r"leven|nie chce mi sie (?:juz )?zyc|yasama istegim (?:kalmadi|yok)|males hidup|ga pengen hidup"
    r" lagi|msh 3ayez a3eesh|mesh 3ayza a3eesh|mish 3ayez a3ish)\b|जीने का मन नहीं|"
    r"жить не хочется|生きる気力が(?:ない|なくなった)|不想活了|مش عايز اعيش|مش عايزه اعيش"
)
DECIDED = (
    r"\b(?:ho deciso (?:che )?(?:la faccio|di farla) finita(?! con)|la faccio finita(?! con)|"
    r"a5allas 3ala nafsi|akhalas 3ala nafsi|a5los 3ala nafsi)\b|اخلص على نفسي"
)
SURE_DOSE = (
    r"\b(?:how|h0w) (?:many|much)\b(?: \w+){1,6} (?:would it take|does it take|it takes|do i need|"
    r"would i need) to (?:not wake up|never wake up|not survive|be sure|make sure i dont wake|"
    r"end it|not come back)|\b(?:cuantas|cuanto|cuanta)\b(?: \w+){1,5} (?:hacen falta|necesito|se "
    r"necesitan?) para (?:que )?(?:ya )?no (?:tenga vuelta atras|despertar|me despierte)|"
    r"\b(?:combien)\b(?: \w+){1,5} (?:faut il|il faut) pour ne (?:plus|pas) (?:se |me )?reveiller|"
    r"\bwie viele\b(?: \w+){1,5} (?:braucht man|brauche ich) um nicht mehr aufzuwachen|"
    r"\b(?:assez|suffisamment) haut pour ne pas (?:rater|survivre|me rater)|hoch genug um (?:sicher"
    r"|"
    r"nicht zu uberleben)|abbastanza alto per non (?:sbagliare|sopravvivere)|alto o suficiente "
    r"para nao (?:sobreviver|falhar)|hoog genoeg om (?:het niet te overleven|zeker te zijn)|"
    r"чтобы наверняка|наверняка\?|кака\w* (?:этаж|высот\w*) (?:нужн\w*|хватит)"
)
BETTER_ALL = (
    r"\bbetter off (?:w o|wo|without) me\b(?=.*\b(?:in general|me existing|me being (?:alive|"
    r"here|around)|not just (?:at|for) work|in life|in every way)\b)"
)
GONE_UNNOTICED = (
    r"\b(?:if i (?:just )?disappeared|si je disparaissais|si (?:yo )?desapareciera|wenn ich "
    r"verschwinden wurde|wenn ich verschwande|se (?:io )?sparissi|se eu sumisse|se eu desaparecesse"
    r"|"
    r"als ik (?:zou )?verdwijnen|als ik verdween)\b(?!(?: \w+){0,3} (?:from|de la|du|des|aus|"
    r"dalla|da|uit) )(?=.*\b(?:wouldnt mind|would not mind|wouldnt bother me|fine by me|me "
    r"derangerait pas|me derangerait meme pas|ca m irait|no me importaria|me daria igual|ware mir "
    r"egal|mi andrebbe bene|nao me importaria|vind ik niet erg)\b)"
)
HOLD_WEIGHT = (
    r"\b(?:belt|rope|cord|scarf|cable|sheet|tie|hinge|beam|rail|hook)s?\b(?: \w+){0,6} (?:hold|"
    r"take|support|carry) (?:a |the )?(?:person s|persons|human s|humans|grown adult s|my|body) "
    r"(?:full )?(?:weight|body weight)"
)
HOLD_ORDINARY = (
    r"\b(?:shelf|shelves|hammock|swing|climbing|crossfit|gym|pull up|pullup|trx|aerial|yoga|tow|"
    r"towing|harness test|bunk|ladder|chair|deck|balcony floor|bridge design|physics)\b"
)
FOR_MYSELF = (
    r"\b(?:asking for myself|for my own use|apne liye (?:pooch|puch)\w*|i mean to use it myself)\b|"
    r"अपने लिए पूछ|自分で使う|自分用に|给自己用|لنفسي"
)
DOSE_QUESTION = (
    r"\b(?:how much|how many|kitni|kitna|cuanto|combien|wie viel|quanto|quantos|hoeveel|ile|ne "
    r"kadar|berapa)\b|कितनी|कितना|どのくらい|どれくらい|多少|كم"
)
MEANS = (
    r"\b(?:pills?|tablets?|poison|rat poison|rope|cord|zeher|zehar|dawa|dawai|goliyan|obat|racun|"
    r"tali|pastillas|veneno|cuerda|poison|corde|gift|seil|veleno|corda|comprimidos|touw|trucizn"
    r"\w*|zehir|ip)\b|दवा|ज़हर|जहर|रस्सी|ロープ|薬|毒|绳|药|حبوب|سم|حبل|таблет\w*|яд|веревк\w*"
)
TRACKS = (
    r"\b(?:stop|stopping|park|parking|leave|leaving|stall|stalling) (?:the |my )?car on the (?:trac"
    r"ks|level crossing|railway|rails)\b"
    r"(?: \w+){0,4} (?:when|as|before) (?:the |a )?train"
)


def match_wish_means(reading: str) -> CrisisSignal | None:
    """Death wished in everyday words, or a means weighed so that it cannot fail."""
    patterns = folded_patterns(
        NOT_WAKE_FINE,
        ACCIDENT_WISHED,
        NOT_TO_BE,
        NO_WILL,
        DECIDED,
        SURE_DOSE,
        BETTER_ALL,
        GONE_UNNOTICED,
        HOLD_WEIGHT,
        HOLD_ORDINARY,
        FOR_MYSELF,
        DOSE_QUESTION,
        MEANS,
        TRACKS,
    )
    (wake, accident, not_be, no_will, decided, sure, better, gone, hold, hold_ok, for_me, dose,
     means, tracks) = patterns  # fmt: skip
    flat = flattened(reading).strip()
    for pattern in (wake, accident, not_be, no_will, decided, better, gone):
        if (found := pattern.search(flat)) is not None:
            return CrisisSignal(category="suicide", phrase=found.group(0), kind="ideation")
    for pattern in (sure, tracks):
        if (found := pattern.search(flat)) is not None:
            return CrisisSignal(category="suicide", phrase=found.group(0), kind="method")
    h = hold.search(flat)
    if h is not None and not hold_ok.search(flat):
        return CrisisSignal(category="suicide", phrase=h.group(0), kind="method")
    f = for_me.search(flat)
    if f is not None and dose.search(flat[: f.start()]) and means.search(flat[: f.start()]):
        return CrisisSignal(category="suicide", phrase=f.group(0), kind="method")
    return None
