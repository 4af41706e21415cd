"""Reading a draft (Markdown or plain text) into the sentences a reader would see, with positions.

Markdown syntax that is not prose is taken out before segmenting: front matter, fenced and
indented code, HTML comments and tags, link targets, reference definitions, URLs, and the
markers of headings, lists, quotes, tables and emphasis. What remains is grouped into
paragraphs (a heading, a list item or a table row is a paragraph of its own) and each paragraph
is split into sentences by pysbd in the language of the text. Every prose character keeps its
offset in the file, so a sentence is reported at the line and column where it starts (1-based,
columns in characters, as editors count them).

`<!-- cstocheck: ignore CLAIM_ID … -->` comments are collected as suppressions, in plain text
files too.
"""
from __future__ import annotations

import bisect
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from cstocheck import lexicon
from cstocheck.errors import InputError
from cstocheck.inputs import MAX_CLAIM_CHARS

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
DRAFT_SUFFIXES = (*MARKDOWN_SUFFIXES, ".txt")
LANGUAGES = ("en", "nl")
STDIN_NAME = "<stdin>"
# Folders a directory walk never enters: tools' own trees, not drafts.
SKIPPED_DIRS = ("node_modules", "__pycache__", "venv")
# Below this many words a paragraph's own language guess is noise; the document's is used.
MIN_WORDS_FOR_OWN_LANGUAGE = 8
# Paragraphs longer than this are split into sentences window by window (see _windowed): longer
# than any sentence that is checked, short enough that pysbd's quadratic rules stay cheap.
SEGMENT_WINDOW = 3_000


@dataclass(frozen=True)
class Suppression:
    """An `ignore` comment: the claim ids it silences and the lines the comment spans."""

    ids: tuple[str, ...]
    first_line: int
    last_line: int
    line: int
    col: int

    def covers(self, sentence: Sentence) -> bool:
        # On the sentence's own line(s), or on the line just before it starts.
        return self.first_line <= sentence.end_line and self.last_line >= sentence.line - 1


@dataclass(frozen=True)
class Sentence:
    text: str  # white space collapsed, markup removed
    line: int
    col: int
    end_line: int
    end_col: int  # the column just after the sentence's last character
    language: str


@dataclass(frozen=True)
class Draft:
    path: str  # as shown to the user
    sentences: tuple[Sentence, ...]
    suppressions: tuple[Suppression, ...]
    language: str
    # Sentences longer than a claim may be (MAX_CLAIM_CHARS): not checked, and said so.
    overlong: tuple[Sentence, ...] = ()

    def ignored_ids(self, sentence: Sentence) -> frozenset[str]:
        return frozenset(i for s in self.suppressions if s.covers(sentence) for i in s.ids)


# --- reading files -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Collected:
    """The drafts to check, as (path, display name) with `None` for stdin, and what was passed
    over while walking folders, each as "path: why" (the run goes on without it)."""

    files: tuple[tuple[Path | None, str], ...]
    skipped: tuple[str, ...] = ()


def collect(paths: Sequence[str], is_ignored: Callable[[Path], bool] | None = None) -> Collected:
    """The drafts named by `paths`.

    Directories are walked for Markdown and text files, hidden folders skipped. A path that does
    not exist, or a directory without a single draft file, is an InputError. While walking, a
    link leading outside the folders named, a link leading nowhere, a FIFO or device, and a
    folder that cannot be read are skipped and listed in `skipped`; a file named explicitly is
    read whatever it is (a FIFO or device is refused when read). `is_ignored(path)` drops files
    (named ones too, so a pre-commit run honours the configured ignores).
    """
    out: list[tuple[Path | None, str]] = []
    skipped: list[str] = []
    seen: set[str] = set()
    roots = [os.path.realpath(raw) for raw in paths if raw != "-" and os.path.isdir(raw)]

    def add(path: Path | None, display: str) -> None:
        key = os.path.realpath(path) if path is not None else STDIN_NAME
        if key in seen or (path is not None and is_ignored is not None and is_ignored(path)):
            return
        seen.add(key)
        out.append((path, display))

    for raw in paths:
        if raw == "-":
            add(None, STDIN_NAME)
        elif os.path.isdir(raw):
            found = sorted(_walk(Path(raw), roots, skipped))
            if not found and not skipped:
                raise InputError(f"no Markdown or text files ({', '.join(DRAFT_SUFFIXES)}) in this directory",
                                 where=raw)
            for item in found:
                add(item, _display(item))
        elif os.path.lexists(raw):
            add(Path(raw), _display(Path(raw)))
        else:
            raise InputError("no such file or directory", where=raw)
    return Collected(tuple(out), tuple(skipped))


