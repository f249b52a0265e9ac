"""English crisis patterns in everyday words: passive ideation, means, preparations, danger.

Classes rather than sentences: a stance on not existing ("id be ok if i didnt exist"),
a hope that something ends the speaker ("hope i get really sick"), a wait for the end
("waiting for my body to catch up"), a lethality or pain question about a means, a
means at hand, affairs put in order for an absence, and a threat or control at home.
Written against the plain reading (no apostrophes: "dont", "id").
"""

from __future__ import annotations

from engine.safety._kinds import Lexicon

_NOT_EXIST = (
    r"(?:stop (?:living|existing|being (?:here|alive|around))|not (?:be|exist)(?: here| around)?"
    r" (?:anymore|any longer)|not (?:be a person|be me|exist) (?:anymore|for a (?:bit|while))|did"
    r"nt exist(?: anymore)?|wasnt (?:here|around|alive) anymore)"
)
_ENDS_ME = (
    r"(?:died(?! (?:my|her|his|the|it|them)\b)|die(?! (?:my|her|his|the|it|them)\b)|was dead|were"
    r" dead|was gone|were gone|disappeared|didnt wake up|never woke up|"
    r"fell asleep and (?:that was it|never woke up|didnt wake up)|something happened to me|"
    r"something happens to me|got hit by (?:a|the) \w+)"
)
_ABUSER = (
    r"(?:my (?:partner|husband|hubby|wife|boyfriend|girlfriend|bf|gf|fiance|fiancee|spouse|ex|"
    r"ex husband|ex wife|ex boyfriend|ex girlfriend|dad|father|stepdad|stepfather|mom|mum|"
    r"mother|stepmom|stepmother|parents|brother|uncle|son|daughter|grandson|stepson|carer|"
    r"caregiver|mums boyfriend|moms boyfriend|mums partner|moms partner)|he|she)"
)
_MEANS = (
    r"(?:pills|painkillers|tablets|meds|medication|insulin|paracetamol|cut|cuts|dose|fall|jump)"
)

