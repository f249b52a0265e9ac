"""A death staked on losing a game, with the game told in the sentence before, after or in it.

"We were playing the new horror game. I said I'd kill myself if I lost." is a bet, not a
plan: the phrase is ordinary when its own sentence stakes it on losing (bare, or losing a
round, a match, a level) *and* a game is named in the sentence before, its own or the next.
Either alone is not enough: "We played games all night. I want to kill myself." names a
game but stakes nothing; "I'll kill myself if I lose her" or "if I lose my job" stakes a
person or a life, not a game, and stays a crisis.
"""

from __future__ import annotations

from engine.safety._compose_classes import folded_patterns
from engine.safety._kinds import CrisisSignal
from engine.safety._scope_words import VIDEO_GAME

STAKE = (
    r"\b(?:if (?:i|we) (?:lose|lost|dont win|didnt win|die in it)|si (?:pierdo|perdia|perdemos)|"
    r"si je (?:perds|perdais)|si on perd|wenn (?:ich|wir) (?:verliere|verlieren|verlor)|se "
    r"(?:perdo|perdevo|perdiamo|eu perder|perder|perdermos)|als (?:ik|we) (?:verlies|verliezen|"
    r"verloor)|jak (?:przegram|przegramy)|jesli przegram|kaybedersem|kaybedersek|kalau (?:aku |"
    r"kita )?kalah|haar (?:gaya|gayi|gaye) to)(?=$| (?:lol|lmao|haha\w*|again|tonight|today|"
    r"(?:the|this|that|another|one more|la|le|el|die|das|den|il|o|a|de|het) (?:round|match|game|"
    r"level|boss|bet|race|fight|set|partida|partie|runde|spiel|partita|jogo|potje|mecz|mac)\b))|"
    r"если (?:я )?проигра\w*|負けたら|输了(?:我)?就|لو خسرت"
)
GAME = (
    VIDEO_GAME + r"|\b(?:playing|played|game|games|gaming|match|round|level|boss|horror game|"
    r"board game|chess|poker|uno|monopoly|tournament|juego|jugando|partida|jeu|jouait|jouions|"
    r"partie|spiel\w*|gioco|giocando|partita|jogo|jogando|partida|spel|spelen|speelden|gra\w*|"
    r"oyun\w*|mac|main game|game|khel\w*)\b|игр\w*|ゲーム|游戏|比赛|لعب\w*"
)


def staked_on_a_game(before: str, scene: str, signal: CrisisSignal) -> bool:
    """True when the phrase's own sentence stakes it on losing and a game is named near."""
    if signal.kind not in ("ideation", "word") or not signal.phrase:
        return False
    stake, game = folded_patterns(STAKE, GAME)
    own = scene.split(" | ")[0]
    at = own.find(signal.phrase)
    if at < 0 or stake.search(own[at + len(signal.phrase) :]) is None:
        return False
    return game.search(before + " " + scene) is not None
