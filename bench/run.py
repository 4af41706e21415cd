"""The benchmark: `python bench/run.py` prints one table; `--write` puts it in bench/RESULTS.md.

Every figure is a whole process, as a user meets it: `python -m cstocheck …` timed from spawn
to exit, repeated, reported as median with its spread, and with the process's peak resident
memory. It measures `claim` on the shipped base against the floor of importing cstocheck's
dependencies, then `validate`, `claim` (cold and warm cache) and `check` (a 1,000-sentence
draft) on synthetic bases of 1k, 5k and 10k claims that bench/synth.py grows from the real one
in a temporary directory. `--quick` runs a small version of the same in about a minute.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "RESULTS.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"

CLI = (sys.executable, "-m", "cstocheck")
FLOOR = (sys.executable, "-c", "import typer, yaml, rapidfuzz")
SENTENCE = "Russia sent about 2,300 troops to Kazakhstan."
DRAFT_SENTENCES = 1_000
CLAIM_CODES = frozenset({0, 1, 3, 4})  # a verdict; 2 would mean the run failed

# The targets of the speed issue (#12).
FLOOR_RATIO = 1.25
WARM_CLAIM_S = 0.300
CHECK_PER_S = 300.0
SHIPPED_CHECK_PER_S = 1000.0
VALIDATE_S = 3.0
PEAK_MB = 200.0
EDITED_CLAIM_S = 2.0  # `claim` after one claims file is edited: the cache is rebuilt by file
LINEAR_EXPONENT = 1.05  # cost above the floor ~ size**k; 1.0 is linear, the rest is noise allowance


@dataclass(frozen=True)
class Sample:
    seconds: float
    rss_mb: float
    code: int


@dataclass
class Row:
    label: str
    base: str
    claims: int | None  # size of the base, for the growth table
    samples: list[Sample] = field(default_factory=list)
    sentences: int | None = None  # set for `check`: throughput is sentences / median
    note: str = ""

    @property
    def times(self) -> list[float]:
        return [s.seconds for s in self.samples]

    @property
    def median(self) -> float:
        return statistics.median(self.times) if self.samples else math.nan

    @property
    def iqr(self) -> tuple[float, float]:
        if len(self.samples) < 4:
            return min(self.times, default=math.nan), max(self.times, default=math.nan)
        q = statistics.quantiles(self.times, n=4, method="inclusive")
        return q[0], q[2]

    @property
    def peak_mb(self) -> float:
        return max((s.rss_mb for s in self.samples), default=math.nan)

    @property
    def rate(self) -> float:
        return (self.sentences or 0) / self.median if self.samples else math.nan


# --- running one process ---------------------------------------------------------------------


def _rss_mb(maxrss: int) -> float:
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


# Each run is spawned by a small helper process, not by this one: a child's peak memory counts
# the memory of the process that forked it, and this one holds the generated bases' data. The
# helper (bare Python, ~10 MB) times the run from spawn to exit and takes its peak from wait4,
# which gives that child's own peak where RUSAGE_CHILDREN keeps the maximum of all.
_SPAWN = """
import json, os, subprocess, sys, time
args, out, err = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(out, "wb") as o, open(err, "wb") as e:
    start = time.perf_counter()
    p = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=o, stderr=e)
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode, rss = os.waitstatus_to_exitcode(status), usage.ru_maxrss
    else:
        p.wait()
        rss = -1
    print(json.dumps([time.perf_counter() - start, rss, p.returncode]))
