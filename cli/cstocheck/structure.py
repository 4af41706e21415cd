"""The structure of a sentence: its chunks, and which of them are frames around its assertion.

A real sentence says its point in one stretch and wraps it in frames: who said it ("…, Tokayev
said in a televised address", "volgens het ministerie"), what something is ("Armenia, a small
country in the Caucasus, …"), an aside in parentheses, a relative clause. A claim matches the
stretch that says its content; a frame's words that the claim does not know are details, not
evidence that the sentence is about something else.

Chunks are cut at punctuation (commas, semicolons, colons, dashes, parentheses); the words that
make a chunk a frame are data (the `frame_*` and other structure tables of `languages/shared.json`).
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from cstocheck import lexicon
from cstocheck.lazy_pattern import LazyPattern
from cstocheck.lexicon import alternation

# A comma between digits groups a figure ("20,000"); one before a space or after a word breaks.
_BREAK = re.compile(r"\s*(?:,(?=\s|$)|(?<!\d),|[;:\[\]\u2013\u2014]|\s-\s)\s*|\s*\(\s*|\s*\)\s*")
_WORD = re.compile(r"[^\W_]+")
# An appositive is a short chunk: a description, not a clause with its own point.
APPOSITIVE_WORDS = 8
# An attribution verb stands early in its chunk ("the Armenian Defense Ministry said in …").
ATTRIBUTION_REACH = 7
# An opening attribution is short: "According to the Kazakh interior ministry," (a longer chunk
# that opens with "volgens" is a sentence: "Volgens Tokajev waren 20.000 bandieten …, meldde …").
OPENING_WORDS = 10
# An attribution inside the sentence is short: ", he said,", ", volgens het ministerie,".
ASIDE_WORDS = 5
# A leading report ("the ministry announced on Wednesday that …", "Tokajev heeft dinsdag tegen het
# parlement gezegd dat …"): its verb comes within this many words of the chunk's start, and the
# word that opens the reported clause within REPORT_GAP words after the verb.
REPORT_REACH = 14
REPORT_GAP = 4


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int
    frame: bool  # attribution, aside, appositive or relative clause
    # A leading report ("the ministry announced on Wednesday that"): a frame in weighing the
    # sentence's words, but its names and dates stay values, since a source may report the
    # report itself ("Zakharova confirmed on 14 January that …").
    report: bool = False
    # Who said it ("…, Tokayev said", "According to the ministry, …"): the frame a sentence's
    # content is judged without.
    attribution: bool = False


@cache
def _words() -> dict[str, frozenset[str]]:
    """The frame words by role (attribution, opening, relative, appositive, modifier_after,
    modifier_dutch) and the other structure tables of the language files."""
    frames = {key: lexicon.words(f"frame_{key}") for key in _FRAME_ROLES}
    return {**frames, **{key: lexicon.words(key) for key in _OTHER_TABLES}}


_FRAME_ROLES = ("attribution", "opening", "relative", "appositive", "modifier_after", "modifier_dutch")
_OTHER_TABLES = ("verb_group_openers", "reported_openers", "passive_auxiliaries", "dummy_subjects", "attribution_noun_before", "attribution_noun_after", "denials", "sequence_features", "leaving_features", "clause_openers", "size_compounds", "time_references",
                 "complementizers", "background_openers", "after_openers")


def _pieces(folded: str) -> list[tuple[int, int, bool]]:
    """(start, end, inside parentheses) of each stretch between breaks."""
    out: list[tuple[int, int, bool]] = []
    depth, start = 0, 0
    for found in _BREAK.finditer(folded):
        if found.start() > start:
            out.append((start, found.start(), depth > 0))
        mark = found.group().strip()
        depth = depth + 1 if mark == "(" else max(0, depth - 1) if mark == ")" else depth
        start = found.end()
    if start < len(folded):
        out.append((start, len(folded), depth > 0))
    return [(a, b, inside) for a, b, inside in out if _WORD.search(folded, a, b)]


def _frame_role(k: int, words: list[str], previous_ends_name: bool, last: bool) -> str | None:
    """What frame a chunk is ("attribution", "relative", "appositive"), or None for one that asserts."""
    vocabulary = _words()
    if not words:
        return None
    if k == 0:  # "According to the ministry, …"; without its comma the opening is the sentence
        return "attribution" if not last and words[0] in vocabulary["opening"] and len(words) <= OPENING_WORDS \
            else None
    if _attributions(words[:ATTRIBUTION_REACH]) and (last or len(words) <= ASIDE_WORDS) \
            and not any(w.isdigit() for w in words):
        # A trailing ", Tokayev said in a televised address", or a short ", he said,": a chunk
        # that reports a figure ("…, Kyrgyzstan reported 63 dead") is an assertion of its own.
        return "attribution"
    if words[0] in vocabulary["relative"]:
        return "relative"
    if previous_ends_name and not last and words[0] in vocabulary["appositive"] and len(words) <= APPOSITIVE_WORDS:
        return "appositive"
    if previous_ends_name and not last and (any(w in _OFFICE_WORDS for w in words[:OFFICE_REACH])
                                            or words[0] in _DESCRIBING) and len(words) <= OFFICE_APPOSITIVE_WORDS:
        # "Stanislav Zas, secretary general of the Russian-led CSTO, called …", "the CSTO, often
        # touted as a Nato equivalent, …": who or what it is, not what the sentence says
        return "appositive"
    return None


def _attributions(words: list[str]) -> list[int]:
    """Where the words hold an attribution verb. Some are nouns too, and a determiner before one
    or "of" after it makes it the noun ("leaders of the member states", "reports of looting")."""
    vocabulary = _words()
    return [k for k, word in enumerate(words) if word in vocabulary["attribution"]
            and not (k and words[k - 1] in vocabulary["attribution_noun_before"])
            and not (k + 1 < len(words) and words[k + 1] in vocabulary["attribution_noun_after"])]


def chunks(folded: str, name_ends: frozenset[int], people_ends: frozenset[int] = frozenset()) -> tuple[Chunk, ...]:
    """The sentence's chunks in order. `name_ends` are where named entities end in `folded`,
    `people_ends` where the names of people do."""
    pieces = _pieces(folded)
    words = [[w.lower() for w in _WORD.findall(folded, start, end)] for start, end, _ in pieces]
    roles = _roles(pieces, words, name_ends, people_ends)
    if roles and roles[0] and all(inside or role for (_, _, inside), role in zip(pieces[1:], roles[1:], strict=True)):
        roles[0] = None  # an opening needs an assertion after it: "Volgens Tokajev waren …, meldde TASS"
    out = []
    for k, (start, end, inside) in enumerate(pieces):
        if inside or roles[k]:
            said = roles[k] == "attribution" and not inside
            who = said and (k == 0 or _only_who(folded, start, end, words[k]))
            # An attribution with what was said in it ("…, said Thursday that it received a note")
            # frames like a leading report: its values are the content's.
            out.append(Chunk(start, end, True, report=said and not who, attribution=who))
            continue
        reported = _reported_from(folded, start, end)
        if reported > start:
            out.append(Chunk(start, reported, True, report=True))
        out += _clauses(folded, reported, end)
    return tuple(out)


def _roles(pieces: list[tuple[int, int, bool]], words: list[list[str]], name_ends: frozenset[int],
           people_ends: frozenset[int]) -> list[str | None]:
    """Each piece's frame role, read from the end: a piece followed only by attributions is as
    last as the sentence's last ("…, Army General Sergei Shoigu reported to President Putin, TASS
    reports."). A piece that ends on a person's name, after another's, lists them ("Russian
    President Vladimir Putin, Armenian Prime Minister Nikol Pashinyan, …"): no appositive."""
    roles: list[str | None] = [None] * len(pieces)
    trailing = True
    for k in range(len(pieces) - 1, -1, -1):
        listed = k > 0 and pieces[k - 1][1] in people_ends and pieces[k][1] in people_ends
        roles[k] = _frame_role(k, words[k], k > 0 and pieces[k - 1][1] in name_ends and not listed,
                               trailing and k > 0)
        trailing = trailing and roles[k] == "attribution"
    return roles


