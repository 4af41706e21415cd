"""A self-contained HTML page, for `check` (the draft with each sentence marked by its verdict,
the evidence beside it) and `conflicts` (each disagreement, its sides side by side).

No script, no external asset: the page reads the same without JavaScript, offline, and in a
mail attachment. Evidence opens and closes with <details>. Everything that comes from a draft
or the base is escaped.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from cstocheck import __version__
from cstocheck.formats.common import Format, Indexed, safe, status

if TYPE_CHECKING:
    from cstocheck.conflicts import Conflict
    from cstocheck.model import Claim, SourceQuote
    from cstocheck.retrieve import Index
    from cstocheck.review import Checked, CheckReport

Spans = Iterable[tuple[int, int]]

# Colours: each text and background pair has a contrast of at least 7:1 (WCAG AAA), and a
# verdict is always said in words too, never by colour alone.
STYLE = """
:root { --ink: #1b1b1b; --paper: #ffffff; --muted: #4a4a4a; --line: #c9c9c9;
  --ok-ink: #0b4f1c; --ok-bg: #e3f3e7; --bad-ink: #7d0f0f; --bad-bg: #fbe4e4;
  --mixed-ink: #5c3b00; --mixed-bg: #fff1cc; --none-ink: #1f3f73; --none-bg: #e5edf9;
  --mark-bg: #ffe58a; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0 auto; max-width: 76rem; padding: 1rem; color: var(--ink); background: var(--paper);
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 0 0 .5rem; }
code { font: .95em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.summary { margin: 0 0 .5rem; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: 0 0 .5rem; }
.counts li { padding: .2rem .6rem; border-radius: .3rem; font-weight: 600; }
.status { font-weight: 700; }
.v-supported { color: var(--ok-ink); background: var(--ok-bg); }
.v-contradicted { color: var(--bad-ink); background: var(--bad-bg); }
.v-disputed { color: var(--mixed-ink); background: var(--mixed-bg); }
.v-unverified { color: var(--none-ink); background: var(--none-bg); }
.failed { color: var(--bad-ink); }
.passed { color: var(--ok-ink); }
.para { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem;
  padding: .75rem 0; border-bottom: 1px solid var(--line); }
.para p { margin: 0; }
a.sentence { color: inherit; text-decoration: none; border-bottom: 2px solid currentColor;
  padding: 0 .15rem; border-radius: .2rem; }
a.sentence:focus, summary:focus { outline: 3px solid var(--ink); outline-offset: 2px; }
.tag { font-size: .8rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; margin-left: .3rem; }
details.card { border: 1px solid var(--line); border-left-width: .4rem; border-radius: .3rem; padding: .5rem .75rem;
  margin: 0 0 .75rem; background: var(--paper); color: var(--ink); }
details.card.v-supported { border-left-color: var(--ok-ink); }
details.card.v-contradicted { border-left-color: var(--bad-ink); }
details.card.v-disputed { border-left-color: var(--mixed-ink); }
summary { cursor: pointer; font-weight: 600; }
summary .tag { margin: 0 .4rem 0 0; padding: .05rem .4rem; border-radius: .2rem; }
.explanation, .claim { color: var(--muted); margin: .4rem 0; }
blockquote { margin: .5rem 0 .25rem; padding: .4rem .6rem; border-left: 3px solid var(--line); background: #f6f6f6;
  color: var(--ink); }
blockquote mark, .decide { background: var(--mark-bg); color: var(--ink); font-weight: 600; padding: 0 .1rem; }
.cite { font-size: .9rem; color: var(--muted); margin: 0 0 .5rem; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; }
.side { border: 1px solid var(--line); border-radius: .3rem; padding: .75rem; }
footer { margin-top: 2rem; color: var(--muted); font-size: .9rem; }
@media (max-width: 50rem) { .para { grid-template-columns: minmax(0, 1fr); gap: .5rem; } body { padding: .75rem; } }
"""


def esc(text: str) -> str:
    """Text from a draft or the base, fit for HTML: markup escaped, control characters shown."""
    from html import escape  # imported on use: html imports its entity tables, start-up time for every command

    return escape(safe(text))


def highlighted(text: str, spans: Spans) -> str:
    """The text escaped, its spans marked."""
    out, at = [], 0
    for start, end in sorted(spans):
        if start < at or end <= start:
            continue  # overlapping spans: the first wins
        out += [esc(text[at:start]), "<mark>", esc(text[start:end]), "</mark>"]
        at = end
    out.append(esc(text[at:]))
    return "".join(out)


def page(title: str, body: str) -> str:
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\n"
            f'<footer><p>Made by cstocheck {esc(__version__)}. Every passage is quoted verbatim from '
            "its source article.</p></footer>\n</body>\n</html>\n")


# --- check: the draft, marked -----------------------------------------------------------------


def _anchor(c: Checked) -> str:
    return f"{c.sentence.line}-{c.sentence.col}"


def _paragraphs(checked: Sequence[Checked]) -> list[list[Checked]]:
    """Sentences in reading order, a new paragraph where a line is skipped between two."""
    out: list[list[Checked]] = []
    for c in checked:
        if out and c.sentence.line <= out[-1][-1].sentence.end_line + 1:
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _sentence(c: Checked, file_id: str) -> str:
    text = esc(c.sentence.text)
    if c.verdict.value == "unverified":
        return f'<span id="{file_id}-s-{_anchor(c)}">{text}</span>'
    verdict = c.verdict.value
    return (f'<a class="sentence v-{verdict}" id="{file_id}-s-{_anchor(c)}" href="#{file_id}-e-{_anchor(c)}" '
            f'aria-describedby="{file_id}-e-{_anchor(c)}">{text}<span class="tag">{verdict}</span></a>')


def _passages(evidence: Iterable[Any]) -> str:
    items = []
    for e in evidence:
        agrees = e.stance.value == "supports"
        items.append(f"<blockquote>{highlighted(e.quote, e.highlights)}</blockquote>\n"
                     f'<p class="cite">{esc(e.source)} line {e.line} · '
                     f"{'agrees' if agrees else 'disagrees'} ({esc(e.says)})</p>")
    return "\n".join(items)


def _card(c: Checked, file_id: str) -> str:
    f, s, verdict = c.finding, c.sentence, c.verdict.value
    claim = (f'<p class="claim">claim <code>{esc(f.claim.id)}</code>: {esc(f.claim.statement)}</p>'
             if f.claim is not None else "")
    quiet = f'<p class="claim">accepted ({esc(c.suppressed)}): it does not fail the run</p>' if c.suppressed else ""
    return (f'<details class="card v-{verdict}" id="{file_id}-e-{_anchor(c)}" open>\n'
            f'<summary><span class="tag v-{verdict}">{verdict}</span>line {s.line}, column {s.col}</summary>\n'
            f'<p class="explanation">{esc(f.explanation)}</p>\n{claim}{quiet}\n{_passages(f.evidence)}\n</details>')


def _file(path: str, number: int, checked: Sequence[Checked]) -> str:
    file_id = f"f{number}"
    rows = []
    for para in _paragraphs(checked):
        text = " ".join(_sentence(c, file_id) for c in para)
        cards = "\n".join(_card(c, file_id) for c in para if c.verdict.value != "unverified")
        rows.append(f'<div class="para">\n<div class="text"><p>{text}</p></div>\n'
                    f'<div class="evidence">{cards}</div>\n</div>')
    return (f'<section aria-labelledby="{file_id}">\n<h2 id="{file_id}">{esc(path)}</h2>\n'
            + "\n".join(rows) + "\n</section>")


def _summary(report: CheckReport) -> str:
    counts = report.counts()
    said = {v: "not in the base" if v.value == "unverified" else v.value for v in counts}
    items = "".join(f'<li class="v-{v.value}">{counts[v]} {said[v]}</li>'
                    for v in sorted(counts, key=lambda v: v.severity, reverse=True))
    return (f'<header>\n<h1>Fact-check report</h1>\n<p class="summary">{esc(report.summary())}</p>\n'
            f'<ul class="counts" aria-label="verdicts">{items}</ul>\n'
            f'<p class="status {"failed" if report.failed else "passed"}">{esc(status(report))}</p>\n</header>')


def _check(data: Indexed) -> str:
    report: CheckReport = data.result
    files = [_file(path, i, [c for c in report.checked if c.path == path])
             for i, path in enumerate(report.files, start=1)]
    body = _summary(report) + '\n<main>\n' + "\n".join(files) + "\n</main>"
    return page(f"cstocheck: {report.summary()}", body)


# --- conflicts: the sides, side by side -------------------------------------------------------


def deciding(claim: Claim, source: SourceQuote, index: Index | None) -> tuple[tuple[int, int], ...]:
    """The words of a passage that decide its side: the figure or date it gives, the name it gives
    as the value; failing those, what the engine shows as deciding (negations, terms, names)."""
    from cstocheck.conflicts import position
    from cstocheck.model import ValueKind
    from cstocheck.values import read_quantities, read_whens

    says, quote = position(claim, source), source.quote
    spans: list[tuple[int, int]] = []
    if claim.kind is ValueKind.COUNT:
        spans = [(q.start, q.end) for q in read_quantities(quote)]
    elif claim.kind in (ValueKind.YEAR, ValueKind.DATE, ValueKind.MEMBERSHIP):
        spans = [(w.start, w.end) for w in read_whens(quote)]
    if spans or index is None:
        return tuple(spans)
    from cstocheck.explain import deciding_words
    from cstocheck.read import read

    if says in index.aliases.kinds:  # a person or place: where the passage names it
        spans = [(m.start, m.end) for m in read(quote, index.aliases).mentions if says in m.ids]
    return tuple(spans) or deciding_words(quote, claim.kind, read(claim.statement, index.aliases), index)


def _side(claim: Claim, says: str, sources: Sequence[SourceQuote], index: Index | None) -> str:
    quotes = "\n".join(f"<blockquote>{highlighted(s.quote, deciding(claim, s, index))}</blockquote>\n"
                       f'<p class="cite">{esc(s.seed)} line {s.line}</p>' for s in sources)
    return f'<div class="side">\n<h3>says {esc(says)}</h3>\n{quotes}\n</div>'


def _conflicts(data: Indexed) -> str:
    conflicts: Sequence[Conflict] = data.result
    sections = []
    for i, c in enumerate(conflicts, start=1):
        sides = "\n".join(_side(c.claim, side.says, side.sources, data.index) for side in c.sides)
        sections.append(f'<section aria-labelledby="c{i}">\n<h2 id="c{i}">{esc(c.claim.statement)}</h2>\n'
                        f'<p class="claim">claim <code>{esc(c.claim.id)}</code>: '
                        f'{len(c.sides)} sides</p>\n<div class="sides">\n{sides}\n</div>\n</section>')
    lead = (f"{len(conflicts)} claim(s) on which the sources disagree" if conflicts else
            "no conflicts: the sources agree wherever they speak to the same claim")
    body = (f'<header>\n<h1>Where the sources disagree</h1>\n<p class="summary">{esc(lead)}</p>\n</header>\n'
            f"<main>\n{''.join(sections)}\n</main>")
    return page(f"cstocheck: {lead}", body)


HTML = Format(
    name="html",
    help="one self-contained HTML page (no script, no external asset), for reading in a browser",
    renderers={"check": _check, "conflicts": _conflicts},
    indexed=True,
)
