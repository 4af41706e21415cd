"""Each comparison rule on its own, on a base written here: one test a rule, named after it."""
from __future__ import annotations

import sys
from dataclasses import replace

import pytest

from cstocheck import rules
from cstocheck.checker import Checker
from cstocheck.compare import Judged, read_said
from cstocheck.finding import Part, Verdict
from cstocheck.model import Stance
from cstocheck.read import read
from cstocheck.retrieve import candidates
from small_base import Fact, small_base

FACTS = (
    Fact("armenia-troops", "Armenia sent 70 troops to Kazakhstan.", "count", "70",
         quotes=("Armenia sent some 70 soldiers to Kazakhstan.",)),
    Fact("tokayev-request", "Tokayev asked the CSTO for help on 5 January 2022.", "date", "2022-01-05",
         quotes=("On 5 January 2022 Tokayev asked the CSTO for help.",)),
    Fact("request-article", "Tokayev asked the CSTO for help under Article 4.", quotes=(
        "Tokayev invoked Article 4 when he asked the CSTO for help.",)),
    Fact("kyrgyz-request", "Kyrgyzstan asked the CSTO for help in 2010.", "year", "2010",
         quotes=("In 2010 Kyrgyzstan asked the CSTO for help.",)),
    Fact("uzbekistan-left-1999", "Uzbekistan left the CSTO in 1999.", "year", "1999",
         quotes=("Uzbekistan left the treaty in 1999.",)),
    Fact("uzbekistan-left-2012", "Uzbekistan left the CSTO again in 2012.", "year", "2012",
         quotes=("Uzbekistan left the CSTO again in 2012.",)),
    Fact("kazakhstan-president", "Tokayev is the president of Kazakhstan.", "person", "tokayev",
         quotes=("Kazakhstan's president Tokayev spoke.",)),
    Fact("kazakhstan-president-2010", "In 2010 Nazarbayev was the president of Kazakhstan.", "person", "nazarbayev",
         quotes=("In 2010 the president of Kazakhstan, Nazarbayev, spoke.",)),
    Fact("exercise-in-armenia", "The CSTO held an exercise in Armenia.", "place", "armenia",
         quotes=("The CSTO exercise was held in Armenia.",)),
    Fact("kyrgyz-guard", "Kyrgyz troops guarded a power station in Kazakhstan.",
         quotes=("Kyrgyz soldiers guarded a power station in Kazakhstan.",)),
    Fact("members", "The members of the CSTO are Armenia, Kazakhstan, Kyrgyzstan and Russia.",
         quotes=("The CSTO's members are Armenia, Kazakhstan, Kyrgyzstan and Russia.",)),
    Fact("troops-sent-to-kazakhstan", "Russia sent troops to Kazakhstan in January 2022.",
         quotes=("In January 2022 Russia sent troops to Kazakhstan.",)),
)


def _rule(name: str) -> rules.Rule:
    return next(r for r in rules.RULES if r.name == name)


@pytest.fixture(scope="module")
def checker() -> Checker:
    return small_base(*FACTS)


def judged(checker: Checker, text: str, claim_id: str) -> Judged:
    """The sentence held against one claim, as the judge stage holds it."""
    index = checker.index
    reading = read(text, index.aliases)
    found = candidates(text, reading, index)
    top = next(m for m in found.ranked if m.claim.id == claim_id)
    whens = list(reading.whens)
    said = read_said(text, reading, top.claim, whens, index)
    return Judged(text, reading, index, top, found.matches, whens, index.entry_of(claim_id), said)


def found_by(checker: Checker, name: str, text: str, claim_id: str) -> rules.Found | None:
    """What a rule of the unchecked or mismatch stage finds in a sentence held against a claim."""
    found: rules.Found | None = _rule(name).check(judged(checker, text, claim_id))
    return found


def reconsidered(checker: Checker, rule: rules.Rule, text: str) -> Part | None:
    """What a reconsidering rule makes of the sentence's best match, judged as the judge stage does."""
    from cstocheck.judge import judge_match

    index = checker.index
    reading = read(text, index.aliases)
    found = candidates(text, reading, index)

    def against(match: object) -> Part:
        return judge_match(text, reading, index, match, found.matches)  # type: ignore[arg-type]

    return rule.check(found, against(found.matches[0]), index, against)


# --- unchecked --------------------------------------------------------------------------------


def test_figure_unread(checker: Checker) -> None:
    found = found_by(checker, "figure-unread", "Armenia sent 5,000/6,000 troops to Kazakhstan.", "armenia-troops")
    assert found is not None and found.words == "5,000" and found.stance is None
    # a figure in thousands after a label's word is read, not left as the label's number
    assert found_by(checker, "figure-unread", "Armenia numbers 5,000 troops in Kazakhstan.", "armenia-troops") is None
    assert found_by(checker, "figure-unread", "Armenia sent 70 troops under Article 4.", "armenia-troops") is None
    # an age is left out on purpose: "the 68-year-old", "de 68-jarige"
    assert found_by(checker, "figure-unread", "The 68-year-old Armenian sent 70 troops to Kazakhstan.",
                    "armenia-troops") is None


def test_figure_without_one(checker: Checker) -> None:
    j = judged(checker, "Tokayev asked the CSTO for 3,000 troops on 5 January 2022.", "tokayev-request")
    found = _rule("figure-without-one").check(j)
    assert found is not None and found.words == "3,000"
    assert found_by(checker, "figure-without-one", "Tokayev asked the CSTO for help on 5 January 2022.",
                    "tokayev-request") is None


def test_figure_of_another_thing(checker: Checker) -> None:
    # Five counts members, a term of the base: no count of the troops the claim counts.
    found = found_by(checker, "figure-of-another-thing", "Armenia sent troops to 5 member states.", "armenia-troops")
    assert found is not None and found.words == "5"
    assert found_by(checker, "figure-of-another-thing", "Armenia sent 70 troops to Kazakhstan.",
                    "armenia-troops") is None


def test_part_of_the_count() -> None:
    from conftest import REPO

    shipped = Checker.open(REPO, use_cache=False)
    # Protesters are a part of the people the claim counts: their count is neither borne out nor denied.
    found = found_by(shipped, "part-of-the-count", "26 protesters were killed in Kazakhstan.", "deaths-at-least-164")
    assert found is not None and found.words == "26"
    for compared, claim in (("26 people were killed in Kazakhstan.", "deaths-at-least-164"),  # the whole kind
                            ("1,640 protesters were killed in Kazakhstan.", "deaths-at-least-164"),  # more than all
                            ("8,000 protesters were arrested in Kazakhstan.", "arrests-about-8000")):  # its own word
        assert found_by(shipped, "part-of-the-count", compared, claim) is None


def test_preference_reversed() -> None:
    from conftest import REPO

    shipped = Checker.open(REPO, use_cache=False)
    claim = "kydykbayev-humanitarian-aid"  # he would rather have sent humanitarian aid than troops
    for reversed_ in ("Kydykbayev wanted Kyrgyzstan to send troops rather than humanitarian aid.",
                      "In plaats van humanitaire hulp wilde Kydykbajev troepen sturen."):
        found = found_by(shipped, "preference-reversed", reversed_, claim)
        assert found is not None and found.stance is Stance.CONTRADICTS
    for same in ("Kydykbayev wanted Kyrgyzstan to send humanitarian aid rather than troops.",
                 "Instead of troops, Kydykbayev wanted humanitarian aid sent.",
                 "Kydykbayev wanted Kyrgyzstan to send humanitarian aid."):  # nothing set aside
        assert found_by(shipped, "preference-reversed", same, claim) is None


def test_after_the_sources(checker: Checker) -> None:
    found = found_by(checker, "after-the-sources", "Russia sent troops to Kazakhstan in March 2024.",
                     "troops-sent-to-kazakhstan")
    assert found is not None and found.words == "March 2024"
    assert found_by(checker, "after-the-sources", "Russia sent troops to Kazakhstan in January 2022.",
                    "troops-sent-to-kazakhstan") is None


