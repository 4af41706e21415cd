"""Hardening, round two: what an adversarial user met on the command line, one test per fault.

Each test is named after the fault it guards against. Inputs that can be files are under
tests/fixtures/hardening2/; FIFOs, links and unreadable folders are made in a temporary folder.
Every fault that once hung or ran for minutes (FIFOs, long sentences, long quotes) runs
cstocheck as a separate process with a time limit, so a hang fails the test instead of
stalling CI.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, REPO
from cstocheck.cli import app

HERE = FIXTURES / "hardening2"
SENTENCE = "Russia sent about 2,300 troops to Kazakhstan."
PASSING = f"{SENTENCE}\n"
VERDICT_CODES = (0, 1, 3, 4)
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


def env(tmp_path: Path, **extra: str) -> dict[str, str]:
    drop = ("CSTOCHECK_BASE", "CSTOCHECK_CONFIG", "FORCE_COLOR", "NO_COLOR", "CSTOCHECK_DEBUG", "COLUMNS")
    out = {k: v for k, v in os.environ.items() if k not in drop}
    out["CSTOCHECK_CACHE_DIR"] = str(tmp_path / "cache")
    out.update(extra)
    return out


def cli(tmp_path: Path, *args: str, timeout: float = 60, stdin: bytes | None = None,
        **extra: str) -> subprocess.CompletedProcess[str]:
    """cstocheck as its own process, killed after `timeout` seconds (the test then fails)."""
    try:
        return subprocess.run([sys.executable, "-m", "cstocheck", *args], check=False, capture_output=True, input=stdin,
                              env=env(tmp_path, **extra), cwd=tmp_path, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"cstocheck {' '.join(args)[:200]} still running after {timeout} s")


def text(result: subprocess.CompletedProcess[bytes]) -> tuple[str, str]:
    return result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace")


def error_line(result: subprocess.CompletedProcess[bytes]) -> str:
    """The one line on stderr, which must be an error and no internal one."""
    _, err = text(result)
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), lines
    assert "internal error" not in lines[0] and "Traceback" not in err
    return lines[0]


def copy_base(to: Path) -> Path:
    shutil.copytree(REPO / "seeds", to / "seeds")
    shutil.copytree(REPO / "claims", to / "claims")
    return to


def draft_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "pass.md").write_text(PASSING, encoding="utf-8")
    return folder


# --- row 1: a FIFO in the base ------------------------------------------------------------------

BASE_FIFOS = {
    "fifo-in-seeds": ("seeds/notes.fifo", ["claim", SENTENCE], VERDICT_CODES, None),
    "fifo-as-claims-readme": ("claims/README", ["claim", SENTENCE], VERDICT_CODES, None),
    "fifo-as-claims-yaml": ("claims/x.yaml", ["validate"], (1,), ("claims/x.yaml:1:1: error: cannot read YAML file: "
                                                                  "not a regular file (a FIFO)")),
    "fifo-as-seed-txt": ("seeds/010_x.txt", ["validate"], (1,), "not a regular file (a FIFO)"),
}


@needs_fifo
@pytest.mark.parametrize("fault", sorted(BASE_FIFOS))
def test_fifo_in_the_base_is_refused_or_skipped(fault: str, tmp_path: Path) -> None:
    name, args, codes, said = BASE_FIFOS[fault]
    root = copy_base(tmp_path / "base")
    os.mkfifo(root / name)
    result = cli(tmp_path, *args, "--base", "base", timeout=30)
    out, err = text(result)
    assert result.returncode in codes, err
    if said:
        assert said in out
    if fault == "fifo-as-claims-yaml":  # `claim` stops on it in one line, naming it once
        line = error_line(cli(tmp_path, "claim", SENTENCE, "--base", "base", timeout=30))
        assert line.count("error") == 1 and "claims/x.yaml:1:1" in line


# --- row 2: a FIFO among the drafts -------------------------------------------------------------


@needs_fifo
def test_fifo_in_drafts_is_skipped_with_a_warning_when_walking(tmp_path: Path) -> None:
    folder = draft_folder(tmp_path)
    os.mkfifo(folder / "a.md")
    result = cli(tmp_path, "check", "drafts", timeout=30)
    out, err = text(result)
    assert result.returncode == 0, err
    assert "warning: drafts/a.md: not a regular file (a FIFO): skipped" in err
    assert "1 sentence checked" in out
    assert cli(tmp_path, "check", "--strict", "drafts", timeout=30).returncode == 2


@needs_fifo
def test_fifo_named_as_a_draft_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a.md")
    result = cli(tmp_path, "check", "a.md", timeout=30)
    assert result.returncode == 2
    assert error_line(result) == "error: a.md: cannot read file: not a regular file (a FIFO)"


# --- row 3: long sentences cost linear time -----------------------------------------------------

LONG_SENTENCES = {
    "colon-lines-10kb": "a: b\n" * 2_000,
    "list-markers-40kb": "1. " * 13_000 + "\n",
    "titles-100kb": "St. " * 25_000 + "\n",
}


@pytest.mark.parametrize("fault", sorted(LONG_SENTENCES))
def test_long_sentence_is_cut_in_linear_time(fault: str, tmp_path: Path) -> None:
    (tmp_path / "long.md").write_text(LONG_SENTENCES[fault], encoding="utf-8")
    result = cli(tmp_path, "check", "long.md", timeout=15)
    _out, err = text(result)
    assert result.returncode == 0, err
    assert "internal error" not in err and "Traceback" not in err
    if fault != "list-markers-40kb":  # list items are short sentences of their own
        assert "long.md:1:1: sentence of" in err and "characters not checked" in err


def test_sentence_over_the_claim_limit_is_not_checked_and_said(tmp_path: Path) -> None:
    from cstocheck.drafts import parse
    from cstocheck.inputs import MAX_CLAIM_CHARS

    long = "Russia sent troops " + "and more troops " * 200 + "to Kazakhstan."
    draft = parse(f"{SENTENCE}\n\n{long}\n", "x.md")
    assert [s.text for s in draft.sentences] == [SENTENCE]
    assert [(s.line, len(s.text) > MAX_CLAIM_CHARS) for s in draft.overlong] == [(3, True)]


def test_windowed_segmentation_agrees_with_whole_segmentation() -> None:
    """A paragraph longer than the window is cut into the same sentences as it would be whole."""
    from cstocheck import drafts

    prose = " ".join(f"Armenia sent {n} soldiers to Almaty on 6 Jan. 2022, said Mr. Pashinyan." for n in range(120))
    whole = drafts._pysbd(prose, "en")
    assert len(prose) > drafts.SEGMENT_WINDOW
    assert drafts._windowed(prose, "en") == whole


def test_sentence_of_many_short_pieces_is_judged_in_linear_time() -> None:
    """A sentence of many empty pieces ("a: b a: b …") was read again at every join."""
    from cstocheck.checker import Checker
    from cstocheck.locate import find_base

    checker = Checker.open(find_base(None))
    start = time.perf_counter()
    checker.claim(" ".join(["a: b"] * 1_000))
    assert time.perf_counter() - start < 3.0  # it took minutes


# --- row 4: the closest passage to a missing long quote -----------------------------------------


def test_long_missing_quote_in_a_large_seed_is_reported_within_seconds(tmp_path: Path) -> None:
    import random

    root = copy_base(tmp_path / "base")
    rng = random.Random(4)
    words = (REPO / "seeds" / "000_c1f0f35582907c32.txt").read_text(encoding="utf-8").split()
    seed = "\n".join(" ".join(rng.choice(words) for _ in range(12)) for _ in range(3_000))[:200_000]
    (root / "seeds" / "010_big.txt").write_text(seed, encoding="utf-8")
    quote = " ".join(rng.choice(words) for _ in range(4_000))[:20_000].replace('"', "")
    (root / "claims" / "long-quote.yaml").write_text(
        "topic: t\nclaims:\n  - id: long-quote\n    statement: Russia sent troops.\n    kind: event\n"
        f"    sources:\n      - seed: 010_big\n        quote: \"{quote}\"\n        says: supports\n",
        encoding="utf-8")
    result = cli(tmp_path, "validate", "--base", "base", timeout=30)
    out, _ = text(result)
    assert result.returncode == 1
    assert "long-quote.yaml:8:16: error: quote not found in 010_big (closest passage" in out


def test_closest_passage_of_a_long_quote_is_scored_whole() -> None:
    from cstocheck.quotes import CLOSEST_PROBE, SeedText

    seed = SeedText("Intro. " + "Russia sent troops to Kazakhstan in January. " * 40 + "The end.")
    quote = "Russia sent troops to Kazakhstan in January. " * 10 + "And then something else entirely " * 20
    assert len(quote) > CLOSEST_PROBE
    near = seed.closest(quote)
    assert near.line == 1 and near.text.startswith("Russia sent troops")
    assert 30 < near.score < 90  # the start agrees; the whole does not


# --- row 5: a closed pipe is not a finding ------------------------------------------------------

PIPED = {
    "check-head": ["check", "pass.md"],
    "conflicts-head": ["conflicts"],
    "claim-head": ["claim", SENTENCE],
}


@pytest.mark.parametrize("fault", sorted(PIPED))
def test_sigpipe_is_not_a_false_failure(fault: str, tmp_path: Path) -> None:
    """`cstocheck … | head -1`: the exit code is the command's own, or death by SIGPIPE (141 in a
    shell), never a false 1 from the broken pipe."""
    (tmp_path / "pass.md").write_text(PASSING * 400, encoding="utf-8")
    expected = 0  # the sentence is supported, and the listings exit 0
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-m", "cstocheck", *PIPED[fault]], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env(tmp_path), cwd=tmp_path)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()  # what `head -1` does after its line
        try:
            code = proc.wait(timeout=60)
        finally:
            proc.kill()
        err = proc.stderr.read().decode()
        assert code in (expected, -signal.SIGPIPE), (code, err)
        assert "Traceback" not in err and "error" not in err


# --- row 6: bad configs, baselines, bases and stdin are one line, exit 2 ------------------------

CONFIGS = sorted(p.name for p in (HERE / "configs").glob("*.toml"))


@pytest.mark.parametrize("name", CONFIGS)
def test_broken_pyproject_is_one_line_not_an_internal_error(name: str, tmp_path: Path) -> None:
    (tmp_path / "pass.md").write_text(PASSING, encoding="utf-8")
    shutil.copy(HERE / "configs" / name, tmp_path / "pyproject.toml")
    found = cli(tmp_path, "check", "pass.md")
    explicit = cli(tmp_path, "check", "pass.md", "--config", "pyproject.toml")
    for result in (found, explicit):
        if name.startswith("tool-") and result is found:
            assert result.returncode == 0, text(result)  # a pyproject.toml with no [tool.cstocheck] is not ours
            continue
        assert result.returncode == 2, text(result)
        assert "pyproject.toml" in error_line(result)


def test_baseline_nested_100k_deep_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "pass.md").write_text(PASSING, encoding="utf-8")
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    result = cli(tmp_path, "check", "pass.md", "--baseline", "deep.json")
    assert result.returncode == 2
    assert error_line(result) == "error: deep.json: cannot read baseline: nested too deeply to be one"


def test_folder_1000_levels_deep_is_walked(tmp_path: Path) -> None:
    deep = tmp_path / "drafts"
    deep.mkdir()
    for _ in range(1_000):  # (os.makedirs recurses once per level)
        deep = deep / "a"
        deep.mkdir()
    (deep / "pass.md").write_text(PASSING, encoding="utf-8")
    try:
        result = cli(tmp_path, "check", "drafts")
    finally:
        (deep / "pass.md").unlink()
        while deep != tmp_path:  # pytest's own clean-up would recurse once per level
            deep.rmdir()
            deep = deep.parent
    out, err = text(result)
    assert result.returncode == 0, err[-500:]
    assert "1 sentence checked" in out


def test_stdin_closed_is_one_line(tmp_path: Path) -> None:
    for args in (["claim", "-"], ["check", "-"]):
        result = subprocess.run([sys.executable, "-m", "cstocheck", *args], check=False, capture_output=True,
                                env=env(tmp_path), cwd=tmp_path, timeout=60, preexec_fn=lambda: os.close(0))
        assert result.returncode == 2
        assert error_line(result) == "error: stdin is closed: nothing to read"


def _refuse(denied: Path) -> Callable[..., object]:
    """os.scandir that refuses one folder, as chmod 000 does for anyone but root (tests may run as root)."""
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fspath(path)).resolve() == denied.resolve():  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fspath(path))  # type: ignore[arg-type]
        return real(path)  # type: ignore[arg-type]

    return scandir


def test_unreadable_claims_folder_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_base(tmp_path / "base")
    monkeypatch.setattr(os, "scandir", _refuse(root / "claims"))
    result = CliRunner().invoke(app, ["claim", SENTENCE, "--base", str(root)])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "claims: cannot read folder: Permission denied" in lines[0], lines


# --- rows 7 and 8: the cache --------------------------------------------------------------------


def _run_claim(root: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["claim", SENTENCE, "--format", "json", "--base", str(root)])
    return result.exit_code, result.stdout, result.stderr


MANIFESTS: dict[str, Callable[[Path], bytes]] = {
    # What the cache of cstocheck 1.0 kept: a pickle, here of the wrong shape.
    "manifest-pickle-of-wrong-shape": lambda root: __import__("pickle").dumps(["a", "list"]),
    "manifest-json-of-wrong-shape": lambda root: json.dumps(
        {"version": 1, "files": {str((root / "claims" / "casualties.yaml").resolve()): "not a triple"}}).encode(),
    "manifest-json-with-wrong-types": lambda root: json.dumps(
        {"version": 1, "files": {str((root / "claims" / "casualties.yaml").resolve()): [1.5, None, 7]}}).encode(),
    "manifest-json-list": lambda root: b"[1, 2, 3]",
    "manifest-json-nested-deep": lambda root: b"[" * 100_000 + b"]" * 100_000,
}


@pytest.mark.parametrize("fault", sorted(MANIFESTS))
def test_cache_manifest_of_the_wrong_shape_is_ignored_and_rebuilt(fault: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_base(tmp_path / "base")
    monkeypatch.setenv("CSTOCHECK_CACHE_DIR", str(tmp_path / "cache"))
    clean = _run_claim(root)
    for name in (".manifest", ".manifest.json"):
        (tmp_path / "cache" / name).write_bytes(MANIFESTS[fault](root))
    for entry in (tmp_path / "cache").glob("[!.]*"):
        entry.unlink()  # so that the manifest is read to make the key again
    assert _run_claim(root) == clean
    assert _run_claim(root) == clean


class _Planted:
    """A pickle that, when loaded, creates a file: what a crafted cache file could do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (open, (str(self.marker), "w"))


