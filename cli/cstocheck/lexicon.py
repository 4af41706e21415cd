"""Language knowledge that does not belong to any one base: function words and negation cues.

Domain words (troops, treaty, to leave …) live in the base's alias tables instead, so that
another base can bring its own.
"""
from __future__ import annotations

import re

STOPWORDS_EN = frozenset("""
a an the and or but nor of to in on at by for from with without into onto over under about as than then
that this these those there here it its it's they them their theirs he him his she her hers we us our you your
i me my who whom whose which what when where why how all any both each few many more most other some such
only own same so too very can will just should would could may might must shall do does did done doing
is are was were be been being am has have had having s also even still yet again? already now once
while during before after since until upon within across per via up down out off own not? which
one's said says say according reportedly reported actually really indeed however though although because
if whether either neither nor let lets get got gets become became becomes made make makes
go goes went gone going come comes came coming
today currently nowadays presently true held hold holds holding
around roughly approximately circa nearly almost least fewer less estimated some odd
counts counted numbers numbered comprises comprised consists consisted totals totalled including among
""".replace("?", "").split())

STOPWORDS_NL = frozenset("""
de het een en of maar noch van te in op aan bij voor met zonder naar over onder door als dan dat die dit deze
daar hier er het zijn hun hen hij hem zijn zij ze haar wij we ons onze jij je jouw u uw ik mij me mijn
wie wat waar waarom hoe welke welk alle alles elk elke ieder iedere veel meer meest sommige zulke zo zon zo'n
alleen zelf zelfs dezelfde hetzelfde kan kon konden kunnen zal zullen zou zouden mag mogen moet moeten
is zijn was waren ben bent wordt worden werd werden geworden heeft hebben had hadden gehad ook nog al nu
toen terwijl tijdens voordat nadat sinds tot totdat binnen per via uit af om tot wel dus want omdat hoewel
indien of volgens zegt zei zeggen gezegd blijkbaar eigenlijk echter immers namelijk maal keer
ga gaat gaan ging gingen gegaan kom komt komen kwam kwamen gekomen doe doet doen deed deden gedaan
laat laten liet lieten gelaten krijg krijgt krijgen kreeg kregen gekregen
vandaag momenteel thans tegenwoordig waar juist zich zichzelf samen
ongeveer zowat bijna minstens ruim minder schatting pakweg circa ca rond omstreeks waaronder onder meer andere
telt tellen telde telden omvat omvatte bestaat bestond
""".split())

STOPWORDS = STOPWORDS_EN | STOPWORDS_NL

# Cues that deny what the sentence says. "refused to sign" is read as "did not sign".
NEGATORS = frozenset("""
not no never none nobody nothing neither nor cannot without?
refuse refused refuses refusing declined declines decline rejected rejects reject dismissed denied denies deny
failed fails
niet geen nooit niemand niets noch
weigerde weigerden weigert weigeren geweigerd afgewezen wees weigering
""".replace("without?", "").split())

# Words that carry their own negation: read as the term they deny, with a negation before it.
NEGATED_WORDS: dict[str, str] = {
    "unsigned": "sign", "ongetekend": "sign", "ondertekend": "",  # "ondertekend" is signed: no entry
    "unanswered": "respond", "onbeantwoord": "respond", "ignored": "respond", "negeerde": "respond",
    "genegeerd": "respond", "unrecognised": "recognise", "unrecognized": "recognise", "unsupported": "help",
}
NEGATED_WORDS = {word: term for word, term in NEGATED_WORDS.items() if term}

# Phrases that deny a term while saying something of their own: "the second time" is not the
# first. They are read as that denial and, as usual, as whatever the alias tables make of them.
NEGATED_PHRASES: dict[tuple[str, ...], str] = {
    ("second", "time"): "first", ("third", "time"): "first",
    ("tweede", "keer"): "first", ("tweede", "maal"): "first", ("derde", "keer"): "first",
    ("derde", "maal"): "first",
}

# Phrases that contain a negation cue but do not negate: hedges on a number, handled by the
# value reader, and "never before", which the alias tables read as "first time".
NOT_NEGATING = re.compile(
    r"\b(?:no|not)\s+(?:fewer|less|more|later|earlier)\s+than\b"
    r"|\bnot\s+(?:only|just|least)\b"
    r"|\bniet\s+(?:minder|meer|later|eerder)\s+dan\b"
    r"|\bniet\s+alleen\b"
    r"|\bnog\s+geen\b"
    r"|\bno\s+one\s+knows\b"
    r"|\bwhether\s+or\s+not\b|\bor\s+not\b|\bal\s+dan\s+niet\b|\bof\s+niet\b",
)

# Words that open a subordinate clause: a negation does not reach past them.
SUBORDINATORS = frozenset("""
when whenever because while whereas after although though if unless once
toen omdat terwijl nadat hoewel indien zodat waarna wanneer zodra
""".split())

# Units of time: "thirty years" is how long, not how many of anything a claim counts.
DURATIONS = frozenset("""
year years month months week weeks day days decade decades century centuries hour hours minute minutes
jaar jaren maand maanden week weken dag dagen decennium decennia eeuw eeuwen uur uren minuut minuten
""".split())

# Particles of Dutch separable verbs: "trok zich terug", "sloot zich in 2006 weer aan".
PARTICLES = frozenset("in op aan af terug deel toe uit mee door over bij weg tegen los neer samen binnen".split())

# Words that open a noun phrase: a particle before one is a preposition ("in de", "op het").
DETERMINERS = frozenset("de het een den der des deze dit die dat zijn haar hun ons onze mijn".split())

# Words after which a place is where something happened, rather than where from or to.
WHERE = frozenset("in at inside within te binnen near nabij".split())

# Words after which a place names where something happened rather than who did it.
LOCATIVES = frozenset("in at from by near inside within into te uit vanuit door bij binnen nabij".split())

_CONTRACTIONS = (
    (re.compile(r"\bcan't\b|\bcannot\b"), "can not"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"n't\b"), " not"),
)


def expand_contractions(text: str) -> str:
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text
