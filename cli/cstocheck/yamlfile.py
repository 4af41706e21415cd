"""Reading one YAML file into plain data that remembers where each node stood.

Only safe loading is used. Every problem becomes a `Problem` with the node's line and column,
so the validator can print `path:line:col: level: message` like a linter.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from cstocheck.files import read_bounded, too_large
from cstocheck.model import Level, Mark, Problem
from cstocheck.schema import ListOf, Node, Obj, Text

try:  # libyaml is much faster; fall back to the pure-Python loader where it is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_TEXT_CHARS = 20_000

_STR = "tag:yaml.org,2002:str"
_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_TIMESTAMP = "tag:yaml.org,2002:timestamp"  # a date written unquoted: YAML reads it as a date, not text
_NULL = "tag:yaml.org,2002:null"


class Problems:
    """The collector every loader reports to: it holds Problem values, in the order found, and
    nothing is ever written into the data being read."""

    def __init__(self) -> None:
        self._found: list[Problem] = []

    def add(self, mark: Mark, message: str, level: Level = Level.ERROR) -> None:
        self._found.append(Problem(mark.path, mark.line, mark.col, level, message))

    def put(self, found: Problem | None) -> None:
        if found is not None:
            self._found.append(found)

    def values(self) -> tuple[Problem, ...]:
        return tuple(self._found)

    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self._found if p.level is Level.ERROR)

    def __len__(self) -> int:
        return len(self._found)


class MarkedDict(dict[str, Any]):
    """A mapping that knows its own mark, the mark of each of its values, and whether it
    conformed to its declaration (a flag beside the data, never a key in it)."""

    mark: Mark
    value_marks: dict[str, Mark]
    valid: bool = True


class MarkedList(list[Any]):
    mark: Mark
    item_marks: list[Mark]


def mark_of(node: yaml.Node, display: str) -> Mark:
    return Mark(display, node.start_mark.line + 1, node.start_mark.column + 1)


def decode_utf8(data: bytes, display: str) -> tuple[str | None, Problem | None]:
    """Decode strictly; a bad byte is reported at its own line and column."""
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        before = data[: err.start]
        line = before.count(b"\n") + 1
        col = err.start - (before.rfind(b"\n") + 1) + 1
        return None, Problem(display, line, col, Level.ERROR,
                             f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})")


def read_text_file(path: Path, display: str, problems: Problems, what: str = "file") -> str | None:
    try:
        data = read_bounded(path)
    except OSError as err:
        problems.add(Mark(display, 1, 1), f"cannot read {what}: {err.strerror or err}")
        return None
    if (why := too_large(path, data)) is not None:
        problems.add(Mark(display, 1, 1), f"{what} is {why}")
        return None
    text, bad = decode_utf8(data, display)
    problems.put(bad)
    return text


MAX_DEPTH = 200
_BLOCK_INDICATORS = re.compile(r"(?:[-?:](?:\s+|$))+")


def nesting_depth(text: str) -> tuple[int, int]:
    """The deepest nesting the text reaches, roughly, and the line where it does.

    libyaml's composer recurses once per level, in C: a small file of 50,000 nested lists
    overflows the stack and kills the process, so depth is measured before parsing.
    """
    deepest, where, flow, quote = 0, 1, 0, ""
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.lstrip(" ")
        indicators = _BLOCK_INDICATORS.match(stripped)
        block = (len(line) - len(stripped)) // 2 + (indicators.group().count(" ") if indicators else 0)
        for ch in line:
            if quote:
                quote = "" if ch == quote else quote
            elif ch in "'\"":
                quote = ch
            elif ch in "[{":
                flow += 1
                if block + flow > deepest:
                    deepest, where = block + flow, number
            elif ch in "]}":
                flow = max(0, flow - 1)
            elif ch == "#":
                break
        quote = quote if quote == '"' else ""  # a single-quoted scalar ends with its line, for this count
        if block + flow > deepest:
            deepest, where = block + flow, number
    return deepest, where


def compose(text: str, display: str, problems: Problems) -> yaml.Node | None:
    """The YAML node tree of `text`; None, with a problem, where it is not YAML (or empty)."""
    depth, line = nesting_depth(text)
    if depth > MAX_DEPTH:
        problems.add(Mark(display, line, 1), f"nesting deeper than {MAX_DEPTH} levels")
        return None
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(str(err.problem or err.context or "invalid YAML").split())
        problems.add(Mark(display, line, col), f"invalid YAML: {what}")
    except yaml.YAMLError as err:
        problems.add(Mark(display, 1, 1), f"invalid YAML: {' '.join(str(err).split())}")
    return None


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == _NULL:
        return "nothing"
    if node.tag == _TIMESTAMP:
        return f'a YAML date (write it in quotes: "{node.value}")'
    if node.tag in _NUMBER_TAGS:
        return "a number"
    if node.tag == "tag:yaml.org,2002:bool":
        return f"a yes/no value ({node.value})"
    if node.tag != _STR:
        return f"a value tagged {node.tag}"
    return "text"


def conform(node: yaml.Node, spec: Node, display: str, problems: Problems, where: str = "",
            seen: set[int] | None = None) -> Any:
    """Check `node` against `spec`; return plain data, or None where the node is unusable."""
    mark = mark_of(node, display)
    label = f"{where}: " if where else ""
    seen = set() if seen is None else seen
    if id(node) in seen:
        # An alias: a few bytes of YAML can stand for millions of nodes. Claims files need none.
        problems.add(mark, f"{label}YAML aliases are not allowed here; write the value out")
        return None
    seen.add(id(node))
    if isinstance(spec, Text):
        return _conform_text(node, spec, mark, label, problems)
    if isinstance(spec, ListOf):
        return _conform_list(node, spec, display, problems, where, seen)
    return _conform_obj(node, spec, display, problems, where, seen)


def _conform_text(node: yaml.Node, spec: Text, mark: Mark, label: str, problems: Problems) -> str | None:
    if not isinstance(node, yaml.ScalarNode) or not (
        node.tag == _STR or (spec.numbers_ok and node.tag in _NUMBER_TAGS)
    ):
        expected = "text or a number" if spec.numbers_ok else "text"
        problems.add(mark, f"{label}expected {expected}, got {_describe(node)}")
        return None
    value = str(node.value)
    if not value.strip():
        why = "must not be empty"
    elif len(value) > MAX_TEXT_CHARS:
        why = f"is {len(value):,} characters; the limit is {MAX_TEXT_CHARS:,}"
    elif spec.enum is not None and value not in spec.enum:
        why = f"{value!r} is not one of: {', '.join(spec.enum)}"
    elif spec.pattern is not None and not re.fullmatch(spec.pattern, value):
        why = f"{value!r} does not match {spec.pattern}"
    else:
        return value
    problems.add(mark, f"{label}{why}")
    return None


def _shaped(node: yaml.Node, shape: type[yaml.Node], what: str, display: str, where: str,
            problems: Problems) -> tuple[Mark, str] | None:
    """The node's mark and label when it is a `shape` node (a list, a mapping); else a problem."""
    mark = mark_of(node, display)
    label = f"{where}: " if where else ""
    if not isinstance(node, shape):
        problems.add(mark, f"{label}expected {what}, got {_describe(node)}")
        return None
    return mark, label


