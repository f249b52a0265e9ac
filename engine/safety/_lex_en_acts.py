"""English crisis patterns: methods and means, preparations and self-harm.

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
_INTENT = (
    r"(?:want|wanted|wanting|going|thinking about|thinking of|think about|thought about|"
    r"tempted|urge|urges|planning|plan|ready|decided|should|might|keep|imagin\w+|fantasi\w+|"
    r"consider\w*|about|how to|just|could|would|will|ill|feel like|close to|if i)"
)


ACTS: Lexicon = {
    "method": (
        r"\b(?:roof|bridge|balcony|ledge|building|cliff|tracks)\b(?: \w+){0,8} (?:thinking "
        r"(?:of|about)|"
        r"want to|going to|might|could) jump(?:ing)?\b",
        r"\b(?:gun|pistol|pills|rope|knife|blade)\b(?: \w+){0,6} (?:thinking about|think "
        r"about|tempted|"
        r"urge) (?:to )?us(?:e|ing) it\b",
        rf"\b(?:stash|stockpile|supply|hoard|collection|box|bag) of {_MEANS}\b(?! (?:for "
        r"(?:the|my) "
        r"(?:trip|holiday|travels|cold|flu|migraines?|headaches?)|at work)\b)",
        rf"\b(?:{_MEANS}|razor blades|blades|razors|rope|a rope|the rope) (?:hidden|stashed"
        r"|saved|ready|"
        r"put aside) (?:for when|for the day|just in case|for later)\b",
        rf"\bhow many {_MEANS}\b(?: \w+){{0,8}} (?:liver|kidneys?|heart stop|shut down)\b",
        r"\bengine running\b(?: \w+){0,5} garage\b",
        r"\bbridges? (?:\w+ ){0,4}(?:nets|no fence|no railing|no barrier)\b",
        r"\b(?:ill|i will|im going to|going to|gonna|i want to) (?:be|lie|lay|stand|sit) on the "
        r"(?:tracks|railway|rails|ledge|edge of the roof)\b",
        r"\b(?:gun|pistol|revolver|rifle)\b(?: \w+){0,6} (?:holding it|hold it|held it|in "
        r"my mouth|to "
        r"my head|loaded)\b",
        r"\b(?:researching|looking up|looked up|googling|googled|reading about) (?:\w+ "
        r"){0,3}(?:ways|"
        r"methods|how) to (?:die|kill myself|end it|end my life|overdose|hang)\b",
        rf"\b(?:\d{{2,}}|twenty|thirty|forty|fifty|a hundred|that many|all (?:my|the|these)) "
        rf"{_MEANS}\b"
        r"(?: \w+){0,3} (?:enough|too much|lethal|kill me|kill you|be enough)\b",
        rf"\b(?:is|are|would|will) (?:\d+ |that many |these |my |all my )?{_MEANS} (?:be "
        r")?enough\b",
        rf"\b{_MEANS} (?:saved|stored|stashed|hoarded|stockpiled|hidden|collected) (?:up|away)?\b",
        rf"\benough {_MEANS} (?:to|saved|stashed|hidden)\b",
        r"\b(?:want|wanna|going|gonna|ready|need) to jump\b(?= \||$)",
        r"\b(?:keep|kept|been|keep on) (?:looking|staring|thinking) (?:at|about) (?:the "
        r"|my )?(?:knives|"
        r"knife|pills|rope|razor|blades|gun|tracks|bridge)\b",
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
        r"packet)|\d{2,}|twenty|thirty|forty|fifty|a hundred|a (?:whole )?bunch|a handful|handfuls|"
        r"loads|tons|way too many|"
        r"lots)(?: of)? (?:my |the |those |these |his |her |moms |mums |dads )?"
        rf"(?:sleeping |sleep )?{_MEANS}\b",
        r"\b(?:stockpil\w*|hoard\w*|sav(?:e|ing|ed) up|saving|stash\w*|collecting) (?:my "
        rf"|up )?{_MEANS}\b",
        rf"\b{_INTENT} (?:to )?(?:just )?(?:jump|jumping|throw myself|throwing myself|leap|leaping|"
        r"step|stepping|walk|walking|drive|driving|crash|crashing|swerve|swerving|yeet|yeeting"
        r"|lie down"
        r"|lay down)(?: myself)? "
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
        r"\baffairs in order\b(?: \w+){0,4} (?:ready|goodbye|so i can|before i go|for when)\b",
        r"\bsaying goodbye (?:\w+ ){0,3}without (?:them|anyone|people) (?:realising|realizing"
        r"|knowing)\b",
        r"\b(?:arranged|made sure|asked|sorted) (?:for )?(?:\w+ ){0,3}(?:to )?(?:take|look "
        r"after|have|"
        r"care for|adopt) my (?:dog|cat|pets?|kids|children|plants)\b(?: \w+){0,5} (?:just "
        r"in case|when "
        r"im gone|after im gone|if anything happens|after)\b",
        r"\b(?:finished|wrote all|written all|finished writing) (?:my |the |all my )?(?:letters"
        r"|notes)\b(?: "
        r"\|)?"
        r"(?: \w+){0,3} (?:for|to) (?:mum|mom|dad|my (?:mum|mom|dad|family|parents|kids"
        r"|brother|sister|"
        r"wife|husband))\b",
        r"\bcancel\w* (?:all )?(?:of )?my (?:plans|appointments|subscriptions)\b(?: \w+){0,6} "
        r"(?:wont "
        r"be here|wont need|wont be around|no point)\b",
        r"\b(?:i love you all|love you all)(?: \w+){0,2} (?:im|i am) sorry for everything\b",
        r"\bim sorry for everything\b(?: \w+){0,4} (?:goodbye|i love you)\b",
        r"\b(?:writing|wrote|written|write|left|leave|leaving) (?:\w+ ){0,2}goodbye (?:letters?"
        r"|notes?)"
        r"\b(?! (?:to|for) (?:the|my) (?:team|colleagues|coworkers|class|office|students))",
        r"\b(?:easy|easier|simpler) for (?:my family|them|everyone|my parents|my wife|my "
        r"husband|my kids)"
        r" (?:after|when im gone|once im gone)(?= \||$| im gone)",
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
        r"\b(?:cut|cuts|cutting|slice|slices|slicing|sliced|carve|carves|carved|carving"
        r"|slash|slashed|"
        r"burn|burns|burned|burnt|burning|scratch|scratched|scratching|injure|injured|mutilate|"
        r"mutilated|hurt|hurting|harm|harming|bruise|bruised|punish|punishing) (?:into )?(?:words "
        r"into )?my (?:arms?|wrists?|legs?|thighs?|skin|body|stomach|hips?|forearms?)\b(?! "
        r"(?:while|"
        r"when i fell|in the|at the|playing|running|lifting|training|by accident|on the|cooking|"
        r"shaving|skiing)\b)",
        r"\b(?:carved|carve|carving) (?:\w+ ){0,2}into my (?:arms?|wrists?|legs?|thighs?"
        r"|skin|stomach)\b",
        r"\b(?:make|made|making) myself (?:bleed|bruise|hurt|suffer)\b",
        r"\bwant to hurt my (?:body|self)\b",
        r"\b(?:cut|cutting|burn|burned|burnt|burning|hurt|hurting|pick|picking|scratch|scratching"
        r"|bang|"
        r"banged|banging|punch|punched|hit|hitting|bruise|bruising) (?:at )?(?:myself|my "
        r"(?:skin|arms?|"
        r"wrists?|legs?|thighs?|head|face|body|stomach))\b(?: \w+){0,6} (?:until (?:it|i) (?:bleed|"
        r"bleeds|bled|bruise|saw stars|pass out)|the only (?:thing|way)|to cope|when im "
        r"(?:angry|upset|"
        r"sad|stressed) (?:at|with) myself)\b",
        r"\b(?:hurting|cutting|burning|harming) myself (?:is|was) the only (?:way|thing)\b",
        r"\b(?:burn|burned|burnt|burning) (?:my|myself) (?:\w+ ){0,2}with (?:a lighter|lighters|"
        r"cigarettes|a cigarette|matches|a hot)\b",
        r"\b(?:so|then|and|because) i (?:hurt|cut|burn|harm|punish|hit) myself\b(?! (?:at"
        r"|while|during|"
        r"lifting|running|playing|on|cooking|shaving|out)\b)",
        r"\bdeserve (?:the )?(?:pain|to hurt|to suffer|to be hurt|to bleed)\b",
        r"\b(?:want|wanna|need|urge|urges|tempted|craving|crave) to cut\b(?! (?:the|my|a"
        r"|an|it|back|"
        r"down|costs|hair|ties|out|in|off|some|this|that|our|corners|class|carbs|sugar|loose|ahead|"
        r"through|them|him|her|you|people|someone)\b)",
        r"\b(?:arms?|wrists?|thighs?|legs?|stomach|skin) (?:are |is )?(?:covered in|full "
        r"of) (?:cuts|"
        r"scars|burns)\b",
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
}
