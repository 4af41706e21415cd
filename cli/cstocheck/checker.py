"""The engine's front door: a loaded base, indexed once, that judges sentences."""
from __future__ import annotations

from pathlib import Path

from cstocheck.analysis import read
from cstocheck.errors import BaseLoadError
from cstocheck.matching import Index
from cstocheck.model import Base, Level
from cstocheck.parts import judge
from cstocheck.verdict import Finding


class Checker:
    def __init__(self, base: Base, index: Index | None = None) -> None:
        self.base = base
        self.index = index or Index(base)

    @classmethod
    def open(cls, root: Path, *, use_cache: bool = True) -> Checker:
        """A checker on a base that loads cleanly; the first error stops it."""
        from cstocheck import cache

        key = cache.base_key(root) if use_cache else ""
        cached = cache.load(key) if use_cache else None
        if isinstance(cached, Checker):
            return cached
        from cstocheck.base import load_base

        base = load_base(root)
        errors = [p for p in base.problems if p.level is Level.ERROR]
        if errors:
            more = f" (and {len(errors) - 1} more: run `cstocheck validate`)" if len(errors) > 1 else ""
            raise BaseLoadError(f"{errors[0]}{more}")
        checker = cls(base)
        if use_cache:
            cache.store(key, checker)
        return checker

    def claim(self, text: str) -> Finding:
        return judge(text, read(text, self.index.aliases), self.index)
