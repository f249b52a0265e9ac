"""English crisis patterns as other people put them: classes, not the sentences seen.

Each group is one idea that writers phrase in many ways: not being here in the
morning, joining the dead, taking up space, the speaker's absence as the fix, a
means kept for the moment of decision, a lethality threshold, affairs handed over
"just in case", a threat tied to leaving. Written against the plain reading (no
apostrophes: "wont", "im"); the lexicon's guards (negation, someone else, trivial
frames) still apply.
"""

from __future__ import annotations

from engine.safety._kinds import Lexicon

_MEANS = (
    r"(?:pills|tablets|meds|medication|medicine|sleeping pills|painkillers|paracetamol|"
    r"tylenol|ibuprofen|antidepressants|insulin|sertraline|xanax|benzos|lithium|codeine)"
)
_KIN = (
    r"(?:family|kids|children|parents|mom|mum|dad|wife|husband|partner|sister|brother|son|"
    r"daughter|friends|loved ones|boyfriend|girlfriend)"
)
_KEEPSAKE = (
    r"(?:guitar|rings?|jewel\w*|necklace|watch|car|books|records|vinyl|games|console|camera|"
    r"paintings|art|collection|plants|things|stuff|clothes)"
)
_HEIGHT = r"(?:balcony|roof|rooftop|ledge|bridge|window|cliff|top floor|car park|parking garage)"

