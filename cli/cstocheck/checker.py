"""The engine's front door: a loaded base, indexed once, that judges sentences."""
from __future__ import annotations

import hashlib
import json
from collections import deque
from dataclasses import replace
from pathlib import Path

from cstocheck.finding import Finding
from cstocheck.judge import judge
from cstocheck.model import Base, Claim, Level, Problem
from cstocheck.qualify import qualify
from cstocheck.read import AliasTable, Reading, from_plain, read, to_plain
from cstocheck.retrieve import Index


class Checker:
    def __init__(self, base: Base, index: Index | None = None) -> None:
        self.index = index or Index(base)
        # Judging needs the claims and their quotes, not the seeds' full texts: without them the
        # checker, and the cache that holds it, stay small however long the sources are.
        self.base = replace(base, seeds={k: replace(v, text="") for k, v in base.seeds.items()})

    @classmethod
    def open(cls, root: Path, *, use_cache: bool = True) -> Checker:
        """A checker on a base that loads cleanly; the first error stops it."""
        from cstocheck import cache
        from cstocheck.collector import without_gc

        key = cache.base_key(root) if use_cache else ""
        cached = cache.load(key) if use_cache else None
        if isinstance(cached, Checker):
            return cached
        if use_cache:
            from cstocheck.compiled import compile_base

            with without_gc():
                checker = compile_base(root)
            if checker is not None:
                cache.store(key, checker)
                return checker
        from cstocheck.base import load_clean_base

        base = load_clean_base(root)  # a base with an error stops here, as loading whole says it
        with without_gc():
            checker = cls(base)
        if use_cache:
            cache.store(key, checker)
        return checker

    @classmethod
    def compiled(cls, index: Index, head: Base, claims: tuple[memoryview | bytes | str, ...]) -> Checker:
        """A checker whose base stays encoded until asked for: `head` is the base without its
        claims, `claims` its claims encoded claims file by claims file."""
        from cstocheck import cachecodec

        checker = cls.__new__(cls)
        checker.index = index
        checker.__dict__.update(_base_blob=cachecodec.Encoded(cachecodec.dumps(head)), _claim_blobs=claims)
        checker._base = None
        return checker

    # The base is encoded apart too: judging a sentence needs only the index. The qualifier words
    # travel with it, so that a warm run does not import yaml to read them (~12 ms).
    def __getstate__(self) -> dict[str, object]:
        from cstocheck import cachecodec, qualify

        if self._base is not None:
            head: memoryview | bytes | str = cachecodec.Encoded(cachecodec.dumps(replace(self._base, claims=())))
            claims: tuple[memoryview | bytes | str, ...] = (cachecodec.Encoded(cachecodec.dumps(self._base.claims)),)
        else:  # as compiled or loaded: kept encoded
            head, claims = self.__dict__["_base_blob"], self.__dict__["_claim_blobs"]
        return {"index": self.index, "_base_blob": head, "_claim_blobs": claims, "_qualifiers": qualify.read_words_file()}

    def __setstate__(self, state: dict[str, object]) -> None:
        from cstocheck import qualify

        qualify.carry(state.pop("_qualifiers", None))
        self.__dict__.update(state)
        self._base = None

    @property
    def base(self) -> Base:
        if self._base is None:
            from cstocheck import cachecodec

            head = cachecodec.loads(self.__dict__["_base_blob"])
            claims = tuple(c for blob in self.__dict__["_claim_blobs"] for c in cachecodec.loads(blob))
            self._base = replace(head, claims=claims)
        return self._base

    @base.setter
    def base(self, value: Base) -> None:
        self._base = value

    def claim(self, text: str) -> Finding:
        return qualify(judge(read(text, self.index.aliases), self.index))


# --- the readings by claims file ---------------------------------------------------------------
#
# Most of indexing a base is reading its wordings and quotes, each a function of its text and
# the alias tables alone. Those readings are cached by claims file, under the file's name (and
# the alias tables' and the code's hashes): a file whose part of the compiled base is
# built again (see compiled), or whose wordings `validate` checks again, reads only the texts it
# did not hold the last time it was read.


