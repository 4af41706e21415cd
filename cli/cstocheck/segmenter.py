"""pysbd's sentence segmenter, its abbreviation pass spared the work that cannot change the text.

For each abbreviation of its language that a paragraph holds as a word (hundreds do, since a
single letter or a short word is one: "a", "al", "no"), pysbd runs three more regular
expressions over the whole paragraph for every place it stands, to turn the point after it into
a placeholder. Every one of those rules needs the abbreviation followed by a point; where the
text holds no such point, the rule leaves the text as it is, and here it is not run. The
segmenter is pysbd's own in every other respect, through the hook pysbd gives a language to
bring its own abbreviation pass (`AbbreviationReplacer`): the sentences are the same (tested
against pysbd's on the seeds, the drafts and generated text).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any


def segmenter(language: str) -> Any:
    """A pysbd segmenter for the language, with the abbreviation pass below."""
    import pysbd  # a heavy import, paid only by `check`

    found = pysbd.Segmenter(language=language, clean=False, char_span=True)
    found.language_module = _with_quick_pass(found.language_module)
    return found


def _with_quick_pass(language: type) -> type:
    stock = language.AbbreviationReplacer

    class QuickReplacer(stock):  # type: ignore[misc,valid-type]
        def search_for_abbreviations_in_string(self, text: str) -> str:
            # pysbd's own loop (abbreviation_replacer.py), but for a place of an abbreviation
            # that no rule can change (see _unchangeable), whose scan is skipped; the next
            # letters after it are found, on the text as it was, only when a scan is run.
            for stripped in _present(self.lang.Abbreviation.ABBREVIATIONS, text):
                abbrev_match = re.findall(rf"(?:^|\s|\r|\n){stripped}", text, flags=re.IGNORECASE)
                before, char_array = text, None
                for ind, match in enumerate(abbrev_match):
                    if _unchangeable(text, match):
                        continue
                    if char_array is None:
                        char_array = re.findall(r"(?<={" + str(re.escape(stripped)) + "} ).{1}", before)
                    text = self.scan_for_replacements(text, match, ind, char_array)
            return text

    return type(language.__name__, (language,), {"AbbreviationReplacer": QuickReplacer})


def _unchangeable(text: str, match: str) -> bool:
    """Whether pysbd's replacements for an abbreviation found as `match` leave `text` as it is:
    each of them replaces a point right after the abbreviation as written (put in a pattern
    escaped or not: only when escaping changes nothing do the two read alike)."""
    abbr = match.strip()
    return re.escape(abbr) == abbr and abbr + "." not in text


# The abbreviation pass looks for each abbreviation after a space or at the start of the text,
# ignoring case, where the lowered text holds it. Where an abbreviation is plain ASCII letters
# and digits and the text holds none of the four characters that match an ASCII letter ignoring
# case without being one (İ ı ſ K), that search finds something only if the abbreviation begins
# a word of the lowered text, its white space made spaces: most abbreviations found in a
# paragraph are inside a word ("al", "st"), and their scan (and its pattern, compiled once per
# abbreviation) is skipped. Nor is each of a language's abbreviations (1,656 in Dutch) looked
# up in the text one by one: its plain ones are found among the beginnings of its words.
_SPACE = re.compile(r"\s")
_ODD_CASES = frozenset("\u0130\u0131\u017f\u212a")


def _present(abbreviations: list[str], text: str) -> list[str]:
    """The abbreviations (stripped, in their order) that the abbreviation pass may find in the
    text: the others it would look for and not find."""
    kinds, longest = _kinds(tuple(abbreviations))
    lowered = text.lower()
    if not _ODD_CASES.isdisjoint(text):
        return [abbr for abbr, _ in kinds if abbr in lowered]
    words = set((" " + _SPACE.sub(" ", lowered)).split(" "))
    heads = {word[:k] for word in words for k in range(1, min(len(word), longest) + 1)}
    return [abbr for abbr, plain in kinds if (abbr in heads if plain else abbr in lowered)]


@cache
def _kinds(abbreviations: tuple[str, ...]) -> tuple[tuple[tuple[str, bool], ...], int]:
    """Each abbreviation stripped, and whether it is plain ASCII that a pattern reads as it is;
    the length of the longest plain one."""
    kinds = tuple((a.strip(), a.strip().isascii() and re.escape(a.strip()) == a.strip()) for a in abbreviations)
    return kinds, max((len(a) for a, plain in kinds if plain), default=0)
