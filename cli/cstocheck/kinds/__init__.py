"""How each kind of value is compared: one module a kind, each a ``ValueRule`` that reads the
value a sentence gives in that kind and holds it against a source's. Adding a kind means adding
a module here, its line below, and its test in tests/test_kinds.py."""
from __future__ import annotations

from cstocheck.kinds import count, membership, person, place, time
from cstocheck.kinds.base import Asked, Said, ValueRule
from cstocheck.model import ValueKind

RULES: tuple[ValueRule, ...] = (count.RULE, time.RULE, membership.RULE, person.RULE, place.RULE)
BY_KIND: dict[ValueKind, ValueRule] = {kind: rule for rule in RULES for kind in rule.kinds}

__all__ = ["BY_KIND", "RULES", "Asked", "Said", "ValueRule"]
