"""Cue pairs: a self-directed ending and a wish or acceptance of it, anywhere in one clause.

The lexicon lists phrases; people paraphrase. "being dead sounds peaceful", "i'd be
doing everyone a favour by not being here", "i've stopped caring whether i wake up"
share no phrase but share two cues: an *ending* that is about the speaker (being
dead, not being here, whether i wake up, god taking me) and a *stance* towards it
(sounds peaceful, a favour, stopped caring). A clause with both is crisis language
unless the stance is negated or the clause is hyperbole about something trivial
("id rather die than sing karaoke").
"""

from __future__ import annotations

import re

from engine.safety._compose import subject_is_other, trivial_after
from engine.safety._guards import OTHER_AGENT, is_negated
from engine.safety._kinds import CrisisSignal

_ENDING = re.compile(
    r"\b(?:(?:to|i|me|id|ill|i could|i would|i might|i will|just|rather) (?:just |simply |finally |"
    r"quietly |peacefully )?(?:die|be dead)|being dead|dying|my (?:own )?death|my funeral|"
    r"(?:not|never) (?:be |being )?(?:here|alive|around)(?: anymore)?|not being here|"
    r"(?:stop|stopped|stopping) existing|not exist(?:ing)?|cease to exist|"
    r"(?:not|never|dont|didnt) wake up|(?:whether|if) i wake up|sleep forever|"
    r"(?:takes?|took|would take) me (?:in my sleep|away|home)|"
    r"end (?:it|it all|myself|my life|everything)|ending (?:it|it all|myself|my life|everything)|"
    r"take my (?:own )?life|kill(?:ing)? myself|(?:do|doing) (?:something )?to myself|"
    r"making it to (?:\d+|thirty|forty|next year)|(?:gone|disappear\w*) (?:forever|for good)|"
    r"(?:ready|want|wanna|wish|need) to be gone|(?:fall|stay|stayed|staying) asleep (?:forever"
    r"|and stay "
    r"asleep|and not)|stay asleep|wake up again|still (?:here|alive|breathing)|stay alive|"
    r"staying alive|(?:be )?over for good|leave this world(?! (?:a |an )?(?:better|"
    r"kinder|cleaner|greener|safer))|no future|(?:cant|cannot|dont) "
    r"(?:picture|"
    r"imagine|see) (?:a|any|my) future|not (?:being )?there|wasnt there|werent there|in the way|"
    r"(?:my|the) suffering|it (?:all )?to (?:end|stop)(?! well| soon| on a| nicely| smoothly)"
    r"|(?:it|this|everything) (?:will|would|to) (?:all )"
    r"?be over|(?:do|doing) it|end (?:this|the pain|my pain)|(?:kill|killing|kills) me\b)\b"
)
_STANCE = re.compile(
    r"\b(?:want|wanna|wanting|wanted|wish|wishing|hope|hoping|pray|praying|rather|okay "
    r"with (?:that|"
    r"it)|ok with (?:that|it)|fine with (?:that|it)|relief|relieved|peaceful|peace|sounds (?:good|"
    r"nice|better|easier|tempting)|favou?r|easier|ready|plan|planning|planned|decided|going to|"
    r"thinking about|think about|thought about|cant stop thinking|tempted|urge|dont care|stopped "
    r"caring|dont mind|wouldnt mind|almost|nearly|tried to|scared of what|afraid of what"
    r"|dont trust "
    r"myself|makes me want|all i want|longing|welcome|deserve|better off|the only way|only option|"
    r"way out|escape|tired of|fighting|disappointed|sad that|heal|happier|better|easier|relieved|"
    r"lighter|no one|nobody|noone|everyone|burden|pointless|hopeless|no point|whats the point|"
    r"anything to|finally|tonight|this weekend|soon|permanently|for good|forever|hope it|suicid\w*|"
    r"give anything|would be a relief|so tired|exhausted|cant keep|cant go on|no reason|"
    r"over for good|god)\b"
)
# Hyperbole about something trivial, and endings that are not about the speaker.
_TRIVIAL = re.compile(
    r"\b(?:than|lol|lmao|haha|hahaha|rofl|xd|meeting|meetings|deadline|traffic|karaoke|queue|exam|"
    r"presentation|embarrass\w*|cringe|hair|plant|plants|battery|phone|laptop|game|episode|movie|"
    r"character|project|contract|relationship|deck|slides|report|spreadsheet|homework|class|shift|"
    r"workout|gym|musical|opera|theatre|theater|film|novel|series|plot|finale|ends with|"
    r"with (?:him|her|them|my (?:boyfriend|girlfriend|"
    r"partner|husband|wife))|early|at work)\b"
)


