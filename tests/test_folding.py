"""The one normaliser: what it folds to, and that every span leads back to the right characters."""
from __future__ import annotations

import re

import pytest

from cstocheck.folding import fold
from cstocheck.model import Entity, EntityKind
from cstocheck.read import AliasTable, read, where
from cstocheck.read import fold as fold_words
from cstocheck.values import read_quantities, read_whens

# (text, folded, a word of the folded text, the characters of the text it must lead back to)
FOLDS = [
    ("Herr Weiß sagt", "herr weiss sagt", "sagt", "sagt"),
    ("Herr Weiß sagt", "herr weiss sagt", "weiss", "Weiß"),
    ("ﬁfty ﬁve", "fifty five", "five", "ﬁve"),
    ("Страна Казахстан", "страна казахстан", "казахстан", "Казахстан"),
    ("cafe\u0301 ouvert", "cafe ouvert", "cafe", "cafe\u0301"),
    ("cafe\u0301 ouvert", "cafe ouvert", "ouvert", "ouvert"),
    ("Één soldaat", "een soldaat", "soldaat", "soldaat"),
    ("İstanbul", "istanbul", "istanbul", "İstanbul"),
    ("10² km²", "10² km²", "km²", "km²"),
    ("٣٠٠ soldiers", "300 soldiers", "300", "٣٠٠"),
    ("２３００ troops", "2300 troops", "troops", "troops"),
    ("Kazakhstan\u2019s \u2018troops\u2019", "kazakhstan's 'troops'", "troops", "troops"),
    ("1999\u20132001 \u2212 5", "1999-2001 - 5", "2001", "2001"),
    ("2\u00a0300 troops", "2 300 troops", "2 300", "2\u00a0300"),
    ("Über 70 Mann", "uber 70 mann", "70", "70"),
]


@pytest.mark.parametrize(("text", "folded", "word", "original"), FOLDS)
def test_fold_leads_back_to_the_original(text: str, folded: str, word: str, original: str) -> None:
    f = fold(text)
    assert f == folded and f.original == text
    at = f.index(word)
    start, end = f.span(at, at + len(word))
    assert text[start:end] == original
    assert f.at(start) == at


def test_ascii_text_keeps_its_offsets() -> None:
    f = fold("About 2,300 Troops")
    assert f.keeps_offsets and f == "about 2,300 troops" and f.span(6, 11) == (6, 11)


def test_contractions_lead_back_to_what_was_written() -> None:
    f = fold_words("They didn\u2019t go, and won't.")
    assert f == "they did not go, and will not."
    spans = {m.group(): f.original[slice(*f.span(*m.span()))] for m in re.finditer(r"\w+", f)}
    assert spans["not"] in ("n\u2019t", "'t") and spans["did"] == "did" and spans["will"] == "won"


@pytest.mark.parametrize("text", [
    "Herr Weiß says 2,300 troops arrived on 6 January 2022.",
    "ﬁfty people said 2,300 troops arrived on 6 January 2022.",
    "Straße: e\u0301e\u0301n verslag, 2,300 troops arrived on 6 January 2022.",
])
def test_values_are_spans_of_the_text_as_written(text: str) -> None:
    assert [text[q.start:q.end] for q in read_quantities(text)] == ["2,300"]
    assert [text[w.start:w.end] for w in read_whens(text)] == ["6 January 2022"]


def test_number_words_are_read_as_written() -> None:
    text = "Herr Weiß counted fifty troops."
    assert [(q.number, text[q.start:q.end]) for q in read_quantities(text)] == [(50.0, "fifty")]
    text = "Volgens Weiß stuurde Armenië één compagnie."
    assert [(q.number, text[q.start:q.end]) for q in read_quantities(text)] == [(1.0, "één")]


@pytest.fixture
def aliases() -> AliasTable:
    return AliasTable([
        Entity("kyrgyzstan", EntityKind.COUNTRY, ("Kyrgyzstan", "Kirgizië")),
        Entity("send", EntityKind.TERM, ("sent", "stuurde")),
    ])


@pytest.mark.parametrize("text", [
    "Herr Weiß: Russia sent troops in Kyrgyzstan.",
    "Russia sent troops in Kyrgyzstan.",
    "ﬁnally, troops were sent in Kyrgyzstan.",
])
def test_reading_spans_and_places_hold_whatever_the_folding_did(text: str, aliases: AliasTable) -> None:
    reading = read(text, aliases)
    assert [text[m.start:m.end] for m in reading.mentions] == ["Kyrgyzstan"]
    assert [text[a:b] for a, b in reading.cues] == ["sent"]
    assert where(reading) == {"kyrgyzstan"}  # no longer switched off when the folded text is longer


def test_a_dash_between_words_still_ends_a_clause_as_written(aliases: AliasTable) -> None:
    # The folded copy has "-" for every dash; the clause break is read on the text as written.
    assert read("Russia did not act\u2014Kyrgyzstan sent troops.", aliases).negations == (frozenset({"w:act"}),)
    assert "t:send" in read("Russia did not act-Kyrgyzstan sent troops.", aliases).negations[0]