def _conform_list(node: yaml.Node, spec: ListOf, display: str, problems: Problems, where: str,
                  seen: set[int]) -> MarkedList | None:
    shaped = _shaped(node, yaml.SequenceNode, "a list", display, where, problems)
    if shaped is None:
        return None
    mark, label = shaped
    out = MarkedList()
    out.mark, out.item_marks = mark, []
    # Items of a list of mappings are named by their own keys ("id: …", not "claims.id: …").
    item_where = "" if isinstance(spec.item, Obj) else where
    for child in node.value:
        value = conform(child, spec.item, display, problems, item_where, seen)
        if value is not None:
            out.append(value)
            out.item_marks.append(mark_of(child, display))
    if len(node.value) < spec.min_items:
        problems.add(mark, f"{label}needs at least {spec.min_items} item(s)")
    return out


def _key_spec(key_node: yaml.Node, spec: Obj, out: MarkedDict, key_mark: Mark, label: str,
              problems: Problems) -> tuple[str, Node] | None:
    """The key and the declaration of its value; None, with a problem, for a key not allowed."""
    if not isinstance(key_node, yaml.ScalarNode):
        problems.add(key_mark, f"{label}keys must be plain words")
        out.valid = False
        return None
    key = str(key_node.value)
    if key in out or key in out.value_marks:
        problems.add(key_mark, f"{label}duplicate key {key!r}")
        out.valid = False
        return None
    prop = spec.prop(key)
    if prop is not None:
        return key, prop.node
    if key in spec.extra_keys and spec.extra_node is not None:
        return key, spec.extra_node
    allowed = [p.name for p in spec.props] + list(spec.extra_keys)
    problems.add(key_mark, f"{label}unknown key {key!r} (expected: {', '.join(allowed)})")
    return None


def _conform_obj(node: yaml.Node, spec: Obj, display: str, problems: Problems, where: str,
                 seen: set[int]) -> Any:
    shaped = _shaped(node, yaml.MappingNode, "a mapping", display, where, problems)
    if shaped is None:
        return None
    mark, label = shaped
    out = MarkedDict()
    out.mark, out.value_marks = mark, {}
    for key_node, value_node in node.value:
        found = _key_spec(key_node, spec, out, mark_of(key_node, display), label, problems)
        if found is None:
            continue
        key, child_spec = found
        out.value_marks[key] = mark_of(value_node, display)
        prop = spec.prop(key)
        if value_node.tag == _NULL and not (prop is not None and prop.required):
            continue  # an explicit null is the same as leaving an optional key out
        value = conform(value_node, child_spec, display, problems, key if not where else f"{where}.{key}", seen)
        if value is None:
            out.valid = False
            continue
        out[key] = value
    for prop in spec.props:
        if prop.required and prop.name not in out and prop.name not in out.value_marks:
            problems.add(mark, f"{label}missing required key {prop.name!r}")
            out.valid = False
    return out


def load(path: Path, display: str, spec: Node, problems: Problems) -> Any:
    """The file's data checked against `spec` (None where unusable); its problems go to `problems`."""
    text = read_text_file(path, display, problems, "YAML file")
    if text is None:
        return None
    before = len(problems)
    node = compose(text, display, problems)
    if node is None:
        if len(problems) == before:
            problems.add(Mark(display, 1, 1), "file is empty")
        return None
    return conform(node, spec, display, problems)
