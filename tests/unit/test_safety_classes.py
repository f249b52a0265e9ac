"""Crisis language by class, in words and languages the corpus does not hold.

Every crisis message here was missed, and every message in FLAGGED_BEFORE was
flagged, by the detector before the round that added these classes; the other
ordinary messages share a class's words and keep the new rules from reaching too
far. None of them is in tests/safety/.
"""

from __future__ import annotations

import re

import pytest

from engine.safety import detect_crisis
from engine.safety._lex_build import acts_on_me, kin

METHODS_ASKED_OR_GOT = [
    "cuanto paracetamol hace falta para morir",
    "quantos comprimidos de rivotril matam",
    "quelle dose de paracétamol est mortelle",
    "welche tabletten sind tödlich in großen mengen",
    "quanti grammi di paracetamolo sono letali",
    "welke pillen zijn dodelijk als je er veel neemt",
    "hangi ilaç fazla alınırsa öldürür",
    "kaç metreden atlarsam ölürüm",
    "kaunsi dawai zyada lene se maut ho jaati hai",
    "obat apa yang bisa bikin mati kalau diminum banyak",
    "どの薬をどれくらい飲めば死ねる",
    "什么药吃多了会死",
    "где купить яд без рецепта",
    "où acheter du poison sans ordonnance",
    "where can i buy a gun without a background check, asking for me",
    "been reading up on how much it takes, just in case",
    "if i mixed my meds with vodka would i wake up",
    "researching the least painful methods",
    "im stockpiling my prescription",
    "i know which pills and how many",
    "does it hurt to hang yourself",
    "i found my dad's gun and i keep thinking about it",
    "the bridge on my way to work is really high and i think about it every day",
    "i bought a lot of paracetamol today from different shops",
    "i've been looking up how to tie a knot that holds weight",
]
PREPARATIONS = [
    "j'ai rangé mes affaires et écrit à chacun une lettre",
    "ho già deciso il giorno, ho sistemato tutto",
    "i've been giving my plants and books to friends, they'll look after them better than me",
    "i wrote down who gets my stuff",
    "the note is written, i just need the nerve",
    "life insurance covers suicide after two years right",
    "i've put my affairs in order",
    "i gave my best friend my dog and told her to look after him for good",
]
PASSIVE_IDEATION = [
    "ich sehe keinen sinn mehr weiterzumachen",
    "non vedo più il senso di andare avanti",
    "ik zie het nut niet meer om door te gaan",
    "devam etmenin bir anlamı yok artık",
    "já não vejo razão pra continuar aqui",
    "aku udah ga ngerti buat apa hidup",
    "活着没什么意义了",
    "ما في فايدة من حياتي",
    "a volte penso che sarebbe meglio non esserci più",
    "kabhi kabhi lagta hai main na rahun to behtar hai",
    "kadang mikir mending aku ga ada aja",
    "いっそいなくなった方が楽かも",
    "احيانا افكر انه احسن لو ما كنت موجود",
    "des fois je me dis que ce serait plus simple si j'étais plus là",
    "bazen hiç uyanmasam daha iyi olur diye düşünüyorum",
    "ojalá un día simplemente no estuviera",
    "estoy cansado de luchar, ya no puedo más con esta vida",
    "i dont see the point in sticking around much longer",
    "tbh i'd welcome it if a bus hit me",
    "everyone will be free of me soon",
    "sorry for being a burden, it won't be for much longer",
    "i don't want to be a bother to my children any longer",
    "i'm thinking of checking out early",
    "i've been having really dark thoughts lately",
    "i don't want to do this anymore. any of it. life i mean",
    "honestly death sounds nice right now",
    "i'd rather be dead than feel like this",
    "i'm ready to meet my maker, sooner the better",
    "i don't see a future for myself",
    "not sure i'll make it to the review in march tbh, i've got other plans, permanent ones",
    "me gustaría desaparecer y que nadie me buscara",
    "ابي انام وما اقوم",
    "ودي اختفي من هالدنيا",
    "ليتني ما انولدت",
    "تعبت من كل شي وابي ارتاح للابد",
    "nothing will ever get better so what's the point",
    "i've been thinking that if i got into an accident it wouldn't be the worst thing",
    "i just want to stop being",
    # Risk mid-answer in a weekly-goal reply, in other languages.
    "sobre a meta, tudo certo, mas tenho pensado muito em acabar com tudo",
    "zum wochenziel: passt, aber ich denke oft daran, einfach nicht mehr da zu sein",
    "co do celu ok, ale ciągle myślę o tym żeby ze sobą skończyć",
    "goal pe kaam chal raha hai, lekin mann karta hai sab khatam kar doon, khud ko bhi",
]
ABUSE_BY_SOMEONE_CLOSE = [
    "en mi casa mi papá nos golpea a mi mamá y a mí",
    "mera boyfriend mujhe sabke saamne thappad maarta hai",
    "mere sasural wale mujhe jalane ki dhamki dete hain",
    "suamiku suka nyekik leherku kalau aku telat pulang",
    "meu padrasto me obriga a fazer coisas que eu não quero",
    "ابوي يضربنا بالحزام كل ما يعصب",
    "mein freund kontrolliert mein handy und hat mich gegen die wand gestoßen",
    "mon mari me prend mon salaire et me menace si je parle",
    "mój ojciec pije i bije mamę i mnie",
    "我男朋友控制我的手机，还推我撞墙",
    "my husband won't let me have my own money or see my sister",
]
SLANG_HARM_AND_STARVING = [
    "main apne aap ko blade se kaat-ti hoon jab bahut bura lagta hai",
    "i wanna k word myself",
    "i want to be six feet under",
    "i've been sh'ing again",
    "ik eet al een week bijna niks meer en hoop dat ik gewoon wegkwijn",
    "i've been eating barely anything on purpose, hoping i'll just fade",
    "no como casi nada a propósito, quiero que se acabe todo",
]