def test_crafted_pickle_in_the_cache_folder_runs_no_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle
    import zlib

    from cstocheck import cache

    root = copy_base(tmp_path / "base")
    folder = tmp_path / "cache"
    monkeypatch.setenv("CSTOCHECK_CACHE_DIR", str(folder))
    clean = _run_claim(root)
    marker = tmp_path / "pwned"
    payload = pickle.dumps(_Planted(marker))
    key = cache.base_key(root)
    check = f"{zlib.crc32(payload):08x}{len(payload):016x}".rjust(64, "0")
    for magic in (b"cstocheck-cache 2\n", b"cstocheck-cache 3 json\n"):  # this version's header, and 1.0's
        for suffix in (".pickle", ".json"):
            (folder / f"{key}{suffix}").write_bytes(magic + f"{key}\n{check}\n".encode() + payload)
    (folder / ".manifest").write_bytes(payload)
    (folder / ".manifest.json").write_bytes(payload)
    assert _run_claim(root) == clean
    assert not marker.exists(), "loading the cache ran code"


# Crafted cache documents, each refused: tests/test_cachecodec.py (the format they are written in).


def test_cache_format_round_trips_the_compiled_base() -> None:
    from cstocheck import cachecodec
    from cstocheck.checker import Checker
    from cstocheck.locate import find_base

    checker = Checker.open(find_base(None), use_cache=False)
    again = cachecodec.loads(cachecodec.dumps(checker))
    assert again.base == checker.base
    assert again.index.entries == checker.index.entries
    assert again.claim(SENTENCE) == checker.claim(SENTENCE)


