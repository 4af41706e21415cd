"""Each kind of value on its own: how a sentence's value is read, and held against a source's.
One test a kind, named after its rule, on a base written here."""
from __future__ import annotations

import sys

import pytest

from cstocheck import kinds
from cstocheck.checker import Checker
from cstocheck.kinds import count, membership, person, place, relative_dates, time
from cstocheck.kinds.base import Asked, Said
from cstocheck.model import Entity, EntityKind, Stance, ValueKind
from cstocheck.read import read
from cstocheck.values import parse_when
from small_base import Fact, small_base

FACTS = (
    Fact("armenia-troops", "Armenia sent 70 troops to Kazakhstan.", "count", "70",
         quotes=("Armenia sent some 70 soldiers to Kazakhstan.",)),
    Fact("tokayev-request", "Tokayev asked the CSTO for help on 5 January 2022.", "date", "2022-01-05",
         quotes=("On 5 January 2022 Tokayev asked the CSTO for help.",)),
    Fact("uzbekistan-member", "Uzbekistan was a member of the CSTO.", "membership", "member 1992-1999; not 1999-2006; member 2006-2012; not 2012-",
         quotes=("Uzbekistan was a member of the CSTO from 1992 to 1999 and from 2006 to 2012.",)),
    Fact("kazakhstan-president", "Tokayev is the president of Kazakhstan.", "person", "tokayev",
         quotes=("Kazakhstan's president Tokayev spoke.",)),
    Fact("treaty-signed-in", "The treaty was signed in Yerevan.", "place", "yerevan",
         quotes=("The treaty was signed in Yerevan.",)),
)


@pytest.fixture(scope="module")
def checker() -> Checker:
    return small_base(*FACTS)


def asked(checker: Checker, text: str, claim_id: str) -> Asked:
    reading = read(text, checker.index.aliases)
    claim = checker.index.entry_of(claim_id).claim
    return Asked(text, reading, claim, list(reading.whens), checker.index)


def test_count(checker: Checker) -> None:
    said = count.read(asked(checker, "Armenia and four other allies sent some 70 troops.", "armenia-troops"))
    assert said is not None and said.quantity is not None and said.quantity.number == 70
    total = count.read(asked(checker, "Armenia and four other countries sent troops.", "armenia-troops"))
    assert total is not None and total.quantity is not None and total.quantity.number == 5  # the named one too
    assert count.read(asked(checker, "Two of the members sent troops.", "armenia-troops")) is None  # picked, not counted
    stance = count.RULE.stance
    assert stance(said, "about 70", False, {}) is Stance.SUPPORTS
    assert stance(said, "700", False, {}) is Stance.CONTRADICTS
    assert stance(said, "700", True, {}) is Stance.SUPPORTS  # "did not send 70" where the source says 700
    assert count.bounded(count.parse_count("at least 164").range()).hi == 328  # an open bound reaches twice as far


def test_time(checker: Checker) -> None:
    said = time.read(asked(checker, "In January 2022, on 5 January, Tokayev asked for help.", "tokayev-request"))
    assert said is not None and said.when is not None and said.when.day == 5  # the most precise date
    stance = time.RULE.stance
    assert stance(said, "2022-01-05", False, {}) is Stance.SUPPORTS
    assert stance(said, "2022-01-06", False, {}) is Stance.CONTRADICTS
    assert time.read(asked(checker, "Tokayev asked for help.", "tokayev-request")) is None


def test_membership(checker: Checker) -> None:
    in_2008 = membership.read(asked(checker, "Uzbekistan was a member of the CSTO in 2008.", "uzbekistan-member"))
    in_2001 = membership.read(asked(checker, "Uzbekistan was a member of the CSTO in 2001.", "uzbekistan-member"))
    now = membership.read(asked(checker, "Uzbekistan is still a member of the CSTO.", "uzbekistan-member"))
    history = "member 1992-1999; not 1999-2006; member 2006-2012; not 2012-"
    assert membership.stance(in_2008, history, False, {}) is Stance.SUPPORTS
    assert membership.stance(in_2001, history, False, {}) is Stance.CONTRADICTS
    assert now is not None and now.present and membership.stance(now, history, False, {}) is Stance.CONTRADICTS
    assert membership.stance(None, history, True, {}) is Stance.CONTRADICTS  # "never a member"
    since = Said(ValueKind.MEMBERSHIP, when=parse_when("2006"))
    assert membership.stance(since, "not 1999-2006; member 2006-", False, {}) is Stance.SUPPORTS


