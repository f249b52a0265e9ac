"""Spanish and Portuguese crisis patterns (plain reading: accents folded, "ñ" → "n")."""

from __future__ import annotations

from engine.safety._kinds import Lexicon
from engine.safety._lex_build import acts_on_me, kin

_ES_ABUSER = kin(
    (
        "mi",
        "esposo|marido|novio|pareja|padre|papa|padrastro|madre|mama|esposa|novia|ex|hermano|tio|"
        "suegro|suegra",
    ),
    pronouns="el|ella",
)
_PT_ABUSER = kin(
    ("(?:o )?meu", "marido|namorado|companheiro|pai|padrasto|ex|irmao|tio|sogro"),
    ("(?:a )?minha", "esposa|mulher|namorada|mae|companheira|madrasta|ex"),
    pronouns="ele|ela",
)

ES: Lexicon = {
    "ideation": (
        r"\b(?:me quiero|quiero|quisiera|deseo|me gustaria|tengo ganas de|ganas de|necesito"
        r"|prefiero)"
        r" (?:morir(?:me)?|estar muert[oa]|desaparecer (?:para siempre|del mundo|de este mundo)|"
        r"dejar de existir|dejar de vivir|no despertar(?:me)?|no existir|no estar aqui|dormir "
        r"para siempre)\b",
        r"\bme (?:quiero|voy a|gustaria|quisiera) (?:morir|matar|suicidar|quitar la vida)\b",
        r"\b(?:quiero|voy a|ganas de|pienso en|pensando en|pense en|podria|deberia|necesito) "
        r"(?:matarme|suicidarme|quitarme la vida|acabar con mi vida|terminar con mi vida|"
        r"colgarme|ahorcarme)\b",
        r"\b(?:acabar|terminar) con (?:mi vida|mi existencia|todo de una vez|todo para siempre)\b",
        r"\bno quiero (?:seguir )?(?:vivir|viviendo|existir|estar vivo|estar viva|"
        r"despertar(?:me)?)\b"
        r"(?! (?:en|con|cerca|alli|ahi|aqui|asi de lejos|sol[oa])\b)",
        r"\bya no quiero (?:vivir|estar aqui|seguir|despertar)\b",
        r"\bno quiero seguir aqui\b",
        r"\bno tiene (?:caso|sentido) seguir(?: viviendo| aqui)?\b(?! (?:esperando|con|en"
        r"|trabajando)\b)",
        r"\b(?:juntando|guardando|acumulando|junte|guarde) (?:pastillas|pildoras|medicamentos)\b",
        r"\bme hago (?:cortes|heridas|dano)\b",
        r"\b(?:mejor|ojala) no haber nacido\b",
        r"\bdesaparecer y no volver\b",
        r"\b(?:tengo|guardo|junte|he juntado) (?:\w+ ){0,3}(?:pastillas|pildoras|medicamentos) "
        r"(?:guardadas|escondidas|para (?:cuando|el dia))\b",
        r"\bojala (?:me muriera|me muera|estuviera muert[oa]|no hubiera nacido|no despertara|"
        r"no despierte|desapareciera|no existiera|me atropellara)\b",
        r"\b(?:todos|mi familia|el mundo|mis hijos|mis padres|la gente) (?:estarian|estaria|"
        r"vivirian|viviria|seria|serian) (?:mejor|mas felices|mas feliz) sin mi\b",
        r"\b(?:mejor|estarian mejor) sin mi\b",
        r"\bsoy (?:una|un) (?:carga|estorbo|peso) (?:para|en)\b",
        r"\bnadie (?:me )?(?:extranaria|echaria de menos|notaria) (?:si )?(?:me muero|me muriera|"
        r"desaparezco|desapareciera|no estoy)\b",
        r"\bno (?:puedo|aguanto) mas (?:con la vida|con mi vida|vivir|vivir asi|esta vida)\b",
        r"\bno (?:le )?(?:veo|encuentro) (?:sentido|razon) (?:a|para) (?:la vida|vivir|seguir "
        r"viviendo|seguir|mi vida)\b",
        r"\b(?:ya no tiene|no tiene) sentido (?:vivir|seguir viviendo|mi vida|la vida|seguir "
        r"aqui)\b",
        r"\b(?:estoy|me siento) (?:hart[oa]|cansad[oa]|agotad[oa]) de (?:vivir|la vida|existir|"
        r"estar viv[oa])\b",
        r"\bno tengo (?:razones|motivos|nada) (?:para|por (?:el|lo) que) vivir\b",
        r"\bpensamientos (?:de|sobre) (?:muerte|morir|matarme)\b",
        r"\bquiero que todo (?:termine|acabe) (?:ya|para siempre)\b",
        r"\b(?:dormir(?:me)?|acostarme) y no (?:volver a )?despertar(?:me)?\b",
        r"\bsi me muero nadie (?:lo )?(?:notaria|se daria cuenta|me extranaria)\b",
        r"\bnadie (?:lo )?(?:notaria|se daria cuenta) si (?:me muero|desaparezco|me mato)\b",
        r"\b(?:pastillas|pildoras|tabletas)\b(?: \w+){0,3} para (?:acabar|morir(?:me)?|matarme"
        r"|terminar"
        r"|no despertar)\b",
        r"\b(?:pienso|pensado|pensando|pense|pensar|penso) (?:mucho |a veces |siempre |todo "
        r"el dia )?en "
        r"(?:matarme|suicidarme|quitarme la vida|"
        r"morir(?:me)?|acabar con mi vida|el suicidio)\b",
    ),
    "method": (
        r"\bcuantas (?:pastillas|pildoras|tabletas|capsulas)\b(?: \w+){0,6} (?:morir|matar|"
        r"sobredosis|letal|mortal|no despertar)\b",
        r"\b(?:tomarme|tomar|me tome|me tomo|tragarme) (?:todas las|toda la caja de|el bote de) "
        r"(?:pastillas|pildoras|medicinas|tabletas)\b",
        r"\b(?:tirarme|lanzarme|aventarme|arrojarme|saltar) (?:del|de la|desde el|desde "
        r"la|(?:de|desde|"
        r"por) (?:un|el|la|una|este|ese)) (?:puente|edificio|balcon|ventana|azotea|techo"
        r"|acantilado|piso)\b",
        r"\b(?:tirarme|lanzarme|aventarme) (?:a|al|delante del|frente al|bajo el) (?:tren|metro|"
        r"las vias|los coches|trafico|camion)\b",
        r"\b(?:ahorcarme|colgarme|cortarme las venas)\b",
        r"\b(?:compre|comprar|tengo|consegui) (?:una )?(?:cuerda|soga|pistola|arma)\b(?: \w+){0,6} "
        r"(?:para (?:mi|matarme|acabar|colgarme|terminar)|esta noche)\b",
        r"\bdosis (?:letal|mortal)\b",
        r"\bforma (?:mas )?(?:facil|rapida|indolora) de (?:morir|matarme|suicidarme)\b",
    ),
    "preparation": (
        r"\b(?:carta|cartas|nota|notas|mensaje) de despedida\b",
        r"\b(?:regalando|regale|regalar|repartiendo|regalo) (?:todas )?mis cosas\b",
        r"\bdespedirme de (?:todos|mi familia|mis hijos|ustedes)\b(?: \w+){0,4}(?: para siempre)?",
        r"\b(?:ya )?(?:elegi|escogi|decidi|tengo) (?:la|el) (?:fecha|dia)\b(?: \w+){0,5} (?:morir|"
        r"hacerlo|matarme|acabar)\b",
        r"\bcuando (?:ya )?no este\b(?! (?:en la oficina|de vacaciones|aqui manana)\b)",
        r"\b(?:adios|hasta siempre) (?:a todos|para siempre|mundo)\b",
    ),
    "self_harm": (
        r"\b(?:quiero|voy a|ganas de|necesito|volvi a|sigo|empece a) (?:hacerme dano|cortarme|"
        r"lastimarme|quemarme|herirme|golpearme)\b",
        r"\bme (?:corto|corte|lastimo|quemo|hago dano) (?:los brazos|las munecas|las piernas"
        r"|otra vez|"
        r"a proposito|cuando)\b",
        r"\b(?:autolesion\w*|cortandome|me estoy cortando|me sigo cortando)\b",
    ),
    "abuse": (
        acts_on_me(
            _ES_ABUSER,
            "pega|pego|golpea|golpeo|lastimo|lastima|abofeteo|patea|pateo|maltrata|viola|violo|"
            "pegaba|golpeaba|ahorca|empuja|empujo|encierra|encerro|amenaza|amenazo|pateo|patea|"
            "abofetea|agrede|agredio|abusa",
            before="me ",
        ),
        r"\b(?:me )?(?:amenaza|amenazo|amenazan) con matarme\b",
        r"\bdice que me va a matar\b",
        r"\b(?:miedo|terror|panico) de (?:volver|ir|llegar|regresar) a (?:mi )?casa\b",
        r"\bno (?:estoy|me siento) (?:a salvo|segur[oa]) en (?:mi )?casa\b",
        r"\b(?:me violaron|fui violada|abusaron de mi|abuso de mi|me toca cuando)\b",
        r"\bno me deja (?:salir|ver a mi familia|ver a mis amigos|tener telefono)\b",
    ),
}

