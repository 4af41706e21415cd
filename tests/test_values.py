"""Reading counts, years and dates out of English and Dutch text."""

from __future__ import annotations

import math

import pytest

from cstocheck.values import (
    TOLERANCE,
    Qualifier,
    Quantity,
    Range,
    When,
    guess_language,
    parse_count,
    parse_when,
    read_quantities,
    read_whens,
)

Q = Qualifier


def _counts(text: str, lang: str | None = None) -> list[tuple[float, Qualifier]]:
    return [(q.number, q.qualifier) for q in read_quantities(text, lang)]


def _dates(text: str) -> list[tuple[int | None, int | None, int | None, str]]:
    return [(w.year, w.month, w.day, w.qualifier) for w in read_whens(text)]


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentences of the seed articles
        ("Een dag later stuurde Rusland zo’n 2300 militairen de grens over.", [(2300, Q.APPROX)]),
        (
            "Armenië stuurde onder de vleugels van de CSTO zo’n zeventig manschappen naar Kazachstan.",
            [(70, Q.APPROX)],
        ),
        ("stuurt maar 70 man", [(70, Q.EXACT)]),
        ("vielen minstens 164 doden te betreuren", [(164, Q.AT_LEAST)]),
        ("Naar schatting 8000 tegenstanders", [(8000, Q.APPROX)]),
        ("Some 3,000 soldiers and 600 interior ministry personnel", [(3000, Q.APPROX), (600, Q.EXACT)]),
        ("‘20.000 lokale en buitenlandse gewapende en getrainde bandieten’", [(20000, Q.EXACT)]),
        ("Fewer than 1,000 Russian troops", [(1000, Q.LESS_THAN)]),
        ("Meer dan 2000 Russische militairen", [(2000, Q.MORE_THAN)]),
        ("Russia sent two thousand three hundred soldiers.", [(2300, Q.EXACT)]),
        ("Russia sent two thousand, three hundred soldiers.", [(2300, Q.EXACT)]),  # a comma inside one figure
        ("two thousand, and 300 more", [(2000, Q.EXACT), (300, Q.EXACT)]),
        # thousands separators and decimals
        ("2,300 troops", [(2300, Q.EXACT)]),
        ("2.300 militairen", [(2300, Q.EXACT)]),
        ("2 300 militairen", [(2300, Q.EXACT)]),
        ("2\u202f300 militairen", [(2300, Q.EXACT)]),
        ("1 000,5 ton", [(1000.5, Q.EXACT)]),  # a space between thousands, a comma before decimals
        ("1 000.5 tonnes", [(1000.5, Q.EXACT)]),
        ("1 000.000 tonnes", [(1000, Q.EXACT)]),  # separators of two kinds: the second opens decimals
        ("20,000 bandits", [(20000, Q.EXACT)]),
        ("1,000,000 people", [(1000000, Q.EXACT)]),
        ("2,5 miljoen mensen", [(2500000, Q.EXACT)]),
        ("1.5 million people", [(1500000, Q.EXACT)]),
        ("2.3 million", [(2300000, Q.EXACT)]),
        ("a 2.3 rating", [(2.3, Q.EXACT)]),
        ("20 duizend man", [(20000, Q.EXACT)]),
        ("23 hundred troops", [(2300, Q.EXACT)]),  # digits times a word for hundreds
        ("23 honderd militairen", [(2300, Q.EXACT)]),
        ("2.3k troops", [(2300, Q.EXACT)]),  # a k for thousands, joined to the figure
        ("a 10km march", []),  # a unit joined to the figure is no multiplier
        # number words
        ("tweeduizend driehonderd militairen", [(2300, Q.EXACT)]),
        ("tweeduizenddriehonderd militairen", [(2300, Q.EXACT)]),
        ("zevenenzeventig doden", [(77, Q.EXACT)]),
        ("honderdvierenzestig doden", [(164, Q.EXACT)]),
        ("zes lidstaten", [(6, Q.EXACT)]),
        ("six member states", [(6, Q.EXACT)]),
        ("one hundred and sixty-four dead", [(164, Q.EXACT)]),
        ("more than a thousand soldiers", [(1000, Q.MORE_THAN)]),
        ("about a dozen officers", [(12, Q.APPROX)]),
        ("een tiental waarnemers", [(10, Q.APPROX)]),
        # articles, pronouns and ordinals are not counts
        ("Een dag later", []),
        ("one of the members", []),
        ("de eerste keer en de tweede maal", []),
        ("for the second time", []),
        ("twee keer", []),
        ("Hij stuurde één soldaat", [(1, Q.EXACT)]),
        # every hedge
        ("about 2300", [(2300, Q.APPROX)]),
        ("roughly 2300", [(2300, Q.APPROX)]),
        ("an estimated 2,300", [(2300, Q.APPROX)]),
        ("ca. 2300", [(2300, Q.APPROX)]),
        ("~2300", [(2300, Q.APPROX)]),
        ("ongeveer 2300", [(2300, Q.APPROX)]),
        ("pakweg 2300", [(2300, Q.APPROX)]),
        ("om en nabij de 2300", [(2300, Q.APPROX)]),
        ("zo n 70", [(70, Q.APPROX)]),
        ("zo'n 70", [(70, Q.APPROX)]),
        ("2,000 or so", [(2000, Q.APPROX)]),
        ("2,000-odd", [(2000, Q.APPROX)]),
        ("over 2,000 troops", [(2000, Q.MORE_THAN)]),
        ("in excess of 2,000", [(2000, Q.MORE_THAN)]),
        ("ruim meer dan 2000 militairen", [(2000, Q.MORE_THAN)]),
        ("boven de 2000", [(2000, Q.MORE_THAN)]),
        ("at least 164", [(164, Q.AT_LEAST)]),
        ("no fewer than 164", [(164, Q.AT_LEAST)]),
        ("not less than 164", [(164, Q.AT_LEAST)]),
        ("niet minder dan 164", [(164, Q.AT_LEAST)]),
        ("ten minste 164", [(164, Q.AT_LEAST)]),
        ("op z’n minst 164", [(164, Q.AT_LEAST)]),
        ("164 or more", [(164, Q.AT_LEAST)]),
        ("2000+ troops", [(2000, Q.AT_LEAST)]),
        ("less than 1,000", [(1000, Q.LESS_THAN)]),
        ("onder de 1000", [(1000, Q.LESS_THAN)]),
        ("nog geen 1000", [(1000, Q.LESS_THAN)]),
        ("not even 1,000", [(1000, Q.LESS_THAN)]),
        ("at most 3,000", [(3000, Q.AT_MOST)]),
        ("up to 3,000", [(3000, Q.AT_MOST)]),
        ("no more than 3,000", [(3000, Q.AT_MOST)]),
        ("not more than 3,000", [(3000, Q.AT_MOST)]),
        ("niet meer dan 3000 man", [(3000, Q.AT_MOST)]),
        ("hooguit 3000 man", [(3000, Q.AT_MOST)]),
        ("nearly 3,000", [(3000, Q.NEARLY)]),
        ("close to 3,000", [(3000, Q.NEARLY)]),
        ("just under 3,000", [(3000, Q.NEARLY)]),
        ("bijna 3000 man", [(3000, Q.NEARLY)]),
        ("een kleine 3000 man", [(3000, Q.NEARLY)]),
        ("just over 3,000", [(3000, Q.JUST_OVER)]),
        ("slightly more than 3,000", [(3000, Q.JUST_OVER)]),
        ("ruim 3000 man", [(3000, Q.MORE_THAN)]),  # "ruim" puts no ceiling on it: labellers read "more than"
        ("iets meer dan 3000", [(3000, Q.JUST_OVER)]),
        ("goed 2000 militairen", [(2000, Q.OVER)]),
        # vague amounts: the lower figure of the band
        ("dozens of deaths", [(24, Q.VAGUE)]),
        ("tientallen doden", [(24, Q.VAGUE)]),
        ("hundreds injured", [(200, Q.VAGUE)]),
        ("duizenden ‘hyena’s’", [(2000, Q.VAGUE)]),
        ("tens of thousands of protesters", [(20000, Q.VAGUE)]),
        ("tienduizenden betogers", [(20000, Q.VAGUE)]),
        ("tientallen duizenden militairen", [(20000, Q.VAGUE)]),
        # years are not counts unless hedged or followed by a noun
        ("2000 soldiers", [(2000, Q.EXACT)]),
        ("2000 Russische militairen", [(2000, Q.EXACT)]),
        ("about 2000", [(2000, Q.APPROX)]),
        ("in 2006 voor een tweede maal", []),
        ("maar het land haakte in 1999 af", []),
        ("In 2022 Russia sent troops", []),
        ("the 2022 unrest", []),
        ("during the 2020 protests in Belarus", []),  # a noun of events after a year dates them
        ("In 2010 Kyrgyz president Bakiyev asked", []),  # a nationality before an office, not before troops
        ("op 5 januari 2022 om een interventie", []),
        # references, ages and glued names are not counts
        ("Article 4", []),
        ("Artikel 5 van het verdrag", []),
        ("Page 56", []),
        ("P. 56", []),
        ("Article 51 of the UN Charter", []),
        ("nr 3 en no. 4", []),
        ("G7 and Su-25 and COVID-19", []),
        # the tail of a span of counts is a figure; that of a pair of years is not
        ("sent 60-80 troops", [(60.0, Qualifier.EXACT), (80.0, Qualifier.EXACT)]),
        ("in 2011-12", []),
        ("a 69-year-old man", []),
        # an age in parentheses after a name, as newspapers give it; not a figure after a noun
        ("Nazarbajev (78) blijft een factor", []),
        ("sent troops (70) to Kazakhstan", [(70.0, Qualifier.EXACT)]),
        ("om 18.00 uur en 10:30", []),
        ("in week 5", []),
        # a figure in thousands is no label's number
        ("arresteerden de afgelopen week 5.135 mensen", [(5135.0, Qualifier.EXACT)]),
        ("last week 2,000 people", [(2000.0, Qualifier.EXACT)]),
        # nor is one before what it counts
        ("stuurde vorige week 2500 militairen", [(2500.0, Qualifier.EXACT)]),
        ("in week 5 of the war", []),
    ],
)
def test_read_quantities(text: str, expected: list[tuple[float, Qualifier]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "covered", "unit"),
    [
        ("Een dag later stuurde Rusland zo’n 2300 militairen", "zo’n 2300", None),
        ("Some 3,000 soldiers", "Some 3,000", None),
        ("Russia sent two thousand three hundred soldiers.", "two thousand three hundred", None),
        ("more than a thousand", "more than a thousand", None),
        ("the turnout was 12% lower", "12%", "percent"),
        ("12 procent van de stemmen", "12 procent", "percent"),
        ("twelve percent", "twelve percent", "percent"),
        ("2,5 miljoen mensen", "2,5 miljoen", None),
        ("164 or more", "164 or more", None),
        ("tens of thousands of protesters", "tens of thousands", None),
    ],
)
def test_quantity_spans_and_units(text: str, covered: str, unit: str | None) -> None:
    (q,) = read_quantities(text)
    assert text[q.start : q.end] == covered
    assert q.unit == unit


