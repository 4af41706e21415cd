"""Regular expressions compiled when first used."""
from __future__ import annotations

import re
from typing import Any

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A regular expression compiled when it is first used: a module's patterns that a command
    never reaches cost it nothing. Compiling cstocheck's patterns at import is about a tenth of
    a warm `claim`'s start-up, and a `claim` uses two thirds of them. Once compiled, its methods
    are the compiled pattern's own, held by the instance."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only for what the instance does not hold yet
        if name == "_source":
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)
