"""The compiled-base cache: any edit to the base invalidates it, a damaged cache file is ignored
and rebuilt without a word, writes are atomic, and --no-cache neither reads nor writes it.

Black box where it can be (the CLI and the files in the cache folder), through cstocheck.cache
only where a test must plant a file the CLI would never write.
"""
from __future__ import annotations

import json
import pickle
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from conftest import FIXTURES, REPO
from cstocheck import cache
from cstocheck.checker import Checker
from cstocheck.cli import app

runner = CliRunner()
SENTENCE = "Russia sent about 2,300 troops to Kazakhstan."
MINIMAL = FIXTURES / "claims" / "valid" / "minimal.yaml"
CLAIMS_FILES = sorted(p for p in (REPO / "claims").glob("*.yaml") if p.name not in ("entities.yaml", "terms.yaml"))


def run(*args: str) -> Result:
    return runner.invoke(app, list(args))


def claim(root: Path, *extra: str) -> Result:
    return run("claim", SENTENCE, "--format", "json", "--base", str(root), *extra)


def cache_files(folder: Path) -> list[Path]:
    """Cache entries: temporary files and bookkeeping are hidden (dot) files."""
    return sorted(p for p in folder.glob("*") if not p.name.startswith(".")) if folder.is_dir() else []


def newest(folder: Path) -> Path:
    """The entry the last cold run wrote: it is written last, after any bookkeeping the cache keeps
    (older entries may be there from an earlier version of the code)."""
    return max(cache_files(folder), key=lambda p: p.stat().st_mtime_ns)


@pytest.fixture
def shipped_copy(make_base) -> Path:
    """The shipped base, in a folder the test may edit."""
    return make_base(*CLAIMS_FILES)


# --- invalidation ----------------------------------------------------------------------------


def _edit_statement(root: Path) -> None:
    path = root / "claims" / "deployment.yaml"
    text = path.read_text(encoding="utf-8")
    old = "statement: Russia sent about 2,300 troops to Kazakhstan in January 2022."
    assert old in text
    path.write_text(text.replace(old, old[:-1] + " (edited)."), encoding="utf-8")


def _break_quote_in_claim(root: Path) -> None:
    path = root / "claims" / "deployment.yaml"
    text = path.read_text(encoding="utf-8")
    old = "stuurde Rusland zo’n 2300 militairen de grens over."
    assert old in text
    path.write_text(text.replace(old, "stuurde Rusland zo’n 2400 militairen de grens over."), encoding="utf-8")


def _break_quote_in_seed(root: Path) -> None:
    path = root / "seeds" / "000_c1f0f35582907c32.txt"
    data = path.read_bytes()
    old = "zo’n 2300 militairen de grens over".encode()
    assert old in data
    path.write_bytes(data.replace(old, "zo’n 2400 militairen de grens over".encode()))


def _append_to_seed(root: Path) -> None:
    with (root / "seeds" / "004_87e5b9b0263f4f97.txt").open("ab") as fh:
        fh.write(b"\nOne more line that no claim quotes.\n")


def _edit_seed_metadata(root: Path) -> None:
    path = root / "seeds" / "seeds.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('publication: "bne magazine"', 'publication: "bne"'),
                    encoding="utf-8")


def _add_claims_file(root: Path) -> None:
    text = MINIMAL.read_text(encoding="utf-8").replace("id: russia-troops", "id: russia-troops-again")
    (root / "claims" / "extra.yaml").write_text(text, encoding="utf-8")


def _remove_claims_file(root: Path) -> None:
    (root / "claims" / "casualties.yaml").unlink()


def _rename_claims_file(root: Path) -> None:
    (root / "claims" / "casualties.yaml").rename(root / "claims" / "deaths.yaml")


def _edit_alias_table(root: Path) -> None:
    path = root / "claims" / "entities.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Russian Federation, ", ""), encoding="utf-8")