def _display(path: Path) -> str:
    return path.as_posix()


def _walk(root: Path, roots: Sequence[str], skipped: list[str]) -> Iterable[Path]:
    """Draft files under `root`, walked with a stack rather than recursion (a folder a thousand
    levels deep is still walked) and never through a link to a folder."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as found:
                entries = sorted(found, key=lambda e: e.name)
        except OSError as err:
            skipped.append(f"{_display(folder)}: cannot read folder: {err.strerror or err}: skipped")
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(folder) / entry.name
            if entry.is_dir(follow_symlinks=False):
                if entry.name not in SKIPPED_DIRS:
                    stack.append(path)
            elif entry.name.lower().endswith(DRAFT_SUFFIXES):
                why = _unfit(entry, roots)
                if why is None:
                    yield path
                else:
                    skipped.append(f"{_display(path)}: {why}: skipped")


def _unfit(entry: os.DirEntry[str], roots: Sequence[str]) -> str | None:
    """Why a draft-named file found while walking is not read, or None when it is fit."""
    from cstocheck.files import kind_of

    try:
        mode = entry.stat(follow_symlinks=True).st_mode
    except OSError as err:
        return "a link leading nowhere" if entry.is_symlink() else f"cannot read file: {err.strerror or err}"
    if entry.is_symlink():
        target = os.path.realpath(entry.path)
        if not any(target == r or target.startswith(r.rstrip(os.sep) + os.sep) for r in roots):
            return "a link leading outside the folders checked (name the file to check it)"
    if not stat.S_ISREG(mode):
        return f"not a regular file ({kind_of(mode)})"
    return None


# What no text file holds: a control character (Unicode's category Cc, but tab, line and page
# breaks), half a surrogate pair (Cs), or the replacement character.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffd]")


def decode(data: bytes, display: str) -> str:
    """The text of a draft file, or an InputError naming the first bad byte or character."""
    from cstocheck.files import MAX_FILE_BYTES
    from cstocheck.yamlfile import decode_utf8

    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"is more than {MAX_FILE_BYTES:,} bytes; the limit is {MAX_FILE_BYTES:,}", where=display)
    text, bad = decode_utf8(data, display)
    if bad is not None or text is None:
        assert bad is not None
        raise InputError(bad.message, where=f"{bad.path}:{bad.line}:{bad.col}")
    text = text.removeprefix("\ufeff")  # editors do not count a byte-order mark as a column
    if (found := _NOT_TEXT.search(text)) is not None:
        offset, ch = found.start(), found.group()
        line, col = _line_col(_line_starts(text), offset)
        what = "a terminal escape sequence" if ch == "\x1b" else f"a control character (U+{ord(ch):04X})"
        raise InputError(f"binary or not a text file: {what}", where=f"{display}:{line}:{col}")
    return text


def read_draft(path: Path, display: str, language: str | None = None,
               segment_all: Segmenter | None = None) -> Draft:
    from cstocheck.files import read_bounded, too_large

    try:
        data = read_bounded(path)
    except OSError as err:
        raise InputError(f"cannot read file: {err.strerror or err}", where=display) from None
    if (why := too_large(path, data)) is not None:
        raise InputError(f"file is {why}", where=display)
    return parse(decode(data, display), display, markdown=is_markdown(display), language=language,
                 segment_all=segment_all or segment_each)


def is_markdown(name: str) -> bool:
    # stdin without a name is most often pasted Markdown; plain text reads the same way.
    return name == STDIN_NAME or name.lower().endswith(MARKDOWN_SUFFIXES)


# --- from text to prose ------------------------------------------------------------------------

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_FRONT = {"---": ("---", "..."), "+++": ("+++",)}
_THEMATIC = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}=+[ \t]*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_REF_DEF = re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:[ \t]*")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?=[ \t]|$)[ \t]*")
_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_QUOTE = re.compile(r"^(?: {0,3}>[ \t]?)+")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?(?:[ \t]+|$)")
_IGNORE = re.compile(r"^\s*cstocheck:\s*ignore\b(.*)$", re.DOTALL)

# Inline syntax: code, images, tags and URLs stand for a word break; link targets and the
# markers of emphasis are dropped.
_CODE = re.compile(r"(`+).+?\1")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)")
_LINK_REF = re.compile(r"\]\[[^\]]*\]")
_INLINE_SPACE = re.compile(
    r"<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>"  # autolinks
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"  # HTML tags
    r"|\b(?:https?|ftp)://[^\s<>()]*[^\s<>().,;:!?'\"]"  # bare URLs
    r"|\[\^[^\]\s]+\]"  # footnote references
)
_EMPHASIS = re.compile(r"(?<![\w*~])(?:\*+|_+|~~+)(?=\S)|(?<=\S)(?:\*+|_+|~~+)(?![\w*~])")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")


@dataclass
class _Line:
    start: int  # offset of the line in the text
    text: str  # without its newline
    keep: list[bool]  # per character: is it prose?
    spaces: set[int]  # masked positions that stand for a word break
    kind: str = "prose"  # prose | blank | skip | heading | item (starts a paragraph of its own)


_LINE_END = re.compile(r"\r\n|\r|\n")  # as editors count lines: CR alone (old Mac files) ends one too


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _LINE_END.finditer(text)]


def _line_col(starts: list[int], offset: int) -> tuple[int, int]:
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


def _split_lines(text: str) -> list[_Line]:
    lines = []
    for start, line in zip(_line_starts(text), _LINE_END.split(text)):
        lines.append(_Line(start, line, [True] * len(line), set()))
    return lines


def _skip(line: _Line) -> None:
    line.keep = [False] * len(line.text)
    line.kind = "skip"


def _mask(line: _Line, start: int, end: int, space: bool = False) -> None:
    for i in range(start, end):
        line.keep[i] = False
    if space and end > start:
        line.spaces.add(start)


def _comments(lines: list[_Line], suppressions: list[Suppression]) -> None:
    """Mask HTML comments (they may span lines) and collect the ignore comments among them."""
    open_at: tuple[int, int] | None = None  # (line index, column) where the open comment began
    body: list[str] = []
    for index, line in enumerate(lines):
        if line.kind == "skip" and open_at is None:
            continue
        pos = 0
        while pos <= len(line.text):
            if open_at is None:
                begin = line.text.find("<!--", pos)
                if begin < 0:
                    break
                if not line.keep[begin]:  # inside a code span: shown, not a comment
                    pos = begin + 4
                    continue
                open_at, body, pos = (index, begin), [], begin + 4
                continue
            end = line.text.find("-->", pos)
            stop = len(line.text) if end < 0 else end + 3
            body.append(line.text[pos:stop - 3 if end >= 0 else stop])
            first_index, first_col = open_at
            _mask(line, first_col if index == first_index else 0, stop, space=True)
            if end < 0:
                body.append("\n")
                break
            match = _IGNORE.match("".join(body))
            if match:
                ids = tuple(i for i in re.split(r"[\s,]+", match.group(1).strip()) if i)
                suppressions.append(Suppression(ids, first_index + 1, index + 1, first_index + 1, first_col + 1))
            open_at, pos = None, stop


@dataclass
class _Blocks:
    """Where the walk over a Markdown file's lines stands."""

    fence: str | None = None  # the fence of the open code block
    in_list: bool = False
    previous: str = "blank"  # how the line before was read: blank | code | skip | prose | item | heading