# --- row 9: writing the baseline ----------------------------------------------------------------


def test_baseline_tmp_symlink_is_not_written_through(tmp_path: Path) -> None:
    (tmp_path / "pass.md").write_text(PASSING, encoding="utf-8")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    (tmp_path / "bl.json.tmp").symlink_to("victim.txt")
    result = cli(tmp_path, "check", "pass.md", "--baseline", "bl.json", "--write-baseline")
    assert result.returncode == 0, text(result)
    assert victim.read_text(encoding="utf-8") == "keep me\n"
    assert (tmp_path / "bl.json.tmp").is_symlink()
    bl = tmp_path / "bl.json"
    assert not bl.is_symlink() and json.loads(bl.read_text(encoding="utf-8"))["version"] == 1
    assert not list(tmp_path.glob(".bl.json.*")), "a temporary file was left behind"


@needs_fifo
@pytest.mark.parametrize("fault", ["baseline-target-fifo", "baseline-target-symlink"])
def test_baseline_target_that_is_not_a_regular_file_is_refused(fault: str, tmp_path: Path) -> None:
    (tmp_path / "pass.md").write_text(PASSING, encoding="utf-8")
    target = tmp_path / "bl.json"
    if fault == "baseline-target-fifo":  # as /dev/full was: a node that is not a file
        os.mkfifo(target)
    else:
        (tmp_path / "elsewhere.json").write_text("{}", encoding="utf-8")
        target.symlink_to("elsewhere.json")
    before = target.lstat()
    result = cli(tmp_path, "check", "pass.md", "--baseline", "bl.json", "--write-baseline", timeout=30)
    assert result.returncode == 2
    assert "not a regular file; not replaced" in error_line(result)
    after = target.lstat()
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (stat.S_IFMT(before.st_mode), before.st_ino)


