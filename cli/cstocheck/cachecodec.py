"""The compiled-base cache's data format: JSON that can only build data.

pickle (and marshal) can run code while loading: a crafted file in the cache folder would run
on the next `claim`. This format is plain JSON. Besides JSON's own values it knows tuples, sets,
frozensets, dicts with any keys, paths, and instances of cstocheck's own data classes: frozen
dataclasses, named tuples, enums, and the few classes that hold the compiled index. Loading
builds only those, without calling their constructors' code (fields are set as stored, enums
looked up by value); a name outside cstocheck's own modules, a field list of the wrong length or
an attribute that would hide a method is refused, and the caller rebuilds the cache.

A document's first line is `[classes, value]`: the classes it names, once each, as
"module:qualname", and the value; `[classes, value, lengths]` when values are encoded apart, with
the length in bytes of each of their lines. Every value that is not a JSON scalar is a JSON array whose
first item says what it is, so the JSON parser (in C) does the reading and one walk over the
arrays builds the objects; a container of scalars only is built in one call:
    [0, ...] list    [1, ...] tuple    [2, ...] frozenset    [3, ...] set
    [10, ...] [11, ...] [12, ...] [13, ...]    the same, holding scalars only
    [4, k, v, k, v, ...] dict          [14, k, v, ...] the same, keys and values scalars
    [5, "path"] path                   [6, c, value] enum member (c: its class's number)
    [7, c, field, ...] dataclass or named tuple (17: its fields scalars)
    [8, c, name, value, ...] other object
    [9, n] the document's line n: a value encoded apart (Encoded), left undecoded
    [19, n, count] a tuple of count values encoded apart, lines n, n + 1, ...
    [18, folded, original, starts, ends] a folded text with its map back (null: the same offsets)

A document is that line, followed by the values encoded apart, one per line: the compiled
index keeps each claim's entry so, and decodes an entry only when a sentence comes near it. Their
lengths in the first line spare a reader looking for the ends of the lines (10,000 of them, 40 MB,
for a 10,000-claim base).
"""
from __future__ import annotations

import dataclasses
import enum
import json
import sys
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path, PurePath
from sys import intern as _intern
from typing import Any

from cstocheck.collector import without_gc
from cstocheck.folding import Folded

PACKAGE = "cstocheck"


class CodecError(ValueError):
    """A value that this format cannot hold, or a stored one it will not build."""


class Encoded(str):
    """A value already encoded by dumps (one line), to be stored apart and decoded only on demand:
    loads gives it back as a view of its line, for loads again, and stores such a view (or bytes)
    apart again as it is."""


def dumps(value: Any) -> str:
    writer = _Writer()
    head = writer.head(value)
    return "\n".join([head, *(a if isinstance(a, str) else str(a, "utf-8") for a in writer.apart)])


def dump_pieces(value: Any) -> list[bytes | memoryview]:
    """dumps, as UTF-8, in pieces to be written one after the other: values encoded apart that
    loads gave back are stored as they are, neither decoded and encoded again nor joined (a large
    base's compiled index is tens of megabytes of them)."""
    writer = _Writer()
    pieces: list[bytes | memoryview] = [writer.head(value).encode("utf-8")]
    for line in writer.apart:
        pieces += [b"\n", line.encode("utf-8") if isinstance(line, str) else line]
    return pieces


def loads(text: str | bytes | memoryview, start: int = 0, shared: dict[Any, Any] | None = None) -> Any:
    """The value of the document in `text` (from `start`). A value encoded apart is given back
    undecoded, as a view of its line: a large document's lines are not copied. `shared`: the sets
    of strings and the records' strings decoded before, by value, each given back for an equal one
    instead of a copy (a document shares its own in any case)."""
    if isinstance(text, str):
        data = text.encode("utf-8")
    else:
        data = text.tobytes() if isinstance(text, memoryview) else text
    end = data.find(b"\n", start)
    head = data[start:] if end < 0 else data[start:end]
    # Decoding builds trees of new objects, none of them garbage, and the index keeps them: the
    # cyclic collector would walk them for nothing (a tenth of decoding an entry).
    with without_gc(lasting=True):
        return _decode(head, data, end, shared)


