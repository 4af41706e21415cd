"""Word lists live in the language files (cstocheck/languages/), not in Python."""
from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cstocheck import lexicon
from cstocheck.values import Qualifier

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cli" / "cstocheck"
MAX_WORDS = 15

# Modules whose tables are still to move; each entry is a debt to pay off, not a licence.
# Keys are module paths inside the package, values how many oversize tables they hold today.
# Every table has moved: a new one belongs in the language files, not here.
NOT_YET_MOVED: dict[str, int] = {}


def _strings(node: ast.AST) -> int:
    """How many string items a literal holds: elements, dict keys and values, words of a split string."""
    if isinstance(node, (ast.List, ast.Set, ast.Tuple)):
        return sum(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)
    if isinstance(node, ast.Dict):
        items = [k for k in node.keys if k is not None] + list(node.values)
        return sum(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in items)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
        return len(node.func.value.value.split())
    return 0


def oversize_tables(source: str) -> list[int]:
    """Line numbers of the literals with more than MAX_WORDS strings."""
    return [node.lineno for node in ast.walk(ast.parse(source)) if _strings(node) > MAX_WORDS]


def test_the_check_sees_each_way_of_writing_a_table() -> None:
    words = [f"w{i}" for i in range(MAX_WORDS + 1)]
    for table in (repr(words), repr(tuple(words)), repr(set(words)), repr(dict.fromkeys(words, 1)),
                  f"frozenset({' '.join(words)!r}.split())"):
        assert oversize_tables(f"T = {table}\n") == [1], table
    assert oversize_tables(f"T = {words[:MAX_WORDS]!r}\n") == []


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_no_word_table_in_python(path: Path) -> None:
    found = oversize_tables(path.read_text(encoding="utf-8"))
    allowed = NOT_YET_MOVED.get(path.relative_to(PACKAGE).as_posix(), 0)
    assert len(found) <= allowed, f"{path.name}: word tables at lines {found}; move them to cstocheck/languages/"


def test_the_allow_list_only_shrinks() -> None:
    for name, allowed in NOT_YET_MOVED.items():
        found = len(oversize_tables((PACKAGE / name).read_text(encoding="utf-8")))
        assert found == allowed, f"{name} now has {found} tables: lower its entry in NOT_YET_MOVED"


@pytest.mark.parametrize("path", sorted((PACKAGE / "languages").glob("*.json")), ids=lambda p: p.name)
def test_language_file_holds_word_tables(path: Path) -> None:
    tables = json.loads(path.read_text(encoding="utf-8"))
    assert tables and all(isinstance(name, str) and isinstance(t, (list, dict)) and t for name, t in tables.items())
    for name, table in tables.items():
        entries = table if isinstance(table, list) else list(table)
        assert len(entries) == len(set(entries)), f"{path.name}: {name} lists a word twice"
        assert all(isinstance(e, str) and e and (e == e.strip() or name == "hard_spaces") for e in entries), name


def test_tables_merge_every_language() -> None:
    assert {"the", "de"} <= lexicon.STOPWORDS
    assert lexicon.MONTHS["mei"] == lexicon.MONTHS["may"] == 5
    assert lexicon.grouped("hedges")["approx"][:1] == ["about"] and "ongeveer" in lexicon.grouped("hedges")["approx"]
    assert lexicon.words("function_words", "nl") & lexicon.words("function_words", "en") == frozenset()


def test_hedges_are_filed_under_an_interval_the_reader_knows() -> None:
    assert set(lexicon.grouped("hedges")) <= {q.value for q in Qualifier}
    assert set(lexicon.grouped("post_hedges")) <= {"at_least", "approx", "at_most"}
    assert set(lexicon.mapping("open_time_words").values()) <= {"before", "after", "since", "until"}
    phrases = [p for group in lexicon.grouped("hedges").values() for p in group]
    assert len(phrases) == len(set(phrases)), "a hedge filed under two intervals"


def test_alternation_prefers_the_longest_phrase() -> None:
    pattern = re.compile(lexicon.alternation(["tot", "tot en met", "up to"]))
    assert pattern.match("tot  en met").group() == "tot  en met"
    assert pattern.match("up\tto").group() == "up\tto"


def test_wheel_ships_the_language_files(tmp_path: Path) -> None:
    """A plain `pip install .` must bring the data along, not only an editable install."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(tmp_path),
                    str(ROOT)], check=True, capture_output=True)
    (wheel,) = tmp_path.glob("cstocheck-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"cstocheck/languages/{p.name}" for p in (PACKAGE / "languages").iterdir() if p.is_file()}
    assert shipped and shipped <= names