def _add_seed(root: Path) -> None:
    (root / "seeds" / "009_new.txt").write_text("A seed no claim quotes yet.\n", encoding="utf-8")


EDITS: dict[str, Callable[[Path], None]] = {
    "claim statement": _edit_statement,
    "claim quote": _break_quote_in_claim,
    "seed text under a quote": _break_quote_in_seed,
    "seed bytes nobody quotes": _append_to_seed,
    "seed metadata": _edit_seed_metadata,
    "claims file added": _add_claims_file,
    "claims file removed": _remove_claims_file,
    "claims file renamed": _rename_claims_file,
    "alias table": _edit_alias_table,
    "seed added": _add_seed,
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_any_change_to_the_base_invalidates_the_cache(edit: str, shipped_copy: Path, cache_dir: Path) -> None:
    assert claim(shipped_copy).exit_code == 0
    before = set(cache_files(cache_dir))
    EDITS[edit](shipped_copy)
    cached, fresh = claim(shipped_copy), claim(shipped_copy, "--no-cache")
    # What a cached run says after the edit is what a fresh load says, never the stale answer.
    assert (cached.exit_code, cached.stdout, cached.stderr) == (fresh.exit_code, fresh.stdout, fresh.stderr)
    if cached.exit_code == 0:
        assert set(cache_files(cache_dir)) - before, "the edited base was not compiled afresh"


def test_edited_statement_shows_at_once(shipped_copy: Path, cache_dir: Path) -> None:
    assert claim(shipped_copy).exit_code == 0
    _edit_statement(shipped_copy)
    data = json.loads(claim(shipped_copy).stdout)
    assert data["matches"][0]["statement"].endswith("(edited).")


@pytest.mark.parametrize("edit", ["claim quote", "seed text under a quote"])
def test_edit_that_breaks_the_base_is_reported_not_hidden_by_the_cache(edit: str, shipped_copy: Path,
                                                                        cache_dir: Path) -> None:
    assert claim(shipped_copy).exit_code == 0
    EDITS[edit](shipped_copy)
    after = claim(shipped_copy)
    assert after.exit_code == 2 and "quote not found" in after.stderr


def test_unchanged_base_reuses_its_cache_file(shipped_copy: Path, cache_dir: Path) -> None:
    first = claim(shipped_copy)
    state = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in cache_files(cache_dir)}
    second = claim(shipped_copy)
    assert second.stdout == first.stdout
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in cache_files(cache_dir)} == state


# --- damaged cache files ---------------------------------------------------------------------


def _garbage(data: bytes) -> bytes:
    return b"\x00not a pickle\xff" * 50


def _half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _first_bytes(data: bytes) -> bytes:
    return data[:10]


def _empty(data: bytes) -> bytes:
    return b""


def _flipped_middle(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes(b ^ 0xFF for b in data[middle:middle + 64]) + data[middle + 64:]


def _a_pickle(data: bytes) -> bytes:
    return pickle.dumps(["a", "list", "not", "a", "checker"])


CORRUPTIONS: dict[str, Callable[[bytes], bytes]] = {
    "garbage": _garbage, "truncated to half": _half, "truncated to 10 bytes": _first_bytes, "empty": _empty,
    "bytes flipped": _flipped_middle, "a bare pickle": _a_pickle,
}


def assert_whole(entry: Path, root: Path) -> None:
    """A further run reads the cache as it is: it neither rewrites nor adds a file."""
    state = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in cache_files(entry.parent)}
    claim(root)
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in cache_files(entry.parent)} == state


@pytest.mark.parametrize("corruption", sorted(CORRUPTIONS))
def test_damaged_cache_file_is_ignored_and_rebuilt_silently(corruption: str, shipped_copy: Path,
                                                           cache_dir: Path) -> None:
    clean = claim(shipped_copy)
    entry = newest(cache_dir)
    damaged = CORRUPTIONS[corruption](entry.read_bytes())
    entry.write_bytes(damaged)
    again = claim(shipped_copy)
    assert (again.exit_code, again.stdout, again.stderr) == (clean.exit_code, clean.stdout, "")
    assert entry.read_bytes() != damaged, "the damaged entry was not rebuilt"
    assert_whole(entry, shipped_copy)