def test_baseline_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    from cstocheck import baseline

    target = tmp_path / "bl.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o640)
    baseline.write(target, [("a.md", "x", "contradicted", "A sentence.")])
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert baseline.load(target).keys == (("a.md", "x", "contradicted", "A sentence."),)


# --- row 10: links among the drafts -------------------------------------------------------------

SECRET = "The secret figure is 4242 and must not leak."


def test_symlink_outside_drafts_is_skipped_with_a_warning(tmp_path: Path) -> None:
    folder = draft_folder(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    (folder / "notes.md").symlink_to(secret)
    (folder / "inside.md").symlink_to("pass.md")  # a link within the folder is read (once)
    result = cli(tmp_path, "check", "drafts", "-f", "junit")
    out, err = text(result)
    assert result.returncode == 0, err
    assert "4242" not in out
    assert "warning: drafts/notes.md: a link leading outside the folders checked" in err
    named = cli(tmp_path, "check", "drafts/notes.md", "-f", "junit")  # a file named explicitly is read
    assert named.returncode == 0 and "4242" in text(named)[0]


def test_dangling_link_in_a_walked_folder_is_skipped_not_fatal(tmp_path: Path) -> None:
    folder = draft_folder(tmp_path)
    (folder / "gone.md").symlink_to("nowhere.md")
    (folder / "loop.md").symlink_to("loop.md")
    result = cli(tmp_path, "check", "drafts")
    out, err = text(result)
    assert result.returncode == 0, err
    assert "1 sentence checked" in out
    assert "warning: drafts/gone.md: a link leading nowhere: skipped" in err
    assert "warning: drafts/loop.md: a link leading nowhere: skipped" in err


# --- row 11: a huge baseline --------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "darwin", reason="needs RLIMIT_AS")
def test_huge_baseline_is_refused_at_the_size_limit(tmp_path: Path) -> None:
    import resource

    (tmp_path / "pass.md").write_text(PASSING, encoding="utf-8")
    with (tmp_path / "huge.json").open("wb") as fh:
        fh.truncate(1024 ** 3)  # a sparse gigabyte

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1024 ** 3, 1024 ** 3))

    result = subprocess.run([sys.executable, "-m", "cstocheck", "check", "pass.md", "--baseline", "huge.json"],
                            check=False, capture_output=True, env=env(tmp_path), cwd=tmp_path, timeout=60, preexec_fn=cap)
    assert result.returncode == 2
    assert error_line(result) == ("error: huge.json: cannot read baseline: it is 1,073,741,824 bytes; "
                                  "the limit is 8,388,608")


