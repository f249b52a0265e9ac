"""English crisis patterns: methods and means, preparations, self-harm, abuse, starvation.

Written against the plain reading (no apostrophes). Acts need an intent or a purpose
nearby ("thinking about jumping off the bridge", "i cut my arms to feel something"),
so the same verbs in ordinary life ("we went cliff jumping", "i cut myself cooking")
stay ordinary.
"""

from __future__ import annotations

from engine.safety._kinds import Lexicon

_MEANS = (
    r"(?:pills|tablets|meds|medication|medicine|sleeping pills|painkillers|paracetamol|"
    r"tylenol|acetaminophen|ibuprofen|advil|aspirin|antidepressants|insulin|xanax|benzos|"
    r"capsules|sertraline|lithium|oxy|oxycodone|codeine|morphine|tramadol|ambien|benadryl)"
)
_KIN = (
    r"(?:family|kids|children|parents|mom|mum|dad|wife|husband|partner|sister|brother|son|"
    r"daughter|friends|loved ones|boyfriend|girlfriend|everyone|everybody|people i love)"
)
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
_INTENT = (
    r"(?:want|wanted|wanting|going|thinking about|thinking of|think about|thought about|"
    r"tempted|urge|urges|planning|plan|ready|decided|should|might|keep|imagin\w+|fantasi\w+|"
    r"consider\w*|about|how to|just|could|would|will|ill|feel like|close to|if i)"
)