def test_no_one_named(checker: Checker) -> None:
    found = found_by(checker, "no-one-named", "The president of Kazakhstan is a lawyer.", "kazakhstan-president")
    assert found is not None and found.words == "" and found.elsewhere  # a detail beside the rest
    unknown_elsewhere = found_by(checker, "no-one-named", "Sadyr Japarov is the president of Kazakhstan.",
                                 "kazakhstan-president")
    assert unknown_elsewhere is not None and not unknown_elsewhere.elsewhere  # a name the sources never give: unchecked
    unknown = found_by(checker, "no-one-named", "Sadyr Japarov is the president of Kazakhstan.", "kazakhstan-president")
    assert unknown is not None and unknown.words == "Sadyr Japarov"
    assert found_by(checker, "no-one-named", "Tokayev is the president of Kazakhstan.", "kazakhstan-president") is None
    # The sources say Tokayev asked: a denial that names no one denies nothing of him.
    found = found_by(checker, "no-one-named", "The participants did not ask the CSTO for help on 5 January 2022.",
                     "tokayev-request")
    assert found is not None and found.elsewhere and "tokayev" in found.explanation
    assert found_by(checker, "no-one-named", "Tokayev did not ask the CSTO for help on 5 January 2022.",
                    "tokayev-request") is None


def test_titled_elsewhere() -> None:
    presidents = small_base(
        Fact("kyrgyz-president", "Bakiyev was the president of Kyrgyzstan in 2010.", "person", "bakiyev",
             quotes=("In 2010 the president of Kyrgyzstan, Bakiyev, asked for help.",)),
        Fact("russian-president", "Medvedev was the president of Russia in 2010.", "person", "medvedev",
             quotes=("In 2010 Russia's president Medvedev refused.",)))
    found = found_by(presidents, "titled-elsewhere", "President Medvedev refused to send troops to Kyrgyzstan in 2010.",
                     "kyrgyz-president")
    assert found is not None and found.words == "Medvedev" and found.elsewhere and found.stance is None
    # The office of the claim's own country: a sentence that says who holds it.
    assert found_by(presidents, "titled-elsewhere", "Kyrgyz President Medvedev asked for help in 2010.",
                    "kyrgyz-president") is None


def test_identified_by_its_figure() -> None:
    senders = small_base(Fact("elite-troops-sender", "The 150 elite troops were sent by Kyrgyzstan.", "place",
                              "kyrgyzstan", quotes=("Kyrgyzstan sent the 150 elite troops.",)))
    found = found_by(senders, "identified-by-its-figure", "Troops from Russia were sent.", "elite-troops-sender")
    assert found is not None and found.elsewhere and found.stance is None
    assert found_by(senders, "identified-by-its-figure", "The 150 elite troops were sent by Russia.",
                    "elite-troops-sender") is None


def test_left_the_office(checker: Checker) -> None:
    found = found_by(checker, "left-the-office", "Tokayev stepped down as president of Kazakhstan.",
                     "kazakhstan-president")
    assert found is not None and found.words == "stepped down" and found.stance is None
    assert found_by(checker, "left-the-office", "Tokayev is the president of Kazakhstan.", "kazakhstan-president") is None


def test_foreseen(checker: Checker) -> None:
    found = found_by(checker, "foreseen", "An analyst predicted that Uzbekistan would soon leave the CSTO again.",
                     "uzbekistan-left-2012")
    assert found is not None and found.words == "would" and found.elsewhere
    # a report of its time, not a forecast; and a sentence that gives the time is checked on it
    assert found_by(checker, "foreseen", "An analyst said that Uzbekistan would leave the CSTO again.",
                    "uzbekistan-left-2012") is None
    assert found_by(checker, "foreseen", "An analyst predicted that Uzbekistan would leave the CSTO again in 2012.",
                    "uzbekistan-left-2012") is None


def test_one_more_named() -> None:
    asked = small_base(Fact("bakiyev-asked", "Bakiyev asked Medvedev for help.",
                            quotes=("Bakiyev asked Medvedev and Nazarbayev for help.",)))
    found = found_by(asked, "one-more-named", "Bakiyev asked Medvedev and Tokayev for help.", "bakiyev-asked")
    assert found is not None and found.words == "Tokayev" and found.stance is None
    found = found_by(asked, "one-more-named", "Bakiyev asked Medvedev and Erdogan for help.", "bakiyev-asked")
    assert found is not None and found.words == "Erdogan"  # a name the table does not know
    # whom the quoted passage names too, and an "and" that joins no name, leave it checked
    assert found_by(asked, "one-more-named", "Bakiyev asked Medvedev and Nazarbayev for help.", "bakiyev-asked") is None
    assert found_by(asked, "one-more-named", "Bakiyev asked Medvedev and waited for help.", "bakiyev-asked") is None


def test_held_before(checker: Checker) -> None:
    found = found_by(checker, "held-before", "Former president Nazarbayev spoke.", "kazakhstan-president")
    assert found is not None and found.words == "Former president Nazarbayev" and found.elsewhere
    assert found_by(checker, "held-before", "The then president, Nazarbayev, spoke.", "kazakhstan-president")
    assert found_by(checker, "held-before", "President Nazarbayev spoke.", "kazakhstan-president") is None
    assert found_by(checker, "held-before", "Former president Nazarbayev spoke in 2010.",
                    "kazakhstan-president-2010") is None  # a claim of its own time


def test_member_as_place() -> None:
    members = small_base(Fact("uzbekistan-joined", "Uzbekistan joined the CSTO in 2006.", "year", "2006",
                              quotes=("In 2006 Uzbekistan joined the CSTO.",)),
                         Fact("treaty-signed", "The treaty was signed in 1992.", "year", "1992",
                              quotes=("The treaty was signed in 1992.",)))
    found = found_by(members, "member-as-place", "The CSTO was joined in Uzbekistan in 2006.", "uzbekistan-joined")
    assert found is not None and found.words == "Uzbekistan" and found.elsewhere
    assert found_by(members, "member-as-place", "Uzbekistan joined the CSTO in 2006.", "uzbekistan-joined") is None


def test_denied_of_another(checker: Checker) -> None:
    # Russia sent troops; that Uzbekistan did not denies nothing the claim says.
    found = found_by(checker, "denied-of-another", "Tokayev said that Uzbekistan did not send troops to Kazakhstan.",
                     "troops-sent-to-kazakhstan")
    assert found is not None and found.words == "Uzbekistan" and found.elsewhere
    assert found_by(checker, "denied-of-another", "Russia did not send troops to Kazakhstan in January 2022.",
                    "troops-sent-to-kazakhstan") is None
    assert checker.claim("Russia did not send troops to Kazakhstan in January 2022.").verdict is Verdict.CONTRADICTED


def test_another_actor(checker: Checker) -> None:
    # Every wording names Armenia; a parliament in its place is someone the sources never name.
    found = found_by(checker, "another-actor", "The parliament sent 70 troops to Kazakhstan.", "armenia-troops")
    assert found is not None and found.words == "parliament" and found.elsewhere and found.stance is None
    assert found_by(checker, "another-actor", "Het parlement stuurde 70 militairen naar Kazachstan.",
                    "armenia-troops") is not None
    # A name no claim knows, as the subject; not a name in passing.
    found = found_by(checker, "another-actor", "Mongolia sent 70 troops to Kazakhstan.", "armenia-troops")
    assert found is not None and found.words == "Mongolia"
    assert found_by(checker, "another-actor", "As the Dutch press reported, Armenia sent 70 troops to Kazakhstan.",
                    "armenia-troops") is None
    # A word that opens the sentence is no subject; nor is one who only reports it.
    for text in ("Nonetheless, 70 troops were sent to Kazakhstan.", "Nonetheless in January 70 troops were sent.",
                 "Stoltenberg said that 70 troops were sent to Kazakhstan."):
        assert found_by(checker, "another-actor", text, "armenia-troops") is None
    # The claim's own actor named, no actor at all, or one who only reports it: nothing found.
    for text in ("Armenia's parliament sent 70 troops to Kazakhstan.", "70 troops were sent to Kazakhstan.",
                 "According to the police, Armenia sent 70 troops to Kazakhstan."):
        assert found_by(checker, "another-actor", text, "armenia-troops") is None


