"""Figures a sentence gives in passing, as a modifier rather than as what it asserts.

"The six-member CSTO deployed troops", "a seven-nation alliance", "an alliance of six former
Soviet republics", "de zeven CSTO-lidstaten": each also says how many members the alliance
has. That figure is checked apart, as its own part, and the rest of the sentence is judged
without it, so that "six" is not taken for a figure of the deployment.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from cstocheck import lexicon
from cstocheck.lazy_pattern import LazyPattern
from cstocheck.lexicon import alternation
from cstocheck.model import EntityKind
from cstocheck.read import AliasTable, Mention, Reading, fold, place_lists

# Nouns for what an alliance is made of. In a compound ("six-nation") or after "an alliance
# of" any of them counts members; after "the" only a word that says member does, since "the
# five countries that sent troops" counts something else.
_MEMBER_WORD = r"(?:member(?:\s+(?:states?|countries|nations))?s?|lidsta(?:at|ten)|lidlanden|leden|lid)"
_PART_WORD = r"(?:nations?|countr(?:y|ies)|states?|republics?|landen|land|staten|republieken|sovjetrepublieken)"
_ORG_GAP = r"(?:[\w-]+[\s-]+)?"  # room for a name: "de zeven CSTO-lidstaten", "eight CIS countries"
_SOVIET = r"(?:(?:former\s+|ex-?\s*|post-?\s*)?soviet\s+|(?:voormalige?\s+|ex-?\s*|post-?\s*)?sovjet-?\s*)?"

# "the six-member CSTO"; "-strong" only of the alliance itself (a "3,600-strong force" is its troops).
# "a 3,600-member peacekeeping unit" counts the unit's people: a compound before a word for a
# body of people (a table) is no member count.
_COMPOUND = LazyPattern(r"-(?:member|nation|country|state|landen|leden|koppige?)\b"
                        rf"(?!\s+(?:[\w-]+\s+)?(?:{alternation(lexicon.words('member_compound_bodies'))})\b)"
                        r"|-strong\s+(?:alliance|bloc|organi[sz]ation|csto|bondgenootschap|verbond)\b")
# A figure written as a word and fused with what it counts, as Dutch writes it: "het
# zevenkoppige bondgenootschap".
_FUSED = LazyPattern(rf"\b({alternation(lexicon.words('number_word_parts', 'nl'))})(?:koppige?|ledige)\b")
# "two of the CSTO's members" picks some of them: a part, not how many there are.
_PARTITIVE = LazyPattern(r"\s+(?:of|van)\b")
_AFTER_OF = LazyPattern(rf"\s+{_SOVIET}{_ORG_GAP}(?:{_MEMBER_WORD}|{_PART_WORD})\b")
_AFTER_THE = LazyPattern(rf"\s+{_ORG_GAP}{_MEMBER_WORD}\b")
_BEFORE_OF = LazyPattern(r"\b(?:of|van)\s+$")
# "one of six member states of the CSTO": all the members of an alliance named after them
# ("two member states of the CSTO sent no troops" are some of them).
_ONE_OF = LazyPattern(r"\b(?:one\s+of|among|een\s+van|onder)(?:\s+(?:the|its|de|het|haar))?\s+$")
_MEMBERS_OF = LazyPattern(rf"\s+{_MEMBER_WORD}\s+(?:of|van)\s+")
# "has six members: Russia, …": the figure the list that follows it spells out.
_LISTED_AFTER = LazyPattern(rf"\s+{_SOVIET}{_ORG_GAP}{_MEMBER_WORD}\s*:")
# "an alliance between six ex-Soviet states", "grouping the six former Soviet republics of …"
_BEFORE_GROUPING = LazyPattern(rf"\b(?:{alternation(lexicon.words('grouping_words'))})\s+(?:(?:the|de)\s+)?$")
_BEFORE_THE = LazyPattern(r"(?:\b(?:the|its|all|de|het|alle|haar|zijn|hun)|'s)\s+$")
_LOOKBACK = 40


@dataclass(frozen=True)
class MemberCount:
    number: str  # the figure as written
    start: int  # the span to leave out of the rest of the sentence
    end: int

    def sentence(self, alliance: str, language: str) -> str:
        """The assertion in plain words, in the sentence's language (its figure may be a word)."""
        if language == "nl":
            return f"{alliance} heeft {self.number} lidstaten."
        return f"{alliance} has {self.number} member states."


