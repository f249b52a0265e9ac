"""French and Italian crisis patterns (plain reading: accents folded, elisions joined: "jai")."""

from __future__ import annotations

from engine.safety._kinds import Lexicon
from engine.safety._lex_build import acts_on_me, kin

_FR_ABUSER = kin(
    ("mon", "mari|copain|conjoint|compagnon|pere|beau pere|ex|frere|oncle"),
    ("ma", "femme|copine|compagne|mere|belle mere"),
    pronouns="mes parents|il|elle",
)
_IT_ABUSER = kin(
    ("(?:il )?mio", "marito|padre|patrigno|compagno|fidanzato|ragazzo|ex|fratello|zio"),
    ("(?:la )?mia", "moglie|madre|compagna|fidanzata|ragazza|matrigna"),
    pronouns="i miei|lui|lei",
)

FR: Lexicon = {
    "ideation": (
        r"\b(?:je veux|jai envie de|envie de|je voudrais|jaimerais|jai besoin de|je prefererais) "
        r"(?:mourir|crever|disparaitre (?:pour toujours|a jamais|pour de bon|de ce monde)|"
        r"ne plus exister|ne plus me reveiller|ne pas me reveiller|en finir|me tuer|me suicider|"
        r"dormir pour toujours|etre mort|etre morte)\b",
        r"\b(?:me suicider|mettre fin a (?:mes jours|ma vie)|me foutre en lair|en finir "
        r"avec (?:la vie|moi|ma vie))\b(?! (?:au|a la) (?:travail|boulot)\b)",
        r"\b(?:je vais|je pense a|je pense|jai pense a|je songe a) (?:me tuer|me suicider|en finir|"
        r"mettre fin a)\b",
        r"\b(?:envie|besoin|veux|vais) den finir\b",
        r"\ben finir\b(?= \||$| une bonne fois| pour de bon| ce soir| avec tout\b)",
        r"\b(?:je ne veux plus|je veux plus|jai plus envie de|je nai plus envie de|plus envie de|"
        r"pas envie de) (?:vivre|exister|me reveiller|etre la|continuer a vivre)\b"
        r"(?! (?:a|en|avec|ici|la bas|seul|seule|dans)\b)",
        r"\b(?:tout le monde|ma famille|le monde|mes enfants|mes parents|ils|tous) (?:serait|"
        r"seraient|serais|vivrait|vivraient) (?:mieux|plus heureux|plus heureuse) sans moi\b",
        r"\bmieux sans moi\b",
        r"\bje (?:suis|me sens comme) (?:un|une) (?:fardeau|poids|charge) pour\b",
        r"\bpersonne ne (?:remarquerait|verrait|regretterait|pleurerait)\b(?: \w+){0,4} "
        r"(?:si|quand) "
        r"je (?:disparaissais|mourais|netais plus)\b",
        r"\bje nen peux plus (?:de vivre|de la vie|de cette vie|dexister)\b",
        r"\b(?:marre|fatigue|fatiguee|epuise|epuisee) de (?:vivre|la vie|exister|cette vie)\b",
        r"\bla vie na (?:plus )?(?:aucun )?sens\b",
        r"\b(?:aucune|plus de|pas de) raison de vivre\b",
        r"\bsi seulement je (?:pouvais|netais|mourais|disparaissais|ne me reveillais)\b",
        r"\bje voudrais ne jamais (?:etre nee?|me reveiller)\b",
        r"\bpensees? (?:de mort|suicidaires|sur la mort)\b",
        r"\b(?:mendormir|dormir) et ne (?:jamais|plus) (?:me )?reveiller\b",
        r"\b(?:jai pense a|je pense a|je pense) me (?:tuer|suicider)\b",
        r"\bje ne veux plus etre la\b",
        r"\btout sarrete (?:pour de bon|pour toujours|definitivement)\b",
        r"\b(?:plus|pas) envie detre (?:en vie|vivante?|la)\b",
        r"\bne plus etre en vie\b",
        r"\b(?:veux|voudrais|aimerais) (?:juste )?que tout sarrete\b",
        r"\bje (?:voudrais|veux|aimerais) disparaitre\b(?! (?:quelques|un|une|pour le|le "
        r"temps|sous|a|au|en|dans|chez)\b)",
        r"\bplus de raison de vivre\b",
        r"\bidees? suicidaires?\b",
    ),
    "method": (
        r"\bcombien de (?:cachets|comprimes|medicaments|pilules|doliprane|somniferes)\b(?: "
        r"\w+){0,6} "
        r"(?:mourir|tuer|overdose|mortel|mortelle|letal|ne plus)\b",
        r"\b(?:avaler|prendre|jai pris|jai avale) (?:tous mes|tous les|toute la boite de"
        r"|la boite de)"
        r" (?:cachets|comprimes|medicaments|pilules|somniferes)\b",
        r"\b(?:sauter|me jeter) (?:du|dun|de la|dune|de ce|par la) (?:pont|immeuble|toit|fenetre|"
        r"balcon|falaise|viaduc)\b",
        r"\bme jeter sous (?:un|le) (?:train|metro|camion|bus|voiture)\b",
        r"\b(?:me pendre|me taillader les veines|mouvrir les veines|me couper les veines)\b",
        r"\b(?:jai achete|acheter|jai) (?:une )?(?:corde|arme|pistolet)\b(?: \w+){0,6} (?:pour "
        r"(?:moi|en finir|me pendre|ce soir))\b",
        r"\bdose (?:mortelle|letale)\b",
    ),
    "preparation": (
        r"\blettres? dadieu\b",
        r"\b(?:lettres?|mots?) (?:a|pour) (?:ma famille|mes enfants|mes parents|mon mari"
        r"|ma femme)\b"
        r"(?: \w+){0,6} (?:adieu|pardon|quand je serai partie?|apres)\b",
        r"\b(?:je donne|jai donne|donner) (?:toutes )?mes affaires\b",
        r"\b(?:dire|faire mes) adieux?\b(?! (?:a|au) (?:bureau|equipe|collegues)\b)",
        r"\bjai (?:choisi|fixe) (?:la|une) date\b(?: \w+){0,5} (?:mourir|partir|en finir)\b",
        r"\bquand je ne serai plus la\b",
        r"\badieu (?:tout le monde|a tous|pour toujours)\b",
    ),
    "self_harm": (
        r"\bje me brule (?:avec|expres|les bras|volontairement)\b",
        r"\bje me suis (?:encore|de nouveau|a nouveau) (?:coupee?|scarifiee?|brulee?|fait "
        r"du mal)\b",
        r"\bje me suis (?:coupee?|scarifiee?|brulee?|fait du mal) (?:expres|volontairement"
        r"|les bras|"
        r"les poignets)\b",
        r"\bje me mutile\b",
        r"\bje me fais (?:des )?(?:coupures|entailles)\b",
        r"\b(?:je garde|jai garde|je stocke|jai stocke) des (?:medicaments|cachets|comprimes) "
        r"pour\b",
        r"\b(?:me scarifie\w*|scarification|automutil\w*|me mutiler|me scarifier)\b",
        r"\b(?:envie de|je veux|je vais|besoin de|recommence a|continue a) me (?:faire "
        r"du mal|couper|"
        r"blesser|bruler|frapper|griffer)\b(?! (?:les cheveux|la frange|les ongles)\b)",
        r"\bje me (?:coupe|suis coupee?|brule|fais du mal)\b(?= (?:les bras|les poignets"
        r"|encore|expres"
        r"|quand|pour)\b)",
    ),
    "abuse": (
        acts_on_me(
            _FR_ABUSER,
            "frappe|bat|battait|viole|frappait|tape|etrangle|menace|enferme|pousse|maltraite|"
            "cogne|gifle|agresse|violente",
            before="me ",
        )
        + r"(?! (?:aux?|en|a la)\b)",
        r"\bmenace de me tuer\b",
        acts_on_me(
            _FR_ABUSER,
            "frappee?|battue?|etranglee?|poussee?|violee?|giflee?|agressee?|menacee?|enfermee?|"
            "cognee?|tapee?",
            before="(?:ma|mont?) ",
        ),
        r"\bpeur de rentrer (?:a la maison|chez moi)\b",
        r"\b(?:pas|plus) en securite (?:chez moi|a la maison)\b",
        r"\b(?:jai ete|jetais) (?:violee?|agressee? sexuellement|battue?)\b",
        r"\bne me laisse pas (?:sortir|voir ma famille|voir mes amis)\b",
    ),
}

