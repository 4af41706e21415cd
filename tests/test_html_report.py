"""The HTML report: self-contained, escaped, structured for assistive technology, and, in a real
headless browser, readable at 1280 and 390 pixels wide with no console error.

The browser tests use Debian's chromium (`.ci/run` installs it); they skip only when no
chromium can be found at all. Screenshots are kept in tests/artifacts/ (git-ignored).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, REPO
from cstocheck.cli import app
from cstocheck.formats.html import STYLE

runner = CliRunner()
ARTIFACTS = REPO / "tests" / "artifacts"
WIDTHS = (1280, 390)
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
HOSTILE_CLAIMS = FIXTURES / "curation" / "hostile" / "hostile-claims.yaml"
# (name, command): every page the report formats make, on named fixtures.
PAGES = {
    "check-demo": ["check", "tests/fixtures/drafts/demo"],
    "check-hostile": ["check", "tests/fixtures/drafts/report"],
    "conflicts": ["conflicts"],
}


@pytest.fixture(autouse=True)
def _at_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("CSTOCHECK_BASE", raising=False)
    monkeypatch.delenv("CSTOCHECK_CONFIG", raising=False)


def html_of(*args: str) -> str:
    result = runner.invoke(app, [*args, "--format", "html"])
    assert result.exit_code in (0, 1), result.output
    assert result.stdout.startswith("<!DOCTYPE html>")
    return result.stdout


class Outline(HTMLParser):
    """What the accessibility checks look at: headings, ids, labels, attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[int] = []
        self.ids: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if (found := dict(attrs).get("id")) is not None:
            self.ids.append(found)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def outline(page: str) -> Outline:
    parser = Outline()
    parser.feed(page)
    return parser


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_page_is_self_contained_and_structured(name: str) -> None:
    page = html_of(*PAGES[name])
    parsed = outline(page)
    tags = [t for t, _ in parsed.tags]
    assert "script" not in tags and "link" not in tags and "img" not in tags and "iframe" not in tags
    assert not re.search(r"(?:src|href)\s*=\s*\"(?!#)", page)  # only links within the page
    assert "url(" not in page and "@import" not in page
    assert parsed.tags[0] == ("html", {"lang": "en"})
    assert ("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}) in parsed.tags
    # Headings: one h1, and no level skipped on the way down.
    assert parsed.headings.count(1) == 1 and parsed.headings[0] == 1
    assert all(b <= a + 1 for a, b in zip(parsed.headings, parsed.headings[1:]))
    # Labels: ids are unique, every labelled region and described link points at one.
    assert len(parsed.ids) == len(set(parsed.ids))
    for _, attrs in parsed.tags:
        for key in ("aria-labelledby", "aria-describedby"):
            if key in attrs:
                assert attrs[key] in parsed.ids
        if attrs.get("href", "#").startswith("#") and "href" in attrs:
            assert attrs["href"][1:] in parsed.ids
    assert tags.count("details") == tags.count("summary")


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("ink,paper", [("ink", "paper"), ("muted", "paper"), ("ok-ink", "ok-bg"), ("bad-ink", "bad-bg"),
                                       ("mixed-ink", "mixed-bg"), ("none-ink", "none-bg"), ("ink", "mark-bg")])
def test_every_colour_pair_reads_at_aaa_contrast(ink: str, paper: str) -> None:
    colours = dict(re.findall(r"--([\w-]+): (#[0-9a-f]{6})", STYLE))
    assert contrast(colours[ink], colours[paper]) >= 7.0


def test_drafts_and_base_are_escaped(make_base) -> None:
    page = html_of("check", "tests/fixtures/drafts/report/hostile.txt")
    assert "<script" not in page.lower() and "<b " not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;seven&quot;" in page and "&amp; &#x27;more&#x27;" in page
    text = "".join(outline(page).text)
    assert 'The CSTO has "seven" member states <script>x</script>.' in text  # the reader sees it as written
    base = make_base(HOSTILE_CLAIMS)
    conflicts = html_of("conflicts", "--base", str(base))
    assert "<script" not in conflicts.lower()
    assert ("The &lt;script&gt;alert(&quot;CSTO&quot;)&lt;/script&gt; alliance has six member states "
            "&amp; &quot;more&quot;.") in conflicts
    checked = runner.invoke(app, ["check", "-", "--base", str(base), "-f", "html", "--stdin-filename",
                                  'a"<b>.txt'], input='The <script>alert("CSTO")</script> alliance has seven '
                                                      'member states & "more".\n').stdout
    assert "<script" not in checked.lower() and "<b>" not in checked
    assert "a&quot;&lt;b&gt;.txt" in checked and "&lt;script&gt;" in checked
    assert 'class="sentence v-disputed"' in checked  # the claim's own statement, escaped, in its card
    assert "<code>hostile-member-count</code>: The &lt;script&gt;alert(&quot;CSTO&quot;)" in checked


def test_the_evidence_sits_beside_each_finding() -> None:
    page = html_of(*PAGES["check-demo"])
    for verdict in ("contradicted", "disputed", "supported"):
        assert f'class="sentence v-{verdict}"' in page and f'<details class="card v-{verdict}"' in page
    text = "".join(outline(page).text)
    assert "Tokayev asked the CSTO for help on 12 January 2022." in text
    assert "Op woensdag 5 januari riep President Tokajev" in text
    assert '<p class="summary">10 sentences checked: 3 supported, 1 contradicted, 1 disputed, 5 not in the base</p>' \
        in page


# --- in a real browser ----------------------------------------------------------------------------


def _browser() -> str | None:
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


BROWSER = _browser()
needs_browser = pytest.mark.skipif(BROWSER is None, reason="no chromium found (.ci/run installs Debian's)")

PROBE = """<script>(function () {
  var out = {hidden: [], contrast: [], tags: 0, passages: 0, overflow: false, fontSize: 0, texts: []};
  function visible(el) {
    var r = el.getBoundingClientRect(), cs = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && cs.visibility !== "hidden" && cs.display !== "none"
      && r.left >= -1 && r.right <= innerWidth + 1;
  }
  function rgb(s) { return (s.match(/[\\d.]+/g) || []).map(Number); }
  function lum(c) {
    var f = function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  }
  function background(el) {
    for (var e = el; e; e = e.parentElement) {
      var c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  }
  var tags = document.querySelectorAll(".tag"), quotes = document.querySelectorAll("blockquote");
  out.tags = tags.length; out.passages = quotes.length;
  document.querySelectorAll(".tag, blockquote, h1, h2, h3, summary, a.sentence").forEach(function (el) {
    if (!visible(el)) out.hidden.push(el.textContent.slice(0, 60));
    if (el.matches(".tag, a.sentence")) out.texts.push(el.textContent);
  });
  document.querySelectorAll("body *").forEach(function (el) {
    var own = Array.prototype.some.call(el.childNodes,
      function (n) { return n.nodeType === 3 && n.textContent.trim(); });
    if (!own) return;
    var a = lum(rgb(getComputedStyle(el).color)), b = lum(background(el));
    var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) out.contrast.push([el.tagName, el.className, ratio.toFixed(2)]);
  });
  out.overflow = document.documentElement.scrollWidth > innerWidth;
  out.fontSize = parseFloat(getComputedStyle(document.body).fontSize);
  var pre = document.createElement("pre"); pre.id = "cstocheck-probe"; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();</script>"""


def _chromium(url: str, width: int, *extra: str) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    args = [BROWSER, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--no-first-run", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
            f"--window-size={width},1000", *extra, url]
    return subprocess.run(args, check=False, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "HOME": str(ARTIFACTS)})


