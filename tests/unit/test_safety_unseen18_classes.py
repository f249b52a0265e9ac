"""The classes studied from unseen18's errors, and the look-alikes that share their words.

Every example is written for this test (none is a corpus line): Korean, Vietnamese and
Swedish core classes; danger seen in someone else; purging; death wished in everyday words;
a means weighed so that it cannot fail; a sign learned on a course, ideation long over.
"""

from __future__ import annotations

import pytest

from engine.safety import detect_crisis

CRISIS = {
    "korean, vietnamese, swedish": [
        "요즘 자살 생각이 자주 나요",
        "자다가 그냥 안 깨어났으면 좋겠어",
        "친구가 유서를 써 놨다고 했어요",
        "không muốn sống nữa, mệt lắm rồi",
        "tối nào mình cũng rạch tay",
        "jag orkar inte leva längre",
        "ibland vill jag bara dö",
        "min pojkvän slog mig igår kväll",
    ],
    "danger seen in someone else": [
        "my sister took a whole pack of sleeping pills and she's barely conscious",
        "ha preso tutta la scatola di pillole e ora non risponde",
        "he collapsed after snorting something and is breathing weird",
        "my cousin texted me goodbye, she's been talking about ending it since spring",
        "her dad said he's got a gun in the truck and he's waiting for her outside",
        "the toddler upstairs has been alone for two days, i hear her crying",
    ],
    "purging and starving": [
        "i throw up after every meal on purpose now, nobody knows",
        "me hago vomitar cuando como demasiado",
        "ik laat mezelf overgeven na het avondeten",
        "300 calories a day for a month and i fainted at the gym",
    ],
    "death wished in everyday words": [
        "if i just didn't wake up one day that would be ok",
        "wish a car hits me on the way home honestly",
        "easier to just not exist at this point",
        "jeene ka mann hi nahi karta ab",
        "keine lust mehr zu leben, jeden tag dasselbe",
    ],
    "a means weighed so it cannot fail": [
        "how many of these pills would it take to not wake up",
        "is the 9th floor high enough? hoch genug um nicht zu überleben",
        "would a belt on the door hinge hold a persons weight",
        "how much rat poison is enough? asking for myself",
    ],
    "the English-only classes in other languages": [
        "ojalá un camión me atropelle esta noche y ya",
        "hopelijk schept een vrachtwagen me morgen",
        "umarım bir kamyon bana çarpar",
        "wenn ich nicht mehr aufwachen würde, wäre mir das egal",
        "il a une arme et il m'attend en bas de chez moi",
        "je frappe le mur jusqu'à ce que mes jointures saignent",
        "une corde supporte le poids d'une personne ?",
        "mijn vriend praat over zelfmoord en heeft afscheid genomen op facebook",
    ],
}

ORDINARY = {
    "korean, vietnamese, swedish": [
        "시험 때문에 죽겠다 진짜",
        "축구하다 자살골 넣었어 ㅋㅋ",
        "mình sẽ từ từ tìm hiểu thêm",
        "sáng nay bị đánh giá năng lực",
        "det slog mig i morse att jag glömt nyckeln",
        "jag vill inte vakna tidigt imorgon",
        "skar mig i tummen på kniven när jag lagade mat",
        "자살 예방 캠페인 포스터를 만들었어요",
        "läste en artikel om självmord i tidningen",
        "ho deciso di farla finita con il caffè dopo le sei",
    ],
    "danger seen in someone else": [
        "took a whole bottle of wine to the dinner and we finished it",
        "he's got a knife for the fishing trip, he's waiting outside the shop",
        "my kid was alone for two minutes and started crying, then i came back",
        "he's been talking about ending it with his girlfriend and posted a sad song",
    ],
    "purging and starving": [
        "stomach flu, i throw up after every meal",
        "only drinking water for 12 hours before surgery",
        "my cat made herself sick on the carpet",
    ],
    "death wished in everyday words": [
        "if i didn't wake up before noon that'd be fine, it's sunday",
        "hoping the bus comes on time",
        "la faccio finita con questo libro stasera",
    ],
    "a means weighed so it cannot fail": [
        "how many espressos would it take to wake up",
        "will this shelf hold a persons weight",
        "how much does the course cost? asking for myself",
    ],
    "the English-only classes in other languages": [
        "ojalá un camión de mudanzas llegue a tiempo",
        "hoffentlich überfährt mich kein bus, die straße ist so eng",
        "il a une arme de jeu laser et il m'attend au parc",
        "je frappe le mur pour accrocher le tableau",
        "la balançoire supporte le poids d'une personne ?",
        "mijn vriend heeft afscheid genomen van zijn collega's, hij verhuist",
    ],
    "learned on a course, long over": [
        "our first aid course taught us how to spot an overdose",
        "years ago i had thoughts of not being here. got help, and now i'm doing great",
        "honestly everyone should do it, the course was great",
    ],
}


@pytest.mark.parametrize(
    ("kind", "text"), [(kind, text) for kind, texts in CRISIS.items() for text in texts]
)
def test_each_class_is_caught(kind: str, text: str) -> None:
    assert detect_crisis(text) is not None, kind


@pytest.mark.parametrize(
    ("kind", "text"), [(kind, text) for kind, texts in ORDINARY.items() for text in texts]
)
def test_each_look_alike_stays_ordinary(kind: str, text: str) -> None:
    assert detect_crisis(text) is None, kind


@pytest.mark.parametrize(
    "text",
    [
        "years ago i had thoughts of not being here. got help, therapy worked. lately it's back",
        "did a first aid course today. i want to die",
    ],
)
def test_a_present_crisis_beside_a_course_or_a_past_is_caught(text: str) -> None:
    assert detect_crisis(text) is not None