def test_number_words_follow_the_language() -> None:
    assert _counts("ten soldiers", "en") == [(10, Q.EXACT)]
    assert _counts("ten soldiers", "nl") == []
    with pytest.raises(ValueError, match="unsupported language"):
        read_quantities("70", "de")


# --------------------------------------------------------------------------- years and dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since the founding treaty was signed on May 15, 1992", [(1992, 5, 15, "on")]),
        ("In October 2016", [(2016, 10, None, "on")]),
        ("in oktober 2016", [(2016, 10, None, "on")]),
        ("maar het land haakte in 1999 af", [(1999, None, None, "on")]),
        ("in 2006 voor een tweede maal", [(2006, None, None, "on")]),
        ("5 January 2022", [(2022, 1, 5, "on")]),
        ("January 5, 2022", [(2022, 1, 5, "on")]),
        ("the 5th of January", [(None, 1, 5, "on")]),
        ("January 5th", [(None, 1, 5, "on")]),
        ("5 januari 2022", [(2022, 1, 5, "on")]),
        ("op 5 januari", [(None, 1, 5, "on")]),
        ("5 jan. 2022", [(2022, 1, 5, "on")]),
        ("19 mrt 2022", [(2022, 3, 19, "on")]),
        ("2022-01-05", [(2022, 1, 5, "on")]),
        ("05-01-2022", [(2022, 1, 5, "on")]),
        ("5/1/2022", [(2022, 1, 5, "on")]),
        ("date 2022-01", [(2022, 1, None, "on")]),
        ("mei 1992", [(1992, 5, None, "on")]),
        ("in januari 2022", [(2022, 1, None, "on")]),
        ("In September stond de CSTO", [(None, 9, None, "on")]),
        ("the 1990s", [(1990, None, None, "decade")]),
        ("the nineties", [(1990, None, None, "decade")]),
        ("de jaren negentig", [(1990, None, None, "decade")]),
        ("de jaren '90", [(1990, None, None, "decade")]),
        ("de jaren ’90", [(1990, None, None, "decade")]),
        ("before 2000", [(2000, None, None, "before")]),
        ("vóór 2000", [(2000, None, None, "before")]),
        ("prior to 2000", [(2000, None, None, "before")]),
        ("after 2005", [(2005, None, None, "after")]),
        ("na 2005", [(2005, None, None, "after")]),
        ("since 1992", [(1992, None, None, "since")]),
        ("sinds 1992", [(1992, None, None, "since")]),
        ("vanaf 1992", [(1992, None, None, "since")]),
        ("until 2012", [(2012, None, None, "until")]),
        ("tot 2012", [(2012, None, None, "until")]),
        ("up to 2012", [(2012, None, None, "until")]),
        ("Meer dan 2000 Russische militairen", []),
        ("Kyrgyzstan's 2010 uprising", [(2010, None, None, "on")]),  # a year naming an event
        ("the 2020 election", [(2020, None, None, "on")]),
        # a span of days in a month is of the month, and its last day no figure
        ("on October 8–17", [(None, 10, None, "on")]),
        ("van 8-17 oktober 2012", [(2012, 10, None, "on")]),
        # after or before an event of a year: it may be that year itself
        ("after the 2010 uprising", [(2010, None, None, "since")]),
        ("before the 2022 unrest", [(2022, None, None, "until")]),
        ("na de 2010-opstand", [(2010, None, None, "since")]),
        ("the 2000 troops", []),  # a count of troops
        ("Article 5 may be invoked", []),
        ("Some 3,000 soldiers", []),
    ],
)
def test_read_whens(text: str, expected: list[tuple[int | None, int | None, int | None, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "covered", "weekday", "day", "month", "year"),
    [
        ("Op woensdag 5 januari riep President Tokajev", "woensdag 5 januari", 2, 5, 1, None),
        ("op maandag 10 januari. Rechts", "maandag 10 januari", 0, 10, 1, None),
        ("Monday 10 January", "Monday 10 January", 0, 10, 1, None),
        ("on Wednesday, January 5, 2022", "Wednesday, January 5, 2022", 2, 5, 1, 2022),
        ("Since the treaty was signed on May 15, 1992", "May 15, 1992", None, 15, 5, 1992),
        ("before 2000", "before 2000", None, None, None, 2000),
    ],
)
def test_when_spans_and_weekdays(
    text: str, covered: str, weekday: int | None, day: int | None, month: int | None, year: int | None
) -> None:
    (w,) = read_whens(text)
    assert text[w.start : w.end] == covered
    assert (w.weekday, w.day, w.month, w.year) == (weekday, day, month, year)


@pytest.mark.parametrize(("text", "day", "covered"), [
    ("on the fourth of January", (None, 1, 4), "the fourth of January"),
    ("on January fourth, he asked", (None, 1, 4), "January fourth"),
    ("on the twenty-first of January 2022", (2022, 1, 21), "the twenty-first of January 2022"),
    ("op de vierde januari", (None, 1, 4), "de vierde januari"),
    ("in January second thoughts came", (None, 1, None), "January"),  # an ordinal after the month ends its clause
])
def test_a_day_written_as_an_ordinal_word_is_read(text: str, day: tuple[int | None, int, int | None],
                                                  covered: str) -> None:
    (w,) = read_whens(text)
    assert (w.year, w.month, w.day) == day and text[w.start:w.end] == covered


@pytest.mark.parametrize(("text", "part"), [
    ("in early January 2022", "early"), ("mid-January 2022", "mid"), ("eind januari 2022", "late"),
    ("begin januari", "early"), ("in late January", "late"), ("in January 2022", ""),
    ("the late president in January 2022", ""),  # not before the month
    # a part of the month makes it a time after any word ("verlieten Kazachstan eind februari")
    ("verlieten Kazachstan eind februari", "late"), ("troops left Kazakhstan late January", "late"),
])
def test_a_word_before_a_month_gives_its_part(text: str, part: str) -> None:
    assert [w.part for w in read_whens(text)] == [part]


def test_dates_and_years_are_never_counts() -> None:
    text = "Op 5 januari 2022 vroeg Tokajev om hulp; in 1999 haakte Oezbekistan af."
    assert read_quantities(text) == []
    assert [(w.year, w.month, w.day) for w in read_whens(text)] == [(2022, 1, 5), (1999, None, None)]


@pytest.mark.parametrize(("text", "years", "counts"), [
    ("Uzbekistan co-founded it in 1992 but suspended its membership seven years later.", [1992, 1999], []),
    ("In 1992 it was signed. Five years later, six of the nine renewed it.", [1992, 1997], [6.0, 9.0]),
    ("Oezbekistan trad in 2006 opnieuw toe en stapte zes jaar later weer uit.", [2006, 2012], []),
    ("It joined in 2006 and left the following year.", [2006, 2007], []),
    ("Het trad in 2006 toe en het jaar daarop weer uit.", [2006, 2007], []),
    ("Armenia joined in 1994; a year earlier it had applied.", [1994, 1993], []),
    # without a year before it, a relative year is nothing to check, and its count stays a count
    ("Seven years later it left.", [], [7.0]),
])
def test_a_year_counted_from_a_year_before_it(text: str, years: list[int], counts: list[float]) -> None:
    assert [w.year for w in read_whens(text)] == years
    assert [q.number for q in read_quantities(text)] == counts


# --------------------------------------------------------------------------- ranges and compatibility


@pytest.mark.parametrize(
    ("qualifier", "inside", "outside"),
    [
        (Q.EXACT, [100], [99.9, 100.1]),
        (Q.APPROX, [93, 100, 107], [92, 108]),
        (Q.MORE_THAN, [100.5, 1e9], [100]),
        (Q.AT_LEAST, [100, 1e9], [99]),
        (Q.LESS_THAN, [99.5, 0], [100]),
        (Q.AT_MOST, [100, 0], [101]),
        # "Nearly 100" and "just over 100" reach 100: a source's "100" is how it rounds.
        (Q.NEARLY, [90, 99, 100], [100.5, 89]),
        (Q.JUST_OVER, [100, 101, 110], [99.5, 111]),
        (Q.OVER, [101, 130], [100, 131]),  # "a good thirty" may be thirty-eight
    ],
)
def test_quantity_range(qualifier: Qualifier, inside: list[float], outside: list[float]) -> None:
    r = Quantity(100, qualifier, 0, 3).range()
    assert all(r.contains(x) for x in inside)
    assert not any(r.contains(x) for x in outside)


@pytest.mark.parametrize(
    ("number", "lo", "hi"),
    [(24, 24, 100), (200, 200, 1000), (2000, 2000, 10000), (20000, 20000, 100000)],
)
def test_vague_bands(number: float, lo: float, hi: float) -> None:
    assert Quantity(number, Q.VAGUE, 0, 1).range() == Range(lo, hi, hi_open=True)


def test_tolerance_is_seven_percent() -> None:
    assert TOLERANCE == 0.07
    r = parse_count("about 2300").range()
    assert math.isclose(r.lo, 2139) and math.isclose(r.hi, 2461)


@pytest.mark.parametrize(
    ("a", "b", "overlaps", "a_within_b"),
    [
        (Range(0, 10), Range(10, 20), True, False),
        (Range(0, 10, hi_open=True), Range(10, 20), False, False),
        (Range(10, 10), Range(0, 10), True, True),
        (Range(10, 10), Range(0, 10, hi_open=True), False, False),
        (Range(2070, 2530), Range(2000, math.inf, lo_open=True), True, True),
        (Range(-math.inf, 1000, hi_open=True), Range(2000, 2000), False, False),
        (Range(5, 6), Range(), True, True),
    ],
)
def test_range_logic(a: Range, b: Range, overlaps: bool, a_within_b: bool) -> None:
    assert a.overlaps(b) is overlaps
    assert b.overlaps(a) is overlaps
    assert a.within(b) is a_within_b


def test_counts_against_each_other() -> None:
    claim, source = parse_count("meer dan 2000"), parse_count("zo'n 2300")
    assert claim.range().overlaps(source.range())
    assert not parse_count("fewer than 1000").range().overlaps(source.range())
    assert parse_count("70").range().within(parse_count("about 70").range())


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (When(None, 1, 5), When(2022, 1, 5), True),
        (When(None, 1, 12), When(2022, 1, 5), False),
        (When(2000, qualifier="before"), When(1999), True),
        (When(2005, qualifier="after"), When(1999), False),
        (When(1990, qualifier="decade"), When(1997), True),
        (When(1990, qualifier="decade"), When(2001), False),
        (When(1992, qualifier="since"), When(2022, 1, 5), True),
        (When(2012, qualifier="until"), When(2013), False),
        (When(2022, 1), When(2022, 1, 19), True),
        (When(2022), When(2021, 12, 31), False),
        (When(None, 1, 5, weekday=2), When(2022, 1, 5), True),  # 5 January 2022 was a Wednesday
        (When(None, 1, 5, weekday=0), When(2022, 1, 5), False),
        (When(None, 1, 5, weekday=2), When(None, 1, 5, weekday=3), False),
        (When(None, 1, 5, weekday=2), When(None, 1, 5), True),
        (When(None, 2, 29), When(2022), False),
        (When(None, 1), When(2022, 1, 10), True),
    ],
)
def test_when_compatible(a: When, b: When, expected: bool) -> None:
    assert a.compatible(b) is expected
    assert b.compatible(a) is expected


