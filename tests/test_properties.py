"""Never a traceback, shown by property tests.

- For any Unicode text, `claim` exits with a documented code; with --format json its stdout is
  JSON whenever it gives a verdict, and an error is one line on stderr.
- For random mutations of valid claims files (deleted keys, wrong types, broken YAML, huge
  values), `validate` reports problems as path:line:col and exits 1 when the file is broken.
- For random Markdown, `check` never crashes.
- Pathological files (deep nesting, alias bombs) are reported, in separate processes.

Runs go through typer's in-process runner. How many examples: HYPOTHESIS_PROFILE=ci|dev|long,
else `ci` when $CI is true (CI's budget) and `dev` (a quick look) otherwise. `long` is for a
night: `HYPOTHESIS_PROFILE=long pytest tests/test_properties.py`.
"""
from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from conftest import FIXTURES, REPO
from cstocheck.cli import app

# --- how long to run -------------------------------------------------------------------------

_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
_PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if _CI else "dev")
_SCALE = {"dev": 0.2, "ci": 1.0, "long": 20.0}.get(_PROFILE, 1.0)


def examples(ci: int) -> settings:
    """Settings for one property: `ci` examples in CI, scaled for the other profiles."""
    return settings(max_examples=max(10, int(ci * _SCALE)), deadline=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large, HealthCheck.large_base_example])


runner = CliRunner()
HAS_CHECK = any((c.name or c.callback.__name__) == "check" for c in app.registered_commands)  # type: ignore[union-attr]
needs_check = pytest.mark.skipif(not HAS_CHECK, reason="no `check` command in this cstocheck yet")
VERDICT_CODES = {"supported": 0, "contradicted": 1, "disputed": 3, "unverified": 4}


def invoke(args: list[str], stdin: bytes | str | None = None) -> Result:
    return runner.invoke(app, args, input=stdin)


def assert_no_crash(result: Result) -> None:
    # The runner catches what escapes the app and reports it as exit 1: look at the exception.
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"crashed: {result.exception!r}") from result.exception
    assert "Traceback" not in result.output
    assert "internal error" not in result.stderr
    assert result.exit_code != 70


def assert_one_error_line(result: Result) -> None:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), lines
    # Nothing on stdout, or with --format json an object that names the error.
    assert result.stdout == "" or "error" in json.loads(result.stdout)


# --- text to check ---------------------------------------------------------------------------


def _wordings() -> list[str]:
    out = []
    for path in sorted((REPO / "claims").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for claim in (data or {}).get("claims") or []:
            out.append(str(claim["statement"]))
            for items in (claim.get("paraphrases") or {}).values():
                out.extend(str(x) for x in items)
    return out


WORDINGS = _wordings()
# Figures, dates and words that the value readers must take or leave, never choke on.
ODD_VALUES = [
    "0", "-1", "2,300", "2.300", "2.300,5", "1e400", "10^9", "½", "٣", "Ⅻ", "MMXXII", "2300-2400", "2,300–2,400",
    "between 5 and 7", "3rd", "1990s", "'90s", "31 februari 2022", "2022-13-45", "Jan 32", "5 januari 99999",
    "twee miljard driehonderd", "a dozen dozen", "tienduizenden", "nul", "zero point five", "9" * 400,
    "1,2,3,4,5,6,7,8,9", "00:00", "5/1/2022", "2022/01/05", "week 3", "Q1 2022", "−70", "70%", "~150", "≥ 2000",
    "1 000 000", "1\u00a0000", "১২৩", "二千三百", "cent", "honderd-en-een", "twintigduizendenzeventig",
]
NEGATIONS = ["not", "niet", "never", "nooit", "no", "geen", "didn't", "n't", "neither", "nor"]


@st.composite
def mutated_wordings(draw: st.DrawFn) -> str:
    """A wording of a real claim with figures, words, negations and stray characters put in."""
    words = draw(st.sampled_from(WORDINGS)).split()
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(words)))
        what = draw(st.sampled_from(["value", "number", "negation", "unicode", "drop", "repeat"]))
        if what == "value":
            words.insert(at, draw(st.sampled_from(ODD_VALUES)))
        elif what == "number":
            words.insert(at, draw(st.one_of(st.integers(-10**40, 10**40).map(str),
                                             st.floats(allow_nan=True, allow_infinity=True).map(repr),
                                             st.integers(0, 10**12).map(lambda n: f"{n:,}"))))
        elif what == "negation":
            words.insert(at, draw(st.sampled_from(NEGATIONS)))
        elif what == "unicode":
            words.insert(at, draw(st.text(min_size=1, max_size=8)))
        elif what == "drop" and words:
            words.pop(min(at, len(words) - 1))
        elif what == "repeat" and words:
            words[min(at, len(words) - 1):min(at, len(words) - 1)] = words[:draw(st.integers(1, 30))]
    return draw(st.sampled_from([" ", "  ", "\t", "\n"])).join(words)