def _lines(data: bytes, start: int) -> list[memoryview]:
    """The lines of data from start on, as views (bytes.split copied them all: 20 ms and as many
    megabytes on a base of 10,000 claims, for the few entries a run decodes)."""
    view, find, lines = memoryview(data), data.find, []
    while (end := find(b"\n", start)) >= 0:
        lines.append(view[start:end])
        start = end + 1
    lines.append(view[start:])
    return lines


def _measured_lines(data: bytes, start: int, lengths: Any) -> list[memoryview]:
    """The lines of data from start on, as views, by their lengths: each ends where the next
    line starts, the last at the end of the data."""
    if type(lengths) is not list or not all(type(n) is int and n >= 0 for n in lengths):
        raise CodecError("the lengths of lines are not a list of counts")
    starts = list(accumulate([n + 1 for n in lengths], initial=start))
    ends = [at - 1 for at in starts[1:]]
    if not lengths or ends[-1] != len(data) or not all(data[at] == 10 for at in ends[:-1]):
        raise CodecError("the lines are not as long as the document says")
    view = memoryview(data)
    return [view[a:b] for a, b in zip(starts, ends)]


def _decode(head: bytes, data: bytes, end: int, shared: dict[Any, Any] | None = None) -> Any:
    try:
        doc = json.loads(head)
        if type(doc) is not list or len(doc) not in (2, 3) or type(doc[0]) is not list:
            raise CodecError("not a document")
        if len(doc) == 3:
            lines = _measured_lines(data, end + 1, doc[2]) if end >= 0 else []
        else:
            lines = _lines(data, end + 1) if 0 <= end < len(data) - 1 else []
        reader = _Reader([_class(name) for name in doc[0]], lines, shared)
        return reader.build(doc[1]) if type(doc[1]) is list else doc[1]
    except RecursionError:
        raise CodecError("nested too deeply") from None
    except (TypeError, ValueError, IndexError, KeyError) as err:  # the wrong shape anywhere: refuse
        if isinstance(err, CodecError):
            raise
        raise CodecError(f"malformed value: {type(err).__name__}") from None


# --- encoding ---------------------------------------------------------------------------------

LIST, TUPLE, FROZENSET, SET, DICT, PATH, ENUM, RECORD, STATE, APART = range(10)
FLAT = 10  # added to LIST..SET, and to DICT: the container holds JSON scalars only
FOLDED = 18
APART_RUN = 19
_APART_KINDS = frozenset({Encoded, bytes, memoryview})
_PLAIN = frozenset({bool, int, float, str, type(None)})
_CONTAINERS: dict[type, int] = {list: LIST, tuple: TUPLE, frozenset: FROZENSET, set: SET}
_NAMES: dict[type, tuple[str, ...]] = {}  # a dataclass's field names, found once a process


