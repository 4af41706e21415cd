"""One exception base per area. Only the CLI catches them, at the command boundary."""
from __future__ import annotations


class CstocheckError(Exception):
    """Anything the user can fix; carries the exit code the CLI should use."""

    exit_code = 2

    def __init__(self, message: str, *, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where  # "path:line:col" when there is one

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class BaseLoadError(CstocheckError):
    """The claims base cannot be found or read at all (as opposed to problems inside it)."""


class InputError(CstocheckError):
    """The text or file the user gave cannot be checked."""
