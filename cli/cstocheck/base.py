"""Loading a claims base (seeds, alias tables, claims) and checking it like a linter."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cstocheck.collector import without_gc
from cstocheck.model import (
    Base,
    Claim,
    Entity,
    EntityKind,
    Level,
    Mark,
    Modality,
    Problem,
    Seed,
    SourceQuote,
    Stance,
    ValueKind,
)
from cstocheck.quotes import SeedText
from cstocheck.schema import ALIAS_FILES, CLAIMS_FILE, ENTITIES_FILE, SAYS_WORDS, SEEDS_FILE, SEEDS_META_FILE
from cstocheck.yamlfile import MarkedDict, Problems, load, read_text_file


def display_path(path: Path) -> str:
    """Paths are shown relative to the working directory when they are below it."""
    try:
        return os.path.relpath(path) if path.resolve().is_relative_to(Path.cwd().resolve()) else str(path)
    except (OSError, ValueError, RuntimeError):  # RuntimeError: a link loop, in Python 3.11
        return str(path)


def load_base(root: Path) -> Base:
    with without_gc():
        return _load_base(root)


def load_clean_base(root: Path) -> Base:
    """A base that loads without errors; the first error stops it."""
    from cstocheck.errors import BaseLoadError

    base = load_base(root)
    errors = [p for p in base.problems if p.level is Level.ERROR]
    if errors:
        more = f" (and {len(errors) - 1} more: run `cstocheck validate`)" if len(errors) > 1 else ""
        first = errors[0]  # the CLI says "error:" once, before the whole line
        raise BaseLoadError(f"{first.message}{more}", where=f"{first.path}:{first.line}:{first.col}")
    return base


def _load_base(root: Path) -> Base:
    problems = Problems()
    seeds, seed_texts = load_seeds(root, problems)
    entities = load_entities(root, problems)
    claims = _load_claims(root, seeds, seed_texts, entities, problems)
    found = sorted(problems.values(), key=lambda p: (p.path, p.line, p.col))
    return Base(root=root, seeds=seeds, claims=tuple(claims), entities=tuple(entities), problems=tuple(found))


def _listing(folder: Path, suffix: str, problems: Problems) -> list[Path] | None:
    """The folder's files with the suffix, sorted; a folder that cannot be read is a problem
    (glob would pass over it in silence, and the base would look empty)."""
    try:
        with os.scandir(folder) as found:
            names = sorted(e.name for e in found if e.name.endswith(suffix))
    except OSError as err:
        problems.add(Mark(display_path(folder), 1, 1), f"cannot read folder: {err.strerror or err}")
        return None
    return [folder / name for name in names]


# --- seeds -----------------------------------------------------------------------------------


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # RuntimeError: a link loop, in Python 3.11
        return False


def _described_seeds(folder: Path, problems: Problems) -> dict[str, MarkedDict]:
    """The seeds listed in seeds.yaml, then any other seed file (with a warning)."""
    meta_path = folder / SEEDS_META_FILE
    described: dict[str, MarkedDict] = {}
    if meta_path.is_file():
        data = load(meta_path, display_path(meta_path), SEEDS_FILE, problems)
        for entry in (data or {}).get("seeds", []):
            if not entry.valid:
                continue
            if entry["id"] in described:
                problems.add(entry.mark, f"duplicate seed id {entry['id']!r}")
                continue
            described[entry["id"]] = entry
    else:
        problems.add(Mark(display_path(folder), 1, 1), f"no {SEEDS_META_FILE}: seed languages are guessed",
                     Level.WARNING)
    on_disk = {p.name: p for p in _listing(folder, ".txt", problems) or ()}
    listed_files = {entry["file"] for entry in described.values()}
    for name in sorted(set(on_disk) - listed_files):
        if meta_path.is_file():
            problems.add(Mark(display_path(on_disk[name]), 1, 1),
                         f"seed file is not described in {SEEDS_META_FILE}", Level.WARNING)
        described.setdefault(name.removesuffix(".txt"), MarkedDict(id=name.removesuffix(".txt"), file=name))
    return described


def load_seeds(root: Path, problems: Problems) -> tuple[dict[str, Seed], dict[str, SeedText]]:
    from cstocheck.values import guess_language

    folder = root / "seeds"
    seeds: dict[str, Seed] = {}
    texts: dict[str, SeedText] = {}
    for seed_id, entry in _described_seeds(folder, problems).items():
        text = _seed_text(folder, seed_id, entry, problems)
        if text is None:
            continue
        seeds[seed_id] = Seed(
            id=seed_id, path=folder / entry["file"], text=text,
            language=entry.get("language") or guess_language(text),
            date=entry.get("date"), title=entry.get("title"), author=entry.get("author"),
            publication=entry.get("publication"), url=entry.get("url"),
        )
        texts[seed_id] = SeedText(text)
    return seeds, texts


def _seed_text(folder: Path, seed_id: str, entry: MarkedDict, problems: Problems) -> str | None:
    """A seed file's text, or None with the problem that stops it."""
    path = folder / entry["file"]
    where = getattr(entry, "mark", None) or Mark(display_path(path), 1, 1)
    if path.is_symlink() and not _inside(path, folder):
        problems.add(where, f"seed {seed_id!r}: {entry['file']} is a link leading outside the base, or nowhere")
        return None
    if not os.path.exists(path):  # anything else that is there, read_text_file says what is wrong with
        problems.add(where, f"seed {seed_id!r}: file {entry['file']} not found in seeds/")
        return None
    return read_text_file(path, display_path(path), problems, "seed")


