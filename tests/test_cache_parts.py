"""The compiled base by claims file: a change to the base rebuilds the parts of the files it
changed and nothing else, and what a run answers from parts is what a fresh load answers."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from typer.testing import CliRunner, Result

from conftest import FIXTURES
from cstocheck import checker, compiled
from cstocheck.cli import app
from test_cache import _add_seed, _append_to_seed, _edit_alias_table, _remove_claims_file, _rename_claims_file

runner = CliRunner()
PARTS = FIXTURES / "cache"
FILES = (PARTS / "deployment.yaml", PARTS / "casualties.yaml")
SENTENCES = ("Russia sent about 2,300 troops to Kazakhstan.", "Russia sent about 2,300 soldiers to Kazakhstan.",
             "At least 164 people were killed in the unrest in Kazakhstan.", "Armenia sent 70 troops.")


def claim(root: Path, sentence: str, *extra: str) -> Result:
    return runner.invoke(app, ["claim", sentence, "--format", "json", "--base", str(root), *extra])


@pytest.fixture
def spied(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """What a run builds: the claims files whose parts it builds, the texts it reads, and whether
    it loads the seeds."""
    seen: dict[str, list[str]] = {"parts": [], "texts": [], "seeds": []}
    build_part, read, load_seeds = compiled._file_part, checker.read, compiled.load_seeds

    def part(path: Path, *args: object) -> object:
        seen["parts"].append(path.name)
        return build_part(path, *args)

    def reading(text: str, aliases: object) -> object:
        seen["texts"].append(text)
        return read(text, aliases)

    def seeds(root: Path, problems: object) -> object:
        seen["seeds"].append(root.name)
        return load_seeds(root, problems)

    monkeypatch.setattr(compiled, "_file_part", part)
    monkeypatch.setattr(checker, "read", reading)
    monkeypatch.setattr(compiled, "load_seeds", seeds)
    return seen


def _edit(root: Path) -> None:
    shutil.copy(PARTS / "deployment-edited.yaml", root / "claims" / "deployment.yaml")


def _append_to_quoted_seed(root: Path) -> None:
    with (root / "seeds" / "002_403cd7a7fff41a8d.txt").open("a", encoding="utf-8") as fh:
        fh.write("\nOne more line, after the passage casualties.yaml quotes.\n")


def _append_comment(root: Path) -> None:
    with (root / "claims" / "casualties.yaml").open("a", encoding="utf-8") as fh:
        fh.write("# checked again\n")


CASUALTIES_TEXTS = {
    "At least 164 people were killed in the unrest in Kazakhstan.",
    "The clashes in Kazakhstan left at least 164 dead.",
    "Bij de onlusten in Kazachstan vielen minstens 164 doden.",
    "Bij bloedige botsingen met de ordetroepen vielen minstens 164 doden te betreuren en een veelvoud aan gewonden.",
}
DEPLOYMENT_TEXTS = {"Russia sent about 2,300 troops to Kazakhstan.",
                    "Rusland stuurde zo'n 2300 militairen naar Kazachstan.",
                    "Een dag later stuurde Rusland zo'n 2300   militairen de grens over."}

class Change(NamedTuple):
    edit: Callable[[Path], None]
    parts: list[str]  # the claims files whose parts it rebuilds
    texts: set[str]  # the texts it reads anew
    seeds: bool = False  # whether it loads the seeds again


# Readings are kept by file name, so a renamed file's texts are read again; an edited file's
# unchanged texts are not. Every part and every reading depends on the alias tables; a part
# depends on the seeds its file quotes (deployment.yaml quotes 000, casualties.yaml 002), and
# on no other.
CHANGES: dict[str, Change] = {
    "one file edited": Change(_edit, ["deployment.yaml"], {"Russia sent about 2,300 soldiers to Kazakhstan."}),
    "one file removed": Change(_remove_claims_file, [], set()),
    "one file renamed": Change(_rename_claims_file, ["deaths.yaml"], CASUALTIES_TEXTS),
    "alias table edited": Change(_edit_alias_table, ["casualties.yaml", "deployment.yaml"],
                                 CASUALTIES_TEXTS | DEPLOYMENT_TEXTS - {SENTENCES[0]}),
    "a comment appended to one file": Change(_append_comment, ["casualties.yaml"], set()),
    "the seed one file quotes edited": Change(_append_to_quoted_seed, ["casualties.yaml"], set(), seeds=True),
    "a seed no file quotes edited": Change(_append_to_seed, [], set(), seeds=True),
    "a seed added": Change(_add_seed, [], set(), seeds=True),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_change_rebuilds_only_the_parts_it_touches(change: str, make_base, cache_dir: Path,
                                                      spied: dict[str, list[str]]) -> None:
    root = make_base(*FILES)
    assert claim(root, SENTENCES[0]).exit_code == 0
    assert sorted(spied["parts"]) == ["casualties.yaml", "deployment.yaml"] and spied["seeds"] == ["base"]
    expected = CHANGES[change]
    expected.edit(root)
    for seen in spied.values():
        seen.clear()
    assert claim(root, SENTENCES[0]).exit_code in (0, 4)
    assert spied["parts"] == expected.parts
    assert set(spied["texts"]) - {SENTENCES[0]} == expected.texts  # (judging reads the sentence itself too)
    assert spied["seeds"] == (["base"] if expected.seeds else [])


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_base_put_together_from_parts_answers_as_a_fresh_load(change: str, make_base, cache_dir: Path) -> None:
    root = make_base(*FILES)
    assert claim(root, SENTENCES[0]).exit_code == 0
    CHANGES[change].edit(root)
    for sentence in SENTENCES:
        cached, fresh = claim(root, sentence), claim(root, sentence, "--no-cache")
        assert (cached.exit_code, cached.stdout, cached.stderr) == (fresh.exit_code, fresh.stdout, fresh.stderr)


def test_an_id_in_two_files_is_reported_as_a_whole_load_reports_it(make_base, cache_dir: Path) -> None:
    root = make_base(*FILES)
    assert claim(root, SENTENCES[0]).exit_code == 0
    shutil.copy(PARTS / "same-id-as-casualties.yaml", root / "claims" / "deaths.yaml")
    cached, fresh = claim(root, SENTENCES[0]), claim(root, SENTENCES[0], "--no-cache")
    assert cached.exit_code == 2 and "duplicate id 'deaths-at-least-164'" in cached.stderr
    assert (cached.stdout, cached.stderr) == (fresh.stdout, fresh.stderr)


def _garbage(data: bytes) -> bytes:
    return b"\x00not a part\xff" * 50


def _half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _flipped_middle(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes(b ^ 0xFF for b in data[middle:middle + 16]) + data[middle + 16:]


DAMAGE: dict[str, Callable[[bytes], bytes]] = {"garbage": _garbage, "truncated to half": _half,
                                               "bytes flipped": _flipped_middle}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_parts_are_ignored_and_rebuilt(damage: str, make_base, cache_dir: Path,
                                               spied: dict[str, list[str]]) -> None:
    root = make_base(*FILES)
    clean = claim(root, SENTENCES[0])
    for entry in (p for p in cache_dir.iterdir() if not p.name.startswith(".")):
        entry.write_bytes(DAMAGE[damage](entry.read_bytes()))
    spied["parts"].clear()
    again = claim(root, SENTENCES[0])
    assert (again.exit_code, again.stdout, again.stderr) == (clean.exit_code, clean.stdout, "")
    assert sorted(spied["parts"]) == ["casualties.yaml", "deployment.yaml"]


# --- validate, by claims file ------------------------------------------------------------------

CLAIMS_FIXTURES = sorted((FIXTURES / "claims").glob("*/*.yaml"))


def validate(root: Path, *extra: str) -> Result:
    return runner.invoke(app, ["validate", "--base", str(root), *extra])


@pytest.mark.parametrize("fixture", CLAIMS_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_validate_from_parts_reports_what_a_fresh_load_reports(fixture: Path, make_base, cache_dir: Path) -> None:
    root = make_base(fixture, *FILES)
    fresh = validate(root, "--no-cache")
    for run in ("cold", "warm"):
        cached = validate(root)
        assert (cached.exit_code, cached.stdout, cached.stderr) == (fresh.exit_code, fresh.stdout, fresh.stderr), run


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_validate_loads_only_the_files_a_change_touches(change: str, make_base, cache_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_base(*FILES)
    loaded: list[str] = []
    load_file = compiled.load_claims_file
    monkeypatch.setattr(compiled, "load_claims_file", lambda path, *args: loaded.append(path.name) or
                        load_file(path, *args))
    assert validate(root).exit_code == 0
    assert sorted(loaded) == ["casualties.yaml", "deployment.yaml"]
    CHANGES[change].edit(root)
    loaded.clear()
    cached, fresh = validate(root), validate(root, "--no-cache")
    assert loaded == CHANGES[change].parts
    assert (cached.exit_code, cached.stdout) == (fresh.exit_code, fresh.stdout)


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_what_validate_reads_a_claim_after_it_does_not_read_again(change: str, make_base, cache_dir: Path,
                                                                   spied: dict[str, list[str]]) -> None:
    """validate reads the wordings claims file by claims file, as the compiled base is built, and
    stores each file's readings under the same key: the `claim` after it reads none of them
    again, on a new base and after a change."""
    root = make_base(*FILES)
    for edit in (lambda _root: None, CHANGES[change].edit):
        edit(root)
        spied["texts"].clear()
        assert validate(root).exit_code == 0
        read_by_validate = set(spied["texts"])
        spied["texts"].clear()
        assert claim(root, SENTENCES[0]).exit_code in (0, 4)
        assert not set(spied["texts"]) - {SENTENCES[0]} & read_by_validate  # (judging reads the sentence itself)


def test_a_base_compiled_from_the_readings_validate_kept_is_the_fresh_base(make_base, cache_dir: Path) -> None:
    # The README's first command validates, then every `claim` builds its base from what validate
    # kept: each entry must be the one a fresh load builds (where troops went, a main clause's denials).
    root = make_base(*FILES)
    assert validate(root).exit_code == 0
    kept, fresh = checker.Checker.open(root), checker.Checker.open(root, use_cache=False)
    assert [kept.index.entry(n) for n in range(kept.index.size)] == \
        [fresh.index.entry(n) for n in range(fresh.index.size)]