def says_who(text: str) -> bool:
    """Whether a text gives its point as someone's word ("Tokayev said that …", "According to a
    Kyrgyz MP, …"): it holds a verb of saying."""
    return bool(_attributions([w.lower() for w in _WORD.findall(text)]))


def _only_who(folded: str, start: int, end: int, words: list[str]) -> bool:
    """Whether an attribution says only who said it: not "…, said Thursday that it received a
    note", whose reported clause is the content, nor "… en zei: …", a second verb of the subject."""
    vocabulary = _words()
    if words[0] in vocabulary["clause_openers"] or _reported_from(folded, start, end) != start:
        return False
    verbs = _attributions(words[:ATTRIBUTION_REACH])
    # "…, told the virtual gathering of the group's leaders that …": a reported clause however far on
    if verbs and any(w in vocabulary["complementizers"] for w in words[verbs[0] + 1:]):
        return False
    return not any(_reports_content(words, k) for k in verbs)


# The office opens the appositive, or follows whose it is ("Armenia's president", "Kazakh president").
OFFICE_REACH = 3
OFFICE_APPOSITIVE_WORDS = 12  # an office and whose it is: "secretary general of the Collective Security Treaty Organization"
_OFFICE_WORDS = lexicon.words("appositive_offices")
_DESCRIBING = lexicon.words("appositive_descriptions")
RECIPIENT_REACH = 2  # words after "to" in which to find to whom it was said ("to Russian President Putin")
_RECIPIENTS = lexicon.words("recipients")