def member_counts(reading: Reading, aliases: AliasTable) -> list[MemberCount]:
    """Figures that say, in passing, how many members an alliance the sentence names has."""
    if not _names_alliance(reading) or reading.folded is None:
        return []
    text, folded = reading.text, reading.folded  # figures' spans are the text's as written; the patterns read it folded
    found = []
    listed = _listed_members(text, folded, reading)
    if listed:
        found.append(MemberCount(str(listed), 0, 0))
    found += [MemberCount(text[slice(*folded.span(*m.span(1)))], *folded.span(*m.span()))
              for m in _FUSED.finditer(folded)]
    for quantity in reading.quantities:
        if quantity.unit is not None:
            continue
        start, end = folded.at(quantity.start), folded.at(quantity.end)
        if _PARTITIVE.match(folded, end):
            continue
        before, number = folded[max(0, start - _LOOKBACK):start], text[quantity.start:quantity.end]
        if compound := _COMPOUND.match(folded, end):
            found.append(MemberCount(number, quantity.start, folded.span(start, compound.end())[1]))
        elif (of := _BEFORE_OF.search(before)) and _alliance_before(reading, start - len(before) + of.start()) \
                and _AFTER_OF.match(folded, end) \
                or _BEFORE_THE.search(before) and _AFTER_THE.match(folded, end) \
                or _grouped(reading, before, start) and _AFTER_OF.match(folded, end) \
                or _ONE_OF.search(before) and (members := _MEMBERS_OF.match(folded, end)) \
                and _alliance_after(reading, members.end()) \
                or _LISTED_AFTER.match(folded, end) or _making_up(reading, end):
            named = and_named(reading, quantity.end) + named_besides(reading, quantity.start, quantity.end)
            found.append(MemberCount(f"{quantity.number + named:g}" if named else number, quantity.start, quantity.end))
    return found


# "five former Soviet allies and Russia": the countries named after the figure's noun are more.
_AND_AFTER = LazyPattern(r"(?:\s+[\w-]+){1,4}\s+(?:and|en)\s+")


_OTHERS = LazyPattern(r"\s+(?:other|others|more|further|andere|anderen|overige|meer)\b", re.IGNORECASE)
_AND_BEFORE = LazyPattern(r"(?:\band|\ben|\bplus|\bsamen met|\btogether with|\balong with|&)\s+$", re.IGNORECASE)
_AND_THEIR = LazyPattern(r"(?:\band|\ben)\s+(?:its|his|her|their|zijn|haar|hun)\s+$", re.IGNORECASE)
# "Naast Kazachstan maken vijf andere landen …", "Besides Russia, five other states …"
_BESIDES = LazyPattern(rf"\W*(?:{alternation(lexicon.words('besides_words'))})\s", re.IGNORECASE)


def named_besides(reading: Reading, start: int, end: int) -> int:
    """How many countries the sentence names before a figure of others ("Russia and four other
    allies", "Naast Kazachstan maken vijf andere landen …"), which the figure does not count."""
    text = reading.text
    before = text[:start]
    # "Russia and its five allies": whose they are makes them others
    others = _OTHERS.match(text, end) or _AND_THEIR.search(before)
    if not (others and (_AND_BEFORE.search(before) or _AND_THEIR.search(before) or _BESIDES.match(before))):
        return 0
    return len({next(iter(sorted(m.ids))) for m in reading.mentions
                if m.end <= start and m.kind is EntityKind.COUNTRY and not m.locative})


def and_named(reading: Reading, end: int) -> int:
    """How many countries the sentence names right after what a figure counts, joined by "and"."""
    text = reading.text
    glue = _AND_AFTER.match(text, end)
    if glue is None:
        return 0
    run = next((r for r in place_lists(text, reading) if r[0].start == glue.end()), [])
    return sum(1 for m in run if m.kind is EntityKind.COUNTRY)


# A list of countries said to make up the whole alliance: "A, B … and F make up the CSTO".
_WHOLE = LazyPattern(r"\b(?:make up|made up of|makes up|consists? of|consisted of|comprises?|comprised|"
                     r"vormen samen|samen vormen|vormden samen|bestaat uit|bestond uit|volledige|complete|entire|"
                     r"de leden van|the members of|its members are|members (?:\w+ )?are|leden (?:\w+ )?zijn|zijn leden zijn)\b")
MIN_LISTED = 3


def says_whole(text: str) -> bool:
    """Whether a text says the countries it lists are the whole alliance ("make up", "bestaat uit")."""
    return _WHOLE.search(fold(text)) is not None


def _listed_members(text: str, folded: str, reading: Reading) -> int:
    """How many countries a sentence lists as the whole alliance, or 0."""
    whole = _WHOLE.search(folded)
    if not whole:
        return 0
    # A list right after the words that make it whole is the members, though "uit" ("bestaat
    # uit Rusland, …") reads elsewhere as where.
    after = folded.span(whole.end(), whole.end())[0]
    best = max((len(run) for run in place_lists(text, reading)
                if (not any(m.locative for m in run) or not text[after:run[0].start].strip())
                and not _PARTIAL.search(fold(text[max(0, run[0].start - _LOOKBACK):run[0].start]))), default=0)
    return best if best >= MIN_LISTED else 0