def test_person(checker: Checker) -> None:
    said = person.read(asked(checker, "The president of Kazakhstan is Tokayev.", "kazakhstan-president"))
    assert said is not None and person.RULE.stance(said, "tokayev", False, {}) is Stance.SUPPORTS
    assert person.RULE.stance(said, "nazarbayev", False, {}) is Stance.CONTRADICTS
    stranger = person.read(asked(checker, "The president of Kazakhstan is Sadyr Japarov.", "kazakhstan-president"))
    assert stranger is not None and stranger.unknown == "Sadyr Japarov"


def test_place(checker: Checker) -> None:
    said = place.read(asked(checker, "The treaty was signed in Armenia.", "treaty-signed-in"))
    assert said is not None
    assert place.RULE.stance(said, "yerevan", False, {"yerevan": "armenia"}) is Stance.SUPPORTS  # a capital's country
    moscow = place.read(asked(checker, "The treaty was signed in Kazakhstan.", "treaty-signed-in"))
    assert moscow is not None and place.RULE.stance(moscow, "yerevan", False, {"yerevan": "armenia"}) \
        is Stance.CONTRADICTS
    # A country after "in the" is still where; one that acts ("… that Kazakhstan signed it") is not.
    capital = place.read(asked(checker, "The treaty was signed in the Armenian capital.", "treaty-signed-in"))
    assert capital is not None and place.RULE.stance(capital, "yerevan", False, {"yerevan": "armenia"}) \
        is Stance.SUPPORTS
    assert place.read(asked(checker, "Tokayev said that Kazakhstan signed the treaty.", "treaty-signed-in")) is None


@pytest.mark.parametrize("rule", kinds.RULES, ids=lambda r: r.name)
def test_every_kind_says_what_it_compares_and_has_its_test(rule: kinds.ValueRule) -> None:
    assert len(rule.doc) > 40, f"{rule.name} has no docstring saying what it compares"
    assert f"test_{rule.name}" in vars(sys.modules[__name__]), f"{rule.name} has no test"


def test_every_kind_with_a_value_has_one_rule() -> None:
    assert set(kinds.BY_KIND) == set(ValueKind) - {ValueKind.EVENT}
    assert sum(len(r.kinds) for r in kinds.RULES) == len(kinds.BY_KIND)


@pytest.mark.parametrize(("text", "agrees"), [
    ("The CSTO sat on the request for three months.", True),
    ("The CSTO sat on the request for about 90 days.", True),  # about three months
    ("The CSTO sat on the request for 13 weeks.", True),
    ("The CSTO sat on the request for three weeks.", False),  # the same number, in another unit
    ("The CSTO sat on the request for three years.", False),
])
def test_a_span_of_time_counts_in_the_claims_unit(text: str, agrees: bool) -> None:
    waited = small_base(Fact("waited", "The CSTO sat on the request for three months.", "count", "3",
                             quotes=("The CSTO sat on the request for three months.",)))
    said = count.read(asked(waited, text, "waited"))
    assert said is not None and count.agrees(said, "3", {}) is agrees


@pytest.mark.parametrize(("given", "source", "agrees"), [
    ("about 2,400", "about 2300", True), ("about 2,200", "about 2300", True),  # within its reach
    ("about 2,500", "about 2300", False), ("about 2,100", "about 2300", False),  # reaches only touch
    ("about 2,000", "about 2300", False), ("about 9,000", "about 8000", False),
    ("2,000", "about 2300", False), ("about 2,000", "2300", False), ("about 70", "70", True),
])
def test_two_rounded_figures_agree_only_near_each_other(given: str, source: str, agrees: bool) -> None:
    from cstocheck.values import parse_count
    said = Said(ValueKind.COUNT, quantity=parse_count(given))
    assert count.agrees(said, source, {}) is agrees


@pytest.mark.parametrize(("given", "beyond"), [
    ("225", True), ("more than 200", True),  # above "at least 164", within its reach: a count so far
    ("164", False), ("more than 150", False), ("at least 160", False), ("about 170", False),  # take it in
    ("at least 1,640", False), ("100", False),  # out of its reach or below it: denied, not silent
])
def test_a_figure_beyond_an_open_count(given: str, beyond: bool) -> None:
    from cstocheck.values import parse_count
    assert count.beyond_the_bound(parse_count(given).range(), parse_count("at least 164").range()) is beyond
    assert not count.beyond_the_bound(parse_count(given).range(), parse_count("164").range())


