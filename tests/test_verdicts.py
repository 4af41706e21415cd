"""Verdict logic on the shipped base: one relation per row, each a behaviour users rely on."""
from __future__ import annotations

import pytest

from conftest import REPO
from cstocheck.checker import Checker
from cstocheck.read import read
from cstocheck.split import segments


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.open(REPO, use_cache=False)


@pytest.mark.parametrize("text,verdict", [
    # time-scoped membership
    ("Uzbekistan was a CSTO member in 2008.", "supported"),
    ("Uzbekistan was a CSTO member in 2015.", "contradicted"),
    ("Uzbekistan is a member of the CSTO today.", "contradicted"),
    ("Uzbekistan was a member of the CSTO in 1998.", "disputed"),
    ("Oezbekistan was in 1995 lid van het verdrag.", "supported"),
    ("Uzbekistan has been a member of the CSTO since 2006.", "contradicted"),  # it left again in 2012
    ("Oezbekistan is sinds 2012 geen lid meer van de CSTO.", "supported"),
    ("Uzbekistan was a member of the treaty in the 1990s.", "supported"),
    # intervals from hedges on both sides
    ("More than 2,000 Russian soldiers went to Kazakhstan.", "supported"),
    ("Fewer than 1.000 Russische militairen gingen naar Kazachstan.", "contradicted"),
    ("Bij de onrust vielen minstens honderd doden.", "supported"),
    ("Nearly 8,000 regime opponents were jailed.", "supported"),
    ("Nearly 5,000 regime opponents were jailed.", "contradicted"),
    # compound sentences: the worst part decides
    ("Armenia sent 70 troops and Kyrgyzstan 150.", "supported"),
    ("Armenia sent 70 troops and Kyrgyzstan 500.", "contradicted"),
    ("Oezbekistan stapte in 1997 uit het verdrag en sloot zich aan bij de GUAM.", "disputed"),  # 1997 or 1999
    ("Bishkek sent one hundred and fifty elite soldiers.", "supported"),  # one figure, not two parts
    # a capital for its country, a spelling variant, negation
    ("Yerevan sent about seventy soldiers to Kazakhstan.", "supported"),
    ("Tokajev vroeg op 5 januari om hulp van de CSTO.", "supported"),
    ("Armenië stuurde geen troepen naar Kazachstan.", "contradicted"),
    # a person or place value
    ("Mirziyoyev is the president of Tajikistan.", "contradicted"),
    ("The Crisis Response Centre was set up in Moscow.", "contradicted"),
    # a figure in passing on the number of members is checked as its own part
    ("The nine-member CSTO sent troops to Kazakhstan.", "contradicted"),
    ("Het bondgenootschap van zeven voormalige Sovjetrepublieken stuurde troepen naar Kazachstan.", "disputed"),
    ("Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan together make up the entire CSTO.", "disputed"),
    # what a sentence says of each country it names with its subject
    ("Georgia and Azerbaijan left the treaty in 1997.", "supported"),
    ("Azerbaijan and Uzbekistan left the treaty in 1997.", "disputed"),
    # the named and the others they come with
    ("Russia and four other allies sent troops to Kazakhstan.", "supported"),
    ("Rusland en drie andere bondgenoten stuurden troepen naar Kazachstan.", "contradicted"),
    # another provision, another place in the same roles
    ("Article 4 of the CSTO treaty was modelled on Article 7 of the NATO treaty.", "contradicted"),
    ("Article 4 of the CSTO treaty was modelled on Article 5 of the NATO treaty.", "supported"),
    ("A CSTO exercise planned in Tajikistan was cancelled because Tajikistan objected to Kyrgyz troops.",
     "contradicted"),
    ("Uzbekistan signed the Collective Security Treaty in Minsk in 1992.", "contradicted"),  # in Tashkent
    ("Putin began withdrawing the troops after his foreign minister took a call from Washington.", "contradicted"),
    # a reason the source gives in its own negation
    ("A planned CSTO drill in Kyrgyzstan was called off because Bishkek refused to host Tajik soldiers.",
     "supported"),
    # a country as subject of what the base says only of the alliance
    ("Ukraine is a member of the CSTO.", "unverified"),
    # "the second time" is no first time; "including" introduces examples
    ("It was the second time that the CSTO sent troops abroad.", "contradicted"),
    ("Uzbekistan joined the CSTO for a second time in 2006.", "supported"),
    # an office the sources do not give the person, or give them in another country
    ("Tokajev is premier van Kazachstan.", "contradicted"),
    ("Maria Zakharova is the spokeswoman of the Belarusian foreign ministry.", "contradicted"),
    # someone the sources never name, and a time after the sources were written
    ("John Smith is the president of Tajikistan.", "unverified"),
    ("In 2025 Armenia sent 70 soldiers to Kazakhstan.", "unverified"),
    ("The Kazakh government resigned in March 2022.", "unverified"),  # its sources date from January and February
    # the right place at the wrong time
    ("Yerevan hosted the CSTO summit in 2019.", "contradicted"),
    # an office at the time the sentence names
    ("In 2010 was Medvedev president van Rusland.", "supported"),
    ("Stanislav Zas was the CSTO's secretary-general in 2010.", "contradicted"),
    ("Bordyuzha led the CSTO as secretary-general in 2010.", "supported"),
    ("Bordyuzha is the secretary-general of the CSTO.", "contradicted"),
    # a negation the source itself makes is no denial of it
    ("Een CSTO-oefening in Kirgizië ging niet door omdat het land geen Tadzjiekse troepen wilde.", "supported"),
])
def test_verdict(checker: Checker, text: str, verdict: str) -> None:
    assert checker.claim(text).verdict.value == verdict