def _markdown_blocks(lines: list[_Line]) -> None:
    """Classify each line and mask what is not prose, block by block."""
    blocks = _Blocks()
    for line in lines[_front_matter(lines):]:
        _block_line(line, line.text.rstrip("\r"), blocks)  # a CRLF file reads as any other


def _front_matter(lines: list[_Line]) -> int:
    """Mask front matter, only at the very top and only when it is closed; the index of the line after it."""
    if not lines or lines[0].text.rstrip() not in _FRONT:
        return 0
    closers = _FRONT[lines[0].text.rstrip()]
    for end in range(1, len(lines)):
        if lines[end].text.rstrip() in closers:
            for line in lines[: end + 1]:
                _skip(line)
            return end + 1
    return 0


def _block_line(line: _Line, text: str, blocks: _Blocks) -> None:
    if blocks.fence is not None:
        _in_fence(line, text, blocks)
        return
    if _opens_fence(line, text, blocks) or _blank_or_code(line, text, blocks):
        return
    if blocks.previous == "code":
        blocks.previous = "blank"
    if _REF_DEF.match(text) or _THEMATIC.match(text) or _TABLE_RULE.match(text) and "-" in text \
            or (_SETEXT.match(text) and blocks.previous in ("prose", "item")):
        _skip(line)
        blocks.previous = "skip"
        return
    if not (_indent(text) >= 2 and blocks.in_list):
        blocks.in_list = False
    _prose_line(line, text, blocks)


