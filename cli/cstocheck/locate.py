"""Where the claims base lives: --base, then $CSTOCHECK_BASE, then the shipped one."""
from __future__ import annotations

import os
from pathlib import Path

from cstocheck.errors import BaseLoadError

ENV_VAR = "CSTOCHECK_BASE"


def _shipped_base() -> Path | None:
    here = Path(__file__).resolve().parent
    # A wheel carries the base inside the package; a source checkout (editable install,
    # or running from the tree) has it two levels above the package.
    for candidate in (here / "_base", here.parent.parent):
        if (candidate / "claims").is_dir() and (candidate / "seeds").is_dir():
            return candidate
    return None


def find_base(explicit: str | os.PathLike[str] | None = None, origin: str = "--base") -> Path:
    """The base to use; `origin` names where an explicit one came from, for messages."""
    if explicit is not None and str(explicit) != "":
        root = Path(explicit)
    elif os.environ.get(ENV_VAR):
        root, origin = Path(os.environ[ENV_VAR]), f"${ENV_VAR}"
    else:
        shipped = _shipped_base()
        if shipped is None:
            raise BaseLoadError("no claims base found: pass --base DIR or set " + ENV_VAR)
        return shipped
    if not root.is_dir():
        raise BaseLoadError(f"{origin} {root}: not a directory")
    for part in ("claims", "seeds"):
        if not (root / part).is_dir():
            raise BaseLoadError(f"{origin} {root}: no {part}/ directory (a base holds claims/ and seeds/)")
    return root
