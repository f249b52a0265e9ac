"""Polish, Turkish and Russian crisis patterns.

Plain reading: Polish and Turkish diacritics folded ("chcę" → "chce", "ölmek" → "olmek",
"ı" → "i"); Russian keeps Cyrillic with "ё" → "е".
"""

from __future__ import annotations

from engine.safety._kinds import Lexicon

PL: Lexicon = {
    "ideation": (
        r"\b(?:chce|chcialbym|chcialabym|wole|marze zeby|pragne) (?:juz )?(?:umrzec|nie "
        r"zyc|zniknac "
        r"na zawsze|nie istniec|sie nie obudzic|zasnac i sie nie obudzic|skonczyc ze soba)\b",
        r"\b(?:(?:chce|chcialbym|chcialabym|musze) sie zabic|zabic sie|zabije sie|zabilbym "
        r"sie|zabilabym sie|odebrac sobie zycie|odbiore sobie "
        r"zycie|skonczyc ze soba|skoncze ze soba|skonczyc z zyciem|powiesic sie|powiesze sie)\b",
        r"\bnie chce (?:juz )?(?:zyc|istniec|sie budzic|tu byc)\b",
        r"\bskonczyc z tym wszystkim\b",
        r"\b(?:wszyscy|rodzina|moja rodzina|swiat) (?:bylaby|byliby|beda|bedzie|bylby) "
        r"(?:szczesliwsi|szczesliwsza|lepiej|lepszy) beze mnie\b",
        r"\blepiej beze mnie\b",
        r"\bjestem (?:tylko |dla nich |dla wszystkich )?ciezarem\b",
        r"\bnie mam (?:po co|dla kogo) zyc\b",
        r"\b(?:moje )?zycie nie ma (?:juz )?sensu\b",
        r"\b(?:mam dosc|zmeczony|zmeczona) (?:zycia|zyciem)\b",
        r"\bnikt by (?:za mna )?nie (?:tesknil|zauwazyl)\b",
        r"\bnie widze sensu (?:zycia|zyc|w zyciu|dalej zyc|zeby zyc)\b",
        r"\bsie zabic\b",
        r"\bsie zabije\b",
        r"\bprzestac istniec\b",
        r"\bmysle o (?:smierci|tym zeby umrzec|samobojstwie)\b",
    ),
    "method": (
        r"\bile (?:tabletek|pigulek|lekow)\b(?: \w+){0,6} (?:umrzec|zabic|przedawkowac|"
        r"smiertelna)\b",
        r"\b(?:lyknac|wziac|polknac|wzialem|wzielam) wszystkie (?:tabletki|leki|pigulki)\b",
        r"\b(?:skoczyc|skocze|rzucic sie) (?:z|ze) (?:mostu|dachu|bloku|okna|balkonu|wiezowca)\b",
        r"\brzucic sie pod (?:pociag|samochod|tramwaj|ciezarowke)\b",
        r"\bprzedawkowa\w*",
        r"\bsmiertelna dawka\b",
    ),
    "preparation": (
        r"\blist(?:y)? pozegnaln\w*",
        r"\brozdaje (?:swoje |wszystkie )?rzeczy\b",
        r"\bpozegnac sie (?:ze wszystkimi|z rodzina|na zawsze)\b",
        r"\bkiedy mnie (?:juz )?nie bedzie\b",
        r"\bwybral(?:em|am) (?:date|dzien)\b",
    ),
    "self_harm": (
        r"\b(?:tne sie|sie tne|sie pocielam|sie pocialem|ciac sie|pocielam sie|pocialem "
        r"sie|ciecie sie|samookalecz\w*|krzywdze sie|"
        r"okaleczam sie|chce sie pociac|chce sie skrzywdzic|robie sobie krzywde)\b",
    ),
    "abuse": (
        r"\b(?:maz|moj maz|chlopak|moj chlopak|partner|ojciec|tata|ojczym|on|ona|zona|matka) "
        r"(?:mnie (?:bije|bil|pobil|dusi|dusil|szarpie|zamyka|zamknal|zgwalcil|zastrasza|kopie|"
        r"popycha|uderzyl|uderzyla|uderza|skrzywdzil)|(?:uderzyl|uderzyla|uderza|bije|bil"
        r"|pobil|dusi|dusil|szarpie|zamyka|zamknal|zgwalcil|zastrasza|kopie|"
        r"popycha) mnie)\b",
        r"\bgrozi(?:l)?,? ze mnie zabije\b",
        r"\bgrozi mi smiercia\b",
        r"\bboje sie (?:wracac|wrocic|isc) do domu\b(?! (?:po ciemku|w nocy sam\w*|przez burze)\b)",
        r"\bnie (?:jestem|czuje sie) bezpieczn\w* w domu\b",
        r"\b(?:zostalam zgwalcona|zgwalcil mnie|molestowal mnie)\b",
    ),
}

