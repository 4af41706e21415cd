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


class MarkedDict(dict[str, Any]):
    """A mapping that knows its own mark and the mark of each of its values."""

    mark: Mark
    value_marks: dict[str, Mark]


class MarkedList(list[Any]):
    mark: Mark
    item_marks: list[Mark]


def mark_of(node: yaml.Node, display: str) -> Mark:
    return Mark(display, node.start_mark.line + 1, node.start_mark.column + 1)


def problem(mark: Mark, message: str, level: Level = Level.ERROR) -> Problem:
    return Problem(mark.path, mark.line, mark.col, level, message)


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


def read_text_file(path: Path, display: str, what: str = "file") -> tuple[str | None, Problem | None]:
    try:
        data = read_bounded(path)
    except OSError as err:
        return None, Problem(display, 1, 1, Level.ERROR, f"cannot read {what}: {err.strerror or err}")
    if (why := too_large(path, data)) is not None:
        return None, Problem(display, 1, 1, Level.ERROR, f"{what} is {why}")
    return decode_utf8(data, display)


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


def compose(text: str, display: str) -> tuple[yaml.Node | None, Problem | None]:
    depth, line = nesting_depth(text)
    if depth > MAX_DEPTH:
        return None, Problem(display, line, 1, Level.ERROR, f"nesting deeper than {MAX_DEPTH} levels")
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(str(err.problem or err.context or "invalid YAML").split())
        return None, Problem(display, line, col, Level.ERROR, f"invalid YAML: {what}")
    except yaml.YAMLError as err:
        return None, Problem(display, 1, 1, Level.ERROR, f"invalid YAML: {' '.join(str(err).split())}")
    return node, None


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


def conform(node: yaml.Node, spec: Node, display: str, problems: list[Problem], where: str = "",
            seen: set[int] | None = None) -> Any:
    """Check `node` against `spec`; return plain data, or None where the node is unusable."""
    mark = mark_of(node, display)
    label = f"{where}: " if where else ""
    seen = set() if seen is None else seen
    if id(node) in seen:
        # An alias: a few bytes of YAML can stand for millions of nodes. Claims files need none.
        problems.append(problem(mark, f"{label}YAML aliases are not allowed here; write the value out"))
        return None
    seen.add(id(node))
    if isinstance(spec, Text):
        if not isinstance(node, yaml.ScalarNode) or not (
            node.tag == _STR or (spec.numbers_ok and node.tag in _NUMBER_TAGS)
        ):
            expected = "text or a number" if spec.numbers_ok else "text"
            problems.append(problem(mark, f"{label}expected {expected}, got {_describe(node)}"))
            return None
        value = str(node.value)
        if not value.strip():
            problems.append(problem(mark, f"{label}must not be empty"))
            return None
        if len(value) > MAX_TEXT_CHARS:
            problems.append(problem(mark, f"{label}is {len(value):,} characters; the limit is {MAX_TEXT_CHARS:,}"))
            return None
        if spec.enum is not None and value not in spec.enum:
            problems.append(problem(mark, f"{label}{value!r} is not one of: {', '.join(spec.enum)}"))
            return None
        if spec.pattern is not None and not re.fullmatch(spec.pattern, value):
            problems.append(problem(mark, f"{label}{value!r} does not match {spec.pattern}"))
            return None
        return value
    if isinstance(spec, ListOf):
        if not isinstance(node, yaml.SequenceNode):
            problems.append(problem(mark, f"{label}expected a list, got {_describe(node)}"))
            return None
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
            problems.append(problem(mark, f"{label}needs at least {spec.min_items} item(s)"))
        return out
    return _conform_obj(node, spec, display, problems, where, seen)


def _conform_obj(node: yaml.Node, spec: Obj, display: str, problems: list[Problem], where: str,
                 seen: set[int]) -> Any:
    mark = mark_of(node, display)
    label = f"{where}: " if where else ""
    if not isinstance(node, yaml.MappingNode):
        problems.append(problem(mark, f"{label}expected a mapping, got {_describe(node)}"))
        return None
    out = MarkedDict()
    out.mark, out.value_marks = mark, {}
    ok = True
    for key_node, value_node in node.value:
        key_mark = mark_of(key_node, display)
        if not isinstance(key_node, yaml.ScalarNode):
            problems.append(problem(key_mark, f"{label}keys must be plain words"))
            ok = False
            continue
        key = str(key_node.value)
        if key in out or key in out.value_marks:
            problems.append(problem(key_mark, f"{label}duplicate key {key!r}"))
            ok = False
            continue
        prop = spec.prop(key)
        if prop is not None:
            child_spec: Node | None = prop.node
        elif key in spec.extra_keys and spec.extra_node is not None:
            child_spec = spec.extra_node
        else:
            allowed = [p.name for p in spec.props] + list(spec.extra_keys)
            problems.append(problem(key_mark, f"{label}unknown key {key!r} (expected: {', '.join(allowed)})"))
            continue
        out.value_marks[key] = mark_of(value_node, display)
        if value_node.tag == _NULL and not (prop is not None and prop.required):
            continue  # an explicit null is the same as leaving an optional key out
        value = conform(value_node, child_spec, display, problems, key if not where else f"{where}.{key}", seen)
        if value is None:
            ok = False
            continue
        out[key] = value
    for prop in spec.props:
        if prop.required and prop.name not in out and prop.name not in out.value_marks:
            problems.append(problem(mark, f"{label}missing required key {prop.name!r}"))
            ok = False
    return out if ok else _partial(out)


def _partial(out: MarkedDict) -> MarkedDict:
    """A mapping with problems: still returned, flagged, so siblings can be checked on."""
    out["__invalid__"] = True
    return out


def load(path: Path, display: str, spec: Node) -> tuple[Any, list[Problem]]:
    text, bad = read_text_file(path, display, "YAML file")
    if bad is not None or text is None:
        return None, [bad] if bad else []
    node, bad = compose(text, display)
    if bad is not None:
        return None, [bad]
    if node is None:
        return None, [Problem(display, 1, 1, Level.ERROR, "file is empty")]
    problems: list[Problem] = []
    data = conform(node, spec, display, problems)
    return data, problems
