"""Sentence structure: chunks, the frames around an assertion, and names that only modify."""
from __future__ import annotations

import pytest

from cstocheck.read import fold
from cstocheck.structure import chunks, in_frame, modifies


def _frames(text: str, name_ends: tuple[int, ...] = ()) -> list[tuple[str, bool]]:
    folded = fold(text)
    return [(folded[c.start:c.end].strip(" ."), c.frame) for c in chunks(folded, frozenset(name_ends))]


@pytest.mark.parametrize("text,frames", [
    # a trailing attribution, in English and Dutch
    ("Up to 20,000 bandits attacked Almaty, Tokayev said in a televised address.",
     [("up to 20,000 bandits attacked almaty", False), ("tokayev said in a televised address", True)]),
    ("Bijna 8000 mensen zijn gearresteerd, meldt het ministerie.",
     [("bijna 8000 mensen zijn gearresteerd", False), ("meldt het ministerie", True)]),
    # an opening attribution needs its comma: without it, it is the sentence
    ("According to the ministry, Armenia sent 70 troops.",
     [("according to the ministry", True), ("armenia sent 70 troops", False)]),
    ("Volgens Tokajev waren twintigduizend bandieten verantwoordelijk.",
     [("volgens tokajev waren twintigduizend bandieten verantwoordelijk", False)]),
    # an aside in parentheses, a relative clause
    ("The organization was founded in Tashkent (Uzbekistan).",
     [("the organization was founded in tashkent", False), ("uzbekistan", True)]),
    ("Armenia, which has no autocratic tradition, sent 70 men.",
     [("armenia", False), ("which has no autocratic tradition", True), ("sent 70 men", False)]),
    # a chunk further in with a point of its own is no attribution
    ("After the clashes, Kyrgyzstan reported at least 63 people dead and 198 injured.",
     [("after the clashes", False), ("kyrgyzstan reported at least 63 people dead", False),
      ("and 198 injured", False)]),
    # a word of saying that is a noun here ("member states", "reports of") frames nothing
    ("On 10 January, leaders of the member states took part in a video meeting.",
     [("on 10 january", False), ("leaders of the member states took part in a video meeting", False)]),
    ("In Almaty, reports of looting spread as troops arrived.",
     [("in almaty", False), ("reports of looting spread", False), ("as troops arrived", False)]),
    ("Na de onrust, het bericht van de minister kwam later.",
     [("na de onrust", False), ("het bericht van de minister kwam later", False)]),
    ("The members are Russia, Belarus, Kyrgyzstan and United States.",
     [("the members are russia", False), ("belarus", False), ("kyrgyzstan", False), ("and united states", False)]),
    # inside the assertion, a clause is cut before the word that opens it
    ("Tokayev asked for help as mobs stormed buildings.",
     [("tokayev asked for help", False), ("as mobs stormed buildings", False)]),
    # and before what the act was for
    ("Russia sent troops in an attempt to prop up the government.",
     [("russia sent troops", False), ("in an attempt to prop up the government", False)]),
    ("Rusland stuurde troepen in een poging om de regering overeind te houden.",
     [("rusland stuurde troepen", False), ("in een poging om de regering overeind te houden", False)]),
])
def test_frames_are_found_by_their_words_and_place(text: str, frames: list[tuple[str, bool]]) -> None:
    assert _frames(text) == frames


def test_an_office_or_a_description_right_after_a_name_is_an_appositive() -> None:
    # who the person is, not what the sentence says; only right after a name
    text = "Stanislav Zas, secretary general of the CSTO, called for a ceasefire."
    assert _frames(text, (len("Stanislav Zas"),)) == [
        ("stanislav zas", False), ("secretary general of the csto", True), ("called for a ceasefire", False)]
    assert _frames("In the end, president of the CSTO countries met.") == [
        ("in the end", False), ("president of the csto countries met", False)]
    # and so is a description of what was named ("often described as …", "vaak omschreven als …")
    text = "The CSTO, often described as the Russian NATO, sent troops."
    assert _frames(text, (len("The CSTO"),)) == [
        ("the csto", False), ("often described as the russian nato", True), ("sent troops", False)]


@pytest.mark.parametrize("text,report,rest", [
    ("Kazakhstan's Defense Ministry announced on Wednesday that the withdrawal has been completed.",
     "kazakhstan's defense ministry announced on wednesday that", "the withdrawal has been completed"),
    ("Zas told journalists on Saturday that the situation does not fall under the charter.",
     "zas told journalists on saturday that", "the situation does not fall under the charter"),
    ("De Kazachse president heeft dinsdag tegen het parlement gezegd dat de militairen vertrekken.",
     "de kazachse president heeft dinsdag tegen het parlement gezegd dat", "de militairen vertrekken"),
])
def test_a_leading_report_frames_the_clause_it_reports(text: str, report: str, rest: str) -> None:
    folded = fold(text)
    found = chunks(folded, frozenset())
    assert [(folded[c.start:c.end].strip(" ."), c.frame, c.report) for c in found] == \
        [(report, True, True), (rest, False, False)]
    # A report's names and dates are still values: a source may report the report itself.
    assert not in_frame(found, 0)