def _reports_content(words: list[str], k: int) -> bool:
    """Whether the verb of saying at `k` has the content with it: a subject or "to" right after it
    ("Putin said he would send troops", "was said to be reconsidering"), or a subject of its own
    before a passive ("Uzbekistan was said …", where "it was reported" has none)."""
    vocabulary = _words()
    if words[k] in vocabulary["opening"]:  # "according to the ministry"
        return False
    if k + 1 < len(words) and words[k + 1] in vocabulary["reported_openers"]:
        # "reported to President Putin", "told to reporters": to whom, not what
        return not (k + 2 < len(words) and words[k + 2] in lexicon.DETERMINERS) \
            and not set(words[k + 2:k + 2 + RECIPIENT_REACH]) & _RECIPIENTS
    # "…, said the CSTO had failed": a verb group after the verb of saying is the reported clause's
    if any(w in vocabulary["verb_group_openers"] for w in words[k + 1:]):
        return True
    return k >= 2 and words[k - 1] in vocabulary["passive_auxiliaries"] \
        and not (k == 2 and words[0] in vocabulary["dummy_subjects"])


def _reported_from(folded: str, start: int, end: int) -> int:
    """Where the reported clause of a leading report begins ("… announced on Wednesday that |
    the withdrawal …"), or `start` when the chunk opens with no report. The report is a frame
    like a trailing ", he said": who said it and when are not the assertion."""
    vocabulary = _words()
    found = list(itertools.islice(_WORD.finditer(folded, start, end), REPORT_REACH + REPORT_GAP + 1))
    verbs = [i for i in _attributions([m.group().lower() for m in found]) if i < REPORT_REACH]
    # The verb must be the first clause's: "she condemned … and said that …" reports only its second clause.
    if not verbs or any(m.group().lower() in vocabulary["clause_openers"] for m in found[:verbs[0]]):
        return start
    for j in range(verbs[0] + 1, min(len(found), verbs[0] + REPORT_GAP + 1)):
        if found[j].group().lower() in vocabulary["complementizers"]:
            return found[j].end() if found[j].end() < end else start
    return start


_PURPOSE = LazyPattern(rf"\b(?:{alternation(lexicon.words('purpose_openers'))})\b", re.IGNORECASE)


def _clauses(folded: str, start: int, end: int) -> list[Chunk]:
    """A chunk of the assertion cut before each word that opens a clause."""
    openers = _words()["clause_openers"]
    cuts = [m.start() for m in _WORD.finditer(folded, start, end) if m.group().lower() in openers and m.start() > start]
    # "… in an attempt to …", "… in een poging om …": what it was for is a clause of its own
    cuts += [m.start() for m in _PURPOSE.finditer(folded, start, end) if m.start() > start]
    bounds = [start, *sorted(set(cuts)), end]
    return [Chunk(a, b, False) for a, b in itertools.pairwise(bounds)]


def chunk_at(found: tuple[Chunk, ...], offset: int) -> int:
    """The index of the chunk an offset falls in (the nearest one before it, between chunks)."""
    index = 0
    for k, chunk in enumerate(found):
        if chunk.start <= offset:
            index = k
    return index


def in_any_frame(found: tuple[Chunk, ...], offset: int) -> bool:
    """Whether an offset stands in a frame of any kind, a leading report too: not in the assertion."""
    return bool(found) and found[chunk_at(found, offset)].frame


def in_frame(found: tuple[Chunk, ...], offset: int) -> bool:
    """Whether an offset stands in a frame that holds no values: an aside, an appositive, an
    attribution (not a leading report)."""
    if not found:
        return False
    chunk = found[chunk_at(found, offset)]
    return chunk.frame and not chunk.report


_AFTER = re.compile(r"[-\s]?([^\W_]+)")