def _indent(text: str) -> int:
    return len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip())


def _in_fence(line: _Line, text: str, blocks: _Blocks) -> None:
    """A line of a fenced code block: masked; the closing fence ends the block."""
    assert blocks.fence is not None
    _skip(line)
    stripped = text.strip()
    if stripped and set(stripped) == {blocks.fence[0]} and len(stripped) >= len(blocks.fence) \
            and len(text) - len(text.lstrip(" ")) <= 3:
        blocks.fence = None
    blocks.previous = "skip"


def _opens_fence(line: _Line, text: str, blocks: _Blocks) -> bool:
    opening = _FENCE.match(text)
    if not opening or (opening.group(1)[0] == "`" and "`" in text[opening.end():]):
        return False
    blocks.fence = opening.group(1)
    _skip(line)
    blocks.previous = "skip"
    return True


def _blank_or_code(line: _Line, text: str, blocks: _Blocks) -> bool:
    """Classify a blank line or a line of indented code."""
    if not text.strip():
        line.kind = blocks.previous = "blank"
        return True
    if _indent(text) >= 4 and blocks.previous in ("blank", "code") and not blocks.in_list:
        _skip(line)
        blocks.previous = "code"
        return True
    return False


def _prose_line(line: _Line, text: str, blocks: _Blocks) -> None:
    """Mask a line's block markers (quote, footnote, heading, list item) and its inline syntax."""
    quote = _QUOTE.match(text)
    offset = quote.end() if quote else 0
    if quote:
        _mask(line, 0, offset)
    rest = text[offset:]
    if not _marker(line, rest, offset, len(text), blocks) and (
            rest.lstrip().startswith("|") or (quote and blocks.previous != "prose")):
        line.kind = "item"  # a table row, or a quote that starts a paragraph
    blocks.previous = "prose" if line.kind in ("prose", "item") else line.kind
    _inline(line, offset)


def _marker(line: _Line, rest: str, offset: int, end: int, blocks: _Blocks) -> bool:
    """Mask the marker of a footnote, heading or list item that `rest` opens with, and classify the line."""
    footnote = _FOOTNOTE_DEF.match(rest)
    heading = _HEADING.match(rest)
    item = _LIST.match(rest)
    if footnote:
        _mask(line, offset, offset + footnote.end())
        line.kind = "item"
    elif heading:
        _mask(line, offset, offset + heading.end())
        close = _HEADING_CLOSE.search(rest)
        if close:
            _mask(line, offset + close.start(), end)
        line.kind = "heading"
    elif item and not (blocks.previous == "prose" and _ordered_after_one(item.group())):
        # (An ordered list interrupts a paragraph only when it starts at 1, as in CommonMark.)
        _mask(line, offset, offset + item.end())
        line.kind = "item"
        blocks.in_list = True
    else:
        return False
    return True


def _ordered_after_one(marker: str) -> bool:
    return marker.strip()[:1].isdigit() and not marker.strip().startswith("1")


