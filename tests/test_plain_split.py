"""The plain-paragraph shortcut past pysbd (drafts._plain) finds exactly pysbd's sentences, or
declines: on the seeds' paragraphs, on every draft fixture, and on generated paragraphs full of
what pysbd's rules are for (abbreviations, initials, figures with points, quotes, ellipses)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO
from cstocheck import drafts
from pysbd_reference import SOURCES, paragraphs, stock


def _pysbd_alone(text: str, language: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for sentence in stock(language).processor(text).process():
        at = text.find(sentence, pos) if sentence else -1
        if at >= 0:
            spans.append((at, at + len(sentence)))
            pos = at + len(sentence)
    return spans


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
@pytest.mark.parametrize("language", drafts.LANGUAGES)
def test_a_plain_paragraph_splits_as_pysbd_splits_it(path: Path, language: str) -> None:
    for paragraph in paragraphs(path):
        plain = drafts._plain(paragraph)
        assert plain is None or plain == _pysbd_alone(paragraph, language), paragraph


def test_most_prose_is_plain() -> None:
    # The shortcut is worth having only if ordinary prose takes it.
    seen = [p for path in sorted((REPO / "seeds").glob("*.txt")) for p in paragraphs(path)]
    assert sum(drafts._plain(p) is not None for p in seen) >= len(seen) // 2


@pytest.mark.parametrize("paragraph", [
    "Corp. The firm sent troops.", "He met Gen. Zas. Then he left.", "It cost 2.300 euro. Then it rose.",
    "The U.S. did not. Russia did.", "Putin spoke in St. Petersburg. He smiled.", "Wait... what? Yes!",
    "Hij zei: 'Nee.' Toen ging hij.", "Het gebeurde op 6 jan. Daarna niet.", "They came (about 70). Then more.",
    "Prof. Ivanov said so. He was right.", "Sept. 5 was the day. It rained.", "Line one.\nLine two.",
    "Russia (about Russia. Organization) Russia.",  # a sentence end inside brackets: pysbd keeps it one
])
def test_what_pysbd_is_for_goes_to_pysbd(paragraph: str) -> None:
    assert drafts._plain(paragraph) is None


PLAIN = ["Russia", "sent", "troops", "Kazakhstan", "2,300", "70", "Tokayev", "the", "de", "Zas", "a", "1992", "5%",
         "CSTO", "Armenië", "Éric", "über", "CSTO's", "Kazakhstan’s", "Nagorno-Karabakh", "I", "-", "–", ":", ";", ","]
HAZARDS = ["Gen.", "St.", "U.S.", "2.300", "Dr.", "Corp.", "approx.", "Jan.", "nr.", "(about", "70)", "“Yes.”", "'no'",
           "...", "…", "J.", "e.g.", "i.e.", "vs.", "etc.", "'t", "x-", "(ODKB)", "€5", "A.", "(a)", "(1)", "[2]",
           "(CSTO", "Organization)", "P", "EU", "4"]
WORDS = st.one_of(st.sampled_from(PLAIN), st.sampled_from(PLAIN), st.sampled_from(PLAIN), st.sampled_from(HAZARDS))


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.lists(WORDS, min_size=1, max_size=8),
                          st.sampled_from([".", "!", "?", "", ". ", ".  "])), min_size=1, max_size=5),
       st.sampled_from(drafts.LANGUAGES))
def test_generated_paragraphs_split_as_pysbd_splits_them(sentences: list[tuple[list[str], str]], language: str) -> None:
    text = " ".join(" ".join(words) + end for words, end in sentences)
    plain = drafts._plain(text)
    assert plain is None or plain == _pysbd_alone(text, language)
