"""Hindi (romanised Hinglish and Devanagari) and Indonesian crisis patterns.

Romanised Hindi has no fixed spelling, so endings and vowels vary ("chahta hu",
"chahti hoon", "nhi", "nahi"); "\u093c" (nukta) is folded away in Devanagari.
"""

from __future__ import annotations

from engine.safety._kinds import Lexicon

_HU = r"(?:hu|hoon|hun|hoo|h|hai)"
_NAHI = r"(?:nahi|nahin|nhi|nai|na)"
_CHAH = r"(?:chahta|chahti|chahata|chahati|chaahta|chaahti|chata|chati)"

HI: Lexicon = {
    "ideation": (
        rf"\b(?:mar|marna|mar jana|mar jaana|marjana|khatam hona) {_CHAH}\b",
        rf"\bmarna {_CHAH} {_HU}\b",
        r"\bmar (?:jaun|jau|jaaun|jaaon|jaana chahiye|jaunga|jaungi|jaaunga|jaaungi)\b"
        r"(?! (?:hans|hasi|hass|khushi|sharam|bhookh|garmi))",
        r"\b(?:khudkushi|khudkhushi|aatmahatya|atmahatya|atmhatya|aatmhatya|aatmhattya|atmhattya)\b",
        r"\bkhud ko (?:maar|mar|khatam|khtm|khatm) (?:kar )?(?:dunga|dungi|doon|du|lena"
        r"|lu|lunga|lungi|"
        r"dalunga|dalungi|dena)\b",
        rf"\b(?:jeena|jina|jeene ka|jine ka) (?:{_NAHI} {_CHAH}|man {_NAHI}|mann {_NAHI}|dil "
        rf"{_NAHI}|koi matlab {_NAHI})\b",
        r"\b(?:ab|mujhe) (?:ab )?(?:jeena|jina) (?:hi )?(?:nahi|nhi) (?:hai|h)\b",
        r"\b(?:apni )?jaan (?:dena|de dena|de dunga|de dungi|lena) (?:chahta|chahti)\b",
        r"\bjeene ki (?:koi )?(?:wajah|vajah|reason|ichha) (?:nahi|nhi) (?:dikhti|hai|bachi)\b",
        rf"\bjeene ki (?:ichha|iccha|ichchha|wajah|vajah) {_NAHI}\b",
        r"\b(?:zindagi|jindagi|life) (?:khatam|khtm|khatm|end) kar (?:dunga|dungi|du|lu"
        r"|lunga|lungi|"
        r"deni|dena)\b",
        r"\b(?:zindagi|jindagi|khud ko|sab kuch|sab) (?:khatam|khtm) karne (?:ka|ki) (?:mann"
        r"|man|soch|"
        r"irada|khayal|dil)\b",
        r"\bsab (?:khatam|khtm) kar (?:dunga|dungi|du|dena|lunga)\b",
        r"\b(?:sab|sabko|sabki|ghar walon ko|family ko) (?:mere bina|mere baad) (?:behtar|accha|"
        r"achha|khush|zyada khush)\b",
        r"\bmere bina sab (?:khush|behtar|accha|achha)\b",
        r"\b(?:bojh|bojha) (?:hu|hoon|hun|hoo|h)\b",
        rf"\b(?:subah|kal) (?:uthna|uthne ka) (?:hi )?{_NAHI}\b",
        r"\b(?:hamesha ke liye|humesha ke liye) (?:gayab|gaayab|khatam) ho (?:jaun|jau|jaana)\b",
        rf"\b(?:ab|aur) {_NAHI} (?:jee|ji) (?:sakta|sakti|paunga|paungi)\b",
        r"\b(?:main|mai) (?:mar jaun|na rahun|nahi rahun|chala jaun|chali jaun) (?:toh|to) kisi ko "
        r"(?:farak|fark|fark nahi|koi farak)\b",
    ),
    "method": (
        r"\b(?:pul|bridge|chhat|chat|building|terrace) se (?:kood|kud|koodna|kudna|jump)\w*",
        r"\b(?:phansi|faansi|fansi|fanda) (?:laga|lagana|lagaunga|lagaungi|lagane)\w*",
        r"\b(?:neend ki|sleeping) (?:goliyan|goli|pills) (?:kha|khaa|le) (?:lunga|lungi|lu|li|liya|"
        r"loon)\b",
        r"\bkitni (?:goliyan|goli|tablets|pills)\b(?: \w+){0,5} (?:mar|maut|marne)\b",
        r"\b(?:train|gaadi|truck) ke (?:aage|neeche|niche) (?:kood|aa|jump|lait)\w*",
        r"\b(?:nas|nasein|kalai|wrist) kaat\w*",
        r"\bzeher (?:kha|pee|pi)\w*",
    ),
    "preparation": (
        r"\b(?:aakhri (?:khat|letter|chitthi|message)|alvida (?:sabko|sab ko|dosto))\b",
        r"\bmere jaane ke baad\b",
        r"\bapna saman (?:de diya|baant|baat) \w*",
    ),
    "self_harm": (
        r"\bkhud ko (?:chot|takleef|dard|hurt|nuksan|nuksaan) (?:pahuncha|pohcha|de|deta"
        r"|deti|karta|"
        r"karti|kar)\w*",
        r"\b(?:haath|hath|baazu|bazu) (?:pe|par)? ?(?:blade|cut|kaat)\w*",
    ),
    "abuse": (
        r"\b(?:pati|husband|boyfriend|bf|papa|pitaji|sasur|saas|bhai|devar|woh|wo) (?:mujhe|muje|"
        r"mereko) (?:maarta|maarte|marta|marte|peet\w*|mara|maara|dhamki|dhamkata|band kar)\w*",
        r"\bjaan se maar(?:ne)? ki dhamki\b",
        r"\b(?:pati|husband|boyfriend|bf|papa|pitaji|sasur|saas|bhai|devar|woh|wo) (?:\w+ "
        r"){1,2}(?:mujhe|"
        r"muje|mereko) (?:maarta|maarte|marta|marte|peet\w*|mara|maara)\w*",
        r"\bmujhe (?:\w+ )?peet (?:ta|te|ti)\b",
        r"\bghar (?:jaane|jane|aane) se (?:darr|dar|dar lagta)\w*",
        r"\bghar (?:pe|par|mein) (?:safe|surakshit) (?:nahi|nhi)\b",
    ),
}

