"""pysbd's own segmenter and the paragraphs to hold cstocheck's sentence splitting against it:
the plain shortcut (test_plain_split) and the quicker abbreviation pass (test_segmenter)."""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from conftest import FIXTURES, REPO


@cache
def stock(language: str) -> Any:
    """pysbd's own segmenter, not the one with the quicker abbreviation pass that drafts use."""
    import pysbd

    return pysbd.Segmenter(language=language, clean=False, char_span=True)


def paragraphs(path: Path) -> list[str]:
    return [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") for p in p.split("\n") if p.strip()]


SOURCES = sorted((REPO / "seeds").glob("*.txt")) + sorted((FIXTURES / "drafts").rglob("*.md"))
