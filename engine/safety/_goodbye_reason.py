"""A goodbye with a reason, a decision with a day, things handed on, read across the message.

- a last message that says the person will not be heard from again ("this is my last
  check-in ... you won't hear from me again after tonight, so bye");
- a decision with a day and nothing else decided ("já decidi, vai ser sábado", "всё, я
  решила. в воскресенье.", "j'ai choisi le jour", "这周五就结束自己");
- pets, possessions or passwords handed on with an apology for everything or a secret
  ("gave my guitar and my cat to my sister, she doesn't know why", "oddałem psa kumplowi
  i zostawiłem mamie hasła"); an apology "for everything" as the whole message.

Look-alikes decide a restaurant or a move for Saturday, give the cat to a sitter for the
holidays, leave the passwords for the house-sitter, say sorry for everything *I said
last night* or end a subscription "you won't hear from me again, unsubscribe".
"""

from __future__ import annotations

import re

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

UNHEARD = (
    r"\b(?:(?:just )?not coming back,? ever|(?:dont|don t) want (?:anyone|anybody|someone) to "
    r"stop me(?! from)|so (?:nobody|no one) (?:can )?stops? me|no quiero que nadie me (?:detenga|"
    r"pare)|"
    r"pour que personne ne m ?arrete|damit mich (?:keiner|niemand) aufhalt|non voglio che nessuno "
    r"mi fermi|nao quero que ninguem me impeca|wil niet dat iemand me tegenhoudt|zeby nikt mnie "
    r"nie powstrzymal|kimse beni durdurmasin|biar (?:ga|gak|nggak) ada yang nyegah|koi mujhe na "
    r"roke|you (?:wont|will not|won t) (?:hear from|see|get) (?:me|anything from me)|this is my "
    r"last (?:check ?in|message|session|entry|text)|(?:no|nunca) (?:vas a )?(?:volver a )?saber "
    r"(?:nada )?de mi|ultimo mensaje|vous n ?entendrez plus parler de moi|mon dernier message|"
    r"du wirst nichts mehr von mir horen|meine letzte nachricht|non sentirai piu parlare di me|"
    r"il mio ultimo messaggio|nao vai mais ouvir falar de mim|minha ultima mensagem|je hoort "
    r"niets meer van me|mijn laatste bericht|nie uslyszysz juz ode mnie|moja ostatnia wiadomosc|"
    r"benden bir daha haber alamayacaksin|son mesajim|ini pesan terakhirku|ga bakal denger "
    r"kabar dari aku lagi|mera aakhri message|ab meri koi khabar nahi)\b|"
    r"больше (?:ты )?(?:обо мне |от меня )?не услышишь|моё последнее сообщение|мое последнее "
    r"сообщение|最後のメッセージ|もう連絡しない|最后一条消息|不会再收到我的消息|اخر رساله مني|"
    r"لن تسمع عني"
)
UNHEARD_ORDINARY = (
    r"\b(?:for (?:today|tonight|this week|now)|signing off|logging off|see you|talk (?:soon|"
    r"tomorrow|monday)|until monday|tot|hasta|jusqu\w*|bis|fino a|ate|kadar|sampai|vakantie|"
    r"vacaciones|vacances|urlaub|ferie|ferias|wakacje|tatil|liburan|chutti|unsubscrib\w*|"
    r"newsletter|spam|mailing list|vacation|holiday|trip|offline|off the "
    r"grid|retreat|detox|camp|new job|moving|until|till|next (?:week|month)|back on|back in|"
    r"for (?:a|two|the) (?:week|weeks|month|while)|hospital stay|surgery)\b"
)
DECIDED_DAY = (
    r"^(?:(?:thats it|ok|okay|so|alright|right) )?(?:i ?ve decided|i decided|i have decided|its "
    r"decided|ive picked the day|i picked the day) (?:its |it ll be |it will be )?(?:on )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)$|"
    r"\b(?:ja decidi vai ser (?:no |na )?\w+|ya decidi (?:\w+ )?(?:sera|va a ser) (?:el )?\w+|"
    r"j ?ai choisi le jour|j ?ai choisi la date|ich habe den tag gewahlt|ho scelto il giorno|"
    r"escolhi o dia|ik heb de dag gekozen|wybral\w* dzien|gunu sectim|aku udah milih harinya|"
    r"din chun liya)\b|^вс[её] я решил\w* в (?:понедельник|вторник|среду|четверг|пятницу|"
    r"субботу|воскресенье)$|决定了(?:\w* )?(?:这|下)?(?:周|星期)\w*结束|日を決めた|"
    r"اخترت اليوم"
)
DECIDED_ORDINARY = (
    r"\b(?:restaurant|dinner|party|wedding|move|moving|trip|flight|date night|interview|"
    r"exam|presentation|launch|meeting|gym|run|race|dentist|haircut|cake|birthday|"
    r"restaurante|cena|fiesta|fete|diner|feier|festa|jantar|feest|impreza|parti|pesta)\b"
)
END_SELF = r"结束自己|結束自己|自分を終わらせ|покончить с собой|انهي نفسي|\bend myself\b"
HANDED_ON = (
    r"\b(?:left (?:my )?(?:\w+ ){0,5}with my (?:brother|sister|mum|mom|dad|friend|best friend)|"
    r"gave (?:away )?(?:my|all my)|giving (?:away )?my|left (?:\w+ )?(?:my )?passwords|"
    r"di (?:mi|mis)|regale (?:mi|mis)|deje (?:\w+ )?(?:las )?contrasenas|j ?ai donne (?:mon|ma|"
    r"mes)|laisse (?:\w+ )?mes mots de passe|habe (?:meinen|meine|mein) \w+ (?:\w+ )?"
    r"(?:verschenkt|weggegeben|abgegeben)|ho dato via|ho regalato|dei (?:meu|minha|meus|"
    r"minhas)|heb (?:mijn )?\w+ weggegeven|oddal\w*|zostawil\w* (?:\w+ )?hasla|verdim "
    r"(?:\w+ )?(?:kedimi|kopegimi|gitarimi)|(?:kedimi|kopegimi|gitarimi|"
    r"esyalarimi) (?:\w+ )?verdim|sifreleri (?:\w+ )?biraktim|kutitipin|udah kukasih|"
    r"barang2? (?:udah )?kubagi|bagi bagiin|de diya|de di|giving (?:away )?(?:my|all)|"
    r"(?:kedimi|kopegimi) (?:de )?(?:\w+ )?biraktim)\b|送人了|写给我妈|отдал\w*|раздал\w*|"
    r"あげた|譲った|"
    r"送给了|وزعت اغراضي|اعطيت"
)
OWNED = (
    r"\b(?:keys|login|bank|chitarra|guitarra|guitare|gitarre|gitaar|gitara|gitar|bike|cat|dog|pets?|passwords?|plants|books|clothes|things|stuff|belongings|gato|"
    r"perro|chat|chien|katze|hund|gatto|cane|cachorro|kat|hond|kota|psa|kota|kedimi|kopegimi|"
    r"kucing\w*|anjing|barang\w*|kapde|libri|pc|laptop|savings|letter|lettera|surat|"
    r"contrasenas|mots de passe|passworter|hasla|sifre\w*)\b|"
    r"кошк\w*|собак\w*|вещи|猫|犬|ギター|狗|吉他|东西|اغراضي|قطتي"
)
HANDED_ORDINARY = (
    r"\b(?:for (?:the|a|one|two) (?:weekend|week|few days|night)|travel\w*|vacaciones|vacances|"
    r"urlaub|ferie|ferias|vakantie|wakacje|tatil|liburan|"
    r"chutti|viaje|voyage|viaggio|viagem|reis|podroz\w*|seyahat|sitter|house ?sit\w*|holiday|"
    r"holidays|vacation|trip|while i m away|while im away|"
    r"moving|allergic|allergy|new flat|smaller flat|decluttering|declutter|marie kondo|"
    r"charity shop|donat\w*|garage sale|outgrew|upgrade|birthday)\b"
)
SECRET_OR_SORRY = (
    r"\b(?:doesnt know why|doesn t know why|dont know why|better (?:she|he|they) (?:doesnt|"
    r"don t|dont) (?:know)?|sorry for everything|forgive me|no sabe por que|perdon por todo|"
    r"ne sait pas pourquoi|pardon pour tout|weiss nicht warum|tut mir leid fur alles|non sa "
    r"perche|scusa(?:te)? per tutto|nao sabe por que|desculpa por tudo|weet niet waarom|sorry "
    r"voor alles|nie wie dlaczego|przepraszam za wszystko|neden bilmiyor|her sey icin ozur|"
    r"maaf (?:ya )?(?:buat|untuk) semuanya|nahi pata kyun|sab ke liye maaf)\b|не знает почему|"
    r"прости\w* за вс[её]|理由は知らない|全部ごめん|对不起一切|原谅我|سامحوني|اسف على كل شي"
)
# Thanks, a letter, a last session or no more need, beside things handed on.
LAST_WORDS = (
    r"\b(?:(?:he|she|they) ?(?:ll|will) need (?:them|it) after$|thank(?:s| you) for everything|"
    r"wont be needing (?:them|it)|won t be needing|wont need "
    r"(?:them|it) anymore|(?:wrote|written|left) (?:a )?(?:letter|note)s? (?:for|to)|last session|"
    r"gracias por todo|une lettre pour|merci pour tout|danke fur alles|brief an|grazie di tutto|"
    r"ho scritto una lettera|obrigad[oa] por tudo|uma carta pra|bedankt voor alles|een brief "
    r"voor|dziekuje za wszystko|list do|veda mesaji|bu gece son|makasih (?:ya )?(?:udah|buat|"
    r"untuk)|surat buat|sesi terakhir|shukriya sab|aakhri session)\b|不用再|谢谢你一直|"
    r"ありがとう今まで|спасибо за вс[её]|شكرا على كل"
)
# A will made with the pets or things given out ("set up my will and picked which friend gets
# the dog"); a will after a house, a wedding or a baby, or on a lawyer's advice, is ordinary.
WILL = (
    r"\b(?:(?:set up|wrote|made|did|finished|updated) my (?:will|testament)|mi testamento|mon "
    r"testament|mein testament|il mio testamento|meu testamento|mijn testament|moj testament|"
    r"vasiyetimi|surat wasiat|wasiyat)\b|遗嘱|遺言|завещани\w*|وصيتي"
)
WHO_GETS = (
    r"\b(?:(?:picked|decided|chose|choose) (?:which|who) (?:\w+ )?gets|who gets (?:my|the) "
    r"(?:dog|cat|car|things|stuff)|quien se queda con|qui aura|wer (?:\w+ )?bekommt|chi avra|quem "
    r"fica com|wie (?:\w+ )?krijgt|kto dostanie|kim alacak|siapa yang dapat)\b|谁拿|誰がもらう|"
    r"кому достанется|مين ياخذ"
)
WILL_ORDINARY = (
    r"\b(?:house|mortgage|wedding|married|baby|newborn|lawyer|notary|solicitor|advice|insurance|"
    r"estate planning|casa|boda|bebe|abogado|maison|mariage|notaire|haus|hochzeit|anwalt|notar)\b"
)
# Affairs settled so nothing is left behind; a letter hidden "for after".
SETTLED = (
    r"\b(?:cancel(?:l)?ed (?:all )?my (?:subscriptions|accounts|contracts)|paid off (?:all )?my "
    r"debts|closed (?:all )?my (?:accounts|bank accounts))\b"
)
LEAVE_NO_MESS = (
    r"\b(?:leave a mess(?: behind)?|leave anything behind|so nobody has to (?:deal|sort)|nothing "
    r"(?:left )?to sort|for after|per dopo|para depois|pour apres|fur danach|voor (?:na|daarna)|na "
    r"potem|sonrasi icin|buat nanti kalau aku)\b"
)
HIDDEN_LETTER = (
    r"\b(?:(?:wrote|written|left) (?:a |my )?(?:letter|note)|(?:ho )?scritto una lettera|escrib\w* "
    r"una carta|ecrit une lettre|einen brief geschrieben|escrevi uma carta|een brief geschreven|"
    r"napisal\w* list|mektup yazdim|nulis surat|chitthi likhi)\b|написал\w* письмо|手紙を書い|"
    r"写了(?:一封)?信|كتبت رساله"
)
SORRY_ALONE = (
    r"^(?:im |i m |i am )?(?:so |really )?sorry for everything(?: truly| really| i mean it)?$|"
    r"^(?:perdon|perdoname) por todo$|^pardon pour tout$|^(?:es )?tut mir leid fur alles$|"
    r"^scusate per tutto$|^desculpa(?:m)? por tudo$|^przepraszam za wszystko$|^простите за вс[её]$"
)


