"""Someone else who says they want to die, told by the person they said it to.

"my friend said she wants to kill herself tonight", "my son says he wants to die", "she's
been talking about ending it for a month", "mi hermana dice que se quiere matar", "mein
Mitbewohner sagt, er will nicht mehr leben": a third person, a verb of saying, and a wish
to die or to end their life. A clinician acts on it as on the speaker's own words: the
person reaching out needs the same lines, to help.

Look-alikes: a character, a song or a film; a joke ("lol", "jokingly", "die of
embarrassment", "die on that hill"); a time long past or handled ("years ago", "got her
help and she's doing better now").
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

PERSON = (
    r"\b(?:he|she|they|hes|shes|theyre|theyve|my (?:\w+ )?(?:friend|flatmate|roommate|roomie|"
    r"sister|brother|son|daughter|kid|child|partner|husband|wife|boyfriend|girlfriend|bf|gf|mum|"
    r"mom|mother|dad|father|colleague|coworker|co worker|teammate|student|cousin|niece|nephew|"
    r"neighbou?r|bestie|mate|report|intern)|(?:a|one of my) (?:friend|colleague|coworker|"
    r"student|teammate|report)s?(?: of mine)?|someone (?:i know|on my team|in my team))\b"
)
SAYS = (
    r"(?:says|said|keeps saying|kept saying|told me|tells me|texted(?: me)?|messaged(?: me)?|"
    r"posted|wrote|mentioned|admitted|confided|(?:has |have |is |s )?been (?:talking|saying|"
    r"texting|posting)|is talking|keeps talking|wont stop talking|talks)"
)
WISH = (
    r"(?:(?:he|she|they) (?:wants?|wanted|is going|was going|is gonna|s gonna|plans?|planned|is "
    r"planning) to (?:kill (?:himself|herself|themselves|themself)|end (?:his|her|their) (?:own )?"
    r"life|end it(?: all)?|die|take (?:his|her|their) (?:own )?life|not be here anymore)|killing "
    r"(?:himself|herself|themselves|themself)|ending (?:it all|it|(?:his|her|their) (?:own )?"
    r"life)|suicide|wanting to die|not wanting to (?:live|be here) anymore|(?:he|she|they) "
    r"(?:wishes|wished) (?:he|she|they) (?:was|were) dead)\b"
)
TOLD = rf"{PERSON}(?: \S+){{0,3}} {SAYS}(?: \S+){{0,4}} {WISH}"
# The same in the other languages: a verb of saying in the third person, then the wish.
TOLD_INTL = (
    r"\b(?:dice que|dijo que|me dijo que|anda diciendo que|dit qu ?(?:il|elle)|m a dit qu ?(?:il|"
    r"elle)|sagt (?:er|sie|dass)|hat (?:mir )?gesagt|meinte|disse que|diz que|falou que|dice che|"
    r"ha detto che|mi ha detto che|zegt dat|zei dat|mowi ze|powiedzial\w* ze|diyor ki|dedi ki|"
    r"bilang (?:dia )?(?:mau|ingin|pengen)|bol (?:rahi|raha) (?:hai|thi|tha) ki)(?: \S+){0,4} "
    r"(?:se quiere (?:matar|morir)|quiere (?:matarse|suicidarse|morir\w*)|veut (?:se tuer|mourir|"
    r"en finir)|va se tuer|(?:sich|er sich|sie sich) umbringen|sich das leben nehmen|(?:will )?"
    r"sterben(?: will)?|nicht mehr leben(?: will)?|quer (?:se matar|morrer)|vai se matar|vuole "
    r"(?:uccidersi|morire|farla finita)|dood wil|zelfmoord (?:wil )?plegen|chce (?:sie zabic|"
    r"umrzec)|olmek istiyor|kendini oldurecek|mau mati|bunuh diri|marna chahti|marna chahta)\b|"
    r"(?:говорит|сказал\w*|пишет),? что (?:\S+ ){0,3}(?:хочет (?:умереть|покончить)|покончит с "
    r"собой)|死にたいって(?:言って|言う)|说(?:他|她)想死|说(?:他|她)想自杀|(?:قال|قالت|يقول|تقول) "
    r"(?:\S+ ){0,2}(?:يبي|تبي|يريد|تريد) (?:يموت|تموت|ينتحر|تنتحر)"
)
ORDINARY = (
    r"\b(?:movie|film|series|show|book|novel|song|lyrics|character|game|episode|podcast|play|"
    r"story|news|article|documentary|anime|manga|pelicula|serie|libro|cancion|livre|chanson|buch|"
    r"lied|roman|joking\w*|as a joke|lol|haha\w*|lmao|jk|kidding|of (?:embarrassment|boredom|"
    r"laughter|shame|cringe)|on (?:that|this) hill|to die for|die (?:young|happy|rich|laughing)|"
    r"de (?:risa|verguenza)|vor lachen|years ago|back in (?:school|college|uni)|got (?:him|her|"
    r"them) (?:help|to a doctor)|(?:doing )?(?:better|fine|ok|okay|safe) now|recovered|end(?:ing)? "
    r"it with|die if (?:he|she|they) (?:has|have|had) to)\b"
)


def match_someone_at_risk(reading: str) -> CrisisSignal | None:
    """Someone else who said they want to die or to end their life, in the speaker's words."""
    told, told_intl, ordinary = folded_patterns(TOLD, TOLD_INTL, ORDINARY)
    flat = flattened(reading).strip()
    found = told.search(flat) or told_intl.search(flat)
    if found is None or ordinary.search(flat) is not None:
        return None
    return CrisisSignal(
        category="suicide", phrase=found.group(0), kind="ideation", someone_else=True
    )