def test_occasion_unnamed() -> None:
    occasion = small_base(
        Fact("kyrgyz-no-response", "The CSTO did not respond to Kyrgyzstan's request for help in 2010.",
             quotes=("In 2010 the CSTO did not respond to Kyrgyzstan's request for help.",)))
    # It responded, to a request it does not name: another occasion, perhaps.
    found = found_by(occasion, "occasion-unnamed", "The CSTO responded to the request for help.", "kyrgyz-no-response")
    assert found is not None and found.elsewhere
    # Named, or dated, it is the claim's occasion; and a denial denies every occasion.
    for text in ("The CSTO responded to Kyrgyzstan's request for help.", "In 2010 the CSTO responded to the request for help."):
        assert found_by(occasion, "occasion-unnamed", text, "kyrgyz-no-response") is None
        assert occasion.claim(text).verdict is Verdict.CONTRADICTED


def test_count_unnamed(checker: Checker) -> None:
    # Neither the figure nor Armenia: the count of Armenia's troops is not what the sentence says.
    found = found_by(checker, "count-unnamed", "Kazakhstan paid for the troops sent to Kazakhstan.", "armenia-troops")
    assert found is not None and not found.elsewhere
    assert found_by(checker, "count-unnamed", "Armenia sent troops to Kazakhstan.", "armenia-troops") is None
    assert found_by(checker, "count-unnamed", "Some 70 troops were sent to Kazakhstan.", "armenia-troops") is None
    # Armenia only as where: not who sent the troops the claim counts
    assert found_by(checker, "count-unnamed", "Troops were sent to a camp in Armenia.", "armenia-troops") is not None
    # A count of countries names one of those it counts: the others' sending is what it says.
    senders = small_base(Fact("senders", "Russia and four other members sent troops to Kazakhstan.", "count", "5",
                              quotes=("Russia and four other members sent troops to Kazakhstan.",)))
    assert found_by(senders, "count-unnamed", "The other members sent troops to Kazakhstan too.", "senders") is None
    # A count of members is its figure: a sentence that gives none is not checked by it.
    members = small_base(Fact("member-count", "The CSTO has six member states.", "count", "6",
                              quotes=("The CSTO has six member states.",)))
    found = found_by(members, "count-unnamed", "It is a member state of the CSTO.", "member-count")
    assert found is not None and "member-count" in found.explanation
    assert found_by(members, "count-unnamed", "The CSTO has six member states.", "member-count") is None


def test_another_phase() -> None:
    ended = small_base(
        Fact("withdrawal-date", "The last CSTO troops left Kazakhstan on 19 January 2022.", "date", "2022-01-19",
             quotes=("On 19 January 2022 the last CSTO troops left Kazakhstan.",)))
    found = found_by(ended, "another-phase", "The CSTO began withdrawing its troops from Kazakhstan on 13 January 2022.",
                     "withdrawal-date")
    assert found is not None and found.elsewhere
    assert found_by(ended, "another-phase", "The last CSTO troops left Kazakhstan on 13 January 2022.",
                    "withdrawal-date") is None
    assert ended.claim("The last CSTO troops left Kazakhstan on 13 January 2022.").verdict is Verdict.CONTRADICTED
    # Start and end both said: the date goes with the one it stands by.
    both = "The withdrawal of CSTO troops from Kazakhstan began on 13 January 2022 and was completed last week."
    found = found_by(ended, "another-phase", both, "withdrawal-date")
    assert found is not None and found.elsewhere
    assert found_by(ended, "another-phase", "The withdrawal began last week and the last CSTO troops left "
                    "Kazakhstan on 13 January 2022.", "withdrawal-date") is None
    # "begin februari" is a part of the month, not a start of the leaving.
    assert found_by(ended, "another-phase", "De laatste CSTO-troepen verlieten Kazachstan begin februari 2022.",
                    "withdrawal-date") is None


# --- mismatch ---------------------------------------------------------------------------------


def test_another_article(checker: Checker) -> None:
    found = found_by(checker, "another-article", "Tokayev asked the CSTO for help under Article 5.", "request-article")
    assert found == rules.Found("Article 5", "Article 4", Stance.CONTRADICTS)
    assert found_by(checker, "another-article", "Tokayev asked the CSTO for help under Article 4.",
                    "request-article") is None


def test_another_place(checker: Checker) -> None:
    # The roles reversed: the claim's guards are Kyrgyz and the place is Kazakhstan.
    found = found_by(checker, "another-place", "Kazakh troops guarded a power station in Kyrgyzstan.", "kyrgyz-guard")
    assert found == rules.Found("in kyrgyzstan", "in kazakhstan", Stance.CONTRADICTS)
    assert found_by(checker, "another-place", "Kyrgyz troops guarded a power station in Kazakhstan.",
                    "kyrgyz-guard") is None
    # A claim whose value is the place: that is the value's to check, not this rule's.
    assert found_by(checker, "another-place", "The CSTO held an exercise in Kyrgyzstan.", "exercise-in-armenia") is None
    # A place in another clause than the one that says the claim's words is that clause's.
    assert found_by(checker, "another-place", "At a summit in Kyrgyzstan, Tokayev, whose Kazakh troops guarded a power "
                    "station, spoke.", "kyrgyz-guard") is None


def test_another_country(checker: Checker) -> None:
    found = found_by(checker, "another-country", "Tokayev asked the CSTO for help from Armenia under Article 4.",
                     "request-article")
    assert found is None  # every wording of the claim names no country the sentence leaves out
    moved = found_by(checker, "another-country", "Russia sent troops from Armenia in January 2022.",
                     "troops-sent-to-kazakhstan")
    assert moved == rules.Found("armenia", "kazakhstan", Stance.CONTRADICTS)
    # Whither, too: troops sent to another country than the sources say.
    sent = found_by(checker, "another-country", "Russia sent troops to Armenia in January 2022.",
                    "troops-sent-to-kazakhstan")
    assert sent == rules.Found("armenia", "kazakhstan", Stance.CONTRADICTS)
    assert found_by(checker, "another-country", "Russia sent troops to Kazakhstan in January 2022.",
                    "troops-sent-to-kazakhstan") is None
    # A place in another clause than the one that says the claim is that clause's.
    elsewhere = "After Tokayev asked the CSTO for help on 5 January, the first troops landed in Kazakhstan."
    assert found_by(checker, "another-country", elsewhere, "kyrgyz-request") is None
    assert found_by(checker, "another-country", "Tokayev asked the CSTO in Kazakhstan for help.",
                    "kyrgyz-request") == rules.Found("kazakhstan", "kyrgyzstan", Stance.CONTRADICTS)


def test_roles_reversed(checker: Checker) -> None:
    # The sources: Armenia sent its troops to Kazakhstan.
    found = found_by(checker, "roles-reversed", "Kazakhstan sent 70 troops to Armenia.", "armenia-troops")
    assert found is not None and found.words == "Armenia" and found.stance is Stance.CONTRADICTS
    assert found_by(checker, "roles-reversed", "Armenia sent 70 troops to Kazakhstan.", "armenia-troops") is None


def test_sender_as_destination(checker: Checker) -> None:
    # The sources: Armenia sent its troops to Kazakhstan. Troops sent to Armenia are something else.
    found = found_by(checker, "sender-as-destination", "Russia did not send troops to Armenia.", "armenia-troops")
    assert found is not None and found.words == "Armenia" and found.elsewhere and found.stance is None
    assert found_by(checker, "sender-as-destination", "Armenia sent 70 troops to Kazakhstan.", "armenia-troops") is None
    # Both roles swapped is a contradiction, roles-reversed's.
    assert found_by(checker, "sender-as-destination", "Kazakhstan sent 70 troops to Armenia.", "armenia-troops") is None


