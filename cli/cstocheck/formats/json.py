"""JSON: the stable contract for scripts (see the README), one renderer per command."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cstocheck.formats.common import Format, dump_json, part_position

if TYPE_CHECKING:  # the renderers need these only as types; importing them costs start-up time
    from cstocheck.conflicts import Conflict, Slip
    from cstocheck.coverage import Coverage
    from cstocheck.evaluation import Report
    from cstocheck.find import Hit
    from cstocheck.finding import Corroboration, Evidence, Finding, Part
    from cstocheck.model import Base, Problem
    from cstocheck.review import Checked, CheckReport
    from cstocheck.show import ClaimView
    from cstocheck.sources import SourceRow


def evidence_json(e: Evidence) -> dict[str, Any]:
    return {"source": e.source, "quote": e.quote, "line": e.line, "stance": e.stance.value}


def corroboration_json(c: Corroboration | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"backing": list(c.backing), "speaking": list(c.speaking), "of": c.of, "single_source": c.single_source}


def part_json(p: Part) -> dict[str, Any]:
    return {
        "text": p.text,
        "verdict": p.verdict.value,
        "claim_id": p.claim.id if p.claim else None,
        "in_passing": p.in_passing,
        "asserted": p.asserted,
        "explanation": p.explanation,
        "corroboration": corroboration_json(p.corroboration),
        "evidence": [evidence_json(e) for e in p.evidence],
    }


def finding_json(f: Finding) -> dict[str, Any]:
    return {
        "claim": f.text,
        "verdict": f.verdict.value,
        "partial": f.partial,
        "claim_id": f.claim.id if f.claim else None,
        "explanation": f.explanation,
        "corroboration": corroboration_json(f.corroboration),
        "evidence": [evidence_json(e) for e in f.evidence],
        "matches": [{"id": m.claim.id, "statement": m.claim.statement, "score": m.score} for m in f.matches],
        "parts": [part_json(p) for p in f.parts],
    }


def conflicts_json(conflicts: Sequence[Conflict]) -> list[dict[str, Any]]:
    from cstocheck.conflicts import position
    from cstocheck.schema import SAYS_WORDS

    out = []
    for c in conflicts:
        evidence = []
        for side in c.sides:
            for s in side.sources:
                item: dict[str, Any] = {"source": s.seed, "quote": s.quote, "line": s.line}
                says = position(c.claim, s)
                if says in SAYS_WORDS:
                    item["stance"] = says
                else:
                    item["value"] = says
                item["side"] = side.says
                evidence.append(item)
        out.append({"id": c.claim.id, "statement": c.claim.statement, "evidence": evidence})
    return out


def slip_json(s: Slip) -> dict[str, Any]:
    return {"id": s.claim.id, "statement": s.claim.statement, "source": s.source.seed, "quote": s.source.quote,
            "line": s.source.line, "says": s.says, "means": s.means}


def problem_json(p: Problem) -> dict[str, Any]:
    return {"path": p.path, "line": p.line, "col": p.col, "level": p.level.value, "message": p.message}


def report_json(r: Report) -> dict[str, Any]:
    return {
        "cases": r.path,
        "n": len(r.outcomes),
        "strict": round(r.strict_accuracy, 4),
        "verdict_accuracy": round(r.verdict_accuracy, 4),
        "evidence_accuracy": round(r.evidence_accuracy, 4),
        "confusion": r.confusion,
        "misses": [{"claim": o.case.claim, "line": o.case.line, "expected": o.case.verdict, "got": o.verdict,
                    "evidence_hit": o.evidence_hit, "sources": list(o.sources), "explanation": o.explanation}
                   for o in r.misses],
    }


def checked_json(c: Checked) -> dict[str, Any]:
    s = c.sentence
    return {
        "file": c.path,
        "line": s.line,
        "col": s.col,
        "end_line": s.end_line,
        "end_col": s.end_col,
        "sentence": s.text,
        "verdict": c.verdict.value,
        "claim_id": c.claim_id,
        "partial": c.finding.partial,
        "explanation": c.finding.explanation,
        "evidence": [evidence_json(e) for e in c.finding.evidence],
        "parts": [checked_part_json(c, p) for p in c.finding.parts],
        "suppressed": c.suppressed,
        "fails": c.fails,
    }


def checked_part_json(c: Checked, p: Part) -> dict[str, Any]:
    """A checked fact of a draft's sentence, with where it stands: its offsets in the sentence
    and, for a sentence on one line, its line and columns in the file."""
    span = c.finding.span_of(p)
    where = part_position(c, span)
    return {**part_json(p), "span": list(span) if span else None,
            "line": where[0] if where else None, "col": where[1] if where else None,
            "end_col": where[2] if where else None}


def claim_view_json(v: ClaimView) -> dict[str, Any]:
    c = v.claim
    mark = f"{c.mark.path}:{c.mark.line}:{c.mark.col}" if c.mark else None
    return {
        "id": c.id, "topic": c.topic, "statement": c.statement, "kind": c.kind.value, "value": c.value,
        "defined_at": mark,
        "sources": [{"seed": s.seed, "stance": s.stance, "says": s.says, "quote": s.quote, "line": s.line,
                     "col": s.col, "sentence": s.sentence} for s in v.sources],
        "wordings": {lang: list(items) for lang, items in c.paraphrases.items()},
        "conflict": None if v.conflict is None else [
            {"says": side.says, "sources": [s.seed for s in side.sources]} for side in v.conflict.sides],
    }


def hits_json(hits: Sequence[Hit]) -> list[dict[str, Any]]:
    return [{"id": h.claim.id, "statement": h.claim.statement, "score": h.score, "shared": list(h.shared)}
            for h in hits]


def sources_json(rows: Sequence[SourceRow]) -> list[dict[str, Any]]:
    return [{"id": r.id, "title": r.title, "outlet": r.outlet, "date": r.date, "language": r.language,
             "url": r.url, "claims": r.claims, "disagreements": r.disagreements} for r in rows]


def coverage_json(c: Coverage) -> dict[str, Any]:
    return {
        "factual": c.factual, "covered": c.covered, "ignored": c.ignored, "share": round(c.share, 4),
        "uncovered": [{"seed": u.seed, "file": u.path, "line": u.line, "col": u.col, "sentence": u.text,
                       "states": list(u.states)} for u in c.uncovered],
    }


def base_json(base: Base) -> list[dict[str, Any]]:
    from cstocheck.claimreview import claim_verdict
    from cstocheck.conflicts import position

    return [{"id": c.id, "topic": c.topic, "statement": c.statement, "kind": c.kind.value, "value": c.value,
             "verdict": claim_verdict(c)[0],
             "sources": [{"seed": s.seed, "says": position(c, s), "quote": s.quote, "line": s.line}
                         for s in c.sources]} for c in base.claims]


def _check(report: CheckReport) -> str:
    return dump_json([checked_json(c) for c in report.findings])


JSON = Format(
    name="json",
    help="machine-readable JSON (a stable contract, see the README)",
    renderers={
        "claim": lambda f: dump_json(finding_json(f)),
        "conflicts": lambda cs: dump_json(conflicts_json(cs)),
        "slips": lambda ss: dump_json([slip_json(s) for s in ss]),
        "validate": lambda ps: dump_json([problem_json(p) for p in ps]),
        "evaluation": lambda r: dump_json(report_json(r)),
        "check": _check,
        "show": lambda v: dump_json(claim_view_json(v)),
        "find": lambda hits: dump_json(hits_json(hits)),
        "sources": lambda rows: dump_json(sources_json(rows)),
        "coverage": lambda c: dump_json(coverage_json(c)),
        "export": lambda base: dump_json(base_json(base)),
    },
)
