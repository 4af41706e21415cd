"""The format registry: every format renders every result it claims to, on real results, and
every command offers exactly the formats that render its result."""
from __future__ import annotations

import datetime
import io
import json
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from conftest import FIXTURES, REPO
from cstocheck.base import load_base
from cstocheck.checker import Checker
from cstocheck.claimreview import Published, Publisher
from cstocheck.cli import app
from cstocheck.conflicts import find_conflicts, find_slips
from cstocheck.coverage import coverage
from cstocheck.drafts import read_draft
from cstocheck.evaluation import evaluate
from cstocheck.find import find
from cstocheck.finding import Verdict
from cstocheck.formats import FORMATS, KINDS, choices
from cstocheck.formats.common import Indexed
from cstocheck.review import check_drafts
from cstocheck.show import show
from cstocheck.sources import sources

# The command that renders each kind of result.
# (Slips are rendered by `conflicts --slips`, which takes the formats that render them.)
COMMANDS = {"claim": "claim", "conflicts": "conflicts", "validate": "validate", "evaluation": "eval",
            "check": "check", "export": "export", "show": "show", "find": "find", "sources": "sources",
            "coverage": "coverage"}
PAIRS = [(name, kind) for name, f in FORMATS.items() for kind in f.renderers]


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    base = load_base(REPO)
    checker = Checker.open(REPO, use_cache=False)
    demo = FIXTURES / "drafts" / "demo"
    drafts = [read_draft(p, str(p.relative_to(REPO)), None) for p in sorted(demo.iterdir())]
    return {
        "base": base, "index": checker.index,
        "claim": checker.claim("Armenia sent 70 troops and Kyrgyzstan 500."),
        "conflicts": find_conflicts(base.claims),
        "slips": find_slips(base.claims),
        "validate": base.problems,
        "evaluation": evaluate(FIXTURES / "hardening" / "cases.yaml", checker.claim),
        "check": check_drafts(checker.claim, drafts, frozenset({Verdict.CONTRADICTED})),
        "export": base,
        "show": show(base, "uzbekistan-first-exit"),
        "find": find(checker.index, checker.base.claims, "Uzbekistan 1999"),
        "sources": sources(base),
        "coverage": coverage(base),
    }


def _text(rendered: Any) -> str:
    if isinstance(rendered, str):
        return rendered
    console = Console(record=True, width=120, file=io.StringIO())
    for item in rendered:
        console.print(item)
    return console.export_text()


def _parses(name: str, out: str) -> None:
    if name in ("json", "sarif", "claimreview"):
        json.loads(out)
    elif name == "junit":
        ET.fromstring(out.split("\n", 1)[1])
    elif name == "html":
        assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")


@pytest.mark.parametrize("name,kind", PAIRS, ids=[f"{n}-{k}" for n, k in PAIRS])
def test_every_format_renders_every_result_it_offers(name: str, kind: str, results: dict[str, Any]) -> None:
    f = FORMATS[name]
    data = results[kind]
    if f.indexed:
        data = Indexed(data, results["index"])
    if f.published:
        data = Published(data, Publisher("Desk", "https://desk.example", datetime.date(2026, 1, 2).isoformat()),
                         results["base"])
    out = _text(f.render(kind, data))
    assert out.strip()
    _parses(name, out)


def test_every_kind_is_rendered_as_text_and_json() -> None:
    for kind in KINDS:
        assert choices(kind)[:2] == ["text", "json"], kind


@pytest.mark.parametrize("kind", [k for k in KINDS if k in COMMANDS])
def test_each_command_offers_the_formats_of_its_result(kind: str) -> None:
    result = CliRunner().invoke(app, [COMMANDS[kind], "--help"], env={"COLUMNS": "300"})
    offered = result.output.split("--format", 1)[1].split("<", 1)[1].split(">", 1)[0].split("|")
    assert offered == choices(kind)


def test_the_registry_has_a_test_for_every_format() -> None:
    assert {n for n, _ in PAIRS} == set(FORMATS)