def test_denied_to_come(checker: Checker) -> None:
    # The sources: Uzbekistan left in 1999. A denial of what will be does not deny it.
    found = found_by(checker, "denied-to-come", "Uzbekistan will not leave the CSTO.", "uzbekistan-left-1999")
    assert found is not None and found.elsewhere
    assert found_by(checker, "denied-to-come", "Uzbekistan did not leave the CSTO in 1999.", "uzbekistan-left-1999") is None
    # an undated point too: the troops were sent; that Russia will not send any denies nothing of it
    assert found_by(checker, "denied-to-come", "Russia will not send troops to Kazakhstan.", "troops-sent-to-kazakhstan") is not None


def test_season_unread(checker: Checker) -> None:
    # The sources date the troops' going to January 2022: a season alone checks nothing of it.
    found = found_by(checker, "season-unread", "Last spring Russia sent troops to Kazakhstan.", "troops-sent-to-kazakhstan")
    assert found is not None and found.words == "spring" and found.stance is None
    assert found_by(checker, "season-unread", "In the spring of 2022 Russia sent troops to Kazakhstan.",
                    "troops-sent-to-kazakhstan") is None


def test_hypothetical(checker: Checker) -> None:
    # What could be, or would have been if …, is no report of what was.
    found = found_by(checker, "hypothetical", "Russia could send troops to Kazakhstan.", "troops-sent-to-kazakhstan")
    assert found is not None and found.words == "could" and found.elsewhere
    found = found_by(checker, "hypothetical", "If Russia had sent troops to Kazakhstan, the unrest would have ended.",
                     "troops-sent-to-kazakhstan")
    assert found is not None and found.words == "If"
    assert found_by(checker, "hypothetical", "Russia sent troops to Kazakhstan in January 2022.",
                    "troops-sent-to-kazakhstan") is None


def test_date_of_a_plan(checker: Checker) -> None:
    # The year of a plan is not the year of what was planned.
    found = found_by(checker, "date-of-a-plan", "In 2002 Uzbekistan announced that it planned to leave the CSTO.",
                     "uzbekistan-left-1999")
    assert found is not None and found.words == "planned" and found.elsewhere
    assert found_by(checker, "date-of-a-plan", "In 2002 Uzbekistan wanted to leave the CSTO.", "uzbekistan-left-1999") is not None
    assert found_by(checker, "date-of-a-plan", "Uzbekistan left the CSTO in 2002.", "uzbekistan-left-1999") is None


def test_time_from_elsewhere() -> None:
    # The sources date the troops' leaving; "two weeks later" counts from a moment they do not date.
    base = small_base(Fact("troops-left", "The last CSTO troops left Kazakhstan on 19 January 2022.", "date",
                           "2022-01-19", quotes=("The last CSTO troops left Kazakhstan on 19 January 2022.",)))
    found = found_by(base, "time-from-elsewhere", "Two weeks later, the last CSTO troops left Kazakhstan.", "troops-left")
    assert found is not None and found.words == "Two weeks" and found.stance is None and not found.elsewhere
    assert found_by(base, "time-from-elsewhere", "The last CSTO troops left Kazakhstan on 19 January 2022.",
                    "troops-left") is None


def test_another_time(checker: Checker) -> None:
    found = found_by(checker, "another-time", "Russia sent troops to Kazakhstan in January 2020.",
                     "troops-sent-to-kazakhstan")
    assert found == rules.Found("January 2020", "2022", Stance.CONTRADICTS)
    assert found_by(checker, "another-time", "Russia sent troops to Kazakhstan in 2022.",
                    "troops-sent-to-kazakhstan") is None


_DELAY = Fact("crossed-day-after", "Russia sent troops across the border 1 day after Tokayev asked for help.",
              "count", "1", quotes=("One day after Tokayev asked for help, Russia sent troops across the border.",))


def test_order_reversed() -> None:
    delay = small_base(_DELAY)
    found = found_by(delay, "order-reversed", "Russia sent troops across the border before Tokayev asked for help.",
                     "crossed-day-after")
    assert found == rules.Found("before", "after, not before", Stance.CONTRADICTS)
    assert found_by(delay, "order-reversed", "Russia sent troops across the border a day after Tokayev asked for help.",
                    "crossed-day-after") is None


def test_span_of_another_act() -> None:
    # One wording says no act ("crossed into"), so retrieval lets a sentence of another act through.
    delay = small_base(replace(_DELAY, paraphrases=(
        "Russian troops crossed into Kazakhstan one day after Tokayev asked for help.",)))
    found = found_by(delay, "span-of-another-act", "Russia withdrew its troops two days after Tokayev asked for help.",
                     "crossed-day-after")
    assert found is not None and found.elsewhere and found.stance is None
    assert found_by(delay, "span-of-another-act", "Russia sent troops across the border two days after Tokayev asked "
                                                  "for help.", "crossed-day-after") is None
    # A sentence that says no act of its own ("crossed into") is the claim's to check.
    assert found_by(delay, "span-of-another-act", "Russian troops crossed into Kazakhstan two days after Tokayev asked "
                                                  "for help.", "crossed-day-after") is None


def test_the_opposite_act() -> None:
    joined = small_base(Fact("joined-nato", "After leaving the CSTO, Uzbekistan joined NATO.",
                             quotes=("After leaving the CSTO, Uzbekistan joined NATO.",),
                             paraphrases=("Uzbekistan joined NATO.", "Uzbekistan joined NATO after it left the CSTO.")))
    found = found_by(joined, "the-opposite-act", "Uzbekistan left NATO.", "joined-nato")
    assert found is not None and found.elsewhere and found.stance is None
    # The leaving of the claim's leading clause sets its time: joining is its act, and a
    # sentence that says it too is the claim's to check.
    assert found_by(joined, "the-opposite-act", "Uzbekistan joined NATO.", "joined-nato") is None
    assert found_by(joined, "the-opposite-act", "Uzbekistan left NATO after it joined the CSTO.", "joined-nato") is None


def test_another_body_joined() -> None:
    left = small_base(Fact("left-csto", "Uzbekistan left the CSTO in 1999.", "year", "1999",
                           quotes=("Uzbekistan left the CSTO in 1999.",)))
    found = found_by(left, "another-body-joined", "Uzbekistan left NATO in 2012.", "left-csto")
    assert found == rules.Found("NATO", "the sources on left-csto speak of csto", elsewhere=True)
    assert found_by(left, "another-body-joined", "Oezbekistan trok zich terug uit de NAVO in 2012.", "left-csto") \
        is not None
    assert found_by(left, "another-body-joined", "Uzbekistan left the CSTO in 2012.", "left-csto") is None


def test_another_in_the_list(checker: Checker) -> None:
    added = "The members of the CSTO are Russia, Armenia, Kazakhstan, Kyrgyzstan and Uzbekistan."
    found = found_by(checker, "another-in-the-list", added, "members")
    assert found == rules.Found("uzbekistan", "armenia, kazakhstan, kyrgyzstan, russia", Stance.CONTRADICTS)
    assert checker.claim(added).verdict is Verdict.CONTRADICTED
    assert found_by(checker, "another-in-the-list", "The members of the CSTO are Russia, Armenia, Kazakhstan "
                                                     "and Kyrgyzstan.", "members") is None
    # Only a country in the list counts: one named elsewhere in the sentence is not said to be a member.
    assert found_by(checker, "another-in-the-list", "The members of the CSTO are Armenia, Kazakhstan, Kyrgyzstan "
                                                     "and Russia, Uzbekistan said.", "members") is None
    # A name the base does not know, listed with the known ones, is one more country.
    found = found_by(checker, "another-in-the-list", "The members of the CSTO are Russia, Armenia, Mongolia, "
                                                     "Kazakhstan and Kyrgyzstan.", "members")
    assert found is not None and found.words == "Mongolia"


