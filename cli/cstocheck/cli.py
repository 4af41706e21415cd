"""The command line: the only module that talks to the user.

Commands turn arguments into calls on the core, render the results through the format
registry, and choose the exit code. Errors from the core arrive as CstocheckError and leave
as one red line on stderr.
"""
from __future__ import annotations

import io
import os
import sys
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from cstocheck import __version__
from cstocheck.errors import CstocheckError, InputError
from cstocheck.formats import FORMATS, Rendered, choices, render
from cstocheck.locate import ENV_VAR

app = typer.Typer(
    name="cstocheck",
    help="Check sentences about the CSTO and its January 2022 intervention in Kazakhstan against a "
         "claims base in which every claim is tied to verbatim passages of the source articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

BaseOption = Annotated[
    Path | None,
    typer.Option("--base", metavar="DIR", show_default=False,
                 help=f"Claims base to use (a folder with claims/ and seeds/). Default: ${ENV_VAR}, "
                      "else the base shipped with cstocheck."),
]
NoCacheOption = Annotated[bool, typer.Option("--no-cache", help="Load the base afresh, bypassing the compiled-base cache.")]


def format_option(kind: str) -> Any:
    """`--format`, offering the formats of the registry that render this command's result."""
    names = choices(kind)
    enum = Enum(f"{kind.capitalize()}Format", {name: name for name in names}, type=str)  # type: ignore[misc]
    return Annotated[enum, typer.Option("--format", "-f", help="Output format: " + "; ".join(
        f"{name}: {FORMATS[name].help}" for name in names))]


def fail(error: CstocheckError) -> NoReturn:
    from rich.console import Console
    from rich.text import Text

    from cstocheck.formats import safe

    Console(stderr=True, highlight=False, soft_wrap=True).print(Text(f"error: {safe(str(error))}", style="red"))
    raise typer.Exit(error.exit_code)


def emit(rendered: Rendered) -> None:
    if isinstance(rendered, str):
        sys.stdout.write(rendered)
        sys.stdout.flush()
        return
    from rich.console import Console

    if sys.stdout.isatty():
        console = Console(highlight=False, soft_wrap=False)
        for item in rendered:
            console.print(item)
        return
    # Piped or redirected: lines are for grep and editors, so they are neither wrapped at a width
    # no one sees nor padded with the spaces that align a table's last column. Each item is drawn
    # at its own natural width (drawing all at a huge one would pad every line to it).
    from rich.measure import Measurement

    console = Console(highlight=False, soft_wrap=True, width=_PIPE_WIDTH, no_color=True, file=io.StringIO())
    for item in rendered:
        width = Measurement.get(console, console.options, item).maximum if not isinstance(item, str) else None
        with console.capture() as captured:
            console.print(item, width=max(1, width) if width else None)
        sys.stdout.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
    sys.stdout.flush()


_PIPE_WIDTH = 100_000  # wide enough that no table column is ever wrapped


def _render(fmt: str, kind: str, data: Any, base: Any = None, settings: Any = None, index: Any = None) -> Rendered:
    """Render through the registry; a format for publication gets its publisher from the settings."""
    if FORMATS[fmt].indexed:
        from cstocheck.formats.common import Indexed

        return render(fmt, kind, Indexed(data, index))
    if not FORMATS[fmt].published:
        return render(fmt, kind, data)
    from cstocheck.claimreview import Published, Publisher
    from cstocheck.config import discover

    settings = settings or discover(None, [Path.cwd()])
    return render(fmt, kind, Published(data, Publisher.from_settings(settings.author, settings.author_url,
                                                                     settings.source), base))


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"cstocheck {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Check claims about the CSTO against a source-quoted claims base."""


def _open_checker(base: Path | None, origin: str = "--base", *, no_cache: bool) -> Any:
    from cstocheck.collector import without_gc
    from cstocheck.locate import find_base

    # The engine's imports and the compiled base are built once, and kept for the whole command.
    with without_gc(lasting=True):
        from cstocheck.checker import Checker

        return Checker.open(find_base(base, origin), use_cache=not no_cache)


CLAIM_STDIN_BYTES = 64 * 1024  # a claim is one sentence: far more than that is a document


def read_stdin(limit: int | None = None) -> bytes:
    """Standard input's bytes (at most `limit`); an InputError when there is no stdin at all."""
    if sys.stdin is None:
        raise InputError("stdin is closed: nothing to read")
    try:
        return sys.stdin.buffer.read(-1 if limit is None else limit)
    except OSError as err:
        raise InputError(f"cannot read stdin: {err.strerror or err}") from None


def _read_claim_argument(text: str) -> str:
    from cstocheck.inputs import MAX_CLAIM_CHARS, clean_claim_text

    if text == "-":
        data = read_stdin(CLAIM_STDIN_BYTES + 1)
        if len(data) > CLAIM_STDIN_BYTES:
            raise InputError(f"stdin is more than {CLAIM_STDIN_BYTES:,} bytes; a claim is one sentence (at most "
                             f"{MAX_CLAIM_CHARS:,} characters; use `cstocheck check` for documents)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            raise InputError(f"stdin is not UTF-8 text (bad byte at offset {err.start})") from None
        return clean_claim_text(text, origin="stdin")
    return clean_claim_text(text)


@app.command()
def claim(
    text: Annotated[str, typer.Argument(metavar="TEXT", show_default=False,
                                        help="The sentence to check, in English or Dutch ('-' reads stdin).")],
    fmt: format_option("claim") = "text",
    base: BaseOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Give a verdict on one sentence, with the source passages it rests on.

    Exit codes: 0 supported, 1 contradicted, 3 disputed, 4 unverified, 2 usage or input error.
    """
    try:
        sentence = _read_claim_argument(text)
        checker = _open_checker(base, no_cache=no_cache)
        finding = checker.claim(sentence)
        # Only a format for publication names the sources: the base is decoded from the cache for it alone.
        rendered = _render(fmt.value, "claim", finding, checker.base if FORMATS[fmt.value].published else None)
    except CstocheckError as error:
        if fmt.value == "json":
            # Scripts read stdout as JSON whatever happens; the error still goes to stderr too.
            from cstocheck.formats import dump_json

            emit(dump_json({"error": str(error), "exit_code": error.exit_code}))
        fail(error)
    emit(rendered)
    raise typer.Exit(finding.verdict.exit_code)


@app.command()
def conflicts(
    fmt: format_option("conflicts") = "text",
    base: BaseOption = None,
    no_cache: NoCacheOption = False,
    slips: Annotated[bool, typer.Option("--slips", help="List the slips instead: passages marked as an erratum "
                                        "inside one article, with the reading they clearly mean.")] = False,
) -> None:
    """List every claim on which the sources disagree, each side with its sources and quotes.

    A slip (an erratum inside one article) is no disagreement: --slips lists those apart.
    Exit codes: 0 listed (even when there are conflicts), 2 usage or base error.
    """
    from cstocheck.conflicts import find_conflicts, find_slips

    try:
        checker = _open_checker(base, no_cache=no_cache)
    except CstocheckError as error:
        fail(error)
    claims = checker.base.claims
    if slips:
        if not FORMATS[fmt.value].renders("slips"):
            fail(InputError(f"--slips has no {fmt.value} output: use --format text or json"))
        emit(_render(fmt.value, "slips", find_slips(claims)))
        return
    emit(_render(fmt.value, "conflicts", find_conflicts(claims), index=checker.index))


@app.command()
def validate(
    fmt: format_option("validate") = "text",
    base: BaseOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="Report every warning as an error, "
                                         "a wording that drifts from its statement included.")] = False,
    no_cache: NoCacheOption = False,
) -> None:
    """Check the claims base like a linter: YAML, schema, ids, sources, values, every quote, and
    every wording against its statement (figure and hedge, dates, polarity, actors, modality).

    Each problem is printed as path:line:col: level: message.
    Exit codes: 0 clean (warnings allowed, unless --strict), 1 any error, 2 usage error or no base.
    """
    from cstocheck.locate import find_base
    from cstocheck.model import Level

    try:
        root = find_base(base)
        if no_cache:
            from cstocheck.base import load_base
        else:  # each unchanged claims file's claims and problems from the cache
            from cstocheck.compiled import load_base
        loaded = load_base(root)
    except CstocheckError as error:
        fail(error)
    problems = sorted(loaded.problems + _drifting(loaded, root, no_cache), key=lambda p: (p.path, p.line, p.col))
    if strict:
        problems = [replace(p, level=Level.ERROR) for p in problems]
    emit(render(fmt.value, "validate", problems))
    raise typer.Exit(1 if any(p.level is Level.ERROR for p in problems) else 0)


def _drifting(loaded: Any, root: Path, no_cache: bool) -> tuple[Any, ...]:
    """The wordings that drift from their statements; unless `no_cache`, cached by claims file."""
    from cstocheck.wordings import check_wordings

    if no_cache:
        return check_wordings(loaded)
    from cstocheck.checker import wording_problems

    try:
        return wording_problems(loaded, root)
    except CstocheckError:  # a claims folder the cache cannot key: loading has reported it already
        return check_wordings(loaded)


@app.command("eval")
def evaluate(
    cases: Annotated[Path, typer.Argument(metavar="CASES.yaml", show_default=False,
                                          help="Labelled sentences: a YAML list of {claim, verdict, evidence}.")],
    fmt: format_option("evaluation") = "text",
    base: BaseOption = None,
    no_cache: NoCacheOption = False,
    min_strict: Annotated[float, typer.Option("--min-strict", min=0.0, max=1.0,
                                              help="Exit 1 when the strict score is below this.")] = 0.0,
) -> None:
    """Score the checker on a labelled set: confusion matrix, verdict, evidence and strict accuracy.

    Strict (FEVER-style): the verdict is right and, unless the label is unverified, one of the
    passages given has the gold source and overlaps the gold quote.
    Exit codes: 0 scored (at least --min-strict), 1 below --min-strict, 2 usage or input error.
    """
    from cstocheck.evaluation import evaluate as run_eval
    from cstocheck.inputs import clean_claim_text

    try:
        checker = _open_checker(base, no_cache=no_cache)
        report = run_eval(cases, lambda text: checker.claim(clean_claim_text(text)))
    except CstocheckError as error:
        fail(error)
    emit(render(fmt.value, "evaluation", report))
    raise typer.Exit(1 if report.strict_accuracy < min_strict else 0)


LanguageName = Enum("LanguageName", {"auto": "auto", "en": "en", "nl": "nl"}, type=str)
PROGRESS_MIN_FILES = 10  # fewer files than this check faster than a bar could draw


def _wants_progress(n_files: int, stream: Any) -> bool:
    return n_files >= PROGRESS_MIN_FILES and bool(getattr(stream, "isatty", lambda: False)())


def _read_one(path: Path | None, display: str, stdin_filename: str | None, language: str | None,
              segment_all: Any) -> Any:
    """One draft: the file, or stdin (None) under its given name."""
    from cstocheck.drafts import STDIN_NAME, decode, is_markdown, parse, read_draft
    from cstocheck.files import MAX_FILE_BYTES

    if path is not None:
        return read_draft(path, display, language, segment_all)
    name = stdin_filename or STDIN_NAME
    return parse(decode(read_stdin(MAX_FILE_BYTES + 1), name), name, markdown=is_markdown(name), language=language,
                 segment_all=segment_all)


def _overlong(drafts: list[Any]) -> list[str]:
    from cstocheck.inputs import MAX_CLAIM_CHARS

    return [f"{d.path}:{s.line}:{s.col}: sentence of {len(s.text):,} characters not checked (a sentence "
            f"is at most {MAX_CLAIM_CHARS:,}, as for `claim`)" for d in drafts for s in d.overlong]


def warn(message: str) -> None:
    from rich.console import Console
    from rich.text import Text

    from cstocheck.formats import safe

    Console(stderr=True, highlight=False, soft_wrap=True).print(Text(f"warning: {safe(message)}", style="yellow"))


def _draft_base(base: Path | None, settings: Any) -> tuple[Path | None, str]:
    """--base, then $CSTOCHECK_BASE, then the config's base, then the shipped one; with where it
    came from, for messages."""
    if base is not None or os.environ.get(ENV_VAR) or settings.base is None:
        return base, "--base"
    configured: Path = settings.base
    return configured, f"{settings.source}: base"


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", show_default=False,
                                               help="Markdown (.md) or text (.txt) files, folders to search "
                                                    "for them, or '-' for stdin.")],
    fmt: format_option("check") = "text",
    fail_on: Annotated[list[str] | None, typer.Option(
        "--fail-on", metavar="VERDICTS", show_default=False,
        help="Verdicts that fail the run, comma-separated (supported, contradicted, disputed, "
             "unverified). Default: the config's fail-on, else contradicted.")] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Fail on disputed findings too, and exit 2 when a file or folder found while "
                         "walking, or an overlong sentence, was skipped.")] = False,
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", metavar="FILE", show_default=False,
        help="Accepted findings (written by --write-baseline): only findings not in it fail.")] = None,
    write_baseline: Annotated[bool, typer.Option(
        "--write-baseline", help="Record every contradicted and disputed finding in the --baseline FILE, "
                                 "then exit 0.")] = False,
    config: Annotated[Path | None, typer.Option(
        "--config", metavar="FILE", show_default=False,
        help="Settings file (.cstocheck.yaml or pyproject.toml). Default: $CSTOCHECK_CONFIG, else the "
             "nearest .cstocheck.yaml or pyproject.toml with \\[tool.cstocheck] above the files.")] = None,
    language: Annotated[LanguageName | None, typer.Option(
        "--language", help="Language of the drafts, for sentence splitting. Default: the config's, else "
                           "guessed per paragraph.", show_default=False)] = None,
    stdin_filename: Annotated[str | None, typer.Option(
        "--stdin-filename", metavar="NAME", show_default=False,
        help="Name to report stdin under (its suffix also says Markdown or text).")] = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, metavar="N",
        help="Processes to check the drafts on. Default 0: one a core for 200 sentences or more.")] = 0,
    base: BaseOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Check every sentence of Markdown or text drafts, like a linter.

    Front matter, code, HTML comments and link targets are skipped. Each sentence the base speaks
    to is reported at file:line:col with its verdict and passages, then a summary.
    A `<!-- cstocheck: ignore CLAIM_ID -->` comment on the sentence's line or the line before
    silences that claim there.
    Exit codes: 0 no finding at --fail-on, 1 a finding at --fail-on, 2 usage or input error.
    """
    from cstocheck import baseline as baselines
    from cstocheck.review import check_suppressions

    try:
        settings = _check_settings(paths, config, stdin_filename)
        verdicts = _fail_verdicts(fail_on, strict, settings)
        baseline_path = baseline or settings.baseline
        if write_baseline and baseline_path is None:
            raise InputError("--write-baseline needs --baseline FILE (or baseline in the config)")
        drafts, unchecked = _read_drafts(paths, settings, language, stdin_filename, jobs)
        accepted = baselines.load(baseline_path) if baseline_path is not None and not write_baseline else None
        checker = _open_checker(*_draft_base(base, settings), no_cache=no_cache)
        # The base is decoded from the cache only when asked for: an ignore comment names a claim,
        # or a format for publication names the sources (on a 10,000-claim base, decoding it took
        # a second and 45 MB before the workers were forked, each of which held it).
        check_suppressions(drafts, lambda claim_id: checker.base.claim(claim_id))
        report = _check_all(checker, drafts, verdicts, accepted, jobs)
        written = _write_baseline(baseline_path, report) if write_baseline else 0
        rendered = _render(fmt.value, "check", report, checker.base if FORMATS[fmt.value].published else None,
                           settings, checker.index)
    except CstocheckError as error:
        fail(error)
    emit(rendered)
    if write_baseline:
        sys.stderr.write(f"wrote {baseline_path} with {written} finding(s)\n")
        raise typer.Exit(0)
    if strict and unchecked:
        fail(InputError(f"{len(unchecked)} file(s), folder(s) or sentence(s) were not checked (--strict)"))
    raise typer.Exit(1 if report.failed else 0)


def _check_settings(paths: list[str], config: Path | None, stdin_filename: str | None) -> Any:
    """The settings found from the checked files (or stdin's given name), else from here."""
    from cstocheck.config import discover

    starts = [Path(p) for p in paths if p != "-"]
    if not starts and stdin_filename:
        starts = [Path(stdin_filename)]
    return discover(config, [p for p in starts if p.exists()] or [Path.cwd()])


def _fail_verdicts(fail_on: list[str] | None, strict: bool, settings: Any) -> frozenset[Any]:
    from cstocheck.config import DEFAULT_FAIL_ON
    from cstocheck.finding import Verdict
    from cstocheck.review import parse_fail_on

    verdicts = parse_fail_on(fail_on or list(settings.fail_on or DEFAULT_FAIL_ON))
    return frozenset(verdicts | {Verdict.DISPUTED}) if strict else frozenset(verdicts)


def _read_drafts(paths: list[str], settings: Any, language: LanguageName | None,
                 stdin_filename: str | None, jobs: int = 0) -> tuple[list[Any], list[str]]:
    """The drafts named, and what was not checked (each said in a warning); long ones are split
    into sentences on `jobs` processes (0: one a core)."""
    from functools import partial

    from cstocheck.drafts import collect, segment
    from cstocheck.parallel import Spread

    lang = language.value if language is not None else settings.language
    collected = collect(paths, settings.is_ignored)
    with Spread(jobs) as spread:
        drafts = [_read_one(path, display, stdin_filename, lang, partial(spread, segment))
                  for path, display in collected.files]
    unchecked = [*collected.skipped, *_overlong(drafts)]
    for what in unchecked:
        warn(what)
    return drafts, unchecked


def _check_all(checker: Any, drafts: list[Any], verdicts: frozenset[Any], accepted: Any, jobs: int = 0) -> Any:
    """The report on every draft, with a progress bar on a terminal when there are many."""
    from cstocheck.review import check_drafts

    def claims() -> Any:  # asked for only when workers send their findings
        return checker.base.claims

    if not _wants_progress(len(drafts), sys.stderr):
        return check_drafts(checker.claim, drafts, verdicts, accepted, jobs=jobs, claims=claims)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("checking", total=len(drafts))
        return check_drafts(checker.claim, drafts, verdicts, accepted, progress=lambda _draft: bar.advance(task),
                            jobs=jobs, claims=claims)


def _write_baseline(path: Path | None, report: Any) -> int:
    """Record the report's contradicted and disputed findings in the baseline; how many."""
    from cstocheck import baseline as baselines
    from cstocheck.review import baseline_keys

    assert path is not None
    keys = baseline_keys(report, baselines.Baseline(path, ()))
    baselines.write(path, keys)
    return len(keys)


# --- curating the base ------------------------------------------------------------------------


def _clean_base(base: Path | None) -> Any:
    from cstocheck.base import load_clean_base
    from cstocheck.locate import find_base

    return load_clean_base(find_base(base))


@app.command()
def show(
    claim_id: Annotated[str, typer.Argument(metavar="ID", show_default=False, help="The claim's id.")],
    fmt: format_option("show") = "text",
    base: BaseOption = None,
) -> None:
    """Show one claim whole: statement, kind and value; every source with its stance and quote, in
    its sentence and with its line; its wordings; and the conflict it is part of.

    Exit codes: 0 shown, 2 unknown id (the closest ids are suggested) or base error.
    """
    from cstocheck.show import show as show_claim

    try:
        view = show_claim(_clean_base(base), claim_id)
    except CstocheckError as error:
        fail(error)
    emit(render(fmt.value, "show", view))


@app.command()
def find(
    words: Annotated[list[str], typer.Argument(metavar="WORDS...", show_default=False,
                                               help="Words, names or values to look for, in English or Dutch.")],
    fmt: format_option("find") = "text",
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most this many claims.")] = 10,
    base: BaseOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Search the base: claims ranked by how much of the words, names and values they share
    ("find Uzbekistan 1999", "find troepen Armenië"), read the way `claim` reads a sentence.

    Exit codes: 0 a claim found, 1 none, 2 usage or base error.
    """
    from cstocheck.find import find as find_claims
    from cstocheck.inputs import clean_claim_text

    try:
        checker = _open_checker(base, no_cache=no_cache)
        hits = find_claims(checker.index, checker.base.claims, clean_claim_text(" ".join(words), origin="query"), limit)
    except CstocheckError as error:
        fail(error)
    emit(render(fmt.value, "find", hits))
    raise typer.Exit(0 if hits else 1)


@app.command()
def sources(fmt: format_option("sources") = "text", base: BaseOption = None) -> None:
    """List the seeds, one per row: id, title, outlet, date and language, how many claims quote
    it, and on how many claims it disagrees with another seed.

    Exit codes: 0 listed, 2 base error.
    """
    from cstocheck.sources import sources as list_sources

    try:
        rows = list_sources(_clean_base(base))
    except CstocheckError as error:
        fail(error)
    emit(render(fmt.value, "sources", rows))


@app.command()
def coverage(
    fmt: format_option("coverage") = "text",
    min_share: Annotated[float, typer.Option("--min", min=0.0, max=1.0,
                                             help="Exit 1 when the covered share is below this.")] = 0.0,
    base: BaseOption = None,
) -> None:
    """List every seed sentence that states a figure, a date or a named actor's action and that no
    claim quotes, at seed:line:col, then the covered share. Sentences in the base's
    seeds/coverage-ignore.yaml (each with a reason) are left out.

    Exit codes: 0 at least --min covered, 1 below --min, 2 base or ignore-list error.
    """
    from cstocheck.coverage import coverage as measure

    try:
        found = measure(_clean_base(base))
    except CstocheckError as error:
        fail(error)
    emit(render(fmt.value, "coverage", found))
    raise typer.Exit(1 if found.share < min_share else 0)


@app.command("add-source")
def add_source(
    article: Annotated[Path, typer.Argument(metavar="FILE", show_default=False,
                                            help="The article, a UTF-8 text file, copied byte for byte.")],
    title: Annotated[str, typer.Option("--title", help="The article's title.", show_default=False)],
    date: Annotated[str, typer.Option("--date", help="Its date, as the article states it.", show_default=False)],
    lang: Annotated[str, typer.Option("--lang", help="Its language: nl or en.", show_default=False)],
    outlet: Annotated[str, typer.Option("--outlet", help="Where it was published.", show_default=False)],
    url: Annotated[str | None, typer.Option("--url", help="Its address.", show_default=False)] = None,
    author: Annotated[str | None, typer.Option("--author", help="Its author.", show_default=False)] = None,
    fmt: format_option("coverage") = "text",
    base: BaseOption = None,
) -> None:
    """Add an article to the base: copy it under its content-hash id into seeds/, append its
    metadata to seeds/seeds.yaml (comments and order kept), then list its sentences that need claims.

    A duplicate, a non-UTF-8 file or one over the size limit is refused; nothing is written
    unless every check passes.
    Exit codes: 0 added, 2 refused (nothing written) or base error.
    """
    from cstocheck.add_source import Metadata
    from cstocheck.add_source import add_source as add
    from cstocheck.coverage import coverage as measure
    from cstocheck.locate import find_base

    try:
        root = find_base(base)
        seed_id = add(root, article, Metadata(title, date, lang, outlet, url, author))
        found = measure(_clean_base(root), [seed_id])
    except CstocheckError as error:
        fail(error)
    sys.stderr.write(f"added {seed_id} ({root / 'seeds' / (seed_id + '.txt')})\n")
    emit(render(fmt.value, "coverage", found))


@app.command()
def export(
    fmt: format_option("export") = "claimreview",
    config: Annotated[Path | None, typer.Option(
        "--config", metavar="FILE", show_default=False,
        help="Settings file with author and author-url. Default: $CSTOCHECK_CONFIG, else the nearest "
             ".cstocheck.yaml or pyproject.toml with \\[tool.cstocheck] above the working directory.")] = None,
    base: BaseOption = None,
) -> None:
    """Export every claim of the base, with the verdict its sources give it: as schema.org
    ClaimReview JSON-LD (the seeds that state a claim are its appearances), as JSON or as text.

    Exit codes: 0 exported, 2 base or config error (ClaimReview needs author and author-url).
    """
    from cstocheck.config import discover

    try:
        loaded = _clean_base(base)
        rendered = _render(fmt.value, "export", loaded, loaded, discover(config, [Path.cwd()]))
    except CstocheckError as error:
        fail(error)
    emit(rendered)


@app.command()
def schema() -> None:
    """Print the JSON Schema of claims files, generated from the declarations the validator uses.

    The repository keeps it as claims.schema.json (regenerate it with
    `cstocheck schema > claims.schema.json`); editors use it for completion and checking.
    Exit codes: 0 printed.
    """
    from cstocheck.jsonschema_gen import claims_schema, render

    sys.stdout.write(render(claims_schema()))


def _command_line(args: list[str]) -> Any:
    """The command line, with only the command that is named first when one is: typer inspects
    every command's signature to build a command, 40 ms for all of them, 2 ms for one. Help, the
    version and a misspelt command get the whole command line."""
    import copy

    wanted = args[0] if args else ""
    commands = [c for c in app.registered_commands
                if (c.name or typer.main.get_command_name(c.callback.__name__)) == wanted]
    if not commands:
        return typer.main.get_command(app)
    alone = copy.copy(app)
    alone.registered_commands = commands
    return typer.main.get_command(alone)


def run(args: list[str] | None = None) -> int:
    """Run the CLI and return the exit code. Usage errors are one line, like every other error;
    an exception that escapes is a bug, still shown without a traceback unless asked for."""
    from cstocheck.formats import safe

    try:
        from typer import _click  # typer's own copy of click (0.22 on), whose exceptions it raises
    except ImportError:  # pragma: no cover - older typer runs on click itself
        import click as _click

    try:
        args = sys.argv[1:] if args is None else args
        result = _command_line(args).main(args=args, prog_name="cstocheck", standalone_mode=False)
    except _click.exceptions.NoArgsIsHelpError as error:
        sys.stdout.write(error.format_message())  # empty when rich has printed the help already
        return 2
    except _click.exceptions.UsageError as error:
        command = error.ctx.command_path if error.ctx else "cstocheck"
        sys.stderr.write(f"error: {safe(error.format_message())} (see '{command} -h')\n")
        return error.exit_code
    except _click.exceptions.ClickException as error:
        sys.stderr.write(f"error: {safe(error.format_message())}\n")
        return error.exit_code
    except typer.Abort:
        return 130
    except Exception as error:  # a bug, not bad input: still no traceback unless asked for
        if os.environ.get("CSTOCHECK_DEBUG"):
            raise
        sys.stderr.write(f"error: internal error: {type(error).__name__}: {error} "
                         "(set CSTOCHECK_DEBUG=1 for a traceback)\n")
        return 70
    return result if isinstance(result, int) else 0


def main() -> None:
    from cstocheck.launch import main as launch

    launch()
