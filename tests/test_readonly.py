"""The base is only ever read, and what comes from outside is loaded safely and shown inertly.

- The whole CLI runs on a base made read-only, as separate processes, and no file in it changes;
  in-process, an audit hook shows that no command even tries to write there (the tests may run
  as root, for whom read-only files are writable).
- YAML is loaded with safe loaders only: Python tags construct nothing, and the package's source
  names no unsafe loader.
- Files above the documented size limit are refused with a clear message.
- A seed that is a link leading outside the base is refused, and its text never shows.
- Control characters and terminal escapes in seeds, claims and input never reach the terminal.
"""
from __future__ import annotations

import ast
import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeGuard

import pytest
import typer
from typer.testing import CliRunner

import cstocheck
from conftest import FIXTURES, REPO
from cstocheck.cli import app

HERE = FIXTURES / "hardening"
CASES = HERE / "cases.yaml"
DRAFT = HERE / "draft.md"
SENTENCE = "Russia sent about 2,300 troops to Kazakhstan."
PACKAGE = Path(cstocheck.__file__).parent
HAS_CHECK = "check" in typer.main.get_command(app).commands  # type: ignore[attr-defined]
needs_check = pytest.mark.skipif(not HAS_CHECK, reason="no `check` command in this cstocheck yet")
VERDICT_CODES = (0, 1, 3, 4)


def cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None, stdin: bytes | None = None,
        timeout: float = 120, memory: int | None = None) -> subprocess.CompletedProcess[bytes]:
    """cstocheck as a separate process; `memory` caps its address space (bytes)."""
    def cap() -> None:
        import resource

        assert memory is not None
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run([sys.executable, "-m", "cstocheck", *args], check=False, capture_output=True, input=stdin,
                          env=env if env is not None else clean_env(), cwd=cwd, timeout=timeout,
                          preexec_fn=cap if memory else None)


def clean_env(**extra: str) -> dict[str, str]:
    drop = ("CSTOCHECK_BASE", "CSTOCHECK_CONFIG", "FORCE_COLOR", "NO_COLOR", "CSTOCHECK_DEBUG")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["COLUMNS"] = "100"
    env.update(extra)
    return env


def copy_base(to: Path, *extra_claims: Path, extra_seeds: tuple[Path, ...] = ()) -> Path:
    shutil.copytree(REPO / "seeds", to / "seeds")
    shutil.copytree(REPO / "claims", to / "claims")
    for path in extra_claims:
        shutil.copy(path, to / "claims" / path.name)
    for path in extra_seeds:
        shutil.copy(path, to / "seeds" / path.name)
    return to


def one_error_line(result: subprocess.CompletedProcess[bytes]) -> str:
    lines = [line for line in result.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), lines
    assert result.stdout == b""
    return lines[0]


# --- the read-only guarantee -----------------------------------------------------------------


def snapshot(root: Path) -> dict[str, tuple[Any, ...]]:
    """Everything that would show a write: names, kinds, modes, sizes, times and bytes."""
    out: dict[str, tuple[Any, ...]] = {}
    for path in [root, *sorted(root.rglob("*"))]:
        st = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if stat.S_ISREG(st.st_mode) else None
        out[str(path.relative_to(root))] = (stat.S_IFMT(st.st_mode), stat.S_IMODE(st.st_mode), st.st_size,
                                            st.st_mtime_ns, digest)
    return out


def set_writable(root: Path, writable: bool) -> None:
    for path in [root, *root.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755 if writable else 0o555)
        else:
            path.chmod(0o644 if writable else 0o444)


@pytest.fixture
def readonly_base(tmp_path: Path) -> Iterator[Path]:
    root = copy_base(tmp_path / "base")
    set_writable(root, False)
    yield root
    set_writable(root, True)  # so that pytest can clear its temporary folder


