"""The engine's stages, each tested on a base written in the test (tests/small_base.py)."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from cstocheck import folding, read, values
from cstocheck.checker import Checker
from cstocheck.finding import Verdict
from cstocheck.implied import alliance_name, member_counts
from cstocheck.read import excerpt
from cstocheck.split import segments
from small_base import Fact, small_base

FACTS = (
    Fact("armenia-troops", "Armenia sent 70 troops to Kazakhstan.", "count", "70",
         quotes=("Armenia sent some 70 soldiers to Kazakhstan.",)),
    Fact("russia-troops", "Russia sent about 2300 troops to Kazakhstan.", "count", "about 2300",
         quotes=("Russia sent about 2,300 troops to Kazakhstan.",), against=(("Russia sent 3,000 soldiers.", "3000"),)),
    Fact("tokayev-request", "Tokayev asked the CSTO for help on 5 January 2022.", "date", "2022-01-05",
         quotes=("On 5 January 2022 Tokayev asked the CSTO for help.",)),
    Fact("uzbekistan-left", "Uzbekistan left the CSTO in 2012.", "year", "2012",
         quotes=("Uzbekistan left the CSTO again in 2012.",)),
)


@pytest.fixture(scope="module")
def checker() -> Checker:
    return small_base(*FACTS)


# --- read: once ---------------------------------------------------------------------------

SENTENCES = [
    "Russia sent about 2,500 troops to Kazakhstan in January 2022.",
    "Armenia sent 70 troops, according to Reuters, and Russia 2,300.",
    "It is not true that Armenia sent 70 troops.",
    "Uzbekistan, which left the CSTO in 2012, did not send troops.",
    "Armenia and Russia sent troops to Kazakhstan.",
    "The six-member CSTO sent troops.",  # the member count is checked as a statement of its own
]


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every text folded, read for names and words, or scanned for figures, while a test runs."""
    seen: list[str] = []
    fold, reader, scan = folding.fold, read._Reader.__init__, values._scan_folded

    def folding_fold(text: str) -> folding.Folded:
        seen.append(text)
        return fold(text)

    def reader_init(self: read._Reader, folded: folding.Folded, aliases: read.AliasTable) -> None:
        seen.append(folded.original)
        reader(self, folded, aliases)

    def scan_folded(folded: folding.Folded, lang: str | None, mode: str) -> values.Scan:
        seen.append(folded.original)
        return scan(folded, lang, mode)

    monkeypatch.setattr(folding, "fold", folding_fold)
    monkeypatch.setattr(values, "fold", folding_fold)  # values folds the base's values ("about 2300")
    monkeypatch.setattr(read._Reader, "__init__", reader_init)
    monkeypatch.setattr(values, "_scan_folded", scan_folded)
    yield seen


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_is_read_once(checker: Checker, reads: list[str], sentence: str) -> None:
    """One fold, one reading, one scan for figures and dates: every later stage, every part of
    the sentence and every rule uses that reading."""
    checker.claim(sentence)
    base_values = {f.value for f in FACTS} | {v for f in FACTS for _, v in f.against}  # the base's, not the sentence's
    drawn = [text for text in reads if text.strip() and text not in base_values
             and (text in sentence or sentence in text)]
    assert drawn == [sentence] * 3, drawn


def test_the_count_sees_a_second_reading(checker: Checker, reads: list[str]) -> None:
    """The counting itself works: reading a sentence twice shows up."""
    checker.claim(SENTENCES[0])
    checker.claim(SENTENCES[0])
    assert reads.count(SENTENCES[0]) == 6


# --- read: spans of the text as written --------------------------------------------------------


def test_every_span_of_a_reading_is_one_of_the_text_as_written(checker: Checker) -> None:
    text = "Armenië’s „vredesmacht” van zo’n 70 militairen — vertrok op 5 januari 2022 niet naar Kazachstan."
    reading = read.read(text, checker.index.aliases)
    assert [text[m.start:m.end] for m in reading.mentions] == ["Armenië", "Kazachstan"]
    assert [text[q.start:q.end] for q in reading.quantities] == ["zo’n 70"]
    assert [text[w.start:w.end] for w in reading.whens] == ["5 januari 2022"]
    assert {text[a:b] for a, b, f in reading.features if f == "t:troops"} == {"militairen"}
    assert [text[at:at + 4] for at in reading.negation_at] == ["niet"]


