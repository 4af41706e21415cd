"""The engine's stages, each tested on a base written in the test (tests/small_base.py)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from cstocheck import folding, read, values
from cstocheck.checker import Checker
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