@pytest.mark.parametrize(
    ("when", "first", "last"),
    [
        (When(1999), (1999, 1, 1), (1999, 12, 31)),
        (When(2022, 1), (2022, 1, 1), (2022, 1, 31)),
        (When(2024, 2), (2024, 2, 1), (2024, 2, 29)),
        (When(2022, 1, 5), (2022, 1, 5), (2022, 1, 5)),
        (When(1990, qualifier="decade"), (1990, 1, 1), (1999, 12, 31)),
        (When(2000, qualifier="before"), None, (1999, 12, 31)),
        (When(2005, qualifier="after"), (2006, 1, 1), None),
        (When(1992, qualifier="since"), (1992, 1, 1), None),
        (When(2012, qualifier="until"), None, (2012, 12, 31)),
        (When(None, 1, 5), None, None),
        # parts of a month, overlapping where their edges are loose
        (When(2022, 1, part="early"), (2022, 1, 1), (2022, 1, 12)),
        (When(2022, 1, part="mid"), (2022, 1, 8), (2022, 1, 24)),
        (When(2022, 2, part="late"), (2022, 2, 17), (2022, 2, 28)),
    ],
)
def test_when_span(when: When, first: tuple[int, int, int] | None, last: tuple[int, int, int] | None) -> None:
    assert when.span() == (first, last)


