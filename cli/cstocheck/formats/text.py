"""Text for a person at a terminal: rich renderables, one renderer per command."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cstocheck.formats.common import VERDICT_STYLE, Format, part_position, partial_note, safe, status

if TYPE_CHECKING:  # the renderers need these only as types; importing them costs start-up time
    from cstocheck.conflicts import Conflict, Slip
    from cstocheck.coverage import Coverage
    from cstocheck.evaluation import Report
    from cstocheck.find import Hit
    from cstocheck.finding import Evidence, Finding, Part
    from cstocheck.model import Base, Problem
    from cstocheck.review import Checked, CheckReport
    from cstocheck.show import ClaimView, SourceView
    from cstocheck.sources import SourceRow


def _agrees(e: Evidence) -> bool:
    from cstocheck.model import Stance  # loaded with the base already; not by --help or --version

    return e.stance is Stance.SUPPORTS


def _passage(e: Evidence) -> Any:
    from rich.text import Text

    text = Text(safe(e.quote))
    for start, end in e.highlights:
        text.stylize("bold underline", start, end)
    return text


def _part_text(p: Part, numbered: str) -> list[Any]:
    from rich.table import Table
    from rich.text import Text

    out: list[Any] = []
    if numbered:
        out.append(Text.assemble((numbered, "bold"), (p.verdict.value.upper(), VERDICT_STYLE[p.verdict.value]),
                                 "  ", safe(p.text)))
    out.append(Text(safe(p.explanation), style="dim"))
    if p.claim is None or not p.sources:
        return out
    out.append(Text.assemble(("claim ", "dim"), (p.claim.id, "cyan"), ": ", safe(p.claim.statement)))
    table = Table(show_header=True, header_style="bold", expand=False, box=None, padding=(0, 1))
    table.add_column("source", no_wrap=True)
    table.add_column("line", justify="right")
    table.add_column("says")
    table.add_column("to you", no_wrap=True)
    table.add_column("passage", overflow="fold", ratio=1)
    for e in p.sources:
        agrees = _agrees(e)
        table.add_row(e.source, str(e.line), safe(e.says), Text("agrees" if agrees else "disagrees",
                      style="green" if agrees else "red"), _passage(e))
    out.append(table)
    return out


def _claim_text(f: Finding) -> list[Any]:
    from rich.text import Text

    head = Text()
    head.append(f.verdict.value.upper(), style=VERDICT_STYLE[f.verdict.value])
    head.append("  " + safe(f.text))
    out: list[Any] = [head]
    if f.partial:
        out.append(Text(partial_note(f), style="yellow"))
    if len(f.parts) == 1:
        out += _part_text(f.parts[0], "")
    else:
        for i, part in enumerate(f.parts, start=1):
            out += _part_text(part, f"part {i}: ")
    firsts = {p.claim.id for p in f.parts if p.claim}
    others = [m for m in f.matches if m.claim.id not in firsts][:3]
    if others:
        out.append(Text("also close: " + ", ".join(f"{m.claim.id} ({m.score:.2f})" for m in others), style="dim"))
    return out


def _conflicts_text(conflicts: Sequence[Conflict]) -> list[Any]:
    from rich.table import Table
    from rich.text import Text

    from cstocheck.conflicts import position

    if not conflicts:
        return [Text("no conflicts: the sources agree wherever they speak to the same claim")]
    out: list[Any] = [Text(f"{len(conflicts)} claim(s) on which the sources disagree", style="bold")]
    for c in conflicts:
        out.append(Text.assemble("\n", (c.claim.id, "cyan"), ": ", safe(c.claim.statement)))
        table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
        for side in c.sides:
            table.add_column(f"says {safe(side.says)}", overflow="fold", ratio=1)
        cells = []
        for side in c.sides:
            cells.append("\n\n".join(f"[{s.seed} line {s.line}] says {safe(position(c.claim, s))}: {safe(s.quote)}"
                                       for s in side.sources))
        table.add_row(*(Text(cell) for cell in cells))
        out.append(table)
    return out


def _problems_text(problems: Sequence[Problem]) -> str:
    lines = [safe(str(p)) for p in problems]
    errors = sum(1 for p in problems if p.level.value == "error")
    warnings = len(problems) - errors
    lines.append(f"{errors} error(s), {warnings} warning(s)" if problems else "the base is clean: no problems")
    return "\n".join(lines) + "\n"


def _report_text(r: Report) -> list[Any]:
    from rich.table import Table
    from rich.text import Text

    labels = list(r.confusion)
    out: list[Any] = []
    for o in r.misses:
        out.append(Text.assemble(("MISS ", "red"), f"{r.path}:{o.case.line}: [{o.case.verdict}] ",
                                 safe(o.case.claim)))
        evidence = "" if o.case.verdict == "unverified" else \
            f", evidence {'hit' if o.evidence_hit else 'missed'} {list(o.sources)}"
        out.append(Text(f"     got {o.verdict}{evidence}: {safe(o.explanation)}", style="dim"))
    table = Table(title="gold (rows) by verdict (columns)", box=None, padding=(0, 1))
    table.add_column("")
    for label in labels:
        table.add_column(label, justify="right")
    for gold in labels:
        table.add_row(gold, *(str(r.confusion[gold][got]) for got in labels))
    out.append(table)
    out.append(Text(f"strict {r.strict_accuracy:.3f}  verdict {r.verdict_accuracy:.3f}  "
                    f"evidence {r.evidence_accuracy:.3f}  n={len(r.outcomes)}", style="bold"))
    return out


def _check_text(report: CheckReport) -> list[Any]:
    from rich.padding import Padding
    from rich.text import Text

    out: list[Any] = []
    shown = [c for c in report.findings if c.suppressed is None]
    for path in report.files:
        mine = [c for c in shown if c.path == path]
        if not mine:
            continue
        out.append(Text(safe(path), style="bold underline"))
        for c in mine:
            s = c.sentence
            head = Text()
            head.append(f"{safe(path)}:{s.line}:{s.col}", style="bold")
            head.append(" ")
            head.append(c.verdict.value.upper(), style=VERDICT_STYLE[c.verdict.value])
            head.append(" " + safe(s.text))
            out.append(head)
            body = [Text(safe(c.finding.explanation), style="dim")]
            if c.finding.partial:
                body.append(Text(partial_note(c.finding), style="yellow"))
            body += _checked_parts(c)
            if c.finding.claim is not None:
                body.append(Text.assemble(("claim ", "dim"), (c.finding.claim.id, "cyan"), ": ",
                                          safe(c.finding.claim.statement)))
            for e in c.finding.evidence:
                agrees = _agrees(e)
                body.append(Text.assemble(
                    (f"{e.source} line {e.line}", "dim"), " ",
                    ("agrees" if agrees else "disagrees", "green" if agrees else "red"),
                    f" ({safe(e.says)}): “", _passage(e), "”"))
            out.extend(Padding(t, (0, 0, 0, 4), expand=False) for t in body)
        out.append(Text(""))
    out.append(Text(report.summary(), style="bold"))
    out.append(Text(status(report), style="bold red" if report.failed else "green"))
    return out


def _checked_parts(c: Checked) -> list[Any]:
    """Each fact of a sentence that asserts several, with where it stands, and the details the
    base does not speak to as such."""
    from rich.text import Text

    if len(c.finding.parts) < 2:
        return []
    out = []
    for part in c.finding.parts:
        where = part_position(c, c.finding.span_of(part))
        at = f"{where[0]}:{where[1]}-{where[2]}" if where else "in the sentence"
        label = "not in the base" if part.verdict.value == "unverified" and part.claim is None \
            else part.verdict.value + (" (in passing)" if part.in_passing else "")
        out.append(Text.assemble((f"{at} ", "dim"), (label, VERDICT_STYLE[part.verdict.value]), " ",
                                 safe(part.text)))
    return out


def _slips_text(slips: Sequence[Slip]) -> list[Any]:
    from rich.text import Text

    if not slips:
        return [Text("no slips: no passage is marked as an erratum")]
    out: list[Any] = [Text(f"{len(slips)} slip(s): passages that say one thing and clearly mean another, "
                           "never counted as a second value", style="bold")]
    for s in slips:
        out.append(Text.assemble("\n", (s.claim.id, "cyan"), ": ", safe(s.claim.statement)))
        out.append(Text(f" [{s.source.seed} line {s.source.line}] says {safe(s.says)}, means {safe(s.means)}: "
                        f"{safe(s.source.quote)}"))
    return out


# --- curating the base ------------------------------------------------------------------------


def _in_context(s: SourceView) -> Any:
    from rich.text import Text

    from cstocheck.quotes import normalize_quote

    text = Text(safe(s.sentence))
    if s.quote_start >= 0:
        text.stylize("bold underline", s.quote_start, s.quote_start + len(normalize_quote(s.quote)))
    return text


def _show_text(v: ClaimView) -> list[Any]:
    from rich.padding import Padding
    from rich.text import Text

    c = v.claim
    value = f", value {safe(c.value)}" if c.value is not None else ""
    where = f"  ({c.mark.path}:{c.mark.line})" if c.mark else ""
    out: list[Any] = [Text.assemble((c.id, "bold cyan"), f" ({c.kind.value}{value}): ", safe(c.statement),
                                    (where, "dim"))]
    out.append(Text(f"\nsources ({len(v.sources)})", style="bold"))
    for s in v.sources:
        agrees = s.stance == "supports"
        out.append(Text.assemble(f"{s.seed} line {s.line} col {s.col}: ",
                                 (s.stance, "green" if agrees else "red" if s.stance == "contradicts" else "yellow"),
                                 f", says {safe(s.says)}"))
        out.append(Padding(_in_context(s), (0, 0, 0, 4)))
    out.append(Text("\nwordings", style="bold"))
    out.extend(Text(f"  {lang}: {safe(w)}") for lang, items in c.paraphrases.items() for w in items)
    if v.conflict is None:
        out.append(Text("\nno conflict: its sources agree", style="dim"))
    else:
        out.append(Text("\nconflict: the sources disagree", style="bold yellow"))
        out.extend(Text(f"  says {safe(side.says)}: {', '.join(s.seed for s in side.sources)}")
                   for side in v.conflict.sides)
    return out


def _find_text(hits: Sequence[Hit]) -> list[Any]:
    from rich.table import Table
    from rich.text import Text

    if not hits:
        return [Text("no claim shares a word, name or value with the query")]
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=True)
    table.add_column("score", justify="right")
    table.add_column("claim", no_wrap=True, style="cyan")
    table.add_column("statement", overflow="fold", ratio=3)
    table.add_column("shares", style="dim", overflow="fold", min_width=16)
    for h in hits:
        table.add_row(f"{h.score:.2f}", h.claim.id, safe(h.claim.statement), safe(", ".join(h.shared)))
    return [table]


def _sources_text(rows: Sequence[SourceRow]) -> list[Any]:
    from rich.table import Table

    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1, 0, 0), expand=True)
    table.add_column("seed", no_wrap=True)
    table.add_column("title", ratio=2)
    table.add_column("outlet", ratio=1)
    table.add_column("date", ratio=1)
    for name in ("lang", "claims", "disagrees"):
        table.add_column(name, justify="left" if name == "lang" else "right", no_wrap=True)
    for r in rows:
        table.add_row(r.id, safe(r.title or "—"), safe(r.outlet or "—"), safe(r.date or "—"), r.language,
                      str(r.claims), str(r.disagreements))
    return [table]


def _coverage_text(c: Coverage) -> list[Any]:
    from rich.text import Text

    out: list[Any] = []
    for u in c.uncovered:
        out.append(Text.assemble((f"{safe(u.path)}:{u.line}:{u.col}", "bold"), f": {', '.join(u.states)}: ",
                                 safe(u.text)))
    wanted = c.factual - c.ignored
    out.append(Text(f"coverage {c.share:.1%}: {c.covered} of {wanted} sentences stating a fact are quoted by a "
                    f"claim ({len(c.uncovered)} uncovered, {c.ignored} ignored)", style="bold"))
    return out


def _export_text(base: Base) -> list[Any]:
    from rich.table import Table
    from rich.text import Text

    from cstocheck.claimreview import claim_verdict

    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1, 0, 0), expand=True)
    table.add_column("claim", no_wrap=True, style="cyan")
    table.add_column("verdict", no_wrap=True)
    table.add_column("statement", ratio=1)
    for c in base.claims:
        verdict, _ = claim_verdict(c)
        table.add_row(c.id, Text(verdict.upper(), style=VERDICT_STYLE[verdict]), safe(c.statement))
    return [table]


TEXT = Format(
    name="text",
    help="for people at a terminal (default)",
    renderers={
        "claim": _claim_text,
        "conflicts": _conflicts_text,
        "slips": _slips_text,
        "validate": _problems_text,
        "evaluation": _report_text,
        "check": _check_text,
        "show": _show_text,
        "find": _find_text,
        "sources": _sources_text,
        "coverage": _coverage_text,
        "export": _export_text,
    },
)