def commands(root: Path) -> list[tuple[list[str], tuple[int, ...], bytes | None]]:
    """Every command of the CLI, each with the exit codes it may give and its standard input."""
    base = ["--base", str(root)]
    out: list[tuple[list[str], tuple[int, ...], bytes | None]] = [
        (["--version"], (0,), None),
        (["--help"], (0,), None),
        (["validate", *base], (0,), None),
        (["validate", "--format", "json", *base], (0,), None),
        (["conflicts", *base], (0,), None),
        (["conflicts", "--format", "json", *base], (0,), None),
        (["claim", SENTENCE, *base], VERDICT_CODES, None),
        (["claim", SENTENCE, "--format", "json", *base], VERDICT_CODES, None),
        (["claim", SENTENCE, "--no-cache", *base], VERDICT_CODES, None),
        (["claim", "-", *base], VERDICT_CODES, b"Armenia sent 70 soldiers to Kazakhstan."),
        (["eval", str(CASES), *base], (0, 1), None),
        (["eval", str(CASES), "--format", "json", *base], (0, 1), None),
        (["conflicts", "--format", "html", *base], (0,), None),
        (["show", "csto-member-count", *base], (0,), None),
        (["find", "Uzbekistan", "1999", "--format", "json", *base], (0,), None),
        (["sources", *base], (0,), None),
        (["coverage", "--format", "json", *base], (0,), None),
        (["export", "--format", "json", *base], (0,), None),
    ]
    if HAS_CHECK:
        out += [(["check", str(DRAFT), *base], (0, 1), None),
                (["check", str(DRAFT), "--format", "json", *base], (0, 1), None),
                (["check", "-", *base], (0, 1), DRAFT.read_bytes()),
                (["check", str(DRAFT), "--format", "html", *base], (0, 1), None)]
    return out


def test_whole_cli_leaves_a_read_only_base_unchanged(readonly_base: Path, tmp_path: Path) -> None:
    before = snapshot(readonly_base)
    env = clean_env(CSTOCHECK_CACHE_DIR=str(tmp_path / "cache"))
    for run in ("cold cache", "warm cache"):
        for args, codes, stdin in commands(readonly_base):
            # Run from inside the base, so that a write to a relative path would land in it.
            result = cli(*args, env=env, cwd=readonly_base, stdin=stdin)
            assert result.returncode in codes, (run, args, result.stderr.decode())
            assert b"Traceback" not in result.stderr and b"internal error" not in result.stderr
    env_base = clean_env(CSTOCHECK_CACHE_DIR=str(tmp_path / "cache"), CSTOCHECK_BASE=str(readonly_base))
    assert cli("claim", SENTENCE, env=env_base, cwd=readonly_base).returncode in VERDICT_CODES
    assert snapshot(readonly_base) == before


def test_default_cache_location_is_outside_the_base(readonly_base: Path, tmp_path: Path) -> None:
    before = snapshot(readonly_base)
    env = clean_env(HOME=str(tmp_path / "home"), XDG_CACHE_HOME=str(tmp_path / "xdg"))
    env.pop("CSTOCHECK_CACHE_DIR", None)
    assert cli("claim", SENTENCE, "--base", str(readonly_base), env=env, cwd=readonly_base).returncode == 0
    assert list((tmp_path / "xdg").rglob("*.json")), "the cache was not written to $XDG_CACHE_HOME"
    assert snapshot(readonly_base) == before


# An audit hook cannot be removed: it is installed once and records only while a test watches.
_WATCHED: list[tuple[str, list[str]]] = []  # (real path of the base, events seen under it)
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_MUTATIONS = {  # audit event -> positions of the paths it changes
    "os.rename": (0, 1), "os.remove": (0,), "os.rmdir": (0,), "os.mkdir": (0,), "os.chmod": (0,),
    "os.chown": (0,), "os.utime": (0,), "os.truncate": (0,), "os.symlink": (1,), "os.link": (1,),
    "os.setxattr": (0,), "os.removexattr": (0,), "os.chflags": (0,), "shutil.rmtree": (0,),
    "shutil.copyfile": (1,), "shutil.copytree": (1,), "shutil.move": (0, 1), "tempfile.mkstemp": (0,),
    "tempfile.mkdtemp": (0,),
}


def _under(path: object, root: str) -> bool:
    if not isinstance(path, (str, bytes, os.PathLike)):
        return False  # a file descriptor: its opening was seen already
    real = os.path.realpath(os.path.abspath(os.fsdecode(path)))
    return real == root or real.startswith(root + os.sep)


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _WATCHED:
        return
    try:
        root, seen = _WATCHED[-1]
        if event == "open":
            path, mode, flags = (tuple(args) + (None, None, 0))[:3]
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or \
                (isinstance(flags, int) and flags & _WRITE_FLAGS)
            if writes and _under(path, root):
                seen.append(f"open {path!r} {mode or flags}")
        elif event in _MUTATIONS:
            for i in _MUTATIONS[event]:
                if i < len(args) and _under(args[i], root):
                    seen.append(f"{event} {args[i]!r}")
    except Exception:  # noqa: BLE001, S110 (a hook that raises would break the code it watches)
        pass


