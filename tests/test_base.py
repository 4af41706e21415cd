"""The loader and validator, on named fixture files and on the shipped base."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import FIXTURES, REPO
from cstocheck.base import load_base
from cstocheck.model import Level
from cstocheck.quotes import normalize_quote

INVALID = sorted((FIXTURES / "claims" / "invalid").glob("*.yaml"))
WARNED = sorted((FIXTURES / "claims" / "warning").glob("*.yaml"))


def expectation(path: Path) -> tuple[int, int, str, str]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    found = re.match(r"# expect: (\d+):(\d+): (\w+): (.*)", first)
    assert found, f"{path.name} must start with '# expect: LINE:COL: LEVEL: MESSAGE'"
    return int(found[1]), int(found[2]), found[3], found[4]


@pytest.mark.parametrize("path", INVALID + WARNED, ids=lambda p: p.stem)
def test_invalid_claims_file_is_reported_at_its_place(path: Path, make_base) -> None:
    line, col, level, message = expectation(path)
    base = load_base(make_base(path))
    mine = [p for p in base.problems if p.path.endswith(path.name)]
    assert any(p.line == line and p.col == col and p.level.value == level and p.message.startswith(message)
               for p in mine), "\n".join(str(p) for p in mine)


@pytest.mark.parametrize("path", sorted((FIXTURES / "claims" / "valid").glob("*.yaml")), ids=lambda p: p.stem)
def test_valid_claims_file_loads_clean(path: Path, make_base) -> None:
    base = load_base(make_base(path))
    assert [str(p) for p in base.problems if p.level is Level.ERROR] == []
    assert base.claims


def test_quote_differing_in_white_space_and_quote_style_is_found(make_base) -> None:
    base = load_base(make_base(FIXTURES / "claims" / "valid" / "minimal.yaml"))
    source = base.claims[0].sources[0]
    assert source.line == 9  # the sentence stands on line 9 of seed 000


def test_seed_that_is_not_utf8_is_reported_with_its_position(make_base) -> None:
    data = (FIXTURES / "seeds" / "latin1.txt").read_bytes()
    base = load_base(make_base(seeds={"009_latin1.txt": data}))
    bad = [p for p in base.problems if p.path.endswith("009_latin1.txt") and p.level is Level.ERROR]
    assert bad and bad[0].line == 1 and bad[0].col == data.index(b"\xe9") + 1
    assert "not UTF-8" in bad[0].message


def test_seed_link_leading_outside_the_base_is_refused(make_base, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("secret", encoding="utf-8")
    root = make_base()
    (root / "seeds" / "010_link.txt").symlink_to(outside)
    base = load_base(root)
    assert "010_link" not in base.seeds
    assert any("outside the base" in p.message for p in base.problems)


def test_shipped_base_is_clean() -> None:
    base = load_base(REPO)
    assert [str(p) for p in base.problems] == []
    assert len(base.claims) >= 60
    assert len(base.seeds) == 5


def test_every_shipped_quote_is_verbatim_in_its_seed() -> None:
    base = load_base(REPO)
    for claim in base.claims:
        for source in claim.sources:
            seed = base.seeds[source.seed].text
            assert normalize_quote(seed[source.start:source.end]) == normalize_quote(source.quote)
            assert source.line == seed.count("\n", 0, source.start) + 1


@pytest.mark.parametrize("path", WARNED, ids=lambda p: p.stem)
def test_a_warning_alone_leaves_the_base_usable(path: Path, make_base) -> None:
    base = load_base(make_base(path))
    assert [p for p in base.problems if p.level is Level.ERROR] == []
    assert any(c.id for c in base.claims)