TR: Lexicon = {
    "ideation": (
        r"\b(?:olmek|olmeyi) (?:istiyorum|istiyom|isterdim|istiyordum)\b",
        r"\b(?:keske|bari) (?:olsem|olseydim|hic dogmasaydim|uyanmasam|yok olsam)\b",
        r"\bolsem de kurtulsam\b",
        r"\bolsem (?:kimse|kimsenin) (?:fark etmez|umursamaz|uzulmez|umurunda olmaz)\b",
        r"\bkendimi (?:oldur\w*|oldurece\w*|oldurmek|asmak|asacagim|asicam|yok etmek)\b",
        r"\bcanima kiy\w*",
        r"\bhayatima son (?:vermek|verece\w*|verme)\b",
        r"\b(?:yasamak|yasamaya devam etmek) istemiyorum\b",
        r"\byasamaktan (?:yoruldum|biktim|bikdim|sikildim)\b",
        r"\b(?:bir daha )?uyanmak istemiyorum\b",
        r"\b(?:sonsuza (?:kadar|dek) (?:kaybolmak|yok olmak)|yok olmak) istiyorum\b",
        r"\b(?:herkes|ailem|dunya|herkesin hayati) (?:bensiz|ben olmadan) daha (?:iyi|mutlu"
        r"|rahat)\b",
        r"\b(?:herkese|aileme) (?:yuk|yukten baska bir sey degil)(?:um|im|oluyorum)?\b",
        r"\byuk oluyorum\b",
        r"\byasamak icin (?:bir )?(?:sebebim|nedenim) (?:yok|kalmadi)\b",
        r"\bhayatin (?:bir )?anlami (?:yok|kalmadi)\b",
    ),
    "method": (
        r"\bkac (?:hap|ilac|tane hap|tane ilac)\b(?: \w+){0,5} (?:olur|oldurur|olmek|olume"
        r"|olurum)\w*",
        r"\b(?:butun|tum) (?:ilaclari|haplari) (?:icmek|icecegim|ictim|icsem|yutmak)\b",
        r"\bkendimi (?:kopruden|camdan|balkondan|binadan|catidan|trenin onune|arabanin onune) "
        r"at\w*",
        r"\bkopruden atla\w*",
    ),
    "preparation": (
        r"\bveda mektub\w*",
        r"\besyalarimi (?:dagit\w*|verdim|veriyorum)\b",
        r"\bherkesle vedalas\w*",
        r"\bben (?:gittikten|oldukten|olunce) sonra\b",
    ),
    "self_harm": (
        r"\bkendimi (?:kesiyorum|kestim|kesmek|yakiyorum|yaralamak|yaraliyorum)\b",
        r"\b(?:kollarimi|bileklerimi|bilegimi) (?:\w+ )?kes\w*",
        r"\bkendime zarar (?:veriyorum|vermek|verdim|verece\w*)\b",
        r"\bjilet\w* (?:ile|la|le)? ?(?:kendimi|kolumu)\b",
    ),
    "abuse": (
        r"\b(?:kocam|sevgilim|babam|esim|abim|uvey babam|o) (?:beni )?(?:dovuyor|dovdu|doverdi|"
        r"tehdit ediyor|kilitliyor|kilitledi|bogazimi sikti|tecavuz etti|itip kakiyor)\b",
        r"\bbeni oldurmekle tehdit\w*",
        r"\b(?:kocam|sevgilim|babam|esim|abim|o) (?:bana )?(?:vuruyor|vurdu|vuruyo|siddet "
        r"uyguluyor|"
        r"el kaldiriyor|tokat atti|tokat atiyor)\b",
        r"\beve (?:gitmekten|donmekten) korkuyorum\b",
        r"\bevde guvende (?:degilim|hissetmiyorum)\b",
        r"\btecavuze ugradim\b",
    ),
}

