"""The compiled base, built claims file by claims file.

Each claims file has a part in the cache: its claims as loaded, its problems, the ids it uses,
its claims' entries encoded without the base's weights, and the summaries the index's tables
are built from (retrieve.Summary). After an edit only the edited file is loaded and read again:
the tables and the weights are built afresh from every part's summaries, and the compiled base
is put together from the parts' encoded claims and entries, not encoded again. The seeds are
one more part, kept without their texts: only checking a quote needs a seed's text, and an
edited file's quotes read the seeds they name.

Parts are used only for a base that loads without errors and in which no two files use one id:
any other base is loaded whole, which says what is wrong exactly as it always has.
"""
from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from cstocheck import cache, cachecodec
from cstocheck.base import claims_files, display_path, load_claims_file, load_entities, load_seeds
from cstocheck.base import load_base as whole_base
from cstocheck.checker import Checker, PartReadings
from cstocheck.collector import without_gc
from cstocheck.errors import CstocheckError
from cstocheck.model import Base, Entity, Level, Problem, Seed
from cstocheck.quotes import SeedText
from cstocheck.read import AliasTable, Reading
from cstocheck.retrieve import Index, Summary, plain_entries, summary
from cstocheck.schema import ALIAS_FILES
from cstocheck.yamlfile import Problems, read_text_file


class FilePart(NamedTuple):
    """One claims file's part of the compiled base."""

    ids: tuple[str, ...]  # every id the file uses, its claims' and any it failed to load
    problems: tuple[Problem, ...]  # its warnings (a file with an error has no part)
    summaries: tuple[Summary, ...]
    claims: memoryview | bytes  # its claims, encoded (cachecodec), in the file's order
    entries: tuple[memoryview | bytes, ...]  # each claim's entry, encoded without weights


class SeedsPart(NamedTuple):
    seeds: dict[str, Seed]  # without their texts
    problems: tuple[Problem, ...]


def compile_base(root: Path) -> Checker | None:
    """A checker on the base, put together from its parts (each built where it is missing),
    or None when the base must be loaded whole: it has an error, or two files use one id."""
    problems = Problems()
    seeds, texts, seeds_key = _seeds(root, problems)
    entities = load_entities(root, problems)
    files = claims_files(root, problems)
    if problems.errors():
        return None
    keys = cache.part_keys(root, ALIAS_FILES)
    names = cache.part_keys(root, ALIAS_FILES, by_name=True)
    aliases = AliasTable(tuple(entities))
    parts: list[FilePart] = []
    shared = _Neighbours()
    for path in files:
        key = _part_key(keys, seeds_key, path, "compiled")
        part = _stored_part(cache.load(key))
        if part is None:
            part = _file_part(path, names, seeds, texts, entities, aliases, shared)
            if part is None:
                return None
            cache.store(key, part)
        parts.append(part)
    if _shared_ids(parts):
        return None
    found = _sorted([*problems.values(), *(p for part in parts for p in part.problems)])
    index = Index.compiled(aliases, len(seeds), [s for part in parts for s in part.summaries],
                           tuple(entry for part in parts for entry in part.entries))
    head = Base(root=root, seeds=seeds, claims=(), entities=tuple(entities), problems=tuple(found))
    return Checker.compiled(index, head, tuple(part.claims for part in parts))


class LoadedPart(NamedTuple):
    """One claims file as loaded, for `validate`: its claims, problems and ids, errors or not."""

    ids: tuple[str, ...]
    problems: tuple[Problem, ...]
    claims: memoryview | bytes


def load_base(root: Path) -> Base:
    """The base as base.load_base loads it, problems and all, but for the seeds' texts (left
    out), with each unchanged claims file's claims and problems from the cache."""
    try:
        with without_gc():
            loaded = _load_by_parts(root)
    except CstocheckError:  # a folder the cache cannot key: loading whole says what is wrong
        loaded = None
    return loaded or whole_base(root)


def _load_by_parts(root: Path) -> Base | None:
    problems = Problems()
    seeds, texts, seeds_key = _seeds(root, problems)
    entities = load_entities(root, problems)
    files = claims_files(root, problems)
    keys = cache.part_keys(root, ALIAS_FILES)
    parts: list[LoadedPart] = []
    for path in files:
        key = _part_key(keys, seeds_key, path, "loaded")
        part = _stored_loaded(cache.load(key))
        if part is None:
            claims, found, ids = load_claims_file(path, seeds, texts, entities)
            part = LoadedPart(ids, found, _apart(tuple(claims)))
            cache.store(key, part)
        parts.append(part)
    if _shared_ids(parts):
        return None
    claims = tuple(c for part in parts for c in cachecodec.loads(part.claims))
    found = _sorted([*problems.values(), *(p for part in parts for p in part.problems)])
    return Base(root=root, seeds=seeds, claims=claims, entities=tuple(entities), problems=tuple(found))


