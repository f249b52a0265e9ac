"""Coercive control by someone close, read across the whole message.

No single sentence says "abuse": a wage or pension taken, a phone read or taken, a door
locked, a blow that follows a condition ("if I ask for more he throws things"), a threat
("he'll find me", "she'll stop coming and Mum ends up in a home"), a plea for secrecy
("please don't call"). Two different marks of control in one message, told of a
partner, a relative or a carer, are abuse; any one of them alone is an ordinary
household ("my husband does our budget", "dad locks the door at eleven", "my son took
my phone to fix it"). Agreement ("my idea", "we agreed") and repairs stay ordinary.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._normalise import flattened

CLOSE = (
    r"\b(?:husband|wife|partner|boyfriend|girlfriend|ex|fiance\w*|dad|father|stepdad|mum|mom|"
    r"mother|son|daughter|brother|sister|uncle|in ?laws|carer|caregiver|he|she|they|landlord|"
    r"neighbou?r|man|guy|stranger|boss|il|elle|er|lui|lei|ele|ela|hij|dia|on|ona|marido|esposo|"
    r"esposa|pareja|novio|novia|padre|papa|madre|"
    r"hijo|hermano|mari|copain|pere|mere|fils|frere|mann|freund|vater|mutter|sohn|bruder|marito|"
    r"fidanzato|figlio|fratello|namorado|pai|mae|filho|irmao|vriend|vader|moeder|zoon|broer|maz|"
    r"chlopak|ojciec|tata|matka|syn|brat|kocam|esim|sevgilim|babam|annem|oglum|abim|agabey\w*|"
    r"suami\w*|pacar\w*|ayah\w*|bapak\w*|ibu\w*|anak\w*|kakak\w*|pati|sasur\w*|saas|bhai|beta)\b|"
    r"бывш\w*|сосед\w*|хозяин\w*|муж\w*|парн\w*|отец|отчим|мать|сын\w*|брат\w*|元彼|元カレ|夫|"
    r"彼氏|父|母|息子|兄|老公|前男友|男朋友|爸|妈|儿子|哥|زوجي|ابي|اخي|ابني|भाई|पति|पिता|बाप"
)
MONEY = (
    r"\b(?:takes? (?:all )?(?:my|her|his) (?:paycheck|pay|salary|wages?|pension|money|card|cards)|"
    r"(?:get to|access|touch) (?:my|her) (?:own )?(?:bank )?(?:account|money|savings)|controls? "
    r"(?:my|her|all (?:my|our|the)|the) (?:account|money|finances|bank|card)|have to ask (?:\w+ )?"
    r"for (?:bus fare|money|cash)|gives me \W?\$?\d+ a week|"
    r"borrowing money|(?:salary|wages|pension|pay) (?:\w+ ){0,2}goes (?:in)?to|"
    r"(?:se queda|me quita) (?:con )?(?:mi|su) (?:sueldo|salario|pension|dinero)|control(?:a|la) "
    r"(?:el|o|mi|su|meu|seu|nosso|nuestro) (?:dinheiro|dinero)|(?:meri )?salary (?:le|chheen) "
    r"le\w*|"
    r"prend (?:mon|sa) (?:salaire|argent)|kontrolliert (?:mein|ihr) (?:konto|geld)|"
    r"nimmt (?:mir )?mein (?:gehalt|geld)|gestisce la (?:sua )?pensione|non le da niente|"
    r"(?:pega|fica com) (?:meu|o meu) (?:salario|dinheiro)|(?:pakt|neemt) mijn (?:salaris|geld)|"
    r"zabiera (?:mi )?(?:pensje|pieniadze|wyplate)|maasimi (?:elimden )?ali\w*|parami ali\w*|"
    r"(?:ambil|nyita|pegang) (?:gaji|uang)(?:ku| aku| saya)?|gaji(?:ku| aku| saya) (?:diambil|"
    r"dipegang)|salary (?:bhi )?(?:\w+ ){0,3}account mein|paise (?:le|chheen) le\w*)\b|"
    r"(?:забирает|отбирает) (?:мою |всю )?(?:зарплат\w*|пенси\w*|деньги)|給料を(?:取り上げ|全部取)|"
    r"工资(?:都)?被(?:他|她)?(?:拿走|收走)|ياخذ راتبي"
)
HURT = (
    r"\b(?:(?:he|she) (?:throws things|hits me|beats me|slaps me|shoves me|pushes me|yells|"
    r"screams)|throws things|regret it physically|(?:hurt|harm|punish) me physically|hurt me|"
    r"pushed me|shoved me|broke my (?:wrist|arm|nose|"
    r"ribs?|jaw|finger)|held a knife to|me pega|me golpea|me empuja|me frappe|me bat|"
    r"bate (?:nela|nele|em mim)|le pega|"
    r"schlagt mich|gegen die tur gestossen|"
    r"hat mich \w+ gestossen|mi picchia|mi mena|me bate|me empurr\w*|slaat me|duwt me|bije mnie|"
    r"uderza mnie|dov(?:uyor|du|er|ecek)\w*|vuruyor|(?:mukul|nampar|gampar)\w*|maar\w*ge|maarta|"
    r"peet(?:ta|te|ega|enge))\b|бь[её]т|ударил\w*|толкнул\w*|殴られ|殴る|打我|推我|يضربني|"
    r"मुझे (?:मारत|पीटत)\S*"
)
CONFINE = (
    r"\b(?:locks? (?:me|her|him|the door|the fridge)|locked (?:me|her) in|locked in (?:a|the|my) "
    r"room|m ?enferme|me encierra|me tranca|beni kilitli\w*|mujhe band kar\w*|keeps? (?:me|her) "
    r"locked|not allowed (?:to (?:leave|go out|go anywhere|see|talk to|call|use|have|be on)|on|"
    r"out)|wont let me (?:leave|go out|see|use)|(?:checks?|reads?|"
    r"goes through) (?:my|her) (?:phone|messages|texts|email)|(?:me revisa|revisa mi) (?:el )?"
    r"(?:celular|movil|telefono)|no me deja salir|(?:fouille|lit) mes messages|liest meine "
    r"nachrichten|sperrt mich ein|chiusa in casa|chiuso in casa|mi chiude|le mi\w* messaggi|le "
    r"minhas mensagens|tranca (?:a porta|me)|leest mijn berichten|sluit me op|czyta moje "
    r"wiadomosci|zamyka mnie|telefonumu kontrol ediyor|beni (?:eve )?kilitliyor|okula (?:bile )?"
    r"goturup getiriyor\w*|(?:hp|hape)ku (?:dicek|diambil)|bahar nahi jaane)\b|проверяет (?:мой )?"
    r"телефон|читает мои|запирает|携帯を見る|查我手机|锁在家|يفتش هاتفي|يقفل علي|閉じ込め|把我锁"
)
# Phone, keys or passport taken away.
TAKEN = (
    r"\b(?:(?:took|takes|taken|has) (?:my|away my) (?:phone|keys|passport|id|documents)|took my "
    r"(?:\w+ )?(?:and )?(?:phone|passport)|(?:a )?pris (?:mes cles|mon tel\w*|mon passeport)|"
    r"me quit\w* (?:el celular|el movil|las llaves|el pasaporte)|nahm mir (?:das handy|die "
    r"schlussel|den pass)|mi ha preso (?:il telefono|le chiavi|il passaporto)|pegou meu (?:celular|"
    r"passaporte)|pakte? mijn (?:telefoon|sleutels|paspoort)|zabral\w* mi (?:telefon|klucze|"
    r"paszport)|telefonumu (?:aldi\w*|aliyor\w*|elimden)|pasaportumu aldi\w*|(?:ngambil|nyita) "
    r"(?:hp|paspor)(?:ku)?|phone (?:chheen|le) l\w*)\b|забрал\w* (?:мой )?(?:телефон|ключи|"
    r"паспорт)|"
    r"携帯を取り上げ|スマホを取り上げ|收走了我的(?:手机|护照)|اخذوا (?:جوازي|هاتفي)"
)
# A made-up cause told to a doctor or a teacher.
COVER_STORY = (
    r"\b(?:(?:told|tell|said to) (?:the|my) (?:er|a ?e|doctor|nurse|teacher|school) (?:that )?i "
    r"(?:fell|tripped|walked into)|dije que me (?:cai|golpee)|(?:j ?ai )?dit que (?:j ?etais|"
    r"je suis) "
    r"tombee?|gesagt,? (?:dass )?ich (?:sei )?gesturzt|detto che sono caduta?|disse que (?:eu )?"
    r"cai|gezegd dat ik (?:was )?gevallen|powiedzial\w* ze (?:sie )?przewrocil\w*|dustum dedim|"
    r"bilang (?:aku )?jatuh|bola ki (?:main )?gir ga\w*)\b|упал\w*,? (?:так )?сказал\w*|転んだと言"
)
KNOWS_WHERE = (
    r"\b(?:knows (?:where i live|my address|where i work)|sabe donde vivo|sait ou j habite|weiss, "
    r"wo ich wohne|sa dove abito|sabe onde moro|weet waar ik woon|wie gdzie mieszkam|nerede "
    r"oturdugumu biliyor|tahu alamat(?:ku)?|mera pata jaanta)\b|знает,? где я живу|住所を知って|"
    r"知道我住(?:哪|在哪)"
)
# Followed, watched, waited for, visited at night.
STALKED = (
    r"\b(?:follows me (?:everywhere|home|to work|around)|following me (?:home|everywhere|around)|"
    r"waiting (?:outside|in front "
    r"of|for me outside)|pics of my (?:front )?door|stood by my bed|comes in while i sleep|mi "
    r"segue ovunque|era sotto (?:l ?)?ufficio|me sigue a todas partes|me suit partout|verfolgt "
    r"mich|me segue|volgt me overal|sledzi mnie|beni takip ed\w*|ngikutin aku|"
    r"mera peecha kar\w*)\b|"
    r"следит за мной|преследует|つけてくる|家の前で待って|跟踪我|يلاحقني"
)
FEAR = (
    r"\b(?:terrified|scared to (?:sleep|close my eyes|go home)|afraid to (?:sleep|go home)|"
    r"aterrad[oa]|terrorisee?|panische angst|terrorizzat[oa]|apavorad[oa]|doodsbang|"
    r"przerazon[ay]|cok korkuyorum|takut banget|bahut dar)\b|в ужасе|怖くて|吓死了"
)
THREAT = (
    r"\b(?:(?:he|she)(?:ll| will) (?:find|kill|hurt) (?:me|us)|(?:says|said) (?:hell|hed|he will|"
    r"shell|shed|they will|theyll) kill me|mi (?:ammazza|uccide)|me va a matar|va me tuer|bringt "
    r"mich um|vai me matar|maakt me af|zabije mnie|(?:beni )?oldurecek\w*|bakal bunuh aku|jaan se "
    r"maar\w*|make sure i never see|(?:id|youd|youll|ill|you will) regret it|make (?:me|you) pay|"
    r"if (?:i|she|he|you) (?:tell|tells|told) "
    r"anyone|end up in a home|throw me out|(?:me )?(?:va a|me) encontrar|findet (?:sie|er) mich|"
    r"mi trovera|vai me achar|vindt hij me|znajdzie mnie|beni bulur|bakal nyari aku|ghar se "
    r"nikaal\w*)\b|найд[её]т меня|убь[её]т меня|見つけ出す|殺すって|殺すと|找到我|杀了我|سيجدني|"
    r"سيقتلني|जान से मार"
)
SECRECY = (
    r"\b(?:please dont call|dont call me|do not call|if (?:he|she) finds out|found out id been|"
    r"on my work laptop now|no me llames|ne m appelle pas|ruf (?:mich )?nicht an|non chiamarmi|"
    r"nao me ligue|bel me niet|nie dzwon|beni arama|jangan telepon)\b|не звони|電話しないで|"
    r"别打电话"
)
DRINK = r"\b(?:drinking|drunk|borracho|bebe|ivre|betrunken|ubriaco|bebado|dronken|pijany|sarhos)\b"
AGREED = (
    r"\b(?:my idea|i asked (?:him|her|them)|we agreed|digital detox|to fix it|for repairs?|"
    r"house rule|budgeting app|joint decision|mi idea|mon idee|meine idee|mia idea|minha ideia)\b"
)


def match_coercive_control(reading: str) -> CrisisSignal | None:
    """Two marks of control (money, blows, confinement, threats, secrecy) by someone close."""
    signs = (MONEY, HURT, COVER_STORY, CONFINE, TAKEN, KNOWS_WHERE, STALKED, FEAR, THREAT, SECRECY)
    parts = (CLOSE, AGREED, *signs, DRINK)
    close, agreed, *marks = folded_patterns(*parts)
    flat = flattened(reading)
    if close.search(flat) is None or agreed.search(flat) is not None:
        return None
    found = [m for pattern in marks if (m := pattern.search(flat)) is not None]
    if len(found) < 2:
        return None
    return CrisisSignal(category="abuse", phrase=found[0].group(0), kind="abuse")