"""


def run_once(args: Sequence[str], env: dict[str, str], *, codes: frozenset[int], cwd: Path,
             want_json: bool = False) -> Sample:
    out, err = cwd / "run.out", cwd / "run.err"
    done = subprocess.run([sys.executable, "-S", "-c", _SPAWN, json.dumps(list(args)), str(out), str(err)],
                          capture_output=True, text=True, env=env, cwd=cwd, check=True)
    seconds, maxrss, code = json.loads(done.stdout)
    if code not in codes:
        tail = err.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-5:]
        raise SystemExit(f"bench: {' '.join(args[1:])} exited {code}:\n  " + "\n  ".join(tail))
    if want_json:
        json.loads(out.read_text(encoding="utf-8"))  # a run that prints no JSON is not a run
    return Sample(seconds, _rss_mb(maxrss) if maxrss >= 0 else math.nan, code)


@dataclass
class Runner:
    runs: int
    budget: float  # seconds per measurement, beyond which repeats stop early
    tmp: Path
    log: Callable[[str], None]
    rows: list[Row] = field(default_factory=list)

    def env(self, cache: Path) -> dict[str, str]:
        drop = ("CSTOCHECK_BASE", "CSTOCHECK_CONFIG", "PYTHONDONTWRITEBYTECODE")
        env = {k: v for k, v in os.environ.items() if k not in drop}
        env["CSTOCHECK_CACHE_DIR"] = str(cache)
        # Byte code is cached, as on a user's machine, but in the scratch folder, not the tree.
        env["PYTHONPYCACHEPREFIX"] = str(self.tmp / "pycache")
        return env

    def measure(self, row: Row, args: Sequence[str], *, cache: Path | None = None, cold: bool = False,
                codes: frozenset[int] = frozenset({0}), want_json: bool = False, warmup: int = 1,
                before: Callable[[], None] | None = None) -> Row:
        """Repeat a command; a cold run gets an empty cache directory of its own; `before` runs
        (untimed) before each run."""
        self.rows.append(row)
        warm_cache = cache or self.tmp / "cache"
        for _ in range(0 if cold else warmup):
            run_once(args, self.env(warm_cache), codes=codes, cwd=self.tmp)
        elapsed = 0.0
        while len(row.samples) < self.runs:
            where = self.tmp / f"cold-{len(row.samples)}" if cold else warm_cache
            if before is not None:
                before()
            sample = run_once(args, self.env(where), codes=codes, cwd=self.tmp,
                              want_json=want_json and not row.samples)
            if cold:
                shutil.rmtree(where, ignore_errors=True)
            row.samples.append(sample)
            elapsed += sample.seconds
            n = len(row.samples)
            # Slow measurements stop at the budget: three runs when they fit in twice the budget.
            if elapsed >= self.budget and (n >= 3 or elapsed * (n + 1) / n > 2 * self.budget):
                break
        self.log(f"  {row.label} [{row.base}]: median {fmt_s(row.median)} over {len(row.samples)} run(s)")
        return row

    def interleaved(self, rows: Sequence[Row], commands: Sequence[tuple[Sequence[str], frozenset[int], bool]]) -> None:
        """Alternate commands run by run, so drift in the machine's speed hits each alike."""
        self.rows.extend(rows)
        env = self.env(self.tmp / "cache")
        for args, codes, _ in commands:
            run_once(args, env, codes=codes, cwd=self.tmp)
        for i in range(self.runs):
            for row, (args, codes, want_json) in zip(rows, commands):
                row.samples.append(run_once(args, env, codes=codes, cwd=self.tmp, want_json=want_json and i == 0))
        for row in rows:
            self.log(f"  {row.label} [{row.base}]: median {fmt_s(row.median)} over {len(row.samples)} run(s)")


# --- the machine -----------------------------------------------------------------------------


def machine() -> dict[str, str]:
    info = {"cores": str(os.cpu_count() or "?"), "python": platform.python_version(), "load": load(),
            "system": f"{platform.system()} {platform.release()}", "cpu": platform.processor() or "?"}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory"] = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    if "memory" not in info and hasattr(os, "sysconf"):
        try:
            info["memory"] = f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.1f} GiB"
        except (ValueError, OSError):
            info["memory"] = "?"
    info["commit"] = code_commit()
    return info


def code_commit() -> str:
    """The commit of the cstocheck that runs (the one `python -m cstocheck` imports, which
    PYTHONPATH may point elsewhere), and whether its code differs from that commit."""
    try:
        found = subprocess.run([sys.executable, "-c", "import cstocheck; print(cstocheck.__file__)"],
                               capture_output=True, text=True, check=True).stdout.strip()
        package = Path(found).parent
        commit = subprocess.run(["git", "-C", str(package), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(package), "status", "--porcelain", "--", "."],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "an installed copy (not a git checkout)"
    return commit + (" + uncommitted changes" if dirty else "")


def load() -> str:
    """The load average over the last minute: a busy machine makes every figure slower."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except (AttributeError, OSError):
        return "?"


def edit_one_claims_file(root: Path) -> None:
    """A change to one claims file's bytes (a YAML comment): the next run finds its cache stale."""
    path = next(p for p in sorted((root / "claims").glob("*.yaml")) if p.name not in ("entities.yaml", "terms.yaml"))
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"# edited {time.time_ns()}\n")


def has_check() -> bool:
    out = subprocess.run([*CLI, "--help"], capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"},
                         check=False)
    return re.search(r"^\W*check\s", out.stdout, re.MULTILINE) is not None


# --- reporting -------------------------------------------------------------------------------