def _inline(line: _Line, offset: int) -> None:
    # Order matters: a code span hides everything in it, and a link's target must go whole
    # before the URL pattern could take part of it.
    _replace(line, _CODE, offset, space=True)
    _replace(line, _IMAGE, offset, space=True)
    for pattern in (_LINK_TARGET, _LINK_REF):
        for start, _end in _replace(line, pattern, offset):
            # The link text's opening bracket goes too.
            opening = line.text.rfind("[", offset, start)
            if opening >= 0 and line.keep[opening]:
                _mask(line, opening, opening + 1)
    _replace(line, _INLINE_SPACE, offset, space=True)
    _replace(line, _EMPHASIS, offset)
    _replace(line, _ESCAPE, offset)
    if line.text.lstrip().startswith("|"):
        for i, ch in enumerate(line.text):
            if ch == "|" and line.keep[i]:
                _mask(line, i, i + 1, space=True)


def _replace(line: _Line, pattern: re.Pattern[str], offset: int, space: bool = False) -> list[tuple[int, int]]:
    done = []
    for match in pattern.finditer(line.text, offset):
        start, end = match.span()
        if end > start and all(line.keep[start:end]):
            _mask(line, start, end, space)
            done.append((start, end))
    return done


def _paragraphs(lines: list[_Line]) -> list[tuple[str, list[int]]]:
    """Prose paragraphs, each as its text and the file offset of every character of it."""
    out: list[tuple[str, list[int]]] = []
    chars: list[str] = []
    origin: list[int] = []

    def flush() -> None:
        if "".join(chars).strip():
            out.append(("".join(chars), list(origin)))
        chars.clear()
        origin.clear()

    previous = "blank"
    for line in lines:
        text, where = _prose_of(line)
        if line.kind in ("blank", "skip") or not text.strip():
            flush()
            previous = "blank"
            continue
        if line.kind in ("heading", "item") or previous == "heading":
            flush()
        elif chars:
            chars.append(" ")  # the line break inside a paragraph
            origin.append(line.start - 1)
        chars.append(text)
        origin.extend(where)
        previous = line.kind
    flush()
    return out


_BLANKS = str.maketrans("\r\t\f", "   ")


def _prose_of(line: _Line) -> tuple[str, Sequence[int]]:
    """A line's prose, a masked stretch that stands for a word break as a space, with the file
    offset of each of its characters."""
    if False not in line.keep:  # most lines: prose throughout, taken whole
        return line.text.translate(_BLANKS), range(line.start, line.start + len(line.text))
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(line.text):
        if line.keep[i]:
            chars.append(" " if ch in "\r\t\f" else ch)
            origin.append(line.start + i)
        elif i in line.spaces:
            chars.append(" ")
            origin.append(line.start + i)
    return "".join(chars), origin


# --- sentences ---------------------------------------------------------------------------------

# Abbreviations pysbd lets end a sentence where a newsroom's text would not: titles never end
# one; the others do not when the next word is lower case or a number ("5 jan. 2022").
_TITLES = {lang: lexicon.words("title_abbreviations", lang) for lang in LANGUAGES}
_CONTINUING = {lang: lexicon.words("continuing_abbreviations", lang) for lang in LANGUAGES}
_SPACE_BEFORE_CLOSE = re.compile(r" (?=[.,;:!?)\]])")
LAST_WORD_REACH = 200  # characters: more than any abbreviation and what closes it
_LAST_WORD = re.compile(r"(?:^|[\s(\[\"'“‘])([^\W\d_][\w.]*?)\.[\"'”’)\]]*\s*$")


# pysbd builds a regular expression for each abbreviation it finds, then compiles it through the
# re module's cache: a draft needs about a thousand, and the cache keeps 512, so each paragraph
# compiled them all again (a third of reading a long draft). While drafts are segmented the
# cache keeps this many.
PYSBD_REGEX_CACHE = 4096


@contextmanager
def _roomy_regex_cache() -> Iterator[None]:
    size = getattr(re, "_MAXCACHE", None)
    if not isinstance(size, int):  # a Python whose re keeps its cache otherwise: nothing to widen
        yield
        return
    re._MAXCACHE = max(size, PYSBD_REGEX_CACHE)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        re._MAXCACHE = size  # type: ignore[attr-defined]