def test_another_organisation() -> None:
    office = small_base(Fact("csto-chief", "Zas is the secretary-general of the CSTO.", "person", "zas",
                             quotes=("CSTO secretary-general Zas spoke.",)))
    found = found_by(office, "another-organisation", "Zas is the secretary-general of NATO.", "csto-chief")
    assert found == rules.Found("NATO", "csto", Stance.CONTRADICTS)
    assert found_by(office, "another-organisation", "Zas is the secretary-general of the CSTO.", "csto-chief") is None
    # The claim's organisation named elsewhere in the sentence is not the office's.
    found = found_by(office, "another-organisation", "Zas, secretary-general of NATO, spoke of the CSTO.",
                     "csto-chief")
    assert found is not None and found.words == "NATO"
    # NATO named apart from the office is something else the sentence speaks of.
    from cstocheck.rules.another_organisation import _joined

    text = "Zas, the secretary-general, criticised NATO."
    nato = read(text, office.index.aliases).mentions[-1]
    office_span = (text.index("secretary-general"), text.index("secretary-general") + len("secretary-general"))
    assert not _joined(text, nato, office_span)
    assert _joined("Zas is the secretary-general of NATO.", read("Zas is the secretary-general of NATO.",
                                                                  office.index.aliases).mentions[-1], (11, 28))


# --- office -----------------------------------------------------------------------------------


def test_another_office(checker: Checker) -> None:
    part = _rule("another-office").check("Tokayev is the president of Armenia.",
                                read("Tokayev is the president of Armenia.", checker.index.aliases), checker.index)
    assert part is not None and part.verdict is Verdict.CONTRADICTED and part.claim is not None
    assert part.claim.id == "kazakhstan-president" and part.asserted == "armenia"
    titled = "President Tokayev asked the CSTO for help on 5 January 2022 under Article 4 of its treaty."
    assert _rule("another-office").check(titled, read(titled, checker.index.aliases), checker.index) is None
    # A name that only modifies is no office's country, and a figure is another assertion.
    for other in ("President Tokayev said Russia-led troops came.", "President Tokayev said 2,030 troops came."):
        assert _rule("another-office").check(other, read(other, checker.index.aliases), checker.index) is None


@pytest.mark.parametrize("sentence, wrong", [
    ("Zas is Armenia's president.", True),  # a country's office, where the sources give the CSTO's
    ("Zas, de Armeense president, sprak.", True),
    ("Zas was previously Armenia's president.", False),  # an office of the past may have been his
    ("Zas, the former Armenian president, spoke.", False),
    ("Secretary-General Zas of Armenia spoke.", False),  # his own office: "of Armenia" is where he is from
])
def test_another_office_of_a_country_for_an_organisations(sentence: str, wrong: bool) -> None:
    chief = small_base(Fact("csto-chief", "Zas is the secretary-general of the CSTO.", "person", "zas",
                            quotes=("CSTO secretary-general Zas spoke.",)),
                       Fact("kazakhstan-president", "Tokayev is the president of Kazakhstan.", "person", "tokayev",
                            quotes=("Kazakhstan's president Tokayev spoke.",)))
    part = _rule("another-office").check(sentence, read(sentence, chief.index.aliases), chief.index)
    assert (part is not None and part.verdict is Verdict.CONTRADICTED) is wrong


@pytest.mark.parametrize("sentence, joined", [
    ("Tokayev is Armenia's president.", True),
    ("De Armeense president Tokajev.", True),
    ("President Tokayev of Armenia.", True),
    ("Tokajev is president van Armenië.", True),
    # a place elsewhere is where the holder goes or acts, not whose office it is
    ("President Tokayev visited Armenia.", False),
    ("President Tokajev reisde naar Jerevan.", False),
])
def test_another_office_is_of_the_place_joined_to_it(checker: Checker, sentence: str, joined: bool) -> None:
    part = _rule("another-office").check(sentence, read(sentence, checker.index.aliases), checker.index)
    assert (part is not None and part.verdict is Verdict.CONTRADICTED) is joined


# --- whole -------------------------------------------------------------------------------------


_RUSSIA = Fact("russia-troops", "Russia sent about 2,300 troops to Kazakhstan.", "count", "about 2300",
               quotes=("Russia sent some 2,300 soldiers to Kazakhstan.",))
_ARMENIA = Fact("armenia-troops", "Armenia sent about 70 troops to Kazakhstan.", "count", "about 70",
                quotes=("Armenia sent some 70 soldiers to Kazakhstan.",))


def _whole(parts: Checker, text: str) -> Part | None:
    reading = read(text, parts.index.aliases)
    part: Part | None = _rule("by-its-parts").check(candidates(text, reading, parts.index), parts.index)
    return part


def _verdict_of_whole(parts: Checker, text: str) -> Verdict | None:
    part = _whole(parts, text)
    return None if part is None else part.verdict


@pytest.mark.parametrize(("text", "verdict"), [
    ("Armenia is a member of the CSTO.", Verdict.SUPPORTED),
    ("Kazakhstan and Russia are members of the alliance.", Verdict.SUPPORTED),
    ("Yerevan is a member of the CSTO.", Verdict.SUPPORTED),  # a capital for its country
    ("Uzbekistan is a member of the CSTO.", None),  # not on the list: the claims on Uzbekistan answer
    ("Armenia was a member of the CSTO in 2010.", None),  # another time than the list's
    ("Armenia is a former member of the CSTO.", None),
    ("Armenia is a member of the CSTO and sent troops.", None),  # says more than membership
])
def test_one_of_the_members(checker: Checker, text: str, verdict: Verdict | None) -> None:
    # The list: Armenia, Kazakhstan, Kyrgyzstan and Russia.
    part = _rule("one-of-the-members").check(candidates(text, read(text, checker.index.aliases), checker.index),
                                             checker.index)
    assert (part.verdict if part is not None else None) is verdict
    if part is not None:
        assert part.claim is not None and part.claim.id == "members" and part.evidence


@pytest.mark.parametrize(("text", "verdict"), [
    ("Uzbekistan sent troops to Kazakhstan.", Verdict.CONTRADICTED),  # outside the whole list
    ("Armenia sent troops to Kazakhstan.", None),  # on it: the claims on Armenia answer
    ("Uzbekistan could send troops to Kazakhstan.", None),  # what might be is not what was done
    ("Uzbekistan sent troops to Armenia.", None),  # another place
])
def test_outside_the_list(text: str, verdict: Verdict | None) -> None:
    base = small_base(Fact("contributors", "The force in Kazakhstan was made up of troops from Russia, Armenia and Kyrgyzstan.",
                           quotes=("Russia, Armenia and Kyrgyzstan sent troops to Kazakhstan.",),
                           paraphrases=("Russia, Armenia and Kyrgyzstan, the entire alliance, sent troops to Kazakhstan.",)))
    part = _rule("outside-the-list").check(candidates(text, read(text, base.index.aliases), base.index), base.index)
    assert (part.verdict if part is not None else None) is verdict
    if part is not None:
        assert part.claim is not None and part.claim.id == "contributors" and part.evidence


def test_by_its_parts() -> None:
    parts = small_base(_RUSSIA, _ARMENIA)
    below, floor, other = (_whole(parts, f"The CSTO sent {n} troops to Kazakhstan.")
                           for n in ("2,000", "more than 2,000", "about 5,000"))
    assert below is not None and below.verdict is Verdict.CONTRADICTED and below.asserted == "2,000"
    assert {e.claim_id for e in below.evidence} == {"russia-troops", "armenia-troops"}
    assert floor is not None and floor.verdict is Verdict.SUPPORTED
    assert other is not None and other.verdict is Verdict.UNVERIFIED  # the parts say no more than a floor
    # A country that acts, or owns the figure, makes the figure a part's.
    assert _whole(parts, "Russia sent 2,000 CSTO troops to Kazakhstan.") is None
    assert _whole(parts, "2,000 Russian troops of the CSTO went to Kazakhstan.") is None
    # "Mostly Russian" says what most of them are, not whose they all are.
    mostly = _whole(parts, "The CSTO sent more than 2,000 mostly Russian troops to Kazakhstan.")
    assert mostly is not None and mostly.verdict is Verdict.SUPPORTED


