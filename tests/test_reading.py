"""Reading a sentence: Dutch separable verbs, and particles that are prepositions instead."""
from __future__ import annotations

import pytest

from cstocheck.model import Entity, EntityKind
from cstocheck.read import AliasTable, owned_figures, read

TERMS = AliasTable([
    Entity("leave", EntityKind.TERM, ("left", "trok zich terug", "haakte af")),
    Entity("ask", EntityKind.TERM, ("riep", "riep in")),
    Entity("proclaim", EntityKind.TERM, ("riep uit",)),
    Entity("join", EntityKind.TERM, ("sloot zich aan",)),
    Entity("intervene", EntityKind.TERM, ("greep in",)),
    Entity("kill", EntityKind.TERM, ("kwamen om",)),
    Entity("kazakhstan", EntityKind.COUNTRY, ("Kazachstan",)),
])


@pytest.mark.parametrize("text,term", [
    ("Oezbekistan trok zich terug.", "t:leave"),
    ("Oezbekistan trok zich in 1997 terug uit het verdrag.", "t:leave"),
    ("In 1999 trok Oezbekistan zich terug.", "t:leave"),
    ("Oezbekistan haakte in 1999 af.", "t:leave"),
    ("In 2006 sloot Oezbekistan zich weer aan bij de CSTO.", "t:join"),
    ("De CSTO greep in januari 2022 in.", "t:intervene"),
    ("Tokajev riep de noodtoestand uit.", "t:proclaim"),  # the verb with its particle before the verb alone
    ("Bij de onlusten kwamen meer dan 500 mensen om.", "t:kill"),
])
def test_a_separable_verb_is_read_with_its_particle_further_on(text: str, term: str) -> None:
    reading = read(text, TERMS)
    assert term in reading.predicate
    assert not {"w:terug", "w:aan"} & reading.predicate  # the particle is read as part of the verb


@pytest.mark.parametrize("text", [
    "Rusland greep de kans in Kazachstan.",  # "in" opens a phrase: a preposition
    "Rusland greep de kans in januari.",
    "Rusland trok zich niets aan van de kritiek, en ging terug.",  # past the clause
    "De troepen kwamen om te helpen.",  # before "te" a particle is the next verb's
])
def test_a_preposition_or_a_particle_past_the_clause_is_not_the_verb_s(text: str) -> None:
    assert not {"t:intervene", "t:leave", "t:join", "t:kill"} & read(text, TERMS).predicate


NAMES = AliasTable([
    Entity("tokayev", EntityKind.PERSON, ("Tokayev", "Tokajev")),
    Entity("nazarbayev", EntityKind.PERSON, ("Nazarbayev",)),
    Entity("putin", EntityKind.PERSON, ("Putin",)),
    Entity("kazakhstan", EntityKind.COUNTRY, ("Kazakhstan",)),
    Entity("kyrgyzstan", EntityKind.COUNTRY, ("Kyrgyzstan",)),
    Entity("tajikistan", EntityKind.COUNTRY, ("Tajikistan",)),
])


@pytest.mark.parametrize("text,named", [
    ("Toqaev asked for help.", "tokayev"),
    ("Tokajevs oproep kwam op 5 januari.", "tokayev"),
    ("Nazarbaev resigned.", "nazarbayev"),
    ("Poetin sent troops.", "putin"),
    ("Kazakstan asked for help.", "kazakhstan"),
    ("Kygyzstan asked for help.", "kyrgyzstan"),
])
def test_another_spelling_of_a_name_is_read_as_the_name(text: str, named: str) -> None:
    assert named in read(text, NAMES).entity_ids


@pytest.mark.parametrize("text", [
    "Turkmenistan asked for help.",  # another country, not a spelling of Tajikistan
    "Pakistan asked for help.",
    "Pushkin wrote poems.",
    "tokaev in lower case is a word, not a name.",
    "Tokmok is a town.",
])
def test_a_word_merely_like_a_name_is_not_read_as_it(text: str) -> None:
    assert not read(text, NAMES).entity_ids


DESCRIBED = AliasTable([
    Entity("kazakhstan", EntityKind.COUNTRY, ("Kazakhstan", "Kazachstan")),
    Entity("russia", EntityKind.COUNTRY, ("Russia", "Rusland")),
    Entity("leave", EntityKind.TERM, ("withdrawal", "vertrek")),
])