RU: Lexicon = {
    "ideation": (
        r"(?:хочу|хочется|хотел бы|хотела бы|мечтаю) (?:просто )?(?:умереть|сдохнуть|не жить|"
        r"исчезнуть навсегда|не просыпаться|уснуть и не проснуться|покончить с собой)",
        r"\b(?:покончить|покончу) с собой",
        r"\b(?:убить|убью) себя",
        r"\bне (?:хочу|хочется) (?:больше )?(?:жить|просыпаться|существовать)",
        r"\bлучше бы я (?:умер|умерла|не родился|не родилась)",
        r"\b(?:всем|семье|родным) (?:будет |было бы |станет )?лучше без меня",
        r"\bя (?:для всех |для них |только )?обуза",
        r"\bнет смысла (?:жить|просыпаться)",
        r"\b(?:устал|устала) жить",
        r"\bникто (?:не заметит|не будет скучать)(?: если я)?",
        r"\bсвести счеты с жизнью",
        r"\bуйти из жизни",
        r"\bпокончить с жизнью",
        r"\bне могу (?:больше )?так жить",
        r"\bне вижу смысла (?:в жизни|жить)",
    ),
    "method": (
        r"\b(?:спрыгнуть|прыгнуть|броситься|сброситься) (?:с|со) (?:моста|крыши|балкона|окна|"
        r"многоэтажки)",
        r"\bброситься под (?:поезд|машину|электричку)",
        r"\bповеситься",
        r"\bсколько (?:таблеток|снотворного)\b(?: \S+){0,5} (?:умереть|смертельн|чтобы не)",
        r"\b(?:выпить|выпила|выпил|наглотаться) (?:все )?(?:таблетк|таблеток|снотворн)",
        r"\bпередозировк",
        r"\bвскрыть вены",
        r"\bнакопил(?:а)? (?:таблетк|таблеток|снотворн)",
    ),
    "preparation": (
        r"\b(?:предсмертн|прощальн)\S* (?:записк|письм)",
        r"\bраздаю (?:свои )?вещи",
        r"\bпопрощаться со всеми",
        r"\bкогда меня не станет",
    ),
    "self_harm": (
        r"\b(?:режу|резать|порезать|порезала|порезал) (?:себя|себе (?:руки|вены))",
        r"\bселфхарм|\bсамоповрежд\S*",
        r"\bпричинить себе (?:боль|вред)",
        r"\bрежу (?:себе )?(?:руки|вены|запястья|ноги)",
        r"\bпорезал(?:а)? (?:себе )?(?:руки|вены|запястья|ноги)",
    ),
    "abuse": (
        r"\b(?:муж|парень|отец|отчим|он|она|жена) (?:меня )?(?:бьет|избивает|ударил|душит|душил|"
        r"угрожает|запирает|запер|изнасиловал)",
        r"\bугрожает (?:меня )?убить",
        r"\bбоюсь (?:идти|возвращаться) домой",
        r"\b(?:дома небезопасно|дома не в безопасности|не чувствую себя в безопасности дома)",
        r"\bменя изнасиловали",
    ),
}