# Asking is the term a span's event is found by ("Tokayev's appeal"), as in the shipped base.
ASKING = (Entity("ask", EntityKind.TERM, ("appeal", "oproep")),)
LEAVING = (
    Fact("tokayev-request", "Tokayev's appeal to the CSTO came on 5 January 2022.", "date", "2022-01-05",
         quotes=("On 5 January 2022 Tokayev asked the CSTO for help.",)),
    Fact("troops-left", "The last CSTO troops left Kazakhstan on 19 January 2022.", "date", "2022-01-19",
         quotes=("The last CSTO troops left Kazakhstan on 19 January 2022.",)),
)


@pytest.mark.parametrize(("text", "day"), [
    ("Two weeks after Tokayev's appeal, the last CSTO troops left Kazakhstan.", 19),  # 5 + 14
    ("Twee weken na de oproep van Tokajev verlieten de laatste CSTO-troepen Kazachstan.", 19),  # the clause cut at 'verlieten'
    ("A week after Tokayev's appeal, the last CSTO troops left Kazakhstan.", 12),
    ("Ten days after the appeal, the last CSTO troops left Kazakhstan.", 15),
    ("Nearly two weeks after Tokayev's appeal, the last CSTO troops left Kazakhstan.", 19),  # hedged: within a few days
    ("Two weeks after the summit, the last CSTO troops left Kazakhstan.", None),  # no event the base dates
    ("Two months after Tokayev's appeal, the last CSTO troops left Kazakhstan.", None),  # too long a span to date a day
    ("Within three weeks of the appeal, the last CSTO troops left Kazakhstan.", 19),  # any day up to its end
    ("Within a week of the appeal, the last CSTO troops left Kazakhstan.", 12),
    ("Two weeks later, the last CSTO troops left Kazakhstan.", None),  # later than what, the sentence does not say
])
def test_a_span_after_a_dated_event_dates_the_claim(text: str, day: int | None) -> None:
    checker = small_base(*LEAVING, terms=ASKING)
    said = time.read(asked(checker, text, "troops-left"))
    assert (said.when.day if said is not None and said.when is not None else None) == day


def test_a_span_after_an_event_like_the_claims_own_dates_nothing() -> None:
    # "a day after Tokayev asked" dates what followed the asking, not the asking
    checker = small_base(*LEAVING, terms=ASKING)
    assert time.read(asked(checker, "A day after Tokayev's appeal, troops left.", "tokayev-request")) is None


@pytest.mark.parametrize(("text", "words"), [
    ("Two weeks later, the last CSTO troops left Kazakhstan.", "Two weeks"),
    ("De laatste CSTO-troepen verlieten Kazachstan binnen tien dagen.", "binnen tien dagen"),
    ("A week after the summit, the last CSTO troops left Kazakhstan.", "A week"),  # an event the base does not date
    ("Two weeks after Tokayev's appeal, the last CSTO troops left Kazakhstan.", None),
])
def test_a_span_from_a_moment_the_base_does_not_date(text: str, words: str | None) -> None:
    checker = small_base(*LEAVING, terms=ASKING)
    span = relative_dates.unanchored(asked(checker, text, "troops-left"))
    assert (text[span.start:span.end] if span is not None else None) == words


YEARS = (
    Fact("uzbekistan-joined", "Uzbekistan joined the treaty in 1992.", "year", "1992",
         quotes=("Uzbekistan joined the treaty in 1992.",)),
    Fact("uzbekistan-left", "Uzbekistan left the treaty in 1999.", "year", "1999",
         quotes=("Uzbekistan left the treaty in 1999.",)),
)


@pytest.mark.parametrize(("text", "year"), [
    ("Uzbekistan left the treaty seven years after it joined.", 1999),  # 1992 + 7
    ("Uzbekistan left the treaty five years after it joined.", 1997),
    ("Uzbekistan left the treaty some six years after it joined.", 1999),  # hedged: a year either way
    ("Uzbekistan left the treaty seven years after the summit.", None),  # no event the base dates
])
def test_a_span_of_years_after_a_dated_event_dates_a_year_claim(text: str, year: int | None) -> None:
    said = time.read(asked(small_base(*YEARS), text, "uzbekistan-left"))
    assert (said.when.year if said is not None and said.when is not None else None) == year
