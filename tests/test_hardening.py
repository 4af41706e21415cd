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

from cstocheck.cli import app

from conftest import FIXTURES, REPO

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
        return subprocess.run([sys.executable, "-m", "cstocheck", *args], capture_output=True, input=stdin,
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
    "fifo-as-claims-yaml": ("claims/x.yaml", ["validate"], (1,), "claims/x.yaml:1:1: error: cannot read YAML file: "
                                                                  "not a regular file (a FIFO)"),
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
    out, err = text(result)
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
    checker.claim(" ".join(["a: b"] * 400))
    assert time.perf_counter() - start < 3.0


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
