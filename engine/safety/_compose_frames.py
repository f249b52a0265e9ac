"""Frames of the compositional layer that are whole patterns: heights, dates, strangling.

Written folded (no accents); compiled by `_compose` on first use.
"""

from __future__ import annotations

HEIGHT = (
    r"\b(?:bridge|roof|rooftop|building|ledge|cliff|balcony|window|tower|height|floor|"
    r"brucke|dach|hochhaus|fenster|pont|toit|immeuble|fenetre|puente|azotea|edificio|ventana|"
    r"altura|ponte|telhado|predio|janela|tetto|palazzo|finestra|brug|dak|flat|raam|most|"
    r"balcon|balcone|varanda|balkon|sacada|"
    r"wiezowiec|okno|kopru|cati|bina|pencere|pul|chhat|khidki|jembatan|atap|gedung|jendela)\b|"
    r"мост|крыш|окн|балкон|橋|屋上|窓|ベランダ|桥|楼|天台|阳台|窗|جسر|سطح|نافذه|الشرفه|शत"
)
HEIGHT_FINAL = (
    r"\b(?:high enough|tall enough|how high|how tall|not survive|survive|fatal|lethal|to die|"
    r"jump|jumping|saltar|pular|sauter|springen|saltare|skoczyc|atlamak|kudna|lompat|"
    r"hoch genug|assez haut|suficiente|sobreviver|sobrevivir|uberlebt|survivre|sopravvivere|"
    r"hoog genoeg|przezyc|wystarczajaco|yeterince|cukup tinggi)\b|прыгн|выжить|飛び降り|跳|اقفز"
)
HIGHEST = (
    r"\b(?:highest|tallest)\b"
    r"(?=.{0,60}\b(?:at night|alone|get onto|get on|climb over|access|fence|railing)\b)"
)

# Not expecting to live to a date ("i dont think ill make it to my birthday").
NOT_MAKING_IT = (
    r"\b(?:dont think|do not think|doubt|not sure|no idea if) (?:that )?(?:i|ill|i will|id) "
    r"(?:\w+ )?make it (?:to|till|until|through) (?:my (?:birthday|\d+\w*)|christmas|next "
    r"(?:year|month|week|summer)|the end of (?:the|this) (?:year|month|week)|\d+|thirty|forty)"
    r"\b(?!(?: \w+){0,4} (?:party|dinner|meeting|deadline|flight|train|on time|in time)\b)"
)
# Hands on the neck, strangled: abuse in any language, whoever did it.
STRANGLED = (
    r"\b(?:chok(?:ed|es|ing) me|strangl\w* me|hands? (?:around|round|on) my (?:neck|throat)|"
    r"mani al (?:mio )?collo|strozzat\w*|(?:me|mi) (?:ha |han )?(?:strangolat\w*|soffocat\w*)|"
    r"me (?:ahorco|ahorca|estrangulo|estrangula|sufoco|sufocou|estrangulou)|"
    r"manos en (?:mi )?cuello|"
    r"m (?:a|as) etrangle\w*|mains autour de (?:mon )?cou|(?:hat|hatte) mich gewurgt|"
    r"wurgt mich|heeft me gewurgd|wurgde me|dusil\w* mnie|rece na (?:mojej )?szyi|"
    r"bogazimi sik\w*|beni bogmaya|gala dab\w*|mencekik\w*|cekik aku)\b|"
    r"душил\w* меня|душит меня|首を絞め|掐(?:我|住我)的?脖子|掐我|خنقني|يخنقني|गला दबा"
)