@pytest.mark.parametrize("text,plain", [
    ("Kazakhstan said the withdrawal from the Central Asian country is over.",
     "Kazakhstan said the withdrawal is over."),
    ("Kazachstan meldt het vertrek uit het Centraal-Aziatische land.", "Kazachstan meldt het vertrek."),
    ("Kazakhstan, the ex-Soviet state, said the withdrawal is over.", "Kazakhstan said the withdrawal is over."),
])
def test_a_description_that_stands_for_a_named_country_says_nothing_more(text: str, plain: str) -> None:
    assert read(text, DESCRIBED).predicate == read(plain, DESCRIBED).predicate


def test_a_description_without_its_determiner_is_read() -> None:
    assert "w:country" in read("Kazakhstan is a Central Asian country.", DESCRIBED).predicate


@pytest.mark.parametrize("text,plain", [
    ("the Russia-led withdrawal", "the Russia withdrawal"),
    ("het door Rusland geleide vertrek", "het door Rusland vertrek"),
])
def test_the_word_that_makes_a_name_a_modifier_is_part_of_it(text: str, plain: str) -> None:
    reading = read(text, DESCRIBED)
    assert reading.predicate == read(plain, DESCRIBED).predicate
    assert all(m.modifier for m in reading.mentions)


@pytest.mark.parametrize(("text", "owners"), [
    ("Along with 100 Armenian, 150 Kyrgyz and 200 Tajik troops.", ["armenia", "kyrgyzstan", "tajikistan"]),
    ("Er kwamen 70 Armeense en 150 Kirgizische militairen.", ["armenia", "kyrgyzstan"]),
    ("Armenia sent 70 troops and Kyrgyzstan 150.", []),  # a figure after its country is no such list
    ("Some 100 Armenian troops came.", []),  # one figure is no list
])
def test_figures_each_followed_by_their_country_are_read_as_a_list(text: str, owners: list[str]) -> None:
    aliases = AliasTable([
        Entity("armenia", EntityKind.COUNTRY, ("Armenian", "Armeense", "Armenia")),
        Entity("kyrgyzstan", EntityKind.COUNTRY, ("Kyrgyz", "Kirgizische", "Kyrgyzstan")),
        Entity("tajikistan", EntityKind.COUNTRY, ("Tajik",)),
    ])
    reading = read(text, aliases)
    assert [min(m.ids) for _, m in owned_figures(text, reading)] == owners


@pytest.mark.parametrize(("text", "plain"), [
    ("Kazakhstan detained 8000 people last week.", "Kazakhstan detained 8000 people."),
    ("Kazachstan verrichtte 8000 arrestaties naar aanleiding van de protesten van vorige week.",
     "Kazachstan verrichtte 8000 arrestaties de protesten van."),
    ("In de afgelopen dagen verliet Rusland Kazachstan.", "Verliet Rusland Kazachstan."),
])
def test_a_relative_time_or_a_connective_says_nothing(text: str, plain: str) -> None:
    assert read(text, DESCRIBED).predicate == read(plain, DESCRIBED).predicate


PEOPLE = AliasTable([
    Entity("tokayev", EntityKind.PERSON, ("Tokayev", "Tokajev", "Kassym-Jomart Tokayev", "Kasym-Zjomart Tokajev")),
    Entity("putin", EntityKind.PERSON, ("Putin", "Vladimir Putin")),
])


@pytest.mark.parametrize("text", [
    "Kasym-Zhomart Tokayev asked.",  # another spelling of his given names
    "Qasym-Zhomart, Tokajev asked.",
])
def test_another_spelling_of_a_given_name_before_the_surname_is_part_of_the_name(text: str) -> None:
    reading = read(text, PEOPLE)
    assert reading.entity_ids == {"tokayev"}
    assert reading.predicate == read("Tokayev asked.", PEOPLE).predicate


def test_a_given_name_before_another_surname_is_a_word_of_its_own() -> None:
    # "Vladimir" is Putin's given name, but not before a name of his.
    assert "w:vladimir" in read("Vladimir Zelensky asked.", PEOPLE).predicate


def test_a_verb_without_its_particle_is_read_alone() -> None:
    assert read("Tokajev riep de CSTO om hulp.", TERMS).predicate >= {"t:ask"}
    assert "t:proclaim" not in read("Tokajev riep de CSTO om hulp.", TERMS).predicate
