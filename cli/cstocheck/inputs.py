"""Checking what the user typed before anything reads it."""
from __future__ import annotations

import unicodedata

from cstocheck.errors import InputError

MAX_CLAIM_CHARS = 2_000


def clean_claim_text(raw: str, *, origin: str = "claim") -> str:
    """The claim text, or an InputError that says in one line what is wrong with it."""
    raw = raw.removeprefix("\ufeff")  # a byte-order mark that editors and Windows pipes put first
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in raw):
        raise InputError(f"{origin} is not valid UTF-8 text")
    if len(raw) > MAX_CLAIM_CHARS:
        raise InputError(f"{origin} is {len(raw):,} characters; a claim is one sentence "
                         f"(at most {MAX_CLAIM_CHARS:,} characters; use `cstocheck check` for documents)")
    for col, ch in enumerate(raw, start=1):
        if ch in "\t\n\r":
            continue
        category = unicodedata.category(ch)
        if ch == "\x1b":
            raise InputError(f"{origin} contains a terminal escape sequence at column {col}")
        if category in ("Cc", "Cs", "Co") or ch == "\ufffd":
            raise InputError(f"{origin} contains a control or binary character (U+{ord(ch):04X}) at column {col}")
    text = " ".join(raw.split())
    if not text:
        raise InputError(f"{origin} is empty")
    if not any(ch.isalpha() for ch in text):
        raise InputError(f"{origin} has no words to check")
    return text