EVERYDAY: Lexicon = {
    "ideation": (
        rf"\b(?:wish i could|want to|wanna|should|would like to|id like to|ready to|id love to|"
        r"(?:it d|itd|it would|would) be nice to) (?:just |"
        rf"simply |finally )?{_NOT_EXIST}\b(?! (?:in|with|like|off|at|on|paycheck|under|out|my|"
        r"for (?:the|my|this|that|work|now))\b)",
        rf"\b(?:id|i would) be (?:ok|okay|fine|happy|glad|relieved|at peace) if i (?:just |"
        rf"simply )?(?:{_ENDS_ME}|{_NOT_EXIST})\b",
        rf"\b(?:wouldnt|would not|wont) (?:mind|care|fight it|resist) (?:\w+ )?if (?:i )?"
        rf"(?:just )?{_ENDS_ME}\b",
        rf"\bif (?:i (?:just )?)?{_ENDS_ME}\b(?: \w+){{0,6}} (?:i (?:wouldnt|would not|wont) "
        r"(?:fight|mind|care|resist)|(?:id|i would) (?:be|feel) (?:relieved|glad|at peace)|"
        r"(?:that|it) (?:would|d) be (?:a relief|for the best))",
        r"\b(?:hope|hoping|wish|pray|praying)(?: that)? (?:the plane (?:goes down|crashes)|"
        r"i (?:get|got|catch|fall) (?:really |very |so |terminally )?(?:sick|ill|cancer) so|"
        r"(?:the lord|god|he) (?:takes|would take|will take|take|comes for) me)\b",
        r"\b(?:everyone|everybody|(?:every|any)ones? s? ?(?:life|lives)|my (?:family|kids|friends"
        r"|wife|"
        r"husband|parents)|the world)(?: \w+){0,3} (?:would|d|will) (?:improve|be (?:better|easier|"
        r"happier|lighter|simpler))(?: off)?(?: \w+){0,2} if i (?:just )?(?:(?:wasnt|werent|was n"
        r"ot|were not) "
        r"(?:in it|here|around|alive|in (?:their|the) (?:lives?|picture|world))|(?:went away|"
        r"disappeared|vanished|was gone|were gone)(?! (?:for|on|to)\b))\b",
        r"\b(?:a|such a|the) (?:burden|weight|drain) (?:on|to) (?:everyone|everybody|my \w+|them)"
        r"(?: \w+){0,6} (?:stop being one|stop existing|not be here|be gone|disappear)\b",
        r"\bmy life (?:feels|is|seems) (?:like (?:it s|its|it is) )?already over\b",
        r"\bwaiting (?:for|on) (?:my body to (?:catch up|give up|give out|stop)|death|it all to "
        r"(?:end|be over)|the end(?= \||$)|to die)\b",
        r"\bno future (?:\w+ ){0,3}(?:with me in it|for me(?! (?:at|in|here|with)\b))",
        r"\b(?:stopped|stop|dont|no longer) (?:wanting|want|caring) to (?:see|live to see|make "
        r"it to) (?:next (?:year|week|month|birthday|christmas)|another (?:day|year|birthday))\b",
        r"\b(?:sleep|go to sleep|fall asleep|close my eyes)(?: \w+){0,2} and (?:not|never) "
        r"(?:have to )?(?:come back|wake up|open them)\b"
        r"(?! to (?:work|the office|school|class|uni))",
        r"\b(?:rest|sleep|be at peace|make it (?:all )?stop|(?:the )?pain to stop|it (?:all )?to "
        r"stop|stop the pain|end the pain|check(?:in|ing)? out)(?: \w+)? (?:for good|forever|"
        r"permanently|for ever|once and for all)\b(?! measure)",
        r"\b(?:delete|erase|uninstall|ctrl alt delete|log off|unsubscribe) myself(?: \w+)? "
        r"(?:permanently|forever|for good|from (?:life|existence|this world))\b",
        r"\btired of (?:fighting|trying|struggling) to (?:stay(?: alive)?|live|keep living|be "
        r"here)\b(?! (?:awake|late|on top|in|at|focused|motivated|positive|fit|healthy|sane|"
        r"calm|up)\b)",
        r"\b(?:given|giving|gave) up on (?:life|living|being alive)\b(?!(?: \w+)? (?:drawing|class|"
        r"classes|lessons?|insurance|coach\w*|admin|hacks?|skills?|goals?|story|stories)\b)",
        r"\b(?:no|zero) (?:reason|point) (?:to|in) (?:keep(?:ing)? )?(?:breathing|being here|"
        r"staying around|sticking around)\b(?! (?:for|at|until|till|after|to)\b)",
        r"\bworth (?:staying|sticking|hanging) around\b(?! (?:for|at|until|till|after|to)\b)",
        r"\bcounting (?:down )?(?:the )?days (?:until|till|til) (?:i (?:dont|do not|wont) (?:have "
        r"to )?be (?:here|around|alive)|im (?:gone|dead)|i die)\b",
        r"\b(?:dont|do not|wont|never) have to be (?:here|alive|around) (?:anymore|any longer)\b",
        r"\b(?:life|living) (?:isnt|is not|aint) worth (?:living|it) without\b",
        r"\btime (?:for me )?to (?:leave this (?:world|earth|life)|go (?:home )?to (?:god|"
        r"heaven)|say goodbye to (?:this world|life))\b",
        r"\b(?:cant|cannot|dont think i can|not sure i can|unable to) (?:keep|stay) (?:myself )?"
        r"safe\b(?! from\b)",
        r"\bfinish(?:ing)? myself off\b",
        r"\b(?:gonna|going to|wanna|want to|bout to|about to|finna|will|might) kys\b",
        # "kys" is read as "kill yourself"; said of oneself it has no "you" before it.
        r"(?:^|\| |\bim |\bi am |\bi )(?:gonna |going to |about to |finna |wanna |want to )"
        r"kill yourself\b(?! if\b)",
        r"\b(?:rather|prefer to) (?:starve|die|be dead|not exist|not be here)(?: \w+){0,2} than "
        r"(?:keep |go on |carry on )?(?:living|live|being alive|existing|waking up|wake up)\b",
        r"\b(?:dont|do not|not) (?:plan(?:ning)?|intend(?:ing)?|expect(?:ing)?) (?:on |to )?(?:be|"
        r"being) (?:around|here|alive) (?:for (?:christmas|my birthday|new year|next year|much lo"
        r"nger|"
        r"long)|by|next|much|this (?:time next|christmas))\b(?!(?: \w+){0,5} "
        r"(?:because|as|since|cause|ill|i will|im) (?:be )?(?:in|at|on|away|travel\w*|abroad|"
        r"moving))",
        r"\b(?:quit|quitting|exit|resign from|unsubscribe from) (?:this |my )?(?:life|living|"
        r"existence|being alive)\b(?! (?:coach\w*|insurance|hacks?|style|lessons?|story|admin|"
        r"drawing|in|on|at|as)\b)",
        r"\bwant out(?: \w+){0,3} (?:of )?(?:life|existence|being alive)\b",
        r"\b(?:dont|do not|cant|cannot|no longer) (?:want to )?(?:do|doing) (?:this |the )?(?:life|"
        r"living|existence)(?: thing)? (?:anymore|any longer)\b",
        r"\b(?:cant wait|waiting|want|wish|hope|ready) (?:for )?(?:this|my) (?:life|existence) to "
        r"(?:be over|end|stop)\b",
        r"\blost (?:the|my|all) will to (?:live|go on|keep going|carry on)\b(?! (?:during|in|at|a"
        r"fter|"
        r"over|when|while|watching|reading)\b)(?!.{0,40}\b(?:lol|lmao|haha\w*|jk)\b)",
        r"\b(?:life|the world|everyone|everything) (?:can|will|would|could) (?:go on|carry on|keep "
        r"going|move on) without me\b(?! (?:at|in|on|for|while)\b)",
        r"\b(?:welcome|welcoming|embrace|look forward to|looking forward to|long for|crave|craving)"
        r" (?:death|dying|being dead|my death|the grave)\b(?! (?:metal|star|row|note|my|her|his|t"
        r"he)\b)",
        r"\bnot (?:scared|afraid|frightened) of (?:dying|death)(?: anymore)?\b.{0,40}\b(?:look(?:"
        r"ing)?"
        r" forward|want it|ready|welcome|relief)",
        r"\bdead inside\b.{0,40}\bmake it (?:official|real|permanent)\b",
        r"\b(?:done|finished|through)(?: with)?(?: it all| all of it| everything| life)?,? "
        r"(?:permanently|forever|for good)\b",
        r"\b(?:goodnight|good night) forever\b",
        r"\b(?:stop(?:ped)? fighting and )?let go (?:for good|forever|permanently)\b",
        r"(?:^|\| )(?:just |so )?done with (?:everything|it all|life|all of it|living|being alive)"
        r"(?= \||$)",
        r"\b(?:worth more dead|worth more to (?:them|my family|everyone) dead|finally be worth "
        r"something to (?:them|my family|everyone))\b",
        r"\b(?:didnt|never|not) (?:come|go|came) (?:home|back)(?: \w+){0,2},? ?(?:ever|ever again"
        r"|for good)\b",
        r"\b(?:thinking (?:about|of)|want to|tempted to|wanted to|urge to|could just)(?: just)? "
        r"(?:driving|drive|swerv\w*|steer\w*) (?:my car )?(?:off|into) (?:the |a )?(?:road|cliff|"
        r"bridge|motorway|highway|oncoming traffic|wall|tree)\b",
    ),
    "method": (
        rf"\b{_MEANS}\b(?: \w+){{0,5}} (?:fatal|lethal|deadly|most dangerous|kill (?:you|me|"
        r"someone))\b(?! (?:for|to) (?:dogs?|cats?|pets?|kids|children|babies|birds)\b)",
        r"\b(?:does|do|is|would|will) (?:(?:drowning|bleeding out|an overdose|overdosing|"
        r"suffocating|carbon monoxide)(?: \w+){0,2}|hanging|jumping) (?:hurt|painful|painless|"
        r"quick|take long)\b",
        r"\b(?:got|get|getting|bought|buy|buying|found|took|have|got hold of)(?: hold of)? (?:a |"
        r"my (?:dads|fathers|moms|mums|brothers|uncles|grandads) |the |his |her )?(?:gun|pistol|"
        r"rifle|shotgun|firearm|handgun)\b(?: \w+){0,5} (?:in my (?:room|car|bag|hand|lap|"
        r"drawer)|ready|loaded|quickly|tonight|without (?:waiting|a check|background))\b",
        r"\b(?:razor ?blades?|blades|pills|rope|noose|tablets)(?: \w+){0,2} (?:ready|lined up|"
        r"laid out|counted out|next to me)\b",
        r"\b(?:(?:cliffs?|bridge|roof|rooftop|tracks|platform)(?: \w+){0,5} (?:edge|ledge|railing)|"
        r"(?:edge|ledge|railing) of (?:the |a )?(?:cliffs?|bridge|roof|building|platform|tracks))"
        r"(?: \w+){0,3} (?:for (?:an|about an|over an) hour|for hours|for ages|thinking about|"
        r"wondering whether|and (?:thought about|looked down))\b",
        r"\b(?:staring|looking|stared|looked|sitting|sat) (?:at|with) (?:the |a |my )?(?:bottle of "
        r"pills|pills|pill bottle|rope|noose|blades?|razor|gun)(?: \w+){0,3} (?:for (?:an|about "
        r"an|over an) hours?|for hours|for ages|all night|thinking)\b",
        r"\bhow many (?:floors|stories|storeys|metres|meters|feet)(?: \w+){0,3} (?:do you need|"
        r"would it take|to (?:die|not survive|be sure)|is (?:enough|fatal|lethal))\b(?! (?:for|in"
        r"|to build)\b)",
    ),
    "preparation": (
        r"\b(?:because|since|as|cause|coz|cos) i (?:wont|will not|am not going to) be (?:around|"
        r"here|alive)\b(?! (?:for|next|this|on|in|during|until|till|at|to|that|much)\b)",
        r"\btell (?:my|the) \w+ (?:that )?i loved (?:her|him|them|you)(?= \||$| and| so)",
        r"\bsorry for everything\b.{0,80}\b(?:thank you|thanks) for (?:trying|everything|"
        r"putting up)",
        r"\b(?:writ\w+|wrote|left|leaving|finished) (?:my |a |the )?(?:final|last|goodbye|"
        r"farewell) letters?\b",
        r"\b(?:passwords?|accounts?|socials|affairs|will)\b.{0,80}\b(?:its|it s|it is) (?:almost|"
        r"nearly|finally) time\b",
        r"\b(?:made|wrote|written|updated|sorted|finished) (?:a |my )will\b(?! to\b).{0,60}"
        r"\b(?:cancell?ed|closed|deleted|gave away|given away)\b",
        r"\b(?:the|that|this) (?:\d+(?:st|nd|rd|th)?|\w+day) is (?:the day|when) i (?:go|die|do "
        r"it|end it)(?= \||$)",
        r"\b(?:it was|its been|been) (?:nice|good|lovely|an honou?r) knowing (?:you|y all|everyone|"
        r"you all)\b(?!.{0,40}\b(?:lol|lmao|haha\w*|jk|rip)\b)",
    ),
    "abuse": (
        rf"\b{_ABUSER} (?:\w+ ){{0,7}}(?:threatening|threatens|threatened) me\b(?! with\b)",
        rf"\b{_ABUSER} (?:is|was|keeps|started|starts) (?:smashing|breaking|throwing|punching|"
        r"kicking) (?:things|stuff|doors|walls|furniture|plates|holes)\b",
        rf"\b{_ABUSER} (?:\w+ ){{0,2}}(?:hurts|hits|beats|abuses|hitting|beating|hurting) me\b"
        r"(?! (?:at|in|with|up|to)\b)",
        r"\b(?:says|said|told me|tells me) (?:that )?(?:nobody|no one)(?:ll| will| would|d) "
        r"(?:ever )?believe me\b",
        r"\b(?:wont|doesnt|does not|will not|didnt) (?:let|allow) me (?:to )?(?:see|go to|call)"
        r"(?: a| the| my)? (?:doctor|hospital|police)\b(?! alone\b)",
        r"\binjuries (?:he|she|they) (?:gave|caused|left)\b",
        r"\b(?:scared|afraid|terrified) (?:that )?(?:hell|shell|he will|she will|he might|she "
        r"might) (?:hurt|kill) (?:the kids|my kids|the children|my children|my baby|us)\b",
        r"\b(?:said|says|swore|told me|threatened)(?: \w+){1,3} (?:hell|shell|he will|she will|"
        r"hed|shed)(?: really| actually| seriously)? (?:kill|hurt|stab|shoot|beat) (?:me|us)\b",
        r"\b(?:hits|beats|hurts|hit|beat|hurt) (?:her|him|my (?:mum|mom|sister|brother)) and "
        r"(?:then |also )?(?:me|us)\b(?! (?:at|in|with)\b)",
    ),
}