def test_by_its_parts_is_the_alliances() -> None:
    # A body no claim ties to troops in Kazakhstan is no whole of these parts.
    parts = small_base(_RUSSIA, _ARMENIA,
                       Fact("csto-deployed", "The CSTO deployed troops to Kazakhstan.", quotes=("CSTO troops went to Kazakhstan.",)),
                       Fact("nato-armenia", "Armenia is not a member of NATO.", quotes=("Armenia is no NATO member.",)))
    assert _verdict_of_whole(parts, "NATO sent 2,000 troops to Kazakhstan.") is None
    assert _verdict_of_whole(parts, "The CSTO sent 2,000 troops to Kazakhstan.") is Verdict.CONTRADICTED


def test_another_body_acting() -> None:
    # The sources count Armenia's troops; NATO they name only as what Armenia is not a member of.
    base = small_base(_ARMENIA, Fact("nato-armenia", "Armenia is not a member of NATO.", quotes=("Armenia is no NATO member.",)))
    found = found_by(base, "another-body-acting", "NATO sent 70 troops to Kazakhstan.", "armenia-troops")
    assert found is not None and found.words == "NATO" and found.elsewhere
    assert found_by(base, "another-body-acting", "Armenia sent 70 troops to Kazakhstan.", "armenia-troops") is None
    # a body no claim names cannot be told from any other
    assert found_by(small_base(_ARMENIA), "another-body-acting", "NATO sent 70 troops to Kazakhstan.", "armenia-troops") is None


def test_by_its_parts_round_figure() -> None:
    # A part the sources give only as hearsay does not raise the least the whole can be, but a
    # round figure for what every part adds up to (2,300 + 70 + 150) is borne out.
    parts = small_base(_RUSSIA, _ARMENIA, Fact(
        "kyrgyzstan-troops", "Kyrgyzstan reportedly sent about 150 troops to Kazakhstan.", "count", "about 150",
        quotes=("Kyrgyzstan would send some 150 soldiers to Kazakhstan.",), extra={"modality": "reported"}))

    def verdict(figure: str) -> Verdict | None:
        return _verdict_of_whole(parts, f"The CSTO sent {figure} troops to Kazakhstan.")

    for figure in ("2,500", "about 2,500", "zo'n 2.500", "2,400"):
        assert verdict(figure) is Verdict.SUPPORTED, figure
    for figure in ("2,700", "about 2,700", "3,000", "about 3,000"):  # not a round figure for 2,520
        assert verdict(figure) is Verdict.UNVERIFIED, figure
    assert verdict("about 2,000") is Verdict.CONTRADICTED  # below what the confirmed parts reach


def test_by_its_parts_of_the_countries_a_figure_comes_from() -> None:
    # "troops from Russia and Armenia" is the whole of those two parts, though no alliance is
    # named; one country after the figure would be whose it is, a part.
    parts = small_base(_RUSSIA, _ARMENIA)
    assert _verdict_of_whole(parts, "There are about 1,000 troops from Russia and Armenia in the country.") \
        is Verdict.CONTRADICTED
    assert _verdict_of_whole(parts, "About 2,400 troops from Russia and Armenia arrived in Kazakhstan.") \
        is Verdict.SUPPORTED
    assert _verdict_of_whole(parts, "About 1,000 troops from Russia arrived in Kazakhstan.") is None


def test_another_named(checker: Checker) -> None:
    named = small_base(
        Fact("took-over", "Tokayev succeeded Nazarbayev in 2019.", "year", "2019",
             quotes=("In 2019 Tokayev succeeded Nazarbayev.",)),
        Fact("joined", "Uzbekistan joined the CSTO.", quotes=("Uzbekistan joined the CSTO.",)),
    )
    # Another person, or another organisation, in the place of the claim's: the sources say nothing of them.
    found = found_by(named, "another-named", "Tokayev succeeded Medvedev in 2019.", "took-over")
    assert found is not None and found.words == "Medvedev" and found.stance is None
    assert named.claim("Tokayev succeeded Medvedev in 2019.").verdict is Verdict.UNVERIFIED
    found = found_by(named, "another-named", "Uzbekistan joined NATO.", "joined")
    assert found is not None and found.words == "NATO"
    # A country may stand in a person's place; a person in a country's may be its leader.
    # Another destination, or place, than the one every wording that says so gives.
    assert found_by(checker, "another-named", "Armenia sent 70 troops to Russia.", "armenia-troops") is not None
    found = found_by(checker, "another-named", "Kyrgyz troops guarded a power station in Uzbekistan.", "kyrgyz-guard")
    assert found is not None and found.words == "Uzbekistan"
    found = found_by(named, "another-named", "Russia succeeded Nazarbayev in 2019.", "took-over")
    assert found is not None and found.words == "Russia"
    assert found_by(named, "another-named", "Tokayev joined the CSTO.", "joined") is None
    # The claim's own names, with or without another beside them, or one compared with: nothing found.
    for text, claim in (("Tokayev succeeded Nazarbayev in 2019.", "took-over"),
                        ("Tokayev, like Medvedev, succeeded Nazarbayev in 2019.", "took-over"),
                        ("Uzbekistan joined the CSTO sooner than Russia.", "joined")):
        assert found_by(named, "another-named", text, claim) is None
    # A name in the place of one of a list the wording gives stands in for it; one more beside them does not.
    drills = small_base(Fact("drills", "In 2021 the CSTO held exercises in Armenia, Uzbekistan and Kyrgyzstan.", "year",
                             "2021", quotes=("In 2021 the CSTO held exercises in Armenia, Uzbekistan and Kyrgyzstan.",)))
    found = found_by(drills, "another-named", "In 2021 the CSTO held exercises in Armenia, Russia and Kyrgyzstan.",
                     "drills")
    assert found is not None and found.words == "Russia"
    assert found_by(drills, "another-named", "In 2021 the CSTO held exercises in Armenia, Uzbekistan, Kyrgyzstan "
                                             "and Russia.", "drills") is None


# --- reconsider -------------------------------------------------------------------------------


def test_by_value(checker: Checker) -> None:
    part = reconsidered(checker, _rule("by-value"), "Uzbekistan left the CSTO in 2012.")
    assert part is not None and part.claim is not None and part.claim.id == "uzbekistan-left-2012"
    assert part.verdict is Verdict.SUPPORTED
    assert reconsidered(checker, _rule("by-value"), "Uzbekistan left the CSTO in 1999.") is None  # the best match holds


def test_by_article(checker: Checker) -> None:
    part = reconsidered(checker, _rule("by-article"),
                        "Tokayev asked the CSTO for help on 5 January 2022 under Article 5.")
    assert part is not None and part.claim is not None and part.claim.id == "request-article"
    assert part.verdict is Verdict.CONTRADICTED
    assert reconsidered(checker, _rule("by-article"), "Tokayev asked the CSTO for help on 5 January 2022.") is None


def test_by_time(checker: Checker) -> None:
    part = reconsidered(checker, _rule("by-time"), "In 2010 the president of Kazakhstan was Tokayev.")
    assert part is not None and part.claim is not None and part.claim.id == "kazakhstan-president-2010"
    assert part.verdict is Verdict.CONTRADICTED
    assert reconsidered(checker, _rule("by-time"), "Tokayev is the president of Kazakhstan.") is None
    # Undated, in the past tense: the sources' president of 2010 answers, not the president now.
    past = reconsidered(checker, _rule("by-time"), "Nazarbayev was the president of Kazakhstan.")
    assert past is not None and past.claim is not None and past.claim.id == "kazakhstan-president-2010"
    assert past.verdict is Verdict.SUPPORTED
    assert reconsidered(checker, _rule("by-time"), "Nazarbayev is the president of Kazakhstan.") is None
    # A title is tenseless: what it gives, the sources' president of 2010 bears out, in passing.
    titled = reconsidered(checker, _rule("by-time"), "Kazakh President Nazarbayev spoke.")
    assert titled is not None and titled.claim is not None and titled.claim.id == "kazakhstan-president-2010"
    assert titled.verdict is Verdict.SUPPORTED and titled.in_passing