def _part_key(keys: dict[str, str], seeds_key: str, path: Path, what: str) -> str:
    """The key of a claims file's part: its content, the alias tables and the code (`keys`), the
    seeds, and where it is shown to be (problems and marks name it so)."""
    return hashlib.sha256(f"{keys.get(path.name)} {seeds_key} {display_path(path)} {what}".encode()).hexdigest()


def _shared_ids(parts: list[FilePart] | list[LoadedPart]) -> bool:
    """Whether two files use one id: a file loaded on its own does not see it."""
    ids = [i for part in parts for i in part.ids]
    return len(set(ids)) != len(ids)


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.path, p.line, p.col))


def _stored_loaded(stored: object) -> LoadedPart | None:
    if not isinstance(stored, LoadedPart) or not isinstance(stored.claims, memoryview):
        return None
    if not all(isinstance(p, Problem) for p in stored.problems) \
            or not all(type(i) in (str, int, float, bool) for i in stored.ids):
        return None
    return stored


def _file_part(path: Path, keys: dict[str, str], seeds: dict[str, Seed], texts: Mapping[str, SeedText],
               entities: list[Entity], aliases: AliasTable, shared: _Neighbours) -> FilePart | None:
    """A claims file's part, loaded afresh, its texts read but those the file held the last
    time it was read (`keys`: by name); None when it has an error."""
    claims, problems, ids = load_claims_file(path, seeds, texts, entities)
    if any(p.level is Level.ERROR for p in problems):
        return None
    readings = PartReadings(claims, {path.name: keys[path.name]} if path.name in keys else {}, shared)
    entries = plain_entries(tuple(claims), seeds, aliases, readings)
    readings.save()
    shared.done(readings.texts)
    return FilePart(ids, problems, tuple(summary(e) for e in entries),
                    _apart(tuple(claims)), tuple(_apart(e) for e in entries))


def _apart(value: object) -> bytes:
    """A value encoded to be stored apart, as UTF-8: as a str it would take up to four times the
    memory (a text with a curly quote is stored four bytes a character), and it is written so."""
    return cachecodec.dumps(value).encode("utf-8")


def _stored_part(stored: object) -> FilePart | None:
    """A claims file's stored part, or None when it is not what a run stores."""
    if not isinstance(stored, FilePart) or len(stored.summaries) != len(stored.entries):
        return None
    if not all(isinstance(s, Summary) for s in stored.summaries) or not isinstance(stored.claims, memoryview) \
            or not all(isinstance(e, memoryview) for e in stored.entries):
        return None
    if not all(isinstance(p, Problem) for p in stored.problems) or not all(isinstance(i, str) for i in stored.ids):
        return None
    return stored


def _seeds(root: Path, problems: Problems) -> tuple[dict[str, Seed], Mapping[str, SeedText], str]:
    """The seeds without their texts, their texts (read on demand when the seeds come from the
    cache), and the key they are kept under. Paths are shown relative to the working directory:
    it is in the key."""
    key = cache.folder_key(root, "seeds", str(root), os.getcwd())
    stored = cache.load(key)
    if isinstance(stored, SeedsPart) and all(isinstance(s, Seed) for s in stored.seeds.values()) \
            and all(isinstance(p, Problem) for p in stored.problems):
        for problem in stored.problems:
            problems.put(problem)
        return stored.seeds, _SeedTexts(stored.seeds), key
    found = Problems()
    seeds, texts = load_seeds(root, found)
    seeds = {k: replace(v, text="") for k, v in seeds.items()}
    cache.store(key, SeedsPart(seeds, found.values()))
    for problem in found.values():
        problems.put(problem)
    return seeds, texts, key


class _Neighbours(dict[str, Reading]):
    """The readings of the last few claims files built, for the next: neighbouring files share
    wordings and quotes more often than others (on the 10k synthetic base, the last three files
    hold 88 % of the texts met before), and holding every reading of a base would cost the
    memory of a third of its compiled form."""

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


class _SeedTexts(dict[str, SeedText]):
    """The seeds' texts, each read when a quote in it is first checked."""

    def __init__(self, seeds: dict[str, Seed]) -> None:
        super().__init__()
        self._seeds = seeds

    def __missing__(self, seed_id: str) -> SeedText:
        path = self._seeds[seed_id].path
        found = self[seed_id] = SeedText(read_text_file(path, display_path(path), Problems(), "seed") or "")
        return found