def test_yearless_span_takes_a_year() -> None:
    assert When(None, 1, 5).span(2022) == ((2022, 1, 5), (2022, 1, 5))


# --------------------------------------------------------------------------- value phrases


@pytest.mark.parametrize(
    ("value", "number", "qualifier"),
    [
        ("about 2300", 2300, Q.APPROX),
        ("at least 164", 164, Q.AT_LEAST),
        ("70", 70, Q.EXACT),
        ("zo'n 70", 70, Q.APPROX),
        ("zo’n zeventig", 70, Q.APPROX),
        ("zeventig", 70, Q.EXACT),
        ("2000", 2000, Q.EXACT),  # a bare value in a count slot is a count, not a year
        ("meer dan 2000", 2000, Q.MORE_THAN),
        ("thousands", 2000, Q.VAGUE),
        ("ten minste 164", 164, Q.AT_LEAST),
    ],
)
def test_parse_count(value: str, number: float, qualifier: Qualifier) -> None:
    q = parse_count(value)
    assert (q.number, q.qualifier) == (number, qualifier)


@pytest.mark.parametrize("value", ["", "soldiers", "70 and 80", "5 January 2022", "Article 4"])
def test_parse_count_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="exactly one count"):
        parse_count(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1999", When(1999, start=0, end=4)),
        ("2022-01-05", When(2022, 1, 5, start=0, end=10)),
        ("2022-01", When(2022, 1, start=0, end=7)),
        ("2022-11", When(2022, 11, start=0, end=7)),
        ("5 January 2022", When(2022, 1, 5, start=0, end=14)),
        ("mei 1992", When(1992, 5, start=0, end=8)),
        ("before 2000", When(2000, qualifier="before", start=0, end=11)),
        ("the 1990s", When(1990, qualifier="decade", start=4, end=9)),
    ],
)
def test_parse_when(value: str, expected: When) -> None:
    assert parse_when(value) == expected


@pytest.mark.parametrize("value", ["", "2000 soldiers", "1999 and 2000", "about 2300"])
def test_parse_when_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="exactly one year or date"):
        parse_when(value)


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Een dag later stuurde Rusland zo’n 2300 militairen de grens over.", "nl"),
        ("maar het land haakte in 1999 af", "nl"),
        ("Some 3,000 soldiers and 600 interior ministry personnel were sent.", "en"),
        ("The CSTO was not ready for this.", "en"),
        ("2300", "en"),
    ],
)
def test_guess_language(text: str, lang: str) -> None:
    assert guess_language(text) == lang