def test_compound_sentence_reports_each_part(checker: Checker) -> None:
    finding = checker.claim("Armenia sent 70 troops and Kyrgyzstan 500.")
    assert [p.verdict.value for p in finding.parts] == ["supported", "contradicted"]
    assert {p.claim.id for p in finding.parts if p.claim} == {"armenia-troops-70", "kyrgyzstan-troops-150"}


def test_single_source_point_is_marked(checker: Checker) -> None:
    finding = checker.claim("Roughly 8,000 opponents of the regime were jailed.")
    assert finding.corroboration is not None and finding.corroboration.single_source
    assert "single-source" in finding.explanation


def test_explanation_names_what_was_said_and_by_whom(checker: Checker) -> None:
    finding = checker.claim("Russia sent 5,000 troops to Kazakhstan.")
    assert finding.verdict.value == "contradicted"
    assert "5,000" in finding.explanation and "000" in finding.explanation and "2300" in finding.explanation


def test_a_figure_the_sources_do_not_give_leaves_the_point_unverified(checker: Checker) -> None:
    finding = checker.claim("The CSTO Crisis Response Centre in Yerevan has 40 staff.")
    assert finding.verdict.value == "unverified" and "no figure" in finding.explanation


def test_a_duration_is_no_figure_to_check(checker: Checker) -> None:
    assert checker.claim("Nazarbayev, after thirty years in power, resigned in 2019.").verdict.value == "supported"


def test_a_person_in_the_wrong_office_is_answered_with_their_own(checker: Checker) -> None:
    finding = checker.claim("Putin is the president of Belarus.")
    assert finding.verdict.value == "contradicted"
    values = {checker.base.claim(e.claim_id).value for e in finding.evidence}
    assert {"lukashenko", "putin"} <= values
    assert "lukashenko" in finding.explanation


def test_the_member_count_said_in_passing_is_a_part_of_its_own(checker: Checker) -> None:
    finding = checker.claim("The nine-member CSTO sent troops to Kazakhstan.")
    assert "csto-member-count" in {p.claim.id for p in finding.parts if p.claim}
    assert "nine" in finding.explanation


def test_a_clause_split_inside_one_assertion_is_not_unverified(checker: Checker) -> None:
    finding = checker.claim("Uzbekistan cut its gas and electricity exports to China.")
    assert finding.verdict.value == "supported"


@pytest.mark.parametrize("text,pieces", [
    ("It was no first: the CSTO had sent troops before.", 2),
    ("The meeting began at 10:30 in Moscow.", 1),
])
def test_a_colon_before_a_clause_separates_assertions(checker: Checker, text: str, pieces: int) -> None:
    assert len(segments(read(text, checker.index.aliases))) == pieces


def test_a_list_of_countries_as_subject_is_an_assertion_about_each(checker: Checker) -> None:
    finding = checker.claim("Minsk, Bishkek and Dushanbe decided to send troops to Kazakhstan.")
    assert finding.verdict.value == "supported"
    assert len(finding.parts) == 3
    assert checker.claim("Belarus and Uzbekistan sent troops to Kazakhstan.").verdict.value != "supported"
    # what they do together is not what each does: three countries making up the CSTO is a count
    together = checker.claim("Armenia, Belarus and Russia together make up the CSTO.")
    assert together.verdict.value == "contradicted"
    assert not any(p.text.startswith(("Armenia together", "Belarus together")) for p in together.parts)