def test_cache_file_of_another_base_is_ignored(shipped_copy: Path, tmp_path: Path, cache_dir: Path) -> None:
    other = _minimal_base(shipped_copy, tmp_path / "other")
    assert claim(other).exit_code == 0
    theirs = newest(cache_dir)
    clean = claim(shipped_copy)
    ours = newest(cache_dir)
    assert ours != theirs
    ours.write_bytes(theirs.read_bytes())  # a whole, valid entry, but for another key
    again = claim(shipped_copy)
    assert (again.exit_code, again.stdout, again.stderr) == (clean.exit_code, clean.stdout, "")
    assert_whole(ours, shipped_copy)


def test_cache_entry_of_the_right_key_but_not_a_checker_is_ignored(shipped_copy: Path, cache_dir: Path) -> None:
    clean = claim(shipped_copy)
    cache.store(cache.base_key(shipped_copy), {"not": "a checker"})
    again = claim(shipped_copy)
    assert (again.exit_code, again.stdout, again.stderr) == (clean.exit_code, clean.stdout, "")


def test_cache_entry_that_is_a_directory_is_ignored(shipped_copy: Path, cache_dir: Path) -> None:
    clean = claim(shipped_copy)
    entry = newest(cache_dir)
    entry.unlink()
    entry.mkdir()
    (entry / "junk").write_bytes(b"junk")
    again = claim(shipped_copy)
    assert (again.exit_code, again.stdout, again.stderr) == (clean.exit_code, clean.stdout, "")


def test_cache_folder_that_cannot_be_created_costs_only_speed(shipped_copy: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(cache.ENV_CACHE_DIR, str(blocker / "cache"))
    first, second = claim(shipped_copy), claim(shipped_copy)
    assert first.exit_code == second.exit_code == 0
    assert first.stdout == second.stdout and first.stderr == second.stderr == ""


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(0, 1), flips=st.lists(st.tuples(st.integers(0, 79), st.integers(1, 255)), max_size=4))
def test_randomly_truncated_cache_file_never_changes_the_answer(cut: float, flips: list[tuple[int, int]],
                                                                make_base, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # Function-scoped fixtures are shared by all examples here: each example starts from the same
    # small base and reuses its cache folder, as a user's machine does. Flips stay in the header
    # and key (the first 80 bytes); a flip inside the payload is the test below.
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV_CACHE_DIR, str(folder))
    root = tmp_path / "base" if (tmp_path / "base").is_dir() else make_base(MINIMAL)
    clean = claim(root)
    entry = newest(folder)
    data = bytearray(entry.read_bytes())
    for where, xor in flips:
        data[where] ^= xor
    entry.write_bytes(bytes(data[: int(cut * len(data))]))
    again = claim(root)
    assert (again.exit_code, again.stdout, again.stderr) == (clean.exit_code, clean.stdout, "")


def test_byte_corrupted_inside_the_payload_is_detected(shipped_copy: Path, cache_dir: Path) -> None:
    clean = claim(shipped_copy)
    entry = newest(cache_dir)
    data = entry.read_bytes()
    at = data.index(b"about 2,300 troops")  # the statement, inside the pickled payload
    entry.write_bytes(data[:at] + b"about 9,300 troops" + data[at + len(b"about 9,300 troops"):])
    again = claim(shipped_copy)
    assert (again.exit_code, again.stdout) == (clean.exit_code, clean.stdout)


# --- atomic writes ---------------------------------------------------------------------------


