"""The shape of the base's YAML files, declared once.

The loader checks files against these declarations (keeping each node's mark, so a problem
knows its line), and the same declarations can be rendered as JSON Schema for editors.
"""
from __future__ import annotations

from dataclasses import dataclass

from cstocheck.model import EntityKind, Modality, ValueKind

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
SEED_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
LANGUAGES = ("en", "nl")
SAYS_WORDS = ("supports", "contradicts")
MODALITIES = tuple(m.value for m in Modality)
LINE_PATTERN = r"^[1-9][0-9]*$"


@dataclass(frozen=True)
class Text:
    """A non-empty string (numbers are accepted where `numbers_ok`, e.g. a year)."""

    description: str = ""
    pattern: str | None = None
    enum: tuple[str, ...] | None = None
    numbers_ok: bool = False


@dataclass(frozen=True)
class ListOf:
    item: Node
    description: str = ""
    min_items: int = 0


@dataclass(frozen=True)
class Prop:
    name: str
    node: Node
    required: bool = False


@dataclass(frozen=True)
class Obj:
    props: tuple[Prop, ...]
    description: str = ""
    # Keys allowed beyond `props`, all of one shape (used for paraphrases by language).
    extra_keys: tuple[str, ...] = ()
    extra_node: Node | None = None

    def prop(self, name: str) -> Prop | None:
        return next((p for p in self.props if p.name == name), None)


Node = Text | ListOf | Obj

SOURCE = Obj(
    description="What one seed says on the claim.",
    props=(
        Prop("seed", Text("Seed id: the seed's file name without .txt (an id, never a path)."), True),
        Prop("quote", Text("A verbatim passage of the seed (white space and quote style may differ)."), True),
        Prop("says", Text("supports, contradicts, or the source's own value in the claim's kind.",
                          numbers_ok=True), True),
        Prop("line", Text("The seed line the quote starts on (1-based), for a reader to find it.",
                          pattern=LINE_PATTERN, numbers_ok=True)),
        Prop("slip", Text("Marks the passage as a slip, an erratum inside one article, and gives the reading "
                          "it clearly means: supports, contradicts, or a value in the claim's kind. A slip is "
                          "listed by `conflicts --slips` and never counts towards a verdict or a conflict.",
                          numbers_ok=True)),
        Prop("modality", Text("How this source puts the point, where not as fact (overrides the claim's).",
                              enum=MODALITIES)),
    ),
)

CLAIM = Obj(
    description="One atomic factual assertion and the sources that speak to it.",
    props=(
        Prop("id", Text("Stable id, unique across the base.", pattern=ID_PATTERN), True),
        Prop("statement", Text("The assertion, in English."), True),
        Prop("kind", Text("What kind of value the claim carries.", enum=tuple(k.value for k in ValueKind)), True),
        Prop("value", Text("The statement's value in its kind (none for kind event).", numbers_ok=True)),
        Prop("paraphrases", Obj(props=(), description="Equivalent wordings by language, used for matching.",
                                extra_keys=LANGUAGES, extra_node=ListOf(Text()))),
        Prop("sources", ListOf(SOURCE, min_items=1), True),
        Prop("modality", Text("How the sources put the point, where not as fact: reported (hearsay), hedged "
                              "(the writer's caution) or attributed (someone's account).", enum=MODALITIES)),
        Prop("from", Text("When the point began to hold (a date: 2019, 2022-01, 2022-01-05), for an office or "
                          "a state.", numbers_ok=True)),
        Prop("until", Text("When the point stopped holding (a date), for an office lost or a state that ended.",
                           numbers_ok=True)),
        Prop("note", Text("A curator's note: why the claim reads its sources as it does.")),
    ),
)

CLAIMS_FILE = Obj(
    description="A claims file: the claims of one topic.",
    props=(
        Prop("topic", Text("The file's topic."), True),
        Prop("claims", ListOf(CLAIM), True),
    ),
)

ENTITY = Obj(
    description="A named thing and every spelling of it; a name ending in * matches any word it begins.",
    props=(
        Prop("id", Text(pattern=ID_PATTERN), True),
        Prop("kind", Text(enum=tuple(k.value for k in EntityKind)), True),
        Prop("names", ListOf(Text(), min_items=1), True),
        Prop("country", Text("A city's country (an entity id).", pattern=ID_PATTERN)),
    ),
)

ENTITIES_FILE = Obj(
    description="The alias table: entities and terms, each with its names in every language.",
    props=(Prop("entities", ListOf(ENTITY), True),),
)

SEED_META = Obj(
    props=(
        Prop("id", Text(pattern=SEED_ID_PATTERN), True),
        Prop("file", Text("The seed's file name, inside seeds/.", pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*\.txt$"), True),
        Prop("language", Text(enum=LANGUAGES), True),
        Prop("date", Text("The date as the document states it.", numbers_ok=True)),
        Prop("title", Text()),
        Prop("author", Text()),
        Prop("publication", Text()),
        Prop("url", Text("Where the article was published.")),
    ),
)

SEEDS_FILE = Obj(props=(Prop("seeds", ListOf(SEED_META), True),))

LABELS = ("supported", "contradicted", "disputed", "unverified")

CASES_FILE = ListOf(Obj(
    description="A labelled sentence: what a perfect checker says of it, and a passage that decides it.",
    props=(
        Prop("claim", Text("The sentence, as a user would type it."), True),
        Prop("verdict", Text(enum=LABELS), True),
        Prop("evidence", ListOf(Obj(props=(
            Prop("source", Text("Seed id."), True),
            Prop("quote", Text("A verbatim passage of that seed."), True),
        )))),
        Prop("public_source", Text("Where a real sentence was published.")),
        Prop("note", Text("Why the label is what it is.")),
    ),
))

COVERAGE_IGNORE = Obj(
    description="Seed sentences a curator decided no claim needs to cover, each with the reason.",
    props=(Prop("ignore", ListOf(Obj(props=(
        Prop("seed", Text("Seed id."), True),
        Prop("quote", Text("A verbatim passage of the sentence (white space and quote style may differ)."), True),
        Prop("reason", Text("Why no claim covers it."), True),
    ))), True),),
)
COVERAGE_IGNORE_FILE = "coverage-ignore.yaml"  # in seeds/, beside seeds.yaml

# Files in claims/ with these names are alias tables, not claims.
ALIAS_FILES = ("entities.yaml", "terms.yaml")
SEEDS_META_FILE = "seeds.yaml"