def test_an_excerpt_keeps_what_the_sentence_read_there(checker: Checker) -> None:
    text = "Armenia did not send 70 troops, and Russia sent 2,300."
    reading = read.read(text, checker.index.aliases)
    first = excerpt(reading, ((0, text.index(","),),))
    assert first.text == "Armenia did not send 70 troops" and first.negated
    assert [first.text[q.start:q.end] for q in first.quantities] == ["70"]
    second = excerpt(reading, ((text.index("Russia"), len(text)),))
    assert second.text == "Russia sent 2,300." and not second.negated
    assert [second.text[m.start:m.end] for m in second.mentions] == ["Russia"]
    assert second.folded is not None and second.folded.original == second.text
    joined = excerpt(reading, ((0, 7), (text.index("Russia"), len(text))), sep=" ")
    assert joined.text == "Armenia Russia sent 2,300." and {m.start for m in joined.mentions} == {0, 8}


# --- split --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,parts", [
    ("Armenia sent 70 troops and Russia 2,300.", ["Armenia sent 70 troops", "Russia 2,300."]),
    ("Russia sent 2,300 troops, Belarus – 500, Armenia – 70.", ["Russia sent 2,300 troops", "Belarus – 500",
                                                                "Armenia – 70."]),
    ("Armenia sent one hundred and fifty troops.", ["Armenia sent one hundred and fifty troops."]),
    # a span of time is one value
    ("Formed between 1992 and 2002, the CSTO grew.", ["Formed between 1992 and 2002, the CSTO grew."]),
    ("Oezbekistan was tussen 1999 en 2006 geen lid.", ["Oezbekistan was tussen 1999 en 2006 geen lid."]),
    # an elliptic list without dashes, but not a date after a weekday
    ("Russia sent 2,300 troops, Armenia 300 and Kyrgyzstan 150.", ["Russia sent 2,300 troops", "Armenia 300",
                                                                    "Kyrgyzstan 150."]),
    ("On Wednesday, January 5 Tokayev asked for help.", ["On Wednesday, January 5 Tokayev asked for help."]),
    # a concession is an assertion of its own
    ("Kyrgyzstan sent 150 troops despite opposition in parliament.", ["Kyrgyzstan sent 150 troops",
                                                                      "opposition in parliament."]),
    ("Kirgizië stuurde 150 militairen, ondanks verzet in het parlement.", ["Kirgizië stuurde 150 militairen",
                                                                           "verzet in het parlement."]),
    # two objects of one act are one assertion; a second act after them is another
    ("Russia sent troops and weapons to Kazakhstan.", ["Russia sent troops and weapons to Kazakhstan."]),
    ("Russia sent troops and Armenia left the treaty.", ["Russia sent troops", "Armenia left the treaty."]),
    # countries that fight, fight each other: one assertion
    ("Armenia and Kyrgyzstan clashed over the border.", ["Armenia and Kyrgyzstan clashed over the border."]),
    ("Kirgizië en Armenië raakten slaags.", ["Kirgizië en Armenië raakten slaags."]),
    # what follows "that" is what was said, however it opens
    ("Pashinyan said that despite the treaty, Armenia was attacked.", ["Pashinyan said that despite the treaty, Armenia was attacked."]),
    ("Pasjinjan zei dat ondanks het verdrag Armenië werd aangevallen.", ["Pasjinjan zei dat ondanks het verdrag Armenië werd aangevallen."]),
])
def test_a_sentence_splits_at_its_joins_not_inside_a_figure(checker: Checker, text: str, parts: list[str]) -> None:
    assert [s.text for s in segments(read.read(text, checker.index.aliases))] == parts


def test_an_elliptic_part_borrows_its_verb(checker: Checker) -> None:
    first, second = segments(read.read("Armenia sent 70 troops and Russia 2,300.", checker.index.aliases))
    assert first.own_predicate > 0 and "t:send" in second.reading.predicate and second.own_predicate == 0


@pytest.mark.parametrize(("text", "subject"), [
    # a part that opens with its verb is done by the country the part before opens with
    ("Uzbekistan left the CSTO in 2012, but rejoined it with the help of Kazakhstan.", {"uzbekistan"}),
    # not by a person (who may be the part's value), nor by a name the part before does not open with
    ("Tokayev thanked Putin and asked Kazakhstan for help.", set()),
    ("Earlier, Armenia sent 70 troops and left Kazakhstan.", set()),
])
def test_a_part_without_a_subject_borrows_the_one_before(checker: Checker, text: str, subject: set[str]) -> None:
    _, second = segments(read.read(text, checker.index.aliases))
    first_named = min(second.reading.mentions, key=lambda m: m.start)
    assert (first_named.ids & {"uzbekistan", "tokayev", "armenia"}) == subject