# "Not to a new job. Just not coming back, ever": the job denied is no ordinary reason.
NOT_A_JOB = re.compile(r"\bnot (?:to|for) a new job\b")


def match_goodbye_reason(reading: str) -> CrisisSignal | None:
    """A last goodbye, a decision with a day, things handed on with a secret or an apology."""
    (
        unheard,
        unheard_ok,
        decided,
        decided_ok,
        end_self,
        handed,
        owned,
        handed_ok,
        secret,
        alone,
        last,
        will,
        who_gets,
        will_ok,
        settled,
        no_mess,
        letter,
    ) = folded_patterns(
        UNHEARD,
        UNHEARD_ORDINARY,
        DECIDED_DAY,
        DECIDED_ORDINARY,
        END_SELF,
        HANDED_ON,
        OWNED,
        HANDED_ORDINARY,
        SECRET_OR_SORRY,
        SORRY_ALONE,
        LAST_WORDS,
        WILL,
        WHO_GETS,
        WILL_ORDINARY,
        SETTLED,
        LEAVE_NO_MESS,
        HIDDEN_LETTER,
    )
    flat = flattened(reading).strip()
    if (e := end_self.search(flat)) is not None:
        return CrisisSignal(category="suicide", phrase=e.group(0), kind="ideation")
    u = unheard.search(flat)
    near = NOT_A_JOB.sub(" ", flat[max(0, u.start() - 30) : u.end() + 50]) if u else ""
    if u is not None and unheard_ok.search(near) is None:
        return CrisisSignal(category="suicide", phrase=u.group(0), kind="preparation")
    if (d := decided.search(flat)) is not None and decided_ok.search(flat) is None:
        return CrisisSignal(category="suicide", phrase=d.group(0), kind="preparation")
    h = handed.search(flat)
    told = secret.search(flat) or last.search(flat)
    if h is not None and owned.search(flat) and told and not handed_ok.search(flat):
        return CrisisSignal(category="suicide", phrase=h.group(0), kind="preparation")
    if (w := will.search(flat)) is not None and who_gets.search(flat) and not will_ok.search(flat):
        return CrisisSignal(category="suicide", phrase=w.group(0), kind="preparation")
    left = settled.search(flat) or letter.search(flat)
    if left is not None and no_mess.search(flat) and not will_ok.search(flat):
        return CrisisSignal(category="suicide", phrase=left.group(0), kind="preparation")
    if (s := alone.match(flat)) is not None:
        return CrisisSignal(category="suicide", phrase=s.group(0), kind="preparation")
    return None
