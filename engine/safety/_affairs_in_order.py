"""Affairs put in order and a goodbye, read across the whole message.

Each act alone is an ordinary errand: a pet left with a neighbour, a letter to mum,
passwords shared with a sister, a will, clothes given away, subscriptions cancelled.
Two of them, or one with a farewell ("this is our last session", "thank you for
everything", "none of what happens next is your fault", "on Friday it will all be
over"), is preparation. Two farewells with no reason given ("the last one, I wanted to
say goodbye properly") are too.

The look-alikes give the reason: a move abroad, a new job or coach, the programme's
end, surgery or a long trip, an estate planned with a lawyer; or they say when they
will talk again.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

PET = (
    r"\b(?:(?:gave|given|left|rehomed|entrusted|nitip\w*|titip\w*) (?:\w+ ){0,2}(?:cat|dog|pets?|"
    r"kucing\w*|anjing\w*)|(?:cat|dog) goes to|(?:regale|deje|di) (?:a )?mi (?:gato|perro)|"
    r"donne mon (?:chat|chien)|(?:katze|hund) (?:\w+ ){0,3}(?:gegeben|abgegeben)|"
    r"(?:dato|lasciato|regalato|affidato) il mio (?:gatto|cane)|(?:confie|donne) mon (?:chat|"
    r"chien)|(?:dei|deixei) (?:o )?meu (?:gato|cachorro)|"
    r"mijn (?:kat|hond) (?:\w+ ){0,3}gegeven|(?:oddal\w*) (?:\w+ ){0,2}(?:kota|psa)|"
    r"(?:kedimi|kopegimi) (?:\w+ ){0,2}(?:verdim|biraktim)|(?:billi|"
    r"kutta) (?:\w+ ){0,3}de di\w*)\b|"
    r"отдал\w* (?:\w+ ){0,2}(?:кошк\w*|кота|собак\w*)|猫を預け|把猫(?:送|给)|اعطيت قطتي"
)
LETTERS = (
    r"\b(?:goodbye (?:notes|letters)|(?:letters?|notes) (?:to|for) "
    r"(?:everyone|everybody|all of them)|cartas? (?:pra|para) todo (?:mundo|el mundo)|lettere? a "
    r"tutti|lettres? a tout le monde|briefe an alle|brieven aan iedereen|listy do wszystkich|"
    r"herkese mektup|surat (?:buat|untuk) semua|sabke liye (?:chitthi|khat)|(?:email|message) "
    r"(?:wrote|written|writing|left) (?:a )?(?:letters?|notes?) (?:to|for) (?:my|each|every|"
    r"mum|mom|dad)|letter (?:to|for) each|carta (?:pra|para|a) (?:cada|minha|mi|mis)|cartas de "
    r"despedida|lettre d ?adieu|abschiedsbrief\w*|lettera d ?addio|afscheidsbrie\w*|list\w* "
    r"pozegnaln\w*|veda mektub\w*|(?:anneme|babama|aileme) (?:bir )?mektup|surat (?:buat|untuk) "
    r"(?:mama|papa|ibu|ayah|keluarga)|(?:maa|mummy|papa) ke liye (?:chitthi|khat))\b|"
    r"(?:прощальн\w* )?письм(?:а|о) (?:всем|каждому)|написал\w* письма|прощальн\w* письм\w*|"
    r"家族への手紙|遗书|给家人写了信|رساله وداع"
)
PASSWORDS = (
    r"\b(?:(?:gave|passed|left|sent) (?:\w+ ){0,3}(?:my )?passwords|passwords to my|(?:senhas|"
    r"contrasenas|mots de passe|passworter|password|wachtwoorden|hasla) (?:\w+ ){0,2}(?:pra|para|"
    r"a|an|alla|aan|dla|ke|ku)|sifrelerimi|passwordku)\b|пароли|パスワードを(?:渡|教え)|"
    r"密码(?:都)?给了"
)
WILL = (
    r"\b(?:(?:made|wrote|written|updated|signed) (?:my|a) (?:will|testament)|testament (?:laten|"
    r"gemaakt)|mi testamento|mon testament|mein testament|il mio testamento|meu testamento|"
    r"testament\w* sporzadz\w*|vasiyetim\w*|surat wasiat|wasiat\w*|vasiyat)\b|завещани\w*|遺書|遗嘱"
)
BELONGINGS = (
    r"\b(?:gave away (?:all )?(?:my|most of my) (?:clothes|things|stuff|belongings)|"
    r"(?:donated|doei|done) (?:all )?(?:my|minhas|mes) (?:clothes|roupas|vetements)|"
    r"regale (?:todas )?mis cosas|meine sachen verschenkt|regalato le mie cose|mijn spullen "
    r"weggegeven|rozdal\w* (?:swoje )?rzeczy|esyalarimi dagit\w*|barang(?: ?barang)?ku (?:kubagi|"
    r"kukasih)|put my affairs in order|range tous mes "
    r"papiers|ordenado mis papeles|meine unterlagen geordnet|messo in ordine le mie cose|"
    r"organizei tudo|mijn zaken geregeld|uporzadkowal\w*|islerimi duzenle\w*)\b|"
    r"раздал\w* (?:свои )?вещи|привел\w* дела в порядок|身の回りの物\w*処分|処分して|身辺整理|"
    r"把东西都送人|处理好了后事"
)
FAREWELL = (
    r"\b(?:(?:this is|this might be|this will be|its|it was) (?:the|our|my) last (?:one|session|"
    r"check ?in|time)|(?:wanted|want) to say goodbye|say goodbye properly|thank(?:s| you) for "
    r"everything|for all the (?:coaching )?sessions|none of (?:this|what happens next) is your "
    r"fault|after that there (?:wont|will not) be anything|one for each (?:person|of them)|"
    r"nuestra ultima sesion|notre derniere seance|c etait notre derniere|remercier pour tout|"
    r"unsere letzte sitzung|danke fur alles|la nostra ultima seduta|grazie di tutto|nossa ultima "
    r"sessao|ate o fim|obrigad[oa] por tudo|onze laatste sessie|afscheid genomen|dat het afscheid "
    r"was|nasza ostatnia sesja|dziekuje za wszystko|her sey bitecek|son seans\w*|seanslar icin "
    r"tesekkur|for when the time comes|per quando sara il momento|para cuando llegue el momento|"
    r"quand le moment sera venu|wenn es so weit ist|para quando chegar a hora|voor als het zover "
    r"is|na kiedy przyjdzie czas|zamani gelince|kalau sudah waktunya|jab waqt aayega|"
    r"makasih (?:ya )?udah (?:dengerin|nemenin) aku selama ini|aakhri session|sab khatam "
    r"ho jayega)\b|последн\w* сесси\w*|спасибо за все|今までの\S*ありがとう|決めています|"
    r"когда придет время|その時が来たら|最后一次|谢谢你一直以来|شكرا على كل شيء"
)
# Errands that count only beside a farewell: an account closed, a gym cancelled, a mail
# scheduled to send later.
ERRANDS = (
    r"\b(?:cancel(?:led|ed|ing)? (?:all )?(?:my|the) (?:subscriptions|gym|phone contract|lease|"
    r"insurance)|closed (?:all )?my (?:\w+ )?(?:bank )?accounts?|(?:email|message) scheduled to "
    r"send|scheduled (?:an )?(?:email|message)|cancele (?:el gimnasio|mis suscripciones)|cerre mi "
    r"cuenta|resilie|konto gekundigt|chiuso il conto|cancelei|encerrei minha conta|opgezegd|"
    r"zamknal\w* konto|hesabimi kapattim|tutup rekening|account band kar\w*)\b|закрыл\w* счет|"
    r"解約|注销了"
)
# Asking forgiveness of everyone, or saying they will understand afterwards, is a farewell.
PARDON = (
    r"\b(?:sorry for everything(?!(?: \w+){1,2} (?:was|were|is))|"
    r"forgive me(?! for (?:the|this|that|my|being|asking|ranting))|"
    r"(?:hell|shell|theyll|he will|she will) understand "
    r"after(?:wards)?|perdon por todo|perdoname|perdonadme|lo entendera despues|pardon pour tout|"
    r"pardonnez moi|(?:il|elle) comprendra apres|verzeiht mir|verzeih mir|wird es danach verstehen|"
    r"scusatemi|perdonatemi|capira dopo|perdao por tudo|me perdoem|vai entender depois|vergeef "
    r"me|vergeef het me|zal het later begrijpen|wybaczcie|wybacz mi|zrozumie potem|herkesten ozur "
    r"dilerim|beni affedin|sonra anlayacak|maafin aku|maafkan aku|nanti (?:dia )?ngerti|mujhe "
    r"maaf (?:karna|kar do|kar dena)|baad mein samj\w*)\b|простите(?: меня)?|прости меня|"
    r"потом пойм\w*|ごめんなさい|許して|对不起大家|原谅我|سامحوني"
)
# Why the goodbye is ordinary: a move, a new job or coach, the programme's end, a trip.
REASON = (
    r"\b(?:moving|move (?:to|abroad)|relocat\w*|emigrat\w*|new (?:job|role|coach|city|country)|"
    r"program(?:me)? (?:ends|is over|finishes)|course ends|contract ends|graduat\w*|retir\w*|"
    r"surgery|operation|deploy\w*|expedition|trip|travel\w*|lawyer|solicitor|notary|notar\w*|"
    r"estate planning|see you|keep in touch|for the weekend|for a (?:week|few days)|while im away|"
    r"birthday|anniversary|cumpleanos|anniversaire|"
    r"geburtstag|compleanno|aniversario|verjaardag\w*|urodzin\w*|dogum gunu|ulang tahun|janamdin|"
    r"package|renew\w*|colleagues?|coworkers?|clients?|"
    r"holiday|vacation|vacaciones|vacances|urlaub|vacanze|ferias|vakantie|wakacje|tatil\w*|"
    r"liburan|cuti|chutti|colega|collegue|kollegin|kollege|collega|collega|ekip arkadas\w*|"
    r"rekan|stay in touch|next (?:year|coach)|mudanza|me mudo|"
    r"demenage\w*|umzug|ziehe? um|trasloco|mi trasferisco|mudanca|me mudar|verhuiz\w*|"
    r"przeprowadz\w*|tasin\w*|pindah|shift ho|переезж\w*|переезд|день рождения|誕生日|生日|"
    r"引っ越|搬家|انتقل)\b"
)


def match_affairs_in_order(reading: str) -> CrisisSignal | None:
    """Two acts of putting affairs in order, one act or errand with a farewell, two farewells."""
    parts = (REASON, FAREWELL, PARDON, ERRANDS, PET, LETTERS, PASSWORDS, WILL, BELONGINGS)
    reason, farewell, pardon, errands, *acts = folded_patterns(*parts)
    flat = flattened(reading)
    if reason.search(flat) is not None:
        return None
    done = [m for pattern in acts if (m := pattern.search(flat)) is not None]
    goodbyes = {m.group(0) for p in (farewell, pardon) for m in p.finditer(flat)}
    errand = errands.search(flat)
    if errand is not None and goodbyes:
        return CrisisSignal(category="suicide", phrase=errand.group(0), kind="preparation")
    if len(done) + min(len(goodbyes), 1) >= 2 or (not done and len(goodbyes) >= 2):
        phrase = done[0].group(0) if done else sorted(goodbyes)[0]
        return CrisisSignal(category="suicide", phrase=phrase, kind="preparation")
    return None