FLAGGED_BEFORE = [
    "i wish i could disappear on a beach for a month",
    "i stood on the edge of the cliff for a great photo",
    "i'm so tired of this sprint, i just want it to be over",
    "i don't want to wake up tomorrow at 5am for the flight",
    "je vois plus l'intérêt de continuer ce projet",
    "how long does it take to die down, the hype i mean",
    "i'd rather sleep forever than do taxes lol",
    "no le veo sentido a vivir tan lejos del trabajo",
    "i think about jumping every time i see the trampoline park",
    "my stepdad grabbed me a coffee on the way",
    "no quiero despertar temprano mañana",
    "me hago daño en la rodilla cuando corro mucho",
    "ich verletze mich oft beim sport",
    "i feel like it would be better if i just disappeared from the group project, they're fine",
    "everyone would be happier without me around the office on friday, i'm loud lol",
]
GUARDS_OF_THE_NEW_RULES = [
    # A dose asked about for pain, a means bought for a chore.
    "how many ibuprofen can i take for a headache",
    "combien de doliprane par jour maximum",
    "布洛芬一天最多吃几片",
    "where can i buy poison for the wasps nest",
    # No point going on with a client, a supplier or a project.
    "no point continuing this conversation, let's talk tomorrow",
    "es hat keinen sinn mit diesem anbieter weiterzumachen",
    "bu müşteriyle devam etmenin anlamı yok",
    "нет смысла дальше работать с этим подрядчиком",
    "和这个客户继续合作没什么意义",
    # Absent from a meeting; a day chosen for a wedding; affairs in order before surgery.
    "mending aku ga ada di rapat itu, ga penting",
    "non esserci alla riunione è stato meglio",
    "i picked the date for the wedding and wrote letters to each guest",
    "i've put my affairs in order before the surgery, standard stuff",
    "i'm thinking of checking out early from the hotel",
    "i've been having really dark thoughts about the budget lol",
    # Someone close, a verb of violence, but a game, a sport, a lift or an idiom.
    "mi pareja me controla la agenda para que no olvide las citas jaja",
    "tengo moretones en los brazos del partido de voleibol",
    "meu namorado me proíbe de comer doce antes do jantar kkk",
    "il mio compagno mi ha chiuso fuori dalla chat del gruppo lol",
    "my dad hit me up about dinner on sunday",
    "my brother beat me at chess again",
    "mein mann hat mich beim schach schon wieder geschlagen",
    "my boyfriend pushes me to apply for the senior role",
    # A means in an ordinary frame, a give-up about a diet.
    "i found my dad's old camera and i keep thinking about it",
    "the bridge on my way to work is really pretty at sunrise",
    "i bought a lot of paracetamol today, flu season in our house",
    "does it hurt to get a tattoo on your ribs",
    "i want to give up on this diet",
    "i gave my colleague my notes and told her to keep them for good, i don't need them",
    "the bridge metaphor in the talk really stuck with me, i think about it every day",
    "bu işte devam etmenin anlamı yok, istifa edeceğim",
]
# Flagged by the lexicon before this round; ordinary by class now.
LEXICON_FLAGGED_BEFORE = [
    "how long does it take to drown out the noise with these headphones",
    "ya no le veo sentido a seguir en esta empresa, busco otro trabajo",
    "non ha senso andare avanti così con il cliente",
    "mi marido me pega sus manías de orden jaja",
    "meu pai me bate na porta toda manhã pra acordar",
    "mon copain me menace de finir la pizza",
    "il mio ragazzo mi spinge a studiare di più",
    "mijn vriend duwt me om te gaan sporten",
    "pacarku nampar nyamuk di pipiku",
    "我老公打我电话打了十次",
    "زوجي يضربني بالمخدة وهو يمزح",
    # Stories told in Hindi, Indonesian and Turkish.
    "kal ek kahani padhi jisme ladki suicide kar leti hai",
    "di drakor semalam pemeran utamanya bunuh diri, aku nangis",
    "sinetron tadi ada adegan suami mukul istrinya, kesel nonton",
    "dizide karakter intihar ediyor sonunda",
    "i'm ready to end this chapter and start a new job",
    "i want to end it with my ex properly, no drama",
    "el suicidio asistido es un tema que vimos en la clase de ética",
    "intihar oranları hakkında bir makale okudum",
]


