"""The compiled base, built claims file by claims file.

Each claims file has a part in the cache: its claims as loaded, its problems, the ids it uses,
its claims' entries encoded without the base's weights, and the summaries the index's tables
are built from (retrieve.Summary). After an edit only the edited file is loaded and read again:
the tables and the weights are built afresh from every part's summaries, and the compiled base
is put together from the parts' encoded claims and entries, not encoded again. The seeds are
one more part, kept without their texts: only checking a quote needs a seed's text, and an
edited file's quotes read the seeds they name. A claims file's part records the seeds its
loading looked up (their files' content and their metadata, or that they were missing): an edit
to a seed rebuilds the parts of the files that quote it, not the others.

Parts are used only for a base that loads without errors and in which no two files use one id:
any other base is loaded whole, which says what is wrong exactly as it always has.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from cstocheck import cache, cachecodec
from cstocheck.base import claims_files, display_path, load_claims_file, load_entities, load_seeds
from cstocheck.base import load_base as whole_base
from cstocheck.checker import Checker, Neighbours, PartReadings
from cstocheck.collector import without_gc
from cstocheck.errors import CstocheckError
from cstocheck.model import Base, Claim, Entity, Level, Problem, Seed
from cstocheck.quotes import SeedText
from cstocheck.read import AliasTable
from cstocheck.retrieve import Index, Summary, plain_entries, summary
from cstocheck.schema import ALIAS_FILES
from cstocheck.yamlfile import Problems, read_text_file


class FilePart(NamedTuple):
    """One claims file's part of the compiled base."""

    seeds: tuple[tuple[str, str], ...]  # each seed its loading looked up, with its fingerprint
    ids: tuple[str, ...]  # every id the file uses, its claims' and any it failed to load
    problems: tuple[Problem, ...]  # its warnings (a file with an error has no part)
    summaries: tuple[Summary, ...]
    claims: memoryview | bytes  # its claims, encoded (cachecodec), in the file's order
    entries: tuple[memoryview | bytes, ...]  # each claim's entry, encoded without weights


class SeedsPart(NamedTuple):
    seeds: dict[str, Seed]  # without their texts
    problems: tuple[Problem, ...]


ABSENT = "absent"  # the fingerprint of a seed that is not in the base


class _Seeds(NamedTuple):
    """The base's seeds as claims files are loaded against them."""

    seeds: dict[str, Seed]  # without their texts
    texts: Mapping[str, SeedText]
    fingerprints: dict[str, str]  # by seed id: its record and its file's content hash

    def unchanged(self, used: tuple[tuple[str, str], ...]) -> bool:
        return all(self.fingerprints.get(seed, ABSENT) == fingerprint for seed, fingerprint in used)

    def load(self, path: Path, entities: list[Entity]) -> tuple[list[Claim], tuple[Problem, ...], tuple[str, ...],
                                                                 tuple[tuple[str, str], ...]]:
        """A claims file's claims, problems and ids (base.load_claims_file), and the seeds it
        looked up, with their fingerprints."""
        seeds = _Noted(self.seeds)
        claims, problems, ids = load_claims_file(path, seeds, self.texts, entities)
        return claims, problems, ids, tuple((s, self.fingerprints.get(s, ABSENT)) for s in sorted(seeds.noted))


class _Noted(dict[str, Seed]):
    """The seeds, noting every id looked up in them, whether it is there or not."""

    def __init__(self, seeds: dict[str, Seed]) -> None:
        super().__init__(seeds)
        self.noted: set[str] = set()

    def __contains__(self, seed_id: object) -> bool:
        self.noted.add(str(seed_id))
        return super().__contains__(seed_id)

    def __getitem__(self, seed_id: str) -> Seed:
        self.noted.add(seed_id)
        return super().__getitem__(seed_id)


def compile_base(root: Path) -> Checker | None:
    """A checker on the base, put together from its parts (each built where it is missing),
    or None when the base must be loaded whole: it has an error, or two files use one id."""
    problems = Problems()
    now = _seeds(root, problems)
    entities = load_entities(root, problems)
    files = claims_files(root, problems)
    if problems.errors():
        return None
    keys, names = cache.part_keys(root, ALIAS_FILES)
    aliases = AliasTable(tuple(entities))
    parts: list[FilePart] = []
    shared = Neighbours()
    for path in files:
        key = _part_key(keys, path, "compiled")
        part = _stored_part(cache.load(key), now)
        if part is None:
            part = _file_part(path, names, now, entities, aliases, shared)
            if part is None:
                return None
            cache.store(key, part)
        parts.append(part)
    if _shared_ids(parts):
        return None
    found = _sorted([*problems.values(), *(p for part in parts for p in part.problems)])
    index = Index.compiled(aliases, len(now.seeds), [s for part in parts for s in part.summaries],
                           tuple(entry for part in parts for entry in part.entries))
    head = Base(root=root, seeds=now.seeds, claims=(), entities=tuple(entities), problems=tuple(found))
    return Checker.compiled(index, head, tuple(part.claims for part in parts))