# --- alias tables ----------------------------------------------------------------------------


def load_entities(root: Path, problems: Problems) -> list[Entity]:
    entities: list[Entity] = []
    first_seen: dict[str, Mark] = {}
    for name in ALIAS_FILES:
        path = root / "claims" / name
        if not os.path.exists(path):  # anything else that is there, read_text_file says what is wrong with
            continue
        data = load(path, display_path(path), ENTITIES_FILE, problems)
        for entry in (data or {}).get("entities", []):
            if not entry.valid:
                continue
            if entry["id"] in first_seen:
                first = first_seen[entry["id"]]
                problems.add(entry.mark, f"duplicate entity id {entry['id']!r} (first at {first.path}:{first.line})")
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
            problems.add(entity.mark, f"entity {entity.id!r}: country {entity.country!r} "
                                      "is not a country in the alias table")
    return entities


def _check_names(entry: MarkedDict, problems: Problems) -> None:
    """A name with no letter or digit ("*", "**", ".*") would match almost any sentence."""
    for name, mark in zip(entry["names"], entry["names"].item_marks):
        if not any(ch.isalnum() for ch in name):
            problems.add(mark, f"entity {entry['id']!r}: name {name!r} has no letter or digit: "
                               "it would match almost any word")


# --- claims ----------------------------------------------------------------------------------


def _load_claims(root: Path, seeds: dict[str, Seed], texts: Mapping[str, SeedText], entities: list[Entity],
                 problems: Problems) -> list[Claim]:
    claims: list[Claim] = []
    first_seen: dict[str, Mark] = {}
    context = _Context(seeds, texts, {e.id: e.kind for e in entities}, problems)
    for path in claims_files(root, problems):
        claims += _load_claims_file(path, context, first_seen)
    return claims


def claims_files(root: Path, problems: Problems) -> list[Path]:
    """The claims files of a base, sorted by name (the alias tables are not claims files)."""
    listed = _listing(root / "claims", ".yaml", problems)
    files = [p for p in listed or () if p.name not in ALIAS_FILES]
    if listed is not None and not files:
        problems.add(Mark(display_path(root / "claims"), 1, 1), "no claims files (*.yaml)")
    return files


def _load_claims_file(path: Path, context: _Context, first_seen: dict[str, Mark]) -> list[Claim]:
    data = load(path, display_path(path), CLAIMS_FILE, context.problems)
    if not data:
        return []
    claims: list[Claim] = []
    topic = data.get("topic") or path.stem
    for entry in data.get("claims", []):
        if _duplicate(entry, first_seen, context.problems) or not entry.valid:
            continue
        claim = _claim(entry, topic, context)
        if claim is not None:
            claims.append(claim)
    return claims


def load_claims_file(path: Path, seeds: dict[str, Seed], texts: Mapping[str, SeedText],
                     entities: list[Entity]) -> tuple[list[Claim], tuple[Problem, ...], tuple[str, ...]]:
    """One claims file's claims and problems, and every id it uses: what loading the whole base
    gives of that file when no other file uses one of those ids."""
    problems = Problems()
    first_seen: dict[str, Mark] = {}
    claims = _load_claims_file(path, _Context(seeds, texts, {e.id: e.kind for e in entities}, problems), first_seen)
    return claims, problems.values(), tuple(first_seen)