ANY_CHARACTER = st.characters(exclude_categories=())  # surrogates and controls included
claim_texts = st.one_of(
    st.text(),
    st.text(ANY_CHARACTER, max_size=60),
    mutated_wordings(),
    st.text(st.sampled_from("0123456789 ,.-–/:%'abcdefghijklmnopqrstuvwxyzKRA"), max_size=80),
    st.text(min_size=1_990, max_size=2_010),  # either side of the claim length limit
)


# --- claim -----------------------------------------------------------------------------------


@examples(ci=300)
@given(text=claim_texts, fmt=st.sampled_from(["json", "text"]))
@example(text="", fmt="json")
@example(text="-", fmt="json")
@example(text="--help", fmt="json")
@example(text="\x1b[2J Russia sent 2,300 troops", fmt="text")
@example(text="Russia sent \ud800 troops", fmt="json")
def test_claim_exits_with_a_documented_code_for_any_text(text: str, fmt: str) -> None:
    # "--" so that text beginning with a dash is the sentence, as a user must write it too.
    result = invoke(["claim", "--format", fmt, "--", text])
    assert_no_crash(result)
    assert result.exit_code in (0, 1, 2, 3, 4)
    if result.exit_code == 2:
        assert_one_error_line(result)
    elif fmt == "json":
        data = json.loads(result.stdout)
        assert VERDICT_CODES[data["verdict"]] == result.exit_code
    else:
        assert result.stdout.strip()


@examples(ci=150)
@given(data=st.one_of(st.binary(max_size=300), claim_texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.binary(min_size=65_530, max_size=65_545)))
def test_claim_from_stdin_exits_with_a_documented_code_for_any_bytes(data: bytes) -> None:
    result = invoke(["claim", "-", "--format", "json"], stdin=data)
    assert_no_crash(result)
    assert result.exit_code in (0, 1, 2, 3, 4)
    if result.exit_code == 2:
        assert_one_error_line(result)
    else:
        assert VERDICT_CODES[json.loads(result.stdout)["verdict"]] == result.exit_code


@pytest.mark.parametrize("text", ["", "\x1b[2J", "x" * 2_001], ids=["empty", "escape", "too-long"])
def test_claim_json_stdout_is_json_even_on_an_input_error(text: str) -> None:
    result = invoke(["claim", "--format", "json", "--", text])
    assert result.exit_code == 2
    json.loads(result.stdout)


# --- validate --------------------------------------------------------------------------------

TARGET = "target.yaml"
SOURCES = [REPO / "claims" / "casualties.yaml", FIXTURES / "claims" / "valid" / "minimal.yaml"]
ORIGINALS = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in SOURCES]
PROBLEM = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<level>error|warning): (?P<message>.+)$")
SUMMARY = re.compile(r"^(\d+ error\(s\), \d+ warning\(s\)|the base is clean: no problems)$")
JUNK: list[Any] = [["a", "list"], {"a": "mapping"}, True, None, 42, 4.2, [[[[[[[[[[]]]]]]]]]],
                   {"deep": {"deep": {"deep": ["x"] * 50}}}]

# The rules of a claims file as the README documents them: the oracle that calls a mutated file
# surely broken. It judges the file's final bytes, so no mutation can undo what an earlier one broke
# behind its back (a key retyped, then deleted). It leaves out what needs the whole base (quotes
# found in their seed, values of the claim's kind): a file it calls intact may still be broken.
KEYS = {"top": {"topic", "claims"},
        "claim": {"id", "statement", "kind", "value", "paraphrases", "sources", "modality", "from", "until", "note"},
        "source": {"seed", "quote", "says", "line", "slip", "modality"}}
REQUIRED = {"top": ("topic", "claims"), "claim": ("id", "statement", "kind", "sources"),
            "source": ("seed", "quote", "says")}
TEXT_KEYS = {"topic", "id", "statement", "kind", "seed", "quote", "modality", "note"}  # text only, numbers refused
LISTS = {"claims", "sources"}  # lists of mappings
KINDS = {"count", "year", "date", "place", "person", "membership", "event"}
SEED_IDS = frozenset(p.stem for p in (REPO / "seeds").glob("*.txt"))
TOO_LONG = 100_000  # characters: far over what any text of a claims file may hold
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the parser the validator uses