ACTS: Lexicon = {
    "method": (
        rf"\bhow (?:many|much) (?:\w+ ){{0,3}}{_MEANS}\b(?: \w+){{0,8}} (?:kill|die|dying|dead|"
        r"overdose|od|lethal|fatal|deadly|end it|not wake up|stop (?:my|the|a|your) heart)\b",
        r"\b(?:lethal|fatal|deadly) (?:dose|amount|quantity|dosage)\b(?! of (?:caffeine|coffee|"
        r"water|bananas|radiation|sugar|salt)\b)",
        r"\b(?:overdose|overdosing|od|oding) on\b",
        r"\b(?:want|going|plan|planning|thinking about|thinking of|try|trying|tempted|ready"
        r"|decided|"
        r"about|might|could|should|will|gonna) (?:to )?(?:overdose|od)\b",
        r"\b(?:take|took|taking|swallow|swallowed|swallowing|down|downed|ate|chug|chugged) (?:all|"
        r"every single one|the whole (?:bottle|box|pack|packet|strip)|a whole (?:bottle|box|pack|"
        r"packet)|\d{2,}|twenty|thirty|forty|fifty|a hundred|a bunch|a handful|handfuls|loads|tons|"
        rf"lots)(?: of)? (?:my |the |those |these |his |her |moms |mums |dads )?{_MEANS}\b",
        r"\b(?:stockpil\w*|hoard\w*|sav(?:e|ing|ed) up|saving|stash\w*|collecting) (?:my "
        rf"|up )?{_MEANS}\b",
        rf"\b{_INTENT} (?:to )?(?:just )?(?:jump|jumping|throw myself|throwing myself|leap|leaping|"
        r"step|stepping|walk|walking|drive|driving|crash|crashing|swerve|swerving|lie down"
        r"|lay down) "
        r"(?:off|from|in front of|into|under|onto|out in front of|on) (?:a |the |that |this "
        r"|my |our |"
        r"oncoming )?(?:\w+ )?(?:bridge|roof|rooftop|building|balcony|cliff|ledge|overpass|tower|"
        r"window|train|subway|metro|bus|truck|lorry|traffic|tracks|railway|highway|motorway|"
        r"skyscraper|wall|tree|river|sea)\b",
        r"\bhow (?:high|tall|far) (?:\w+ ){0,5}(?:jump|fall|drop)\b(?: \w+){0,5} (?:die|kill|fatal|"
        r"survive|dead)\b",
        r"\b(?:drive|driving|crash|crashing|steer|steering|swerve|swerving) (?:my |the "
        r")?(?:car |bike )?"
        r"(?:into|off) (?:a |the |oncoming )?(?:tree|wall|bridge|cliff|truck|lorry|traffic"
        r"|river|pole|"
        r"barrier)\b",
        r"\b(?:use|using|turn|turning) (?:it|the gun|a gun|his gun|them|the pills|a knife"
        r"|the knife|the "
        r"rope|a blade) on myself\b",
        rf"\bhow many {_MEANS} (?:it )?(?:takes|would take|does it take|will it take)\b(?! "
        r"to (?:work|"
        r"kick in|help|feel))",
        r"\b(?:looking up|looked up|researching|researched|googling|googled|searched|searching)"
        r" (?:\w+ ){0,2}(?:how many|lethal|ways to die|how to die|how to kill|painless)\b",
        r"\b(?:standing|sitting|stood|sat) on (?:the |a )?(?:edge of the |ledge of the "
        r")?(?:bridge|roof|"
        r"ledge|rooftop|railing)\b(?: \w+){0,2} (?:right now|now|again|tonight)\b(?! (?:taking"
        r"|with|"
        r"waiting|watching|looking|for (?:the|a) (?:photo|picture|view)))",
        r"\b(?:high|tall|far) enough (?:\w+ ){0,4}(?:to )?(?:die|kill (?:me|myself)|not survive|"
        r"be fatal)\b",
        r"\b(?:tie|tied|tying|make|made|making|bought|buy|buying|got|have) (?:a |the |my )?noose\b",
        r"\b(?:rope|belt|cord|cable|scarf) (?:\w+ ){0,4}(?:to hang|around my neck|from the "
        r"(?:ceiling|beam|door|rafters|banister))\b",
        r"\b(?:bought|buy|buying|got|ordered|order) (?:a |some |the )?(?:rope|helium|charcoal|gun|"
        r"pistol|rifle|firearm|shotgun|razor blades|razors|blade|blades)\b(?: \w+){0,6} (?:for "
        r"(?:myself|tonight|when|it|the end)|to (?:end|do it|finish|kill|hang|use on myself)|"
        r"just in case)",
        r"\b(?:gun|pistol|revolver|barrel|bullet) (?:to|in|against|into) my (?:head|temple|mouth|"
        r"chin)\b",
        r"\b(?:put|putting) a bullet (?:in|through) my (?:head|brain|skull)\b",
        r"\bblow my (?:own )?brains? out\b",
        r"\b(?:slit|slice|cut|slash|open|opening|slitting) (?:my|both my|both) (?:wrists?|throat|"
        r"veins|arteries)\b",
        r"\b(?:drink|drank|drinking|swallow|swallowed|ingest|ingested) (?:some |the |a bottle of |"
        r"bottle of )?(?:bleach|antifreeze|poison|rat poison|pesticide|weed ?killer|drain cleaner|"
        r"cyanide)\b",
        r"\b(?:car|engine) running in (?:the|a|my) (?:closed |locked )?garage\b",
        r"\b(?:painless|easiest|quickest|quick|easy|fastest|best|surest|least painful|peaceful|"
        r"most effective|reliable|cleanest|simplest) (?:way|ways|method|methods|means|option) "
        r"(?:to|of|for) (?:die|dying|kill (?:myself|yourself|oneself)|end (?:my life|your life|"
        r"it all)|commit suicide|not wake up|check out for good|disappear forever)\b",
        r"\bhow (?:to|do i|do you|can i|could i|would i|should i|do people|does one) (?:\w+ ){0,2}"
        r"(?:kill myself|kill yourself|end my life|end it all|commit suicide|die painlessly|"
        r"die quickly|die in my sleep|hang myself|overdose|slit my wrists|not wake up)\b",
        r"\bhow long (?:does it take )?(?:\w+ ){0,4}(?:to die|to bleed out|to suffocate|before "
        r"you die)\b",
        r"\bways to (?:die|kill myself|end my life|end it all|commit suicide)\b",
        r"\b(?:pills|gun|rope|blade|razor|noose) (?:is |are )?(?:ready|loaded|tied|counted"
        r"|lined up|"
        r"next to me|in my (?:hand|drawer|bag|car|pocket))\b",
        r"\b(?:standing|stood|sitting|sat|am|im) (?:on|at) (?:the |a )?(?:edge of (?:the |a )?)?"
        r"(?:bridge|roof|rooftop|ledge|cliff|railway tracks|tracks)\b(?: \w+){0,6} (?:jump|end it|"
        r"step off|let go|goodbye|for good)\b",
    ),
    "preparation": (
        r"\b(?:goodbye|farewell|last) (?:notes?|letters?|messages?|videos?|texts?)\b (?:\w+ ){0,2}"
        rf"(?:to|for) (?:my |each of my |all my )?{_KIN}\b",
        r"\b(?:wrote|written|writing|write|left|leaving|leave|started) (?:\w+ ){0,2}(?:letters?|"
        rf"notes?) (?:to|for) (?:my |each of my |all my )?{_KIN}\b(?: \w+){{0,8}} (?:goodbye|"
        r"sorry|when im gone|after im gone|explain\w*|in case|for after|to find|to read|love them|"
        r"why)\b",
        r"\b(?:giving|give|gave|given|handing out|handed out|sold|selling) (?:away )?(?:all |most |"
        r"some )?(?:of )?(?:my |the )?(?:stuff|things|belongings|possessions|clothes|books|games|"
        r"guitar|jewelry|jewellery|cat|dog|pets?|plants|collection|savings|money|everything)\b"
        r"(?: \w+){0,8} (?:wont need|not going to need|no longer need|not need|when im gone|"
        r"after im gone|before i go|since i wont be|wont be (?:here|around)|someone who will)",
        r"\bwont (?:need|be needing) (?:them|it|these|any of (?:it|this|my stuff)|my stuff"
        r"|my things|"
        r"anything) (?:where im going|much longer|after (?:tonight|this week))\b",
        r"\b(?:after|when|once|by the time) im (?:gone|dead|no longer here|no longer around)\b"
        r"(?! (?:for|on|to|from|next|over|this|during|until|till|tomorrow|out|away|at|in)\b)",
        r"\b(?:picked|chose|chosen|choose|set|decided on|have|got|marked|circled) (?:a |the )?"
        r"(?:date|day|night|time)\b(?: \w+){0,6} (?:to die|to end it|to kill myself|to "
        r"do it|for it|"
        r"when ill|ill do it|its happening|goodbye|my last)\b",
        r"\bmy last (?:day|night|week|weekend|birthday|christmas) (?:alive|on earth|on this earth|"
        r"of my life|breathing)\b",
        r"\b(?:last|final) (?:day|night) (?:alive|on earth|on this earth)\b",
        r"\b(?:wont|will not|not going to|probably wont) (?:be alive|be around much longer|"
        r"be here much longer|be here for long|be around for long|see (?:another|next) (?:year|"
        r"christmas|birthday|summer|spring)|make it (?:to|through) (?:christmas|my birthday|"
        r"next (?:month|year)|the year))\b",
        r"\b(?:saying|said|say|wanted to say|want to say|this is) (?:my )?(?:final|last) "
        r"goodbyes?\b",
        r"\b(?:goodbye|bye) (?:forever|for good|for the last time|cruel world|world)\b",
        r"\bsay(?:ing)? goodbye (?:to (?:everyone|everybody|my family|my kids|the world|you all|"
        r"all of you|my friends) )?(?:forever|for good|for the last time|before i (?:die|end it|"
        r"leave for good|do it|kill myself)|while i (?:still )?can)\b",
        r"\b(?:take|taking) care of my (?:cat|dog|kids|plants|pets|children|mom|mum) (?:\w+ ){0,3}"
        r"(?:when|after|once|if) im (?:gone|dead|not here|no longer)\b",
        r"\b(?:wrote|made|making|writing|updated|updating|finished|sorted|drafted) (?:my|a) "
        r"(?:will|testament)\b(?: \w+){0,10} (?:goodbye|dont need|wont need|wont be|when im gone|"
        r"after im gone|not be around|tonight|end it|final|last)\b",
        r"\bthis is (?:my|the) last (?:message|time (?:youll hear from me|im writing|i write|"
        r"ill write|ill talk))\b(?! (?:before|about|on|in|this|today|until|till|for (?:today|"
        r"the day|the week|a while))\b)",
        r"\b(?:tell|please tell) my (?:family|kids|mom|mum|dad|parents|wife|husband|sister|brother)"
        r" (?:that )?(?:im sorry|i love them|i loved them|it wasnt their fault)\b",
    ),
    "self_harm": (
        r"\b(?:want|wanna|need|urge|urges|urged|tempted|going|thinking about|thinking of|thought "
        r"about|keep|kept|started|start|been|stop myself from|cant stop|cant help|craving|crave|"
        r"relapsed and|relapsed|almost|nearly|feel like|felt like|resist|resisting) (?:to )?"
        r"(?:cutting|cut|burning|burn|hurting|hurt|harming|harm|punishing|punish|scratching"
        r"|scratch|"
        r"hitting|hit|punching|punch|bruising|bruise|carving|carve|stabbing|stab|biting|bite|"
        r"scalding|scald) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?))\b"
        r"(?! (?:at|while|during|playing|lifting|running|skiing|cooking|shaving|out|in the (?:gym|"
        r"kitchen|garden))\b)",
        r"\b(?:cut|cutting|burn|burned|burnt|burning|hurt|hurting|harm|harming|punish|punishing|"
        r"scratch|scratched|scratching|hit|hitting|punched|punching|carve|carved) (?:myself"
        r"|my (?:arms?|"
        r"wrists?|legs?|thighs?|skin|stomach))\b(?: \w+){0,3} (?:again|on purpose|deliberately"
        r"|intentionally|"
        r"to (?:feel|cope|punish|forget|calm|numb|get through|make)|so (?:i|that i) (?:can|could|"
        r"feel|dont)|until (?:it|i) (?:bled|bleed|hurt)|because i (?:deserve|deserved|hate)|"
        r"when (?:im|i get|i feel|things get|it gets)|until (?:it|i) (?:bruise|bruised|bleeds?)"
        r"|with "
        r"(?:cigarettes|a cigarette|a lighter|lighters|matches|a razor|razors|a blade|blades))",
        r"\b(?:ive been|i have been|been|started|i started|still|keep|i keep|im|i am) (?:cutting|"
        r"self harming|selfharming)(?= (?:again|since|for (?:\d+|a|two|three|months|years|weeks)|"
        r"ever|and|because|when|to|every|on my)\b| \||$)",
        r"\b(?:sh|s h) (?:urges?|scars?|relapse|again|wounds?|cuts?)\b",
        r"\b(?:relapsed|relapse|clean) (?:on|from|with) (?:sh|self harm|cutting)\b",
        r"\b(?:razor|blade|blades|lighter|cigarette|knife|compass|scissors|glass) (?:\w+ ){0,3}"
        r"(?:on|to|into|against|across) my (?:skin|arms?|wrists?|thighs?|legs?|stomach)\b",
        r"\b(?:fresh|new|deep) (?:cuts|scars|wounds|burns) on my (?:arms?|wrists?|thighs?|legs?|"
        r"stomach)\b",
        r"\b(?:hide|hiding|cover|covering) (?:up )?(?:the |my )?(?:cuts|scars|burns) (?:\w+ ){0,4}"
        r"(?:arms?|wrists?|thighs?|legs?|sleeves|parents|family|mom|mum|dad|friends)\b",
        r"\bhurt myself so (?:i can|i could|that i) feel\b",
    ),
    "abuse": (
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
        r"into|toward|towards|forward|harder|over)\b| with (?:a |the |an |some |last )?(?:question|"
        r"request|deadline|email|task|message|idea|bill|comment|joke|work|minute|news|facts|truth)"
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
        r"(?:friends|family|parents)|have my phone|have money|talk to anyone|eat|sleep)\b"
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
