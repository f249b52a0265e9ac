"""Hard wording that needs no pair: slang and euphemisms for suicide, wishes to be taken.

Each entry is a class written in every language the detector covers, not a sentence:
the internet's words for killing oneself (выпилиться, 紫砂, "the permanent nap"), a
wish that God would take the speaker, "something stupid to myself", a harming act
repeated *till it bleeds*. The guards of the lexicon (negation, someone else, frames)
still apply.
"""

from __future__ import annotations

from engine.safety._kinds import Lexicon

HARD: Lexicon = {
    "ideation": (
        # Slang and euphemisms for killing oneself.
        r"\b(?:the|a) (?:long|big|eternal|permanent|forever) (?:nap|sleep|dirt nap)\b"
        r"(?! (?:on|at|in|this|after|before|today|tomorrow|tonight|sunday|saturday))",
        r"\bthe permanent one\b",
        r"\bkein bock mehr (?:aufs|auf das|auf mein) leben\b",
        r"\b(?:will|mochte|moechte) (?:einfach )?(?:weg )?fur immer (?:weg|einschlafen)\b",
        r"\beinfach weg fur immer\b",
        r"выпил(?:иться|юсь|ится|ился|илась)|роскомнадзорн\w*|самовыпил",
        r"紫砂|安心走了|结束自己的生命",
        r"もう死んでもいい|死んでもいいかな|消えてしまおう|いなくなりたい",
        # A wish that God would take the speaker.
        r"\b(?:god|lord|jesus|allah) (?:would |will |could |to )?(?:just )?take me\b",
        r"\b(?:que )?dios (?:me lleve|se me lleve|me recoja)\b|\bdeus (?:me leve|me levasse)\b",
        r"\bque dieu (?:me prenne|me reprenne|vienne me chercher)\b",
        r"\bdio (?:mi prenda|mi porti via|mi prendesse)\b",
        r"\bgott mich (?:zu sich )?(?:holt|holen|nimmt)\b|\bgod mij (?:komt )?(?:halen|neemt)\b",
        r"\bbog mnie (?:zabierze|zabral|wezmie)\b|\ballah (?:canimi|beni) (?:alsin|alsa)\b",
        r"бог (?:меня )?(?:забрал|забрал бы|заберет)(?: меня)?",
        r"\b(?:bhagwan|bhagvan|upar wala|allah) (?:mujhe )?(?:utha le|bula le)\w*\b",
        r"\b(?:tuhan|allah) (?:ambil|cabut) (?:nyawaku|aku|nyawa saya)\b",
        r"神様[がに](?:連れて|迎えに)|老天(?:把我)?(?:带走|收了我)|上帝(?:把我)?带走",
        r"(?:ربنا|الله) (?:ياخدني|ياخذني|ياخذ روحي|ياخد روحي)",
        r"भगवान (?:मुझे )?(?:उठा ले|बुला ले)",
        # Not surviving the week: something stupid, "me foutre en l'air" before a day.
        r"\b(?:without )?doing something (?:stupid|dumb|drastic) to myself\b",
        r"\b(?:me foutre|me jeter) en l ?air\b",
        r"\bno (?:alarm|inbox|work|emails?) no me\b",
        # A goal of *not* killing oneself before a day: the act is planned for after it.
        r"\b(?:ne pas|not|no|nao|non|nicht|niet|nie) (?:me foutre en l ?air|kill myself|"
        r"suicidarme|matarme|me matar|me suicider|uccidermi|ammazzarmi|mich umbringen|"
        r"mezelf van kant maken|zabic sie) (?:avant|before|until|till|antes del?|ate|prima di|"
        r"vor|voor|przed)\b",
        # Not being here any more, with nothing after that makes it a place or a job.
        r"\b(?:tanto |dopo )?non ci saro piu\b(?! (?:in|al|a|da|alla|alle|per|su)\b)",
        r"\bik ben er (?:dan |toch |dan toch )?niet meer\b(?! (?:op|in|bij|voor|om)\b)",
        r"\bich bin (?:dann |eh |dann eh )?nicht mehr da\b(?! (?:im|in|bei|am|fur|ab)\b)",
        r"\b(?:ya )?no estare (?:mas|aqui)\b(?! (?:en|a|para|por)\b)",
        r"\bje ne serai plus la\b(?! (?:au|a|en|pour|dans)\b)",
        r"\bnao (?:vou )?estar(?:ei)? mais aqui\b(?! (?:no|na|em|para)\b)",
        r"\bmnie juz nie bedzie\b(?! (?:w|na|u)\b)",
        r"\bgo to sleep and thats it\b",
    ),
    "self_harm": (
        r"\b(?:punch|hit|bang|smash)\w* (?:the )?walls? (?:till|til|until) (?:my )?(?:knuckles|"
        r"hands|fists|head) (?:bleed|bled|break|broke|split)\b",
        r"\bfirst time cutting in\b|\brelapsed (?:\w+ ){0,4}(?:cutting|cut myself|the razor)\b",
        r"\b(?:long sleeves|sleeves|a hoodie) (?:\w+ ){0,4}so (?:no one|nobody|noone) "
        r"(?:sees|can see|notices|will see) (?:my )?(?:arms|wrists|legs|cuts|scars|marks)\b",
        r"снова режусь|опять режусь|режусь (?:снова|опять)|снова (?:резала|резал|порезала) себя",
        r"\bfatt[ao] (?:di nuovo |ancora )?(?:dei )?tagli\b",
        r"又划了?自己|又割了?自己|又(?:开始)?自残|又切って|また(?:腕を)?切(?:った|って)",
    ),
}