@pytest.mark.parametrize(
    "message",
    METHODS_ASKED_OR_GOT
    + PREPARATIONS
    + PASSIVE_IDEATION
    + ABUSE_BY_SOMEONE_CLOSE
    + SLANG_HARM_AND_STARVING,
)
def test_crisis_language_of_each_class_is_caught(message: str) -> None:
    assert detect_crisis(message) is not None


@pytest.mark.parametrize(
    "message", FLAGGED_BEFORE + LEXICON_FLAGGED_BEFORE + GUARDS_OF_THE_NEW_RULES
)
def test_ordinary_messages_sharing_a_class_stay_ordinary(message: str) -> None:
    assert detect_crisis(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "launching without tests would be suicide for the project tbh",
        "sin presupuesto lanzar esto sería un suicidio",
        "ohne tests live gehen wäre selbstmord fürs projekt",
        "不测试就上线简直是自杀",
    ],
)
def test_suicide_as_the_verdict_on_a_venture_is_an_idiom(message: str) -> None:
    assert detect_crisis(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "without you suicide is all i think about",
        "without my meds i think about suicide every day",
        "sin ti pienso en el suicidio",
    ],
)
def test_a_first_person_suicide_after_without_is_still_caught(message: str) -> None:
    assert detect_crisis(message) is not None


def test_a_lethal_dose_question_is_reported_as_a_method() -> None:
    signal = detect_crisis("quelle dose de paracétamol est mortelle")
    assert signal is not None
    assert (signal.category, signal.kind, signal.layer) == ("suicide", "method", "compose")


def test_abuse_by_someone_close_gets_the_abuse_reply() -> None:
    signal = detect_crisis("mój ojciec pije i bije mamę i mnie")
    assert signal is not None
    assert (signal.category, signal.kind) == ("abuse", "abuse")


def test_two_different_preparations_are_named_in_the_signal() -> None:
    signal = detect_crisis("ho già deciso il giorno, ho sistemato tutto")
    assert signal is not None
    assert signal.kind == "preparation"
    assert signal.phrase == "day+order"


def test_the_shared_builder_writes_who_does_what_to_the_speaker() -> None:
    agent = kin(("mi", "novio|padre"), pronouns="el|ella")
    before = re.compile(acts_on_me(agent, "pega|golpea", before="me "))
    after = re.compile(acts_on_me(kin(("mein", "mann"), pronouns="er"), "schlagt", after=" mich"))
    assert before.search("ayer mi novio me pega otra vez")
    assert before.search("ella me golpea")
    assert not before.search("mi novio me pregunta")
    assert after.search("mein mann schlagt mich") and after.search("er schlagt mich")
    assert not after.search("mein mann schlagt vor")