def test_concurrent_writers_never_expose_a_partial_file(cache_dir: Path) -> None:
    key = "f" * 64
    value = {"claims": ["x" * 200] * 5_000}  # a megabyte: slow enough to write for readers to race it
    seen: list[object] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def write() -> None:
        try:
            for _ in range(15):
                cache.store(key, value)
        except BaseException as error:  # noqa: BLE001 (reported below)
            errors.append(error)

    def read() -> None:
        while not stop.is_set():
            found = cache.load(key)
            if found is not None:
                seen.append(found == value)

    readers = [threading.Thread(target=read) for _ in range(2)]
    writers = [threading.Thread(target=write) for _ in range(4)]
    for t in readers + writers:
        t.start()
    for t in writers:
        t.join()
    stop.set()
    for t in readers:
        t.join()
    assert not errors
    assert seen and all(seen), "a reader saw a value that is not the one written"
    left = [p.name for p in cache_dir.iterdir()]
    assert not [name for name in left if name.endswith(".tmp")], f"temporary files were left behind: {left}"
    assert len(cache_files(cache_dir)) == 1, left


# --- --no-cache ------------------------------------------------------------------------------


def _poison(real: Path, impostor: Path) -> None:
    """Store the checker of `impostor` under the key of `real`, as a stale cache would."""
    cache.store(cache.base_key(real), Checker.open(impostor, use_cache=False))


def _minimal_base(like: Path, to: Path) -> Path:
    """The seeds and alias tables of `like`, with the one claim of the minimal fixture."""
    shutil.copytree(like / "seeds", to / "seeds")
    shutil.copytree(like / "claims", to / "claims", ignore=lambda folder, names: [
        n for n in names if n not in ("entities.yaml", "terms.yaml")])
    shutil.copy(MINIMAL, to / "claims" / MINIMAL.name)
    return to


def test_no_cache_bypasses_a_cache_entry(shipped_copy: Path, tmp_path: Path, cache_dir: Path) -> None:
    impostor = _minimal_base(shipped_copy, tmp_path / "impostor")
    _poison(shipped_copy, impostor)
    poisoned = json.loads(claim(shipped_copy).stdout)
    fresh = json.loads(claim(shipped_copy, "--no-cache").stdout)
    # The planted entry is read without --no-cache (so this test can see a bypass at all) ...
    assert poisoned["claim_id"] == "russia-troops"
    # ... and --no-cache reads the base itself.
    assert fresh["claim_id"] != "russia-troops" and fresh["verdict"] == "supported"


@pytest.mark.parametrize("command", [
    ["claim", SENTENCE],
    ["claim", SENTENCE, "--format", "json"],
    ["conflicts"],
    ["validate"],
])
def test_no_cache_writes_nothing(command: list[str], shipped_copy: Path, cache_dir: Path) -> None:
    result = run(*command, "--base", str(shipped_copy), "--no-cache")
    assert result.exit_code in (0, 1, 3, 4), result.output
    assert not cache_dir.exists() or list(cache_dir.iterdir()) == []


def test_validate_never_trusts_the_cache(make_base, tmp_path: Path, cache_dir: Path) -> None:
    broken = make_base(FIXTURES / "claims" / "invalid" / "quote-not-found.yaml")
    clean = tmp_path / "clean"
    shutil.copytree(REPO / "seeds", clean / "seeds")
    shutil.copytree(REPO / "claims", clean / "claims")
    _poison(broken, clean)
    assert run("validate", "--base", str(broken)).exit_code == 1