def modifies(folded: str, start: int, end: int) -> bool:
    """Whether a name at [start, end) modifies a noun rather than acting: "the Russia-led CSTO",
    "een door Rusland geleid bondgenootschap"."""
    vocabulary = _words()
    after = _AFTER.match(folded, end)
    if after is not None and folded[end:end + 1] == "-" and after.group(1) in vocabulary["modifier_after"]:
        return True
    before = folded[:start].split()
    return bool(before) and before[-1] == "door" and after is not None \
        and after.group(1) in vocabulary["modifier_dutch"]


def multipliers() -> dict[str, int]:
    """Unit words that multiply the figure before them ("three decades" is 30 years)."""
    return lexicon.mapping("unit_factors")


def in_units(text: str, end: int) -> tuple[int, int]:
    """The factor a unit word right after a figure ending at `end` multiplies it by, and where
    that word ends: (1, end) where there is none."""
    after = _WORD.search(text, end)
    if after is None or text[end:after.start()].strip() or after.group().lower() not in multipliers():
        return 1, end
    return multipliers()[after.group().lower()], after.end()



def sequence_features() -> frozenset[str]:
    """Features that say which time in a sequence: "first", "again", "for the second time"."""
    return _words()["sequence_features"]


def leaving_features() -> frozenset[str]:
    """Features that say someone left an office: "resigned", "stepped down", "trad af"."""
    return _words()["leaving_features"]


def denial(folded: str) -> int:
    """Where the assertion after an opening that denies it starts ("It is not true that …"), or 0."""
    text = folded.lstrip()
    for opening in _words()["denials"]:
        if text.startswith(opening + " "):
            return len(folded) - len(text) + len(opening) + 1
    return 0


def falsified(folded: str) -> tuple[int, int] | None:
    """Where the assertion that a sentence calls false stands ("Claims that Russia sent 10,000
    troops were false", "Berichten dat … bleken onjuist"), as (start, end) of the folded text, or None."""
    found = _FALSIFIED.match(folded)
    return found.span("content") if found else None


# "(the) reports that", "Tokayev's claim that", "(de) berichten dat": a report named with what it says
_REPORT_THAT = rf"(?:(?:the|de|het|[^\W\d_]+'s)\s+)?(?:{alternation(lexicon.words('report_nouns'))})\s+(?:that|dat)"
_FALSIFIED = LazyPattern(
    rf"\s*{_REPORT_THAT}\s+(?P<content>.+?)\s+(?:{alternation(lexicon.words('falsity_predicates'))})\b", re.IGNORECASE)


def rejected_report(folded: str) -> int | None:
    """Where the report that someone is said to dismiss starts ("Tokayev dismissed reports that
    10,000 people had been arrested"): what follows is that report, which the sentence does not
    assert, nor deny; None where there is none."""
    found = _REJECTED_REPORT.search(folded)
    return found.start() if found else None


_REJECTED_REPORT = LazyPattern(rf"\b(?:{alternation(lexicon.words('report_rejections'))})\s+{_REPORT_THAT}\b", re.IGNORECASE)


def describes(text: str, end: int) -> bool:
    """Whether a figure ending at `end` is joined by a hyphen to a word that makes it describe
    something ("a five-year period") rather than count ("a 3,600-strong force")."""
    joined = re.match(r"-([^\W\d_]+)", text[end:])
    return joined is not None and joined.group(1).lower() not in _words()["size_compounds"]


def opens_background(words: Iterable[str]) -> bool:
    """Whether a leading clause, given its first words folded, sets the time of the main clause
    ("After the Taliban took Afghanistan, …", "Nadat Tokajev had gevraagd, …")."""
    return _opens_with(words, "background_openers")


def opens_after(words: Iterable[str]) -> bool:
    """Whether a leading clause, given its first words folded, is what the main clause comes
    after ("After Nazarbayev resigned in 2019, …", "Sinds hij in 2019 aan de macht kwam, …")."""
    return _opens_with(words, "after_openers")


def _opens_with(words: Iterable[str], table: str) -> bool:
    lowered = f" {' '.join(words)} "
    return any(lowered.startswith(f" {phrase} ") for phrase in _words()[table])


def refers_back_in_time(words: Iterable[str]) -> bool:
    """Whether a part takes its time from the rest of its sentence ("at the time", "destijds"),
    given its words, folded."""
    lowered = f" {' '.join(words)} "
    return any(f" {phrase} " in lowered for phrase in _words()["time_references"])