VOICES: Lexicon = {
    "ideation": (
        # Not being here (or awake) when the morning comes.
        r"\b(?:hope|hoping|wish|pray|praying|wouldnt (?:care|mind)|dont care|would(?:nt)? be "
        r"(?:fine|ok|okay)) (?:if |that )?i (?:just )?(?:wont|wouldnt|dont|never|didnt|would "
        r"not|will not) (?:be here|be around|open my eyes|wake|wake up|make it) (?:in the "
        r"morning|tomorrow|again|anymore|through the night|to the morning)\b"
        r"(?!.{0,40}\b(?:train|flight|trip|holiday|office|shift|conference|travel\w*)\b)",
        r"\b(?:never|not) open(?:ed)? my eyes again\b",
        # Joining the dead.
        r"\b(?:gone|dead|passed|died|lost|in heaven)\b(?: \w+){0,6} (?:id (?:quite |really )?"
        r"like to|i want to|want to|wanna|ready to|wish i could|long to|cant wait to) (?:join|"
        r"be with) (?:them|him|her)\b(?! (?:for|at|in|on|tonight|tomorrow)\b)",
        # Taking up space, the speaker's absence as the fix, deserving someone else.
        r"\b(?:im|i am|i feel like im|feel like im|just) (?:just )?(?:taking up|wasting) "
        r"(?:space|air|oxygen)\b(?! (?:in|on) (?:the|my|your) (?:fridge|garage|inbox|disk|drive|"
        r"calendar|group|chat)\b)",
        r"\b(?:easiest|best|simplest|only|kindest|cleanest) (?:fix|solution|option|answer|thing)"
        r"(?: \w+){0,3} (?:is )?(?:for me to (?:go|disappear|be gone|not be here|die|not exist)|"
        r"if i (?:went|was gone|were gone|disappeared|wasnt here))\b(?! (?:to|home|back|away|for|"
        r"from|out|abroad|on|part time)\b)",
        r"\b(?:deserves?|deserve) (?:someone|somebody|a \w+) (?:who isnt|that isnt|other than|"
        r"better than) me\b(?: \w+){0,6} (?:go|gone|disappear|not here|die)\b",
        # Relief at not having to face tomorrow or life.
        r"\b(?:mercy|relief|blessing|kindness)(?: \w+){0,4} (?:didnt|never|wouldnt|did not|not) "
        r"(?:have|had) to (?:do|face|see|get through|live|wake up to|survive) (?:tomorrow|"
        r"another day|another morning|another year|life|this life|any of it again)\b"
        r"(?! (?:s|at|morning|meeting|shift|class)\b)",
        r"\b(?:dont|do not|never) belong (?:\w+ ){0,3}(?:not even |even )?(?:alive|in this world|"
        r"on this earth|among the living|in this life)\b",
        r"\b(?:disappear|vanish|fall|drop) (?:off|from) (?:the face of )?(?:the )?(?:earth|world|"
        r"planet|map) (?:and (?:stay (?:off|gone|away|there)|never (?:come back|return|be found|"
        r"be seen))|forever|for good|permanently)\b",
        r"\b(?:wish|want|hope|pray|praying|need|please)(?: that)? (?:the )?(?:universe|god|"
        r"someone|something|fate|life|the world) (?:would |could |will |to )?(?:just )?(?:delete|"
        r"erase|remove|take|unmake|wipe|uninstall|switch off) me\b(?! (?:from|off|out of|to|"
        r"somewhere|away|on|home)\b)",
        r"\b(?:want|wish|wanna|could|need) (?:to )?(?:just )?(?:delete|erase|uninstall|unmake) "
        r"myself\b(?! (?:from|off|out of)\b)",
        # Stopping the effort of living, a time that is up, a pause on existing.
        r"\b(?:stop|stopped|done|quit|quitting|finished|tired of|give up|giving up|gave up) "
        r"(?:trying|bothering|fighting|pretending) (?:to (?:be|stay|keep) (?:alive|living|going "
        r"on)|to live|to survive|to exist)\b",
        r"\bmy time (?:is up|has come|is over|is nearly up)\b(?: \w+){0,4} (?:ok|okay|fine|at "
        r"peace|ready|good|glad|happy) (?:with (?:it|that)|to go)\b",
        r"\b(?:pause|stop|off|out of|unsubscribe from|log off|log out of|opt out of|quit) "
        r"(?:on )?(?:existing|existence|being alive)\b",
        r"\b(?:pause|stop|opt out of|log off|unsubscribe from|quit) (?:on )?(?:life|living|"
        r"everything)(?: \|)? (?:permanently|forever|for good|for real|altogether)\b",
        # A doctor's bad news hoped for; no future pictured.
        r"\b(?:hope|hoping|hopes|wish|pray|praying) (?:that )?(?:the )?(?:doctor|doctors|scan|"
        r"tests?|results?|biopsy|gp|they) (?:finds?|shows?|comes? back|says|tells? me) (?:with )?"
        r"(?:something|its|it is|i have) (?:\w+ )?(?:bad|terminal|serious|cancer|incurable|fatal"
        r"|wrong)\b",
        r"\b(?:cant|cannot|dont|do not|never) (?:see|picture|imagine) (?:myself|me) (?:getting|"
        r"growing|being) old\b(?: \w+| \|){0,5} (?:dont|do not|wont|not) (?:really |even )?"
        r"(?:want|plan|intend|wish)\b",
        r"\b(?:not sure|dont think|doubt|dont know if|might not|may not|probably wont|wont) "
        r"(?:that )?(?:i|ill|id) (?:will |would |still )?(?:be around|be here|be alive|still be "
        r"here|still be around) (?:for|by|to|at|until|till) (?:week \d+|week (?:four|five|six)|"
        r"next (?:month|year)|my birthday|christmas|much longer|long|then|the end)\b"
        r"(?!.{0,40}\b(?:travel\w*|holiday|vacation|trip|away|leave|office|conference|off)\b)",
        # Leaving the game of life for good.
        r"\b(?:tap|tapping|tapped|check|checking|checked|log|logging|sign|signing|clock|clocking|"
        r"bow|bowing) (?:out|off) (?:of (?:life|this life|existence) )?(?:for good|permanently|"
        r"forever|for real this time)\b(?! (?:from|on|at|of (?:the|this|that|my) (?!life))\b)",
        # Nobody having to worry about the speaker again.
        r"\b(?:no one|nobody|noone|none of them|my family) (?:has|have|will have|will|need|needs"
        r"|ll have) (?:to )?(?:worry|bother|deal) (?:about|with) me (?:again|anymore|any more|"
        r"ever again|any longer)\b",
    ),
    "method": (
        r"\bhow (?:many (?:metres|meters|floors|stories|storeys|feet)|high|far|tall)\b(?: \w+)"
        r"{0,8} (?:fall|drop|jump|floor|building|bridge)\w*\b(?: \w+){0,6} (?:certain|sure|"
        r"fatal|lethal|deadly|not survive|never survive|to die|instant)\b",
        r"\b(?:which|what|what kind of) (?:household )?(?:chemicals|cleaners|products|gases|gas|"
        r"fumes|plants|poisons?|substances?)\b(?: \w+){0,4} (?:kill|kills|be lethal to|be fatal "
        r"to|be deadly to) (?:a person|a human|me|someone|an adult|a grown \w+)\b",
        r"\b(?:chemicals|fumes|gas|charcoal|bleach)\b(?: \w+){0,6} (?:in a|in the) (?:small|"
        r"closed|sealed|locked) (?:room|space|bathroom|car)\b",
        r"\b(?:hose|tube|tubing)\b(?: \w+){0,5} (?:exhaust|tailpipe)\b",
        r"\b(?:exhaust|tailpipe)\b(?: \w+){0,5} (?:hose|tubing|tube)\b",
        r"\b(?:where|wheres|which|nearest|closest|highest|tallest|any)\b(?: \w+){0,5} (?:railway|"
        r"rail|train|level|tracks?|crossing|bridge|cliff|building|roof|rooftop|car park|multi "
        r"storey|tower)\w*\b(?: \w+){0,4} (?:with no|without|that has no|no) (?:barriers?|fences?"
        r"|railings?|gates?|guards?|nets|cameras|security)\b",
        rf"\bwhat (?:happens|would happen|will happen) if (?:you|i|someone|a person) (?:take|took"
        rf"|takes|swallow\w*|ate) (?:\d{{2,}}|all|a whole|the whole|twenty|thirty|forty|fifty|a "
        rf"hundred|a bottle|a box|a pack|a packet)(?: of)?(?: (?:your|my|the|their))? (?:\w+ )?"
        rf"{_MEANS}\b",
        r"\b(?:knife|blade|razor|rope|gun|pills|tablets|belt|cord)\b(?: \w+){0,6} for (?:when|the"
        r" day|the night|the moment) (?:i|im|its) (?:decide|am ready|ready|finally|do it|go "
        r"through|time)\w*\b",
        r"\b(?:max|maximum|highest|lethal|fatal|dangerous|deadly|toxic) (?:dose|amount|number)\b"
        r"(?: \w+){0,8} (?:asking for (?:real|a reason|no reason|myself)|dont ask why|not "
        r"(?:asking )?for a friend)\b",
        rf"\bhow many {_MEANS}\b(?: \w+){{0,6}} (?:not|never|dont|wont) wake up\b",
        rf"\b{_HEIGHT}\b(?: \w+){{0,8}} (?:thinking|think|thought|staring|stare|looking|looked)"
        r" (?:about |at |down at )?(?:the )?(?:drop|fall|how far down|the ground below|going "
        r"over|stepping off|letting go)\b(?! of)",
        rf"\b(?:which|checked|check|looking for|find|found|scouting)\b(?: \w+){{0,3}} {_HEIGHT}"
        r"\w*\b(?: \w+){0,4} (?:lowest|low|shortest|no|climbable) (?:railings?|fences?|barriers?"
        r"|walls?)\b",
    ),
    "preparation": (
        # A farewell said before the act ("tell her goodbye properly before i go through with it").
        r"\b(?:goodbye|bye|farewell|note|letter|last time|one last)\b(?: \w+| \|){0,8} before i "
        r"(?:go through with it|do it|actually do it|end it|go for good)\b",
        r"\b(?:left|wrote|written|put|hid|made|sorted|picked|chose|chosen|planned|prepared|got) "
        r"(?:\w+ ){0,2}(?:instructions|wishes|plans|arrangements|songs|music|playlist|readings|"
        r"notes?|letters?|a list)\b(?: \w+){0,2} for (?:my|me) (?:own )?(?:funeral|cremation|"
        r"memorial|burial)\b",
        r"\b(?:they|everyone|people|she|he|my \w+) (?:think|thinks|believe|believes|assume|"
        r"assumes) (?:im|i am|its) (?:just )?(?:decluttering|clearing out|spring cleaning|being "
        r"generous|going minimalist|moving)\b",
        r"\b(?:rehomed|rehoming|found a (?:new )?home for|gave away|given away|found someone to "
        r"(?:take|look after)) (?:my|our) (?:dog|cat|pets?|bird|rabbit|hamster|kitten|puppy)\b"
        r"(?: \w+){0,8} (?:when im (?:not here|gone)|after im gone|once im gone|so (?:hes|shes|"
        r"theyre|its) not alone)\b",
        rf"\b(?:sorted|wrote|written|put|left|made|organised|organized|shared|sent)\b(?: \w+)"
        rf"{{0,4}} (?:passwords|logins|bank details|accounts|pins)\b(?: \w+){{0,6}} (?:for|to) "
        rf"(?:my )?{_KIN}\b(?: \w+| \|){{0,3}} (?:just in case|in case (?:anything|something) "
        r"happens|for when|for after|when im gone)\b",
        # Affairs settled so nobody else has to; letters sealed for after; a will told to no one.
        r"\b(?:paid off|paying off|cleared|settled|sorted|tidied)\b(?: \w+){0,4} so (?:nobody|no "
        r"one|noone|they|my \w+) (?:inherits|has to|have to|will have to|wont have to|needs to)\b",
        rf"\b(?:wrote|written|writing|left) (?:\w+ ){{0,2}}(?:letters?|notes?|cards?) (?:to|for) "
        rf"(?:each|all|every one) of my {_KIN}\b(?: \w+){{0,3}} (?:and sealed them|sealed|to "
        r"(?:open|be opened)|for after|for them to find)\b",
        r"\b(?:updated|changed|rewrote|wrote|made|finished|signed) my will\b(?: \w+){0,4} "
        r"(?:told no one|told nobody|without telling|secretly|just in case|for when|quietly)\b",
        r"\b(?:tying up|tie up|tied up) (?:all )?(?:the |my )?(?:last )?loose ends\b(?! (?:at|for"
        r"|on|with|before|in) (?:work|the|my|this|our|a)\b)",
        rf"\b(?:can have|can keep|take|keep|gave|giving|give) (?:\w+ )?my {_KEEPSAKE}\b(?: \w+)"
        r"{0,4} i (?:wont|will not|am not going to|not gonna) (?:be )?(?:need|needing) (?:it|them)"
        r"(?: anymore| any more| where im going| after this)?\b(?! (?:today|tonight|this|for|until"
        r"|till|at|on|in|while|during)\b)",
        r"\b(?:scheduled|set up|timed|queued)\b(?: \w+){0,3} (?:email|emails|message|messages|"
        r"post|text|texts|letter) (?:to|for) (?:\w+ ){0,2}(?:for|on) (?:the day after|after im "
        r"gone|when im gone)(?= \||$)",
        r"\b(?:written|wrote|made|decided|sorted|worked out|listed) (?:down |out )?(?:a list of )?"
        r"who (?:gets|should get|will get|can have|inherits) (?:what|my \w+)\b",
        r"\b(?:want|wanted|need|needed) (?:her|him|them|you|my \w+) to have (?:it|them|these|this)"
        r" (?:now|before|while i (?:still )?can)\b",
    ),
    "starvation": (
        r"\bstarv\w* myself\b(?: \w+){0,3} (?:to death|until i die|till i die|so i (?:can )?die"
        r"|to die)\b",
        r"\b(?:myself|me)\b(?: \w+){0,5} (?:a |the )?(?:quiet|quieter|quietest|slow|slower|"
        r"easy|easier|easiest|painless|peaceful|gentler|cleaner) way (?:to go|to die|out|to end "
        r"it)\b(?! (?:to|home|about|there|around|through|in|on|of)\b)",
    ),
    "abuse": (
        r"\b(?:says|said|threatens|threatened|told me|swears|swore) (?:that )?(?:he|she|they)"
        r"(?:ll| will| would|d)? (?:hurt|kill|find|hunt|take|ruin|beat|come after) (?:me|my|"
        r"the|our)\b(?: \w+){0,4} (?:if|when|once|the moment) i (?:ever )?(?:leave|left|go|"
        r"tell|report|call)\b",
        r"\bif i (?:ever )?(?:leave|left|try to leave|tell anyone|report)(?: him| her)? (?:he|"
        r"she|they) (?:will|ll|would|d|is going to|says he will|says she will) (?:find|kill|"
        r"hurt|hunt)(?: me)?\b",
    ),
}