# --- row 12: an unreadable folder among the drafts ----------------------------------------------


def test_unreadable_subfolder_is_a_warning_and_fails_strict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = draft_folder(tmp_path)
    (folder / "sub").mkdir()
    (folder / "sub" / "hidden.md").write_text("Armenia sent 5,000 soldiers.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os, "scandir", _refuse(folder / "sub"))
    plain = CliRunner().invoke(app, ["check", "drafts"])
    assert plain.exit_code == 0, plain.output
    assert "warning: drafts/sub: cannot read folder: Permission denied: skipped" in plain.stderr
    strict = CliRunner().invoke(app, ["check", "drafts", "--strict"])
    assert strict.exit_code == 2
    assert "were not checked (--strict)" in strict.stderr


# --- row 13: COLUMNS=0 --------------------------------------------------------------------------


@pytest.mark.parametrize("columns", ["0", "abc"])
@pytest.mark.parametrize("args", [["claim", SENTENCE], ["conflicts"], ["check", "pass.md"]],
                         ids=["claim", "conflicts", "check"])
def test_columns_zero_falls_back_to_a_real_width(columns: str, args: list[str], tmp_path: Path) -> None:
    (tmp_path / "pass.md").write_text(PASSING, encoding="utf-8")
    result = cli(tmp_path, *args, COLUMNS=columns)
    out, err = text(result)
    assert result.returncode == 0, err
    assert out.strip() and not err


# --- row 14: interrupts -------------------------------------------------------------------------

_INTERRUPT_IMPORT = """
import builtins, importlib.metadata, sys
real = builtins.__import__
def interrupting(name, *args, **kwargs):
    if name.split(".")[0] in ("typer", "rich"):
        raise KeyboardInterrupt
    return real(name, *args, **kwargs)
builtins.__import__ = interrupting
sys.argv = ["cstocheck", "claim", "Russia sent troops."]
(entry,) = importlib.metadata.entry_points(group="console_scripts", name="cstocheck")
sys.exit(entry.load()())
"""


def test_interrupt_during_start_up_is_one_line_and_130(tmp_path: Path) -> None:
    """Ctrl-C while the console script imports typer and rich (a tenth of a second)."""
    result = subprocess.run([sys.executable, "-c", _INTERRUPT_IMPORT], check=False, capture_output=True, env=env(tmp_path),
                            cwd=tmp_path, timeout=60)
    _, err = text(result)
    assert result.returncode == 130, err
    assert err == "interrupted\n"


def test_interrupt_at_any_moment_gives_no_traceback(tmp_path: Path) -> None:
    for delay in (0.15, 0.3, 0.5, 0.8):
        proc = subprocess.Popen([sys.executable, "-m", "cstocheck", "claim", SENTENCE], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env(tmp_path), cwd=tmp_path)
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
        assert b"Traceback" not in err, err.decode()
        # Python itself may end by the signal after the message (a shell shows 130 for both).
        assert proc.returncode in (130, -signal.SIGINT, *VERDICT_CODES), (delay, proc.returncode, err)
        if proc.returncode not in VERDICT_CODES:
            assert err.decode().strip() == "interrupted"


# --- row 15: values and names the validator must refuse -----------------------------------------

BAD_CLAIMS = {
    "negative-count.yaml": "negative-count.yaml:6:12: error: value: '-5' is negative: a count is a number of things",
    "negative-says.yaml": "negative-says.yaml:10:15: error: says: '−2300' is negative",
    "huge-count.yaml": "huge-count.yaml:6:12: error: value: '9999999999999999999999999999999999999999... "
                       "(5,000 characters)' is too large to be a count",
}


@pytest.mark.parametrize("name", sorted(BAD_CLAIMS))
def test_impossible_count_value_is_refused_with_file_line_col(name: str, make_base) -> None:
    root = make_base(HERE / "claims" / name)
    result = CliRunner().invoke(app, ["validate", "--base", str(root)])
    assert result.exit_code == 1
    assert BAD_CLAIMS[name] in result.stdout


@pytest.mark.parametrize("name", ["star.yaml", "double-star.yaml", "dot-star.yaml"])
def test_entity_name_without_a_letter_is_refused(name: str, tmp_path: Path) -> None:
    root = copy_base(tmp_path / "base")
    terms = root / "claims" / "terms.yaml"
    lines = terms.read_text(encoding="utf-8").count("\n")
    terms.write_text(terms.read_text(encoding="utf-8") + (HERE / "entities" / name).read_text(encoding="utf-8"),
                     encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", "--base", str(root)])
    assert result.exit_code == 1
    assert f"terms.yaml:{lines + 3}:" in result.stdout and "has no letter or digit" in result.stdout
    assert CliRunner().invoke(app, ["claim", "Something entirely else.", "--base", str(root)]).exit_code == 2


# --- row 16: ignore patterns are .gitignore patterns --------------------------------------------

# (pattern, path, ignored): cases from git's documentation of gitignore patterns.
GITIGNORE_CASES = [
    ("drafts/*.txt", "drafts/a.txt", True),
    ("drafts/*.txt", "drafts/sub/a.txt", False),  # "*" does not cross a slash
    ("/archive", "archive/a.md", True),
    ("/archive", "x/archive/a.md", False),  # a leading slash anchors to the config's folder
    ("archive", "x/archive/a.md", True),  # no slash: any depth
    ("archive/", "x/archive/a.md", True),  # a trailing slash: folders only
    ("a.md/", "a.md", False),
    ("**/notes", "x/y/notes/a.md", True),
    ("docs/**/draft.md", "docs/draft.md", True),
    ("docs/**/draft.md", "docs/x/y/draft.md", True),
    ("*.md", "x/a.md", True),
    ("*.md\n!keep.md", "x/keep.md", False),  # a negation re-includes
    ("doc/frotz", "a/doc/frotz/a.md", False),  # a middle slash anchors too
    ("\\#hash.md", "#hash.md", True),
    ("a?.md", "ab.md", True),
    ("a[0-9].md", "a5.md", True),
]


@pytest.mark.parametrize("pattern,path,ignored", GITIGNORE_CASES)
def test_ignore_follows_gitignore_rules(pattern: str, path: str, ignored: bool, tmp_path: Path) -> None:
    from cstocheck.config import Settings

    settings = Settings(root=tmp_path, ignore=tuple(pattern.split("\n")))
    assert settings.is_ignored(tmp_path / path) is ignored


def test_ignore_anchored_pattern_in_config_skips_only_the_top_folder(tmp_path: Path) -> None:
    for name in ("archive/a.md", "x/archive/b.md", "drafts/c.txt", "drafts/sub/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(PASSING, encoding="utf-8")
    (tmp_path / ".cstocheck.yaml").write_text('ignore: ["/archive", "drafts/*.txt"]\n', encoding="utf-8")
    result = cli(tmp_path, "check", ".", "-f", "json")
    files = sorted({f["file"] for f in json.loads(result.stdout)})
    assert files == ["drafts/sub/d.txt", "x/archive/b.md"], files


# --- row 17: piped output and usage errors ------------------------------------------------------


def test_piped_conflicts_are_neither_wrapped_nor_padded(tmp_path: Path) -> None:
    result = cli(tmp_path, "conflicts", COLUMNS="80")
    out, err = text(result)
    assert result.returncode == 0, err
    lines = out.splitlines()
    assert not [line for line in lines if line != line.rstrip()], "lines end in padding"
    statement = ("uzbekistan-membership: Uzbekistan was a member of the Collective Security Treaty from 1992 to "
                 "1999 and of the CSTO from 2006 to 2012.")
    assert statement in lines


def test_piped_check_keeps_each_finding_on_its_line(tmp_path: Path) -> None:
    (tmp_path / "pass.md").write_text(PASSING, encoding="utf-8")
    result = cli(tmp_path, "check", "pass.md", COLUMNS="40")
    out, err = text(result)
    assert result.returncode == 0, err
    assert "pass.md:1:1 SUPPORTED Russia sent about 2,300 troops to Kazakhstan." in out.splitlines()
    assert not [line for line in out.splitlines() if line != line.rstrip()]


@pytest.mark.parametrize("args", [["check", "--bogus", "x.md"], ["claim"], ["conflicts", "--format", "nope"],
                                  ["nosuchcommand"]], ids=["unknown-option", "missing-argument", "bad-choice",
                                                           "unknown-command"])
def test_usage_error_is_one_line_with_the_help_hint(args: list[str], tmp_path: Path) -> None:
    result = cli(tmp_path, *args)
    assert result.returncode == 2
    line = error_line(result)
    assert "-h'" in line and "╭" not in line


# --- row 18: messages that say what happened, and where ------------------------------------------


def test_megabyte_on_stdin_is_reported_in_bytes(tmp_path: Path) -> None:
    result = cli(tmp_path, "claim", "-", stdin=b"a" * 1_000_000)
    assert result.returncode == 2
    assert error_line(result).startswith("error: stdin is more than 65,536 bytes; a claim is one sentence")


def test_broken_base_error_says_error_once(make_base, tmp_path: Path) -> None:
    root = make_base(FIXTURES / "claims" / "invalid" / "quote-not-found.yaml")
    result = cli(tmp_path, "claim", SENTENCE, "--base", str(root))
    assert result.returncode == 2
    line = error_line(result)
    assert line.count("error") == 1 and "quote-not-found.yaml:" in line


def test_config_base_is_named_by_its_config_not_as_base_option(tmp_path: Path) -> None:
    (tmp_path / "pass.md").write_text(PASSING, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / ".cstocheck.yaml").write_text("base: empty\n", encoding="utf-8")
    line = error_line(cli(tmp_path, "check", "pass.md"))
    assert "--base" not in line and ".cstocheck.yaml: base " in line and "no claims/ directory" in line


def test_eval_names_the_file_and_line_of_a_bad_case(tmp_path: Path) -> None:
    cases = tmp_path / "cases.yaml"
    cases.write_text('- claim: "Russia sent troops."\n  verdict: supported\n'
                     f'- claim: "{"word " * 500}"\n  verdict: unverified\n', encoding="utf-8")
    result = cli(tmp_path, "eval", "cases.yaml")
    assert result.returncode == 2
    assert error_line(result).startswith("error: cases.yaml:3:3: claim is 2,500 characters")


def test_bom_on_stdin_is_not_shown(tmp_path: Path) -> None:
    result = cli(tmp_path, "claim", "-", stdin=("\ufeff" + SENTENCE).encode())
    out, err = text(result)
    assert result.returncode == 0, err
    assert "feff" not in out.lower() and out.startswith("SUPPORTED  Russia")


def test_cr_only_line_ends_are_counted(tmp_path: Path) -> None:
    from cstocheck.drafts import parse

    draft = parse("Intro line here.\rRussia sent troops.\r\rArmenia sent 70 soldiers.\r", "cr.md")
    assert [(s.line, s.col) for s in draft.sentences] == [(1, 1), (2, 1), (4, 1)]
    mixed = parse("One here.\r\nTwo here.\nThree here.\rFour here.", "mixed.md", markdown=False)
    assert [s.line for s in mixed.sentences] == [1, 2, 3, 4]


# --- also: YAML dates, and the schema command ---------------------------------------------------


def test_unquoted_yaml_date_is_refused_with_the_fix(make_base, tmp_path: Path) -> None:
    """YAML reads 2022-01-05 unquoted as a date, which JSON Schema cannot accept as text: the loader
    refuses it as the schema does, and says how to write it."""
    source = (REPO / "claims" / "deployment.yaml").read_text(encoding="utf-8")
    assert 'value: "2022-01-05"' in source
    path = tmp_path / "deployment.yaml"
    path.write_text(source.replace('value: "2022-01-05"', "value: 2022-01-05", 1), encoding="utf-8")
    root = make_base(path)
    result = CliRunner().invoke(app, ["validate", "--base", str(root)])
    assert result.exit_code == 1
    assert 'deployment.yaml:6:12: error: value: expected text or a number, got a YAML date (write it in quotes: ' \
           '"2022-01-05")' in result.stdout


def test_schema_command_is_listed_in_help() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    assert re.search(r"^\W*schema\s+Print the JSON Schema", result.stdout, re.MULTILINE), result.stdout


# --- no input reachable from the command line is an internal error -----------------------------

from hypothesis import given
from hypothesis import strategies as st

from test_properties import examples

_NAMES = st.sampled_from(["a", "b", "sub", ".hidden", "node_modules", "archive", "x y", "ü", "-", "#c"])
_FILES = st.sampled_from(["a.md", "b.txt", "c.rst", "d.MD", ".e.md", "f.markdown", "bl.json", "g"])
_BODIES = st.one_of(st.sampled_from([PASSING, "Russia sent 5,000 troops to Kazakhstan.\n", "", "\ufeff# T\r\r",
                                     "a: b " * 50, "<!-- cstocheck: ignore nope -->\nText.\n"]),
                    st.binary(max_size=60).map(lambda b: b.decode("latin-1")), st.text(max_size=80))
_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10, 10**20), st.floats(allow_nan=True),
                     st.text(max_size=12), st.sampled_from(["/", "/archive", "*.md", "**", "!a.md", "..", "[", "\\",
                                                            "contradicted", "en", "nl", "bl.json", "."]))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                          st.dictionaries(st.text(max_size=6), inner, max_size=3)),
                       max_leaves=8)