def _targets(data: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every mapping a mutation may hit, with what it is."""
    out: list[tuple[str, dict[str, Any]]] = [("top", data)]
    claims = data.get("claims")
    for claim in claims if isinstance(claims, list) else []:
        if isinstance(claim, dict):
            out.append(("claim", claim))
            sources = claim.get("sources")
            out.extend(("source", s) for s in (sources if isinstance(sources, list) else []) if isinstance(s, dict))
    return out


def surely_broken(raw: bytes) -> bool:
    """Whether the file's final bytes break a rule every claims file keeps."""
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=SAFE_LOADER)
    except (UnicodeDecodeError, yaml.YAMLError):
        return True
    if not isinstance(data, dict):
        return True  # empty, or not a mapping
    return any(_breaks(what, mapping) for what, mapping in _targets(data)) or _repeats_an_id(data)


def _breaks(what: str, mapping: dict[str, Any]) -> bool:
    return (any(key not in KEYS[what] for key in mapping)
            or any(mapping.get(key) is None for key in REQUIRED[what])
            or any(_bad_value(key, value) for key, value in mapping.items())
            or (what == "claim" and _lacks_its_value(mapping)))


def _bad_value(key: Any, value: Any) -> bool:
    if key in LISTS:
        return not isinstance(value, list) or not all(isinstance(x, dict) for x in value) \
            or (key == "sources" and not value)
    if key == "paraphrases":
        return value is not None and not isinstance(value, dict)
    return _bad_scalar(key, value)


def _bad_scalar(key: Any, value: Any) -> bool:
    if value is None:
        return False  # an optional key left empty (a required one is judged by _breaks)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return key in TEXT_KEYS
    if not isinstance(value, str):
        return True  # a list, a mapping, a yes/no, a YAML date
    return not value.strip() or len(value) > TOO_LONG or (key == "kind" and value not in KINDS) \
        or (key == "seed" and value not in SEED_IDS)


def _lacks_its_value(claim: dict[str, Any]) -> bool:
    return claim.get("kind") in KINDS - {"event"} and claim.get("value") is None


def _repeats_an_id(data: dict[str, Any]) -> bool:
    ids = [c.get("id") for c in data["claims"] if isinstance(c, dict)]
    named = [i for i in ids if isinstance(i, str) and i.strip()]
    return len(named) != len(set(named))


