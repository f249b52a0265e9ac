"""Self-harm told as a routine or an accident "again", and a height to go to, read whole.

- a blade used again ("कल रात फिर ब्लेड चला दी", "took the razor to my arm again", "otra
  vez la cuchilla");
- harm to oneself told as an accident with a bare "again." of its own ("burned myself w
  the iron. again", "me corté otra vez. otra vez.") — the cadence of a confession; an
  accident told with the appliance and "again" inside the sentence ("burnt myself on the
  oven again lol") stays ordinary;
- going to a bridge, a roof or the tracks at a time, with nothing to do there ("going to
  the bridge after my shift").

Look-alikes shave with a new blade again, change the blade of a cutter, burn the toast
again, go to the bridge to take photos, run, meet a friend or see the fireworks.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

BLADE = (
    r"\b(?:blade|razor|razorblade|cuchilla|lame de rasoir|rasierklinge|klinge|lametta|lamina|"
    r"gilete|mesje|scheermesje|zyletk\w*|jilet|silet|blade)\b|ब्लेड|лезви\w*|カミソリ|刀片|شفره"
)
AGAIN = (
    r"\b(?:again|once more|otra vez|de nuevo|encore|nochmal|wieder|di nuovo|ancora|de novo|outra "
    r"vez|weer|opnieuw|znowu|znow|yine|tekrar|lagi|fir|phir)\b|फिर|снова|опять|また|又|مره ثانيه|"
    r"تاني|مجددا"
)
ON_SELF = (
    r"\b(?:my (?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|stomach)|on myself|myself|"
    r"chala (?:di|diya|li)|use(?:d)? it|mi brazo|mis brazos|mon bras|meinen arm|il braccio|meu "
    r"braco|mijn arm|reke|kolum\w*|lengan\w*|baah|kalai)\b|चला दी|चलाई|चला ली|руке|руку|腕|手腕|"
    r"ذراعي"
)
BLADE_ORDINARY = (
    r"\b(?:shav\w*|beard|smooth|wax\w*|armpits?|legs smooth|cutter|box ?cutter|craft|lawn ?mower|"
    r"mower|skate\w*|"
    r"blender|food processor|hair|barber|razor scooter|afeit\w*|rasier\w*|barba|baard|golen|"
    r"tras|dadhi|jenggot|cukur|changed the)\b|бри\w*|ひげ|胡子|حلاق"
)
SELF_HARM = (
    r"\b(?:burn(?:ed|t)? myself|cut myself|hit myself|scratched myself|hurt myself|me queme|me "
    r"corte|me suis brule|me suis coupe|hab mich (?:verbrannt|geschnitten)|mi sono (?:bruciat|"
    r"tagliat)\w*|me queimei|me cortei|heb me(?:zelf)? (?:gebrand|gesneden)|poparzyl\w* sie|"
    r"pocial\w* sie|kendimi (?:yaktim|kestim)|nyundut diri|ngiris diri|khud ko jala\w*|khud ko "
    r"kaat\w*)\b|обжег\w* себя|порезал\w* себя|порезалась|自分を(?:焼|切)|烫伤了自己|割伤了自己|"
    r"حرقت نفسي|جرحت نفسي"
)
BARE_AGAIN = (
    r"\| (?:and )?(?:again|otra vez|encore|wieder|di nuovo|de novo|weer|znowu|yine|lagi|phir|"
    r"снова|опять|また|又)$"
)
ACCIDENT = (
    r"\b(?:lol|lmao|haha\w*|oops|ouch|clumsy|by accident|accidentally|accident|jaja\w*|mdr|"
    r"xd|sin querer|sans faire expres|aus versehen|per sbaglio|sem querer|per ongeluk|"
    r"przypadkiem|yanlislikla|nggak sengaja|galti se)\b|случайно|うっかり|不小心|بالغلط"
)
GO_HEIGHT = (
    r"\b(?:going|heading|headed|gonna go|driving|walking|ill go|i will go) (?:up )?to (?:the|that) "
    r"(?:bridge|roof|rooftop|cliffs?|tracks|railway|train tracks|top floor|overpass)\b|\b(?:voy "
    r"al puente|je vais au pont|ich gehe zur brucke|vado al ponte|vou pra ponte|vou para a ponte|"
    r"ik ga naar de brug|ide na most|kopruye gidiyorum|aku ke jembatan|pul pe ja raha)\b|"
    r"пойду на мост|иду на мост|橋に行く|去桥上|رايح للجسر"
)
GO_WHEN = (
    r"\b(?:after (?:my )?(?:shift|work|school|class)|tonight|later tonight|at midnight|when "
    r"everyone s asleep|when everyones asleep|despues del trabajo|esta noche|ce soir|apres le "
    r"boulot|heute nacht|nach der arbeit|stasera|dopo il lavoro|hoje a noite|depois do trabalho|"
    r"vannacht|na het werk|dzis w nocy|po pracy|bu gece|isten sonra|malam ini|pulang kerja|aaj "
    r"raat)\b|сегодня ночью|после смены|今夜|今晚|下班后|الليله"
)
GO_ORDINARY = (
    r"\b(?:to (?:take|shoot|run|meet|see|watch|fish|paint|photograph|film|jog|walk)|photos?|"
    r"pictures?|sunset|sunrise|fireworks|view|run|running|jog\w*|walk\w*|bike|cycling|friends?|"
    r"with (?:\w+ )?(?:friends|mates|her|him|the dog)|dog|fishing|party|bar|club|concert|"
    r"festival|market|picnic|bbq|drinks|date|tour|game|bridge (?:club|night|tournament))\b"
)

# Hitting oneself with bruises or as a punishment ("ik sla mezelf als ik een fout maak").
SELF_HIT = (
    r"\b(?:hit myself|punch myself|slap myself|me pego|me golpeo|je me frappe|schlage mich|mi "
    r"picchio|me bato|sla mezelf|bije sie|uderzam sie|kendimi doverim|kendime vuruyorum|mukul diri"
    r"(?: sendiri)?|khud ko maar\w*)\b|бью себя|自分を殴|打自己|اضرب نفسي"
)
PUNISHED = (
    r"\b(?:bruise[sd]?|when i (?:make a )?mistake|as (?:a )?punishment|cuando me equivoco|"
    r"moratones|quand je me trompe|bleus|wenn ich einen fehler mache|blaue flecken|quando sbaglio|"
    r"lividi|quando erro|hematomas|als ik een fout maak|blauwe plekken|gdy popelnie blad|siniaki|"
    r"hata yapinca|morluk\w*|kalau salah|memar|galti karne par|neel)\b|синяк\w*|когда ошибаюсь|"
    r"あざ|失敗すると|淤青|犯错|كدمات"
)


def match_harm_again(reading: str) -> CrisisSignal | None:
    """A blade again, harm to oneself with a bare "again.", going to a height at a time."""
    blade, again, on_self, blade_ok, harm, bare, accident, go, when, go_ok, hit, punished = (
        folded_patterns(
            BLADE,
            AGAIN,
            ON_SELF,
            BLADE_ORDINARY,
            SELF_HARM,
            BARE_AGAIN,
            ACCIDENT,
            GO_HEIGHT,
            GO_WHEN,
            GO_ORDINARY,
            SELF_HIT,
            PUNISHED,
        )
    )
    flat_hit = hit.search(reading)
    if flat_hit is not None and punished.search(reading) and not accident.search(reading):
        return CrisisSignal(category="self_harm", phrase=flat_hit.group(0), kind="self_harm")
    flat = flattened(reading).strip()
    b = blade.search(flat)
    if b is not None and again.search(flat) and on_self.search(flat) and not blade_ok.search(flat):
        return CrisisSignal(category="self_harm", phrase=b.group(0), kind="self_harm")
    h = harm.search(reading)
    if h is not None and bare.search(reading.strip()) and not accident.search(flat):
        return CrisisSignal(category="self_harm", phrase=h.group(0), kind="self_harm")
    g = go.search(flat)
    if g is not None and when.search(flat) and not go_ok.search(flat):
        return CrisisSignal(category="suicide", phrase=g.group(0), kind="method")
    return None