class PartReadings:
    """A reader of a base's wordings and quotes that remembers its readings by claims file: a
    claims file's part of the compiled base is built with it, and `validate` reads the wordings
    with it too."""

    def __init__(self, claims: tuple[Claim, ...] | list[Claim], keys: dict[str, str],
                 shared: dict[str, Reading] | None = None) -> None:
        """The readings of these claims' texts, by the key of each claims file's part (see
        cache.part_keys, by name), for the files in `keys`. `shared`: readings other files of the base
        made in this run, which it adds its own to (a text in several files is read once)."""
        from cstocheck import cache

        self._shared = {} if shared is None else shared
        self._keys = keys
        self._owner = _owners(claims, set(keys))
        self._known: dict[str, Reading] = {}
        for key in set(self._keys.values()):
            self._known.update(_part(cache.load(key)))
        self._fresh: set[str] = set()  # the texts not in their files' parts: those are stored again

    def __call__(self, text: str, aliases: AliasTable) -> Reading:
        found = self._known.get(text)
        if found is None:
            found = self._shared.get(text)
            if found is None:
                found = read(text, aliases)
            self._known[text] = found
            self._fresh.add(text)
        self._shared[text] = found
        return found

    @property
    def texts(self) -> set[str]:
        """The texts it holds a reading of."""
        return set(self._known)

    def save(self) -> None:
        """Store the part of each claims file some of whose texts were read anew."""
        from cstocheck import cache

        owner = self._owner
        for name, key in self._keys.items():
            if any(owner.get(text) == name for text in self._fresh):
                part = {k: to_plain(v) for k, v in self._known.items() if owner.get(k) == name}
                # One JSON string: plain values need no walk through the cache format, object by object.
                cache.store(key, json.dumps(part, ensure_ascii=False, separators=(",", ":")))


class Neighbours(dict[str, Reading]):
    """The readings of the last few claims files built, for the next: neighbouring files share
    wordings and quotes more often than others (on the 10k synthetic base, the last three files
    hold 88 % of the texts met before), and holding every reading of a run would cost about
    100 MB on that base."""

    FILES = 3

    def __init__(self) -> None:
        super().__init__()
        self._files: deque[set[str]] = deque(maxlen=self.FILES)

    def done(self, texts: set[str]) -> None:
        """A file is built, with these texts: keep the readings of the last few files only."""
        self._files.append(texts)
        kept = set().union(*self._files)
        for text in [t for t in self if t not in kept]:
            del self[text]


def wording_problems(base: Base, root: Path) -> tuple[Problem, ...]:
    """The wordings that drift from their statements (wordings.check_wordings), claims file by
    claims file, each file's answer cached under its part's key: an unchanged file is neither
    read nor checked again. Where a file is, is taken from the claims, so a renamed file keeps
    its answer."""
    from cstocheck import cache
    from cstocheck.schema import ALIAS_FILES
    from cstocheck.wordings import check_claims

    keys, names = cache.part_keys(root, ALIAS_FILES)
    by_file: dict[str, list[Claim]] = {}
    for claim in base.claims:
        by_file.setdefault(_file_of(claim), []).append(claim)
    aliases = AliasTable(base.entities)
    shared = Neighbours()
    problems: list[Problem] = []
    for name, claims in by_file.items():
        path = claims[0].mark.path if claims[0].mark else ""
        key = hashlib.sha256(f"{keys[name]} wordings".encode()).hexdigest() if name in keys else None
        found = _problems(cache.load(key), path) if key else None
        if found is None:
            # File by file, as the compiled base is built: holding the readings of every file
            # checked at once took 105 MB on a 10,000-claim base the first time it was validated.
            readings = PartReadings(claims, {name: names[name]} if name in names else {}, shared)
            found = list(check_claims(tuple(claims), aliases, reader=readings))
            readings.save()
            shared.done(readings.texts)
            if key:
                cache.store(key, json.dumps([[p.line, p.col, p.level.value, p.message] for p in found]))
        problems += found
    return tuple(problems)


def _problems(stored: object, path: str) -> list[Problem] | None:
    """A claims file's cached wording problems, at its path, or None when not what was stored."""
    try:
        found = json.loads(stored) if isinstance(stored, str) else None
        return [Problem(path, line, col, Level(level), message) for line, col, level, message in found] \
            if isinstance(found, list) else None
    except (ValueError, TypeError, RecursionError):
        return None


def _file_of(claim: Claim) -> str:
    """The name of the claims file a claim is written in."""
    return Path(claim.mark.path).name if claim.mark else ""


def _part(stored: object) -> dict[str, Reading]:
    """A claims file's cached readings, or none when the part is not what was stored."""
    try:
        found = json.loads(stored) if isinstance(stored, str) else None
        if not isinstance(found, dict):
            return {}
        return {text: from_plain(plain) for text, plain in found.items()}
    except (ValueError, RecursionError):
        return {}


def _owners(claims: tuple[Claim, ...] | list[Claim], names: set[str]) -> dict[str, str]:
    """The claims file each wording and quote is read for (the first, when two files share one)."""
    owner: dict[str, str] = {}
    for claim in claims:
        name = _file_of(claim)
        if name in names:
            for text in (*claim.texts, *(s.quote for s in claim.sources)):
                owner.setdefault(text, name)
    return owner