@pytest.fixture(scope="module")
def mutation_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped seeds and alias tables; each example writes its own claims/target.yaml."""
    root = tmp_path_factory.mktemp("mutations")
    shutil.copytree(REPO / "seeds", root / "seeds")
    (root / "claims").mkdir()
    for name in ("entities.yaml", "terms.yaml"):
        shutil.copy(REPO / "claims" / name, root / "claims" / name)
    return root


# Each mutation of the data changes `target` (a mapping of kind `what`) or `data`, and says
# whether it applied.
DataMutation = Callable[[st.DrawFn, dict[str, Any], str, dict[str, Any]], bool]


def _delete(draw: st.DrawFn, data: dict[str, Any], what: str, target: dict[str, Any]) -> bool:
    if not target:
        return False
    del target[draw(st.sampled_from(sorted(target)))]
    return True


def _retype(draw: st.DrawFn, data: dict[str, Any], what: str, target: dict[str, Any]) -> bool:
    if not target:
        return False
    key, junk = draw(st.sampled_from(sorted(target))), draw(st.sampled_from(JUNK))
    target[key] = copy.deepcopy(junk)
    return True


def _huge(draw: st.DrawFn, data: dict[str, Any], what: str, target: dict[str, Any]) -> bool:
    key = draw(st.sampled_from(sorted(set(target) & TEXT_KEYS) or ["comment"]))
    target[key] = draw(st.sampled_from(["x", "é", "\u2028", "Kazachstan "])) * (TOO_LONG + 1)
    return True


def _duplicate(draw: st.DrawFn, data: dict[str, Any], what: str, target: dict[str, Any]) -> bool:
    if what != "claim":
        return False
    data["claims"].append(copy.deepcopy(target))
    return True


def _unknown_key(draw: st.DrawFn, data: dict[str, Any], what: str, target: dict[str, Any]) -> bool:
    target[draw(st.sampled_from(["colour", "Id", "sources ", "x" * 300, "ü"]))] = "x"
    return True


def _unknown_seed(draw: st.DrawFn, data: dict[str, Any], what: str, target: dict[str, Any]) -> bool:
    if what != "source":
        return False
    target["seed"] = draw(st.sampled_from(["999_nope", "../seeds/000_c1f0f35582907c32", "000"]))
    return True


def _bad_kind(draw: st.DrawFn, data: dict[str, Any], what: str, target: dict[str, Any]) -> bool:
    if what != "claim":
        return False
    target["kind"] = draw(st.sampled_from(["colour", "Count", "", "event ", "membership?"]))
    return True


def _random_text(draw: st.DrawFn, data: dict[str, Any], what: str, target: dict[str, Any]) -> bool:
    if not target:
        return False
    target[draw(st.sampled_from(sorted(target)))] = draw(st.text(max_size=50))
    return True


def _many_paraphrases(draw: st.DrawFn, data: dict[str, Any], what: str, target: dict[str, Any]) -> bool:
    if what != "claim":
        return False
    target["paraphrases"] = {"en": [draw(st.text(min_size=1, max_size=20))] * draw(st.integers(1, 5_000))}
    return True


DATA_MUTATIONS: dict[str, DataMutation] = {
    "delete": _delete, "retype": _retype, "huge": _huge, "duplicate": _duplicate, "unknown-key": _unknown_key,
    "unknown-seed": _unknown_seed, "bad-kind": _bad_kind, "random-text": _random_text,
    "many-paraphrases": _many_paraphrases,
}


def _insert(draw: st.DrawFn, raw: bytes, at: int) -> bytes:
    return raw[:at] + draw(st.text(st.sampled_from(":-[]{}'\"\t#&*!|>%@`\n ,?"), min_size=1, max_size=5)).encode() \
        + raw[at:]


def _tab(draw: st.DrawFn, raw: bytes, at: int) -> bytes:
    lines = raw.split(b"\n")
    i = min(at, len(lines) - 1)
    lines[i] = b"\t" + lines[i].lstrip(b" ")
    return b"\n".join(lines)


# Each mutation of the bytes takes them and a position drawn in them.
BYTE_MUTATIONS: dict[str, Callable[[st.DrawFn, bytes, int], bytes]] = {
    "truncate": lambda draw, raw, at: raw[:at],
    "insert": _insert,
    "bad-byte": lambda draw, raw, at: raw[:at] + b"\xff" + raw[at:],
    "unterminated": lambda draw, raw, at: raw + b'\nbroken: "unterminated',
    "nul": lambda draw, raw, at: raw[:at] + b"\x00" + raw[at:],
    "bom": lambda draw, raw, at: b"\xef\xbb\xbf" + raw,
    "tab": _tab,
}


def dumped(data: dict[str, Any]) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6).encode("utf-8")


@st.composite
def mutated_files(draw: st.DrawFn) -> tuple[bytes, list[str]]:
    """A claims file with mutations: (its bytes, what was done)."""
    data = copy.deepcopy(draw(st.sampled_from(ORIGINALS)))
    done: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        what, target = draw(st.sampled_from(_targets(data)))
        op = draw(st.sampled_from(sorted(DATA_MUTATIONS)))
        if DATA_MUTATIONS[op](draw, data, what, target):
            done.append(f"{op} on {what}")
    raw = dumped(data)
    for _ in range(draw(st.integers(0, 2))):
        op = draw(st.sampled_from(sorted(BYTE_MUTATIONS)))
        raw = BYTE_MUTATIONS[op](draw, raw, draw(st.integers(0, len(raw))))
        done.append(op)
    return raw, done


def yaml_lines(raw: bytes) -> int:
    """Lines as YAML counts them: U+0085, U+2028 and U+2029 break lines too (editors may not)."""
    try:
        return len(re.findall(r"\r\n|[\n\r\x85\u2028\u2029]", raw.decode("utf-8"))) + 1
    except UnicodeDecodeError:
        return raw.count(b"\n") + 1


def problems_of(result: Result, fmt: str) -> list[dict[str, Any]]:
    """The problems `validate` printed, each checked for its path:line:col form."""
    if fmt == "json":
        data = json.loads(result.stdout)
        assert isinstance(data, list)
        for p in data:
            assert isinstance(p["path"], str) and isinstance(p["line"], int) and isinstance(p["col"], int)
            assert p["level"] in ("error", "warning") and isinstance(p["message"], str) and p["message"]
        return data
    lines = result.stdout.splitlines()
    assert lines and SUMMARY.match(lines[-1]), lines[-1:]
    out = []
    for line in lines[:-1]:
        found = PROBLEM.match(line)
        assert found, f"not path:line:col: level: message: {line!r}"
        out.append({"path": found["path"], "line": int(found["line"]), "col": int(found["col"]),
                    "level": found["level"], "message": found["message"]})
    return out


@examples(ci=250)
@given(mutation=mutated_files(), fmt=st.sampled_from(["text", "json"]))
def test_validate_reports_mutated_claims_files_at_file_line_col(mutation: tuple[bytes, list[str]], fmt: str,
                                                               mutation_base: Path) -> None:
    raw, done = mutation
    broken = surely_broken(raw)
    event("surely broken" if broken else "maybe intact")  # shown by --hypothesis-show-statistics
    path = mutation_base / "claims" / TARGET
    path.write_bytes(raw)
    result = invoke(["validate", "--format", fmt, "--base", str(mutation_base)])
    assert_no_crash(result)
    assert result.exit_code in (0, 1), (done, result.output)
    problems = problems_of(result, fmt)
    lines = yaml_lines(raw)
    for p in problems:
        assert p["line"] >= 1 and p["col"] >= 1, p
        if p["path"].endswith(TARGET):
            assert p["line"] <= lines + 1, (p, lines)
    errors = [p for p in problems if p["level"] == "error"]
    assert (result.exit_code == 1) == bool(errors)
    if broken:
        assert result.exit_code == 1, (done, result.output)
        assert any(p["path"].endswith(TARGET) for p in errors), (done, result.output)


def test_the_oracle_judges_the_final_file_not_the_mutations_on_the_way() -> None:
    data = copy.deepcopy(ORIGINALS[1])
    claim = data["claims"][0]
    assert not surely_broken(dumped(data))
    claim["paraphrases"] = ["a", "list"]
    assert surely_broken(dumped(data))
    del claim["paraphrases"]  # retyped, then deleted: the file is whole again
    assert not surely_broken(dumped(data))
    claim["colour"] = "x"
    assert surely_broken(dumped(data))
    raw = dumped(data)
    assert not surely_broken(raw[:raw.index(b"  colour: x")])  # the unknown key cut off again


@pytest.mark.parametrize("original", ORIGINALS, ids=[p.name for p in SOURCES])
def test_validate_passes_the_files_mutations_start_from(original: dict[str, Any], mutation_base: Path) -> None:
    assert not surely_broken(dumped(original))
    (mutation_base / "claims" / TARGET).write_bytes(dumped(original))
    assert invoke(["validate", "--base", str(mutation_base)]).exit_code == 0


# --- check -----------------------------------------------------------------------------------

INLINE_MARKUP = ["**", "_", "`", "~~", "[^1]", "<br>", "&amp;", "&#x1b;", "\\", "![img](x.png)", "<span>", "</span>",
                 "[link](http://example.org/Kazakhstan)", "<http://example.org>", "  \n", "$x$", "{#id}"]
prose = st.one_of(st.sampled_from(WORDINGS), mutated_wordings(), st.text(max_size=60),
                  st.lists(st.one_of(st.sampled_from(WORDINGS), st.sampled_from(INLINE_MARKUP)),
                           min_size=1, max_size=6).map(" ".join))


def _fence(draw: st.DrawFn, p: str) -> str:
    fence = draw(st.sampled_from(["```", "~~~", "````"]))
    closed = f"\n{fence}" if draw(st.booleans()) else ""
    return f"{fence}{draw(st.sampled_from(['', 'python', 'md']))}\n{p}{closed}"


def _items(draw: st.DrawFn, p: str) -> list[str]:
    return [p, *draw(st.lists(prose, max_size=3))]


# Each kind of Markdown block, built around a piece of prose `p`.
BLOCKS: dict[str, Callable[[st.DrawFn, str], str]] = {
    "heading": lambda draw, p: "#" * draw(st.integers(1, 7)) + " " + p,
    "paragraph": lambda draw, p: " ".join(_items(draw, p)),
    "list": lambda draw, p: "\n".join(f"{draw(st.sampled_from('-*+'))} {x}" for x in _items(draw, p)),
    "ordered": lambda draw, p: "\n".join(f"{i}. {x}" for i, x in enumerate(_items(draw, p), 1)),
    "quote": lambda draw, p: "> " + p.replace("\n", "\n> "),
    "fence": _fence,
    "comment": lambda draw, p: "<!-- " + p + (" -->" if draw(st.booleans()) else ""),
    "ignore": lambda draw, p: (f"<!-- cstocheck: ignore "
                               f"{draw(st.sampled_from(['russia-troops-2300', '', '*', 'nope']))} -->\n{p}"),
    "table": lambda draw, p: f"| a | b |\n|---|:-:|\n| {p} | {draw(prose)} |",
    "html": lambda draw, p: f"<div>\n{p}\n</div>",
    "setext": lambda draw, p: p + "\n" + draw(st.sampled_from(["===", "---"])),
    "rule": lambda draw, p: draw(st.sampled_from(["***", "---", "___", "- - -"])),
    "raw": lambda draw, p: draw(st.text(max_size=80)),
    "indented": lambda draw, p: "    " + p,
    "reference": lambda draw, p: f"[{p[:10]}]: http://example.org \"{p[:20]}\"",
}
FRONT_MATTER = ["---\ntitle: Draft\n---", "---\n" + "x: [\n---", "+++\na = 1\n+++", "---\nunclosed: front matter"]


@st.composite
def markdown(draw: st.DrawFn) -> str:
    blocks = [draw(st.sampled_from(FRONT_MATTER))] if draw(st.booleans()) else []
    for _ in range(draw(st.integers(0, 10))):
        kind = draw(st.sampled_from(list(BLOCKS)))
        blocks.append(BLOCKS[kind](draw, draw(prose)))
    return draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n"])).join(blocks)


@needs_check
@examples(ci=150)
@given(text=markdown(), fmt=st.sampled_from(["json", "text"]), name=st.sampled_from(["draft.md", "draft.txt"]))
def test_check_never_crashes_on_markdown(text: str, fmt: str, name: str) -> None:
    result = invoke(["check", "-", "--stdin-filename", name, "--format", fmt],
                    stdin=text.encode("utf-8", "surrogatepass"))
    assert_no_crash(result)
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code == 2:
        assert_one_error_line(result)
    elif fmt == "json":
        json.loads(result.stdout)


@needs_check
@examples(ci=100)
@given(data=st.binary(max_size=400))
def test_check_never_crashes_on_bytes(data: bytes) -> None:
    result = invoke(["check", "-", "--format", "json"], stdin=data)
    assert_no_crash(result)
    assert result.exit_code in (0, 1, 2)
    if result.exit_code == 2:
        assert_one_error_line(result)
    else:
        json.loads(result.stdout)


def test_wordings_were_found() -> None:
    assert len(WORDINGS) > 300


# --- pathological files, as separate processes (a crash must not take the test run with it) ---


def _run(args: list[str], cwd: Path, timeout: float) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("CSTOCHECK_BASE", "CSTOCHECK_CONFIG")}
    return subprocess.run([sys.executable, "-m", "cstocheck", *args], check=False, capture_output=True, cwd=cwd, env=env,
                          timeout=timeout)


@pytest.mark.parametrize("command", [["validate"], ["claim", "Russia sent troops to Kazakhstan."]],
                         ids=["validate", "claim"])
def test_deeply_nested_claims_file_is_reported_not_a_crash(command: list[str], make_base, tmp_path: Path) -> None:
    root = make_base()
    depth = 50_000
    (root / "claims" / "deep.yaml").write_text("topic: deep\nclaims: " + "[" * depth + "]" * depth + "\n",
                                               encoding="utf-8")
    result = _run([*command, "--base", str(root)], tmp_path, timeout=120)
    assert result.returncode == (1 if command == ["validate"] else 2), result.returncode
    # validate prints "path:line:col: error: …"; the other commands "error: path:line:col: …", once.
    assert re.search(rb"deep\.yaml:\d+:\d+: (?:error: )?nesting deeper", result.stdout + result.stderr)


def test_alias_amplified_claims_file_is_validated_quickly(make_base, tmp_path: Path) -> None:
    root = make_base()
    n = 700
    source = '{seed: 004_87e5b9b0263f4f97, quote: "The CSTO is intervening under its Article 4", says: supports}'
    lines = ["topic: aliases", "claims:",
             f"  - &c {{id: a, statement: The CSTO intervened., kind: event, sources: [&s {source}"
             + ", *s" * (n - 1) + "]}", *["  - *c"] * (n - 1)]
    (root / "claims" / "aliases.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        result = _run(["validate", "--base", str(root)], tmp_path, timeout=5)
    except subprocess.TimeoutExpired:
        pytest.fail("validate took more than 5 s on an 8 KB claims file")
    assert result.returncode == 1