# Self-harm: a harming act on one's own body, or an act with a coping purpose.
_HARM = re.compile(
    r"\b(?:dig|digging|dug|cut|cuts|cutting|slice|slicing|sliced|burn|burns|burned|burnt"
    r"|burning|hit|hits|hitting|"
    r"punch|punching|punched|bang|banged|banging|scratch|scratching|scratched|pick|picking|bleed|"
    r"bleeding|hurt|hurting|harm|harming|carve|carved|carving|pressed|pressing|stab|stabbing"
    r"|bruise|"
    r"bruising|razor|blade|blades|relaps\w*)\b"
)
_SELF_OR_PURPOSE = re.compile(
    r"\b(?:myself|my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|body|head|stomach|hips|"
    r"forearm|forearms)|to cope|the only (?:thing|way)|noise stop|feel something|feel anything"
    r"|numb|"
    r"in control|punish myself|when i mess up|i deserve)\b"
)
_HARM_TRIVIAL = re.compile(
    r"\b(?:cooking|shaving|gym|kitchen|accident|accidentally|paper|fell|slipped|tripped|lifting|"
    r"running|training|sport|football|playing|cupboard|door|chopping|onions?|oven|kettle"
    r"|iron|stove|"
    r"sunburn|sun|fall|healing|surgery|stitches|hair|budget|costs|carbs|sugar|out|workout"
    r"|hike|ski|skiing|bike|climbing|"
    r"paper cut|ice pack|costs|deck|slides|floss|flossing|doctor|nurse|blood test|knee|ankle|back|"
    r"shoulder|lol|haha)\b"
)
# Abuse: a violent act done to the speaker by someone.
_VIOLENCE = re.compile(
    r"\b(?:hit|hits|hitting|beat|beats|beating|slap\w*|punch\w*|kick\w*|chok\w*|strangl\w*|slam\w*|"
    r"shov\w*|pinned|pins|threaten\w*|rape\w*|raping|abus\w*|smash\w*|bruises|grabs|grabbed|drags|"
    r"dragged|burned|burns)\b"
)
_AT_ME = re.compile(r"\b(?:me|my (?:head|face|body|neck|throat|arm|arms|hair)|bruises)\b")
_ACTOR = re.compile(
    r"\b(?:he|she|hes|shes|they|someone|somebody|my (?:husband|wife|partner|boyfriend|girlfriend"
    r"|bf|"
    r"gf|ex|dad|father|stepdad|stepfather|mom|mum|mother|stepmom|uncle|brother|sister|parents|"
    r"fiance|fiancee|roommate|flatmate|family))\b"
)
_VIOLENCE_TRIVIAL = re.compile(
    r"\bgrab(?:s|bed)? (?:me|us) (?:a|an|some|the|my|our)\b|"
    r"\b(?:up|chess|tennis|game|games|match|cards|race|quiz|pillow|snowball|ball|email|question|"
    r"deadline|tasks?|punch line|punchline|to the punch|competition|record|traffic|reality"
    r"|news|lol|"
    r"haha|joke|curveball|idea|lottery|jackpot|target|beat me to|beats me|beat me at|beat me in|"
    r"hit me up|hit me with|hits me with|it hit me|kicked me out|kick off|by accident|accidentally"
    r"|in the arm|playfully|spoiling|teasing|threaten\w* to (?:fire|"
    r"quit|leave|sue|report|cancel))\b"
)


def _harm_or_violence(clause: str) -> CrisisSignal | None:
    harm = _HARM.search(clause)
    if harm and _SELF_OR_PURPOSE.search(clause, harm.end()) and not _HARM_TRIVIAL.search(clause):
        before = clause[: harm.start()]
        if not is_negated(clause, harm.start()) and not (
            _ACTOR.search(before) or OTHER_AGENT.search(before[-20:])
        ):
            return CrisisSignal(
                category="self_harm", phrase=harm.group(0), kind="self_harm", layer="lexicon"
            )
    violence = _VIOLENCE.search(clause)
    if (
        violence
        and _AT_ME.search(clause, violence.end())
        and _ACTOR.search(clause)
        and not _VIOLENCE_TRIVIAL.search(clause)
        and not is_negated(clause, violence.start())
    ):
        return CrisisSignal(
            category="abuse", phrase=violence.group(0), kind="abuse", layer="lexicon"
        )
    return None