@cache
def _segmenter(language: str) -> Any:
    from cstocheck.segmenter import segmenter  # pysbd: a heavy import, paid only by `check`

    return segmenter(language)


# A plain paragraph: every sentence ends in ".", "!" or "?" after a letter, a digit or "%", and
# the next begins, after one space, with a capital letter. Anything else (a line break, an
# ellipsis, a quotation mark (an apostrophe inside a word is none), a bracket opening the
# paragraph or a sentence or around a list mark ("(a)"), a sentence end inside brackets, a point inside a word or
# figure, an initial, a short capitalised word or number, a
# word with a sign in it, or an abbreviation before a point, a quote, bracket or lower-case letter
# after one) is what pysbd's rules are for.
_PLAIN_END = re.compile(r"(?<=[A-Za-z\u00c0-\u024f0-9%])[.!?](?= [A-Z\u00c0-\u00de]|\s*$)")
_ANY_END = re.compile(r"[.!?]")
_NOT_PLAIN = re.compile(r"\n|\.\.|…|[\"“”„«»‹›]|^\s*[(\[]|[.!?]\s+[(\[]|[(\[]\S{0,3}[)\]]|(?<!\w)['‘’]|['‘’](?!\w)|[.!?]\S|(?:^|\s)(?:\S|[A-Z]{1,3}|\d{1,3}|\S*[^\w\s%-]\S*)[.!?]\s"
                        r"|[.!?]\s+[^A-Z\u00c0-\u00de\s]|[(\[][^)\]]*[.!?]\s")
_WORD_BEFORE = re.compile(r"(\S+)[.!?]$")


@cache
def _abbreviations() -> frozenset[str]:
    """The abbreviations pysbd knows, in every language the drafts are read in."""
    from pysbd.languages import Language

    return frozenset(a.lower() for lang in LANGUAGES for a in Language.get_language_code(lang).Abbreviation.ABBREVIATIONS)


def _plain(text: str) -> list[tuple[int, int]] | None:
    """The sentences of a plain paragraph (see _PLAIN_END), as pysbd finds them, or None for any
    other: pysbd costs about a millisecond a sentence, most of it on rules plain prose never needs."""
    if _NOT_PLAIN.search(text):
        return None
    ends = [m.end() for m in _PLAIN_END.finditer(text)]
    if len(ends) != len(_ANY_END.findall(text)):
        return None
    spans: list[tuple[int, int]] = []
    pos = 0
    for end in [*ends, len(text)]:
        start = pos + len(text[pos:end]) - len(text[pos:end].lstrip())
        stop = start + len(text[start:end].rstrip())
        if stop > start:
            word = _WORD_BEFORE.search(text, start, stop)
            if word and word.group(1).lower() in _abbreviations():
                return None
            spans.append((start, stop))
        pos = end
    return spans


def _pysbd(text: str, language: str) -> list[tuple[int, int]]:
    """pysbd's sentences, found in the text in order. (pysbd's own char_span search starts again
    from the top for every sentence: the square of the sentence count.)"""
    plain = _plain(text)
    if plain is not None:
        return plain
    spans: list[tuple[int, int]] = []
    pos = 0
    for sentence in _segmenter(language).processor(text).process():
        at = text.find(sentence, pos) if sentence else -1
        if at >= 0:
            spans.append((at, at + len(sentence)))
            pos = at + len(sentence)
    return spans


def _windowed(text: str, language: str) -> list[tuple[int, int]]:
    """pysbd's spans of a long paragraph, found window by window.

    Some of pysbd's rules rescan the whole text once per abbreviation or list marker, so one long
    paragraph costs the square of its length. Each window is cut after the start of its last
    sentence, which the next window reads again whole; a window holding no sentence end is part of
    a sentence too long to check, which runs on into the next one.
    """
    out: list[tuple[int, int]] = []
    pos, running_on = 0, False
    while pos < len(text):
        end = min(len(text), pos + SEGMENT_WINDOW)
        spans = [(pos + a, pos + b) for a, b in _pysbd(text[pos:end], language)] or [(pos, end)]
        if end < len(text) and len(spans) == 1:
            out[-1:] = [(out[-1][0] if running_on else pos, end)]
            pos, running_on = end, True
            continue
        if running_on:
            out[-1] = (out[-1][0], spans.pop(0)[1])
        if end == len(text):
            return out + spans
        out += spans[:-1]
        pos, running_on = spans[-1][0], False
    return out