def test_only_one_of_several(checker: Checker) -> None:
    # Russia sent troops, and so did Armenia: Russia was not the only one.
    part = reconsidered(checker, _rule("only-one-of-several"), "Only Russia sent troops to Kazakhstan.")
    assert part is not None and part.claim is not None and part.claim.id == "armenia-troops"
    assert part.verdict is Verdict.CONTRADICTED and part.asserted == "Only Russia"
    assert checker.claim("Alleen Rusland stuurde troepen naar Kazachstan.").verdict is Verdict.CONTRADICTED
    for plain in ("Russia sent troops to Kazakhstan.", "Not only Russia sent troops to Kazakhstan.",
                  "Russia sent the only large contingent to Kazakhstan."):  # no copula: no "only one"
        assert reconsidered(checker, _rule("only-one-of-several"), plain) is None
    # "The only …" after a copula says the same of its subject.
    for called in ("Russia was the only country to send troops to Kazakhstan.",
                   "Rusland was het enige land dat troepen naar Kazachstan stuurde."):
        part = reconsidered(checker, _rule("only-one-of-several"), called)
        assert part is not None and part.verdict is Verdict.CONTRADICTED and part.claim is not None
        assert part.claim.id == "armenia-troops"


def test_only_as_not() -> None:
    observers = small_base(
        Fact("no-troops-to-armenia", "When Armenia was attacked, the CSTO did not send troops to help.",
             quotes=("When Armenia was attacked, the CSTO did not send troops to help.",)),
        Fact("observers-to-armenia", "The CSTO sent observers to Armenia.",
             quotes=("The CSTO sent observers to Armenia.",)))
    only = "When Armenia was attacked, the CSTO only sent observers to help."
    part = reconsidered(observers, _rule("only-as-not"), only)
    assert part is not None and part.claim is not None and part.claim.id == "observers-to-armenia"
    assert part.verdict is Verdict.SUPPORTED
    # Without "only", a sentence of the other polarity does deny the claim.
    assert reconsidered(observers, _rule("only-as-not"), "When Armenia was attacked, the CSTO sent troops to help.") \
        is None


def test_value_in_an_aside() -> None:
    from conftest import REPO

    shipped = Checker.open(REPO, use_cache=False)
    # Pashinyan chairing the CSTO is said in an aside; the main clause is Armenia's troops.
    text = "Armenia, whose prime minister Nikol Pashinyan chaired the CSTO, sent 100 soldiers."
    part = reconsidered(shipped, _rule("value-in-an-aside"), text)
    assert part is not None and part.claim is not None and part.claim.id == "armenia-troops-70"
    assert part.verdict is Verdict.CONTRADICTED
    assert reconsidered(shipped, _rule("value-in-an-aside"), "Nikol Pashinyan chaired the CSTO in 2022.") is None


def test_beyond_the_frame() -> None:
    from conftest import REPO

    shipped = Checker.open(REPO, use_cache=False)
    # The spokeswoman's office is said in the report; what she reports is the sentence's point.
    text = ("Russian Foreign Ministry spokeswoman Maria Zakharova said on Friday that the CSTO's peacekeeping "
            "forces were sent to Kazakhstan at the request of the country's authorities.")
    part = reconsidered(shipped, _rule("beyond-the-frame"), text)
    assert part is not None and part.claim is not None and part.claim.id != "zakharova-spokeswoman"
    assert part.verdict is Verdict.SUPPORTED and not part.in_passing
    # Said outside any frame, the office is the point: nothing to reconsider.
    assert reconsidered(shipped, _rule("beyond-the-frame"),
                        "Maria Zakharova is the spokeswoman of the Russian foreign ministry.") is None


def test_by_its_date() -> None:
    from conftest import REPO

    shipped = Checker.open(REPO, use_cache=False)
    # The dismissal's claim gives no date; the claim on its date (5 January) rules out the 15th.
    wrong = "Tokajev ontsloeg Nazarbajev op 15 januari als voorzitter van de Veiligheidsraad."
    part = reconsidered(shipped, _rule("by-its-date"), wrong)
    assert part is not None and part.verdict is Verdict.CONTRADICTED
    assert part.claim is not None and part.claim.id == "nazarbayev-lost-security-council-date"
    right = "Tokajev ontsloeg Nazarbajev op 5 januari als voorzitter van de Veiligheidsraad."
    assert reconsidered(shipped, _rule("by-its-date"), right) is None


def test_by_what_it_counts() -> None:
    counted = small_base(
        Fact("countries-sent", "Troops were sent to Kazakhstan by five countries.", "count", "5",
             quotes=("Five countries sent troops to Kazakhstan.",)),
        Fact("force-size", "About 2500 troops were sent to Kazakhstan.", "count", "about 2500",
             quotes=("The CSTO sent about 2,500 troops to Kazakhstan.",)),
    )
    # The best match counts countries; the figure counts troops: the count of troops checks it.
    part = reconsidered(counted, _rule("by-what-it-counts"), "Countries sent roughly 2,000 troops to Kazakhstan.")
    assert part is not None and part.claim is not None and part.claim.id == "force-size"
    assert part.verdict is Verdict.CONTRADICTED
    assert counted.claim("The countries sent some 2,500 troops to Kazakhstan.").verdict is Verdict.SUPPORTED
    assert reconsidered(counted, _rule("by-what-it-counts"), "Five countries sent troops to Kazakhstan.") is None


def test_by_every_figure() -> None:
    force = small_base(
        Fact("force-soldiers", "About 3000 soldiers are assigned to the CSTO peacekeeping force.", "count", "about 3000",
             quotes=("Some 3,000 soldiers are assigned to the CSTO peacekeeping force.",)),
        Fact("force-staff", "About 600 police officers are assigned to the CSTO peacekeeping force.", "count",
             "about 600", quotes=("Some 600 police officers are assigned to the CSTO peacekeeping force.",)),
    )
    wrong = "About 5,000 soldiers and 600 police officers are assigned to the CSTO peacekeeping force."
    part = reconsidered(force, _rule("by-every-figure"), wrong)
    assert part is not None and part.claim is not None and part.claim.id == "force-soldiers"
    assert part.verdict is Verdict.CONTRADICTED
    right = "About 3,000 soldiers and 600 police officers are assigned to the CSTO peacekeeping force."
    assert reconsidered(force, _rule("by-every-figure"), right) is None


def test_by_its_place() -> None:
    signed = small_base(
        Fact("signed-date", "The treaty was signed on 15 May 1992.", "date", "1992-05-15",
             quotes=("The treaty was signed on 15 May 1992.",)),
        Fact("signed-where", "The treaty was signed in Yerevan, the capital.", "place", "yerevan",
             quotes=("The treaty was signed in Yerevan, the capital.",)),
        Fact("exercise-date", "The CSTO held an exercise on 3 May 2021.", "date", "2021-05-03",
             quotes=("The CSTO held an exercise on 3 May 2021.",)),
    )
    # Borne out on its date, the sentence is contradicted on where by the claim on the same act.
    part = reconsidered(signed, _rule("by-its-place"), "The treaty was signed on 15 May 1992 in Kazakhstan.")
    assert part is not None and part.claim is not None and part.claim.id == "signed-where"
    assert part.verdict is Verdict.CONTRADICTED
    assert reconsidered(signed, _rule("by-its-place"), "The treaty was signed on 15 May 1992 in Yerevan.") is None
    # A claim on where another act happened decides nothing.
    assert reconsidered(signed, _rule("by-its-place"), "The CSTO held an exercise on 3 May 2021 in Kazakhstan.") is None


