"""Absence wished for in everyday words, read across the message.

- others better, lighter or less stressed without the speaker ("everyone would be less
  stressed if i wasn't around anymore", "sin mí estarían más tranquilos");
- the speaker as a weight on others ("i'm only a weight on them", "je ne suis qu'un
  poids pour eux", "ich bin nur eine Last");
- not existing, disappearing or not getting up *sounding* better or easier ("disappearing
  sounds better lately", "einfach nicht mehr existieren wäre so viel leichter", "i hope
  next time i just don't get up");
- disappointment at still being here, at having woken up; feeling already finished;
  vanishing forever ("pengen ilang aja selamanya").

Look-alikes are a weight on the bar, a load of work, a team better off without a
meeting, disappearing for a weekend, a phone "finished", a laptop that doesn't get up.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

BETTER_WITHOUT = (
    r"\b(?:(?:everyone|everybody|they|people|my (?:family|parents|friends|kids)|the world|"
    r"things) (?:\w+ ){0,2}(?:would|d) (?:all )?be (?:so )?(?:less stressed|calmer|lighter|"
    r"relieved|freer|happier|better|fine|okay|ok)|(?:easier|lighter|calmer) for (?:everyone|"
    r"them|everybody))\b(?= (?:\w+ ){0,4}(?:if i (?:\w+ )?(?:wasnt|werent|was not|were not|"
    r"wasn t|weren t) (?:around|here|alive|there)|without me|with me gone|once im gone))|"
    r"\b(?:sin mi (?:\w+ ){0,2}estarian (?:mas )?(?:tranquil\w*|mejor|felices)|sans moi ils "
    r"(?:\w+ )?seraient (?:plus )?(?:tranquilles|mieux|heureux|soulages)|ohne mich (?:\w+ ){0,2}"
    r"(?:waren|hatten) (?:sie|alle) (?:es )?(?:leichter|besser|ruhiger|entspannter)|senza di me "
    r"(?:\w+ ){0,2}(?:starebbero|sarebbero) (?:piu )?(?:tranquill\w*|meglio|sereni|felici)|sem "
    r"mim (?:\w+ ){0,2}(?:ficariam|estariam) (?:mais )?(?:tranquil\w*|melhor|felizes)|zonder mij "
    r"(?:\w+ ){0,2}(?:zouden|hebben) ze (?:het )?(?:rustiger|beter|makkelijker)|beze mnie "
    r"(?:\w+ ){0,2}(?:mieliby|byloby im) (?:\w+ )?(?:lzej|lepiej|spokojniej)|ben olmasam "
    r"(?:\w+ ){0,2}(?:daha )?(?:rahat|mutlu|iyi) (?:olurlar|ederler)|tanpa aku (?:\w+ ){0,2}"
    r"(?:mereka )?(?:lebih )?(?:tenang|bahagia|lega)|mere bina (?:\w+ ){0,2}(?:sab )?(?:khush|"
    r"aaram se|sukoon se))\b|без меня (?:\w+ ){0,2}(?:всем|им) (?:было бы )?(?:легче|спокойнее|"
    r"лучше)|私がいない(?:方|ほう)が(?:みんな)?(?:楽|幸せ)|没有我(?:他们|大家)?(?:会)?(?:更)?"
    r"(?:轻松|开心|好过)|بدوني (?:\w+ )?(?:ارتاحوا|اريح|احسن)"
)
WEIGHT = (
    r"\b(?:(?:im|i am|i m|feel like i m|feel like im) (?:only|just|nothing but|always) "
    r"(?:a |an )?(?:weight|burden|load|drain|dead weight) (?:on|for|to) (?:them|everyone|"
    r"everybody|my (?:family|parents|friends|wife|husband|kids))|solo soy (?:una )?(?:carga|"
    r"un peso) (?:para|en)|je ne suis qu ?un (?:poids|fardeau) pour|ich bin (?:doch )?nur "
    r"(?:eine )?(?:last|belastung) fur|sono solo un (?:peso|fardello) per|sou so um (?:peso|"
    r"fardo) (?:para|pra)|ik ben alleen maar (?:een )?(?:last|blok aan het been) voor|jestem "
    r"tylko (?:ciezarem|obciazeniem) dla|sadece (?:bir )?yukum|cuma (?:jadi )?beban (?:buat|"
    r"bagi|untuk)|bas ek bojh hoon)\b|я только (?:обуза|груз|бремя) для|я (?:для них )?только "
    r"обуза|(?:みんなの)?お荷物でしかない|我只是(?:大家的|他们的)?(?:累赘|负担)|انا مجرد عبء"
)
SOUNDS_BETTER = (
    r"\b(?:(?:disappearing|vanishing|not existing|not being here|not being around|not waking up|"
    r"never waking up|being gone|falling asleep (?:forever|for good)) (?:\w+ ){0,2}(?:sounds|"
    r"seems|feels|looks|would be) (?:\w+ ){0,2}(?:better|easier|nicer|lighter|good|peaceful|"
    r"appealing)|desaparecer (?:\w+ ){0,2}(?:suena|parece|seria) (?:\w+ ){0,2}(?:mejor|mas "
    r"facil)|disparaitre (?:\w+ ){0,2}(?:me semble|serait|parait) (?:\w+ ){0,2}(?:mieux|plus "
    r"simple|plus facile)|(?:nicht mehr (?:da sein|existieren|aufwachen)|verschwinden) (?:\w+ )"
    r"{0,2}(?:ware|klingt) (?:\w+ ){0,3}(?:leichter|besser|einfacher|schoner)|sparire (?:\w+ )"
    r"{0,2}(?:sembra|sarebbe) (?:\w+ ){0,2}(?:meglio|piu facile)|desaparecer (?:\w+ ){0,2}"
    r"(?:parece|seria) (?:\w+ ){0,2}(?:melhor|mais facil)|verdwijnen (?:\w+ ){0,2}(?:lijkt|zou) "
    r"(?:\w+ ){0,2}(?:beter|makkelijker)|zniknac (?:\w+ ){0,2}(?:byloby|brzmi) (?:\w+ ){0,2}"
    r"(?:lepiej|latwiej|lzej)|yok olmak (?:\w+ ){0,2}(?:daha )?(?:kolay|iyi) (?:gibi|olurdu)|"
    r"menghilang (?:\w+ ){0,2}(?:kayaknya|rasanya) (?:lebih )?(?:enak|gampang|baik)|gayab ho "
    r"jana (?:\w+ ){0,2}(?:behtar|aasaan))\b|исчезнуть (?:\w+ ){0,2}(?:было бы|кажется) "
    r"(?:\w+ )?(?:легче|лучше|проще)|消えた(?:方|ほう)が楽|消失(?:\w+ )?(?:会)?(?:更)?(?:好|轻松)|"
    r"اختفي (?:\w+ )?احسن"
)
STILL_HERE = (
    r"\b(?:(?:disappointed|annoyed|sad|upset|angry) (?:\w+ ){0,2}(?:that )?(?:i ?m|i am|im) still "
    r"(?:here|alive|breathing)|disappointed (?:i|to have|that i) woke up|(?:hope|hoping|wish|"
    r"wishing|pray|praying) (?:\w+ )"
    r"{0,2}i (?:just )?(?:dont|don t|do not|wont|never) (?:get up|wake up|come round)"
    r"(?: again)?\b(?! (?:early|before|at|till|until|for)\b)|decepcionad[oa] de (?:que )?"
    r"(?:\w+ )?seguir (?:aqui|vivo|viva)|decu\w* d ?etre encore la|enttauscht,? dass ich (?:noch|"
    r"immer noch) (?:da|hier|am leben) bin|delus\w* di essere ancora qui|decepcionad[oa] por "
    r"(?:ainda )?estar aqui|teleurgesteld dat ik er nog ben|zawiedzion\w* ze (?:wciaz|nadal) "
    r"zyje|hala yasadigim icin (?:uzgun|hayal kirikl)\w*|kecewa (?:\w+ )?masih (?:hidup|ada)|"
    r"(?:already|totally|completely) (?:finished|done for)(?= (?:tbh|honestly|inside|really)|$)|"
    r"(?:pengen|mau|ingin) (?:ilang|hilang|lenyap) (?:aja )?(?:selamanya|untuk selamanya)|"
    r"hamesha ke liye gayab)\b|разочарован\w* что (?:я )?(?:ещ[её] )?(?:жив\w*|здесь)|"
    r"まだ生きてることにがっかり|还活着(?:就)?(?:很)?失望|اني لسه عايش"
)
WISH_GONE = (
    r"\b(?:(?:easier|better) (?:time|life|lives) without (?:\w+ ){0,3}(?:burden|weight) like me|"
    r"(?:might|gonna|going to|wanna|want to|thinking (?:of|about)|could) (?:actually |just |"
    r"finally )?end it(?: all)?(?: (?:tbh|ngl|fr|honestly|lol|tonight))?$|not (?:being|be) "
    r"(?:alive|here|around) for (?:it|that|next (?:week|month|year))$|quitarme de en medio(?! de)|"
    r"(?:een )?einde? maken aan alles|(?:ngakhirin|mengakhiri|"
    r"akhirin) (?:hidup\w*|nyawa\w*)|(?:apni )?zindagi (?:bhi )?khatam|sab khatam kar "
    r"(?:doon|du|dun),? apni zindagi|(?:wanna|want to|gonna) dye\b(?! (?:my|it|the|her|his|a|some|"
    r"them|this|that|our)\b)|"
    r"stanc[ao] di esistere$|cansei de existir$|cansad[oa] de existir$|het bestaan (?:zo )?moe|"
    r"fatigue d ?exister|marre d ?exister|mude zu existieren|es leid,? zu existieren|zmeczon\w* "
    r"istnieniem|var olmaktan yoruldum|capek (?:ada|eksis)(?: di dunia)?$|(?:disappear|"
    r"vanish) from this world|desaparecer de este mundo|disparaitre de ce monde|"
    r"von dieser welt verschwinden|sparire da questo mondo|sumir desse mundo|verdwijnen van deze "
    r"wereld|zniknac z tego swiata|bu dunyadan (?:yok olmak|kaybolmak)|(?:ngilang|hilang|lenyap) "
    r"dari dunia|duniya se gayab|(?:go on|carry on|be) (?:just )?fine if i (?:\w+ )?(?:stopped|"
    r"disappeared|was gone|"
    r"wasnt here)$|(?:fall asleep|go to sleep|sleep) and (?:just )?be done with (?:everything|it "
    r"all|life|all of it)|(?:tout le monde|ils|elles|ma famille|"
    r"mes parents) (?:\w+ ){0,2}serai(?:en)?t (?:plus )?"
    r"(?:soulage\w*|mieux|tranquilles?|heureux) si je n ?etais (?:plus )?la|estarian (?:\w+ )?"
    r"(?:mejor|tranquil\w*|felices) si (?:yo )?no estuviera|waren (?:\w+ )?(?:besser dran|"
    r"erleichtert|glucklicher),? wenn ich nicht mehr da ware|starebbero (?:\w+ )?(?:meglio|"
    r"sollevati) se non ci fossi|estariam (?:\w+ )?(?:melhor|aliviados) se eu nao estivesse|"
    r"zouden (?:\w+ )?(?:beter af zijn|opgelucht zijn) als ik er niet meer was|(?:ga|gak|nggak|"
    r"tidak) usah bangun lagi|(?:wish|wishing) (?:\w+ ){0,2}i (?:wasnt|werent|was not|"
    r"were not) (?:here|around|alive) "
    r"(?:anymore|any more)|(?:si|se) (?:je )?m ?endormais et (?:que )?(?:je )?(?:ne )?me "
    r"reveillais pas|wunsch\w* (?:\w+ ){0,3}ich ware nicht mehr da|vorrei non (?:esserci|"
    r"svegliarmi) piu|queria (?:nao )?(?:estar|acordar) mais|ojala no despertara|ojala ya no "
    r"estuviera|zou willen dat ik er niet meer was|lepiej (?:by )?bylo(?:by)? gdybym (?:\w+ ){0,3}"
    r"(?:zniknal|zniknela|umarl|umarla|nie zyl)\w*|keske (?:hic )?uyanmasam|keske olmasam|"
    r"andai aku "
    r"(?:ga|gak|nggak) ada|kaash main (?:na hota|na hoti|mar jaaun)|a7san law ma ba2a 3ayesh|"
    r"a7san law mot|ahsan law ma ba2a|nfsi amot)\b|хотел\w* бы,? чтобы меня не было|"
    r"покончить с (?:этим )?вс(?:ем|ём)(?! (?:этим )?(?:проектом|работой|делом))|"
    r"устал\w* существовать|存在するのに疲れ|تعبت من الوجود|исчезнуть из этого мира|"
    r"この世から消え|从这个世界消失|"
    r"اختفي من (?:هالدنيا|الدنيا)|"
    r"ما (?:عاد )?(?:ابغى|ابي|بدي|اريد) اعيش|いなくなれたら|要是我不在了就好了|"
    r"ياريت ما صحيت|احسن لو ما بقيت عايش"
)
ORDINARY = (
    r"\b(?:gym|bar|barbell|squat|deadlift|bench|lifting|workout|meeting|call|standup|project|"
    r"laptop|phone|battery|car|engine|for a (?:week|weekend|day|while)|vacation|holiday|trip|"
    r"beach|alarm|day off|tomorrow morning|saturday|sunday|weekend|before|early|until|till|"
    r"game|match|exam|deadline|essay|homework|thesis|report|presentation|team|tim|excel|reunion|"
    r"junta|reunion|sitzung|besprechung|riunione|reuniao|vergadering|spotkani\w*|toplanti|rapat|"
    r"kerja|kantor|wycieczc\w*|bagaz\w*|luggage|equipaje|viaje|trip|equipo|lunes)\b"
)


def match_absence_wished(reading: str) -> CrisisSignal | None:
    """Others better without me, me a weight, absence sounding easier, still here."""
    *wished, ordinary = folded_patterns(
        BETTER_WITHOUT, WEIGHT, SOUNDS_BETTER, STILL_HERE, WISH_GONE, ORDINARY
    )
    flat = flattened(reading).strip()
    for pattern in wished:
        if (found := pattern.search(flat)) is not None:
            near = flat[max(0, found.start() - 40) : found.end() + 70]
            if ordinary.search(near) is None:
                return CrisisSignal(category="suicide", phrase=found.group(0), kind="ideation")
    return None
