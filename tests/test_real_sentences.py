"""How real sentences are judged: frames do not sink a match, facts in passing count only when
wrong, a detail the base does not speak to leaves the rest supported, and a figure that is not
checked is never supported. Each row is a form of sentence, not a sentence to get right."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import REPO
from cstocheck.checker import Checker
from cstocheck.cli import app
from cstocheck.read import read


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.open(REPO, use_cache=False)


ATTRIBUTIONS = [", a spokesman said on Friday.", ", the ministry reported.", ", according to TASS.",
                # a long one, with names and a day of its own: who said it and when, not what was said
                ", the Russian defence ministry said in a statement quoted by the Interfax news agency.",
                ", Kazakh President Kassym-Jomart Tokayev told parliament in a televised speech on Tuesday."]


@pytest.mark.parametrize("sentence", [
    "Armenia sent 70 troops to Kazakhstan",
    "Russia sent about 2,300 soldiers to Kazakhstan",
    "Tokayev asked the CSTO for help on 5 January 2022",
])
@pytest.mark.parametrize("frame", ATTRIBUTIONS)
def test_an_attribution_keeps_the_verdict(checker: Checker, sentence: str, frame: str) -> None:
    assert checker.claim(sentence + ".").verdict.value == "supported"
    assert checker.claim(sentence + frame).verdict.value == "supported"


@pytest.mark.parametrize("sentence", [
    "Russia sent 10,000 soldiers to Kazakhstan",
    "Armenia sent 700 troops to Kazakhstan",
])
@pytest.mark.parametrize("frame", ATTRIBUTIONS)
def test_an_attribution_keeps_a_contradiction(checker: Checker, sentence: str, frame: str) -> None:
    assert checker.claim(sentence + frame).verdict.value == "contradicted"


@pytest.mark.parametrize("text, name, clause", [
    ("Oezbekistan, dat zich in 2006 opnieuw had aangesloten, verliet het bondgenootschap in 2014.", "Oezbekistan",
     "dat zich in 2006 opnieuw had aangesloten"),
    ("Uzbekistan joined GUAM, which was founded in 1997 by Moldova, Georgia and Ukraine.", "GUAM",
     "which was founded in 1997 by Moldova, Georgia and Ukraine."),
    ("Na de protesten, waarbij tientallen doden vielen, is het rustig in Kazachstan.", None, None),  # a name after it
])
def test_a_relative_clause_with_a_date_is_said_of_the_name_before_it(checker: Checker, text: str, name: str | None,
                                                                     clause: str | None) -> None:
    from cstocheck.attribution import said_of_someone

    found = said_of_someone(read(text, checker.index.aliases))
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in found] == ([(name, clause)] if name else [])


@pytest.mark.parametrize("text, name, clause", [
    ("After leaving the treaty in 1999, Uzbekistan rejoined in 2006.", "Uzbekistan", "After leaving the treaty in 1999"),
    ("Nadat het in 1997 was uitgestapt, sloot Oezbekistan zich in 2006 weer aan.", "Oezbekistan",
     "Nadat het in 1997 was uitgestapt"),
    ("When Tokayev asked for help on 5 January, Russia sent troops.", None, "When Tokayev asked for help on 5 January"),
    ("After the protests, Uzbekistan rejoined in 2006.", "", ""),  # no date or figure in it
    ("In 2006, Uzbekistan rejoined the CSTO.", "", ""),  # no clause
    # a span of time before the clause measures it, and is no part of it
    ("Thirteen years after it first left in 1999, Uzbekistan left again in 2012.", "Uzbekistan",
     "after it first left in 1999"),
])
def test_an_opening_clause_with_a_date_is_said_of_its_name_or_the_next(checker: Checker, text: str,
                                                                      name: str | None, clause: str) -> None:
    from cstocheck.attribution import said_in_an_opening

    found = said_in_an_opening(read(text, checker.index.aliases))
    got = [(text[n[0]:n[1]] if n else None, text[a:b]) for n, (a, b) in found]
    assert got == ([(name, clause)] if clause else [])


def test_a_place_in_the_attribution_is_not_where_it_happened(checker: Checker) -> None:
    assert checker.claim("Armenia sent 70 troops, according to the ministry in Yerevan.").verdict.value == "supported"


def test_an_actor_that_only_modifies_is_no_subject(checker: Checker) -> None:
    finding = checker.claim("At the request of Tokayev, the Russia-led CSTO sent troops to Kazakhstan.")
    assert finding.verdict.value != "contradicted"


@pytest.mark.parametrize("sentence", [
    "President Tokayev attended a football match in Almaty.",
    "Tokayev, the president of Kazakhstan, likes football.",
    # the place where a titled person acts is not the office's country, and meeting another is something else
    "Russian President Putin held talks with Tokayev in Moscow.",
    "De Russische president Poetin ontmoette Tokajev in Moskou.",
    "Russian President Putin met Tokayev.",
])
def test_a_right_fact_in_passing_supports_nothing(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value == "unverified"


def test_an_unchecked_detail_leaves_the_rest_supported_in_part(checker: Checker) -> None:
    finding = checker.claim("Armenia sent 70 troops to Kazakhstan, and the Kremlin ordered a new parade uniform "
                            "for the ceremony in Moscow.")
    assert finding.verdict.value in ("supported", "unverified")
    if finding.verdict.value == "supported" and len(finding.parts) > 1:
        assert finding.partial


@pytest.mark.parametrize("sentence", [
    "Some 80,000 demonstrators were detained.",  # another noun for what the claim counts: unchecked
    "No fewer than 1,640 people were killed in the unrest.",  # a bound far past the source's own
    "1,640 people were killed in the unrest.",
])
def test_a_figure_out_of_reach_is_never_supported(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value != "supported"


def test_a_bound_the_sources_reach_is_supported(checker: Checker) -> None:
    assert checker.claim("At least 150 people were killed in the unrest.").verdict.value == "supported"


def test_json_says_when_a_verdict_is_partial() -> None:
    result = CliRunner().invoke(app, ["claim", "--format", "json", "--no-cache",
                                      "Armenia sent 70 troops to Kazakhstan."])
    out = json.loads(result.stdout)
    assert out["partial"] is False
    assert all("in_passing" in part for part in out["parts"])


@pytest.mark.parametrize("frame", ATTRIBUTIONS)
def test_a_second_value_belongs_to_the_actor_the_sentence_names(checker: Checker, frame: str) -> None:
    # "Kyrgyzstan asked for help in 2010" is close, but it is not Tokayev's request.
    assert checker.claim("Tokayev asked the CSTO for help on 5 January 2022" + frame).verdict.value == "supported"


def test_an_office_used_as_a_title_is_not_asserted(checker: Checker) -> None:
    finding = checker.claim("On 5 January Prime Minister Nikol Pashinyan announced that the CSTO would send "
                            "forces to Kazakhstan for a limited time.")
    assert finding.verdict.value != "contradicted"
    assert checker.claim("Tokayev is the prime minister of Kazakhstan.").verdict.value == "contradicted"


def test_a_denial_at_another_time_is_another_occasion(checker: Checker) -> None:
    # Russia did send troops in 2022; that it refused to in 2010 is not denied by that.
    finding = checker.claim("In 2010 Kyrgyzstan asked for help, but at the time Russia refused to send troops.")
    assert finding.verdict.value != "contradicted"


def test_who_or_where_is_the_point_of_a_claim_about_it(checker: Checker) -> None:
    assert checker.claim("Someone sent troops.").verdict.value == "unverified"


@pytest.mark.parametrize("sentence", [
    "Kyrgyzstan sent about 150 soldiers, Armenia - 700 of its troops, and Tajikistan - a battalion.",
    "Russia sent 2,300 troops to Kazakhstan, Belarus – 500, Armenia – 700 and Kyrgyzstan – 150.",
])
def test_each_subject_of_an_elliptic_list_is_checked_with_its_figure(checker: Checker, sentence: str) -> None:
    finding = checker.claim(sentence)
    assert finding.verdict.value == "contradicted"  # Armenia sent about 70
    assert any(p.text.startswith("Armenia") and p.verdict.value == "contradicted" for p in finding.parts)


def test_a_note_on_how_a_source_puts_it_keeps_the_verdict_policy(checker: Checker) -> None:
    # The modality note rewrites parts after judging; the verdict over them is still the policy's:
    # a part matched to a claim whose figure went unchecked is no detail.
    finding = checker.claim("Russia is sending 3,000 troops as part of the CSTO peacekeeping forces, "
                            "Belarus – 500 and Kyrgyzstan – 150.")
    assert finding.verdict.value != "supported"


@pytest.mark.parametrize("frame", [", says Herr Weiß.", ", zegt Straße-expert Müller.", ", the ﬁnance minister said."])
def test_a_frame_whose_folding_changes_its_length_keeps_the_verdict(checker: Checker, frame: str) -> None:
    # ß, ligatures: the folded text is longer than the sentence; spans still point at the right words.
    plain = checker.claim("The seven-member CSTO sent troops.").verdict.value
    assert checker.claim("The seven-member CSTO sent troops" + frame).verdict.value == plain == "disputed"


def test_a_figure_the_reader_leaves_unread_is_never_supported(checker: Checker) -> None:
    assert checker.claim("The CSTO peacekeeping force numbers 5,000 people.").verdict.value != "supported"


@pytest.mark.parametrize("sentence", [
    "Meanwhile, two of the CSTO's most Russia-dependent members were irritated.",  # some of them
    "In 2007, the CSTO created a 3,600-strong peacekeeping force.",  # the force's size
    "It was first formed in 1992 for a five-year period by six of the CIS members.",  # a period's length
])
def test_a_figure_that_is_no_member_count_is_not_read_as_one(checker: Checker, sentence: str) -> None:
    finding = checker.claim(sentence)
    assert all(p.claim is None or p.claim.id != "csto-member-count" or p.verdict.value != "contradicted"
               for p in finding.parts)


# One behaviour a row: the form of sentence, and the verdict the policy gives it.
def assert_verdict(checker: Checker, sentence: str, verdict: str) -> None:
    """The sentence gets the verdict ("not X": any verdict but X)."""
    found = checker.claim(sentence).verdict.value
    assert found != verdict.removeprefix("not ") if verdict.startswith("not ") else found == verdict


FORMS = [
    ("sequence", "Uzbekistan left the CSTO in 2012.", "supported"),  # its date picks the second exit
    ("sequence", "Oezbekistan verliet de CSTO in 2012.", "supported"),
    ("sequence", "Uzbekistan left the CSTO for the first time in 2012.", "contradicted"),  # the first was 1999 or 1997
    ("sequence", "Uzbekistan left the CSTO again in 1999.", "contradicted"),
    # suspending membership is leaving; the year picks the exit even from a match a little below the threshold
    ("sequence", "In 2012 Uzbekistan asked to suspend its CSTO membership.", "supported"),
    ("sequence", "Oezbekistan schortte in 2012 zijn lidmaatschap van de CSTO op.", "supported"),
    ("sequence", "In 2012 Uzbekistan asked to suspend its CSTO membership for the first time.", "contradicted"),
    # an original member joined when it signed: "joined in 1992" is its first joining, not its return
    ("sequence", "Uzbekistan joined the CSTO in 1992.", "supported"),
    ("sequence", "Oezbekistan trad in 1992 toe.", "supported"),
    ("sequence", "Uzbekistan joined the CSTO for the first time in 2006.", "contradicted"),
    ("sequence", "Uzbekistan joined the CSTO again in 2006.", "supported"),
    ("units", "Nazarbayev led the country for three decades.", "supported"),
    ("units", "Nazarbayev led the country for two decades.", "contradicted"),
    ("units", "Nazarbayev led his country for three decades.", "supported"),
    ("units", "Nazarbajev leidde zijn land dertig jaar lang.", "supported"),
    ("denial", "It is not true that Russia sent about 2,300 troops to Kazakhstan.", "contradicted"),
    ("denial", "Het is niet waar dat Rusland zo'n 2300 militairen naar Kazachstan stuurde.", "contradicted"),
    # denying what the sources do not say either proves nothing they state
    ("denial", "It is not true that Russia sent 10,000 troops to Kazakhstan.", "unverified"),
    # 004: "Some 3,000 soldiers and 600 interior ministry personnel are assigned to the CSTO peacekeeping force."
    ("sums", "In 2007, the CSTO created a 3,600-strong peacekeeping force.", "supported"),
    ("sums", "In 2007, the CSTO created a 9,600-strong peacekeeping force.", "contradicted"),
    # a round figure for a sum of round figures is held as one: their reaches touching is not enough
    ("dated", "Kazakhstan has hosted the first CSTO peacekeeping exercise on October 8–17.", "supported"),
    ("dated", "Bakiyev asked the CSTO for help in 2005.", "contradicted"),  # the first request, in 2010
    ("dated", "Bakijev vroeg in 2014 de snelle reactie-eenheid van de CSTO om hulp.", "contradicted"),
    ("dated", "Bakiyev was the first to ask the CSTO's rapid reaction force for help.", "supported"),
    ("sums", "The CSTO peacekeeping force has about 4,200 personnel.", "contradicted"),
    ("sums", "The CSTO peacekeeping force has about 3,600 personnel.", "supported"),
    # of two figures, the claim's is the one counted in its own words ("medewerkers"), not in a shared term
    ("sums", "Zo'n 3000 militairen en 600 medewerkers van binnenlandse zaken zijn aan de vredesmacht toegewezen.",
     "supported"),
    # a part dated by the rest of its sentence ("at the time", "destijds") is of that time
    # a question asserts nothing; a figure that cannot be read is never supported
    ("question", "How many troops did Russia send?", "unverified"),
    ("question", "Did Armenia send 70 troops to Kazakhstan?", "unverified"),
    ("question", "Stuurde Armenië zeventig militairen naar Kazachstan?", "unverified"),
    ("unreadable", "Russia sent ²³⁰⁰ troops to Kazakhstan.", "unverified"),
    ("unreadable", "Russia sent Ⅻ thousand troops to Kazakhstan.", "unverified"),
    ("unreadable", "Russia sent ٢٣٠٠ troops to Kazakhstan.", "unverified"),
    # an office given to a person is checked on the office, whatever else the sources say of them
    ("office", "Pashinyan is the president of Armenia.", "contradicted"),
    ("office", "Nikol Pashinyan is the prime minister of Armenia.", "supported"),
    ("dated", "In 2010 Kyrgyzstan asked the CSTO for help, but at the time Russia refused to send troops.",
     "supported"),
    ("dated", "In 2010 vroeg Kirgizië de CSTO om hulp, maar destijds weigerde Rusland troepen te sturen.",
     "supported"),
    # the whole matches no claim, its first clause does; the rest are fragments
    ("clauses", ("Nursultan Nazarbayev resigned in 2019, but will continue to head the ruling party and keep "
     "his post as leader of the nation, RFE/RL reports."), "supported"),
    # a clause read out of a sentence no claim matches is not enough to fail a newsroom's CI
    ("clauses", ("Nursultan Nazarbayev resigned in 2015, but will continue to head the ruling party and keep "
     "his post as leader of the nation, RFE/RL reports."), "unverified"),
    ("report", ("Kazakhstan's defence ministry announced on Wednesday that the withdrawal of the CSTO troops "
     "from the Central Asian country has been completed."), "supported"),
    ("report", ("Het Kazachse ministerie van Defensie heeft woensdag bekendgemaakt dat de laatste CSTO-troepen "
     "het Centraal-Aziatische land hebben verlaten."), "supported"),
    ("report", ("Kazakhstan's defence ministry announced on Wednesday that the last CSTO troops left the "
     "Central Asian country on 30 January 2022."), "contradicted"),
    ("figure-list", "Some 70 Armenian and 150 Kyrgyz troops arrived in Kazakhstan.", "supported"),
    ("figure-list", "Some 700 Armenian and 150 Kyrgyz troops arrived in Kazakhstan.", "contradicted"),
    ("figure-list", "Zo'n 70 Armeense en 1500 Kirgizische militairen kwamen naar Kazachstan.", "contradicted"),
    # one figure the base cannot check leaves the list unchecked, not supported
    ("figure-list", "The force included 70 Armenian, 150 Kyrgyz and 500 Belarusian soldiers.", "unverified"),
    ("former", "Azerbaijan is a former member of the CSTO.", "supported"),  # it left in 1997
    ("former", "Azerbaijan is a member of the CSTO.", "contradicted"),
    ("former", "Oezbekistan is een voormalig lid van de CSTO.", "supported"),  # it left again in 2012
    # at some time: a source that speaks only of a time it was out does not deny it
    ("former", "Uzbekistan was a member of the CSTO.", "supported"),
    ("former", "Uzbekistan was never a member of the CSTO.", "contradicted"),
    # refusing to renew a treaty is leaving it: Uzbekistan's first exit, 1999 or 1997
    ("renewal", "In 1999 Tashkent refused to prolong the agreement.", "disputed"),
    ("renewal", "In 1999 weigerde Oezbekistan het verdrag te verlengen.", "disputed"),
    ("only", "Toen Azerbeidzjan Armenië in het najaar van 2022 aanviel, stuurde de CSTO alleen waarnemers.", "supported"),
    ("only", "When Azerbaijan attacked Armenia in 2022, the CSTO only sent observers.", "supported"),
    ("remaining", "Nazarbayev resigned as president, but remains chairman of the Security Council.", "supported"),
    ("remaining", "Wel blijft Nazarbajev de voorzitter van de Veiligheidsraad.", "supported"),
    ("remaining", "Nazarbayev is still chairman of the Security Council.", "contradicted"),  # as of now: he lost it in 2022
    # "October 2021" is the manoeuvres' date, not a second date for Kyrgyzstan's 2010 unrest;
    # "In October" is no unknown person's name.
    ("one-date", "In October 2021 the CSTO held manoeuvres in Tajikistan and Kyrgyzstan.", "supported"),
    ("one-date", "In oktober 2021 hield de CSTO manoeuvres in Tadzjikistan en Kirgizië.", "supported"),
    ("reversed", "Kazakhstan sent troops to Russia.", "contradicted"),
    ("reversed", "Kazachstan stuurde troepen naar Rusland.", "contradicted"),
    ("reversed", "Russia sent troops to Kazakhstan.", "supported"),
    ("reversed", "Tokayev turned to Russia for help.", "supported"),  # a request, not where troops went
    ("by-its-figure", "Troops from Russia went to Kazakhstan.", "supported"),  # not the 150 elite troops Kyrgyzstan sent
    ("by-its-figure", "The 150 elite troops came from Russia.", "contradicted"),
    ("undated-past", "Medvedev was the president of Russia.", "supported"),  # in 2010, say the sources
    ("undated-past", "Medvedev is the president of Russia.", "contradicted"),
    # a claim said only in a leading clause of time is the background of the main clause: in passing
    ("background", "After the Taliban took Afghanistan, the CSTO opened a new office in Minsk.", "unverified"),
    ("background", "Nadat de Taliban Afghanistan hadden overgenomen, opende de CSTO een kantoor in Minsk.",
     "unverified"),
    ("background", "After Tokayev asked the CSTO for help on 2 January, the first troops landed in Almaty.",
     "contradicted"),  # wrong in passing still counts: the request was of 5 January
    # a titled name alone in a list's last fragment gives the office in passing: it asserts nothing
    ("titled-list", ("The meeting was not attended by President of Belarus Alexander Lukashenko, Kazakh President "
                     "Kassym-Jomart Tokayev and Tajikistan's President Emomali Rahmon."), "unverified"),
    ("titled-list", ("De bijeenkomst werd niet bijgewoond door president van Rusland Vladimir Poetin, de "
                     "Kirgizische president Sadyr Japarov en de Tadzjiekse president Emomali Rahmon."), "unverified"),
    # "at least 164" is a count so far: it neither bears out nor denies a higher figure
    ("open-count", "More than 200 people were killed in the unrest in Kazakhstan.", "unverified"),
    ("open-count", "Bij de onrust in Kazachstan kwamen 225 mensen om het leven.", "unverified"),
    ("open-count", "Bij de onrust in Kazachstan kwamen meer dan 160 mensen om het leven.", "supported"),
    # soldiers are people: a count of soldiers killed is a part of the count of the dead
    ("part", "Sixteen soldiers were killed in the unrest in Kazakhstan.", "unverified"),
    ("part", "Volgens Tokajev zijn er zestien soldaten gedood bij de protesten.", "unverified"),
    # one more batch is a part of the count, unless larger than the whole can be
    ("part", "Another 1,700 people were arrested in Kazakhstan.", "unverified"),
    ("part", "In Almaty zijn nog eens bijna 1.700 mensen gearresteerd.", "unverified"),
    ("part", "Another 80,000 people were arrested in Kazakhstan.", "contradicted"),
    # "-member" before a word for a body of people counts the body, not the alliance's members
    ("member-compound", "The CSTO has a 3,600-member peacekeeping force.", "supported"),  # 3,000 soldiers + 600 staff
    ("member-compound", "De CSTO heeft een 3600-leden tellende vredesmacht.", "supported"),
    ("member-compound", "The six-member alliance sent troops to Kazakhstan.", "disputed"),  # six or seven members
    # a span of years names both ends: a claim on one of them is about that end
    ("span-ends", "Nazarbayev was president from 1990 to 2019.", "supported"),  # he resigned in 2019
    ("span-ends", "Nazarbajev was van 1990 tot 2019 president van de voormalige Sovjetrepubliek.", "supported"),
    # the sources say who holds the office when they were written, not before
    ("before-the-sources", "Nazarbajev was van 1990 tot 2019 president van Kazachstan.", "unverified"),
    ("before-the-sources", "Nazarbayev was the president of Kazakhstan in 2010.", "unverified"),
    ("before-the-sources", "Nazarbayev is the president of Kazakhstan.", "contradicted"),
    ("before-the-sources", ("In 1992 the CSTO members were Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and "
                           "Uzbekistan."), "unverified"),
    ("before-the-sources", "The CSTO members are Russia, Belarus, Armenia and Uzbekistan.", "contradicted"),
    # "the two countries" are ones the text has in mind, not a count; "of the six countries" is a count
    ("refers-back", "Fighting broke out between the two countries last year.", "unverified"),
    ("refers-back", "Vorig jaar braken er gevechten uit tussen de twee landen.", "unverified"),
    ("refers-back", "The alliance began with nine countries.", "supported"),
    # the countries after "by" / "door" signed: they are not where it was signed
    ("agent", "The treaty was signed in 1992 by Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan.",
     "supported"),
    ("agent", "Het verdrag werd in 1992 ondertekend door Armenië, Kazachstan en Rusland.", "supported"),
    ("agent", "The treaty was signed in 1992 in Moscow.", "contradicted"),  # in Tashkent
    ("span-ends", "Nazarbayev was president from 1990 to 2015.", "contradicted"),
    # the very day a dated claim gives says as much as its figure would; arriving and landing are one
    ("day", "The first Russian troops arrived in Almaty on January 6.", "supported"),
    ("day", "De eerste Russische militairen landden op 6 januari in Almaty.", "supported"),
    ("day", "The first Russian troops arrived in Almaty on January 9.", "contradicted"),
    # a figure that ends its clause counts what stands before it
    ("count-before", "The death toll rose to 1,640.", "contradicted"),  # at least 164
    ("count-before", "Het aantal arrestaties steeg tot 8000.", "supported"),
    # an aside about someone named ("Nazarbayev, who …") is said in passing: right, it adds nothing
    ("aside", "Nazarbayev, who stepped down in 2019, likes football.", "unverified"),
    ("aside", "Tokayev, who asked the CSTO for help on 5 January 2022, likes football.", "unverified"),
    ("aside", "Nazarbayev, who stepped down in 2016, likes football.", "contradicted"),
    # a year counted from a year before it ("seven years later") is that year
    ("relative-year", "Uzbekistan co-founded the CSTO in 1992 but suspended its membership seven years later.",
     "disputed"),
    ("relative-year", "Oezbekistan sloot zich in 2006 opnieuw aan en stapte twee jaar later weer uit.", "contradicted"),
    # a leading clause the main clause comes after: its date bounds the main clause's point
    ("after", "After Nazarbayev resigned in 2019, Tokayev asked the CSTO for help.", "supported"),
    ("after", "After the Soviet Union collapsed in 1991, Uzbekistan signed the treaty.", "supported"),
    ("after", "After Nazarbayev resigned in 2016, Tokayev asked the CSTO for help.", "contradicted"),  # in passing, wrong
    # what the claim says lies in the leading clause, whom it speaks of in the main one: background
    ("background", "Since coming to power in 2018, Pashinyan has deepened ties with Europe.", "unverified"),
    ("background", "Sinds hij in 2018 aan de macht kwam, heeft Pasjinjan de banden met Europa aangehaald.",
     "unverified"),
    # a figure on an event is checked on the claim that has one, though only the event's claim names the country
    ("figure-on-event", "The unrest left dozens dead and more than a thousand wounded.", "contradicted"),
    ("figure-on-event", "Bij de onlusten vielen 180 doden en een veelvoud aan gewonden.", "unverified"),
    # so is a figure on a dated assertion: the troops' day is right, their number is not
    ("figure-on-date", "Zo'n drieduizend Russische militairen kwamen donderdag aan in Kazachstan.", "contradicted"),
    ("figure-on-date", "Some 5,000 Russian troops arrived in Kazakhstan on 6 January.", "contradicted"),
    ("figure-on-date", "Zo'n 2300 Russische militairen staken op 6 januari de grens over.", "supported"),
    # a clause of time that ends the sentence is its background, as one that opens it is
    ("background-after", "Tokayev appointed Alikhan Smailov as acting prime minister after the cabinet resigned.", "unverified"),
    ("background-after", "Tokajev benoemde een nieuwe premier nadat de regering was afgetreden.", "unverified"),
    ("background-after", "The cabinet resigned after protests broke out.", "supported"),
    # "his government" is no ruling, and says nothing of the office in the title
    ("his-government", "Armenian Prime Minister Nikol Pashinyan said his government will decide later when to leave the CSTO.", "unverified"),
    # a count claim's own figure in few words: a city of the claim's country is no stranger
    ("own-figure-city", "Tokajev zei dat Almaty werd aangevallen door 20.000 bandieten.", "supported"),
    # a body the base never ties to the troops is no actor of theirs, nor the whole of their parts
    ("another-body", "The EU sent more than 2,000 troops to Kazakhstan.", "unverified"),
    ("another-body", "NATO sent 2,000 troops to Kazakhstan.", "unverified"),
    ("another-body", "The CSTO sent more than 2,000 troops to Kazakhstan.", "supported"),
    # a country outside the whole list of those who sent troops did not send them
    ("outside-the-list", "Uzbekistan contributed soldiers to the CSTO mission in Kazakhstan.", "contradicted"),
    ("outside-the-list", "Oezbekistan stuurde zo'n 200 militairen naar Kazachstan.", "contradicted"),
    ("outside-the-list", "China offered to send troops to Kazakhstan.", "unverified"),
    # a pair that fought is one subject: one of them wrong is no pair the sources name
    ("pair", "In September Armenia and Tajikistan clashed over border disputes.", "not supported"),
    ("pair", "In september raakten Kirgizië en Tadzjikistan slaags over grensgeschillen.", "supported"),
    # shot dead is killed
    ("shot-dead", "Zeker 164 mensen werden doodgeschoten.", "supported"),
    ("shot-dead", "Dozens of people were shot dead.", "contradicted"),
    # one member, borne out by the list of members; a count of members checks only its figure
    ("one-member", "Kirgizië is lid van de CSTO.", "supported"),
    ("one-member", "Armenia is a member of the CSTO.", "supported"),
    ("one-member", "Uzbekistan is a member of the CSTO.", "contradicted"),
    ("one-member", "According to him, the republic is a full member of the CSTO.", "unverified"),
    ("one-member", "Armenië maakt deel uit van de CSTO.", "supported"),
    ("one-member", "Armenia belongs to the CSTO.", "supported"),
    ("one-member", "Uzbekistan belongs to the CSTO.", "contradicted"),  # in the present tense: not since 2012
    ("one-member", "Oezbekistan maakt deel uit van de CSTO.", "contradicted"),
    # the opposite of what a claim says a person did, said of no one, denies nothing of that person
    ("no-one", "Alle deelnemers verklaarden dat ze de erkenning van de zelfverklaarde Volksrepubliek Donetsk en Volksrepubliek Loehansk steunen.", "unverified"),
    ("no-one", "Tokajev steunde de erkenning van Donetsk en Loehansk.", "contradicted"),
    # a denial of what is to come denies nothing the sources say happened, dated or not
    ("to-come", "Prime Minister Nikol Pashinyan announced that he will not be able to attend the upcoming CSTO summit.", "unverified"),
    ("to-come", "Pasjinjan zal niet deelnemen aan de videovergadering van de CSTO.", "unverified"),
    ("to-come", "Pashinyan did not attend the CSTO video meeting.", "contradicted"),
    # the year of a plan is not the year of what was planned
    ("plan", "In 2002, Uzbekistan announced that it planned to leave the CSTO.", "unverified"),
    ("plan", "In 2002 was Oezbekistan van plan de CSTO te verlaten.", "unverified"),
    # people are no count of countries: the member count checks the six, not the population
    ("not-countries", "De totale bevolking van de landen die lid zijn van de CSTO is 193.835.249 mensen.", "unverified"),
    ("not-countries", "The CSTO's six member states are home to about 190 million people.", "disputed"),
    # "ruim" is a floor with no ceiling: far below the sources' figure it is borne out
    ("floor", "De politie zegt ruim 2200 demonstranten te hebben opgepakt.", "supported"),
    ("floor", "Er zijn ruim negenduizend mensen opgepakt.", "contradicted"),
    ("figure-on-date", "Ruim 5000 Russische militairen landden op 6 januari in Almaty.", "contradicted"),
    ("figure-on-date", "Rusland en Kazachstan delen een grens van ruim 7.500 kilometer.", "unverified"),  # no troops
    # what Tokayev said of the 20,000 bandits, in the words the news used; the attack alone is no account of his
    ("attributed", "Tokayev said 20,000 bandits had attacked Almaty.", "supported"),
    ("attributed", "Tokajev zei dat Almaty was aangevallen door 200.000 bandieten.", "contradicted"),
    ("attributed", "Bandits attacked Almaty on 5 January.", "unverified"),
    # "thirty years ago" is a time, unless the claim counts the years since; "ago" says little of what a claim is about
    ("ago", "The treaty was signed thirty years ago for five years.", "supported"),
    ("ago", "Kazachstan werd veertig jaar geleden onafhankelijk.", "contradicted"),
    ("ago", "Kazakhstan became independent 30 years ago.", "supported"),
    # a leader acts for the country the sources say they hold office in, not for another
    ("leader", "Tokayev recognised Luhansk and Donetsk in June 2022.", "contradicted"),
    ("leader", "Putin recognised Luhansk and Donetsk.", "supported"),
    ("leader", "Loekasjenko stuurde parachutisten naar Kazachstan.", "unverified"),
    ("leader", "Lukashenko sent troops to Kazakhstan.", "supported"),
    # "received"/"ontving" is a light verb: "received none" denies the help itself
    ("light-verb", "Armenia asked the CSTO for help in 2021 but received none.", "supported"),
    ("light-verb", "Armenië ontving geen hulp van de CSTO.", "supported"),
    # a concession ("despite …", "ondanks …") is a detail of its own, not a part of the assertion
    ("concession", "The Kyrgyz government sent 150 troops despite opposition in parliament.", "supported"),
    # one site among several the troops protected: another site is no other value
    ("among", "The CSTO peacekeepers guarded strategic facilities in Almaty and the surrounding areas.", "supported"),
    ("among", "The CSTO troops did not protect Baikonur.", "contradicted"),
    # the council meets every year, each time elsewhere: a session in another city is another session
    ("recurring", "The CSTO Collective Security Council met in Yerevan.", "unverified"),
    ("recurring", "The CSTO Collective Security Council met in Dushanbe in September 2021.", "supported"),
    # succeeding someone is taking over from them; wrong in a relative clause, it counts
    ("succession", "Tokayev, who succeeded Nazarbayev in 2017, asked the CSTO for help.", "contradicted"),
    ("succession", "Tokajev, die in 2017 Nazarbajev opvolgde, vroeg de CSTO om hulp.", "contradicted"),
    ("succession", "Tokayev succeeded Nazarbayev in 2019.", "supported"),
    # an elliptic list gives each country its figure
    ("elliptic", "Russia sent 2,300 troops, Armenia 300 and Kyrgyzstan 150.", "contradicted"),
    ("elliptic", "Russia sent 2,300 troops, Armenia 70 and Kyrgyzstan 150.", "supported"),
    # the contributors are a whole list: a country added to it sent no troops
    ("contributors", "Troops from Russia, Belarus, Armenia, Uzbekistan and Kyrgyzstan took part.", "contradicted"),
    ("contributors", "Troepen uit Rusland, Wit-Rusland, Armenië, Tadzjikistan en Kirgizië namen deel.", "supported"),
    # a town of another country is where another event took place
    ("town", "In 2010, some 400 people were killed in ethnic clashes in Osh.", "unverified"),
    # a figure of people who met another fate (injured, fled, protested) is no figure of those detained or killed
    ("fate", "More than 1,000 people were injured during the unrest.", "unverified"),
    ("fate", "Meer dan 500 mensen raakten gewond bij de onlusten.", "unverified"),
    ("fate", "About 8,000 people fled the unrest.", "unverified"),
    ("fate", "Some 5,000 people took part in the protests in Almaty.", "unverified"),
    ("fate", "Some 8,000 people were detained.", "supported"),
    ("fate", "Zo'n 80.000 mensen werden opgepakt.", "contradicted"),
    # a Dutch separable verb whose particle ends the clause ("kwamen … om"), or stands before "te"
    ("separable", "Bij de onlusten kwamen meer dan vijfhonderd mensen om.", "contradicted"),
    ("separable", "Bij de onlusten kwamen zeker 164 mensen om.", "supported"),
    ("separable", "Oezbekistan besloot in 2012 uit te treden.", "supported"),
    # a light verb ("held", "hield") says nothing a claim is matched on: exercises in 2023 are not the first of 2012
    ("light-verb", "In 2023 hield de CSTO oefeningen in Wit-Rusland.", "unverified"),
    ("light-verb", "In 2014 hield de CSTO haar eerste vredesoefening.", "contradicted"),
    ("light-verb", "In 2012 hield de CSTO haar eerste vredesoefening.", "supported"),
    # an office held from a year: a year before it is outside the sources' interval
    ("office-from", "Tokayev became president in 2015.", "contradicted"),
    ("office-from", "Tokajev was in 2015 president van Kazachstan.", "contradicted"),
    ("office-from", "Tokayev was president of Kazakhstan in 2020.", "supported"),
    ("office-from", "Tokayev has been president since 2015.", "contradicted"),
    ("office-from", "Tokajev is sinds 2019 president.", "supported"),
    # a hedging adverb ("essentially", "in wezen") says nothing a claim is matched on
    ("hedge", "De CSTO noemde het in wezen een grensincident.", "supported"),
    ("hedge", "The CSTO essentially dismissed the incursions into Armenia as a border incident.", "supported"),
    # who gives a figure ("official", "officials") is no part of what it counts
    ("source", "The official death toll was 164.", "supported"),
    ("source", "Officieel vielen er 1640 doden.", "contradicted"),
    ("source", "The authorities said the toll from the unrest was fewer than 100.", "contradicted"),
    # a noun says what a verb says ("the cancellation of", "cancels")
    ("noun", "Kyrgyzstan announced the cancellation of a CSTO exercise it was to host.", "supported"),
    # a closed upper bound names its figure ("as many as", "up to")
    ("bound", "Up to 20,000 bandits were behind the unrest, Tokayev said.", "supported"),
    ("bound", "Volgens Tokajev zaten tot 20.000 bandieten achter de onrust.", "supported"),
    # cut at the "and" of "between 1992 and 2002", the list lost its last member and was supported
    ("span", ("Formed between 1992 and 2002, the CSTO includes the following countries: Russia, Belarus, "
              "Armenia, Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan."), "contradicted"),
    # what a figure counts ends with its chunk: the country is what the vehicles leave, not what they count
    ("counted-chunk", ("Tokayev said 2,030 soldiers and 250 vehicles, which will leave the country within ten days, "
                       "took part."), "unverified"),
    # a figure that says nothing of what it counts may be the best match's own: "19 members" of
    # another body is then no count of member states
    ("counted-own", "The death toll from last week's unrest now stands at 225, including 19 members of state security.",
     "unverified"),
    # a point the sources give as one person's word is not borne out in another's mouth
    ("speaker", "The CSTO would fall apart if Russia lost the war in Ukraine, Lukashenko said.", "supported"),
    ("speaker", "The CSTO would fall apart if Russia lost the war in Ukraine, Pashinyan said.", "unverified"),
    ("speaker", "Up to 20,000 bandits had attacked Almaty and were destroying state property, Tokayev said.",
     "supported"),
    # not applying with a request is not asking
    ("speaker", "Belarus has not yet applied to the CSTO with a request for assistance, its press secretary told TASS.",
     "supported"),
    # a description news use for the alliance
    ("speaker", "Uzbekistan suspended its membership in a Russian-led security alliance in 2012.", "supported"),
    # what a figure counts ends where its verb group begins: the vehicles are not "sent" countries
    ("verb-group", "1,500 soldiers and 19 armored vehicles will be sent to Kazakhstan.", "unverified"),
    # judged part by part, a sentence leaves no figure unchecked that counts what an event part speaks of
    ("parts-figure", ("In accordance with the decision taken by the deputies, 1,500 military personnel, as well as "
                      "19 units of automobile and armored vehicles, will be sent to Kazakhstan."), "unverified"),
    # the start of what the sources date only at its end; an act on an occasion the sentence does not name
    ("occasion", "The CSTO began withdrawing its troops from Kazakhstan on 13 January.", "unverified"),
    ("occasion", "De CSTO begon op 13 januari met de terugtrekking van haar troepen uit Kazachstan.", "unverified"),
    ("occasion", "The CSTO responded immediately to the request.", "unverified"),
    ("occasion", "The CSTO responded to Kyrgyzstan's request for help in 2010.", "contradicted"),
    # a denial closer than the best match is checked wherever it ranks
    ("denied-closer", ("De CSTO greep in 2010 in tijdens de onrust in Kirgizië, wat kritiek opleverde van "
                      "mensenrechtenorganisaties."), "contradicted"),
    # a count of what one country did, against a sentence with neither the figure nor the country
    ("count-unnamed", "Meanwhile, Kazakhstan footed the bill for the CSTO deployment.", "unverified"),
    # an alliance "involving" or "waarin" its members says how many there are
    ("grouping", "The CSTO is an alliance linking five former Soviet states.", "contradicted"),
    ("grouping", "De CSTO is een bondgenootschap waarin zes oud-Sovjetrepublieken samenwerken.", "disputed"),
    # turning down a request presupposes it; refusing to help denies the help, not the asking
    ("presupposed", "The CSTO rejected Kyrgyzstan's request for help in 2010.", "supported"),
    ("presupposed", "De CSTO wees het verzoek van Kirgizië in 2010 af.", "supported"),
    ("presupposed", "The CSTO refused to help Kyrgyzstan in 2010.", "supported"),
    ("presupposed", "Kyrgyzstan did not ask the CSTO for help in 2010.", "contradicted"),
    # a figure no part checked is held against the claim that counts what it counts
    ("loose-figure", "Kazakhstan's protests spiralled into violence, with dozens of deaths and 10,000 arrests.",
     "contradicted"),
    ("loose-figure", "Kazakhstan's protests spiralled into violence, with at least 164 deaths and about 8,000 arrests.",
     "supported"),
    # the dead are no count of those held
    ("fate", "As a result of the clashes, Kyrgyzstan reported at least 63 people dead and 198 injured.", "unverified"),
    # a part of a month: "late January" is not the 5th, and may be the 19th
    ("month-part", "Tokayev asked the CSTO for help in late January 2022.", "contradicted"),
    ("month-part", "Tokajev vroeg begin januari 2022 de CSTO om hulp.", "supported"),
    ("month-part", "The last CSTO troops left Kazakhstan in late January 2022.", "supported"),
    # a relative clause with a date or figure says something of the person before it, in passing
    ("relative", "Tokayev, who has been president since 2015, asked the CSTO for help.", "contradicted"),
    ("relative", "Tokayev, who has been president since 2019, asked the CSTO for help.", "supported"),
    ("relative", "Nazarbayev, who stepped down in 2015, kept his post.", "contradicted"),
    ("relative", "Nazarbayev, who stepped down in 2019, kept his post.", "unverified"),
    # a negation that denies no word in particular denies its own clause, not an appositive's office
    ("aside-negation", "Nikol Pashinyan, the Armenian prime minister, said the CSTO had failed.", "not contradicted"),
    # a title is said in passing: a negation elsewhere ("had failed") denies no office; nor does a
    # refusal with nothing after it deny everything
    ("title-negation", "Armenian Prime Minister Nikol Pashinyan said the CSTO had failed.", "not contradicted"),
    # a title says who someone is, not what they did; the body before a title is part of it
    ("title-only", "Armenian Prime Minister Nikol Pashinyan said the CSTO had failed.", "unverified"),
    ("title-only", "Armenian Prime Minister Nikol Pashinyan took part in the CSTO video meeting.", "supported"),
    ("title-only", "CSTO Secretary-General Stanislav Zas said the troops were ready.", "unverified"),
    ("title-only", "Stanislav Zas is the CSTO secretary-general.", "supported"),
    # a country named only as where did nothing its count is of
    ("where-only", "The CSTO did not intervene in Armenia in 2022.", "not contradicted"),
    ("where-only", "Armenia did not send troops to Kazakhstan.", "contradicted"),
    # a date no part used, where the best match spoke of something else, is still checked
    ("its-date", "The Collective Security Treaty was signed in Tashkent in May 1994.", "contradicted"),
    ("its-date", "The Collective Security Treaty was signed in Tashkent in May 1992.", "supported"),
    # a closed upper bound names its bound: about 2,300 are not "as many as 5,000"
    ("names-its-bound", "As many as 5,000 Russian troops were deployed to Kazakhstan.", "contradicted"),
    ("names-its-bound", "Up to 3,000 Russian troops were deployed to Kazakhstan.", "supported"),
    # countries and figures paired in order by "respectively"
    ("respectively", "Armenia and Kyrgyzstan sent about 70 and 150 troops respectively.", "supported"),
    ("respectively", "Armenia and Kyrgyzstan sent about 700 and 150 troops respectively.", "contradicted"),
    ("respectively", "Armenië en Kirgizië stuurden respectievelijk 70 en 150 militairen.", "supported"),
    # a noun after a word of saying makes it no verb: "the member states" frames nothing
    ("noun-of-saying", "On 10 January, leaders of the member states of the CSTO took part in an online meeting.",
     "supported"),
    ("partial-list", "The CSTO is made up of six former Soviet republics, including Russia, Armenia, Belarus and Kazakhstan.", "disputed"),
    ("partial-list", "De CVVO bestaat uit zes landen, waaronder Rusland, Armenië en Belarus.", "disputed"),
    ("passed-by", "The protests have left a balance so far of at least 164 dead, a thousand injured and more than 10,000 detainees.", "contradicted"),
    ("passed-by", "The protests have left a balance so far of at least 164 dead, many injured and about 8,000 detainees.", "supported"),
    ("by-owner", "The decision by Armenia to send 100 soldiers to Kazakhstan was criticised.", "contradicted"),
    ("by-owner", "The decision by Armenia to send 70 soldiers to Kazakhstan was criticised.", "supported"),
    ("by-owner", "Led by Russia, a CSTO mission of more than 2,000 troops was deployed to Kazakhstan.", "supported"),
    ("time-span", "Within 48 hours, Russia sent troops to Kazakhstan.", "not contradicted"),
    ("time-span", "Binnen 48 uur stuurde Rusland troepen naar Kazachstan.", "not contradicted"),
    ("time-span", "Two days later, Russia sent troops to Kazakhstan.", "not contradicted"),
    # a date given as a span after an event the base dates: the event's date plus the span
    ("relative-date", "Two weeks after Tokayev's appeal, the last CSTO troops left Kazakhstan.", "supported"),
    ("relative-date", "Barely a week after Tokayev's appeal, the last CSTO troops had left Kazakhstan.", "contradicted"),
    ("relative-date", "Tien dagen na de oproep van Tokajev verlieten de laatste CSTO-troepen Kazachstan.", "contradicted"),
    ("relative-date", "Vijf dagen na de oproep van Tokajev kwamen de leiders van de CSTO via een videoverbinding bijeen.", "supported"),
    ("relative-date", "Four days after Tokayev's appeal, the CSTO leaders met by video link.", "contradicted"),
    # a span of years after an event the base dates gives a year
    ("relative-date", "Uzbekistan left the CSTO for the first time five years after signing the treaty.", "disputed"),
    ("relative-date", "Uzbekistan's first exit came seven years after it signed the treaty in its own capital.", "disputed"),
    # a span from a moment the base does not date checks nothing of the date
    ("relative-date", "De complete terugtrekking moet binnen tien dagen zijn afgerond.", "unverified"),
    ("relative-date", "Two weeks later, the last CSTO troops left Kazakhstan.", "unverified"),
    ("relative-date", "The first CSTO troops arrived within a day of Tokayev's appeal.", "supported"),
    # the span dates what came after the appeal, not the appeal
    ("relative-date", "Een dag nadat Tokajev om hulp had gevraagd, stuurde Rusland ongeveer 2.300 militairen de grens over.", "supported"),
    ("delay", "Russian soldiers crossed into Kazakhstan a day after Tokayev's appeal.", "supported"),
    ("delay", "Russian soldiers only crossed into Kazakhstan three days after Tokayev's appeal.", "contradicted"),
    ("delay", "Russische militairen trokken pas drie dagen na Tokajevs oproep de grens over.", "contradicted"),
    # the troops' figure and the delay are two counts, each checked on its own claim
    ("delay", "Russia sent some 2,300 troops into Kazakhstan a day after Tokayev's appeal.", "supported"),
    ("delay", "Russia dispatched 2,300 CSTO troops three days after Tokayev's appeal for help.", "contradicted"),
    ("delay", "Russia sent roughly 5,000 troops to Kazakhstan the day after Tokayev's appeal.", "contradicted"),
    ("listed-count", ("On 15 May 1992, six post-Soviet states, Russia, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan and "
                      "Uzbekistan, signed the Collective Security Treaty."), "supported"),
    # one name is not what a claim says of it ("Azerbaijan left in 1997"); a list of members may be
    ("name-alone", "In september braken gevechten uit tussen Armenië en Azerbeidzjan.", "unverified"),
    ("name-alone", "Fighting broke out between Armenia and Azerbaijan in September.", "not supported"),
    # "dozens, if not hundreds" is at least dozens, as far as hundreds: no denial, and one count
    ("raised", "Dozens, if not hundreds, of people were killed in the unrest.", "supported"),
    ("raised", "Bij de schietpartijen kwamen tientallen, zo niet honderden mensen om.", "supported"),
    ("raised", "Thousands, if not tens of thousands, of people were killed in the unrest.", "contradicted"),
    # "not X but Y", "Y, not X": a figure corrected, the assertion not denied
    ("corrected", "Russia sent not 5,000 but about 2,300 troops to Kazakhstan.", "supported"),
    ("corrected", "Rusland stuurde geen 5000 maar zo'n 2300 militairen naar Kazachstan.", "supported"),
    ("corrected", "Armenia sent 70 troops, not 700.", "supported"),
    ("corrected", "Armenia sent 700 troops, not 70.", "contradicted"),
    ("corrected", "Armenia did not send 70 troops.", "contradicted"),
    # who holds an office the sentence does not name is a detail beside what else it says
    ("unnamed-holder", "Armenia, which holds the CSTO's rotating chairmanship, sent about 70 troops.", "supported"),
    ("unnamed-holder", "Someone sent troops.", "unverified"),
    # "claims that X were false" denies X, as "it is not true that X" does
    ("called-false", "Claims that Russia sent 10,000 troops were false.", "not contradicted"),
    ("called-false", "Berichten dat Rusland 10.000 militairen stuurde, bleken onjuist.", "not contradicted"),
    ("called-false", "Reports that Armenia sent 70 troops turned out to be false.", "contradicted"),
    # a report someone dismissed is neither asserted nor denied; what the sentence says before it still counts
    ("rejected-report", "Tokayev dismissed reports that 10,000 people had been arrested.", "unverified"),
    ("rejected-report", "Tokajev ontkende berichten dat 10.000 mensen waren opgepakt.", "unverified"),
    ("rejected-report", "Armenia sent 70 troops and denied reports that it had sent more.", "supported"),
    ("rejected-report", "Armenia sent 700 troops and denied reports that it had sent more.", "contradicted"),
    # what could be, or would have been, is no report of what was
    # the month May is no "may"
    ("hypothetical", "In May 1992 the Collective Security Treaty was signed.", "supported"),
    ("hypothetical", "Russia could send up to 10,000 troops if needed, a Kremlin source said.", "not contradicted"),
    ("hypothetical", "Moscow was ready to send 5,000 more soldiers.", "not contradicted"),
    ("hypothetical", "If Russia had sent 10,000 troops, the outcome might have differed.", "not contradicted"),
    ("hypothetical", "Als Rusland 10.000 militairen had gestuurd, was het anders gelopen.", "not contradicted"),
    ("hypothetical", "Russia said it would send some 2,300 troops.", "supported"),
    # a figure of those who died or were wounded is no count of those sent, whatever it counts
    ("fallen", "About 2,000 soldiers died.", "not supported"),
    ("fallen", "Zo'n 2000 militairen werden gedood.", "not supported"),
    ("fallen", "In the unrest, in which 164 people were killed, Russia sent about 2,300 troops.", "supported"),
    ("fallen", "Russia sent about 2,300 troops, and at least 164 people were killed.", "supported"),
    # a figure and what it counts, with nothing of who did what, says no claim
    ("bare-count", "There were about 2,300 soldiers in the barracks.", "unverified"),
    ("bare-count", "Er zaten zo'n 2300 militairen in de kazerne.", "unverified"),
    ("bare-count", "About 2,300 Russian soldiers were sent.", "supported"),
    # who asks and who is asked are the claim's: another body, country or person is another request
    ("asked-another", "Tokayev asked NATO for help.", "unverified"),
    ("asked-another", "Tokajev vroeg de NAVO om hulp.", "unverified"),
    ("asked-another", "Tokayev appealed to the UN for help.", "unverified"),
    ("asked-another", "Tokayev asked Lukashenko for help.", "not contradicted"),
    ("asked-another", "Tokayev asked Moscow for help.", "supported"),
    ("asked-another", "Kazakhstan asked the CSTO for help.", "supported"),
    ("asked-another", "Tokayev asked the CSTO for help, NATO said.", "supported"),
    # what was asked for is not what was done; a request to act oneself is the act
    ("requested", "Armenia asked the CSTO for help.", "not contradicted"),
    ("requested", "Armenië vroeg de CSTO om hulp.", "not contradicted"),
    ("requested", "Kyrgyzstan asked Russia to send troops in 2010.", "not contradicted"),
    ("requested", "Een dag na het verzoek van Tokajev stuurde Moskou zo'n 2300 militairen naar Kazachstan.", "supported"),
    ("requested", "Uzbekistan requested to suspend its membership in 2012.", "supported"),
    # a part of the month dates the act however the sentence reaches it
    ("month-part-alone", "De laatste militairen verlieten Kazachstan eind februari.", "contradicted"),
    ("month-part-alone", "De laatste militairen verlieten Kazachstan begin februari.", "contradicted"),
    ("month-part-alone", "De laatste militairen verlieten Kazachstan half januari.", "supported"),
    # two figures that make a span are one count, from the first to the second
    ("span", "Armenia sent between 60 and 80 troops.", "supported"),
    ("span", "Armenië stuurde tussen de 60 en 80 militairen.", "supported"),
    ("span", "Armenia sent 60 to 80 troops.", "supported"),
    ("span", "Armenia sent 60-80 troops.", "supported"),
    ("span", "Armenia sent between 100 and 200 troops.", "contradicted"),
    # a figure another country owns is not the claim's, though it stands by the noun
    ("owned", "Armenia sent 70 and Kyrgyzstan 150 troops.", "supported"),
    ("owned", "Armenië stuurde 70 en Kirgizië 150 militairen.", "supported"),
    ("owned", "Armenia sent 700 and Kyrgyzstan 150 troops.", "contradicted"),
    ("owned", "Armenia sent 70 and Kyrgyzstan 1,500 troops.", "contradicted"),
    # an office in an appositive is a title in passing: checked when wrong, no support when right
    ("appositive-office", "Pashinyan, Armenia's president, said the troops would leave soon.", "contradicted"),
    ("appositive-office", "Pasjinjan, de president van Armenië, zei dat de troepen snel zouden vertrekken.",
     "contradicted"),
    ("appositive-office", "Pashinyan, Armenia's prime minister, said the troops would leave soon.", "unverified"),
    ("appositive-office", "Zas, secretary-general of NATO, said the troops would leave.", "contradicted"),
    # names alone (a person and his country) say nothing of what a claim says of them
    ("names-alone", "Pashinyan, Armenia's leader, spoke to reporters in Yerevan.", "not supported"),
    # a date beside a count borne out is checked on the dated claim of the same act
    ("second-date", "Moscow sent around 2,300 troops on 16 January.", "contradicted"),
    ("second-date", "Op 16 januari stuurde Rusland zo'n 2300 militairen naar Kazachstan.", "contradicted"),
    ("second-date", "Russia sent about 2,300 troops to Kazakhstan on 6 January.", "supported"),
    ("second-date", "On 11 January 2022 Ergashev predicted that Uzbekistan would not join any military bloc.",
     "supported"),
    # a negation denies no office given in a title
    ("title-not-denied", ("Secretaris-generaal Bordjoescha reageerde niet op het verzoek omdat hij de opstand als "
                          "een intern conflict zag."), "not contradicted"),
    # "and" between two names lists people; a source's negation in a subordinate clause ("when that
    # sacrifice did not help either") is no denial of what its main clause says
    ("people-list", "Tokayev phoned Putin and Lukashenko to ask for help.", "supported"),
    ("people-list", "Tokajev belde Poetin en de Wit-Russische president Loekasjenko om hulp.", "supported"),
    # another office of another country than the sources give is wrong twice over
    ("both-other-office", "Lukashenko is the Russian prime minister.", "contradicted"),
    ("both-other-office", "Loekasjenko, de Russische premier, noemde de gebeurtenissen een les voor Belarus.",
     "contradicted"),
    ("both-other-office", "Putin, the Russian president, spoke to Tokayev.", "not contradicted"),
    # who did what to whom between two people, the other way round
    ("people-reversed", "Poetin vroeg Tokajev om militaire hulp.", "contradicted"),
    ("people-reversed", "Nazarbayev removed Tokayev as chairman of the Security Council.", "contradicted"),
    ("people-reversed", "Nazarbayev was removed by Tokayev as chairman of the Security Council.", "supported"),
    ("people-reversed", "Tijdens een bezoek van Poetin in oktober eiste Rachmon respect.", "not contradicted"),
    ("people-reversed", "Poetins trouwste bondgenoot, de Wit-Russische president Loekasjenko, sprak.", "not contradicted"),
    # countries that act on each other are one subject, and a claim on them together is not split
    ("together", "Kyrgyzstan and Tajikistan fought over their border in September 2022.", "supported"),
    ("together", "In september raakten Kirgizië en Tadzjikistan met elkaar in gevecht over grensgeschillen.",
     "supported"),
    ("together", "In september raakten Kazachstan en Kirgizië met elkaar in gevecht over grensgeschillen.",
     "not supported"),
    ("together", "In september raakten Kirgizië en Kazachstan met elkaar in gevecht.", "contradicted"),
    # "only observers" does not deny a claim that nothing more was done, though another comes first
    ("only", "When Azerbaijan attacked Armenia this autumn, the CSTO sent only observers.", "supported"),
    # "rather than" sets one name against another, as ", not" does; the other way round is the opposite
    ("contrast", ("Ergashev told Sputnik on January 11 that Uzbekistan would turn to Russia rather than to the "
                  "CSTO for help."), "supported"),
    ("contrast", "Ergashev said Uzbekistan would turn to the CSTO, not to Russia, for help.", "contradicted"),
    ("contrast", "Ergasjev zei dat Oezbekistan zich in plaats van tot Rusland tot de CSTO zou wenden.", "contradicted"),
    # a figure that counts another thing than the best match is checked on a claim that counts it
    ("behind-the-delay", ("Op 5 januari riep Tokajev de hulp in, waarna Rusland een dag later zo'n 23.000 "
                          "militairen de grens over stuurde."), "contradicted"),
    # each figure goes with the fate its words give it
    ("fate-figure", "At least 164 people were killed and an estimated 80,000 opponents of the regime were detained.",
     "contradicted"),
    ("fate-figure", "Bij de onlusten vielen minstens 164 doden en werden zo'n 8000 mensen opgepakt.", "supported"),
    # a place of the main clause does not place what a relative clause says
    ("clause-place", ("At a CSTO summit in Yerevan in November, Pashinyan, who chaired the meeting, refused to sign "
                      "the final declaration."), "supported"),
    # a title in passing names the office as the sentence is written; the date is the assertion's
    ("title-date", "Armenian Prime Minister Pashinyan was born in 1975.", "unverified"),
    ("title-date", "In 2015 Pashinyan was the prime minister of Armenia.", "contradicted"),
    ("title-date", "Tokayev, who has been president since 2015, asked the CSTO for help.", "contradicted"),
    # a comparison is checked on both sides' figures, or left unchecked
    ("comparison", "Armenia sent more soldiers than Kyrgyzstan.", "contradicted"),
    ("comparison", "Kirgizië stuurde meer troepen dan Armenië.", "supported"),
    ("comparison", "Belarus sent more troops than Armenia.", "unverified"),
    # a day written as an ordinal word is a date like any other
    ("ordinal-day", "Tokayev asked the CSTO for help on the fourth of January.", "contradicted"),
    ("ordinal-day", "Tokajev vroeg de CSTO op de vijfde januari om hulp.", "supported"),
    # an actor the sources never name, in the place of the claim's, is not the claim's
    ("another-actor", "Het parlement stuurde zo'n zeventig manschappen naar Kazachstan.", "unverified"),
    ("another-actor", "The government feared the reaction a Russian peacekeeping force would provoke.", "not supported"),
    ("another-actor", "Mongolia sent about 70 troops to Kazakhstan.", "unverified"),
    ("another-actor", "Mongolië heeft een waarnemersstatus bij de CSTO.", "unverified"),  # a verb of having
    ("another-actor", "Servië stuurde zo'n zeventig manschappen naar Kazachstan.", "unverified"),
    ("another-actor", "Serbia is a member of the CSTO.", "unverified"),
    ("another-actor", "Ondertussen zijn naar schatting 8000 mensen opgepakt.", "supported"),
    ("another-actor", "Erdogan warned that Uzbekistan must beware of terrorists if it stays outside the CSTO.",
     "unverified"),
    ("another-actor", "Stoltenberg said that Armenia sent 70 troops to Kazakhstan.", "supported"),
    # another person, country or organisation in the place of the claim's is not what the sources say
    ("another-named", "Nazarbayev ruled Tajikistan for thirty years.", "not supported"),
    ("another-named", "Tokayev succeeded Grigoryan in 2019.", "not supported"),
    ("another-named", "China governed Kazakhstan for 30 years.", "not supported"),
    # another value of someone else is another occasion, not a contradiction
    ("another-named", "Nazarbayev ruled Tajikistan for 20 years.", "unverified"),
    ("another-named", "Kirgizië stuurde zo'n 150 militairen naar Armenië.", "not supported"),
    ("another-named", "Oezbekistan sloot zich aan bij het Warschaupact.", "not supported"),
    ("another-named", "Russia deployed roughly 2,300 soldiers, while Armenia sent some seventy.", "supported"),
    ("another-named", "The CSTO members are Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and United States.",
     "contradicted"),
    # a place beside a date borne out is checked on the claim about where the same act happened
    ("by-its-place", "Het Verdrag inzake Collectieve Veiligheid werd in 1992 in Minsk ondertekend.", "contradicted"),
    ("by-its-place", ("In October 2016 the CSTO decided to set up a Crisis Response Centre in Yerevan, the "
                      "Armenian capital."), "supported"),
    # a relative clause with a date after a country's name is a fact in passing: disputed counts
    ("country-aside", "Russia is pressing Uzbekistan, which first left the treaty in 1999, to rejoin the bloc.",
     "disputed"),
    ("country-aside", "Oezbekistan, dat zich in 2008 weer had aangesloten, verliet het bondgenootschap in 2012.",
     "contradicted"),
    # … and the sentence's own assertion is judged without it, so the clause's fact cannot stand for it
    ("country-aside", ("Oezbekistan, dat zich in 2006 opnieuw had aangesloten, verliet het bondgenootschap in 2014 "
                       "voor de tweede keer."), "contradicted"),
    ("country-aside", "Uzbekistan, which rejoined the CSTO in 2006, left it for the second time in 2012.", "supported"),
    # a comparison in other words ("echoes of", "doet denken aan") is a comparison
    ("comparison", "Some heard eerie echoes of the Prague spring of 1968 in the CSTO deployment to Kazakhstan.",
     "supported"),
    # "five … and Russia" are six countries
    ("member-count", "The CSTO is made up of five former Soviet allies and Russia.", "disputed"),
    ("member-count", "The CSTO is made up of four former Soviet republics and Russia.", "contradicted"),
    ("member-count", ("Naast Kazachstan maken vijf andere landen deel uit van de CSTO: Rusland, Belarus, Armenië, "
                      "Kirgizië en Tadzjikistan."), "disputed"),
    ("member-count", "Besides Russia, four other countries sent troops to Kazakhstan.", "supported"),
    ("member-count", "Besides Russia, five other countries sent troops to Kazakhstan.", "contradicted"),
    # an opening clause with a date is a fact in passing too, of its own name or of the one after it
    ("opening-aside", "After leaving the treaty in 1995, Uzbekistan rejoined the CSTO in 2006.", "contradicted"),
    ("opening-aside", "After leaving the treaty in 1999, Uzbekistan rejoined the CSTO in 2006.", "disputed"),
    ("opening-aside", "Nadat het in 1995 uit het verdrag was gestapt, sloot Oezbekistan zich in 2006 weer aan.",
     "contradicted"),
    ("opening-aside", "When Tokayev asked for help on 15 January, Russia sent troops.", "contradicted"),
    ("opening-aside", "Thirteen years after it first left in 1995, Uzbekistan left the CSTO again in 2012.",
     "contradicted"),
    # dropping out is leaving; "five years later" counts from the year before it
    ("dated", "Uzbekistan signed the treaty in Tashkent in 1992 but dropped out five years later.", "disputed"),
    ("opening-aside", "When Tokayev asked for help on 5 January, Russia sent troops.", "supported"),
    # … and still says which occasion the rest is of
    ("opening-aside", ("When Azerbaijan attacked Armenia in the autumn of 2022, the CSTO sent combat troops to defend "
                       "its ally."), "contradicted"),
    # an organisation's relative clause too, with the whole list of names its commas cut
    ("country-aside", ("Oezbekistan sloot zich na zijn vertrek aan bij de GUAM, die in 1997 werd opgericht door onder "
                       "meer Moldavië, Georgië en Rusland."), "contradicted"),
    # a wording's negation in a subordinate clause is no polarity of the claim
    ("wording-aside-negation", ("Nadat Tokajev Nazarbajev als voorzitter van de Veiligheidsraad aan de kant had gezet, "
                                "belde hij Poetin om hulp."), "supported"),
    ("wording-aside-negation", "Tokajev belde Poetin niet om hulp.", "contradicted"),
    # "stay out of", "zich afzijdig houden" deny what follows them, as "not get involved" does
    ("negating-phrase", "Kydykbayev argued that Kyrgyzstan should stay out of the internal conflict.", "supported"),
    ("negating-phrase", "Kydykbayev vond dat Kirgizië zich afzijdig moest houden van het interne conflict.", "supported"),
    ("negating-phrase", "Kydykbayev argued that Kyrgyzstan should get involved in the internal conflict.", "contradicted"),
    # "oneens", "verbiedt", "forbids" deny as "niet eens", "does not allow" do
    # a denial in other words denies the same thing: "not a job" is "not a task"
    ("same-denial", "Under Dmitry Medvedev, Moscow held that suppressing domestic unrest was not a job for the CSTO.",
     "supported"),
    ("same-denial", "Under Medvedev, Moscow held that suppressing domestic unrest was a job for the CSTO.",
     "contradicted"),
    ("same-denial", "Binnenlandse onrust valt buiten het mandaat van het bondgenootschap.", "supported"),
    ("same-denial", "Domestic unrest falls outside the CSTO's mandate.", "supported"),
    ("same-denial", "Domestic unrest falls under the CSTO's mandate.", "contradicted"),
    ("lexical-negation", "Volgens Kommersant was Tasjkent het oneens met de strategische plannen van de CSTO in Afghanistan.",
     "supported"),
    ("lexical-negation", ("Demonstranten noemen de missie ongrondwettelijk, omdat de grondwet Kirgizische troepen verbiedt "
                          "zich te mengen in conflicten buiten het land."), "supported"),
    # a name the base does not know, in a list of the members the sources give whole, is one more
    ("unknown-in-list", ("The CSTO force in Kazakhstan was made up of troops from Russia, Belarus, Armenia, Mongolia "
                         "and Tajikistan."), "contradicted"),
    # … and a list of senders with a stranger in it is not split into senders, one of them borne out
    ("unknown-in-list", "Russia, Belarus, Armenia, Serbia and Tajikistan sent troops to Kazakhstan.", "contradicted"),
    ("unknown-in-list", "Rusland, Wit-Rusland, Armenië, Mongolië en Kirgizië stuurden troepen naar Kazachstan.",
     "contradicted"),
    ("unknown-in-list", "Russia, Belarus, Armenia, Kyrgyzstan and Tajikistan sent troops to Kazakhstan.", "supported"),
    # a span of time in another unit is converted to the claim's: three weeks are not three months, 90 days are
    ("unit-of-time", "The CSTO sat on Armenia's request for three weeks.", "contradicted"),
    ("unit-of-time", "Nazarbayev ruled Kazakhstan for 30 months.", "contradicted"),
    ("unit-of-time", "Nazarbayev ruled Kazakhstan for three decades.", "supported"),
    ("unit-of-time", "The CSTO sat on Armenia's request for about 90 days.", "supported"),
    ("unit-of-time", "De CSTO liet het Armeense verzoek zo'n negentig dagen liggen.", "supported"),
    ("unit-of-time", "De CSTO liet het Armeense verzoek drie weken liggen.", "contradicted"),
    # "in the Kyrgyz capital" names where: a city of that country
    ("capital", "Uzbekistan signed the collective security treaty in 1992 in the Kyrgyz capital, Bishkek.",
     "contradicted"),
    ("capital", ("Het crisiscentrum van de CSTO, waartoe in oktober 2016 werd besloten, staat in de Kazachse "
                 "hoofdstad."), "contradicted"),
    ("capital", "The treaty was signed in the Uzbek capital.", "supported"),
    # a minister is an office any person may be given: one the sources give someone else's office
    ("minister", "Armen Grigorian, Armenia's defence minister, called the Kazakh crisis a terrorist process.",
     "contradicted"),
    ("minister", "Bachtijor Ergasjev, de Oezbeekse minister van Defensie, sprak op 11 januari met Sputnik.",
     "contradicted"),
    ("minister", "Russian Defence Minister Sergei Shoigu said the troops would leave.", "unverified"),
    # a foreign minister is a minister, not the foreign ministry: its spokeswoman is not its minister
    ("minister", "Maria Zacharova is de Russische minister van Buitenlandse Zaken.", "contradicted"),
    ("minister", "Maria Zakharova is the spokeswoman of the Russian foreign ministry.", "supported"),
    # a country's office for one the sources give an organisation's office: wrong, unless in the past
    ("minister", "Stanislav Zas, Russia's defence minister, appeared at the video meeting on 10 January.",
     "contradicted"),
    ("minister", "Stanislav Zas, de Russische minister van Defensie, nam deel aan het spoedberaad.", "contradicted"),
    ("minister", "Stanislav Zas previously served as secretary of Belarus's Security Council.", "unverified"),
    ("minister", "Nancy Pelosi, the US secretary of state, said Armenia could obtain American weapons.", "contradicted"),
    # the opposite act is not the claim's: attacking is not guarding
    ("opposite", "The CSTO troops attacked strategically important infrastructure in Kazakhstan.", "not supported"),
    # … the closest wording's act, though another wording says its opposite ("a Russian victory")
    ("opposite", "Lukashenko said the CSTO would fall apart if Russia won the war in Ukraine.", "not supported"),
    ("opposite", "Lukashenko said the CSTO would fall apart if Russia lost the war in Ukraine.", "supported"),
    ("by-who-it-names", "Tokajev belde Loekasjenko om hulp.", "supported"),
    ("another-actor", "Volgens de politie stuurde Armenië zo'n zeventig manschappen naar Kazachstan.", "supported"),
    ("delay", "Two days after Tokayev's appeal, Moscow sent troops to Kazakhstan.", "contradicted"),
    ("delay", "Twee dagen na de oproep van Tokajev stuurde Moskou troepen naar Kazachstan.", "contradicted"),
    ("delay", "Russia sent troops to Kazakhstan two weeks after Tokayev's appeal.", "contradicted"),
    ("delay", "Twee weken na Tokajevs verzoek stuurde Rusland troepen.", "contradicted"),
    ("delay", "Russia sent troops to Kazakhstan 24 hours after Tokayev's appeal.", "supported"),
    ("delay", "Binnen 24 uur na Tokajevs verzoek stuurde Rusland troepen.", "supported"),
    # a span of another act than the claim's is not the claim's to check
    ("delay", "Tokayev said that the Russian-led forces would leave the country within 10 days.", "not contradicted"),
    # A concessive or leading clause of time is background: what it says rightly is said in passing
    ("background", "Hoewel Azerbeidzjan geen lid van de CSTO is, heeft het land nauwe banden met Rusland.", "unverified"),
    ("background", "Although Azerbaijan is not a CSTO member, it has close ties with Russia.", "unverified"),
    ("background", "After Russian troops landed in Kazakhstan, the uprising seemed to have been crushed.", "unverified"),
    # a span of time before the opener is cut from its clause, and still opens it
    ("background", "A day after Russian troops landed in Kazakhstan, the uprising seemed to have been crushed.", "unverified"),
    ("background", "Een dag nadat Russische troepen in Kazachstan geland zijn, lijkt de opstand gesmoord.", "unverified"),
    # and what it says wrongly still counts
    ("background", "Although Azerbaijan left the CSTO in 1999, it has close ties with Russia.", "contradicted"),
    # the claim's own figure, of what it counts, in few words of the sentence's own
    ("own-figure", "Daarbij zouden 164 doden zijn gevallen.", "supported"),
    ("own-figure", "Daarbij zouden 1.640 doden zijn gevallen.", "not supported"),
    # not where the sentence has a time or a place of its own
    ("own-figure", "In Andijan in 2005, 164 people were killed.", "unverified"),
    ("own-figure", "In Andijan 164 people were killed.", "unverified"),
    # "of them" counts what the sentence named before: paratroopers, not the countries that sent them
    ("refers-to", "The bulk of the force was made up of Russian paratroopers, more than two thousand of them.", "supported"),
    ("refers-to", "Russia sent soldiers to Kazakhstan, about 23,000 of them.", "contradicted"),
    # "nog geen" before a figure is "fewer than"; before anything else, "not yet" or "no"
    ("refers-to", "Onder Medvedev vond Moskou het onderdrukken van binnenlandse onrust nog geen taak voor het bondgenootschap.",
     "supported"),
    ("refers-to", "Rusland stuurde nog geen 2000 militairen naar Kazachstan.", "contradicted"),
    # "wees ... af" turns down, "wees ... aan" points out
    ("refers-to", "Tokajev wees 20.000 gewapende bandieten aan als schuldigen.", "supported"),
    # a denial another wording of the claim makes alike agrees with it
    ("refers-to", "The then secretary-general Bordyuzha declined to intervene in Kyrgyzstan.", "supported"),
    ("refers-to", "In 2010 ging Bordjoescha niet in op het verzoek van Kirgizië.", "supported"),
    # a verb of turning down denies what follows it, not its subject, which Dutch may put after it
    ("refers-to", "In 2010 weigerde de CSTO Kirgizië te helpen.", "supported"),
    ("refers-to", "In 2010 vroeg Bakijev om hulp, maar Bordjoezja wees dat af omdat hij het als een intern conflict zag.",
     "supported"),
    # a former office holder is not gainsaid by who holds the office now
    ("refers-to", "The then secretary-general, Nikolai Bordyuzha, declined to intervene, calling it an internal conflict.",
     "supported"),
    # two denials of one act, far apart, deny it (their number is no parity)
    ("denials", "Belarus stayed out of the mission and sent no troops to Kazakhstan.", "contradicted"),
    # a denial right after another undoes it
    ("denials", "Russia never failed to send troops to Kazakhstan.", "supported"),
    # each denial the source makes too agrees with it
    ("denials", "The final CSTO troops left Kazakhstan on 19 January 2022 without losses and without firing a shot.",
     "supported"),
    ("denials", "Het bondgenootschap deed niets toen Armenië in 2022 door Azerbeidzjan werd niet aangevallen.", "not supported"),
    # "without hesitation", "zonder morren" deny nothing: signing without them is signing
    ("denials", "Op de top in Jerevan zette Pasjinjan zonder morren zijn handtekening onder de slotverklaring.",
     "contradicted"),
    ("denials", "Pashinyan signed the final declaration in Yerevan without hesitation.", "contradicted"),
    # a denial in a condition on a denial is the condition's: the two say what "only if" says
    ("denials", "Artikel 4 geldt niet als de dreiging niet uit het buitenland komt.", "supported"),
    ("denials", "Article 4 does not apply if the threat does not come from abroad.", "supported"),
    # the office the sources give, of another body: the foreign ministry's spokeswoman is not the defence ministry's
    ("other-body", "Maria Zakharova is the spokeswoman of the Russian defence ministry.", "contradicted"),
    ("other-body", "Maria Zakharova, spokeswoman for the Russian defence ministry, said the CSTO would act on Rahmon's proposals.",
     "contradicted"),
    ("other-body", ("Maria Zacharova, woordvoerster van het Russische ministerie van Defensie, zei dat de CSTO met de voorstellen "
      "aan de slag ging."), "contradicted"),
    ("other-body", "Maria Zakharova, the Russian Foreign Ministry's spokeswoman, said the CSTO was working on Rahmon's proposals.",
     "supported"),
    # raising is not cutting: the sources say Uzbekistan cut its exports to China
    ("act-or-name", "Uzbekistan stepped up gas exports to China.", "not supported"),
    ("act-or-name", "Oezbekistan voerde de export van gas en elektriciteit naar China juist op.", "not supported"),
    ("act-or-name", "To shore up its budget, Uzbekistan stepped up gas and electricity exports to China.", "not supported"),
    ("act-or-name", "Uzbekistan cut gas and electricity exports to China.", "supported"),
    # whose allies they are makes them others: Russia and its four allies are five
    ("act-or-name", "Russia and its four allies sent troops to Kazakhstan.", "supported"),
    ("act-or-name", "Rusland en zijn vier bondgenoten stuurden troepen naar Kazachstan.", "supported"),
    # "a Kazakh-style spillover" names no one who does anything
    ("act-or-name", ("Uzbek authorities postponed planned market liberalisation and scaled back gas and electricity exports to "
      "China in an effort to avoid a Kazakh-style spillover."), "supported"),
    # each figure is checked on the claim that counts what it counts: none is dropped
    ("every-figure", "About 5,000 soldiers and 600 interior ministry personnel are assigned to the CSTO peacekeeping force.",
     "contradicted"),
    ("every-figure", "Some 3,000 soldiers and 600 interior ministry personnel are assigned to the CSTO peacekeeping force.",
     "supported"),
    # a membership set off by commas is what the country is when the sentence speaks
    ("passing", "Azerbaijan, a member of the CSTO, protested against Armenia's decision to send troops.", "contradicted"),
    ("passing", "Azerbeidzjan, zelf lid van de CSTO, protesteerde tegen het besluit van Armenië.", "contradicted"),
    ("passing", "Armenia, a member of the CSTO, sent 70 troops to Kazakhstan.", "supported"),
    # a Dutch verb's particle may stand far from it: "voerde ... op" is raising
    ("passing", "Om tekorten te voorkomen voerde Oezbekistan juist de export van gas en elektriciteit naar China op.",
     "not supported"),
    # one of two articles a claim sets side by side is not that claim
    ("articles", "The CSTO intervened under Article 5 of its treaty.", "not supported"),
    ("articles", ("The CSTO is intervening under Article 5 of its founding treaty, the bloc's equivalent of NATO's collective "
      "defence clause."), "not supported"),
    ("articles", "Article 4 of the CSTO treaty is modelled on NATO's Article 5.", "supported"),
]


@pytest.mark.parametrize("form,sentence,verdict", FORMS, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(FORMS)])
def test_a_form_of_sentence_gets_its_verdict(checker: Checker, form: str, sentence: str, verdict: str) -> None:
    """sequence: a date or "again" picks the event in a history; units: "three decades" is 30
    years; denial: an opening that denies holds the sources against the assertion (denying what
    they do not say either proves nothing); sums: counts one passage gives add up; dated: a part
    that refers back in time takes its sentence's date; clauses: a sentence no claim matches whole
    is judged on its clauses when one is borne out; report: a leading report and a description of
    the country do not sink the match; figure-list: each figure of a list is its own country's;
    former: a former member is no member now and was one once; renewal: refusing to renew a treaty
    is leaving it; only: doing only one thing does not deny not doing the rest; remaining:
    remaining after an event is not holding on until now; one-date: one date answers one claim,
    and a month names no one; reversed: who sent and where it went the other way round;
    by-its-figure: a thing the sources pick out by its figure needs the figure; undated-past: an
    undated past is not judged by who holds the office now; span: a span of time does not cut
    off the rest of the sentence; background: a claim said only in a leading clause of time is said
    in passing; bound: "up to" names its figure; titled-list: a titled name alone in a fragment gives
    its office in passing; open-count: a figure above an open-ended count is not borne out by it; part: soldiers killed are
    a part of the dead; member-compound: "-member" before a body of people counts that body; span-ends: a span of
    years names both ends; before-the-sources: who held an office before the sources were written; agent: the countries
    after "by" act; refers-back: "the two countries" is no count; day: the very day a dated claim gives; count-before: a figure that ends its clause
    counts what stands before it; counted-chunk: what a figure counts ends with its chunk; counted-own: a figure
    that says nothing of what it counts may be the best match's; noun-of-saying: "member states" is no attribution; speaker: the content of an attribution is judged on
    its own, and who said it counts where the sources give the point as someone's word; verb-group: what a figure
    counts ends at its verb group; parts-figure: parts leave no figure of an event unchecked; own-figure: a count
    claim's own figure speaks for it in a sentence of few words of its own; refers-to: what a figure ("of them") or a
    denial refers to; denials: denials are matched, not counted; other-body: an office of another body; act-or-name:
    what an act or a name does; every-figure: every figure is checked; passing: what is said in passing or far apart;
    articles: one of the articles a claim compares; occasion: another phase or an unnamed
    occasion of what a claim denies is not its contradiction; denied-closer: a denial closer than the best match
    counts; count-unnamed: a count needs its figure or whose it is; grouping: an alliance
    "involving" its members gives their count; presupposed: turning down a request presupposes it; loose-figure: no figure is
    dropped; fate: a figure of the dead is no count of the detained; month-part: early, mid- and
    late January are parts of it; relative: what a relative clause says of a person counts when wrong; aside-negation: a
    negation denies its own clause, not an aside; partial-list: a list after "including" picks some members and counts
    none; passed-by: a figure the best matches pass by is held against its own count; by-owner: a country after "by"
    owns its figure, after "led by" it describes; time-span: a span of time is no count (and, unchecked, leaves the
    count unchecked); delay: the days (or weeks, or hours) after the appeal
    are checked, not a span of another act; listed-count: a figure of the countries listed is checked by the list; name-alone: one name shared
    with a claim says nothing of it; raised: "dozens, if not hundreds" is one count from the first figure up; corrected: "not 5,000 but
    2,300" denies the figure it corrects, not the assertion; unnamed-holder: an office whose holder the sentence does not
    name is a detail; called-false: "claims that X were false" denies X; rejected-report:
    a report someone dismissed is neither asserted nor denied; hypothetical: what could be is no report of what was
    fallen: a figure of the dead is no count of those sent; bare-count: a figure and its noun alone say
    no claim; asked-another: who asks and who is asked are the claim's; requested: what was asked
    for is not what was done; month-part-alone: "eind februari" is a date after any word; span:
    "between 60 and 80" is one count; owned: a figure another country owns is not the claim's;
    appositive-office: an office after a name is a title in passing; names-alone: a person and
    his country say nothing of a claim on them; second-date: a date beside a count is checked on
    the dated claim of the same act, not a date of a report; title-not-denied: a negation denies
    no office given in a title; people-list: "and" between names lists people, and a source's
    subordinate negation denies nothing of its main clause; both-other-office: another office of
    another country is wrong; people-reversed: who did what to whom the other way round;
    together: countries acting on each other are one subject, and one put in another's place is
    wrong; ordinal-day: "the fourth of January" is a date; contrast: "X rather than Y" denies Y;
    clause-place: a place of the main clause does not place a relative clause's claim;
    comparison: a comparison is checked on both sides' figures, or left unchecked; title-date: a
    title in passing is not dated by the sentence's date;
    fate-figure: each figure goes with the fate its words give it; behind-the-delay: a figure the
    best match does not count is checked on a match that counts it;
    only: the first match of the
    sentence's polarity that the sources bear out decides ("not contradicted": any verdict but
    that)."""
    assert_verdict(checker, sentence, verdict)


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("CSTO troops fired shots in Kazakhstan.", "contradicted"),
    ("The CSTO troops left Kazakhstan without firing a shot.", "supported"),
    ("De CSTO-troepen vertrokken zonder een schot te lossen uit Kazachstan.", "supported"),
    ("The CSTO troops suffered losses in Kazakhstan.", "contradicted"),
    ("The last CSTO troops left Kazakhstan on 19 January 2022 without suffering any losses.", "supported"),
])
def test_without_denies_what_follows_it(checker: Checker, sentence: str, verdict: str) -> None:
    # "without" and "zonder" deny the words after them, not the leaving or the date before them.
    assert checker.claim(sentence).verdict.value == verdict


@pytest.mark.parametrize("sentence", [
    "Stanislav Zas stepped down as CSTO secretary-general in 2022.",
    "Zas trad in 2022 af als secretaris-generaal van de CSTO.",
])
def test_leaving_an_office_is_not_holding_it(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value != "supported"


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Some 80,000 demonstrators were detained.", "contradicted"),
    ("Some 8,000 protesters were arrested.", "supported"),
    ("Zo'n 8000 demonstranten werden opgepakt.", "supported"),
])
def test_a_noun_of_the_same_kind_counts_what_the_claim_counts(checker: Checker, sentence: str, verdict: str) -> None:
    # The sources count opponents of the regime jailed: demonstrators and people are of that kind.
    assert checker.claim(sentence).verdict.value == verdict


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Tokayev dismissed Nazarbayev as head of the Security Council.", "supported"),  # dismissing a person: an act
    ("Tajik President Rakhmon dismissed Tokayev's fears about terrorist sleeper cells.", "contradicted"),  # a view
    ("Lukashenko dismissed Tokayev's claim that 20,000 bandits attacked Almaty.", "unverified"),  # a report
])
def test_dismissing_a_view_denies_it_and_dismissing_a_person_does_not(checker: Checker, sentence: str,
                                                                         verdict: str) -> None:
    assert checker.claim(sentence).verdict.value == verdict


@pytest.mark.parametrize("sentence", [
    "Tokayev dismissed Karim Massimov as head of the KNB security service.",  # not Nazarbayev
    "Tokayev sacked Nazarbayev's nephew Samat Abish as first deputy head of the security service.",
])
def test_a_stranger_where_the_claims_person_stands_is_not_the_claims(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value != "supported"


@pytest.mark.parametrize("sentence", [
    "Uzbek analyst Bakhtiyor Ergashev predicted that Tashkent would soon rejoin the CSTO.",  # not its 2006 return
    "Ergasjev voorspelde dat Oezbekistan zich weer bij de CSTO zou aansluiten.",
])
def test_a_forecast_is_not_the_sources_past(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value != "supported"


def test_a_noun_of_another_kind_does_not(checker: Checker) -> None:
    assert checker.claim("Some 8,000 soldiers were detained.").verdict.value != "supported"


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Nazarbayev ruled Kazakhstan for a quarter of a century.", "contradicted"),  # 25 years against 30
    ("Nazarbajev regeerde een kwart eeuw over Kazachstan.", "contradicted"),
    ("Nazarbajev regeerde een kwarteeuw over Kazachstan.", "contradicted"),  # one word, the same 25 years
    ("Nazarbayev ruled Kazakhstan for a decade.", "contradicted"),
    ("Nazarbayev ruled Kazakhstan for three decades.", "supported"),
    ("Armenia sent nearly 70 troops to Kazakhstan.", "supported"),  # the sources' 70 is rounded
    ("Armenia sent just over 70 troops to Kazakhstan.", "supported"),
])
def test_units_and_hedges_compose_with_the_sources_figure(checker: Checker, sentence: str, verdict: str) -> None:
    assert checker.claim(sentence).verdict.value == verdict


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Armenia sent more than 70 troops to Kazakhstan.", "contradicted"),  # "about 70" and "70": one figure
    ("The CSTO has seven member states.", "disputed"),  # six or seven: the sources disagree
])
def test_only_sources_that_disagree_make_a_dispute(checker: Checker, sentence: str, verdict: str) -> None:
    assert checker.claim(sentence).verdict.value == verdict


@pytest.mark.parametrize("sentence", [
    "Kyrgyzstan asked the CSTO for help in 2010, but the CSTO refused.",
    "Kirgizië vroeg de CSTO in 2010 om hulp, maar Rusland weigerde.",
])
def test_a_refusal_in_another_clause_does_not_deny_the_request(checker: Checker, sentence: str) -> None:
    # "…, but the CSTO refused" denies the help, not that Kyrgyzstan asked for it.
    assert checker.claim(sentence).verdict.value == "supported"


def test_a_denial_in_the_clause_of_the_claim_still_denies_it(checker: Checker) -> None:
    assert checker.claim("Kyrgyzstan did not ask the CSTO for help in 2010.").verdict.value == "contradicted"


@pytest.mark.parametrize("sentence", [
    "Tokajev liet Poetin in Sint-Petersburg weten dat Kazachstan Loegansk en Donetsk niet erkent.",
    "Tokayev told Putin that Kazakhstan does not recognise Luhansk and Donetsk.",
])
def test_one_country_denying_is_no_denial_of_what_another_did(checker: Checker, sentence: str) -> None:
    # Russia recognised the two; Kazakhstan not doing so denies nothing of that, and Kazakhstan,
    # opening the reported clause, is not where the rebuff took place.
    assert checker.claim(sentence).verdict.value != "contradicted"


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Tokayev, who became president in 2019, asked the CSTO for help.", "supported"),
    ("Tokayev, who became president in 2019, asked the CSTO for help on 6 January 2022.", "contradicted"),
])
def test_a_date_in_an_aside_is_the_asides_own(checker: Checker, sentence: str, verdict: str) -> None:
    # 2019 is when he became president, not when he asked for help.
    assert checker.claim(sentence).verdict.value == verdict


@pytest.mark.parametrize("sentence", [
    "Zas is the secretary-general of NATO.",
    "Zas is de secretaris-generaal van de NAVO.",
    "Stanislav Zas, secretary-general of NATO, visited Kazakhstan.",
])
def test_an_office_in_another_organisation_is_contradicted(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value == "contradicted"


def test_a_member_named_only_as_where_is_not_the_member(checker: Checker) -> None:
    # Tashkent is where it was founded; the sentence says nothing of Uzbekistan's membership.
    assert checker.claim("The organization was founded on May 15, 1992, in Tashkent (Uzbekistan).").verdict.value \
        != "contradicted"


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Armenia, whose prime minister Nikol Pashinyan chaired the CSTO, sent 100 soldiers.", "contradicted"),
    ("Armenia, whose prime minister Nikol Pashinyan chaired the CSTO, sent 70 soldiers.", "supported"),
])
def test_a_person_named_in_an_aside_leaves_the_main_clause_to_decide(checker: Checker, sentence: str,
                                                                    verdict: str) -> None:
    assert checker.claim(sentence).verdict.value == verdict


@pytest.mark.parametrize("sentence", [
    "Russia sent 2,300 troops to Armenia.",
    "Rusland stuurde 2300 militairen naar Armenië.",
])
def test_troops_sent_to_another_country_are_contradicted(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value == "contradicted"


@pytest.mark.parametrize("sentence", [
    "Ongeveer 10.000 personen werden gearresteerd.",
    "About 10,000 persons were detained.",
])
def test_a_generic_noun_counts_what_the_claim_counts(checker: Checker, sentence: str) -> None:
    # "persons" names no more than what is counted: it stands for the sources' "opponents".
    assert checker.claim(sentence).verdict.value == "contradicted"


@pytest.mark.parametrize("sentence", [
    "Terrorists were involved in the unrest, Tajik President Tokayev said.",
    "De Kazachse premier Tokajev vroeg om hulp.",
    "Armenian President Nikol Pashinyan called for help.",
])
def test_a_wrong_title_in_passing_is_contradicted(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value == "contradicted"


@pytest.mark.parametrize("sentence", [
    "Armenian prime minister Nikol Pashinyan chaired the meeting.",  # he held both offices
    "Voorzitter Nikol Pasjinian opende de top.",
    "Russian Prime Minister Vladimir Putin met Nazarbayev in 2010.",  # the title of that time
    "Former Kazakh president Nazarbayev ruled for 30 years.",
    "President Medvedev refused to send troops to Kyrgyzstan in 2010.",  # Russia's president, not Kyrgyzstan's
    "Belarusian President Alexander Lukashenko warned Uzbekistan.",
])
def test_a_title_the_sources_bear_out_or_cannot_date_is_no_contradiction(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value != "contradicted"


def test_another_body_is_not_the_claims(checker: Checker) -> None:
    # The sources date the crisis centre to October 2016, the rapid reaction force to 2009: the
    # crisis centre's date says nothing of the rapid reaction force.
    rapid = "A decision to create the collective rapid reaction force was taken in Moscow in October 2016."
    assert checker.claim(rapid).verdict.value != "supported"
    assert checker.claim("A decision to create the crisis response centre was taken in October 2016.").verdict.value \
        == "supported"


@pytest.mark.parametrize("sentence", [
    "Uzbek President Shavkat Mirziyoyev did not comment.",
    "De Kazachse president Tokajev bezocht Peking.",
    "The delegation will be led by Secretary-General Zas.",
])
def test_a_right_title_alone_supports_nothing(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value == "unverified"


@pytest.mark.parametrize("sentence", ["Kazakhstan's president is Tokayev.", "Tokayev is the president of Kazakhstan."])
def test_a_sentence_about_the_office_is_checked_on_it(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value == "supported"


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("The CSTO sent 2,000 troops to Kazakhstan.", "contradicted"),  # Russia alone sent about 2,300
    ("De door Rusland geleide troepenmacht telde 2.030 militairen in Kazachstan.", "contradicted"),
    ("The Russia-led alliance sent a force of more than 2,000 soldiers, mostly Russians.", "supported"),
    ("In totaal zijn meer dan tweeduizend soldaten van de CSTO in Kazachstan.", "supported"),
    ("The CSTO sent 3,000 troops to Kazakhstan.", "unverified"),  # the parts set only a floor
    # a round figure for every part the sources give, a reported one too (2,300 + 70 + 150)
    ("Ongeveer 2.500 militairen van de CSTO kwamen naar Kazachstan.", "supported"),
    ("The alliance sent 2,500 troops to Kazakhstan.", "supported"),
    # what else a sentence says is held against the sources too: the day they landed
    ("The 2,500 troops sent by the CSTO landed in Almaty on January 9.", "contradicted"),
    # "thousands" is a floor the parts reach, with a ceiling they stay below
    ("Thousands of troops from the Russian-led alliance arrived in Kazakhstan.", "supported"),
    ("Duizenden militairen van de CSTO kwamen naar Kazachstan.", "supported"),
    ("Tens of thousands of CSTO troops arrived in Kazakhstan.", "unverified"),
])
def test_a_figure_for_the_whole_is_held_against_the_sum_of_its_parts(checker: Checker, sentence: str,
                                                                     verdict: str) -> None:
    assert checker.claim(sentence).verdict.value == verdict


def test_a_country_that_contributed_is_a_part_not_the_whole(checker: Checker) -> None:
    # Belarus's contribution has no figure in the sources: 70 is not a total to check.
    assert checker.claim("Minsk contributed about 70 soldiers to the CSTO force in Kazakhstan.").verdict.value \
        != "contradicted"


@pytest.mark.parametrize("sentence", [
    "The protests ended with dozens of deaths and 10,000 arrests.",
    "The protests ended with 10,000 arrests and dozens of deaths.",
])
def test_the_figure_checked_is_the_one_that_counts_what_the_claim_counts(checker: Checker, sentence: str) -> None:
    # Arrests count people: the arrests' figure is held against the sources' 8,000, not "dozens".
    finding = checker.claim(sentence)
    assert finding.verdict.value == "contradicted" and finding.main.asserted == "10,000"


@pytest.mark.parametrize("sentence", [
    "Belarus was the only CSTO ally besides Russia to send troops to Kazakhstan.",
    "Wit-Rusland was het enige land naast Rusland dat troepen naar Kazachstan stuurde.",
])
def test_the_only_one_besides_another_is_contradicted_by_a_third(checker: Checker, sentence: str) -> None:
    finding = checker.claim(sentence)
    assert finding.verdict.value == "contradicted"
    assert finding.claim is not None and finding.claim.modality is None  # a sender the sources confirm


def test_a_departure_in_dutch_is_leaving(checker: Checker) -> None:
    sentence = "Het vertrek van de CSTO-troepen uit Kazachstan was op 19 januari voltooid."
    assert checker.claim(sentence).verdict.value == "supported"


@pytest.mark.parametrize("sentence", [
    "The CSTO rejected Yerevan's request for military help in January 2022.",
    "De CSTO wees het verzoek van Jerevan om militaire hulp af.",
])
def test_a_city_stands_for_its_country_as_who_acts(checker: Checker, sentence: str) -> None:
    # Armenia's request is not Kazakhstan's: no denial of Tokayev's call for help.
    assert checker.claim(sentence).verdict.value != "contradicted"


def test_a_figure_on_an_event_in_one_part_is_checked_on_the_claim_with_a_figure(checker: Checker) -> None:
    sentence = "Russia is sending 3,000 troops to Kazakhstan as part of the CSTO peacekeeping force, Armenia – 70."
    finding = checker.claim(sentence)
    assert finding.verdict.value == "contradicted"
    assert any(p.claim is not None and p.claim.id == "russia-troops-2300" for p in finding.parts)


@pytest.mark.parametrize("sentence", [
    "Georgia joined the treaty in 1997.",  # the sources say it left that year
    "Georgië sloot zich in 1997 aan bij het verdrag.",
    "They were joined the following year by Azerbaijan, Belarus, and Georgia.",
])
def test_the_opposite_act_is_not_the_claims(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value != "supported"


@pytest.mark.parametrize("sentence", [
    "Belarus withdrew troops to Kazakhstan in January 2022.",  # the sources say it sent them
    "Wit-Rusland trok troepen terug uit Kazachstan.",
    "In practice the CSTO withdrew only observers to Armenia.",
])
def test_another_act_than_every_wording_says_is_not_the_claims(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value != "supported"


@pytest.mark.parametrize("sentence", [
    "Uzbekistan sent troops to Kazakhstan as part of the CSTO force.",  # no membership at some time
    "Azerbaijan sent troops to Kazakhstan as part of the CSTO force.",
])
def test_an_act_is_no_membership(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value != "supported"


@pytest.mark.parametrize("sentence", [
    "Russia sent observers to Kazakhstan.",  # the sources say troops
    "Rusland stuurde waarnemers naar Kazachstan.",
])
def test_another_thing_sent_is_not_the_claims(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value != "supported"


@pytest.mark.parametrize("sentence", [
    "Azerbaijan signed the treaty on September 24, 1993.",  # the sources say when it left, in 1997
    "Azerbeidzjan ondertekende het verdrag op 24 september 1993.",
])
def test_signing_is_not_leaving(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value != "contradicted"


def test_a_dutch_function_word_is_no_english_term(checker: Checker) -> None:
    # "die" is Dutch for "who/that": the protests that broke out killed no one.
    from cstocheck.read import read

    reading = read("De autoriteiten verrichtten 8000 arrestaties na de protesten die uitbraken.", checker.index.aliases)
    assert "t:kill" not in reading.predicate


@pytest.mark.parametrize(("sentence", "claim_id"), [
    # airborne units are paratroopers
    ("Russia's contingent in the CSTO rapid reaction force includes an airborne division and an air assault brigade.",
     "rapid-reaction-force-composition"),
    ("Het Russische contingent van de snelle reactiemacht omvat een luchtlandingsdivisie en een luchtmobiele brigade.",
     "rapid-reaction-force-composition"),
    # a figure borne out in an aside leaves the main assertion to decide
    ("Tokajev had de hulp ingeroepen van de CSTO, die duizenden soldaten stuurde.", "tokayev-request-date"),
    ("Tokayev asked the CSTO for help, which sent thousands of troops.", "tokayev-request-date"),
])
def test_a_sentence_is_borne_out_on_the_claim_it_asserts(checker: Checker, sentence: str, claim_id: str) -> None:
    finding = checker.claim(sentence)
    assert finding.verdict.value == "supported" and finding.claim is not None
    assert finding.claim.id == claim_id


def test_a_crackdown_in_another_country_is_not_the_prague_spring(checker: Checker) -> None:
    sentence = "Some outside observers likened the CSTO intervention to the Warsaw Pact's 1968 crackdown in Poland."
    assert checker.claim(sentence).verdict.value != "supported"
    assert checker.claim(sentence.replace("Poland", "Prague")).verdict.value == "supported"


@pytest.mark.parametrize("sentence", [
    "Nazarbajev liet de nieuwe hoofdstad Noer-Soeltan in het zuiden van het land bouwen.",  # in the north
    "Nazarbayev had a new capital built in the south and named it Nur-Sultan.",
])
def test_the_opposite_point_of_the_compass_is_not_the_claims(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value != "supported"
    assert checker.claim(sentence.replace("zuiden", "noorden").replace("south", "north")).verdict.value == "supported"


@pytest.mark.parametrize("sentence", [
    "Anti-government protests broke out in Kazakhstan.",
    "The troops guarded key facilities during the anti-government demonstrations that broke out in Kazakhstan.",
    "In Kazachstan braken antiregeringsprotesten uit.",
])
def test_anti_government_protests_say_nothing_of_the_government(checker: Checker, sentence: str) -> None:
    # "anti-government" names the protests, not a government that acted (it resigned, say the sources).
    assert all(p.claim is None or p.claim.id != "government-resigned" for p in checker.claim(sentence).parts)


@pytest.mark.parametrize("sentence", [
    "Tokajev kwam in 2019 aan de macht, maar stond lange tijd in de schaduw van zijn voorganger Nazarbajev.",
    "Tokayev came to power in 2019, but long stood in the shadow of his predecessor Nursultan Nazarbayev.",
])
def test_a_person_the_claim_names_beside_its_value_is_not_its_value(checker: Checker, sentence: str) -> None:
    # Tokayev is named in every wording of "Tokayev's predecessor was Nazarbayev": he is not the
    # sentence's answer for who the predecessor was.
    assert checker.claim(sentence).verdict.value != "contradicted"
    assert checker.claim("Tokayev's predecessor was Putin.").verdict.value == "contradicted"


@pytest.mark.parametrize("sentence", [
    "The statement did not specify how many soldiers would be mobilized, though Armenia deployed 70 soldiers.",
    "Het ministerie maakte niet bekend hoeveel militairen er gingen, maar Armenië stuurde 70 militairen.",
])
def test_not_telling_how_many_denies_nothing(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value == "supported"
    assert checker.claim("Armenia did not deploy 70 soldiers.").verdict.value == "contradicted"


def test_what_was_sent_to_a_country_is_not_what_it_sent(checker: Checker) -> None:
    # Kyrgyzstan sent some 150 troops to Kazakhstan; troops not sent to Kyrgyzstan deny none of them.
    sentence = "The CSTO does not plan to send peacekeepers to Kyrgyzstan, its secretary-general said."
    assert all(p.claim is None or p.claim.id != "kyrgyzstan-troops-150" for p in checker.claim(sentence).parts)


@pytest.mark.parametrize("sentence", ["In Almaty alone, 103 people were killed.",
                                      "In de stad Almaty alleen al vielen er 103 doden."])
def test_a_count_in_one_city_is_a_part_of_the_countrys(checker: Checker, sentence: str) -> None:
    assert checker.claim(sentence).verdict.value == "unverified"
    assert checker.claim("103 people were killed in Kazakhstan.").verdict.value == "contradicted"


def test_a_count_claim_is_not_said_without_its_figure_or_what_it_counts(checker: Checker) -> None:
    # "The alliance began with nine states" shares only "began" and the alliance with it.
    finding = checker.claim("CSTO troops began withdrawing on 13 January.")
    assert all(p.claim is None or p.claim.id != "original-member-count" for p in finding.parts)
    assert checker.claim("The CSTO began with nine member states.").verdict.value == "supported"


@pytest.mark.parametrize("sentence", ["The CSTO has sent no troops since its founding in 1999.",
                                      "De CSTO heeft geen troepen gestuurd sinds de oprichting in 1999."])
def test_a_negation_does_not_reach_the_time_it_holds_over(checker: Checker, sentence: str) -> None:
    from cstocheck.read import read

    reading = read(sentence, checker.index.aliases)
    assert reading.negations and "t:troops" in reading.negations[0]
    assert "t:establish" in reading.predicate and "t:establish" not in reading.negations[0]


@pytest.mark.parametrize("sentence", ["The CSTO has not made any joint deployments since its founding in 1999.",
                                      "De CSTO heeft sinds de oprichting in 1999 geen gezamenlijke inzet gedaan."])
def test_a_denial_of_another_act_does_not_deny_the_claim_s(checker: Checker, sentence: str) -> None:
    # "joint" is a word of the founding treaty's claim too; the denial is of the deployments.
    finding = checker.claim(sentence)
    assert finding.verdict.value == "contradicted"
    assert not any(p.negated for p in finding.parts if p.claim is not None and p.claim.id == "treaty-signed-date")


@pytest.mark.parametrize("sentence", ["Uzbekistan will not participate in military-political blocs.",
                                      "Ergashev said Uzbekistan will not take part in military blocs or alliances."])
def test_a_denial_in_other_words_meets_the_claim_s_own(checker: Checker, sentence: str) -> None:
    # The claim denies joining; "participate" is another act's word, and the denial still meets it.
    assert checker.claim(sentence).verdict.value == "supported"


def test_a_leader_holds_office_in_the_country_joined_to_the_office(checker: Checker) -> None:
    # Pashinyan's claim as the CSTO's chairman names Kazakhstan too; he holds no Kazakh office.
    assert checker.index.led_by(frozenset({"pashinyan"})) == frozenset({"armenia"})
    assert checker.index.led_by(frozenset({"medvedev"})) == frozenset({"russia"})


@pytest.mark.parametrize("sentence", ["Pashinyan sent 100 troops to Kazakhstan.",
                                      "Pasjinjan stuurde 100 militairen naar Kazachstan."])
def test_a_leader_acting_is_held_against_his_own_country_s_figure(checker: Checker, sentence: str) -> None:
    finding = checker.claim(sentence)
    assert finding.verdict.value == "contradicted"
    assert {p.claim.id for p in finding.parts if p.claim is not None} == {"armenia-troops-70"}


def test_titles_in_a_list_of_leaders_go_each_to_its_own_name(checker: Checker) -> None:
    sentence = ("Russian President Vladimir Putin, Armenian Prime Minister Nikol Pashinyan, Belarusian President "
                "Alexander Lukashenko and Kazakh President Kassym-Jomart Tokayev attended the meeting.")
    assert checker.claim(sentence).verdict.value != "contradicted"


def test_a_possessive_is_no_word_of_a_negation_s_reach(checker: Checker) -> None:
    from cstocheck.read import read

    reading = read("The alliance refused to come to their country's aid in 2021.", checker.index.aliases)
    assert reading.negations and "t:help" in reading.negations[0]
    assert checker.claim("Many Armenians remain angry that the alliance refused to come to their country's aid "
                         "when Azerbaijani troops crossed onto Armenian soil in 2021.").verdict.value == "supported"


@pytest.mark.parametrize("sentence", [
    "Tijdens de top weigerde voorzitter Pasjinjan, de Armeense premier, zijn handtekening te zetten onder de slotverklaring.",
    "At the summit Pashinyan, the Armenian prime minister, did not sign the final declaration.",
])
def test_a_negation_reaches_past_an_aside(checker: Checker, sentence: str) -> None:
    reading = read(sentence, checker.index.aliases)
    assert reading.negations and "t:sign" in reading.negations[0]
    assert "t:premier" in reading.predicate and "t:premier" not in reading.negations[0]  # the aside is not denied


@pytest.mark.parametrize("sentence, places", [
    ("De in Kirgizië bekende jazzpianist werd in Kazachstan vastgezet.", {"kazakhstan"}),  # known there, held here
    ("Het in Tasjkent ondertekende verdrag trad in 1994 in werking.", set()),
    ("The pianist was detained in Kazakhstan.", {"kazakhstan"}),
])
def test_a_place_that_describes_a_noun_is_not_where(checker: Checker, sentence: str, places: set[str]) -> None:
    from cstocheck.read import where

    assert where(read(sentence, checker.index.aliases)) == places


@pytest.mark.parametrize("sentence", ["The CSTO deployed forces in the form of peacekeepers.",
                                      "De CSTO zette troepen in in de vorm van vredestroepen."])
def test_in_the_form_of_founds_nothing(checker: Checker, sentence: str) -> None:
    assert "t:establish" not in read(sentence, checker.index.aliases).predicate
    assert "t:establish" in read("The CSTO was formed in 2002.", checker.index.aliases).predicate


def test_soldiers_killed_elsewhere_are_no_count_of_soldiers_sent(checker: Checker) -> None:
    sentence = "Fighting broke out between Armenia and Azerbaijan, and both sides said more than 200 soldiers were killed."
    assert checker.claim(sentence).verdict.value != "contradicted"


def test_a_title_before_a_given_name_the_base_does_not_know_is_still_a_title(checker: Checker) -> None:
    # "Stansilav" (sic) stands between the office and the surname: the office is said in passing.
    sentence = "Tokayev met with CSTO Secretary-General Stansilav Zas, who travelled to Kazakhstan to assess the situation."
    assert checker.claim(sentence).verdict.value != "supported"


@pytest.mark.parametrize("sentence", [
    "The CSTO was established in 2002 on the basis of the Collective Security Treaty of May 15, 1992.",
    # the date of the aside that says the claim ("signed") is the claim's, not the main clause's
    "The CSTO was founded on May 14, 2002, evolving from the Collective Security Treaty, which was signed on May 15, 1992.",
])
def test_a_second_date_of_what_the_sentence_dated_already_dates_something_else(checker: Checker, sentence: str) -> None:
    # The treaty's day is borne out; 2002 is not its year but the organisation's, which the sources do not date.
    assert checker.claim(sentence).verdict.value == "supported"
    assert checker.claim(sentence.replace("May 15, 1992", "May 15, 1993")).verdict.value == "contradicted"


def test_a_name_spelled_out_before_an_acronym_says_nothing_of_its_own(checker: Checker) -> None:
    from cstocheck.read import read

    reading = read("Troops of the Collective Security Treaty Agreement (CSTO) arrived.", checker.index.aliases)
    assert "t:agreement" not in reading.predicate and "t:treaty" not in reading.predicate
    assert "t:arrive" in reading.predicate
    # lower-case words before a name in parentheses are words of the sentence
    assert "t:treaty" in read("The treaty (CSTO) was signed.", checker.index.aliases).predicate


def test_an_event_that_gives_a_span_is_not_borne_out_beside_another_span(checker: Checker) -> None:
    # "within a day" is not "three days after": the delay contradicts, and the arrival is no longer
    # shown as borne out beside it.
    finding = checker.claim("Russian soldiers only crossed into Kazakhstan three days after Tokayev's appeal.")
    assert finding.verdict.value == "contradicted"
    assert all(p.verdict.value != "supported" for p in finding.parts)
