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
    {"P": "path"}        {"e": ["module.Class", value]}                  enum member
    {"o": ["module.Class", [field, ...]]}                                dataclass or named tuple
    {"a": ["module.Class", {"d": [...]}]}                                other object, by its state
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


def dumps(value: Any) -> str:
    return json.dumps(_encode(value), ensure_ascii=False, separators=(",", ":"))


def loads(text: str | bytes) -> Any:
    try:
        return json.loads(text, object_hook=_decode)
    except RecursionError:
        raise CodecError("nested too deeply") from None


# --- encoding ---------------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)) and type(value) in _PLAIN:
        return value
    kind = type(value)
    if kind in _CONTAINERS:
        tag, _ = _CONTAINERS[kind]
        return {tag: [_encode(v) for v in value]}
    if kind is list:
        return [_encode(v) for v in value]
    if kind is dict:
        return {"d": [x for k, v in value.items() for x in (_encode(k), _encode(v))]}
    if isinstance(value, PurePath):
        return {"P": str(value)}
    return _encode_object(value)


def _encode_object(value: Any) -> Any:
    kind = type(value)
    name = _name_of(kind)
    if isinstance(value, enum.Enum):
        return {"e": [name, _encode(value.value)]}
    if dataclasses.is_dataclass(value):
        return {"o": [name, [_encode(getattr(value, f.name)) for f in dataclasses.fields(value)]]}
    if isinstance(value, tuple) and hasattr(kind, "_fields"):
        return {"o": [name, [_encode(v) for v in value]]}
    state = value.__getstate__() if _own(kind, "__getstate__") else vars(value)
    if not isinstance(state, dict):
        raise CodecError(f"cannot store {name}: its state is not a mapping")
    return {"a": [name, _encode(state)]}


def _own(kind: type, method: str) -> bool:
    """Whether the class (not object) defines the method."""
    return any(method in vars(k) for k in kind.__mro__ if k is not object)


def _name_of(kind: type) -> str:
    if kind.__module__.split(".")[0] != PACKAGE:
        raise CodecError(f"cannot store a {kind.__module__}.{kind.__qualname__}")
    return f"{kind.__module__}:{kind.__qualname__}"


# --- decoding ---------------------------------------------------------------------------------

_PLAIN = (bool, int, float, str)
_CONTAINERS: dict[type, tuple[str, type]] = {tuple: ("t", tuple), frozenset: ("f", frozenset), set: ("s", set)}
_BY_TAG = {tag: kind for tag, kind in _CONTAINERS.values()}


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) != 1:
        raise CodecError("not a tagged value")
    ((tag, body),) = obj.items()
    if tag in _BY_TAG and isinstance(body, list):
        return _BY_TAG[tag](body)
    if tag == "d" and isinstance(body, list) and len(body) % 2 == 0:
        return dict(zip(body[::2], body[1::2]))
    if tag == "P" and isinstance(body, str):
        return Path(body)
    if tag in _BUILDERS and isinstance(body, list) and len(body) == 2 and isinstance(body[0], str):
        return _BUILDERS[tag](_class(body[0]), body[1])
    raise CodecError(f"unknown value tagged {tag!r}")


def _class(name: str) -> type:
    """A class of cstocheck's, named module:qualname, from a module already imported."""
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
    if not isinstance(values, list):
        raise CodecError(f"{kind.__qualname__}: fields are not a list")
    if issubclass(kind, tuple) and hasattr(kind, "_fields"):
        if len(values) != len(kind._fields):
            raise CodecError(f"{kind.__qualname__}: {len(values)} fields, not {len(kind._fields)}")
        return tuple.__new__(kind, values)
    if not dataclasses.is_dataclass(kind) or issubclass(kind, enum.Enum):
        raise CodecError(f"{kind.__qualname__} is not a dataclass")
    fields = dataclasses.fields(kind)
    if len(values) != len(fields):
        raise CodecError(f"{kind.__qualname__}: {len(values)} fields, not {len(fields)}")
    out = object.__new__(kind)
    for field, value in zip(fields, values):
        object.__setattr__(out, field.name, value)
    return out


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