_CONFIG_KEYS = st.sampled_from(["base", "fail-on", "language", "ignore", "baseline", "other"])


@st.composite
def _trees(draw: st.DrawFn) -> list[tuple[str, str, object]]:
    """Entries of a folder tree: ("file", path, text), ("link", path, target), ("dir", path, None)."""
    out: list[tuple[str, str, object]] = []
    for _ in range(draw(st.integers(1, 6))):
        parts = draw(st.lists(_NAMES, max_size=3))
        path = "/".join([*parts, draw(_FILES)])
        kind = draw(st.sampled_from(["file", "file", "link", "dir"]))
        target: object = None
        if kind == "file":
            target = draw(_BODIES)
        elif kind == "link":
            target = draw(st.sampled_from(["../outside.md", "nowhere", ".", "a.md", "/", "../../.."]))
        out.append((kind, path, target))
    return out


@st.composite
def _configs(draw: st.DrawFn) -> tuple[str, str] | None:
    """A config file: its name and text (YAML, or TOML written by hand), or none."""
    kind = draw(st.sampled_from(["none", "yaml", "yaml-raw", "toml"]))
    if kind == "none":
        return None
    data = draw(st.dictionaries(_CONFIG_KEYS, _VALUES, max_size=4))
    if kind == "yaml":
        import yaml

        return ".cstocheck.yaml", yaml.safe_dump(data, allow_unicode=True)
    if kind == "yaml-raw":
        return ".cstocheck.yaml", draw(st.text(max_size=60))
    lines = [draw(st.sampled_from(["[tool.cstocheck]", "[tool]", "tool = 5", "[tool.cstocheck.x]", ""]))]
    lines += [f"{key} = {json.dumps(value)}" for key, value in data.items()
              if isinstance(value, (str, int, bool, list)) and not isinstance(value, bool) or value is True]
    return "pyproject.toml", "\n".join(lines) + "\n"


