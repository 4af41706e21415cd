"""Loading a claims base (seeds, alias tables, claims) and checking it like a linter."""
from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cstocheck.model import (
    Base, Claim, Entity, EntityKind, Level, Mark, Problem, Seed, SourceQuote, Stance, ValueKind,
)
from cstocheck.quotes import SeedText
from cstocheck.schema import ALIAS_FILES, CLAIMS_FILE, ENTITIES_FILE, SAYS_WORDS, SEEDS_FILE, SEEDS_META_FILE
from cstocheck.yamlfile import MarkedDict, load, problem, read_text_file


def display_path(path: Path) -> str:
    """Paths are shown relative to the working directory when they are below it."""
    try:
        return os.path.relpath(path) if path.resolve().is_relative_to(Path.cwd().resolve()) else str(path)
    except (OSError, ValueError, RuntimeError):  # RuntimeError: a link loop, in Python 3.11
        return str(path)


@contextmanager
def without_gc() -> Iterator[None]:
    """Loading builds millions of objects and frees few: Python's cyclic collector would walk the
    growing graph again and again for nothing (a third of `validate` on a 10,000-claim base)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_base(root: Path) -> Base:
    with without_gc():
        return _load_base(root)


def _load_base(root: Path) -> Base:
    problems: list[Problem] = []
    seeds, seed_texts = _load_seeds(root, problems)
    entities = _load_entities(root, problems)
    claims = _load_claims(root, seeds, seed_texts, entities, problems)
    problems.sort(key=lambda p: (p.path, p.line, p.col))
    return Base(root=root, seeds=seeds, claims=tuple(claims), entities=tuple(entities), problems=tuple(problems))


def _listing(folder: Path, suffix: str, problems: list[Problem]) -> list[Path] | None:
    """The folder's files with the suffix, sorted; a folder that cannot be read is a problem
    (glob would pass over it in silence, and the base would look empty)."""
    try:
        with os.scandir(folder) as found:
            names = sorted(e.name for e in found if e.name.endswith(suffix))
    except OSError as err:
        problems.append(Problem(display_path(folder), 1, 1, Level.ERROR, f"cannot read folder: {err.strerror or err}"))
        return None
    return [folder / name for name in names]


# --- seeds -----------------------------------------------------------------------------------


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a link loop, in Python 3.11
        return False


def _load_seeds(root: Path, problems: list[Problem]) -> tuple[dict[str, Seed], dict[str, SeedText]]:
    from cstocheck.values import guess_language

    folder = root / "seeds"
    meta_path = folder / SEEDS_META_FILE
    described: dict[str, MarkedDict] = {}
    if meta_path.is_file():
        data, found = load(meta_path, display_path(meta_path), SEEDS_FILE)
        problems.extend(found)
        for entry in (data or {}).get("seeds", []):
            if entry.get("__invalid__"):
                continue
            if entry["id"] in described:
                problems.append(problem(entry.mark, f"duplicate seed id {entry['id']!r}"))
                continue
            described[entry["id"]] = entry
    else:
        problems.append(Problem(display_path(folder), 1, 1, Level.WARNING,
                                f"no {SEEDS_META_FILE}: seed languages are guessed"))

    seeds: dict[str, Seed] = {}
    texts: dict[str, SeedText] = {}
    on_disk = {p.name: p for p in _listing(folder, ".txt", problems) or ()}
    listed_files = {entry["file"] for entry in described.values()}
    for name in sorted(set(on_disk) - listed_files):
        if meta_path.is_file():
            problems.append(Problem(display_path(on_disk[name]), 1, 1, Level.WARNING,
                                    f"seed file is not described in {SEEDS_META_FILE}"))
        described.setdefault(name.removesuffix(".txt"), MarkedDict(id=name.removesuffix(".txt"), file=name))
    for seed_id, entry in described.items():
        text = _seed_text(folder, seed_id, entry, problems)
        if text is None:
            continue
        seeds[seed_id] = Seed(
            id=seed_id, path=folder / entry["file"], text=text,
            language=entry.get("language") or guess_language(text),
            date=entry.get("date"), title=entry.get("title"), author=entry.get("author"),
            publication=entry.get("publication"),
        )
        texts[seed_id] = SeedText(text)
    return seeds, texts


def _seed_text(folder: Path, seed_id: str, entry: MarkedDict, problems: list[Problem]) -> str | None:
    """A seed file's text, or None with the problem that stops it."""
    path = folder / entry["file"]
    where = getattr(entry, "mark", None) or Mark(display_path(path), 1, 1)
    if path.is_symlink() and not _inside(path, folder):
        problems.append(problem(where, f"seed {seed_id!r}: {entry['file']} is a link leading outside the base, "
                                       "or nowhere"))
        return None
    if not os.path.exists(path):  # anything else that is there, read_text_file says what is wrong with
        problems.append(problem(where, f"seed {seed_id!r}: file {entry['file']} not found in seeds/"))
        return None
    text, bad = read_text_file(path, display_path(path), "seed")
    if bad is not None:
        problems.append(bad)
    return text if bad is None else None


