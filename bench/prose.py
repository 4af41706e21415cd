"""`check` on ever larger drafts of ordinary prose: time and peak memory should grow linearly.

    python bench/prose.py                 # 10 KB, 100 KB and 1 MB, 3 runs each (a few minutes)
    python bench/prose.py --sizes 10,100 --runs 5

A draft is the seeds' own paragraphs (Dutch and English news prose), repeated in order until it
reaches the size, with headings between articles, as a long Markdown file. Each run is a whole
process (`python -m cstocheck check DRAFT`) with a warm cache, timed and measured as bench/run.py
measures (median of the runs, peak resident memory from wait4). The last column divides the time
by the size: flat means linear.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import CLI, run_once

REPO = Path(__file__).resolve().parent.parent
CHECK_CODES = frozenset({0, 1})


def prose(size: int) -> str:
    """About `size` bytes of Markdown made of the seeds' paragraphs."""
    paragraphs: list[str] = []
    for seed in sorted((REPO / "seeds").glob("*.txt")):
        paragraphs.append(f"# {seed.stem}")
        paragraphs += [p.strip() for p in seed.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out: list[str] = []
    total = 0
    while total < size:
        for paragraph in paragraphs:
            out.append(paragraph)
            total += len(paragraph.encode("utf-8")) + 2
            if total >= size:
                break
    return "\n\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="draft sizes in KB, comma-separated")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cstocheck-prose-") as scratch:
        tmp = Path(scratch)
        env = {**os.environ, "CSTOCHECK_CACHE_DIR": str(tmp / "cache"), "PYTHONPYCACHEPREFIX": str(tmp / "pyc")}
        run_once([*CLI, "claim", "Russia sent troops to Kazakhstan."], env, codes=frozenset({0, 1, 3, 4}), cwd=tmp)
        print("| draft | sentences | runs | median time | peak RSS | time per 100 KB |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: |")
        for kb in (int(s) for s in args.sizes.split(",")):
            draft = tmp / f"prose-{kb}kb.md"
            draft.write_text(prose(kb * 1024), encoding="utf-8")
            samples = [run_once([*CLI, "check", str(draft)], env, codes=CHECK_CODES, cwd=tmp) for _ in range(args.runs)]
            out = (tmp / "run.out").read_text(encoding="utf-8").strip().splitlines()[-2]
            seconds = statistics.median(s.seconds for s in samples)
            rss = max(s.rss_mb for s in samples)
            print(f"| {kb:,} KB | {out.split(' sentence')[0]} | {len(samples)} | {seconds:.2f} s | {rss:.0f} MB "
                  f"| {seconds / kb * 100:.2f} s |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