# Devanagari patterns: no \b around combining vowel signs, so plain substrings.
HI_DEVANAGARI: Lexicon = {
    "ideation": (
        r"मरना चाहत[ाी]",
        r"मर जाना चाहत[ाी]",
        r"(?:जीना|जीने) नहीं चाहत[ाी]",
        r"जीने की (?:इच्छा|वजह) नहीं",
        r"खुद को (?:मार|खत्म)",
        r"ज़?िंदगी खत्म कर",
        r"मेरे बिना (?:सब|सभी)",
        r"बोझ (?:हूँ|हूं|हु)",
    ),
    "method": (r"फांसी|फाँसी", r"नस काट", r"नींद की गोलियां", r"(?:पुल|छत) से कूद"),
    "self_harm": (r"खुद को (?:चोट|नुकसान)",),
    "abuse": (r"(?:पति|वो|पापा) मुझे मारत[ाे]", r"जान से मारने की धमकी", r"घर जाने से डर"),
}

_ID_ME = r"(?:aku|saya|ku|gue|gw|gua)"
_ID_NO = r"(?:gak|ga|nggak|ngga|enggak|tidak|tak|ndak)"

ID: Lexicon = {
    "ideation": (
        r"\b(?:ingin|pengen|pingin|pengin|mau|kepengen|pgn|pngn|ingin sekali) (?:banget )?(?:mati|"
        r"mati aja|mati saja|mengakhiri hidup\w*|bunuh diri|menghilang selamanya|hilang selamanya|"
        r"tidur selamanya|gak bangun lagi)\b(?! (?:gaya|lampu|kutu|ketawa|listrik|rasa)\w*)",
        r"\b(?:mending|lebih baik|mendingan) (?:aku |saya |gue )?mati\b(?! (?:gaya|lampu|kutu)\b)",
        r"\bmengakhiri hidup\w*|\bakhiri hidup\w*",
        rf"\b{_ID_NO} (?:mau|ingin|pengen) (?:hidup|bangun) lagi\b",
        r"\b(?:capek|cape|capai|lelah|cpk) (?:banget )?(?:hidup|menjalani hidup)\b(?! (?:di"
        r"|sama|dengan)"
        r"\b)",
        r"\b(?:semua|semua orang|keluarga\w*|mereka) (?:lebih baik|lebih bahagia|bakal "
        r"lebih baik) "
        rf"(?:tanpa {_ID_ME}|tanpaku)\b",
        rf"\b{_ID_ME} (?:cuma|hanya|cuman) (?:jadi )?beban\b"
        r"(?!(?: \w+){0,2} (?:tim|kantor|kerja|proyek|kelompok)\b)",
        r"\b(?:hidup|hidupku) (?:gak|ga|tidak) ada (?:artinya|gunanya|arti)\b",
        rf"\b{_ID_NO} ada (?:alasan|gunanya) (?:untuk|buat) hidup\b",
        rf"\b{_ID_NO} ada yang (?:peduli|bakal kangen|akan merasa kehilangan) (?:kalau|kalo|jika) "
        rf"{_ID_ME} (?:mati|pergi|hilang)\b",
        r"\bpengen (?:menghilang|hilang) (?:aja )?dari dunia\b",
        rf"\b{_ID_NO} (?:mau|ingin|pengen) (?:ada )?di dunia ini lagi\b",
        r"\btidur (?:dan|terus|trus) (?:gak|ga|tidak|nggak|ngga) bangun lagi\b",
    ),
    "method": (
        r"\b(?:loncat|lompat|terjun) dari (?:jembatan|gedung|atap|lantai|balkon)\b",
        r"\bgantung diri\b",
        r"\b(?:nyiapin|menyiapkan|siapin|udah siapin) tali\b",
        r"\b(?:minum|nelen|menelan) (?:semua|banyak|sebotol) (?:obat|pil)\b",
        r"\boverdosis\b",
        r"\bberapa (?:banyak )?(?:pil|obat|butir)\b(?: \w+){0,5} (?:mati|overdosis|meninggal)\b",
        r"\bnabrakin diri\b|\bmenabrakkan diri\b",
    ),
    "preparation": (
        r"\b(?:surat|pesan) (?:perpisahan|terakhir|wasiat)\b",
        r"\b(?:membagikan|bagiin|ngasih|memberikan) (?:semua )?barang[- ]?barang\w*\b",
        r"\bselamat tinggal (?:semua|semuanya|dunia)\b",
        r"\b(?:kalau|kalo|nanti) (?:aku|saya|gue) (?:udah|sudah) (?:gak ada|tiada|pergi)\b",
    ),
    "self_harm": (
        r"\b(?:menyayat|nyayat|sayat|silet) (?:tangan|lengan|nadi|diri)\w*",
        r"\b(?:melukai|nyakitin|menyakiti|ngelukain) (?:diri|diriku|dirimu)(?: sendiri)?\b",
    ),
    "abuse": (
        rf"\b(?:suami\w*|pacar\w*|ayah\w*|bapak\w*|papa\w*|dia) (?:sering |selalu |lagi )?"
        rf"(?:memukul|mukul|mukulin|nampar|menampar|mengancam|ngancam|menendang|nendang|mencekik|"
        rf"ngurung|mengurung|memperkosa) (?:{_ID_ME}|aku|saya)\b",
        r"\b(?:suamiku|pacarku|ayahku) (?:sering |selalu )?(?:memukul|mukul|nampar|menampar|"
        r"mengancam|mencekik)\w*",
        r"\bmengancam (?:akan )?(?:membunuh|bunuh)\w*",
        r"\btakut pulang(?: ke rumah)?\b",
        rf"\b{_ID_NO} aman di rumah\b",
        r"\b(?:aku|saya) (?:diperkosa|dipukuli|dianiaya)\b",
    ),
}