# --- retrieve -----------------------------------------------------------------------------------


def test_retrieval_ranks_the_claim_the_sentence_says_first(checker: Checker) -> None:
    reading = read.read("Russia sent 2,300 soldiers.", checker.index.aliases)
    ranked = checker.index.rank(reading)
    assert ranked[0].claim.id == "russia-troops"
    assert all(m.score < ranked[0].score for m in ranked[1:])
    assert all(m.claim.id != "tokayev-request" for m in ranked)  # nothing shared, never scored


def test_retrieval_reads_a_denial_against_the_wording(checker: Checker) -> None:
    match = checker.index.rank(read.read("Armenia did not send troops to Kazakhstan.", checker.index.aliases))[0]
    assert match.claim.id == "armenia-troops" and match.negated


# --- judge --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,verdict", [
    ("Armenia sent 70 troops.", Verdict.SUPPORTED),
    ("Armenia sent 700 troops.", Verdict.CONTRADICTED),
    ("Russia sent 2,300 troops.", Verdict.DISPUTED),  # one source says about 2,300, the other 3,000
    ("Kyrgyzstan sent 150 troops.", Verdict.UNVERIFIED),
    ("Armenia sent 70 troops and Russia 2,300.", Verdict.DISPUTED),  # the worst part decides
    ("Armenia sent 70 troops and Kyrgyzstan handed out 150 medals.", Verdict.SUPPORTED),  # a detail unchecked
    ("It is not true that Armenia sent 70 troops.", Verdict.CONTRADICTED),
    ("Uzbekistan left the CSTO in 2012, according to officials.", Verdict.SUPPORTED),
])
def test_the_verdict_over_a_sentences_parts(checker: Checker, text: str, verdict: Verdict) -> None:
    finding = checker.claim(text)
    assert finding.verdict is verdict, finding.explanation


def test_a_detail_the_base_cannot_check_makes_the_verdict_partial(checker: Checker) -> None:
    finding = checker.claim("Armenia sent 70 troops and Kyrgyzstan handed out 150 medals.")
    assert finding.partial and [p.verdict for p in finding.parts] == [Verdict.SUPPORTED, Verdict.UNVERIFIED]