_BASELINES = st.one_of(
    st.none(),
    _VALUES.map(lambda v: json.dumps(v, allow_nan=True)),
    st.fixed_dictionaries({"version": st.sampled_from([1, 2, "1", None]),
                           "findings": st.lists(st.dictionaries(
                               st.sampled_from(["file", "claim_id", "verdict", "sentence"]), _SCALARS), max_size=3)}
                          ).map(json.dumps),
    st.text(max_size=40),
)
_OPTIONS = st.lists(st.sampled_from([["--strict"], ["--write-baseline"], ["-f", "json"], ["-f", "sarif"],
                                     ["-f", "junit"], ["-f", "github"], ["--fail-on", "disputed,supported"],
                                     ["--fail-on", "nonsense"], ["--language", "nl"], ["--no-cache"]]),
                    max_size=3)


def _make(root: Path, tree: list[tuple[str, str, object]], config: tuple[str, str] | None,
          baseline: str | None) -> None:
    (root.parent / "outside.md").write_text(SECRET + "\n", encoding="utf-8")
    for kind, rel, target in tree:
        path = root / rel
        if path.exists() or path.is_symlink():
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if kind == "file":
                path.write_text(str(target), encoding="utf-8", errors="surrogateescape")
            elif kind == "link":
                path.symlink_to(str(target))
            else:
                path.mkdir()
        except OSError:  # a name already taken by a file, or by a link
            continue
    for name, content in ((config or (None, None)), ("bl.json", baseline)):
        if name is not None and content is not None and not os.path.lexists(root / name):
            (root / name).write_text(content, encoding="utf-8", errors="surrogateescape")