class LoadedPart(NamedTuple):
    """One claims file as loaded, for `validate`: its claims, problems and ids, errors or not."""

    seeds: tuple[tuple[str, str], ...]  # as in FilePart
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
    now = _seeds(root, problems)
    entities = load_entities(root, problems)
    files = claims_files(root, problems)
    keys = cache.part_keys(root, ALIAS_FILES).by_content
    parts: list[LoadedPart] = []
    for path in files:
        key = _part_key(keys, path, "loaded")
        part = _stored_loaded(cache.load(key), now)
        if part is None:
            claims, found, ids, used = now.load(path, entities)
            part = LoadedPart(used, ids, found, _apart(tuple(claims)))
            cache.store(key, part)
        parts.append(part)
    if _shared_ids(parts):
        return None
    claims = tuple(c for part in parts for c in cachecodec.loads(part.claims))
    found = _sorted([*problems.values(), *(p for part in parts for p in part.problems)])
    return Base(root=root, seeds=now.seeds, claims=claims, entities=tuple(entities), problems=tuple(found))


def _part_key(keys: dict[str, str], path: Path, what: str) -> str:
    """The key of a claims file's part: its content, the alias tables and the code (`keys`), and
    where it is shown to be (problems and marks name it so, relative to the working directory).
    The seeds it depends on are checked apart (FilePart.seeds)."""
    where = f"{os.getcwd()}\n{display_path(path)}"
    return hashlib.sha256(f"{keys.get(path.name)} {where} {what}".encode()).hexdigest()


def _shared_ids(parts: list[FilePart] | list[LoadedPart]) -> bool:
    """Whether two files use one id: a file loaded on its own does not see it."""
    ids = [i for part in parts for i in part.ids]
    return len(set(ids)) != len(ids)


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.path, p.line, p.col))


def _stored_loaded(stored: object, now: _Seeds) -> LoadedPart | None:
    if not isinstance(stored, LoadedPart) or not isinstance(stored.claims, memoryview) \
            or not _seeds_unchanged(stored.seeds, now):
        return None
    if not all(isinstance(p, Problem) for p in stored.problems) \
            or not all(type(i) in (str, int, float, bool) for i in stored.ids):
        return None
    return stored


def _file_part(path: Path, keys: dict[str, str], now: _Seeds, entities: list[Entity], aliases: AliasTable,
               shared: Neighbours) -> FilePart | None:
    """A claims file's part, loaded afresh, its texts read but those the file held the last
    time it was read (`keys`: by name); None when it has an error."""
    claims, problems, ids, used = now.load(path, entities)
    if any(p.level is Level.ERROR for p in problems):
        return None
    readings = PartReadings(claims, {path.name: keys[path.name]} if path.name in keys else {}, shared)
    entries = plain_entries(tuple(claims), now.seeds, aliases, readings)
    readings.save()
    shared.done(readings.texts)
    return FilePart(used, ids, problems, tuple(summary(e) for e in entries),
                    _apart(tuple(claims)), tuple(_apart(e) for e in entries))


def _apart(value: object) -> bytes:
    """A value encoded to be stored apart, as UTF-8: as a str it would take up to four times the
    memory (a text with a curly quote is stored four bytes a character), and it is written so."""
    return cachecodec.dumps(value).encode("utf-8")


def _stored_part(stored: object, now: _Seeds) -> FilePart | None:
    """A claims file's stored part, or None when it is not what a run stores, or the seeds it
    looked up have changed since."""
    if not isinstance(stored, FilePart) or len(stored.summaries) != len(stored.entries) \
            or not _seeds_unchanged(stored.seeds, now):
        return None
    if not all(isinstance(s, Summary) for s in stored.summaries) or not isinstance(stored.claims, memoryview) \
            or not all(isinstance(e, memoryview) for e in stored.entries):
        return None
    if not all(isinstance(p, Problem) for p in stored.problems) or not all(isinstance(i, str) for i in stored.ids):
        return None
    return stored


def _seeds_unchanged(used: object, now: _Seeds) -> bool:
    return isinstance(used, tuple) and all(isinstance(u, tuple) and len(u) == 2 for u in used) and now.unchanged(used)


def _seeds(root: Path, problems: Problems) -> _Seeds:
    """The seeds without their texts, their texts (read on demand when the seeds come from the
    cache), and their fingerprints. Paths are shown relative to the working directory: it is in
    the key."""
    key, hashes = cache.folder_key(root, "seeds", str(root), os.getcwd())
    stored = cache.load(key)
    if isinstance(stored, SeedsPart) and all(isinstance(s, Seed) for s in stored.seeds.values()) \
            and all(isinstance(p, Problem) for p in stored.problems):
        seeds, texts, found = stored.seeds, _SeedTexts(stored.seeds), stored.problems
    else:
        loading = Problems()
        seeds, texts = load_seeds(root, loading)
        seeds, found = {k: replace(v, text="") for k, v in seeds.items()}, loading.values()
        cache.store(key, SeedsPart(seeds, found))
    for problem in found:
        problems.put(problem)
    return _Seeds(seeds, texts, {k: f"{hashes.get(v.path.name)} {v!r}" for k, v in seeds.items()})


class _SeedTexts(dict[str, SeedText]):
    """The seeds' texts, each read when a quote in it is first checked."""

    def __init__(self, seeds: dict[str, Seed]) -> None:
        super().__init__()
        self._seeds = seeds

    def __missing__(self, seed_id: str) -> SeedText:
        path = self._seeds[seed_id].path
        found = self[seed_id] = SeedText(read_text_file(path, display_path(path), Problems(), "seed") or "")
        return found