def test_the_architecture_page_names_every_stage_module() -> None:
    root = Path(__file__).resolve().parents[1]
    page = (root / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = root / "cli" / "cstocheck"
    for stage in ("read", "split", "retrieve", "compare", "judge", "explain"):
        assert f"`{stage}.py`" in page and (package / f"{stage}.py").is_file(), stage
    for folder in ("rules", "kinds", "formats"):
        assert f"`{folder}/`" in page and (package / folder / "__init__.py").is_file(), folder


# --- split: what a sentence says in passing -----------------------------------------------------


@pytest.mark.parametrize("text,count", [
    ("De CSTO bestaat uit Rusland, Armenië, Kazachstan en Kirgizië.", "4"),  # "uit" here is no place
    ("The CSTO is made up of Russia, Armenia, Kazakhstan and Kyrgyzstan.", "4"),
    ("Troops from Russia, Armenia and Kazakhstan joined the CSTO mission.", None),  # no whole list
    ("The CSTO is a military alliance between six ex-Soviet states.", "six"),
    ("The bloc, currently grouping the six former Soviet republics, met in Moscow.", "six"),
    ("The organisation brings together six post-Soviet states.", "six"),
    ("De CSTO verenigt zes voormalige Sovjetrepublieken.", "zes"),
    # A term of several words reaches the words before the figure from further back.
    ("The CSTO is a military alliance in Eurasia consisting of six post-Soviet states.", "six"),
    ("De CSTO is een militair bondgenootschap van zes voormalig Sovjet-landen.", "zes"),
    ("Five CSTO countries sent troops to Kazakhstan.", None),  # a count of what they did, not of members
    ("The alliance sent troops between six cities.", None),
    # "includes" groups too, and a name may stand between the figure and what it counts
    ("The CSTO, which includes eight CIS countries, issued a statement.", "eight"),
    ("The CSTO is an alliance that includes seven former Soviet states.", "seven"),
    # "one of six member states of the CSTO" counts them all; "two member states of" some
    ("Pashinyan, the prime minister of Armenia, one of six member states of the CSTO, spoke.", "six"),
    ("Kazachstan is een van de zes lidstaten van de CSTO.", "zes"),
    ("Two member states of the CSTO sent no troops.", None),
    # "has six members:" counts the list that follows
    ("The CSTO has six members: Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan.", "six"),
    ("The alliance has six member states: Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan.", "six"),
    # a list said to be its members is how many there are
    ("The CSTO members are Armenia, Russia, Kazakhstan and Kyrgyzstan.", "4"),
    ("De CSTO-leden zijn Armenië, Rusland, Kazachstan en Kirgizië.", "4"),
    # the countries named after what the figure counts are more ("… and Russia")
    ("The CSTO is an alliance of five former Soviet states and Russia.", "6"),
    # … and so are those named before "other" ones: "besides Kazakhstan, five other countries"
    ("Naast Kazachstan maken vijf andere landen deel uit van de CSTO.", "6"),
    # countries said to make up the alliance named after them
    ("Six post-Soviet nations make up the CSTO.", "Six"),
    ("Zes landen vormen de CSTO.", "Zes"),
    ("Six countries make up the bulk of the troops.", None),
    ("The forces of the six former Soviet states that make up the military alliance arrived.", "six"),
    # a list some members are picked from counts none
    ("The CSTO is made up of six countries, including Russia, Armenia, Belarus and Kazakhstan.", "six"),
    # Dutch compounds of a size, with the figure as digits or fused as a word
    ("Het 7-koppige bondgenootschap stuurde troepen.", "7"),
    ("Het zevenkoppige bondgenootschap stuurde troepen.", "zeven"),
])
def test_a_list_said_to_be_the_whole_alliance_gives_its_member_count(checker: Checker, text: str,
                                                                     count: str | None) -> None:
    found = member_counts(read.read(text, checker.index.aliases), checker.index.aliases)
    assert [c.number for c in found] == ([count] if count else [])


@pytest.mark.parametrize("text,alliance", [
    ("The seven-nation alliance, often called Russia's answer to NATO, sent troops.", "the alliance"),
    ("The six-member CSTO, unlike NATO, sent troops.", "CSTO"),
    ("The CSTO's six members, unlike NATO's, sent troops.", "CSTO"),
    ("De CSTO is een tegenhanger van de Navo, waarin zes oud-Sovjetrepublieken samenwerken.", "CSTO"),
])
def test_a_member_count_is_of_the_alliance_beside_it(checker: Checker, text: str, alliance: str) -> None:
    reading = read.read(text, checker.index.aliases)
    (count,) = member_counts(reading, checker.index.aliases)
    assert alliance_name(reading, count) == alliance


@pytest.mark.parametrize("text", SENTENCES + ["Armenië’s „vredesmacht” van zo’n 70 militairen vertrok niet."])
def test_a_reading_kept_in_the_cache_gives_the_index_what_a_fresh_one_does(checker: Checker, text: str) -> None:
    fresh = read.read(text, checker.index.aliases)
    kept = read.from_plain(json.loads(json.dumps(read.to_plain(fresh))))
    for field in ("mentions", "predicate", "negated", "negations", "features", "quantities", "whens", "text"):
        assert getattr(kept, field) == getattr(fresh, field), field
    assert kept.folded is not None and fresh.folded is not None
    assert list(kept.folded.starts) == list(fresh.folded.starts) and read.where(kept) == read.where(fresh)


@pytest.mark.parametrize("text", SENTENCES + [("A planned CSTO exercise in Kyrgyzstan was cancelled because Bishkek "
                                               "objected to Tajik troops on its soil."),
                                              "Between 60 and 80 troops came in early January, Tokayev said."])
def test_a_reading_kept_in_the_cache_is_the_reading_whole(checker: Checker, text: str) -> None:
    # An entry built from kept readings must be the entry built from fresh ones: where something
    # went and a wording's main-clause denials need its chunks, words and cues too.
    fresh = read.read(text, checker.index.aliases)
    assert read.from_plain(json.loads(json.dumps(read.to_plain(fresh)))) == fresh


@pytest.mark.parametrize("stored", [[], [1, 2, 3], [[], [], False, [], [], [], [], ["ab", "ab", [[0], [1]]]]])
def test_a_damaged_stored_reading_is_refused(stored: list[object]) -> None:
    with pytest.raises(ValueError):
        read.from_plain(stored)
