"""Every output format in one registry, one module per format.

A format renders the results of some commands (`Format.renderers`, by command); each command
offers the formats that can render its result. Renderers return text or rich renderables; only
the CLI prints them.
"""
from __future__ import annotations

from cstocheck.formats.claimreview import CLAIMREVIEW
from cstocheck.formats.common import KINDS, Format, Rendered, dump_json, safe
from cstocheck.formats.github import GITHUB
from cstocheck.formats.html import HTML
from cstocheck.formats.json import JSON
from cstocheck.formats.junit import JUNIT
from cstocheck.formats.sarif import SARIF
from cstocheck.formats.text import TEXT

FORMATS: dict[str, Format] = {f.name: f for f in (TEXT, JSON, GITHUB, SARIF, JUNIT, CLAIMREVIEW, HTML)}


def choices(kind: str) -> list[str]:
    """The formats a command's result can be rendered in, text first."""
    assert kind in KINDS, kind
    return [name for name, f in FORMATS.items() if f.renders(kind)]


def render(fmt: str, kind: str, data: object) -> Rendered:
    return FORMATS[fmt].render(kind, data)


__all__ = ["FORMATS", "KINDS", "Format", "Rendered", "choices", "dump_json", "render", "safe"]
