"""A pattern compiled on first use answers as the compiled pattern does, and is not compiled before."""
from __future__ import annotations

import re

import pytest

from cstocheck.lazy_pattern import LazyPattern

TEXT = "Russia sent 2,300 troops; Armenia sent 70 and Kyrgyzstan 150."
CALLS = {
    "match": lambda p: p.match(TEXT, 0),
    "fullmatch": lambda p: p.fullmatch("70"),
    "search": lambda p: p.search(TEXT, 20),
    "finditer": lambda p: [m.span() for m in p.finditer(TEXT)],
    "findall": lambda p: p.findall(TEXT),
    "sub": lambda p: p.sub("N", TEXT),
    "subn": lambda p: p.subn("N", TEXT, 1),
    "split": lambda p: p.split(TEXT),
    "pattern and flags": lambda p: (p.pattern, p.flags),
}


@pytest.mark.parametrize("call", sorted(CALLS))
def test_a_lazy_pattern_answers_as_the_compiled_one(call: str) -> None:
    source, flags = r"\d[\d,]*", re.IGNORECASE
    lazy, compiled = LazyPattern(source, flags), re.compile(source, flags)
    for _ in range(2):  # compiling on the first call, the compiled pattern's methods after
        found, expected = CALLS[call](lazy), CALLS[call](compiled)
        assert (found.span() if isinstance(found, re.Match) else found) == \
            (expected.span() if isinstance(expected, re.Match) else expected)


def test_a_lazy_pattern_is_compiled_on_first_use_only() -> None:
    lazy = LazyPattern("(unclosed")  # an error shows only when the pattern is used
    with pytest.raises(re.error):
        lazy.search("x")