def _duplicate(entry: MarkedDict, first_seen: dict[str, Mark], problems: Problems) -> bool:
    claim_id = entry.get("id")
    if claim_id is None:
        return False
    if claim_id in first_seen:
        first = first_seen[claim_id]
        problems.add(entry.value_marks["id"], f"duplicate id {claim_id!r} (first at {first.path}:{first.line})")
        return True
    first_seen[claim_id] = entry.value_marks["id"]
    return False


@dataclass(frozen=True)
class _Context:
    """What checking one claim needs of the rest of the base."""

    seeds: dict[str, Seed]
    texts: Mapping[str, SeedText]
    entity_kinds: dict[str, EntityKind]
    problems: Problems


def check_value(kind: ValueKind, value: str, entity_kinds: dict[str, EntityKind], problems: Problems,
                mark: Mark, key: str) -> bool:
    """Whether `value` is a value of `kind`; where it is not, a problem at `mark` says why."""
    why = _why_not(kind, value, entity_kinds)
    if why is not None:
        problems.add(mark, f"{key}: {why}")
    return why is None


def _why_not(kind: ValueKind, value: str, entity_kinds: dict[str, EntityKind]) -> str | None:
    from cstocheck.history import parse_history

    try:
        if kind is ValueKind.COUNT:
            return _check_count(value)
        if kind in (ValueKind.YEAR, ValueKind.DATE):
            return _check_when(kind, value)
        elif kind is ValueKind.MEMBERSHIP:
            parse_history(value)
        elif kind is ValueKind.EVENT:
            return "an event claim has no value: use says: supports or contradicts"
        else:
            return _check_entity(kind, value, entity_kinds)
    except ValueError as err:
        return str(err)
    return None


MAX_COUNT = 10**12  # more than any count of people, troops or states a source gives


def _check_count(value: str) -> str | None:
    import math

    from cstocheck.values import parse_count

    count = parse_count(value)
    if value[:count.start].rstrip()[-1:] in ("-", "\u2212"):
        return f"{value!r} is negative: a count is a number of things"
    if not math.isfinite(count.number) or count.number > MAX_COUNT:
        return f"{_shorten(value)} is too large to be a count (at most {MAX_COUNT:,})"
    return None


def _shorten(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else f"{value[:limit]}... ({len(value):,} characters)")


def _check_when(kind: ValueKind, value: str) -> str | None:
    from cstocheck.values import parse_when

    when = parse_when(value)
    if kind is ValueKind.YEAR and (when.year is None or when.month is not None):
        return f"{value!r} is not a year"
    return None


def _check_entity(kind: ValueKind, value: str, entity_kinds: dict[str, EntityKind]) -> str | None:
    if kind is ValueKind.PLACE and entity_kinds.get(value) not in (EntityKind.COUNTRY, EntityKind.CITY):
        return f"{value!r} is not a country or city in the alias table"
    if kind is ValueKind.PERSON and entity_kinds.get(value) is not EntityKind.PERSON:
        return f"{value!r} is not a person in the alias table"
    return None


def _check_claim_value(entry: MarkedDict, kind: ValueKind, context: _Context) -> bool:
    value = entry.get("value")
    if kind is ValueKind.EVENT and value is not None:
        context.problems.add(entry.value_marks["value"], "an event claim has no value")
        return False
    if kind is ValueKind.EVENT:
        return True
    if value is None:
        context.problems.add(entry.mark, f"missing required key 'value' (kind {kind.value} has one)")
        return False
    return check_value(kind, value, context.entity_kinds, context.problems, entry.value_marks["value"], "value")


def _check_interval(entry: MarkedDict, problems: Problems) -> bool:
    """`from` and `until` are dates, the one not after the other."""
    from cstocheck.values import parse_when

    ok = True
    for key in ("from", "until"):
        if key in entry and not _parses(entry[key]):
            problems.add(entry.value_marks[key], f"{key}: {entry[key]!r} is not a date like 2022-01-05, 2022-01 "
                                                 "or 2019")
            ok = False
    if ok and "from" in entry and "until" in entry:
        first, last = parse_when(entry["from"]).span(), parse_when(entry["until"]).span()
        if first[0] and last[1] and first[0] > last[1]:
            problems.add(entry.value_marks["until"], "until: before from")
            ok = False
    return ok


