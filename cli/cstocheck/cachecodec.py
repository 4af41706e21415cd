"""The compiled-base cache's data format: JSON that can only build data.

pickle (and marshal) can run code while loading: a crafted file in the cache folder would run
on the next `claim`. This format is plain JSON. Besides JSON's own values it knows tuples, sets,
frozensets, dicts with any keys, paths, and instances of cstocheck's own data classes: frozen
dataclasses, named tuples, enums, and the few classes that hold the compiled index. Loading
builds only those, without calling their constructors' code (fields are set as stored, enums
looked up by value); a name outside cstocheck's own modules, a field list of the wrong length or
an attribute that would hide a method is refused, and the caller rebuilds the cache.

Each tagged value is a JSON object with one key, read bottom-up by the JSON parser's object hook:
    {"t": [...]} tuple   {"f": [...]} frozenset   {"s": [...]} set   {"d": [k, v, k, v, ...]} dict
    {"P": "path"}        {"e": ["module:Class", value]}                  enum member
    {"o": ["module:Class", [field, ...]]}                                dataclass or named tuple
    {"a": ["module:Class", {"d": [...]}]}                                other object, by its state
    {"r": n}             the document's line n: a value encoded apart (Encoded), left undecoded

A document is one line of JSON, followed by the values encoded apart, one per line: the compiled
index keeps each claim's entry so, and decodes an entry only when a sentence comes near it.
"""
from __future__ import annotations

import dataclasses
import enum
import json
import sys
from pathlib import Path, PurePath
from typing import Any

PACKAGE = "cstocheck"


class CodecError(ValueError):
    """A value that this format cannot hold, or a stored one it will not build."""


class Encoded(str):
    """A value already encoded by dumps (one line), to be stored apart and decoded only on demand:
    loads gives it back as the bytes of its line, for loads again."""


def dumps(value: Any) -> str:
    apart: list[str] = []
    head = json.dumps(_encode(value, apart), ensure_ascii=False, separators=(",", ":"))
    return "\n".join([head, *apart])


def loads(text: str | bytes) -> Any:
    data = text.encode("utf-8") if isinstance(text, str) else text
    head, _, rest = data.partition(b"\n")
    apart = rest.split(b"\n") if rest else []
    try:
        return json.loads(head, object_hook=lambda obj: _decode(obj, apart))
    except RecursionError:
        raise CodecError("nested too deeply") from None


# --- encoding ---------------------------------------------------------------------------------


def _encode(value: Any, apart: list[str]) -> Any:
    kind = type(value)
    if value is None or kind in _PLAIN:
        return value
    if kind is Encoded:
        if "\n" in value:
            raise CodecError("a value encoded apart must be one line")
        apart.append(value)
        return {"r": len(apart)}
    if kind in _CONTAINERS:
        return {_CONTAINERS[kind][0]: [_encode(v, apart) for v in value]}
    if kind is list:
        return [_encode(v, apart) for v in value]
    if kind is dict:
        return {"d": [x for k, v in value.items() for x in (_encode(k, apart), _encode(v, apart))]}
    if isinstance(value, PurePath):
        return {"P": str(value)}
    return _encode_object(value, apart)


def _encode_object(value: Any, apart: list[str]) -> Any:
    kind = type(value)
    name = _name_of(kind)
    if isinstance(value, enum.Enum):
        return {"e": [name, _encode(value.value, apart)]}
    if dataclasses.is_dataclass(value):
        return {"o": [name, [_encode(getattr(value, f.name), apart) for f in dataclasses.fields(value)]]}
    if isinstance(value, tuple) and hasattr(kind, "_fields"):
        return {"o": [name, [_encode(v, apart) for v in value]]}
    state = value.__getstate__() if _own(kind, "__getstate__") else vars(value)
    if not isinstance(state, dict):
        raise CodecError(f"cannot store {name}: its state is not a mapping")
    return {"a": [name, _encode(state, apart)]}


def _own(kind: type, method: str) -> bool:
    """Whether the class (not object) defines the method."""
    return any(method in vars(k) for k in kind.__mro__ if k is not object)


def _name_of(kind: type) -> str:
    if kind.__module__.split(".")[0] != PACKAGE:
        raise CodecError(f"cannot store a {kind.__module__}.{kind.__qualname__}")
    return f"{kind.__module__}:{kind.__qualname__}"


# --- decoding ---------------------------------------------------------------------------------

_PLAIN = frozenset({bool, int, float, str})
_CONTAINERS: dict[type, tuple[str, type]] = {tuple: ("t", tuple), frozenset: ("f", frozenset), set: ("s", set)}
_BY_TAG = {tag: kind for tag, kind in _CONTAINERS.values()}


def _decode(obj: dict[str, Any], apart: list[bytes]) -> Any:
    if len(obj) != 1:
        raise CodecError("not a tagged value")
    ((tag, body),) = obj.items()
    kind = _BY_TAG.get(tag)
    if kind is not None and type(body) is list:
        return kind(body)
    if tag in _BUILDERS and type(body) is list and len(body) == 2 and type(body[0]) is str:
        return _BUILDERS[tag](_class(body[0]), body[1])
    if tag == "d" and type(body) is list and len(body) % 2 == 0:
        return dict(zip(body[::2], body[1::2]))
    if tag == "P" and type(body) is str:
        return Path(body)
    if tag == "r" and type(body) is int and 0 < body <= len(apart):
        return apart[body - 1]
    raise CodecError(f"unknown value tagged {tag!r}")


_CLASSES: dict[str, type] = {}


def _class(name: str) -> type:
    """A class of cstocheck's, named module:qualname, from a module already imported."""
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


def _enum(kind: type, value: Any) -> Any:
    if not issubclass(kind, enum.Enum):
        raise CodecError(f"{kind.__qualname__} is not an enum")
    return kind(value)


def _record(kind: type, values: Any) -> Any:
    """A dataclass or named tuple, fields set as stored: no __init__ or __post_init__ runs."""
    names, is_tuple = _FIELDS.get(kind) or _fields_of(kind)
    if type(values) is not list or len(values) != len(names):
        raise CodecError(f"{kind.__qualname__}: fields are not a list of {len(names)}")
    if is_tuple:
        return tuple.__new__(kind, values)
    out = object.__new__(kind)
    out.__dict__.update(zip(names, values))
    return out


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


def _state(kind: type, state: Any) -> Any:
    """Another object of cstocheck's: its own __setstate__, or its attributes set as stored, none
    of which may hide what the class defines (a method, a property)."""
    if dataclasses.is_dataclass(kind) or issubclass(kind, (enum.Enum, tuple, BaseException)):
        raise CodecError(f"{kind.__qualname__} is not stored by its state")
    if not isinstance(state, dict) or not all(isinstance(k, str) and k.isidentifier() for k in state):
        raise CodecError(f"{kind.__qualname__}: its state is not a mapping of names")
    if any(hasattr(kind, k) for k in state):
        raise CodecError(f"{kind.__qualname__}: stored attributes would hide the class's own")
    out = object.__new__(kind)
    if _own(kind, "__setstate__"):
        out.__setstate__(state)
    else:
        vars(out).update(state)
    return out


_BUILDERS = {"e": _enum, "o": _record, "a": _state}