PT: Lexicon = {
    "ideation": (
        r"\b(?:eu )?(?:quero|queria|vontade de|desejo|preciso|prefiro|gostaria de) (?:morrer|"
        r"sumir (?:pra|para) sempre|desaparecer (?:pra|para) sempre|deixar de existir|nao acordar|"
        r"nao existir|dormir (?:pra|para) sempre|estar mort[oa])\b",
        r"\b(?:quero|vou|vontade de|penso em|pensando em|pensei em|posso|deveria|queria) "
        r"(?:me matar|me suicidar|tirar (?:a )?minha (?:propria )?vida|acabar com (?:a "
        r")?minha vida|"
        r"me enforcar)\b",
        r"\b(?:acabar|terminar) com (?:a minha vida|minha vida|tudo de vez|tudo (?:pra|para) "
        r"sempre)\b",
        r"\bnao (?:quero|aguento) (?:mais )?(?:viver|existir|estar viv[oa]|acordar)\b"
        r"(?! (?:em|com|perto|ali|aqui|sozinh[oa])\b)",
        r"\b(?:queria|quem dera) (?:nao ter nascido|estar mort[oa]|morrer|nao acordar|sumir)\b",
        r"\b(?:todo mundo|todos|minha familia|o mundo|meus filhos|meus pais) (?:estaria|estariam|"
        r"ficaria|ficariam|viveria|viveriam|seria|seriam) (?:melhor|mais feliz|mais felizes) "
        r"sem mim\b",
        r"\bmelhor sem mim\b",
        r"\bsou (?:um|uma) (?:peso|fardo|estorvo) (?:pra|para|na vida)\b",
        r"\bninguem (?:ia|iria|vai) (?:sentir (?:minha )?falta|notar|perceber)\b",
        r"\b(?:cansad[oa]|exaust[oa]) de (?:viver|existir|estar viv[oa]|a vida)\b",
        r"\b(?:nao )?(?:vejo|tem) (?:mais )?sentido (?:em|na|de) (?:viver|vida|continuar "
        r"vivendo)\b",
        r"\bnao tenho (?:motivo|razao|por que) (?:pra|para) viver\b",
        r"\b(?:dormir|deitar) e nao (?:acordar|acordar mais|acordar nunca mais)\b",
        r"\b(?:penso|pensado|pensando|pensei) em (?:suicidio|me matar|morrer|tirar minha vida)\b",
        r"\bsumir de vez\b",
        r"\b(?:queria|quero) que tudo (?:acabasse|acabe|termine|terminasse)\b(?! bem\b)",
        r"\ba vida nao vale (?:a pena|nada)\b",
        r"\b(?:queria|quero) nao existir\b",
        r"\b(?:seria|era) (?:mais facil|melhor) se eu (?:nao existisse|morresse|sumisse"
        r"|nao estivesse "
        r"(?:aqui|viva?))\b",
        r"\b(?:planejando|planejo|pensando seriamente em|decidi) (?:me matar|me suicidar"
        r"|morrer|acabar "
        r"com tudo)\b",
        r"\bpensamentos? (?:de|sobre) (?:morte|morrer|me matar)\b",
    ),
    "method": (
        r"\bquant[oa]s (?:comprimidos|remedios|pilulas|capsulas)\b(?: \w+){0,6} (?:morrer|matar|"
        r"overdose|letal|nao acordar)\b",
        r"\b(?:tomar|tomei|engolir) (?:todos os|a cartela toda de|o vidro de) (?:comprimidos|"
        r"remedios|pilulas)\b",
        r"\b(?:pular|me jogar|saltar|me atirar) (?:da|de uma|do|de um|desse|dessa) (?:ponte|predio|"
        r"janela|sacada|viaduto|varanda|penhasco|telhado)\b",
        r"\bme jogar (?:na frente|embaixo) (?:do|de um) (?:trem|carro|onibus|metro|caminhao)\b",
        r"\b(?:comprei|comprar|tenho|consegui) (?:uma )?(?:corda|arma|pistola)\b(?: \w+){0,6} "
        r"(?:pra|para) (?:mim|me matar|acabar|me enforcar)\b",
        r"\bdose (?:letal|fatal)\b",
    ),
    "preparation": (
        r"\b(?:carta|cartas|bilhete|bilhetes|mensagem) de despedida\b",
        r"\b(?:doando|dei|doei|dando|distribuindo) (?:todas )?(?:as )?minhas coisas\b",
        r"\bme despedir de (?:todos|todo mundo|minha familia|voces)\b",
        r"\b(?:ja )?(?:escolhi|marquei|decidi) (?:a|o) (?:data|dia)\b(?: \w+){0,5} (?:morrer|fazer|"
        r"me matar|acabar)\b",
        r"\bquando eu (?:nao estiver mais aqui|partir de vez|me for)\b",
        r"\badeus (?:a todos|pra sempre|para sempre|mundo)\b",
    ),
    "self_harm": (
        r"\b(?:quero|vou|vontade de|preciso|voltei a|continuo|comecei a) (?:me cortar|me machucar|"
        r"me ferir|me queimar|me bater)\b",
        r"\bme (?:machuco|corto|queimo|firo|bato) (?:de proposito|quando|pra|para|sempre)\b",
        r"\b(?:automutila\w*|me cortando|me corto|me cortei de proposito)\b",
    ),
    "abuse": (
        acts_on_me(
            _PT_ABUSER,
            "bate|batia|bateu|agride|agrediu|espanca|espancou|estuprou|violentou|enforca|enforcou|"
            "empurrou|tranca|trancou|ameaca|ameacou|chuta|chutou|machuca|machucou",
            before="me ",
        ),
        r"\b(?:ameacou|ameaca|ameacando) (?:de )?me matar\b",
        r"\bmedo de (?:voltar|ir|chegar) (?:pra|para|em) casa\b",
        r"\bnao (?:estou|me sinto) segur[oa] em casa\b",
        r"\b(?:fui estuprada|fui abusada|abusaram de mim|me estupraram)\b",
        r"\bnao me deixa (?:sair|ver minha familia|ver meus amigos)\b",
    ),
}