def fmt_s(seconds: float) -> str:
    if math.isnan(seconds):
        return "–"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def fmt_pair(pair: tuple[float, float]) -> str:
    a, b = pair
    if b < 1:
        return f"{a * 1000:.0f}–{b * 1000:.0f} ms"
    return f"{a:.2f}–{b:.2f} s"


def table(rows: Sequence[Row]) -> list[str]:
    lines = ["| measure | base | runs | median | IQR | min–max | peak RSS |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        median = fmt_s(r.median)
        if r.sentences:
            median += f" ({r.rate:.1f} sentences/s)"
        lines.append(f"| {r.label} | {r.base} | {len(r.samples)} | {median} | {fmt_pair(r.iqr)} | "
                     f"{fmt_pair((min(r.times), max(r.times)))} | {r.peak_mb:.0f} MB |")
    return lines


def growth(rows: Sequence[Row], floor: float) -> tuple[list[str], dict[str, float]]:
    """Cost above the import floor at each size, and its exponent from the smallest to the largest."""
    by_label: dict[str, list[Row]] = {}
    for r in rows:
        if r.claims:
            by_label.setdefault(r.label, []).append(r)
    sizes = sorted({r.claims for r in rows if r.claims})
    lines = ["| measure | " + " | ".join(f"{n // 1000}k" if n >= 1000 else str(n) for n in sizes)
             + " | growth exponent |", "| --- |" + " ---: |" * (len(sizes) + 1)]
    exponents: dict[str, float] = {}
    for label, group in by_label.items():
        cells = {r.claims: max(r.median - floor, 1e-3) for r in group}
        k = math.nan
        if len(cells) >= 2:
            lo, hi = min(cells), max(cells)
            k = math.log(cells[hi] / cells[lo]) / math.log(hi / lo)
            exponents[label] = k
        lines.append(f"| {label} | " + " | ".join(fmt_s(cells[n]) if n in cells else "–" for n in sizes)
                     + f" | {k:.2f} |")
    return lines, exponents


def targets(rows: Sequence[Row], exponents: dict[str, float], largest: int | None) -> list[str]:
    def find(label: str, claims: int | None) -> Row | None:
        return next((r for r in rows if r.label == label and r.claims == claims and r.samples), None)

    lines = ["| target | measured | met |", "| --- | ---: | :---: |"]

    def add(what: str, value: str, ok: bool | None) -> None:
        lines.append(f"| {what} | {value} | {'–' if ok is None else ('yes' if ok else '**no**')} |")

    floor, shipped = find("import floor", None), find("`claim --format json`, warm cache", None)
    if floor and shipped:
        ratio = shipped.median / floor.median
        add(f"`claim --format json` on the shipped base ≤ {FLOOR_RATIO}× the import floor",
            f"{ratio:.2f}× ({fmt_s(shipped.median)} / {fmt_s(floor.median)})", ratio <= FLOOR_RATIO)
    shipped_check = find("`check`, 1,000 sentences, warm cache", None)
    add(f"shipped base: `check` ≥ {SHIPPED_CHECK_PER_S:.0f} sentences/s",
        f"{shipped_check.rate:.1f} sentences/s" if shipped_check else "not run",
        shipped_check.rate >= SHIPPED_CHECK_PER_S if shipped_check else None)
    size = f"{largest // 1000}k" if largest else "?"
    warm = find("`claim`, warm cache", largest)
    add(f"{size} base, warm cache: `claim` ≤ {WARM_CLAIM_S * 1000:.0f} ms",
        fmt_s(warm.median) if warm else "not run", warm.median <= WARM_CLAIM_S if warm else None)
    check = find("`check`, 1,000 sentences, warm cache", largest)
    add(f"{size} base: `check` ≥ {CHECK_PER_S:.0f} sentences/s",
        f"{check.rate:.1f} sentences/s" if check else "not run (no `check` command)",
        check.rate >= CHECK_PER_S if check else None)
    edited = find("`claim`, one claims file edited", largest)
    add(f"{size} base: `claim` after editing one claims file ≤ {EDITED_CLAIM_S:.0f} s",
        fmt_s(edited.median) if edited else "not run", edited.median <= EDITED_CLAIM_S if edited else None)
    validate = find("`validate`", largest)
    add(f"{size} base: `validate` ≤ {VALIDATE_S:.0f} s", fmt_s(validate.median) if validate else "not run",
        validate.median <= VALIDATE_S if validate else None)
    big = [r for r in rows if r.claims == largest and r.samples]
    peak = max((r.peak_mb for r in big), default=math.nan)
    add(f"{size} base: peak memory ≤ {PEAK_MB:.0f} MB (any command)",
        f"{peak:.0f} MB ({max(big, key=lambda r: r.peak_mb).label})" if big else "not run",
        peak <= PEAK_MB if big else None)
    for label, k in exponents.items():
        add(f"{label}: cost grows at most linearly (exponent ≤ {LINEAR_EXPONENT})", f"{k:.2f}", k <= LINEAR_EXPONENT)
    return lines


# --- profiles --------------------------------------------------------------------------------


def profile_claim(base: Path, tmp: Path, env: dict[str, str], top: int = 12) -> list[str]:
    out = tmp / "claim.prof"
    # The cache key covers cstocheck's own code: warm it right before, in case the code just changed.
    run_once([*CLI, "claim", SENTENCE, "--format", "json", "--base", str(base)], env, codes=CLAIM_CODES, cwd=tmp)
    run_once([sys.executable, "-m", "cProfile", "-o", str(out), "-m", "cstocheck", "claim", SENTENCE,
              "--format", "json", "--base", str(base)], env, codes=CLAIM_CODES, cwd=tmp)
    stats = pstats.Stats(str(out))
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = []
    for (path, line, name), (_, calls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        name = re.sub(r" at 0x[0-9a-f]+", "", name)  # object addresses differ from run to run
        rows.append((tottime, cumtime, calls, f"{Path(path).name}:{line}({name})"))
    lines = [f"cProfile of one warm-cache `claim` on that base: {total:.2f} s in all.", "",
             "| function | calls | own time | with callees |", "| --- | ---: | ---: | ---: |"]
    for tottime, cumtime, calls, where in sorted(rows, reverse=True)[:top]:
        lines.append(f"| `{where}` | {calls:,} | {fmt_s(tottime)} | {fmt_s(cumtime)} |")
    return lines


def profile_imports(env: dict[str, str], tmp: Path, top: int = 10) -> list[str]:
    run_once([*CLI, "claim", SENTENCE, "--format", "json"], env, codes=CLAIM_CODES, cwd=tmp)  # warm the cache
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "cstocheck", "claim", SENTENCE,
                           "--format", "json"], check=False, capture_output=True, text=True, env=env, cwd=tmp)
    own: dict[str, int] = {}
    for line in done.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)", line)
        if m:
            package = m[3].split(".")[0]
            own[package] = own.get(package, 0) + int(m[1])
    total = sum(own.values())
    lines = [(f"`python -X importtime`, warm-cache `claim` on the shipped base: {total / 1000:.0f} ms of imports "
             "in all, by top-level package (each module's own time, summed):"), "",
             "| package | import time |", "| --- | ---: |"]
    for package, micros in sorted(own.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"| `{package}` | {micros / 1000:.1f} ms |")
    return lines