def test_by_who_it_names() -> None:
    called = small_base(
        Fact("phoned-medvedev", "Tokayev phoned Medvedev for help.", quotes=("Tokayev phoned Medvedev for help.",)),
        Fact("asked-both", "Tokayev asked Zas and Nazarbayev for help.",
             quotes=("Tokayev asked Zas and Nazarbayev for help.",)),
    )
    # The best match names Medvedev; the claim that names the one the sentence gives decides.
    part = reconsidered(called, _rule("by-who-it-names"), "Tokayev phoned Nazarbayev for help.")
    assert part is not None and part.claim is not None and part.claim.id == "asked-both"
    assert part.verdict is Verdict.SUPPORTED
    assert called.claim("Tokayev phoned Nazarbayev for help.").verdict is Verdict.SUPPORTED
    assert reconsidered(called, _rule("by-who-it-names"), "Tokayev phoned Medvedev for help.") is None
    # No claim names him: left unchecked.
    assert called.claim("Tokayev phoned Bakiyev for help.").verdict is Verdict.UNVERIFIED


def test_by_the_whole_list() -> None:
    sent = small_base(
        Fact("kyrgyzstan-sent", "Kyrgyzstan sent troops to Kazakhstan.",
             quotes=("Kyrgyzstan sent troops to Kazakhstan.",)),
        Fact("contributors", "The force in Kazakhstan was made up of troops from Russia, Armenia and Kyrgyzstan.",
             quotes=("The force in Kazakhstan was made up of troops from Russia, Armenia and Kyrgyzstan.",)),
    )
    # Closest to Kyrgyzstan sending troops; only the list whole says Mongolia is one too many.
    listed = "Russia, Armenia, Mongolia and Kyrgyzstan sent troops to Kazakhstan."
    part = reconsidered(sent, _rule("by-the-whole-list"), listed)
    assert part is not None and part.claim is not None and part.claim.id == "contributors"
    assert part.verdict is Verdict.CONTRADICTED
    assert sent.claim(listed).verdict is Verdict.CONTRADICTED
    # Every name known: the best match stands.
    known = "Russia, Armenia and Kyrgyzstan sent troops to Kazakhstan."
    assert reconsidered(sent, _rule("by-the-whole-list"), known) is None
    assert sent.claim(known).verdict is not Verdict.CONTRADICTED


# --- the registry -----------------------------------------------------------------------------


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda r: r.name)
def test_every_rule_says_what_it_decides_and_has_its_test(rule: rules.Rule) -> None:
    assert len(rule.doc) > 40, f"{rule.name} has no docstring saying what it decides"
    assert rule.name == rule.name.lower() and " " not in rule.name
    assert f"test_{rule.name.replace('-', '_')}" in vars(sys.modules[__name__]), f"{rule.name} has no test"


def test_rules_are_named_once_and_every_stage_has_some() -> None:
    names = [r.name for r in rules.RULES]
    assert len(names) == len(set(names))
    assert {r.stage for r in rules.RULES} == set(rules.Stage)


def test_before_the_sources(checker: Checker) -> None:
    # The sources (2022) say who is president now; a sentence in the past tense dated before them
    # is of another time: neither borne out nor denied.
    part = reconsidered(checker, _rule("before-the-sources"), "Nazarbayev was the president of Kazakhstan until 2019.")
    assert part is not None and part.verdict is Verdict.UNVERIFIED
    assert reconsidered(checker, _rule("before-the-sources"), "Nazarbayev is the president of Kazakhstan.") is None


def test_denied_no_longer(checker: Checker) -> None:
    # The sources: Russia sent troops. That it has none there now denies no sending.
    claim = "troops-sent-to-kazakhstan"
    found = found_by(checker, "denied-no-longer", "Russia no longer has troops in Kazakhstan.", claim)
    assert found is not None and found.elsewhere and found.stance is None
    assert found_by(checker, "denied-no-longer", "Rusland heeft geen troepen meer in Kazachstan.", claim) is not None
    assert found_by(checker, "denied-no-longer", "Russia has no troops in Kazakhstan anymore.", claim) is not None
    assert found_by(checker, "denied-no-longer", "Russia did not send troops to Kazakhstan.", claim) is None
    # A claim on who holds an office reads "no longer" itself.
    assert found_by(checker, "denied-no-longer", "Tokayev is no longer the president of Kazakhstan.",
                    "kazakhstan-president") is None


def test_people_reversed() -> None:
    removed = small_base(
        Fact("removed", "Tokayev removed Nazarbayev as chairman of the Security Council.", quotes=(
            "Tokayev removed Nazarbayev as chairman of the Security Council.",),
             paraphrases=("Nazarbayev lost his post as chairman of the Security Council to Tokayev.",)))
    found = found_by(removed, "people-reversed", "Nazarbayev removed Tokayev as chairman of the Security Council.",
                     "removed")
    assert found is not None and found.words == "Nazarbayev" and found.stance is Stance.CONTRADICTS
    # The one after "by" acts; a wording with another act between them ("lost … to") does not count.
    for text in ("Tokayev removed Nazarbayev as chairman of the Security Council.",
                 "Nazarbayev was removed by Tokayev as chairman of the Security Council.",
                 "Nazarbayev lost his post as chairman of the Security Council to Tokayev."):
        assert found_by(removed, "people-reversed", text, "removed") is None


def test_another_of_the_pair() -> None:
    fought = small_base(Fact("fought", "Kyrgyzstan and Armenia fought over their border in September 2022.",
                             quotes=("Kyrgyzstan and Armenia fought over their border in September 2022.",)))
    found = found_by(fought, "another-of-the-pair", "Kyrgyzstan and Kazakhstan fought over their border in September "
                     "2022.", "fought")
    assert found is not None and found.words == "Kazakhstan" and found.stance is Stance.CONTRADICTS
    assert found_by(fought, "another-of-the-pair", "Kyrgyzstan and Armenia fought over their border in September "
                    "2022.", "fought") is None


def test_contrast_reversed() -> None:
    turned = small_base(Fact("turned", "Kyrgyzstan asked Russia, not the CSTO, for help.",
                             quotes=("Kyrgyzstan asked Russia, not the CSTO, for help.",)))
    found = found_by(turned, "contrast-reversed", "Kyrgyzstan asked the CSTO rather than Russia for help.", "turned")
    assert found is not None and found.words == "not russia" and found.stance is Stance.CONTRADICTS
    assert found_by(turned, "contrast-reversed", "Kyrgyzstan asked Russia rather than the CSTO for help.", "turned") is None


_COUNTS = (
    Fact("armenia-troops", "Armenia sent 70 troops to Kazakhstan.", "count", "70",
         quotes=("Armenia sent some 70 soldiers to Kazakhstan.",)),
    Fact("russia-troops", "Russia sent 2,300 troops to Kazakhstan.", "count", "2300",
         quotes=("Russia sent about 2,300 soldiers to Kazakhstan.",)),
    Fact("belarus-sent", "Belarus sent troops to Kazakhstan.", quotes=("Belarus sent soldiers to Kazakhstan.",)),
)


def test_comparison_wrong() -> None:
    sent = small_base(*_COUNTS)
    wrong = found_by(sent, "comparison-wrong", "Armenia sent more troops than Russia.", "armenia-troops")
    assert wrong is not None and wrong.words == "more than Russia" and wrong.stance is Stance.CONTRADICTS
    assert found_by(sent, "comparison-wrong", "Armenia sent fewer troops than Russia.", "armenia-troops") is None
    # "more than 2,000" is a figure's hedge, no comparison.
    assert found_by(sent, "comparison-wrong", "Russia sent more than 2,000 troops to Kazakhstan.", "russia-troops") is None


def test_comparison_unread() -> None:
    sent = small_base(*_COUNTS)
    # The claim that matched gives no figure: the comparison is left unchecked.
    unread = found_by(sent, "comparison-unread", "Belarus sent more troops than Armenia.", "belarus-sent")
    assert unread is not None and unread.words == "Armenia" and unread.stance is None
    assert found_by(sent, "comparison-unread", "Armenia sent fewer troops than Russia.", "armenia-troops") is None