class _Writer:
    def __init__(self) -> None:
        self.classes: list[str] = []
        self._numbers: dict[type, int] = {}
        self.apart: list[str | bytes | memoryview] = []

    def head(self, value: Any) -> str:
        """The document's first line; the values encoded apart are then in `apart`, as UTF-8."""
        body = self.encode(value)
        if not self.apart:
            return json.dumps([self.classes, body], ensure_ascii=False, separators=(",", ":"))
        self.apart = [a.encode("utf-8") if isinstance(a, str) else a for a in self.apart]
        lengths = [a.nbytes if isinstance(a, memoryview) else len(a) for a in self.apart]
        return json.dumps([self.classes, body, lengths], ensure_ascii=False, separators=(",", ":"))

    def encode(self, value: Any) -> Any:
        kind = type(value)
        if kind in _PLAIN:
            return value
        if kind is Encoded or kind is bytes or kind is memoryview:
            # (A view is a line loads gave back: one line, as split.)
            if kind is not memoryview and ("\n" if kind is Encoded else b"\n") in value:
                raise CodecError("a value encoded apart must be one line")
            self.apart.append(value)
            return [APART, len(self.apart)]
        tag = _CONTAINERS.get(kind)
        if tag is not None:
            return self._sequence(tag, value)
        if kind is dict:
            flat = [x for k, v in value.items() for x in (k, v)]
            if all(type(x) in _PLAIN for x in flat):
                return [DICT + FLAT, *flat]
            return [DICT, *(self.encode(x) for x in flat)]
        if isinstance(value, PurePath):
            return [PATH, str(value)]
        if kind is Folded:
            if value.keeps_offsets:
                return [FOLDED, str(value), value.original, None, None]
            return [FOLDED, str(value), value.original, list(value.starts), list(value.ends)]
        return self._object(value)

    def _sequence(self, tag: int, items: Any) -> list[Any]:
        items = list(items)
        if all(type(x) in _PLAIN for x in items):
            return [tag + FLAT, *items]
        if tag == TUPLE and len(items) > 1 and all(type(x) in _APART_KINDS for x in items):
            # The compiled index's entries, one a claim: a run of lines, not an array each.
            first = len(self.apart) + 1
            for x in items:
                self.encode(x)
            return [APART_RUN, first, len(items)]
        return [tag, *(self.encode(x) for x in items)]

    def _object(self, value: Any) -> list[Any]:
        kind = type(value)
        number = self._number(kind)
        if isinstance(value, enum.Enum):
            return [ENUM, number, self.encode(value.value)]
        if dataclasses.is_dataclass(value):
            names = _NAMES.get(kind)
            if names is None:
                names = _NAMES[kind] = tuple(f.name for f in dataclasses.fields(value))
            return self._record(number, [getattr(value, name) for name in names])
        if isinstance(value, tuple) and hasattr(kind, "_fields"):
            return self._record(number, list(value))
        state = value.__getstate__() if _own(kind, "__getstate__") else vars(value)
        if not isinstance(state, dict) or not all(type(k) is str for k in state):
            raise CodecError(f"cannot store {_name_of(kind)}: its state is not a mapping of names")
        return [STATE, number, *(x for k, v in state.items() for x in (k, self.encode(v)))]

    def _record(self, number: int, fields: list[Any]) -> list[Any]:
        if all(type(x) in _PLAIN for x in fields):
            return [RECORD + FLAT, number, *fields]
        return [RECORD, number, *(self.encode(x) for x in fields)]

    def _number(self, kind: type) -> int:
        number = self._numbers.get(kind)
        if number is None:
            number = self._numbers[kind] = len(self.classes)
            self.classes.append(_name_of(kind))
        return number


def _own(kind: type, method: str) -> bool:
    """Whether the class (not object) defines the method."""
    return any(method in vars(k) for k in kind.__mro__ if k is not object)


def _name_of(kind: type) -> str:
    if kind.__module__.split(".")[0] != PACKAGE:
        raise CodecError(f"cannot store a {kind.__module__}.{kind.__qualname__}")
    return f"{kind.__module__}:{kind.__qualname__}"


# --- decoding ---------------------------------------------------------------------------------