def _spans(text: str, language: str) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph: pysbd's, with gaps it left filled and abbreviations fixed."""
    raw = _pysbd(text, language) if len(text) <= SEGMENT_WINDOW else _windowed(text, language)
    spans: list[tuple[int, int]] = []
    pos = 0
    for start, end in raw:
        start = max(start, pos)
        if end <= start:
            continue
        if text[pos:start].strip():  # text pysbd lost: keep it rather than skip it silently
            spans.append((pos, start))
        spans.append((start, end))
        pos = end
    if text[pos:].strip():
        spans.append((pos, len(text)))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _continues(text[merged[-1][0]:merged[-1][1]], text[start:end], language):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _continues(before: str, after: str, language: str) -> bool:
    match = _LAST_WORD.search(before[-LAST_WORD_REACH:])  # the tail: a run of merged spans grows long
    if not match:
        return False
    word = match.group(1).lower()
    if word in _TITLES[language]:
        return True
    head = after.lstrip()[:1]
    return word in _CONTINUING[language] and (head.isdigit() or head.islower())


Spans = list[tuple[int, int]]
# Segments paragraphs, each given with its language: on one core (segment_each), or on several.
Segmenter = Callable[[list[tuple[str, str]]], list[Spans]]


def segment(paragraph: tuple[str, str]) -> Spans:
    """The sentence spans of one paragraph (its text, its language)."""
    with _roomy_regex_cache():
        return _spans(*paragraph)


def segment_each(paragraphs: list[tuple[str, str]]) -> list[Spans]:
    return [segment(p) for p in paragraphs]


def parse(text: str, display: str, *, markdown: bool = True, language: str | None = None,
          segment_all: Segmenter = segment_each) -> Draft:
    """The sentences of a draft's text, each with where it starts and ends in the file.

    `language` is "en" or "nl"; None (or "auto") guesses it, paragraph by paragraph.
    `segment_all` splits the paragraphs into sentences (on several cores, say).
    """
    from cstocheck.values import guess_language

    lines = _split_lines(text)
    if markdown:
        _markdown_blocks(lines)
    else:
        for line in lines:
            if not line.text.strip():
                line.kind = "blank"
    suppressions: list[Suppression] = []
    _comments(lines, suppressions)
    paragraphs = _paragraphs(lines)
    fixed = language if language in LANGUAGES else None
    document = fixed or guess_language(" ".join(p for p, _ in paragraphs))
    starts = _line_starts(text)
    sentences = []
    langs = [fixed or (guess_language(prose) if len(prose.split()) >= MIN_WORDS_FOR_OWN_LANGUAGE else document)
             for prose, _ in paragraphs]
    segmented = segment_all([(prose, lang) for (prose, _), lang in zip(paragraphs, langs, strict=True)])
    for (prose, origin), lang, spans in zip(paragraphs, langs, segmented, strict=True):
        for start, end in spans:
            piece = prose[start:end]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            # A masked URL or code span leaves a space before the punctuation that followed it.
            words = _SPACE_BEFORE_CLOSE.sub("", " ".join(piece.split()))
            if not any(ch.isalpha() for ch in words) or words.endswith("?"):
                continue  # no words, or a question: nothing is asserted
            first_line, col = _line_col(starts, origin[start + lead])
            end_line, end_col = _line_col(starts, origin[start + trail - 1])
            sentences.append(Sentence(words, first_line, col, end_line, end_col + 1, lang))
    checked = tuple(s for s in sentences if len(s.text) <= MAX_CLAIM_CHARS)
    overlong = tuple(s for s in sentences if len(s.text) > MAX_CLAIM_CHARS)
    return Draft(display, checked, tuple(suppressions), document, overlong)