@pytest.mark.parametrize("text", [
    "She condemned the attacks and said that the U.S. recognizes it.",  # the verb of a second clause
    "Tokayev said 20,000 bandits attacked Almaty.",  # no word opens the reported clause
    "The ministry that announced the withdrawal said nothing more.",  # "that" before the verb
    "The member states that sent troops were five.",  # a noun, not a verb of saying
])
def test_no_leading_report_without_a_first_verb_of_saying_and_its_that(text: str) -> None:
    assert not any(c.report for c in chunks(fold(text), frozenset()))


def test_an_appositive_follows_a_name_and_is_short() -> None:
    text = "Armenia, a small country in the Caucasus, sent 70 troops."
    assert _frames(text, (len("armenia"),))[1] == ("a small country in the caucasus", True)
    # after anything but a name, "the …" opens the sentence's own clause
    assert _frames(text)[1] == ("a small country in the caucasus", False)


def test_a_comma_inside_a_figure_does_not_cut_the_sentence() -> None:
    assert len(_frames("Russia sent 2,300 troops.")) == 1


@pytest.mark.parametrize("text,name,modifier", [
    ("the Russia-led CSTO sent troops", "russia", True),
    ("Moscow-backed forces", "moscow", True),
    ("een door Rusland geleid bondgenootschap", "rusland", True),
    ("Russia sent troops", "russia", False),
    ("troops from Russia-Belarus units", "russia", False),
])
def test_a_name_before_led_or_after_door_only_modifies(text: str, name: str, modifier: bool) -> None:
    folded = fold(text)
    start = folded.index(name)
    assert modifies(folded, start, start + len(name)) is modifier


@pytest.mark.parametrize("text,attributions", [
    ("Russia sent 2,300 troops, the Russian defence ministry said in a statement on Tuesday.", [False, True]),
    ("According to the ministry, Armenia sent 70 troops.", [True, False]),
    ("Russia, he said, sent troops.", [False, True, False]),
    ("Bijna 8000 mensen zijn gearresteerd, meldt het ministerie.", [False, True]),
    # frames that carry the content: a reported clause, a second verb of the subject, a subject after the verb
    ("The spokesman, Zainetdinov, said Thursday that it received a note from Uzbekistan.", [False, False, False]),
    ("Tokayev asked for help, Putin said he would send troops.", [False, False]),
    ("Pashinyan, who sent troops, told the gathering of the group's leaders that it was a worry.",
     [False, False, False]),
    ("After the unrest, Uzbekistan was said to be reconsidering its ties.", [False, False]),
    ("Russia sent troops, it was reported.", [False, True]),
    ("Nikol Pashinyan, the Armenian prime minister, said the CSTO had failed.", [False, False, False]),
    # to whom it was said is no content, and a long attribution before another trailing one still trails
    ("Troops will leave by 19 January, the general reported to President Putin, TASS reports.",
     [False, True, True]),
    ("Troops will leave by 19 January, said to be the end of the mission.", [False, False]),
    # an opening needs an assertion after it: the sentence is not all frames
    ("Volgens Tokajev waren 20.000 bandieten verantwoordelijk, meldde het ministerie.", [False, True]),
])
def test_an_attribution_says_only_who_said_it(text: str, attributions: list[bool]) -> None:
    assert [c.attribution for c in chunks(fold(text), frozenset())] == attributions


def test_in_frame_reads_the_chunk_an_offset_falls_in() -> None:
    folded = fold("Armenia sent 70 troops, the ministry said.")
    found = chunks(folded, frozenset())
    assert not in_frame(found, 0)
    assert in_frame(found, folded.index("ministry"))
    assert not in_frame((), 3)



def test_a_list_of_titled_people_holds_no_appositive() -> None:
    text = "Russian President Vladimir Putin, Armenian Prime Minister Nikol Pashinyan, and others attended."
    folded = fold(text)
    putin, pashinyan = text.index("Putin") + len("Putin"), text.index("Pashinyan") + len("Pashinyan")
    found = chunks(folded, frozenset({putin, pashinyan}), frozenset({putin, pashinyan}))
    assert not any(c.frame for c in found)
    # Without knowing that both names are people's, the office after a name reads as who it is.
    assert any(c.frame for c in chunks(folded, frozenset({putin, pashinyan})))