# --- alias tables ----------------------------------------------------------------------------


def _load_entities(root: Path, problems: list[Problem]) -> list[Entity]:
    entities: list[Entity] = []
    first_seen: dict[str, Mark] = {}
    for name in ALIAS_FILES:
        path = root / "claims" / name
        if not os.path.exists(path):  # anything else that is there, read_text_file says what is wrong with
            continue
        data, found = load(path, display_path(path), ENTITIES_FILE)
        problems.extend(found)
        for entry in (data or {}).get("entities", []):
            if entry.get("__invalid__"):
                continue
            if entry["id"] in first_seen:
                first = first_seen[entry["id"]]
                problems.append(problem(entry.mark, f"duplicate entity id {entry['id']!r} "
                                                    f"(first at {first.path}:{first.line})"))
                continue
            first_seen[entry["id"]] = entry.mark
            _check_names(entry, problems)
            entities.append(Entity(id=entry["id"], kind=EntityKind(entry["kind"]), names=tuple(entry["names"]),
                                   country=entry.get("country"), mark=entry.mark))
    by_id = {e.id: e for e in entities}
    for entity in entities:
        if entity.country is None:
            continue
        target = by_id.get(entity.country)
        if target is None or target.kind is not EntityKind.COUNTRY:
            assert entity.mark is not None
            problems.append(problem(entity.mark, f"entity {entity.id!r}: country {entity.country!r} "
                                                 "is not a country in the alias table"))
    return entities


def _check_names(entry: MarkedDict, problems: list[Problem]) -> None:
    """A name with no letter or digit ("*", "**", ".*") would match almost any sentence."""
    for name, mark in zip(entry["names"], entry["names"].item_marks):
        if not any(ch.isalnum() for ch in name):
            problems.append(problem(mark, f"entity {entry['id']!r}: name {name!r} has no letter or digit: "
                                          "it would match almost any word"))


# --- claims ----------------------------------------------------------------------------------


def _load_claims(root: Path, seeds: dict[str, Seed], texts: dict[str, SeedText], entities: list[Entity],
                 problems: list[Problem]) -> list[Claim]:
    claims: list[Claim] = []
    first_seen: dict[str, Mark] = {}
    entity_kinds = {e.id: e.kind for e in entities}
    listed = _listing(root / "claims", ".yaml", problems)
    files = [p for p in listed or () if p.name not in ALIAS_FILES]
    if listed is not None and not files:
        problems.append(Problem(display_path(root / "claims"), 1, 1, Level.ERROR, "no claims files (*.yaml)"))
    for path in files:
        data, found = load(path, display_path(path), CLAIMS_FILE)
        problems.extend(found)
        if not data:
            continue
        topic = data.get("topic") or path.stem
        for entry in data.get("claims", []):
            claim_id = entry.get("id")
            if claim_id is not None:
                if claim_id in first_seen:
                    first = first_seen[claim_id]
                    problems.append(problem(entry.value_marks["id"], f"duplicate id {claim_id!r} "
                                                                     f"(first at {first.path}:{first.line})"))
                    continue
                first_seen[claim_id] = entry.value_marks["id"]
            if entry.get("__invalid__"):
                continue
            claim = _claim(entry, topic, seeds, texts, entity_kinds, problems)
            if claim is not None:
                claims.append(claim)
    return claims


MAX_COUNT = 10**12  # more than any count of people, troops or states a source gives


def check_value(kind: ValueKind, value: str, entity_kinds: dict[str, EntityKind]) -> str | None:
    """Why `value` is not a value of `kind`, or None when it is."""
    from cstocheck.history import parse_history

    try:
        if kind is ValueKind.COUNT:
            return _check_count(value)
        if kind in (ValueKind.YEAR, ValueKind.DATE):
            return _check_when(kind, value)
        if kind is ValueKind.MEMBERSHIP:
            parse_history(value)
        elif kind in _ENTITY_VALUES:
            wanted, what = _ENTITY_VALUES[kind]
            if entity_kinds.get(value) not in wanted:
                return f"{value!r} is not {what} in the alias table"
        elif kind is ValueKind.EVENT:
            return "an event claim has no value: use says: supports or contradicts"
    except ValueError as err:
        return str(err)
    return None