# The same pairing for other languages: (ending, stance, trivial), plain readings.
_OTHER: tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(ending), re.compile(stance), re.compile(trivial))
    for ending, stance, trivial in (
        (  # Spanish
            r"\b(?:morir(?:me)?|muert[oa]|matarme|suicid\w*|no despertar(?:me)?|no existir"
            r"|dejar de "
            r"(?:vivir|existir)|desaparecer para siempre|quitarme la vida|acabar con (?:todo"
            r"|mi vida)|no "
            r"estar (?:aqui|viv[oa])|irme para siempre|dormir para siempre)\b",
            r"\b(?:quiero|quisiera|gustaria|ojala|prefiero|necesito|pienso|pensando|planeo"
            r"|voy a|ganas|"
            r"alivio|mejor|nadie|todos|cansad[oa]|hart[oa]|no puedo mas|no aguanto)\b",
            r"\b(?:risa|hambre|verguenza|calor|frio|sueno|ganas de (?:ver|ir|comer)|jaja\w*"
            r"|trabajo|"
            r"proyecto|informe|pelicula|serie|libro|sin (?:ver|conocer))\b",
        ),
        (  # Portuguese
            r"\b(?:morrer|mort[oa]|me matar|suicid\w*|nao acordar|nao existir|sumir (?:pra"
            r"|para) sempre|"
            r"tirar (?:a )?minha vida|acabar com tudo|deixar de existir)\b",
            r"\b(?:quero|queria|vontade|desejo|prefiro|penso|pensando|planejo|vou|alivio"
            r"|melhor|ninguem|"
            r"todos|cansad[oa]|nao aguento)\b",
            r"\b(?:rir|fome|vergonha|calor|sono|saudade|kkk\w*|rs|trabalho|projeto|relatorio|filme|"
            r"sem ver)\b",
        ),
        (  # French
            r"\b(?:mourir|crever|me tuer|suicid\w*|ne plus (?:me reveiller|exister)|disparaitre "
            r"pour "
            r"(?:toujours|de bon)|en finir|mettre fin a (?:mes jours|ma vie))\b",
            r"\b(?:veux|voudrais|aimerais|envie|besoin|pense|prefererais|soulagement|mieux"
            r"|personne|"
            r"marre|fatiguee?|epuisee?|plus la force)\b",
            r"\b(?:rire|faim|honte|chaud|froid|mdr|boulot|projet|dossier|bug|film|sans voir)\b",
        ),
        (  # German
            r"\b(?:sterben|tot sein|umbringen|suizid\w*|selbstmord\w*|nicht mehr (?:aufwachen"
            r"|leben|da "
            r"sein|existieren)|fur immer verschwinden|mir das leben nehmen)\b",
            r"\b(?:will|mochte|moechte|wunsche|wunschte|wurde|lieber|denke|plane|erleichterung"
            r"|besser|"
            r"niemand|mude|keine kraft|kann nicht mehr)\b",
            r"\b(?:lachen|hunger|langeweile|durst|haha|projekt|arbeit|film|ohne (?:japan"
            r"|gesehen))\b",
        ),
        (  # Italian
            r"\b(?:morire|mort[oa]|uccidermi|ammazzarmi|suicid\w*|non svegliarmi|non esistere"
            r"|sparire "
            r"per sempre|farla finita|togliermi la vita)\b",
            r"\b(?:voglio|vorrei|desidero|penso|preferirei|sollievo|meglio|nessuno|stanc[oa]"
            r"|non ce la "
            r"faccio)\b",
            r"\b(?:ridere|fame|sonno|caldo|freddo|noia|vergogna|progetto|lavoro|film|senza "
            r"vedere)\b",
        ),
    )
)


def _about_else(clause: str, ending: re.Match[str]) -> bool:
    """The ending is someone else's, or about something trivial that follows it."""
    return subject_is_other(clause, ending.start()) or trivial_after(
        clause, ending.group(0), ending.end()
    )


def _english_pair(clause: str) -> CrisisSignal | None:
    ending = _ENDING.search(clause)
    if ending is None or _TRIVIAL.search(clause) or _about_else(clause, ending):
        return None
    for stance in _STANCE.finditer(clause):
        if stance.start() < ending.end() and ending.start() < stance.end():
            continue  # "going to die": the stance is part of the ending
        if is_negated(clause, stance.start()) or is_negated(clause, ending.start()):
            continue
        return CrisisSignal(
            category="suicide", phrase=ending.group(0), kind="ideation", layer="lexicon"
        )
    return None


def match_cues(reading: str) -> CrisisSignal | None:
    """A clause of `reading` with a self-directed ending and a stance towards it, if any."""
    for clause in reading.split(" | "):
        signal = _english_pair(clause)
        if signal is not None:
            return signal
    for clause in reading.split(" | "):
        for ending_cue, stance_cue, trivial_cue in _OTHER:
            found = ending_cue.search(clause)
            if found is None or trivial_cue.search(clause) or is_negated(clause, found.start()):
                continue
            if _about_else(clause, found):
                continue
            if any(
                not is_negated(clause, s.start()) and not (s.start() < found.end() < s.end())
                for s in stance_cue.finditer(clause)
            ):
                return CrisisSignal(
                    category="suicide", phrase=found.group(0), kind="ideation", layer="lexicon"
                )
        signal = _harm_or_violence(clause)
        if signal is not None:
            return signal
    return None
