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
        r"\b(?:kill|killing|killed|hang|hanging|hanged|shoot|shooting|drown|drowning|off|"
        r"offing|end|ending|suffocate|suffocating|electrocute|gas|stab|stabbing|murder) myself\b"
        r"(?! (?:in the foot|laughing|out|up)\b)",
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
        r"cease to exist|sleep forever|not wake up|never wake up)\b"
        r"(?! (?:of|laughing|from|for|inside|a little|my hair|in my sleep at|old)\b)",
        r"\bwish (?:i|that i)(?: was| were| had| could| would|d)?(?: just| simply)? (?:be )?"
        r"(?:dead|die|died|never (?:been )?born|not (?:exist|be here|be alive|wake up)|"
        r"didnt exist|wasnt (?:alive|born|here|around)|werent (?:alive|born|here|around)|"
        r"disappear(?:ed)?|vanish(?:ed)? forever|(?:fall asleep|go to sleep|sleep) (?:and )?"
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
        r"\b(?:dont|do not|cant|cannot) see (?:the |any )?(?:point|reason) (?:in|of|to) (?:living|"
        r"life|going on|being alive|existing|waking up|keep going|carrying on|staying alive)\b",
        r"\b(?:life|living|my life|existing|existence) (?:is|feels|seems|s)? ?(?:not|no "
        r"longer|never|"
        r"just not|isnt|aint) worth (?:living|it anymore|it for me)\b",
        r"\bmy life (?:is|feels) (?:pointless|meaningless|unbearable|hopeless|over|worthless)\b",
        r"\bcant (?:go on|keep going|carry on|keep living|live like this|do life|cope with "
        r"(?:life|living|being alive))\b(?! (?:with|without|a|the|vacation|holiday|leave"
        r"|until|till|"
        r"to|at|in|on|for|tomorrow|today|like that)\b)",
        r"\b(?:tired|sick|exhausted|weary) of (?:living|being alive|life itself|existing|my life|"
        r"this life|waking up|breathing|being me)\b(?! (?:paycheck|in|with|out of|like|here)\b)",
        r"\b(?:im|i am|i feel|feel|feeling|honestly im|im so|im just|im really|so) (?:so |just |"
        r"really |completely |totally |pretty much )?(?:done|finished|through) (?:with|w) "
        r"(?:life|living|"
        r"everything|it all|this life|existing|being alive|the world|this world|all of it)\b"
        r"(?! (?:on|for|in|at|from|today|this week|so far|here|there|else|now|at work)\b)",
        r"\b(?:had|have had|ive had) enough of (?:life|living|being alive|existing|this life)\b",
        r"\bbetter off (?:dead|without me|if i (?:was|were|wasnt|werent|died|was gone|were gone|"
        r"disappeared|didnt exist|never existed|wasnt here|werent here|wasnt around|werent around)|"
        r"with me gone|when im gone|once im gone|if im gone|with me dead)\b",
        r"\b(?:everyone|everybody|the world|my family|they|people|my kids|my parents|my friends|"
        r"my wife|my husband|my partner|the team|everyone else) (?:would|will|d)(?: all)? (?:be )?"
        r"(?:happier|better|fine|relieved|lighter)(?: off)? (?:without me|if i (?:was|were) gone|"
        r"if i died|if i disappeared|when im gone|with me gone|if i wasnt here|if i werent here)\b",
        r"\b(?:no one|nobody|noone) (?:would|will|is going to|going to|d) (?:even )?(?:miss|notice|"
        r"care|cry)(?: about)?(?: me)?(?: if| when| once) i (?:die|died|was gone|were gone|"
        r"disappear|disappeared|killed myself|wasnt here|werent here|wasnt around|stopped existing|"
        r"am gone|left for good|vanished)\b",
        r"\b(?:no one|nobody|noone) would (?:even )?(?:miss|notice) me\b",
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
        r"wasnt here|werent here|disappeared|didnt exist|wasnt alive|werent alive|was gone"
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