_ENTITY_VALUES = {
    ValueKind.PLACE: ((EntityKind.COUNTRY, EntityKind.CITY), "a country or city"),
    ValueKind.PERSON: ((EntityKind.PERSON,), "a person"),
}


def _check_count(value: str) -> str | None:
    import math

    from cstocheck.values import parse_count

    count = parse_count(value)
    if value[:count.start].rstrip()[-1:] in ("-", "\u2212"):
        return f"{value!r} is negative: a count is a number of things"
    if not math.isfinite(count.number) or count.number > MAX_COUNT:
        return f"{_shorten(value)} is too large to be a count (at most {MAX_COUNT:,})"
    return None


def _check_when(kind: ValueKind, value: str) -> str | None:
    from cstocheck.values import parse_when

    when = parse_when(value)
    if kind is ValueKind.YEAR and (when.year is None or when.month is not None):
        return f"{value!r} is not a year"
    return None


def _shorten(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else f"{value[:limit]}... ({len(value):,} characters)")


def _claim(entry: MarkedDict, topic: str, seeds: dict[str, Seed], texts: dict[str, SeedText],
           entity_kinds: dict[str, EntityKind], problems: list[Problem]) -> Claim | None:
    kind = ValueKind(entry["kind"])
    value = entry.get("value")
    ok = True
    if kind is ValueKind.EVENT and value is not None:
        problems.append(problem(entry.value_marks["value"], "an event claim has no value"))
        ok = False
    elif kind is not ValueKind.EVENT:
        if value is None:
            problems.append(problem(entry.mark, f"missing required key 'value' (kind {kind.value} has one)"))
            ok = False
        elif (why := check_value(kind, value, entity_kinds)) is not None:
            problems.append(problem(entry.value_marks["value"], f"value: {why}"))
            ok = False
    sources: list[SourceQuote] = []
    for source, mark in zip(entry["sources"], entry["sources"].item_marks):
        quote = _source(source, mark, kind, seeds, texts, entity_kinds, problems)
        if quote is None:
            ok = False
        else:
            sources.append(quote)
    if not ok:
        return None
    paraphrases: dict[str, Any] = entry.get("paraphrases") or {}
    if kind is ValueKind.MEMBERSHIP:
        _warn_negative_wordings(entry, paraphrases, problems)
    return Claim(id=entry["id"], topic=topic, statement=entry["statement"], kind=kind, value=value,
                 paraphrases={lang: tuple(items) for lang, items in paraphrases.items() if lang != "__invalid__"},
                 sources=tuple(sources), mark=entry.value_marks["id"])


def _warn_negative_wordings(entry: MarkedDict, paraphrases: dict[str, Any], problems: list[Problem]) -> None:
    """A membership claim's history says when a country was in and when out; a negative wording
    ("… is not a member") would turn every sentence matched to it around."""
    from cstocheck.analysis import fold, tokenize
    from cstocheck.lexicon import NEGATORS

    wordings = [(entry["statement"], entry.value_marks["statement"])]
    for lang, items in paraphrases.items():
        if lang != "__invalid__":
            wordings += [(text, mark) for text, mark in zip(items, getattr(items, "item_marks", []))]
    for text, mark in wordings:
        if any(t.text in NEGATORS for t in tokenize(fold(text))):
            problems.append(problem(mark, "a membership claim's wordings should be positive: its history "
                                          "says when the country was out", Level.WARNING))


def _source(source: MarkedDict, mark: Mark, kind: ValueKind, seeds: dict[str, Seed], texts: dict[str, SeedText],
            entity_kinds: dict[str, EntityKind], problems: list[Problem]) -> SourceQuote | None:
    if source.get("__invalid__"):
        return None
    seed_id, quote, says = source["seed"], source["quote"], source["says"]
    seed_mark = source.value_marks["seed"]
    if seed_id not in seeds:
        problems.append(problem(seed_mark, f"unknown seed {seed_id!r}"))
        return None
    stance: Stance | None = None
    value: str | None = None
    if says in SAYS_WORDS:
        stance = Stance(says)
    elif (why := check_value(kind, says, entity_kinds)) is not None:
        problems.append(problem(source.value_marks["says"], f"says: {why}"))
        return None
    else:
        value = says
    located = texts[seed_id].find(quote)
    quote_mark = source.value_marks["quote"]
    if located is None:
        near = texts[seed_id].closest(quote)
        hint = " ".join(near.text.split())
        if len(hint) > 80:
            hint = hint[:77] + "..."
        problems.append(problem(quote_mark, f"quote not found in {seed_id} "
                                            f"(closest passage {near.score:.0f}% at line {near.line}: \"{hint}\")"))
        return None
    return SourceQuote(seed=seed_id, quote=quote, stance=stance, value=value, mark=mark,
                       line=located.line, start=located.start, end=located.end)
