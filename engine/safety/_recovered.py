"""Guards for a crisis phrase told as learned or as long past: a course, and a recovery.

- a first-aid or mental-health course that taught how to spot an overdose or the signs of
  suicide ("learned cpr and how to spot an overdose");
- "everyone should do it" said of a thing recommended, read alone;
- ideation told as years past and over, with help found and life good now ("a couple years
  ago i had thoughts of not being here. got help, therapy worked, now im doing great").

Not cleared: the same past with anything present ("it's coming back", "again lately",
"tonight"), or a course with a first-person wish beside it.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

COURSE = (
    r"\b(?:first aid|cpr|mental health first aid|safe ?talk|asist|course|training|workshop|"
    r"webinar|seminar|lecture|class|module|curso|formation|schulung|kurs|corso|cursus|szkolenie|"
    r"egitim|pelatihan)\b"
)
LEARNED_SIGN = (
    r"\b(?:how to|to) (?:spot|recogni[sz]e|identify|respond to|treat|handle|help with|notice) "
    r"(?:an? |the )?(?:(?:signs?|symptoms?|warning signs?) of (?:an? )?)?(?:overdose|suicid\w*|"
    r"self harm|opioid overdose)\b"
)
PAST = (
    r"\b(?:years ago|a (?:couple|few) (?:of )?years ago|back in (?:19|20)\d\d|when i was (?:younger"
    r"|"
    r"a teen|a teenager|in (?:school|college|uni))|in my (?:teens|twenties)|hace (?:unos )?anos|"
    r"il y a (?:quelques )?annees|vor (?:ein paar )?jahren|anni fa|anos atras|jaren geleden)\b"
)
NOW_WELL = (
    r"\b(?:got help|therapy (?:worked|helped)|now (?:i m|im|i am) (?:doing )?(?:great|well|good|"
    r"fine|okay|ok|better|happy)|(?:doing|feel) (?:great|well) now|recovered|i m in a good place|"
    r"im in a good place|want to (?:mentor|help) others)\b"
)
PRESENT = (
    r"\b(?:again|lately|recently|these days|coming back|came back|back again|returning|today|"
    r"tonight|right now|this week|anymore|still|started again|relaps\w*)\b"
)

# A thing recommended to everyone ("honestly everyone should do it"), not an act of one's own.
FOR_EVERYONE = (
    r"\b(?:everyone|everybody|we all|you all|all of you|people|more people) (?:\w+ )?(?:should|"
    r"must|needs? to|ought to|has to) (?:really |totally |honestly )?(?:do it|try it)\b"
)


def learned_or_long_past(scene: str, message: str, signal: CrisisSignal) -> bool:
    """Whether the phrase is a sign learned on a course or ideation years over (see above).

    The course and the past are read in the phrase's scene; being well now and nothing
    present, across the whole message.
    """
    course, learned, past, now_well, present, for_everyone = folded_patterns(
        COURSE, LEARNED_SIGN, PAST, NOW_WELL, PRESENT, FOR_EVERYONE
    )
    flat = flattened(scene)
    if learned.search(flat) and course.search(flat):
        return True
    if signal.phrase == "do it" and for_everyone.search(flat):
        return True
    whole = flattened(message)
    return (
        signal.kind == "ideation"
        and past.search(flat) is not None
        and len(now_well.findall(whole)) >= 2
        and present.search(whole) is None
    )
