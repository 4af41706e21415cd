"""From a draft's bytes to sentences at exact lines and columns (drafts.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES
from cstocheck.config import Settings
from cstocheck.drafts import STDIN_NAME, Sentence, collect, decode, is_markdown, parse
from cstocheck.errors import InputError

SEGMENT = FIXTURES / "drafts" / "segment"
CASES = sorted(p for p in SEGMENT.iterdir() if not p.name.endswith(".expected.yaml"))


def _read(path: Path):
    return parse(decode(path.read_bytes(), path.name), path.name, markdown=is_markdown(path.name))


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_sentences_and_positions_match_the_expected_file(path: Path) -> None:
    expected = yaml.safe_load((SEGMENT / f"{path.stem}.expected.yaml").read_text(encoding="utf-8"))
    draft = _read(path)
    assert [f"{s.line}:{s.col} {s.text}" for s in draft.sentences] == expected["sentences"]
    assert [f"{s.line}:{s.col} " + " ".join(s.ids) for s in draft.suppressions] == expected.get("suppressions", [])
    assert draft.language == expected["language"]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_every_sentence_starts_where_its_first_word_is(path: Path) -> None:
    """The reported line:col points at the sentence's first character in the file."""
    lines = decode(path.read_bytes(), path.name).split("\n")
    for s in _read(path).sentences:
        first_word = s.text.split()[0]
        at = lines[s.line - 1][s.col - 1:]
        assert at.startswith(first_word[:1]), (s, at)
        last = lines[s.end_line - 1][: s.end_col - 1]
        assert last and not last[-1].isspace(), (s, last)


def test_nothing_outside_the_prose_is_read() -> None:
    # Every skipped construct of the demo draft holds this sentence; the prose does not.
    draft = _read(FIXTURES / "drafts" / "demo" / "kazakhstan.md")
    assert not [s for s in draft.sentences if "member states" in s.text]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_set_language_is_used_for_every_paragraph(language: str) -> None:
    draft = parse("Rusland stuurde troepen.\n\nRussia sent troops to Kazakhstan today.\n", "x.md", language=language)
    assert {s.language for s in draft.sentences} == {language}


def test_the_language_is_guessed_per_paragraph() -> None:
    text = ("Rusland stuurde op 6 januari ongeveer 2300 militairen naar Kazachstan, meldde de krant.\n\n"
            "Russia sent about 2,300 troops to Kazakhstan on 6 January, the paper said.\n")
    assert [s.language for s in parse(text, "x.md").sentences] == ["nl", "en"]


def test_sentence_end_is_just_after_its_last_character() -> None:
    (s,) = parse("  Russia sent\n  troops.  \n", "x.txt", markdown=False).sentences
    assert s == Sentence("Russia sent troops.", 1, 3, 2, 10, "en")


def test_a_suppression_covers_its_own_line_and_the_next() -> None:
    text = "A first line.\n<!-- cstocheck: ignore some-claim -->\nA covered line.\n\nToo far away.\n"
    draft = parse(text, "x.md")
    covered = {s.text: bool(draft.ignored_ids(s)) for s in draft.sentences}
    assert covered == {"A first line.": False, "A covered line.": True, "Too far away.": False}


BAD = {
    "binary.md": "binary.md:2:1: binary or not a text file",
    "escape.md": "escape.md:2:3: binary or not a text file: a terminal escape sequence",
    "latin1.txt": "latin1.txt:1:4: not UTF-8 text",
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_bytes_are_an_input_error_at_their_position(name: str) -> None:
    with pytest.raises(InputError) as caught:
        decode((FIXTURES / "drafts" / "bad" / name).read_bytes(), name)
    assert BAD[name] in str(caught.value)


def test_a_byte_order_mark_is_not_a_column() -> None:
    (s,) = parse(decode("\ufeffRussia sent troops.".encode(), "x.md"), "x.md").sentences
    assert (s.line, s.col) == (1, 1)


def test_collect_walks_folders_for_drafts_only(tmp_path: Path) -> None:
    for name in ("a.md", "b.txt", "c.rst", "sub/d.markdown", ".hidden/e.md", "node_modules/f.md", ".g.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Russia sent troops.\n")
    found = [display for _, display in collect([str(tmp_path)]).files]
    assert found == [f"{tmp_path.as_posix()}/{n}" for n in ("a.md", "b.txt", "sub/d.markdown")]


def test_collect_names_each_file_once_and_stdin_as_such(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Russia sent troops.\n")
    found = collect([str(tmp_path / "a.md"), str(tmp_path), "-", "-"]).files
    assert [d for _, d in found] == [f"{tmp_path.as_posix()}/a.md", STDIN_NAME]
    assert found[1][0] is None


@pytest.mark.parametrize("pattern,kept", [
    ("old", ["new/a.md"]),
    ("old/*", ["new/a.md"]),
    ("*.md", []),
    ("new/a.md", ["old/b.md"]),
    ("other", ["new/a.md", "old/b.md"]),
])
def test_ignore_patterns_work_like_gitignore(tmp_path: Path, pattern: str, kept: list[str]) -> None:
    for name in ("new/a.md", "old/b.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Russia sent troops.\n")
    settings = Settings(root=tmp_path, ignore=(pattern,))
    found = [Path(p).relative_to(tmp_path).as_posix() for p, _ in collect([str(tmp_path)], settings.is_ignored).files]
    assert found == kept


@pytest.mark.parametrize("args,message", [
    (["does/not/exist.md"], "does/not/exist.md: no such file or directory"),
    ([str(FIXTURES / "drafts" / "bad" / "no-drafts")], "no Markdown or text files"),
])
def test_collect_refuses_what_it_cannot_check(args: list[str], message: str) -> None:
    with pytest.raises(InputError, match=message):
        collect(args)


def test_claim_does_not_pay_for_the_segmenter() -> None:
    import subprocess

    code = ("import sys; from typer.testing import CliRunner; from cstocheck.cli import app; "
            "CliRunner().invoke(app, ['claim', 'Russia sent troops to Kazakhstan', '-f', 'json']); "
            "print('pysbd' in sys.modules, 'jsonschema' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