def test_the_key_covers_the_language_files(shipped_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The compiled base holds every wording as read with the language files: a curator's new
    # hedge or verb form must not meet a stale reading.
    hashed: list[str] = []
    real = cache._file_hashes

    def spy(files: list[tuple[str, str]]) -> dict[str, str]:
        hashed.extend(label for label, _ in files)
        return real(files)

    monkeypatch.setattr(cache, "_file_hashes", spy)
    cache.base_key(shipped_copy)
    assert {"package/languages/en.json", "package/languages/nl.json", "package/languages/shared.json"} <= set(hashed)


# --- the cache by claims file: see test_cache_parts.py ---------------------------------------


# --- what a warm run imports -------------------------------------------------------------------

_IMPORTED = ("import sys; from cstocheck.cli import run; code = run(sys.argv[1:]); "
             "print(code, *(m in sys.modules for m in ('yaml', 'rich')))")


def test_warm_json_claim_imports_neither_yaml_nor_rich(shipped_copy: Path, cache_dir: Path) -> None:
    """A warm `claim --format json` takes the qualifier words from the cache (no yaml) and prints no
    rich renderable (no rich): importing either would cost every claim."""
    import os
    import subprocess
    import sys

    args = [sys.executable, "-c", _IMPORTED, "claim", SENTENCE, "--format", "json", "--base", str(shipped_copy)]
    env = {**os.environ, cache.ENV_CACHE_DIR: str(cache_dir)}
    cold = subprocess.run(args, capture_output=True, text=True, check=True, env=env)
    warm = subprocess.run(args, capture_output=True, text=True, check=True, env=env)
    assert cold.stdout.split()[-3:] == ["0", "True", "False"]
    assert warm.stdout.split()[-3:] == ["0", "False", "False"]
    assert warm.stdout.rsplit("}", 1)[0] == cold.stdout.rsplit("}", 1)[0]


@pytest.mark.parametrize("data", [None, [], {"modality": []}, {"modality": {"reported": "x"}},
                                  {"modality": {"reported": ["x"]}, "still": [1]}], ids=repr)
def test_qualifier_words_of_another_shape_are_not_carried(data: object) -> None:
    from cstocheck import qualify

    qualify._carried.clear()
    qualify.carry(data)
    assert qualify._carried == []


def test_qualifier_words_carried_are_the_word_files(shipped_copy: Path, cache_dir: Path) -> None:
    from cstocheck import qualify

    assert claim(shipped_copy).exit_code == 0
    qualify._carried.clear()
    assert isinstance(cache.load(cache.base_key(shipped_copy)), Checker)
    assert qualify._carried == [qualify.read_words_file()]


# --- validate, by claims file ----------------------------------------------------------------

WORDINGS = sorted((FIXTURES / "claims" / "wordings").glob("*.yaml"))


def test_validate_says_the_same_cold_warm_and_without_the_cache(make_base, cache_dir: Path) -> None:
    root = make_base(*CLAIMS_FILES, *WORDINGS)
    fresh = run("validate", "--base", str(root), "--no-cache")
    cold = run("validate", "--base", str(root))
    warm = run("validate", "--base", str(root))
    assert "[polarity]" in fresh.output  # the fixtures' wordings drift: there is something to cache
    assert (cold.exit_code, cold.output) == (warm.exit_code, warm.output) == (fresh.exit_code, fresh.output)
    assert cache_files(cache_dir)


def test_validate_reads_again_only_the_edited_file(make_base, cache_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from cstocheck import wordings

    root = make_base(*CLAIMS_FILES, *WORDINGS)
    run("validate", "--base", str(root))
    edited = root / "claims" / WORDINGS[0].name
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    checked: list[str] = []
    real = wordings._drifts

    def spy(claims, *args):  # type: ignore[no-untyped-def]
        checked.extend(Path(c.mark.path).name for c in claims)
        return real(claims, *args)

    monkeypatch.setattr(wordings, "_drifts", spy)
    result = run("validate", "--base", str(root))
    assert result.exit_code in (0, 1) and set(checked) == {WORDINGS[0].name}


def test_a_renamed_claims_file_keeps_its_answer_at_its_new_path(make_base, cache_dir: Path) -> None:
    root = make_base(*CLAIMS_FILES, *WORDINGS)
    run("validate", "--base", str(root))
    old = root / "claims" / WORDINGS[0].name
    old.rename(root / "claims" / f"renamed-{WORDINGS[0].name}")
    result = run("validate", "--base", str(root))
    assert f"renamed-{WORDINGS[0].name}" in result.output and f"claims/{WORDINGS[0].name}:" not in result.output
