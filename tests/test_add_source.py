"""`cstocheck add-source`: a sixth article round-trips, and a refusal or a failure halfway
leaves the base exactly as it was."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, REPO
from cstocheck import add_source as adding
from cstocheck.add_source import AddSourceError, Metadata, add_source
from cstocheck.base import load_base
from cstocheck.cli import app
from cstocheck.coverage import coverage
from cstocheck.model import Level

ARTICLES = FIXTURES / "curation" / "articles"
SIXTH = ARTICLES / "sixth.txt"
META = Metadata(title="CSTO force leaves Kazakhstan", date="2022-01-19", language="en", outlet="Test Wire",
                url="https://example.org/csto-withdrawal")
runner = CliRunner()


@pytest.fixture
def base(tmp_path: Path) -> Path:
    root = tmp_path / "base"
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "claims", root / "claims")
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_sixth_article_round_trips(base: Path) -> None:
    before = snapshot(base)
    seed_id = add_source(base, SIXTH, META)
    after = snapshot(base)
    # Only the new file, and lines appended to seeds.yaml: its comments and entries stay as they were.
    assert set(after) - set(before) == {f"seeds/{seed_id}.txt"}
    assert after[f"seeds/{seed_id}.txt"] == SIXTH.read_bytes()
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"seeds/seeds.yaml"}
    old, new = before["seeds/seeds.yaml"].decode(), after["seeds/seeds.yaml"].decode()
    assert new.startswith(old) and new[len(old):].startswith(f"  - id: {seed_id}\n")
    assert seed_id.startswith("005_")
    loaded = load_base(base)
    assert [p for p in loaded.problems if p.level is Level.ERROR] == []  # validate is clean
    seed = loaded.seeds[seed_id]
    assert (seed.title, seed.date, seed.language, seed.publication, seed.url) == \
        (META.title, META.date, "en", META.outlet, META.url)
    found = coverage(loaded, [seed_id])
    assert found.covered == 0 and len(found.uncovered) == found.factual >= 3
    assert {u.line for u in found.uncovered} >= {3, 5, 7}


def test_the_cli_adds_and_lists_what_needs_claims(base: Path) -> None:
    result = runner.invoke(app, ["add-source", str(SIXTH), "--title", META.title, "--date", META.date,
                                 "--lang", "en", "--outlet", META.outlet, "--base", str(base), "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["covered"] == 0 and data["uncovered"][0]["seed"].startswith("005_")
    assert "added 005_" in result.stderr
    assert runner.invoke(app, ["validate", "--base", str(base)]).exit_code == 0


REFUSED = [
    ("duplicate", lambda base: base / "seeds" / "004_87e5b9b0263f4f97.txt", META,
     "the base already holds this article, as 004_87e5b9b0263f4f97"),
    ("not-utf8", lambda base: ARTICLES / "latin1.txt", META, "not UTF-8 text (byte 0xe9 at offset 16)"),
    ("no-words", lambda base: ARTICLES / "no-words.txt", META, "has no text to add"),
    ("missing", lambda base: ARTICLES / "nothing.txt", META, "cannot read"),
    ("language", lambda base: SIXTH, Metadata("t", "2022", "fr", "o"), "--lang 'fr': one of en, nl"),
    ("empty-title", lambda base: SIXTH, Metadata(" ", "2022", "en", "o"), "--title is empty"),
    ("control", lambda base: SIXTH, Metadata("t\x1b[2J", "2022", "en", "o"), "--title contains a control"),
    ("url", lambda base: SIXTH, Metadata("t", "2022", "en", "o", url="javascript:alert(1)"), "not an http(s) address"),
]


@pytest.mark.parametrize("name,article,meta,message", REFUSED, ids=[r[0] for r in REFUSED])
def test_a_refusal_writes_nothing(name: str, article, meta: Metadata, message: str, base: Path) -> None:
    before = snapshot(base)
    with pytest.raises(AddSourceError) as raised:
        add_source(base, article(base), meta)
    assert message in str(raised.value)
    assert snapshot(base) == before


def test_a_file_over_the_size_limit_is_refused(base: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cstocheck.files.MAX_FILE_BYTES", 100)
    before = snapshot(base)
    with pytest.raises(AddSourceError, match="the limit is 100"):
        add_source(base, SIXTH, META)
    assert snapshot(base) == before


def test_seeds_yaml_that_cannot_take_a_line_is_refused(base: Path) -> None:
    meta_path = base / "seeds" / "seeds.yaml"
    meta_path.write_text(meta_path.read_text(encoding="utf-8") + "other: [1]\n", encoding="utf-8")
    before = snapshot(base)
    with pytest.raises(AddSourceError):
        add_source(base, SIXTH, META)
    assert snapshot(base) == before


@pytest.mark.parametrize("failing_move", [1, 2])
def test_a_failure_halfway_leaves_the_base_as_it_was(failing_move: int, base: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fails on the first move (the article) or the second (seeds.yaml, after the
    article is already in place): either way the base ends as it began, with no stray file."""
    before = snapshot(base)
    real_replace = adding.os.replace
    moves = []

    def replace(src: Path, dst: Path) -> None:
        moves.append(dst)
        if len(moves) == failing_move:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(adding.os, "replace", replace)
    with pytest.raises(AddSourceError, match="No space left on device; the base is unchanged"):
        add_source(base, SIXTH, META)
    assert len(moves) == failing_move
    assert snapshot(base) == before
    moves.clear()
    result = runner.invoke(app, ["add-source", str(SIXTH), "--title", "t", "--date", "2022", "--lang", "en",
                                 "--outlet", "o", "--base", str(base)])
    assert result.exit_code == 2 and "the base is unchanged" in result.stderr
    assert snapshot(base) == before


def test_a_read_only_base_is_refused_and_left_alone(base: Path) -> None:
    folder = base / "seeds"
    before = snapshot(base)
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        with pytest.raises(AddSourceError, match="the base is unchanged"):
            add_source(base, SIXTH, META)
    finally:
        folder.chmod(0o755)
    assert snapshot(base) == before
