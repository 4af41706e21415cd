"""The comparison rules: small checks, one module each, asked in the order listed here.

A rule has a name, a stage (where in judging an assertion it is asked: see ``Stage``) and a
``check`` whose docstring says what it decides. It returns what it found (a ``Found``, or a
``Part`` for a rule that reads the assertion another way) and never prints. Adding a rule
means adding a module here, its line below, and its test in tests/test_rules.py.
"""
from __future__ import annotations

from cstocheck.rules import (
    after_the_sources,
    another_actor,
    another_article,
    another_country,
    another_in_the_list,
    another_named,
    another_of_the_pair,
    another_office,
    another_organisation,
    another_phase,
    another_place,
    another_time,
    before_the_sources,
    beyond_the_frame,
    by_article,
    by_every_figure,
    by_its_date,
    by_its_parts,
    by_its_place,
    by_the_whole_list,
    by_time,
    by_value,
    by_what_it_counts,
    by_who_it_names,
    comparison_unread,
    comparison_wrong,
    contrast_reversed,
    count_unnamed,
    denied_no_longer,
    denied_of_another,
    denied_to_come,
    figure_of_another_thing,
    figure_unread,
    figure_without_one,
    foreseen,
    held_before,
    hypothetical,
    identified_by_its_figure,
    left_the_office,
    member_as_place,
    no_one_named,
    occasion_unnamed,
    one_more_named,
    only_as_not,
    only_one_of_several,
    order_reversed,
    part_of_the_count,
    people_reversed,
    preference_reversed,
    roles_reversed,
    season_unread,
    sender_as_destination,
    span_of_another_act,
    titled_elsewhere,
    value_in_an_aside,
)
from cstocheck.rules.base import Found, Rule, Stage

RULES: tuple[Rule, ...] = (
    another_office.RULE,
    by_its_parts.RULE,
    figure_unread.RULE,
    figure_without_one.RULE,
    figure_of_another_thing.RULE,
    part_of_the_count.RULE,
    after_the_sources.RULE,
    no_one_named.RULE,
    occasion_unnamed.RULE,
    another_actor.RULE,
    one_more_named.RULE,
    sender_as_destination.RULE,
    denied_to_come.RULE,
    foreseen.RULE,
    denied_no_longer.RULE,
    season_unread.RULE,
    hypothetical.RULE,
    comparison_unread.RULE,
    count_unnamed.RULE,
    another_phase.RULE,
    span_of_another_act.RULE,
    titled_elsewhere.RULE,
    identified_by_its_figure.RULE,
    left_the_office.RULE,
    held_before.RULE,
    denied_of_another.RULE,
    member_as_place.RULE,
    another_article.RULE,
    another_place.RULE,
    another_country.RULE,
    roles_reversed.RULE,
    comparison_wrong.RULE,
    contrast_reversed.RULE,
    people_reversed.RULE,
    preference_reversed.RULE,
    another_organisation.RULE,
    another_in_the_list.RULE,
    another_of_the_pair.RULE,
    another_time.RULE,
    order_reversed.RULE,
    another_named.RULE,
    by_value.RULE,
    by_article.RULE,
    by_time.RULE,
    before_the_sources.RULE,
    by_what_it_counts.RULE,
    by_every_figure.RULE,
    by_who_it_names.RULE,
    by_the_whole_list.RULE,
    only_one_of_several.RULE,
    only_as_not.RULE,
    beyond_the_frame.RULE,
    value_in_an_aside.RULE,
    by_its_date.RULE,
    by_its_place.RULE,
)


# Asked for every assertion: each stage's rules are sorted out once.
_BY_STAGE = {stage: tuple(r for r in RULES if r.stage is stage) for stage in Stage}


def of(stage: Stage) -> tuple[Rule, ...]:
    """The rules of a stage, in the order they are asked."""
    return _BY_STAGE[stage]


__all__ = ["RULES", "Found", "Rule", "Stage", "of"]