class _Reader:
    """Builds one document's value from the JSON parser's arrays."""

    def __init__(self, classes: list[type], apart: list[memoryview], shared: dict[Any, Any] | None = None) -> None:
        self.classes = classes
        self.apart = apart
        self.shared: dict[Any, Any] = {} if shared is None else shared
        # By class number, what building its records and enum members needs, found once a document.
        self._records: dict[int, tuple[type, tuple[str, ...], bool]] = {}
        self._members: dict[int, tuple[type, dict[Any, Any]]] = {}

    def build(self, item: list[Any]) -> Any:
        tag = item[0]
        # The commonest first, without a call through the table: most of a cache is these.
        if tag == RECORD + FLAT or tag == RECORD:
            return self.record(item)
        if tag == FROZENSET + FLAT:
            # Interned: the sets of words and names recur across entries, and each string the
            # parser gives is new (decoding every entry of a 10,000-claim base held 58 MB of them).
            # And a set of strings decoded before is given back, not a copy: entries share most of
            # theirs (those of the shipped base hold each 3.4 times on average). Only strings: a
            # set {1} would be given back for an equal {1.0}.
            items = item[1:]
            try:
                found = frozenset(map(_intern, items))  # only strings can be interned (the JSON parser's are exact)
            except TypeError:
                return frozenset([_intern(x) if type(x) is str else x for x in items])
            return self.shared.setdefault(found, found)
        if tag == TUPLE + FLAT:
            return tuple(item[1:])
        if type(tag) is not int or not 0 <= tag < len(_BUILDERS):
            raise CodecError(f"unknown value tagged {tag!r}")
        return _BUILDERS[tag](self, item)

    def items(self, item: list[Any], start: int = 1) -> list[Any]:
        build = self.build
        return [build(x) if type(x) is list else x for x in item[start:]]

    def kind(self, number: Any) -> type:
        if type(number) is not int or not 0 <= number < len(self.classes):
            raise CodecError(f"no class numbered {number!r}")
        return self.classes[number]

    def record(self, item: list[Any]) -> Any:
        """A dataclass or named tuple, fields set as stored: no __init__ or __post_init__ runs."""
        number = item[1]
        found = self._records.get(number) if type(number) is int else None
        if found is None:
            kind = self.kind(number)
            found = self._records[number] = (kind, *(_FIELDS.get(kind) or _fields_of(kind)))
        kind, names, is_tuple = found
        if len(item) - 2 != len(names):
            raise CodecError(f"{kind.__qualname__}: fields are not a list of {len(names)}")
        # A record's strings are kept once too: each is a new copy from the parser, and many
        # recur (a claims file's path in every mark, a name's kind in every name).
        build, shared = self.build, self.shared
        values = [build(x) if type(x) is list else shared.setdefault(x, x) if type(x) is str else x for x in item[2:]]
        if is_tuple:
            return tuple.__new__(kind, values)
        out = object.__new__(kind)
        out.__dict__.update(zip(names, values))
        return out

    def member(self, item: list[Any]) -> Any:
        """An enum member, looked up by its value."""
        number = item[1]
        found = self._members.get(number) if type(number) is int else None
        if found is None:
            kind = self.kind(number)
            if not issubclass(kind, enum.Enum):
                raise CodecError(f"{kind.__qualname__} is not an enum")
            found = self._members[number] = (kind, {m.value: m for m in kind.__members__.values()})
        if len(item) != 3:
            raise CodecError(f"{found[0].__qualname__} is not an enum")
        value = self.build(item[2]) if type(item[2]) is list else item[2]
        try:
            return found[1][value]
        except (KeyError, TypeError):  # not a member's value (or unhashable): the enum says which
            return found[0](value)


def _scalars(item: list[Any]) -> Any:
    # Not checked for arrays inside: those would stay plain JSON lists, data that runs nothing.
    return item[1:]


def _dict(r: _Reader, item: list[Any]) -> dict[Any, Any]:
    values = iter(r.items(item))
    return dict(zip(values, values, strict=True))


def _flat_dict(r: _Reader, item: list[Any]) -> dict[Any, Any]:
    values = iter(_scalars(item))
    return dict(zip(values, values, strict=True))


def _path(r: _Reader, item: list[Any]) -> Path:
    if len(item) != 2 or type(item[1]) is not str:
        raise CodecError("a path is one string")
    return Path(item[1])


def _apart(r: _Reader, item: list[Any]) -> memoryview:
    if len(item) != 2 or type(item[1]) is not int or not 0 < item[1] <= len(r.apart):
        raise CodecError("no such line")
    return r.apart[item[1] - 1]


def _apart_run(r: _Reader, item: list[Any]) -> tuple[memoryview, ...]:
    if len(item) != 3 or type(item[1]) is not int or type(item[2]) is not int \
            or not (0 < item[1] and 0 < item[2] and item[1] - 1 + item[2] <= len(r.apart)):
        raise CodecError("no such lines")
    return tuple(r.apart[item[1] - 1:item[1] - 1 + item[2]])


_FIELDS: dict[type, tuple[tuple[str, ...], bool]] = {}


