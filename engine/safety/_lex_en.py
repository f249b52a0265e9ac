"""English crisis patterns: ideation, active and passive, and the bare words.

Written against the plain reading (no apostrophes: "dont", "im"). Everyday
first-person phrasing is what matters: "i dont want to wake up", "everyone would be
better off without me". Idioms that borrow the same words ("this deadline is killing
me") are blanked by the guards first.
"""

from __future__ import annotations

from engine.safety._kinds import Lexicon

IDEATION: Lexicon = {
    "ideation": (
        r"\b(?:kill|killing|killed|hang|hanging|hanged|shoot|shooting|drown|drowning|off"
        r"|yeet|yeeting|"
        r"offing|end|ending|suffocate|suffocating|electrocute|gas|stab|stabbing|murder) myself\b"
        r"(?! (?:in the foot|laughing|out|up|to (?:get|finish|make|meet|hit|keep|deliver|prepare|"
        r"please)|over (?:this|that|the|a|it)|for (?:this|that|the|a|nothing|work|it)|at "
        r"work|working|"
        r"studying|trying)\b)",
        r"\b(?:end|ending|take|taking|took) my (?:own )?life\b"
        r"(?! (?:back|into|in (?:my|hand)|seriously|more|off)\b)",
        r"\bend(?:ing)? it all\b",
        r"\bend(?:ing)? (?:it|everything|things|my existence) (?:for good|forever|once and for all|"
        r"permanently)\b",
        r"\b(?:going to|want to|planning to|plan to|ready to|decided to|about to|need to) end "
        r"(?:it|everything|my existence)\b(?! (?:with|between|at|early|here|now|there|for "
        r"(?:the|now|today))\b)",
        r"\b(?:want|wanted|wanting|wish|wishing|ready|deserve|decided|planning|plan|need|praying|"
        r"pray|longing|long|yearn|begging) (?:to |i could |i would |i could just |id )?(?:just |"
        r"simply |finally |honestly |really )?(?:die|be dead|not be alive|not exist|stop existing|"
        r"cease to exist|(?:go to )?sleep forever|not wake up|never wake up)\b"
        r"(?! (?:of|laughing|from|for|inside|a little|my hair|in my sleep at|old|this weekend"
        r"|on sunday|on "
        r"saturday|lol|haha|halfway|half way|mid run|on the (?:stairs|treadmill|hill|bike)|up "
        r"the (?:stairs|hill))\b)",
        r"\bwish (?:i|that i)(?: was| were| had| could| would|d)?(?: just| simply)? (?:be )?"
        r"(?:dead|die|died|never (?:been )?born|not (?:exist|be here|be alive|wake up)|"
        r"didnt exist|wasnt (?:alive|born|here|around)|werent (?:alive|born|here|around)|"
        r"disappear(?:ed)?(?! (?:on|to|into|for|from|somewhere|under|in|at|till|until|off|"
        r"abroad)\b)|"
        r"vanish(?:ed)? forever|(?:fall asleep|go to sleep|sleep) (?:and )?"
        r"(?:not|never) wake up|stop existing|cease to exist|didnt wake up|hadnt woken up|"
        r"never woke up|wouldnt wake up|could die)\b",
        r"\b(?:dont|do not|no longer|never|dont even|really dont|just dont|dont really) "
        r"(?:want|wish)"
        r" to (?:be alive|keep living|continue living|go on living|stay alive|exist anymore|"
        r"see tomorrow|see another day|wake up(?: tomorrow| again| anymore| ever| in the "
        r"morning)?)\b",
        r"\b(?:dont|do not|no longer|dont even|just dont|dont really) (?:want|wish) to live\b"
        r"(?! (?:in|with|near|there|here|abroad|at|on|by|alone|together|so|far|next|under|"
        r"without|through|downtown|closer|further)\b)",
        r"\b(?:dont|do not|no longer|dont even|just dont) (?:want|wish) to (?:exist|be "
        r"here|be around)"
        r"(?= (?:anymore|any longer|at all|on this earth|in this world|tomorrow)\b| \||$)",
        r"\b(?:no|not any|not a single|zero) (?:reason|point|purpose) (?:to|in|of|for) (?:live|"
        r"living|life|go on|going on|being alive|exist|existing|wake up|waking up|keep going|"
        r"carry on|carrying on|stay alive|staying alive|be alive|me being here|my life)\b",
        r"\bwhats the point (?:of|in) (?:living|life|being alive|going on|waking up|existing|"
        r"staying alive|anything anymore|me being here)\b",
        r"\bno(?:thing| one|body) (?:left )?(?:to live for|worth living for)\b",
        r"\b(?:dont|do not|cant|cannot) see (?:the |any |a )?(?:point|reason) (?:in|of|to) "
        r"(?:keep living|go on living|live|living|"
        r"life|going on|being alive|existing|waking up|keep going|carrying on|staying alive)\b",
        r"\b(?:life|living|my life|existing|existence) (?:is|feels|seems|s)? ?(?:not|no "
        r"longer|never|"
        r"just not|isnt|aint) worth (?:living|it anymore|it for me)\b",
        r"\bmy life (?:is|feels) (?:pointless|meaningless|unbearable|hopeless|over|worthless)\b",
        r"\bcant (?:go on|keep going|carry on|keep living|live like this|do life|cope with "
        r"(?:life|living|being alive))\b(?! like this (?:with|at|in|for|because)\b)(?! "
        r"(?:with|without|a|the|"
        r"vacation|holiday|leave"
        r"|until|till|"
        r"to|at|in|on|for|tomorrow|today|like that)\b)",
        r"\b(?:tired|sick|exhausted|weary) of (?:living|being alive|life itself|existing|my life|"
        r"this life|waking up|breathing|being me)\b(?! (?:paycheck|in|with|out of|like|here"
        r"|being|always|"
        r"right now|lately|at work)\b)",
        r"\b(?:im|i am|i feel|feel|feeling|honestly im|im so|im just|im really|so) (?:so |just |"
        r"really |completely |totally |pretty much )?(?:done|finished|through) (?:with|w) "
        r"(?:life|living|"
        r"everything|it all|this life|existing|being alive|the world|this world|all of it)\b"
        r"(?! (?:on|for|in|at|from|today|this week|so far|here|there|else|now|at work)\b)",
        r"\b(?:had|have had|ive had) enough of (?:life|living|being alive|existing|this life)\b",
        r"\bbetter off (?:dead|without me|if i (?:was|were|wasnt|werent|died|was gone|were gone|"
        r"disappeared|didnt exist|never existed|wasnt here|werent here|wasnt around|werent around)|"
        r"with me gone|when im gone|once im gone|if im gone|with me dead)\b",
        r"\b(?:everyone|everybody|the world|my family|they|theyd|people|my kids|my parents"
        r"|my friends|"
        r"my wife|my husband|my partner|the team|everyone else) (?:would|will|d)(?: all)? (?:be )?"
        r"(?:happier|better|fine|relieved|lighter)(?: off)? (?:without me|if i (?:was|were) gone|"
        r"if i died|if i disappeared|when im gone|with me gone|if i wasnt here|if i werent here|"
        r"if i wasnt around|if i werent around|if i wasnt alive|if i didnt exist|if i was dead)\b",
        r"\b(?:world|everyone|everybody|my family|my kids|they|people|life for everyone)(?: "
        r"would| will|"
        r"d)? be (?:a )?(?:better|happier|easier|nicer|lighter)(?: place| off)? without "
        r"me(?: in it)?\b",
        r"\b(?:theyd|theyll|theyre|hed|shed|theyd all) be (?:fine|better|happier|okay|ok"
        r"|better off) "
        r"without me\b",
        r"\bdont (?:think|know if|feel like) i (?:want|wanna) to (?:be alive|live|exist"
        r"|be here|keep "
        r"living|wake up|keep going)\b(?! (?:in|with|near|there)\b)",
        r"\b(?:be alive|be around|live|be here) (?:for )?(?:much|any) longer\b",
        r"\b(?:hope|hoping|pray|wish) (?:that )?i (?:dont|wont|do not|will not) make it "
        r"(?:through|to)\b"
        r"(?! (?:the |my )?(?:\d\w*|meeting|class|gym|party|office|standup|lecture|morning"
        r"|event|game|"
        r"show|concert)\b)",
        r"\bcant keep pretending (?:that )?(?:i want to live|i want to be alive|im okay"
        r"|to want to live)\b",
        r"\bdont want to be (?:a person|human|a human|me) anymore\b",
        r"\bdisappointed (?:that )?i (?:woke up|am still alive|m still alive|survived|didnt die)\b",
        r"\bwhats (?:even |really |the )?(?:the )?point(?: of (?:anything|it all|any of "
        r"this|trying|me|"
        r"going on|being here))?(?: anymore| at all)\b",
        r"\bwhats (?:even )?the point of (?:anything|it all|me|me being here|going on|any of it)\b"
        r"(?= \||$)",
        r"\b(?:so|then) i (?:dont|wouldnt|wont|would not|will not) have to (?:wake up|live"
        r"|be here|exist"
        r"|be alive|deal with (?:life|living|anything|it) anymore)\b",
        r"\b(?:hope|hoping|wish|pray|praying) something (?:bad )?(?:happens|would happen) to me\b",
        r"\bfeel like im (?:finished|done for)\b(?! (?:with|for) (?:the|my|this|that|today"
        r"|tonight)\b)",
        r"\btheres nothing left (?:for me|of me|in me|to live for)\b",
        r"\bcant (?:do|handle|take|bear) (?:this |my )?(?:life|living|existing)(?: thing)? "
        r"anymore\b",
        r"\b(?:want|need|wish) (?:it all|everything|all of it|my life) to (?:be over|end"
        r"|stop)\b(?! (?:well|"
        r"soon|on a|nicely|happily|smoothly)\b)",
        r"\b(?:imagine|imagining|picture|picturing|planning|plan|thinking about) (?:my|my own) "
        r"(?:funeral|death|dying)\b",
        r"\b(?:death|dying|being dead) (?:would be|feels like|sounds like|seems like|looks "
        r"like) (?:a )?"
        r"(?:relief|peace|escape|freedom|the only way|the answer|easier|nice)\b",
        r"\bdont care (?:if|whether) i (?:live or die|die|wake up|make it|survive|live)\b",
        r"\bif i (?:died|die|didnt wake up|was gone) (?:\w+ ){0,3}(?:i )?(?:wouldnt|would "
        r"not|dont|wont)"
        r" (?:mind|care)\b",
        r"\b(?:dark|bad|intrusive|suicidal|morbid) thoughts (?:about|of) (?:ending|dying"
        r"|death|not being|"
        r"killing|hurting myself|not waking)\b",
        r"\b(?:thoughts|thinking|thought|think) (?:a lot )?(?:of|about) ending (?:things"
        r"|everything|it "
        r"all|my life)\b(?! with\b)",
        r"\bthought about how (?:i|id|i would|i could|i might) do it\b(?! (?:differently"
        r"|better|again|"
        r"next|if|with)\b)",
        r"\b(?:going to|want to|gonna|wanna|might|should|could|about to|ready to) (?:just )?rope\b"
        r"(?! (?:in|them|him|her|you|off|the|a)\b)",
        r"\b(?:dont|do not) want to be (?:alive|here) (?:anyway|either)\b",
        r"\b(?:id|i would|i d|ill|i will|i might) be (?:happier|better|better off|fine) dead\b",
        r"(?<!who )(?<!guy )(?<!he )(?<!she )\b(?:wants|want) to die\b(?! (?:of|laughing"
        r"|from|for|inside|a little|my hair)\b)",
        r"\bwish (?:it|everything|this|life) would (?:all )?(?:just )?(?:end|stop|be over)\b",
        r"\b(?:theres|there is) no future for me\b",
        r"\b(?:im )?only (?:still )?(?:here|alive) (?:because of|for) (?:my|the)\b",
        r"\bthe only reason im (?:still )?(?:here|alive)\b",
        r"\b(?:living|life|being alive|existing|my life) (?:feels|is|has become) (?:so "
        r")?(?:unbearable|"
        r"impossible|too much to bear|not worth it)\b",
        r"\b(?:want|wish|need) (?:to )?(?:go away|leave|be gone) (?:forever|for good|and "
        r"never come "
        r"back)\b(?! (?:from|to) (?:this|the) (?:job|company|city|town|office|team)\b)",
        r"\bif i (?:was|were|am) gone (?:\w+ ){0,3}(?:nobody|no one|noone) (?:would|will) "
        r"(?:be sad|care|"
        r"miss me|notice|cry)\b",
        r"\b(?:thinking of|thinking about|thought about|looking up|researching) (?:ways"
        r"|how) to end "
        r"(?:it|it all|my life|things)\b",
        r"\bthe world (?:doesnt|does not|wouldnt|would not) (?:need|miss) me\b",
        r"\b(?:fall asleep|go to sleep|sleep) and never have to (?:wake up|deal with|face)\b",
        r"\b(?:goal|aim|target)\b(?: \|)?(?: \w+){0,5} (?:be|stay|staying|keep myself) alive\b",
        r"\b(?:wonder|wondering|imagine|imagining|picture)(?: \w+){0,6} (?:come to|at) "
        r"my funeral\b",
        r"\bdont trust myself to (?:stay safe|be alone|be safe)\b",
        r"\b(?:scared|afraid|terrified) of what i (?:might|could|will|would) do to myself\b",
        r"\b(?:no one|nobody|noone) (?:would|will|is going to|going to|d) (?:even )?(?:miss|notice|"
        r"care|cry)(?: about)?(?: me)?(?: if| when| once) i (?:die|died|was gone|were gone|"
        r"disappear|disappeared|killed myself|wasnt here|werent here|wasnt around|stopped existing|"
        r"am gone|left for good|vanished)\b",
        r"\b(?:no one|nobody|noone) would (?:even )?(?:miss|notice) me\b(?! (?:at|in|on"
        r"|if i skip|for|during|"
        r"tomorrow|today)\b)",
        r"\b(?:im|i am|i feel like|i feel|feel like|feeling like|im just|ive become|i have become|"
        r"just|being) (?:such |only |nothing but |a huge |a massive |just )?(?:a |an )?burden"
        r"(?: to| on| for)? (?:everyone|everybody|my family|my parents|my kids|my wife|my husband|"
        r"my partner|the people i love|everyone around me|the world|all of them|them all"
        r"|you all)\b",
        r"\b(?:im|i am|feel like|i feel like) (?:just |such |nothing but )?(?:a )?waste of "
        r"(?:space|air|oxygen|life)\b",
        r"\b(?:want|wish|wishing|wanted|need|ready) (?:to |i could )?(?:just )?(?:disappear|vanish|"
        r"fade away|evaporate) (?:forever|for good|permanently|completely|from (?:this "
        r"world|the earth|"
        r"existence|everyones lives)|and never come back|off the face of the earth|without "
        r"a trace)\b",
        r"\b(?:want|wish) (?:to |i could )?(?:just )?(?:fade away|stop existing|cease to exist|"
        r"not exist anymore|not be alive)\b",
        r"\b(?:hope|hoping|wish|pray|praying) (?:that )?(?:i|id)(?: just| simply| will| "
        r"would)? (?:dont|do not|"
        r"wont|never|would not|wouldnt|didnt|not) wake up\b",
        r"\b(?:easier|better) (?:for everyone )?if i (?:just )?(?:stopped existing|was "
        r"dead|were dead|died|"
        r"wasnt here|werent here|disappeared(?! (?:from|for|on|to|into|off)\b)|didnt exist|"
        r"wasnt alive|"
        r"werent alive|was gone"
        r"|were gone)\b",
        r"\bend(?:ing)? (?:things|it|everything) (?:this weekend|tonight|tomorrow|soon|today)\b",
        r"\b(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up\b",
        r"\bwouldnt mind (?:if i )?(?:dying|not waking up|if i died|if i didnt wake up|died|"
        r"getting hit by (?:a|the) (?:car|bus|truck|train))\b",
        r"\b(?:hope|hoping|wish|pray|praying) (?:that )?(?:a |the |some )?(?:car|bus|truck|train|"
        r"plane) (?:hits|hit|would hit|crashes|crash) (?:me|into me)\b",
        r"\b(?:thoughts|thinking|thought|think) (?:a lot )?(?:of|about) (?:dying|ending it|"
        r"ending my life|not being here|not being alive|killing myself|my own death|ways to die|"
        r"how to die|not existing|not waking up)\b",
        r"\b(?:thinking|thought|think|thoughts) (?:a lot |so much )?(?:about|of) death\b"
        r"(?= (?:a lot|all the time|every day|constantly|lately|again|more)\b)",
        r"\bsui (?:thoughts|ideation|urges|plan)\b",
        r"\b(?:want|wish|need) (?:someone|somebody|something|god) (?:would |to )?(?:kill"
        r"|end|take) me\b",
        r"\b(?:please|pls|just|god) let me die\b",
        r"\bgive up on (?:life|living|being alive|staying alive)\b",
        r"\bgiving up on (?:life|living|myself completely)\b",
        r"\b(?:id|i would) rather (?:be dead|die|not exist|not be alive)\b(?! than)",
        r"\b(?:i should|i need to|i deserve to|better if i|its time for me to|time for me to) "
        r"(?:just )?(?:be dead|die|disappear forever|not exist|go for good)\b",
        r"\b(?:i|i just) (?:cant|cannot) (?:do|handle|take|bear) (?:life|living|being alive|"
        r"existing)\b",
        r"\bthere is no way out\b(?! (?:of|from) (?:this|the) (?:meeting|contract|deal|project|"
        r"call|loop|room))",
        r"\bi (?:dont|do not) deserve to (?:live|be alive|exist)\b",
        r"\b(?:dont|do not) want to be (?:alive|here) anymore\b",
    ),
    "word": (
        r"\bsuicid\w*",
        r"\bunaliv\w*",
        r"\bnoose\b",
        r"\boverdos\w*",
        r"\bkill myself\b",
    ),
    "harm_word": (r"\bself ?(?:harm|injur|mutilat)\w*",),
    "abuse_word": (
        r"\bdomestic (?:violence|abuse)\b",
        r"\babusive (?:relationship|partner|husband|wife|boyfriend|girlfriend|parents?|father|"
        r"mother|stepdad|stepfather|home|marriage)\b",
        r"\bmy abuser\b",
        r"\bsexual(?:ly)? (?:assault(?:ed)?|abuse[ds]?)\b",
    ),
}