# "made up of six former Soviet republics, including Russia, Armenia, Belarus and Kazakhstan":
# a list some of the members are picked from is not the whole alliance.
_PARTIAL = LazyPattern(rf"\b(?:{alternation(lexicon.words('partial_list_openers'))})\s*:?\s*$")


def alliance_name(reading: Reading, count: MemberCount | None = None) -> str:
    """The alliance a member count is of: the organisation named right beside the figure ("the
    six-member CSTO", "de zeven CSTO-lidstaten"); "the alliance" where the figure's own noun is
    a word for one ("the seven-nation alliance, often called Russia's answer to NATO"); else the
    organisation the sentence names first."""
    orgs = [m for m in reading.mentions if m.kind is EntityKind.ORGANISATION]
    if count is not None and count.end > count.start:
        beside = [m for m in orgs if _near(reading.text, count, m)]
        if beside:
            orgs = beside
        elif reading.folded is not None and _alliance_after(reading, reading.folded.at(count.end), words=1):
            return "the alliance"
    return reading.text[orgs[0].start:orgs[0].end] if orgs else "the alliance"


def _near(text: str, count: MemberCount, mention: Mention) -> bool:
    """Whether a name is the one a member count is of: within a few words after it ("the seven
    CSTO member states"), or its possessor right before it ("the CSTO's six members"); a name
    before a relative clause that gives the count is not ("NATO, waarin zes …")."""
    if mention.start >= count.end:
        return len(text[count.end:mention.start].split()) <= NEAR_WORDS
    return mention.end <= count.start and _POSSESSIVE.fullmatch(text, mention.end, count.start) is not None


NEAR_WORDS = 2
_POSSESSIVE = LazyPattern(r"['’]s\s+|\s*-\s*")


def _names_alliance(reading: Reading) -> bool:
    return any(m.kind is EntityKind.ORGANISATION for m in reading.mentions) or "t:alliance" in reading.predicate


def _alliance_before(reading: Reading, start: int) -> bool:
    """Whether the three words before ``start`` (in the folded text) name an alliance: "an alliance
    of six", "de CVVO, een verbond van zes", "the bloc grouping the six"."""
    folded = reading.folded
    assert folded is not None
    # A name or term that reaches into those words counts ("military alliance in Eurasia consisting of …").
    return _alliance_in(reading, [m.span() for m in _STRETCH.finditer(folded, max(0, start - _LOOKBACK), start)][-3:])


def _alliance_after(reading: Reading, start: int, words: int = 3) -> bool:
    """Whether the three words (or `words`) from ``start`` (in the folded text) name an alliance:
    "… member states of the CSTO", "… lidstaten van het bondgenootschap"."""
    folded = reading.folded
    assert folded is not None
    return _alliance_in(reading, [m.span() for m in _STRETCH.finditer(folded, start, start + _LOOKBACK)][:words])


def _alliance_in(reading: Reading, words: list[tuple[int, int]]) -> bool:
    """Whether an alliance's name or a word for one reaches into these words (folded spans)."""
    if not words:
        return False
    assert reading.folded is not None
    a, b = reading.folded.span(words[0][0], words[-1][1])
    return any(m.kind is EntityKind.ORGANISATION and m.end > a and m.start < b for m in reading.mentions) \
        or any(f == "t:alliance" and fb > a and fa < b for fa, fb, f in reading.features)


def _grouped(reading: Reading, before: str, start: int) -> bool:
    """Whether the figure follows words that say an alliance is made of it: "an alliance between
    six …", "the bloc grouping the six …"."""
    grouping = _BEFORE_GROUPING.search(before)
    return grouping is not None and _alliance_before(reading, start - len(before) + grouping.start())


def _making_up(reading: Reading, end: int) -> bool:
    """Whether the figure's countries are said to make up an alliance named right after: "Six
    post-Soviet nations make up the CSTO", "zes landen vormen de CVVO"."""
    folded = reading.folded
    assert folded is not None
    part = _AFTER_OF.match(folded, end)
    making = _MAKE_UP.match(folded, part.end()) if part else None
    return making is not None and _alliance_after(reading, making.end())


# "… make up the CSTO", "… vormen de CVVO"
_MAKE_UP = LazyPattern(rf"\s+(?:(?:{alternation(lexicon.words('relative_pronouns'))})\s+)?"
                       rf"(?:{alternation(lexicon.words('make_up_verbs'))})\b")
_STRETCH = LazyPattern(r"\S+")
