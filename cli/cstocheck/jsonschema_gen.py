"""JSON Schema for the base's YAML files, rendered from the declarations in schema.py.

The loader checks files against the same declarations, so the schema an editor completes from
and what `cstocheck validate` accepts cannot drift apart. The schema covers the shape of a file
(keys, types, patterns, enums); what only the whole base can tell (unique ids, known seeds,
quotes found in their seed, values of the claim's kind) stays with `validate`.

JSON Schema draft-07, the newest draft that editors' YAML support (yaml-language-server) reads
in full.
"""
from __future__ import annotations

import json
from typing import Any

from cstocheck.schema import CLAIMS_FILE, ListOf, Node, Obj, Text
from cstocheck.yamlfile import MAX_TEXT_CHARS

DRAFT = "http://json-schema.org/draft-07/schema#"
SCHEMA_FILE = "claims.schema.json"


def node_schema(node: Node) -> dict[str, Any]:
    if isinstance(node, Text):
        return _text(node)
    if isinstance(node, ListOf):
        out: dict[str, Any] = {"type": "array", "items": node_schema(node.item)}
        if node.min_items:
            out["minItems"] = node.min_items
        return _described(out, node.description)
    return _obj(node)


def _described(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, **schema} if description else schema


def _text(node: Text) -> dict[str, Any]:
    out: dict[str, Any] = {"type": ["string", "number"] if node.numbers_ok else "string"}
    if node.enum is not None:
        out["enum"] = list(node.enum)
        return _described(out, node.description)
    # The loader wants some text that is not white space, and matches patterns with
    # re.fullmatch. JSON Schema patterns match anywhere, and Python validators let `$` match
    # before a final newline: end the pattern with a look-ahead for the end, which reads the
    # same in ECMA and Python regular expressions.
    out["minLength"] = 1
    out["maxLength"] = MAX_TEXT_CHARS
    if node.pattern is None:
        pattern = r"\S"
    else:
        pattern = f"^(?:{node.pattern.removeprefix('^').removesuffix('$')})(?![\\s\\S])"
    out["pattern"] = pattern
    return _described(out, node.description)


def _obj(node: Obj) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required = []
    for prop in node.props:
        schema = node_schema(prop.node)
        if prop.required:
            required.append(prop.name)
        else:
            schema = _nullable(schema)
        properties[prop.name] = schema
    if node.extra_node is not None:
        for key in node.extra_keys:
            properties[key] = _nullable(node_schema(node.extra_node))
    out: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        out["required"] = required
    return _described(out, node.description)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """An optional key may be null (the loader takes that as leaving it out); the description
    stays on top, where editors look for it."""
    inner = dict(schema)
    description = inner.pop("description", None)
    out: dict[str, Any] = {"anyOf": [inner, {"type": "null"}]}
    return _described(out, description or "")


def claims_schema() -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "title": "cstocheck claims file",
        **node_schema(CLAIMS_FILE),
    }


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
