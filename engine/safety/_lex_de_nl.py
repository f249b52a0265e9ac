"""German and Dutch crisis patterns (plain reading: umlauts folded, "ß" → "ss")."""

from __future__ import annotations

from engine.safety._kinds import Lexicon
from engine.safety._lex_build import acts_on_me, kin

_DE_ABUSER = kin(
    ("mein", "mann|freund|partner|vater|papa|ex|stiefvater|bruder|onkel"),
    ("meine", "frau|freundin|partnerin|mutter|mama|eltern|stiefmutter"),
    pronouns="er|sie",
)
_NL_ABUSER = kin(
    ("mijn", "man|vriend|partner|vader|stiefvader|moeder|vrouw|vriendin|ex|broer|oom"),
    pronouns="hij|zij",
)

DE: Lexicon = {
    "ideation": (
        r"\b(?:will|mochte|moechte|kann|wurde gern|wuerde gern|mag)(?: ich)? (?:einfach "
        r")?(?:nicht mehr|nie "
        r"mehr|nie wieder) (?:leben|aufwachen|da sein|existieren|weitermachen|weiterleben)\b",
        r"\b(?:will|mochte|moechte|werde|wurde|wuerde) (?:mich )?(?:umbringen|toten|sterben|"
        r"erhangen|erhaengen|aufhangen|aufhaengen)\b",
        r"\bmich (?:umbringen|toten|erhangen|erhaengen|aufhangen|aufhaengen|umzubringen)\b",
        r"\bbring(?:e)? mich (?:\w+ )?um\b",
        r"\b(?:will|mochte|moechte) (?:einfach )?nicht mehr (?:da sein|hier sein|existieren)\b",
        r"\b(?:sehe|hat|macht) keinen sinn mehr (?:im|in meinem) leben\b",
        r"\bsuizidgedanken\b",
        r"\b(?:sehe|finde) keinen ausweg mehr\b",
        r"\b(?:habe mir|hab mir) ein (?:seil|strick) gekauft\b",
        r"\bich schneide mich\b(?! (?:beim|mit dem|am))",
        r"\bbesser,? wenn ich (?:nicht mehr (?:da|hier|am leben)|tot|weg) (?:ware|waere|bin)\b",
        r"\b(?:will|mochte|moechte|wunschte|wuenschte|ware|waere|bin) (?:lieber |einfach "
        r"|am liebsten )"
        r"?tot(?: sein)?\b",
        r"\bkeine (?:lust|kraft) mehr (?:zu leben|auf das leben|aufs leben)\b",
        r"\b(?:bin|fuhle mich|fuehle mich) (?:so )?(?:suizidal|lebensmude|lebensmuede)\b",
        r"\blebensmud\w*|lebensmued\w*",
        r"\bmir (?:das leben|mein leben) (?:zu )?nehmen\b",
        r"\bmein(?:em)? leben (?:ein ende (?:zu )?setzen|beenden|zu beenden)\b",
        r"\b(?:nicht mehr|nie mehr) aufwachen\b",
        r"\b(?:einfach|fur immer|fuer immer) (?:verschwinden|weg sein)\b(?= \||$| fur immer"
        r"| fuer immer"
        r"| fur alle| und nie)",
        r"\b(?:alle|meine familie|die welt|jeder|meine kinder) (?:waren|waere|ware|waeren|ist|sind|"
        r"hatten es) (?:ohne mich )?besser (?:dran )?(?:ohne mich|wenn ich (?:weg|tot|nicht "
        r"mehr da)"
        r"(?: ware| waere)?)\b",
        r"\bbesser (?:dran )?ohne mich\b",
        r"\bbin (?:nur |allen |fur alle |fuer alle )?(?:eine )?(?:last|belastung)\b",
        r"\b(?:das|mein) leben (?:hat|macht) (?:keinen|kein) (?:sinn|wert)(?: mehr)?\b",
        r"\bkeinen sinn mehr (?:zu leben|im leben|weiterzuleben)\b",
        r"\bwill nicht mehr\b(?= \||$| leben| sein| hier sein| existieren)",
        r"\b(?:niemand|keiner) wurde? (?:mich )?vermissen\b",
        r"\bgedanken (?:an den tod|ans sterben|mich umzubringen)\b",
        r"\bschluss machen\b(?= (?:mit (?:allem|dem leben|meinem leben)|fur immer))",
    ),
    "method": (
        r"\bwie viele (?:tabletten|pillen|schlaftabletten)\b(?: \w+){0,6} (?:todlich|toedlich|"
        r"sterben|tot|umbringen|uberdosis)\b",
        r"\b(?:alle|die ganzen|meine) (?:tabletten|pillen|schlaftabletten) (?:nehmen|schlucken|"
        r"geschluckt|genommen)\b",
        r"\b(?:von (?:einer|der|dem) (?:brucke|bruecke|dach|hochhaus|balkon)|vom dach|vom "
        r"balkon|aus "
        r"dem fenster) (?:zu )?(?:springen|stuerzen|sturzen)\b",
        # Thrown: oneself, not a laptop ("ich könnte meinen Laptop aus dem Fenster werfen").
        r"\b(?:mich|sich) (?:\w+ ){0,2}(?:von (?:einer|der|dem) (?:brucke|bruecke|dach|hochhaus|"
        r"balkon)|vom dach|vom balkon|aus dem fenster) (?:zu )?werfen\b",
        r"\bvor (?:einen|den) (?:zug|lkw|bus|u bahn) (?:springen|werfen|laufen)\b",
        r"\b(?:strick|seil) (?:\w+ ){0,4}(?:aufhangen|aufhaengen|erhangen|erhaengen)\b",
        r"\b(?:pulsadern|die adern) (?:aufschneiden|aufschlitzen)\b",
        r"\btodliche dosis|toedliche dosis\b",
    ),
    "preparation": (
        r"\babschiedsbrief\w*",
        r"\b(?:meine sachen|mein zeug|alles) (?:verschenken|verschenkt|weggeben)\b",
        r"\bmich (?:von allen|von meiner familie) verabschieden\b",
        r"\b(?:datum|tag) (?:gewahlt|gewaehlt|festgelegt|ausgesucht)\b",
        r"\bwenn ich nicht mehr da bin\b",
        r"\b(?:lebt wohl|leb wohl) (?:alle|fur immer)?\b",
    ),
    "self_harm": (
        r"\b(?:ritze mich|mich (?:zu )?ritzen|mich (?:\w+ )?geritzt|ritzen)\b",
        r"\bmich selbst (?:verletzen|verletze|schneiden|verbrennen)\b",
        r"\b(?:will|muss|werde) mir (?:weh tun|wehtun|schaden)\b",
        r"\bselbstverletz\w*",
        r"\bich verletze mich\b(?! (?:beim|oft beim|immer beim|am))",
    ),
    "abuse": (
        acts_on_me(
            _DE_ABUSER,
            "schlagt|schlaegt|schlug|verpruegelt|verprugelt|vergewaltigt|wurgt|wuergt|bedroht|"
            "tritt|schubst|sperrt",
            after=" mich",
        ),
        acts_on_me(
            _DE_ABUSER,
            "geschlagen|verpruegelt|verprugelt|gewurgt|gewuergt|vergewaltigt|getreten|geschubst|"
            "bedroht|eingesperrt",
            before=r"hat mich (?:\w+ )?",
        ),
        r"\b(?:droht|drohte) (?:mir|mich) (?:umzubringen|zu toten|zu schlagen)\b",
        r"\bangst (?:nach hause zu gehen|vor meinem (?:mann|freund|vater|partner))\b",
        r"\b(?:zu hause|daheim) nicht (?:mehr )?sicher\b",
        r"\b(?:ich wurde|wurde ich) (?:vergewaltigt|missbraucht|geschlagen)\b",
        r"\bsexuell (?:missbraucht|belastigt|belaestigt)\b",
        r"\blasst mich nicht (?:raus|aus dem haus|meine freunde sehen)\b",
    ),
}