def _fields_of(kind: type) -> tuple[tuple[str, ...], bool]:
    if issubclass(kind, tuple) and hasattr(kind, "_fields"):
        found = (tuple(kind._fields), True)
    elif dataclasses.is_dataclass(kind) and not issubclass(kind, enum.Enum) and not hasattr(kind, "__slots__"):
        found = (tuple(f.name for f in dataclasses.fields(kind)), False)
    else:
        raise CodecError(f"{kind.__qualname__} is not a dataclass or named tuple")
    _FIELDS[kind] = found
    return found


def _state(r: _Reader, item: list[Any]) -> Any:
    """Another object of cstocheck's: its own __setstate__, or its attributes set as stored, none
    of which may hide what the class defines (a method, a property)."""
    kind = r.kind(item[1])
    if dataclasses.is_dataclass(kind) or issubclass(kind, (enum.Enum, tuple, BaseException)):
        raise CodecError(f"{kind.__qualname__} is not stored by its state")
    pairs = iter(r.items(item, 2))
    state = dict(zip(pairs, pairs, strict=True))
    if not all(isinstance(k, str) and k.isidentifier() for k in state):
        raise CodecError(f"{kind.__qualname__}: its state is not a mapping of names")
    if any(hasattr(kind, k) for k in state):
        raise CodecError(f"{kind.__qualname__}: stored attributes would hide the class's own")
    out = object.__new__(kind)
    if _own(kind, "__setstate__"):
        out.__setstate__(state)
    else:
        vars(out).update(state)
    return out


def _folded(r: _Reader, item: list[Any]) -> Folded:
    """A folded text and its map back to the original: strings and integers only."""
    if len(item) != 5 or type(item[1]) is not str or type(item[2]) is not str:
        raise CodecError("a folded text is two strings and its offsets")
    text, original, starts, ends = item[1], item[2], item[3], item[4]
    if starts is None and ends is None:
        return Folded(text, original, range(len(original) + 1), range(1, len(original) + 1))
    if type(starts) is not list or type(ends) is not list or len(starts) != len(text) + 1 or len(ends) != len(text) \
            or not all(type(x) is int for x in (*starts, *ends)):
        raise CodecError("a folded text's offsets are a list of integers, one a character")
    return Folded(text, original, starts, ends)


def _unknown(r: _Reader, item: list[Any]) -> Any:
    raise CodecError(f"unknown value tagged {item[0]!r}")


def _container(make: Callable[[Any], Any]) -> Callable[[_Reader, list[Any]], Any]:
    return lambda r, item: make(r.items(item))


def _flat(make: Callable[[Any], Any]) -> Callable[[_Reader, list[Any]], Any]:
    return lambda r, item: make(_scalars(item))


# By tag: LIST, TUPLE, FROZENSET, SET, DICT, PATH, ENUM, RECORD, STATE, APART, the flat ones, FOLDED, APART_RUN.
_BUILDERS: tuple[Callable[[_Reader, list[Any]], Any], ...] = (
    _container(list), _container(tuple), _container(frozenset), _container(set), _dict, _path, _Reader.member,
    _Reader.record, _state, _apart, _flat(list), _flat(tuple), _flat(frozenset), _flat(set), _flat_dict, _unknown,
    _unknown, _Reader.record, _folded, _apart_run,
)


_CLASSES: dict[str, type] = {}


def _class(name: Any) -> type:
    """A class of cstocheck's, named module:qualname, from a module already imported."""
    if type(name) is not str:
        raise CodecError("a class is named by a string")
    found = _CLASSES.get(name)
    if found is None:
        found = _CLASSES[name] = _find_class(name)
    return found


def _find_class(name: str) -> type:
    module_name, _, qualname = name.partition(":")
    module = sys.modules.get(module_name) if module_name.split(".")[0] == PACKAGE else None
    found: Any = module
    for part in qualname.split(".") if module is not None else ():
        found = vars(found).get(part) if isinstance(found, type) or found is module else None
    if not isinstance(found, type) or found.__module__ != module_name:
        raise CodecError(f"not a class of {PACKAGE}: {name!r}")
    return found