IT: Lexicon = {
    "ideation": (
        r"\b(?:voglio|vorrei|ho voglia di|desidero|preferirei) (?:morire|sparire per sempre|"
        r"scomparire per sempre|non esistere|non svegliarmi|dormire per sempre|essere mort[oa]|"
        r"uccidermi|ammazzarmi|suicidarmi|togliermi la vita)\b",
        r"\bmi (?:voglio|vorrei) (?:uccidere|ammazzare|suicidare|togliere la vita)\b",
        r"\bmi (?:ammazzo|uccido|suicido|tolgo la vita)\b",
        r"\b(?:penso di|penso a|ho pensato di|sto pensando di) (?:uccidermi|ammazzarmi|suicidarmi|"
        r"farla finita|togliermi la vita|morire)\b",
        r"\b(?:suicidarmi|togliermi la vita|ammazzarmi|uccidermi)\b",
        r"\bfarla finita\b(?! con (?:questo|questa|le|il|la|lo|i|gli|queste|questi|quel|quella)\b)",
        r"\bnon (?:voglio|ce la faccio) (?:piu )?(?:a )?(?:vivere|svegliarmi|esistere|andare "
        r"avanti)\b",
        r"\b(?:tutti|la mia famiglia|il mondo|i miei figli) (?:starebbero|starebbe|vivrebbero|"
        r"sarebbero) meglio senza di me\b",
        r"\bmeglio senza di me\b",
        r"\bsono (?:solo )?un peso (?:per|a)\b",
        r"\b(?:stanc[oa]|esaust[oa]) di vivere\b",
        r"\bla (?:mia )?vita non ha (?:piu )?senso\b",
        r"\bche (?:finisse|finisca) tutto\b|\bche tutto (?:finisse|finisca)\b",
        r"\baddormentarmi e non (?:svegliarmi|risvegliarmi)\b",
        r"\bnon ha (?:piu )?senso (?:vivere|andare avanti|continuare a vivere)\b",
        r"\b(?:pensato|penso|pensando) (?:al|di) (?:suicidio|uccidermi|ammazzarmi|morire)\b",
        r"\bnessuno (?:sentirebbe la mia mancanza|se ne accorgerebbe)\b",
        r"\bnon ho (?:piu )?(?:motivo|ragione|motivi) per vivere\b",
    ),
    "method": (
        r"\bquante (?:pillole|pastiglie|compresse)\b(?: \w+){0,6} (?:morire|uccidere|overdose|"
        r"letale|mortale)\b",
        r"\b(?:prendere|ingoiare|ho preso) tutte le (?:pillole|pastiglie|compresse)\b",
        r"\b(?:buttarmi|lanciarmi|gettarmi) (?:giu )?(?:dal|da un|dalla|da una) (?:ponte|palazzo|"
        r"balcone|tetto|finestra|scogliera)\b",
        r"\b(?:buttarmi|gettarmi) sotto (?:un|il) (?:treno|camion|macchina)\b",
        r"\bimpiccarmi\b",
        r"\btagliarmi le vene\b",
        r"\bdose (?:letale|mortale)\b",
    ),
    "preparation": (
        r"\blettera (?:daddio|di addio)\b",
        r"\b(?:regalare|regalando|ho regalato) (?:tutte )?le mie cose\b",
        r"\b(?:dire addio|salutare tutti per sempre)\b",
        r"\bquando non ci saro piu\b",
        r"\bho (?:scelto|deciso) (?:la|il) (?:data|giorno)\b(?: \w+){0,5} (?:morire|farla "
        r"finita)\b",
    ),
    "self_harm": (
        r"\b(?:autolesionismo|autolesion\w*|mi taglio|tagliarmi|mi sono tagliat[oa] apposta)\b"
        r"(?! (?:i capelli|la frangia|le unghie)\b)",
        r"\b(?:voglio|vorrei|devo) farmi del male\b",
        r"\bmi faccio del male\b",
        r"\bmi faccio (?:dei )?tagli\b",
        r"\b(?:ho comprato|comprato) una corda\b",
    ),
    "abuse": (
        acts_on_me(
            _IT_ABUSER,
            "picchia|picchiava|colpisce|violenta|maltratta|strangola|minaccia|chiude in|spinge|"
            "prende a (?:calci|pugni|schiaffi)",
            before="mi ",
        ),
        r"\bminaccia di (?:uccidermi|ammazzarmi)\b",
        r"\bmi (?:ha messo|mette) le mani addosso\b",
        acts_on_me(
            _IT_ABUSER,
            "picchiat[oa]|colpit[oa]|violentat[oa]|strangolat[oa]|minacciat[oa]|spint[oa]|"
            "chius[oa] in casa|pres[oa] a (?:calci|pugni|schiaffi)",
            before="mi ha ",
        ),
        r"\bpaura di tornare a casa\b",
        r"\bnon (?:sono|mi sento) al sicuro (?:a|in) casa\b",
        r"\bsono stata (?:violentata|picchiata|abusata)\b",
    ),
}