@examples(ci=60)
@given(tree=_trees(), config=_configs(), baseline=_BASELINES, options=_OPTIONS,
       start=st.sampled_from(["", "sub", "a", "a.md", "nothing.md"]), use_baseline=st.booleans())
def test_random_configs_baselines_and_trees_never_give_an_internal_error(
        tree: list[tuple[str, str, object]], config: tuple[str, str] | None, baseline: str | None,
        options: list[list[str]], start: str, use_baseline: bool) -> None:
    import contextlib
    import io
    import tempfile

    from cstocheck.cli import run

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "drafts"
        root.mkdir()
        _make(root, tree, config, baseline)
        args = ["check", str(root / start) if start else str(root), *[o for opt in options for o in opt]]
        if use_baseline:
            args += ["--baseline", str(root / "bl.json")]
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run(args)
    assert code in (0, 1, 2), (args, code, err.getvalue())
    assert "internal error" not in err.getvalue() and "Traceback" not in err.getvalue(), (args, err.getvalue())
    if code == 2:
        lines = [line for line in err.getvalue().splitlines() if line.startswith("error:")]
        assert len(lines) == 1, err.getvalue()


@pytest.mark.parametrize("args", [["validate"], ["claim", SENTENCE, "--no-cache"]], ids=["validate", "no-cache"])
def test_unreadable_claims_folder_is_named_not_an_empty_base(args: list[str], tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_base(tmp_path / "base")
    monkeypatch.setattr(os, "scandir", _refuse(root / "claims"))
    result = CliRunner().invoke(app, [*args, "--base", str(root)])
    assert result.exit_code in (1, 2), result.output
    assert "claims:1:1: " in result.output and "cannot read folder: Permission denied" in result.output
    assert "no claims files" not in result.output


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks on this platform")
def test_an_interrupt_waits_for_the_native_number_reader() -> None:
    """Ctrl-C inside text2num's callbacks ended as a Rust panic and a traceback; it is held until
    the call returns, and then arrives as an interrupt."""
    from cstocheck import values

    reached = False
    with pytest.raises(KeyboardInterrupt), values._interrupts_held():
        os.kill(os.getpid(), signal.SIGINT)
        reached = True
    assert reached
