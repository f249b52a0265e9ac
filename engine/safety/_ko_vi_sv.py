"""Korean, Vietnamese and Swedish: the core crisis classes of three languages new in unseen18.

The other fifteen languages have whole lexicons; these three have, for now, the classes a
clinician hears first, read on the folded reading (Vietnamese and Swedish lose their marks:
"tự tử" reads "tu tu", "skära" reads "skara"):

- suicide said or wished: 자살 (unless a news story, a film or a prevention course frames
  it), 죽고 싶다, not waking up wished ("안 깨어났으면", "vill inte
  vakna"), no strength or wish to live ("orkar inte leva", "không muốn sống nữa"), "tự tử" or
  "tự sát" intended;
- a suicide note or a last weekend (유서, "sista helgen", "thư tuyệt mệnh");
- cutting oneself (자해, 손목을 긋다, "rạch tay", "skär mig");
- someone else who took a whole pack of pills, a threat to come and hurt someone, a child
  beaten bloody; a partner or parent who hits.

Look-alikes: 과제 때문에 죽겠다 and 자살골 (an own goal), "mệt muốn chết" and "từ từ thôi"
(slowly), "chết mất thôi" over a deadline, "bị đánh giá" (assessed), "det slog mig" (it struck
me), cutting a finger on the kitchen knife, fetching pills at the pharmacy.
"""

from __future__ import annotations

import re

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal, Kind
from engine.safety._normalise import flattened

# The bare word, which a news story, a film or a prevention course frames.
TERM = r"자살(?!골)|\b(?:tu sat|sjalvmord\w*)\b"
FRAMED = (
    r"예방|교육|뉴스|기사|영화|드라마|다큐|소설|통계|캠페인|\b(?:film|filmen|serie|bok|boken|"
    r"artikel|nyheter\w*|forebygg\w*|kurs|statistik|phong chong|tin tuc|bai bao|phim|truyen|"
    r"thong ke|chien dich)\b"
)
SUICIDE = (
    r"죽고 싶|죽어 ?버리고 싶|살고 싶지 않|사라지고 싶|(?:안|못) 깨어났으면|"
    r"깨어나지 않았으면|눈을? 안 떴으면|"
    r"\b(?:khong muon song(?: nua)?|chan song|(?:muon|dinh|nghi den|nghi toi|tinh|"
    r"co y dinh)(?: chuyen)? tu tu(?! (?:lam|hoc|tim|tap|xem|doc|thu|chay|an|noi|ke|giai|sua|"
    r"quen|len|xuong|thoi ma))|se tu tu(?= (?:thoi|that|roi|mat)\b)(?=.*\b(?:khong chiu noi|"
    r"het chiu noi|chan|met moi|khong con|bat luc)\b)|ta livet av mig|(?:vill|ville)(?: jag)? "
    r"(?:bara |helst )?do\b(?! (?:av|pa|fran))|orkar inte (?:leva|finnas|vara kvar)|(?:vill|"
    r"ville) inte (?:leva|finnas|vakna)(?! (?:tidigt|klockan|kl|innan|forran|pa|i|till)\b)|"
    r"ingen mening (?:med|att) leva)\b"
)
PREPARATION = (
    r"유서|\b(?:thu tuyet menh|viet thu tu biet|avskedsbrev|sista helgen (?:i livet|for mig)|"
    r"mitt sista brev)\b"
)
SELF_HARM = (
    r"자해|손목을? (?:긋|그었|그어)|칼로 (?:팔|손목|허벅지)|"
    r"\b(?:rach (?:tay|co tay|dui)|tu lam dau "
    r"(?:ban than|minh)|cat co tay|skar mig|skara mig|skadar mig sjalv|skada mig sjalv|rispar mig)"
    r"\b"
)
SELF_HARM_ORDINARY = (
    r"\b(?:fingret|tummen|fingern|kniven nar|lok|gronsak\w*|papper|rakhyvel\w* nar|i koket|"
    r"nau an|thai rau|cat rau)\b|요리|칼질"
)
DANGER = (
    r"(?:수면제(?:을|를)? (?:한 (?:통|병)|통째로|전부)|"
    r"약(?:을|를)? (?:한 (?:통|병)|통째로))(?: 다)? "
    r"(?:먹|삼켜|삼켰)|"
    r"\b(?:uong (?:ca|het|nguyen) (?:vi|lo|hop|chai) thuoc|tagit (?:en hel|hela|alla) "
    r"(?:burk\w*|kartong\w*|forpackning\w*|tabletter|piller)|"
    r"(?:hot|hotat)\w*(?: \w+){0,8} (?:ska|skulle) (?:\w+ ){0,5}(?:skada|doda|slå|sla) "
    r"(?:henne|honom|mig|oss|dem)|bi (?:\w+ ){0,3}danh(?! (?:thuc|gia|thue|roi|cap|truot|lua|bai|"
    r"dau|so))(?=.*\b(?:mau|bam tim|tim bam|suot|hang ngay|ngay nao cung|so hai)\b))"
)
ABUSE = (
    r"(?:남편|남친|남자친구|아빠|아버지|엄마)(?:이|가)? (?:또 )?(?:때려|때렸|때리)|"
    r"\b(?:(?:chong|ban trai|bo|cha) (?:\w+ ){0,3}danh (?:toi|minh|em|con)\b(?! (?:dan|bai|"
    r"cau|co))|(?:han|min (?:man|sambo|pojkvan|pappa|mamma|exman)|pappa|mamma) (?:\w+ ){0,2}"
    r"(?:slar|slog) mig(?! (?:i|pa) (?:schack|tennis|padel|kort|spel|poker|golf)))\b"
)


def match_ko_vi_sv(reading: str) -> CrisisSignal | None:
    """The core classes in Korean, Vietnamese and Swedish (see the module docstring)."""
    term, framed, suicide, preparation, harm, harm_ok, danger, abuse = folded_patterns(
        TERM, FRAMED, SUICIDE, PREPARATION, SELF_HARM, SELF_HARM_ORDINARY, DANGER, ABUSE
    )
    flat = flattened(reading).strip()
    if (found := term.search(flat)) is not None and framed.search(flat) is None:
        return CrisisSignal(category="suicide", phrase=found.group(0), kind="word")
    rules: tuple[tuple[re.Pattern[str], Kind], ...] = (
        (suicide, "ideation"),
        (preparation, "preparation"),
        (danger, "method"),
    )
    for pattern, kind in rules:
        if (found := pattern.search(flat)) is not None:
            return CrisisSignal(category="suicide", phrase=found.group(0), kind=kind)
    h = harm.search(flat)
    if h is not None and harm_ok.search(flat) is None:
        return CrisisSignal(category="self_harm", phrase=h.group(0), kind="self_harm")
    if (found := abuse.search(flat)) is not None:
        return CrisisSignal(category="abuse", phrase=found.group(0), kind="abuse")
    return None
