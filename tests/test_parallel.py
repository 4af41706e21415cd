"""Parallel runs, as separate processes: eight `claim` runs racing to build the same cold cache
give the same output, and leave a whole cache behind."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

RUNS = 8
SENTENCES = [
    "Russia sent about 2,300 troops to Kazakhstan.",
    "Russia sent 10,000 soldiers to Kazakhstan.",
    "The CSTO has seven member states.",
    "Armenia sent 70 soldiers to Kazakhstan.",
    "Tokajev vroeg de CSTO op 5 januari 2022 om militaire hulp.",
    "Uzbekistan left the CSTO in 2012.",
    "The CSTO's headquarters are located in Moscow.",
    "Kyrgyzstan sent about 150 elite troops to Kazakhstan.",
]


def environment(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CSTOCHECK_BASE", "CSTOCHECK_CONFIG", "FORCE_COLOR")}
    env["CSTOCHECK_CACHE_DIR"] = str(cache)
    env["COLUMNS"] = "100"  # the text format wraps to the terminal: fix its width
    return env


def start(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "cstocheck", *args], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd)


def finish(procs: list[subprocess.Popen[bytes]]) -> list[tuple[int, bytes, bytes]]:
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        results.append((p.returncode, out, err))
    return results


def cache_state(cache: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(cache.iterdir())}


def assert_cache_whole(cache: Path, args: list[str], env: dict[str, str], cwd: Path) -> None:
    """No temporary file is left, and a further run reads the cache as it is: a run that found an
    entry half written, or written for nothing, would write it again."""
    before = cache_state(cache)
    assert before and not [name for name in before if name.endswith(".tmp")], list(before)
    assert finish([start(args, env, cwd)])[0][0] in (0, 1, 3, 4)
    assert cache_state(cache) == before


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_eight_parallel_runs_on_a_cold_cache_agree(fmt: str, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = environment(cache)
    procs = [start(["claim", SENTENCES[0], "--format", fmt], env, tmp_path) for _ in range(RUNS)]
    results = finish(procs)
    codes = {code for code, _, _ in results}
    outputs = {out for _, out, _ in results}
    assert codes == {0}, [err.decode() for _, _, err in results]
    assert all(err == b"" for _, _, err in results), [err.decode() for _, _, err in results]
    assert len(outputs) == 1, "parallel runs disagreed"
    if fmt == "json":
        assert json.loads(outputs.pop())["verdict"] == "supported"
    # A run on the cache they left says the same, and reads that cache as it is.
    [(code, out, err)] = finish([start(["claim", SENTENCES[0], "--format", fmt], env, tmp_path)])
    assert (code, err) == (0, b"") and {out} == {o for _, o, _ in results}
    assert_cache_whole(cache, ["claim", SENTENCES[0]], env, tmp_path)


def test_parallel_runs_of_different_sentences_match_serial_runs(tmp_path: Path) -> None:
    cold = environment(tmp_path / "cold")
    parallel = finish([start(["claim", s, "--format", "json"], cold, tmp_path) for s in SENTENCES])
    warm = environment(tmp_path / "cold")  # the cache the parallel runs built
    serial = [finish([start(["claim", s, "--format", "json"], warm, tmp_path)])[0] for s in SENTENCES]
    assert parallel == serial
    assert {code for code, _, _ in parallel} <= {0, 1, 3, 4}
    assert_cache_whole(tmp_path / "cold", ["claim", SENTENCES[0]], warm, tmp_path)


# --- `check` on all cores ---------------------------------------------------------------------


def _drafts(folder: Path, count: int = 6) -> Path:
    """Drafts made of the seeds' own sentences and of figures changed in them."""
    folder.mkdir()
    lines = [line for seed in sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
             for line in seed.read_text(encoding="utf-8").splitlines() if len(line.split()) > 6][:240]
    lines += SENTENCES
    for k in range(count):
        (folder / f"draft-{k}.md").write_text("\n\n".join(lines[k::count]) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_check_on_several_processes_says_what_one_says(fmt: str, tmp_path: Path) -> None:
    drafts = _drafts(tmp_path / "drafts")
    env = environment(tmp_path / "cache")
    [(code_1, out_1, err_1)] = finish([start(["check", "--jobs", "1", "--format", fmt, str(drafts)], env, tmp_path)])
    [(code_2, out_2, err_2)] = finish([start(["check", "--jobs", "2", "--format", fmt, str(drafts)], env, tmp_path)])
    assert (code_2, err_2) == (code_1, err_1) and code_1 in (0, 1), err_2.decode()
    assert out_2 == out_1  # the same findings, in the same order


def test_one_long_draft_on_several_processes_says_what_one_says(tmp_path: Path) -> None:
    # Its sentences are dealt out in runs: the findings come back in the draft's order.
    draft = _drafts(tmp_path / "drafts", count=1) / "draft-0.md"
    env = environment(tmp_path / "cache")
    [(code_1, out_1, err_1)] = finish([start(["check", "--jobs", "1", "--format", "json", str(draft)], env, tmp_path)])
    [(code_2, out_2, err_2)] = finish([start(["check", "--jobs", "2", "--format", "json", str(draft)], env, tmp_path)])
    assert (code_2, err_2) == (code_1, err_1) and code_1 in (0, 1), err_2.decode()
    assert out_2 == out_1


def test_judging_drafts_on_two_processes_gives_the_same_findings() -> None:
    from cstocheck.parallel import judge_drafts
    from small_base import Fact, small_base

    checker = small_base(Fact("armenia-troops", "Armenia sent 70 troops to Kazakhstan.", "count", "70",
                              quotes=("Armenia sent some 70 soldiers to Kazakhstan.",)))
    drafts = [["Armenia sent 70 troops.", "Armenia sent 700 troops."], [], ["Kyrgyzstan sent 150 troops."]] * 3
    drafts += [["Armenia sent 70 troops.", "Armenia sent 80 troops."] * 40]  # more than one run long
    one = list(judge_drafts(checker.claim, drafts, jobs=1))
    two = list(judge_drafts(checker.claim, drafts, jobs=2))
    assert [[f.verdict for f in d] for d in two] == [[f.verdict for f in d] for d in one]
    assert [[f.explanation for f in d] for d in two] == [[f.explanation for f in d] for d in one]
    assert [len(d) for d in two] == [2, 0, 1] * 3 + [80]


def test_workers_that_send_claims_by_id_give_the_same_findings() -> None:
    from cstocheck.parallel import judge_drafts
    from small_base import Fact, small_base

    checker = small_base(Fact("armenia-troops", "Armenia sent 70 troops to Kazakhstan.", "count", "70",
                              quotes=("Armenia sent some 70 soldiers to Kazakhstan.",)),
                         Fact("kyrgyzstan-troops", "Kyrgyzstan sent 150 troops to Kazakhstan.", "count", "150",
                              quotes=("Kyrgyzstan sent some 150 soldiers to Kazakhstan.",)))
    drafts = [["Armenia sent 70 troops.", "Armenia sent 700 troops.", "Kyrgyzstan sent 150 troops."] * 30]
    one = list(judge_drafts(checker.claim, drafts, jobs=1))
    asked: list[int] = []

    def claims():  # type: ignore[no-untyped-def]
        asked.append(1)
        return checker.base.claims

    two = list(judge_drafts(checker.claim, drafts, jobs=2, claims=claims))
    assert two == one and asked == [1]  # the base's claims, asked for once
    assert {p.claim.id for d in two for f in d for p in f.parts if p.claim} == {"armenia-troops", "kyrgyzstan-troops"}


def test_a_sentence_the_drafts_repeat_is_judged_once() -> None:
    from cstocheck.parallel import judge_drafts
    from small_base import Fact, small_base

    checker = small_base(Fact("armenia-troops", "Armenia sent 70 troops to Kazakhstan.", "count", "70",
                              quotes=("Armenia sent some 70 soldiers to Kazakhstan.",)))
    asked: list[str] = []

    def judge(text: str):  # type: ignore[no-untyped-def]
        asked.append(text)
        return checker.claim(text)

    drafts = [["Armenia sent 70 troops.", "Armenia sent 700 troops.", "Armenia sent 70 troops."],
              [], ["Armenia sent 700 troops."]]
    one = list(judge_drafts(judge, drafts, jobs=1))
    assert asked == ["Armenia sent 70 troops.", "Armenia sent 700 troops."]
    assert [[f.verdict for f in d] for d in one] == [[f.verdict for f in d] for d in
                                                      ([[checker.claim(t) for t in d] for d in drafts])]
    two = list(judge_drafts(checker.claim, drafts * 50, jobs=2))
    assert [[f.explanation for f in d] for d in two] == [[f.explanation for f in d] for d in one] * 50


@pytest.mark.parametrize("seed", sorted(p.name for p in (Path(__file__).parent.parent / "seeds").glob("*.txt")))
def test_a_long_text_split_into_sentences_on_two_processes_reads_as_on_one(seed: str) -> None:
    from functools import partial

    from cstocheck.drafts import parse, segment
    from cstocheck.parallel import MIN_SPREAD, Spread

    text = (Path(__file__).parent.parent / "seeds" / seed).read_text(encoding="utf-8")
    text = "\n\n".join([text] * (MIN_SPREAD // (text.count("\n\n") + 1) + 1))  # enough paragraphs to spread
    one = parse(text, seed, markdown=False)
    with Spread(2) as spread:
        two = parse(text, seed, markdown=False, segment_all=partial(spread, segment))
        assert spread._pool is not None  # it did use two processes
    assert two == one
