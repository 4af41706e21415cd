"""The segmenter with the quicker abbreviation pass (cstocheck.segmenter) finds exactly the
sentences pysbd's own finds: on the seeds' paragraphs, on every draft fixture, and on generated
paragraphs full of abbreviations, initials, points inside words and points that end nothing."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cstocheck import drafts
from cstocheck.segmenter import segmenter
from pysbd_reference import SOURCES, paragraphs, stock


def _both(text: str, language: str) -> tuple[list[str], list[str]]:
    with drafts._roomy_regex_cache():
        return segmenter(language).processor(text).process(), stock(language).processor(text).process()


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
@pytest.mark.parametrize("language", drafts.LANGUAGES)
def test_a_paragraph_splits_as_pysbd_splits_it(path: Path, language: str) -> None:
    for paragraph in paragraphs(path):
        quick, stock = _both(paragraph, language)
        assert quick == stock, paragraph


def test_the_quick_pass_is_the_one_used() -> None:
    processor = drafts._segmenter("nl").processor("Zie art. 4 van het verdrag.")
    assert type(processor.abbreviations_replacer()).__name__ == "QuickReplacer"


WORDS = ["Russia", "sent", "troops", "a", "al", "no", "art", "nr", "p", "St", "st", "Gen", "gen", "e", "g", "i",
         "U", "S", "vs", "etc", "bijv", "dr", "Dr", "Prof", "prof", "mr", "Mr", "jan", "Jan", "sept", "ca", "al.",
         "no.", "art.", "nr.", "p.", "St.", "Gen.", "e.g.", "i.e.", "U.S.", "vs.", "etc.", "bijv.", "Dr.", "a.s.",
         "d.w.z.", "m.a.w.", "2.300", "4", "(about", "70)", "A.", "J.", "“Yes.”", "'no'", "...", "…", "?", "!", ":",
         ",", "-", "Kazakhstan", "de", "het", "Tokajev", "CSTO", "a.a", "b.v", "ala", "en", "w", "v.",
         # glued to what stands before them, and letters that match an ASCII one ignoring case
         "(al", "-nr.", "total", "ſt.", "\u017ft", "\u0130", "\u0131.", "\u212ag", "AL."]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40),
       st.lists(st.sampled_from([" ", " ", " ", "  ", "\n", ". ", ", ", "\t", "\u00a0", "\u2003", ""]),
                min_size=40, max_size=40),
       st.sampled_from(drafts.LANGUAGES))
def test_generated_paragraphs_split_as_pysbd_splits_them(words: list[str], gaps: list[str], language: str) -> None:
    text = "".join(w + g for w, g in zip(words, gaps))
    quick, stock = _both(text, language)
    assert quick == stock, text