NL: Lexicon = {
    "ideation": (
        r"\bik wil (?:dood|sterven|er niet meer zijn|niet meer leven|niet meer wakker worden|"
        r"verdwijnen voor altijd|voor altijd verdwijnen|er een eind aan maken)\b",
        r"\b(?:niet meer|nooit meer) wakker (?:worden|word)\b",
        r"\bniet meer (?:willen )?leven\b",
        r"\bmezelf (?:van kant maken|doden|ombrengen|ophangen|iets aandoen)\b",
        r"\b(?:een )?eind(?:e)? aan mijn leven\b",
        r"\ber een eind(?:e)? aan (?:maken|wil maken|te maken)\b",
        r"\b(?:iedereen|mijn familie|de wereld|mijn kinderen) (?:is|zou|zijn|zouden) (?:beter af|"
        r"gelukkiger) zonder mij\b",
        r"\bbeter af zonder mij\b",
        r"\bik ben (?:een|alleen maar een) (?:last|blok aan het been)\b",
        r"\b(?:het|mijn) leven heeft geen zin\b",
        r"\bgeen zin meer (?:in|om te) (?:het leven|leven)\b",
        r"\b(?:moe|klaar) (?:van|met) (?:het leven|leven)\b",
        r"\bniemand zou me missen\b",
        r"\bzie het leven niet meer zitten\b",
        r"\bliever dood (?:zijn|wezen)\b|\bwas ik maar dood\b",
        r"\bdenk (?:\w+ ){0,3}aan (?:de dood|zelfmoord|doodgaan)\b",
        r"\bmezelf te (?:doden|vermoorden|ombrengen)\b",
        r"\bik beschadig mezelf\b",
        r"\bik wil (?:er )?(?:gewoon |echt )?niet meer (?:zijn|leven|bestaan)\b",
    ),
    "method": (
        r"\bhoeveel (?:pillen|tabletten|slaappillen)\b(?: \w+){0,6} (?:dodelijk|dood|sterven|"
        r"overdosis)\b",
        r"\balle (?:pillen|tabletten|slaappillen) (?:innemen|slikken|nemen)\b",
        r"\b(?:van (?:een|de) (?:brug|flat|gebouw|dak)) (?:springen|af springen)\b",
        r"\bvoor de trein (?:springen|gaan liggen|gooien)\b",
        r"\boverdosis\b",
    ),
    "preparation": (
        r"\bafscheidsbrie\w*",
        r"\bmijn spullen (?:weggeven|weggegeven)\b",
        r"\bals ik er niet meer ben\b",
        r"\b(?:datum|dag) (?:gekozen|geprikt)\b",
    ),
    "self_harm": (
        r"\bzelfbeschadiging\b",
        r"\bsnij (?:in )?(?:mijn )?(?:armen|polsen|benen|arm|pols)\b",
        r"\b(?:ik snijd mezelf|mezelf (?:snijden|pijn doen|verwonden|branden)|ik kras mezelf|"
        r"snijden in mijn (?:armen|polsen))\b",
    ),
    "abuse": (
        acts_on_me(
            _NL_ABUSER,
            "slaat|sloeg|schopt|bedreigt|wurgt|mishandelt|duwt|verkracht|sluit",
            after=" (?:me|mij)",
        ),
        acts_on_me(
            _NL_ABUSER,
            "geslagen|geschopt|gewurgd|verkracht|bedreigd|opgesloten|mishandeld",
            before=r"heeft (?:me|mij) (?:\w+ )?",
        ),
        r"\bdreigt (?:me|mij) (?:te vermoorden|dood te maken|iets aan te doen)\b",
        r"\bbang om naar huis te gaan\b",
        r"\bniet veilig (?:thuis|bij hem|bij haar)\b",
        r"\b(?:ik ben|ik werd) (?:verkracht|mishandeld|misbruikt)\b",
        r"\bseksueel misbruikt\b",
    ),
}