def _parses(value: str) -> bool:
    from cstocheck.values import parse_when

    try:
        parse_when(value)
    except ValueError:
        return False
    return True


def _claim(entry: MarkedDict, topic: str, context: _Context) -> Claim | None:
    kind = ValueKind(entry["kind"])
    ok = _check_claim_value(entry, kind, context) & _check_interval(entry, context.problems)
    sources: list[SourceQuote] = []
    for source, mark in zip(entry["sources"], entry["sources"].item_marks):
        quote = _source(source, mark, kind, context)
        if quote is None:
            ok = False
        else:
            sources.append(quote)
    if not ok:
        return None
    paraphrases: dict[str, Any] = entry.get("paraphrases") or {}
    if kind is ValueKind.MEMBERSHIP:
        _warn_negative_wordings(entry, paraphrases, context.problems)
    modality = entry.get("modality")
    marks = [entry.value_marks["statement"]]
    for items in paraphrases.values():
        marks += getattr(items, "item_marks", [])
    return Claim(id=entry["id"], topic=topic, statement=entry["statement"], kind=kind, value=entry.get("value"),
                 paraphrases={lang: tuple(items) for lang, items in paraphrases.items()},
                 sources=tuple(sources), mark=entry.value_marks["id"],
                 modality=Modality(modality) if modality else None,
                 since=entry.get("from"), until=entry.get("until"), note=entry.get("note"),
                 wording_marks=tuple(marks))


def _warn_negative_wordings(entry: MarkedDict, paraphrases: dict[str, Any], problems: Problems) -> None:
    """A membership claim's history says when a country was in and when out; a negative wording
    ("… is not a member") would turn every sentence matched to it around."""
    from cstocheck.lexicon import NEGATORS
    from cstocheck.read import fold, tokenize

    wordings = [(entry["statement"], entry.value_marks["statement"])]
    for items in paraphrases.values():
        wordings += [(text, mark) for text, mark in zip(items, getattr(items, "item_marks", []))]
    for text, mark in wordings:
        if any(t.text in NEGATORS for t in tokenize(fold(text))):
            problems.add(mark, "a membership claim's wordings should be positive: its history "
                               "says when the country was out", Level.WARNING)


def _says(source: MarkedDict, key: str, kind: ValueKind, context: _Context) -> tuple[bool, str | None]:
    """Whether the source's `says` (or `slip`) is a stance or a value of the claim's kind, and the value."""
    says = source[key]
    if says in SAYS_WORDS:
        return True, None
    if not check_value(kind, says, context.entity_kinds, context.problems, source.value_marks[key], key):
        return False, None
    return True, says


def _source(source: MarkedDict, mark: Mark, kind: ValueKind, context: _Context) -> SourceQuote | None:
    if not source.valid:
        return None
    seed_id, quote, says = source["seed"], source["quote"], source["says"]
    if seed_id not in context.seeds:
        context.problems.add(source.value_marks["seed"], f"unknown seed {seed_id!r}")
        return None
    ok, value = _says(source, "says", kind, context)
    if "slip" in source:
        ok = _says(source, "slip", kind, context)[0] and ok
    located = context.texts[seed_id].find(quote)
    if located is None:
        _quote_not_found(source, seed_id, context)
        return None
    if "line" in source and int(source["line"]) != located.line:
        context.problems.add(source.value_marks["line"], f"line: the quote starts on line {located.line} "
                                                         f"of {seed_id}, not {source['line']}")
        ok = False
    if not ok:
        return None
    modality = source.get("modality")
    return SourceQuote(seed=seed_id, quote=quote, stance=Stance(says) if says in SAYS_WORDS else None, value=value,
                       mark=mark, line=located.line, start=located.start, end=located.end,
                       slip=source.get("slip"), modality=Modality(modality) if modality else None,
                       stated_line=int(source["line"]) if "line" in source else None)


def _quote_not_found(source: MarkedDict, seed_id: str, context: _Context) -> None:
    near = context.texts[seed_id].closest(source["quote"])
    hint = " ".join(near.text.split())
    if len(hint) > 80:
        hint = hint[:77] + "..."
    context.problems.add(source.value_marks["quote"], f"quote not found in {seed_id} (closest passage "
                                                      f"{near.score:.0f}% at line {near.line}: \"{hint}\")")