@needs_browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_page_reads_in_a_real_browser(name: str, width: int) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page = html_of(*PAGES[name])
    plain = ARTIFACTS / f"{name}.html"
    plain.write_text(page, encoding="utf-8")
    # The page as it is: no console message at all, and a screenshot to look at.
    shot = ARTIFACTS / f"{name}-{width}.png"
    shot.unlink(missing_ok=True)
    loaded = _chromium(plain.as_uri(), width, f"--screenshot={shot}")
    assert shot.is_file() and shot.stat().st_size > 5000, loaded.stderr[-2000:]
    assert [line for line in loaded.stderr.splitlines() if ":CONSOLE" in line] == []
    # The same page with a probe that measures it as laid out.
    probed = ARTIFACTS / f"{name}-{width}.probe.html"
    probed.write_text(page.replace("</body>", PROBE + "\n</body>"), encoding="utf-8")
    dumped = _chromium(probed.as_uri(), width, "--dump-dom")
    assert [line for line in dumped.stderr.splitlines() if ":CONSOLE" in line] == []
    found = re.search(r'<pre id="cstocheck-probe">(.*?)</pre>', dumped.stdout, re.DOTALL)
    assert found, dumped.stderr[-2000:]
    probe = json.loads(found.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
                       .replace("&amp;", "&"))
    assert probe["hidden"] == [] and probe["overflow"] is False, probe
    assert probe["contrast"] == [], probe["contrast"]
    assert probe["fontSize"] >= 16
    assert probe["passages"] > 0
    if name.startswith("check"):
        assert {"contradicted", "disputed", "supported"} <= {t.strip() for t in probe["texts"]}