# --- main ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a 1k base only, 3 runs each: a minute or so")
    parser.add_argument("--runs", type=int, help="repeats per measurement (default 9; --quick 3)")
    parser.add_argument("--sizes", help="claims per synthetic base, comma-separated (default 1000,5000,10000)")
    parser.add_argument("--budget", type=float,
                        help="seconds per measurement after which repeats stop (at least one run; "
                             "default 120, --quick 20)")
    parser.add_argument("--write", action="store_true", help=f"put the results in {RESULTS.relative_to(BENCH.parent)}")
    parser.add_argument("--profile", action="store_true", help="add a cProfile and an import-time profile")
    parser.add_argument("--keep", type=Path, help="generate the bases in this folder and keep them")
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 9)
    budget = args.budget if args.budget is not None else (20.0 if args.quick else 120.0)
    sizes = [int(s) for s in (args.sizes or ("1000" if args.quick else "1000,5000,10000")).split(",")]

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    info = machine()
    log(f"bench: {info['cores']} cores, {info.get('memory', '?')}, Python {info['python']}; {runs} runs each")
    with tempfile.TemporaryDirectory(prefix="cstocheck-bench-") as scratch:
        tmp = Path(scratch)
        gen = args.keep or tmp / "bases"
        runner = Runner(runs, budget, tmp, log)
        check = has_check()
        real = synth.read_real_base()
        bases: dict[int, tuple[Path, Path, int]] = {}
        for n in sizes:
            root = gen / f"base-{n}"
            draft = gen / f"draft-{n}.md"
            if not root.exists():
                start = time.perf_counter()
                stats = synth.build(root, n, real=real)
                sentences = synth.write_draft(root, draft, DRAFT_SENTENCES, real=real)
                log(f"generated {n} claims over {stats.documents} documents ({stats.bytes / 1e6:.1f} MB) "
                    f"in {time.perf_counter() - start:.1f} s")
            else:
                sentences = DRAFT_SENTENCES
            bases[n] = (root, draft, sentences)

        log("shipped base")
        floor = Row("import floor", "–", None, note="`python -c \"import typer, yaml, rapidfuzz\"`")
        shipped = Row("`claim --format json`, warm cache", "shipped", None)
        runner.interleaved([floor, shipped], [(FLOOR, frozenset({0}), False),
                                              ([*CLI, "claim", SENTENCE, "--format", "json"], CLAIM_CODES, True)])
        runner.measure(Row("`claim --format json`, cold cache", "shipped", None),
                       [*CLI, "claim", SENTENCE, "--format", "json"], cold=True, codes=CLAIM_CODES, want_json=True)
        if check:
            gen.mkdir(parents=True, exist_ok=True)
            draft = gen / "draft-shipped.md"
            sentences = synth.write_draft(BENCH.parent, draft, DRAFT_SENTENCES, real=real)
            runner.measure(Row("`check`, 1,000 sentences, warm cache", "shipped", None, sentences=sentences),
                           [*CLI, "check", str(draft), "--format", "json"], codes=frozenset({0, 1}),
                           want_json=True)
        for n, (root, draft, sentences) in bases.items():
            label = f"{n // 1000}k synthetic" if n >= 1000 else f"{n} synthetic"
            log(label)
            base = ["--base", str(root)]
            cache = tmp / f"cache-{n}"
            runner.measure(Row("`validate`", label, n), [*CLI, "validate", *base], warmup=0)
            runner.measure(Row("`claim`, cold cache", label, n), [*CLI, "claim", SENTENCE, "--format", "json", *base],
                           cold=True, codes=CLAIM_CODES, want_json=True)
            runner.measure(Row("`claim`, warm cache", label, n), [*CLI, "claim", SENTENCE, "--format", "json", *base],
                           cache=cache, codes=CLAIM_CODES, want_json=True)
            runner.measure(Row("`claim`, one claims file edited", label, n),
                           [*CLI, "claim", SENTENCE, "--format", "json", *base], cache=cache, codes=CLAIM_CODES,
                           want_json=True, before=lambda root=root: edit_one_claims_file(root))
            if check:
                runner.measure(Row("`check`, 1,000 sentences, warm cache", label, n, sentences=sentences),
                               [*CLI, "check", str(draft), "--format", "json", *base], cache=cache,
                               codes=frozenset({0, 1}), want_json=True, warmup=0)
        largest = max(bases) if bases else None
        profiles: list[str] = []
        if args.profile and largest:
            log("profiles")
            env = runner.env(tmp / f"cache-{largest}")
            profiles = [f"### Where a warm `claim` spends its time ({largest // 1000}k base)", "",
                        *profile_claim(bases[largest][0], tmp, env), "",
                        "### Start-up imports", "", *profile_imports(runner.env(tmp / "cache"), tmp), ""]

    rows = runner.rows
    growth_lines, exponents = growth(rows, floor.median)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    report = [
        f"Run {when} on {info['cores']} cores, {info.get('memory', '?')} memory ({info['cpu']}), "
        f"{info['system']}, Python {info['python']}, cstocheck at {info['commit']}; load average "
        f"{info['load']} at the start, {load()} at the end. "
        f"`python bench/run.py{' --quick' if args.quick else ''}`: up to {runs} runs per measurement "
        f"(fewer where one run is long: see runs), median with the interquartile range "
        f"(min–max below 4 runs). Claim sentence: \"{SENTENCE}\"."
        + ("" if check else " `check` is not in this cstocheck: its rows are missing."),
        "", *table(rows), "",
        "### Targets", "", *targets(rows, exponents, largest), "",
        "### Growth with the base", "",
        (f"Median cost above the import floor ({fmt_s(floor.median)}); the exponent k fits cost ∝ claims^k "
        "between the smallest and the largest base (1 is linear)."), "", *growth_lines, "",
        *profiles,
    ]
    text = "\n".join(report).rstrip() + "\n"
    print(text)
    if args.write:
        write_results(text)
        log(f"wrote {RESULTS}")
    return 0


def write_results(block: str) -> None:
    """Replace the generated part of RESULTS.md, keeping the prose around it."""
    if RESULTS.exists():
        old = RESULTS.read_text(encoding="utf-8")
        if START in old and END in old:
            head, rest = old.split(START, 1)
            tail = rest.split(END, 1)[1]
            RESULTS.write_text(f"{head}{START}\n{block}{END}{tail}", encoding="utf-8")
            return
    RESULTS.write_text(f"# Benchmark results\n\n{START}\n{block}{END}\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