sys.addaudithook(_audit)


def test_no_command_tries_to_write_in_the_base(readonly_base: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSTOCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(readonly_base)
    runner = CliRunner()
    seen: list[str] = []
    _WATCHED.append((os.path.realpath(readonly_base), seen))
    try:
        for _ in ("cold cache", "warm cache"):
            for args, codes, stdin in commands(readonly_base):
                result = runner.invoke(app, args, input=stdin)
                assert result.exit_code in codes, (args, result.output)
    finally:
        _WATCHED.pop()
    assert seen == []


def test_audit_hook_sees_a_write(tmp_path: Path) -> None:
    """The hook above is live: a write under the watched folder is seen."""
    seen: list[str] = []
    _WATCHED.append((os.path.realpath(tmp_path), seen))
    try:
        (tmp_path / "written.txt").write_text("x", encoding="utf-8")
        os.replace(tmp_path / "written.txt", tmp_path / "moved.txt")
    finally:
        _WATCHED.pop()
    assert any(e.startswith("open ") for e in seen) and any(e.startswith("os.rename ") for e in seen), seen


# --- safe loading ----------------------------------------------------------------------------

TAGGED = HERE / "python-tags.yaml"


def test_python_tags_in_a_claims_file_construct_nothing(tmp_path: Path) -> None:
    root = copy_base(tmp_path / "base", TAGGED)
    result = cli("validate", "--base", str(root), env=clean_env(CSTOCHECK_CACHE_DIR=str(tmp_path / "c")),
                 cwd=tmp_path)
    assert result.returncode == 1
    assert re.search(rf"{TAGGED.name}:\d+:\d+: error: ", result.stdout.decode())
    assert list(tmp_path.glob("PWNED*")) == []


@pytest.mark.parametrize("where", ["seeds/seeds.yaml", "claims/entities.yaml", "cases"])
def test_python_tags_in_other_yaml_files_construct_nothing(where: str, tmp_path: Path) -> None:
    root = copy_base(tmp_path / "base")
    tag = '!!python/object/apply:os.system ["touch PWNED-tag"]'
    env = clean_env(CSTOCHECK_CACHE_DIR=str(tmp_path / "c"))
    if where == "cases":
        cases = tmp_path / "cases.yaml"
        cases.write_text(f"- claim: {tag}\n  verdict: supported\n", encoding="utf-8")
        result = cli("eval", str(cases), "--base", str(root), env=env, cwd=tmp_path)
        assert result.returncode == 2
        one_error_line(result)
    else:
        path = root / where
        text = path.read_text(encoding="utf-8")
        first = re.search(r"^(\s+(?:- )?id: )(\S+)$", text, re.MULTILINE)
        assert first is not None
        path.write_text(text[:first.start(2)] + tag + text[first.end(2):], encoding="utf-8")
        result = cli("validate", "--base", str(root), env=env, cwd=tmp_path)
        assert result.returncode == 1
        assert re.search(rf"{re.escape(Path(where).name)}:\d+:\d+: error: ", result.stdout.decode())
    assert list(tmp_path.glob("PWNED*")) == []


UNSAFE_YAML = {"load", "load_all", "unsafe_load", "unsafe_load_all", "full_load", "full_load_all",
               "Loader", "FullLoader", "UnsafeLoader", "CLoader", "CFullLoader", "CUnsafeLoader",
               "UnsafeConstructor", "FullConstructor", "Constructor"}
SAFE_LOADERS = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"}


def yaml_uses() -> Iterator[tuple[str, str, str | None]]:
    """Every use of yaml in the package: (where, what, the Loader it passes if it is a call)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        imports = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module == "yaml"]
        for node in imports:
            for name in node.names:
                yield f"{path.name}:{node.lineno}", name.name, None
        # local name -> name in yaml, for `from yaml import X as Y`
        aliases = {name.asname or name.name: name.name for node in imports for name in node.names}
        yield from _yaml_attributes(tree, path.name, aliases)


def _yaml_attributes(tree: ast.AST, module: str, aliases: dict[str, str]) -> Iterator[tuple[str, str, str | None]]:
    """The module's `yaml.X(...)` calls, with their Loader, and its other `yaml.X`."""
    called = {id(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_yaml_attribute(node.func):
            name = _loader_name(node)
            yield f"{module}:{node.lineno}", node.func.attr, aliases.get(name or "", name)
        elif _is_yaml_attribute(node) and id(node) not in called:  # a call's `yaml.X` is judged with its call
            yield f"{module}:{node.lineno}", node.attr, None


def _is_yaml_attribute(node: ast.AST) -> TypeGuard[ast.Attribute]:
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "yaml"


def _loader_name(call: ast.Call) -> str | None:
    """The name of the Loader a call passes (by keyword or second argument), if any."""
    loader = next((k.value for k in call.keywords if k.arg == "Loader"), call.args[1] if len(call.args) > 1 else None)
    if isinstance(loader, ast.Name):
        return loader.id
    return loader.attr if isinstance(loader, ast.Attribute) else None


def test_package_loads_yaml_with_safe_loaders_only() -> None:
    """Nothing that constructs Python objects: no unsafe loader, no load without a safe Loader."""
    found = [f"{where}: {what} (Loader={loader})" for where, what, loader in yaml_uses()
             if what in UNSAFE_YAML - {"load", "load_all"}
             or (what in ("load", "load_all") and loader not in SAFE_LOADERS)]
    assert found == []


def test_package_composes_yaml_with_safe_loaders_only() -> None:
    found = [f"{where}: yaml.{what} (Loader={loader})" for where, what, loader in yaml_uses()
             if what in ("compose", "compose_all", "parse", "scan") and loader not in SAFE_LOADERS]
    assert found == []


# --- size limits -----------------------------------------------------------------------------


def documented_limit() -> int:
    """The size limit as the README states it, in bytes."""
    text = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    found = re.search(r"above (\d+) MiB", text)
    assert found, "the README no longer states the size limit as 'above N MiB'"
    return int(found[1]) * 1024 * 1024


def sparse(path: Path, size: int, head: bytes = b"") -> Path:
    with path.open("wb") as fh:
        fh.write(head)
        fh.truncate(size)
    return path


@pytest.mark.parametrize("what", ["claims file", "seed"])
def test_base_file_above_the_limit_is_refused(what: str, tmp_path: Path) -> None:
    root = copy_base(tmp_path / "base")
    size = documented_limit() + 1
    path = sparse(root / "claims" / "huge.yaml", size, b"topic: huge\nclaims:\n") if what == "claims file" \
        else sparse(root / "seeds" / "009_huge.txt", size, b"A huge seed.\n")
    env = clean_env(CSTOCHECK_CACHE_DIR=str(tmp_path / "c"))
    result = cli("validate", "--base", str(root), env=env, cwd=tmp_path)
    assert result.returncode == 1
    line = next(line for line in result.stdout.decode().splitlines() if path.name in line and "error" in line)
    assert re.match(rf".*{path.name}:1:1: error: .*{size:,} bytes; the limit is {size - 1:,}", line), line
    assert cli("claim", SENTENCE, "--base", str(root), env=env, cwd=tmp_path).returncode == 2


def test_cases_file_above_the_limit_is_refused(tmp_path: Path) -> None:
    cases = sparse(tmp_path / "cases.yaml", documented_limit() + 1, b"- claim: x\n")
    result = cli("eval", str(cases), env=clean_env(CSTOCHECK_CACHE_DIR=str(tmp_path / "c")), cwd=tmp_path)
    assert result.returncode == 2
    assert "the limit is" in one_error_line(result)


@needs_check
def test_draft_above_the_limit_is_refused(tmp_path: Path) -> None:
    draft = sparse(tmp_path / "draft.md", documented_limit() + 1, b"# A draft\n")
    result = cli("check", str(draft), env=clean_env(CSTOCHECK_CACHE_DIR=str(tmp_path / "c")), cwd=tmp_path)
    assert result.returncode == 2
    assert "the limit is" in one_error_line(result)


ENDLESS = [pytest.param(["eval", "/dev/zero"], id="eval"),
           pytest.param(["check", "/dev/zero"], id="check", marks=needs_check)]


@pytest.mark.skipif(not Path("/dev/zero").exists() or sys.platform == "darwin", reason="needs /dev/zero and RLIMIT_AS")
@pytest.mark.parametrize("args", ENDLESS)
def test_endless_input_is_refused_without_reading_it_all(args: list[str], tmp_path: Path) -> None:
    result = cli(*args, env=clean_env(CSTOCHECK_CACHE_DIR=str(tmp_path / "c")), cwd=tmp_path,
                 memory=1024 * 1024 * 1024, timeout=60)
    assert result.returncode == 2
    line = one_error_line(result)  # a device is refused before a byte is read; else at the limit
    assert "limit" in line or "not a regular file (a character device)" in line


# --- links out of the base -------------------------------------------------------------------

SECRET = "The hidden figure is 4242 and must never be shown."


def _link_absolute(root: Path, outside: Path) -> Path:
    link = root / "seeds" / "010_link.txt"
    link.symlink_to(outside)
    return link


def _link_relative(root: Path, outside: Path) -> Path:
    link = root / "seeds" / "010_link.txt"
    link.symlink_to(os.path.relpath(outside, link.parent))
    return link


def _link_through_a_link(root: Path, outside: Path) -> Path:
    hop = root / "seeds" / "011_hop.txt"
    hop.symlink_to(outside)
    link = root / "seeds" / "010_link.txt"
    link.symlink_to("011_hop.txt")
    return link


def _link_described(root: Path, outside: Path) -> Path:
    link = _link_absolute(root, outside)
    meta = root / "seeds" / "seeds.yaml"
    meta.write_text(meta.read_text(encoding="utf-8") + "  - id: 010_link\n    file: 010_link.txt\n    language: en\n",
                    encoding="utf-8")
    return link


LINKS = {"absolute": _link_absolute, "relative": _link_relative, "through a link": _link_through_a_link,
         "described in seeds.yaml": _link_described}


@pytest.mark.parametrize("kind", sorted(LINKS))
def test_seed_link_leading_outside_the_base_is_refused(kind: str, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(SECRET + "\n", encoding="utf-8")
    root = copy_base(tmp_path / "base", HERE / "link-quote.yaml")
    link = LINKS[kind](root, outside)
    env = clean_env(CSTOCHECK_CACHE_DIR=str(tmp_path / "c"))
    validate = cli("validate", "--base", str(root), env=env, cwd=tmp_path)
    out = validate.stdout.decode()
    assert validate.returncode == 1
    assert re.search(rf"{link.name}.*outside the base", out) or re.search(r"seeds\.yaml:\d+:\d+: error: .*outside", out), out
    assert re.search(r"link-quote\.yaml:\d+:\d+: error: unknown seed '010_link'", out), out
    claim = cli("claim", "The hidden figure is known.", "--base", str(root), env=env, cwd=tmp_path)
    assert claim.returncode == 2
    one_error_line(claim)
    for result in (validate, claim, cli("conflicts", "--base", str(root), env=env, cwd=tmp_path)):
        assert b"4242" not in result.stdout + result.stderr


def test_seed_link_loop_is_reported_not_a_crash(tmp_path: Path) -> None:
    root = copy_base(tmp_path / "base")
    (root / "seeds" / "010_loop.txt").symlink_to("010_loop.txt")
    env = clean_env(CSTOCHECK_CACHE_DIR=str(tmp_path / "c"))
    validate = cli("validate", "--base", str(root), env=env, cwd=tmp_path)
    assert validate.returncode == 1, validate.stderr.decode()
    assert "010_loop.txt" in validate.stdout.decode()
    assert cli("claim", SENTENCE, "--base", str(root), env=env, cwd=tmp_path).returncode == 2


# --- control characters never reach the terminal ---------------------------------------------

CONTROL_SEED = HERE / "009_control.txt"
# What the fixtures carry: none of it may come out raw.
PAYLOADS = ("\x1b[31mred", "\x1b[2J", "\x1b]0;", "\x9b", "\x07", "\x08", "\x7f", "\x85")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # the colours rich writes itself when colour is forced


def raw_controls(text: str) -> set[str]:
    return {ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t"}


def assert_inert(output: bytes, *, coloured: bool) -> None:
    text = output.decode("utf-8", "replace")
    if coloured:
        leaked = [p for p in PAYLOADS if p in text]
        assert leaked == [] and raw_controls(SGR.sub("", text)) == set(), leaked
    else:
        assert raw_controls(text) == set(), sorted(raw_controls(text))


def leaks(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.fixture(scope="module")
def control_bases(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A clean base whose seed and claims carry control characters, and a broken one."""
    top = tmp_path_factory.mktemp("control")
    clean = copy_base(top / "clean", HERE / "control.yaml", extra_seeds=(CONTROL_SEED,))
    broken = copy_base(top / "broken", HERE / "control.yaml", HERE / "control-problems.yaml",
                       extra_seeds=(CONTROL_SEED,))
    return clean, broken


CONTROL_RUNS = [
    pytest.param("clean", ["claim", "The CSTO sent red troops to Kazakhstan."], "text", id="claim-text"),
    pytest.param("clean", ["claim", "A bell and a backspace stand in a line about Kazakhstan."], "text",
                 id="claim-text-disputed"),
    pytest.param("clean", ["claim", "The CSTO sent red troops to Kazakhstan."], "json", id="claim-json"),
    pytest.param("clean", ["conflicts"], "text", id="conflicts-text"),
    pytest.param("clean", ["conflicts"], "json", id="conflicts-json"),
    pytest.param("clean", ["conflicts"], "html", id="conflicts-html"),
    pytest.param("clean", ["export"], "text", id="export-text"),
    pytest.param("clean", ["sources"], "text", id="sources-text"),
    pytest.param("clean", ["coverage"], "text", id="coverage-text"),
    pytest.param("broken", ["validate"], "text", id="validate-text"),
    pytest.param("broken", ["validate"], "json", id="validate-json"),
    pytest.param("broken", ["claim", "The CSTO sent troops to Kazakhstan."], "text", id="claim-on-broken-base"),
]


@pytest.mark.parametrize("coloured", [False, True], ids=["plain", "forced-colour"])
@pytest.mark.parametrize("which,args,fmt", CONTROL_RUNS)
def test_control_characters_in_seeds_and_claims_are_neutralised(which: str, args: list[str], fmt: str,
                                                                coloured: bool, control_bases: tuple[Path, Path],
                                                                tmp_path: Path) -> None:
    root = control_bases[0] if which == "clean" else control_bases[1]
    env = clean_env(CSTOCHECK_CACHE_DIR=str(tmp_path / "c"), **({"FORCE_COLOR": "1"} if coloured else {}))
    result = cli(*args, "--format", fmt, "--base", str(root), env=env, cwd=tmp_path)
    assert result.returncode in (0, 1, 2, 3, 4) and b"internal error" not in result.stderr
    assert result.stdout or result.stderr
    assert_inert(result.stdout, coloured=coloured)
    assert_inert(result.stderr, coloured=coloured)


def check_formats() -> list[str]:
    if not HAS_CHECK:
        return ["text"]
    command = typer.main.get_command(app).commands["check"]  # type: ignore[attr-defined]
    option = next(p for p in command.params if "--format" in getattr(p, "opts", ()))
    return sorted(str(getattr(c, "value", c)) for c in option.type.choices)


CHECK_LEAKS: dict[str, str] = {}  # formats known to let a control character through: none now


@needs_check
@pytest.mark.parametrize("fmt", [pytest.param(f, marks=leaks(CHECK_LEAKS[f])) if f in CHECK_LEAKS else f
                                 for f in check_formats()])
def test_control_characters_in_a_draft_name_are_neutralised(fmt: str, tmp_path: Path) -> None:
    draft = tmp_path / "ev\x1b[2Jil\u009b1m.md"
    draft.write_text("Russia sent 9,000 troops to Kazakhstan.\n", encoding="utf-8")
    # The publisher the ClaimReview format needs.
    (tmp_path / ".cstocheck.yaml").write_text("author: Desk\nauthor-url: https://desk.example\n", encoding="utf-8")
    result = cli("check", draft.name, "--format", fmt, env=clean_env(CSTOCHECK_CACHE_DIR=str(tmp_path / "c")),
                 cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr.decode()
    assert_inert(result.stdout, coloured=False)
    assert_inert(result.stderr, coloured=False)


@needs_check
@pytest.mark.parametrize("payload", ["\x1b[2J", "\x9b1m", "\x07", "\x7f"], ids=["esc", "c1", "bell", "del"])
def test_control_characters_in_a_draft_are_refused_in_one_line(payload: str, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"# Draft\n\nRussia sent {payload} 2,300 troops to Kazakhstan.\n", encoding="utf-8")
    result = cli("check", str(draft), env=clean_env(CSTOCHECK_CACHE_DIR=str(tmp_path / "c")), cwd=tmp_path)
    assert result.returncode == 2
    assert_inert(result.stderr, coloured=False)
    assert "draft.md:3:" in one_error_line(result)
