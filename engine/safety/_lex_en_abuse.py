"""English crisis patterns: abuse and danger at home or from a partner, and self-starvation.

Written against the plain reading. Abuse needs someone doing it to the speaker ("my
husband hits me", "he locked me in the bedroom"); games, accidents and jokes ("she beat
me at chess", "hit me up") are left to the guards.
"""

from __future__ import annotations

from engine.safety._kinds import Lexicon

_ABUSER = (
    r"(?:(?:my |her |his )?(?:partner|husband|hubby|wife|boyfriend|girlfriend|bf|gf|fiance|"
    r"fiancee|spouse|ex|ex husband|ex wife|ex boyfriend|ex girlfriend|dad|father|stepdad|"
    r"stepfather|mom|mum|mother|stepmom|stepmother|parents|brother|uncle|grandpa|"
    r"grandfather|cousin|roommate|flatmate|in laws|mother in law|father in law)|he|she)"
)

# Without pronouns: "he hurt me" is usually about feelings.
_FAMILY = (
    r"(?:partner|husband|hubby|wife|boyfriend|girlfriend|bf|gf|fiance|fiancee|spouse|ex|dad|"
    r"father|stepdad|stepfather|mom|mum|mother|stepmom|stepmother|parents)"
)

ABUSE: Lexicon = {
    "abuse": (
        r"\b(?:scared|afraid|terrified) (?:that )?(?:he|she|hell|shell)(?:ll| will| is "
        r"going to| might)? "
        r"(?:kill|hurt) me\b",
        r"\bno safe place (?:for me )?(?:at home|in my (?:own )?(?:house|home))\b",
        r"\b(?:someone|somebody|a man|a guy|a person|my roommate|the man) who (?:hits|beats"
        r"|hurts|abuses"
        r"|rapes|chokes|threatens) me\b",
        r"\b(?:is|keeps|has been|been|started) (?:stalking|following|harassing) me\b(?! (?:on|in) "
        r"(?:instagram|twitter|linkedin|tiktok|the game)\b)",
        r"\b(?:said|says|swore|told me|threatened) (?:that )?(?:hell|shell|he will|she "
        r"will|he would|she "
        r"would|hed|shed|he is going to|she is going to) (?:kill|hurt|stab|shoot) (?:me"
        r"|us|the kids)\b",
        rf"\b{_ABUSER} (?:\w+ ){{0,2}}(?:beat|beats|beating) (?:me|us) up\b",
        r"\b(?:threw|throws|throwing|smashed|smashes|smashing) (?:a |an |the |his |her "
        r"|my )?(?:glass|"
        r"plate|bottle|chair|phone|knife|mug|cup|remote|shoe|things|stuff|something|objects"
        r"|food|lamp)"
        r"\b(?: \w+){0,2} (?:at|on) (?:me|my (?:head|face|body))\b",
        r"\b(?:hiding|hide|hid|locked myself) (?:in|from) (?:the bathroom|my room|the bedroom"
        r"|him|her|my "
        r"(?:husband|partner|boyfriend|dad|father|stepdad))\b",
        r"\b(?:nobody|no one) (?:will|would|is going to) (?:ever )?find (?:my|your) body\b",
        rf"\b{_ABUSER} (?:\w+ ){{0,2}}(?:controls|takes|keeps) (?:all )?(?:of )?(?:our|my) money\b",
        r"\b(?:comes|came|coming) into my (?:room|bed|"
        r"bedroom) at night\b(?!(?: \w+){0,2} to (?:check|say|tuck|bring|give|turn|close|open|"
        r"feed|kiss)\b)",
        rf"\b{_ABUSER} (?:\w+ ){{0,2}}(?:threatens|threatened|threatening|keeps threatening) "
        r"to (?:kill|"
        r"hurt|stab|shoot|beat|strangle|burn) (?:me|us|my|the kids)\b",
        r"\b(?:strangled|choked|strangles|chokes) me\b",
        r"\b(?:grabbed|held|choked|squeezed|pinned|pushed|slammed|threw) me (?:by|against) "
        r"(?:the|my) "
        r"(?:throat|neck|hair|wall)\b",
        r"\b(?:afraid|scared|terrified) of what (?:he|she|they|my \w+)(?:ll| will| might"
        r"| would|d)? "
        r"(?:do|do to me)\b",
        r"\bnot allowed to (?:leave the house|go out|see my (?:friends|family)|have my "
        r"(?:phone|own "
        r"money)|talk to (?:anyone|my friends|my family))\b(?! without a (?:mask|coat))",
        rf"\b{_FAMILY} (?:\w+ ){{0,2}}(?:hurts|hurt|hurting) (?:me|us)\b(?! (?:feelings"
        r"|emotionally)\b)",
        rf"\b{_FAMILY} (?:is|gets|got|was|has been|becomes|can be) (?:so |really |very "
        r")?(?:violent|"
        r"abusive|aggressive with me)\b",
        rf"\b{_ABUSER} (?:\w+ ){{0,2}}(?:slaps|slapped|slapping|punches|punched|punching|chokes|"
        r"choked|choking|strangles|strangled|strangling|abuses|abused|abusing|rapes|raped|molests|"
        r"molested|assaults|assaulted|smacks|smacked|shoves|shoved|headbutted|bit|bites|burns|"
        r"burned|spat on|beats up|beat up|batters|battered|attacked|attacks) (?:me|us)\b",
        rf"\b{_ABUSER} (?:\w+ ){{0,2}}(?:hits|hit|hitting|beats|beat|beating|kicks|kicked|kicking|"
        r"pushed|pushes|pushing|grabbed|grabs|dragged|drags|pinned|pins) (?:me|us|my (?:kids|son|"
        r"daughter|children|mom|mum|baby)|the kids)\b(?! (?:up|at|in|to|by|on|out|off|back|"
        r"into|toward|towards|forward|harder|over|under the table)\b| with (?:a |the |an "
        r"|some |last )?(?:question|"
        r"request|deadline|email|task|message|idea|bill|comment|joke|work|minute|news|facts|truth|"
        r"pillow|snowball|ball|water balloon|nerf|cushion)"
        r"s?\b)",
        r"\b(?:said|says|told me|threatened|threatens)(?: that)? if i (?:\w+ ){1,4}(?:he"
        r"|she)(?:ll| will|"
        r" would|d) (?:kill|hurt|beat|take) (?:me|us|the kids|my kids|my children|the children)\b",
        rf"\b{_ABUSER} (?:\w+ ){{0,2}}(?:threatens|threatened|threatening|keeps threatening) "
        r"(?:to )?"
        r"(?:kill|hurt|beat|stab|shoot|strangle|choke|burn) (?:me|us|my|the kids)\b",
        r"\b(?:he|she|my (?:partner|husband|boyfriend|girlfriend|wife|ex|stepdad|stepfather))"
        r"(?: \w+){0,2} (?:said|says|swore|told me) (?:he|she)(?:d| would| will|ll| is going to)? "
        r"(?:kill|hurt|beat|stab|shoot|strangle) (?:me|us|the kids)\b",
        r"\b(?:he|she|my (?:partner|husband|boyfriend|ex|stepdad|stepfather))(?: \w+){0,3} "
        r"(?:is going"
        r" to|will|going to|might|could) (?:actually |really |literally )?(?:kill|hurt) (?:me|us)"
        r"(?= \||$| one day| someday| this time| tonight| for real| if i (?:leave|try|go))",
        r"\b(?:afraid|scared|terrified|frightened|petrified|dread|dreading) (?:to go|of going|"
        r"to return|of returning|to come|of coming|to be|of being) (?:back )?home\b(?! (?:late|"
        r"early|empty handed|and (?:tell|show|face))\b)",
        r"\b(?:afraid|scared|terrified|frightened) of (?:my )?(?:partner|husband|wife|boyfriend|"
        r"girlfriend|bf|gf|stepdad|stepfather|ex|ex husband|ex boyfriend)\b(?!s? (?:reaction|"
        r"opinion|family|mother|parents|cooking|driving|dog|cat|snoring)\b)",
        r"\b(?:fear|afraid|scared|terrified) for my (?:life|safety)\b",
        r"\b(?:dont|do not|never|no longer) feel safe (?:at home|in my (?:own )?(?:home|house|room|"
        r"flat|apartment)|around (?:him|her|my)|with (?:him|her|my)|when (?:he|she) (?:drinks"
        r"|comes "
        r"home|gets angry))\b",
        r"\bnot safe (?:at home|in my (?:own )?(?:home|house)|with (?:him|her|my (?:partner"
        r"|husband|"
        r"wife|boyfriend|girlfriend|dad|father|stepdad|mom|mother|ex)))\b",
        r"\bhome (?:is not|isnt|is no longer) safe\b",
        rf"\b{_ABUSER} (?:\w+ ){{0,2}}(?:locked|locks|locking|keeps|kept) me (?:in|inside|up|out)"
        r"(?: of)? (?:the |my |a |our |his |her )?(?:room|house|home|bathroom|closet|basement|flat|"
        r"apartment|bedroom|car|cellar)\b",
        rf"\b{_ABUSER} (?:wont|doesnt|does not|will not|never) let me (?:leave|go out|see my "
        r"(?:friends|family|parents|sister|brother|mum|mom)|have my phone|have (?:my own |"
        r"any )?money|"
        r"talk to anyone|eat|sleep)\b"
        r"(?! (?:early|work|the meeting|the office)\b)",
        rf"\b{_ABUSER} (?:takes|took|controls|smashed|broke|hides|hid) my (?:phone|money|bank card|"
        r"passport|documents|car keys|keys)\b",
        r"\b(?:i was|ive been|i have been|im being|i am being|i got|i keep being|i was "
        r"being|got|been)"
        r" (?:raped|abused|molested|sexually (?:assaulted|abused)|beaten|strangled|choked)\b",
        rf"\b{_ABUSER} (?:\w+ ){{0,2}}(?:forced|forces|forcing|pressures|pressured|makes|made) me "
        r"(?:to have sex|into sex|to sleep with|to do sexual|to touch)\b",
        rf"\b{_ABUSER} (?:touches|touched|touching) me (?:inappropriately|down there|at night|when "
        r"(?:no one|nobody|mom|mum)|where)\b",
        rf"\b(?:bruises|bruise|black eye|marks|scratches) (?:\w+ ){{0,3}}{_ABUSER} (?:gave|left|"
        r"made)\b",
        r"\bhid(?:e|ing)? (?:the |my )?(?:bruises|black eye)\b",
        r"\b(?:cover|covered|covering) (?:up )?(?:the |my )?(?:bruises|black eye)\b",
        r"\b(?:im|i am|were|we are|i live|living) (?:in|with) (?:an )?abus(?:e|ive)\b",
    ),
    "starvation": (
        r"\b(?:stopped|stop|not|quit) eating\b(?: \|)?(?: \w+){0,10} (?:give up|give out|shut down|"
        r"stop working|waste away|disappear|nothing left)\b",
        r"\bstarv(?:e|ing)\b(?: \w+){0,4} (?:until|till) (?:theres nothing left|i disappear"
        r"|i die|i "
        r"waste away)\b",
        r"\b(?:stop|stopped|stopping|quit|quitting|refuse|refusing|not|havent been|have not been|"
        r"barely) (?:eating|to eat|eat)\b(?: \w+){0,8} (?:die|dying|disappear|waste away|wither|"
        r"fade away|be gone|not be here|want to (?:die|disappear)|dont care if i)\b",
        r"\bstarv(?:e|ing) (?:myself )?(?:to death|until i (?:die|disappear)|so (?:i|that "
        r"i) (?:can )?"
        r"(?:die|disappear)|away)\b",
        r"\bstarv(?:e|ing|ed) myself\b(?: \w+){0,8} (?:die|disappear|punish|deserve|waste away|"
        r"fade|gone)\b",
        r"\b(?:let|letting) myself (?:starve|waste away|wither away|fade away|rot)\b",
        r"\b(?:want|wish|hope|trying) (?:to )?(?:waste away|wither away|starve to death)\b",
        r"\b(?:dont|do not) (?:deserve|want) to eat\b(?: \w+){0,6} (?:die|disappear|gone|exist)\b",
    ),
}
