from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def make_base(tmp_path: Path):
    """A throwaway base: the shipped seeds and alias tables, plus the claims files given."""

    def make(*claims_files: Path, seeds: dict[str, bytes] | None = None) -> Path:
        root = tmp_path / "base"
        shutil.copytree(REPO / "seeds", root / "seeds")
        (root / "claims").mkdir()
        for name in ("entities.yaml", "terms.yaml"):
            shutil.copy(REPO / "claims" / name, root / "claims" / name)
        for path in claims_files:
            shutil.copy(path, root / "claims" / path.name)
        for name, data in (seeds or {}).items():
            (root / "seeds" / name).write_bytes(data)
        return root

    return make


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of this test's own, empty at the start."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("CSTOCHECK_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read or write the user's own compiled-base cache."""
    monkeypatch.setenv("CSTOCHECK_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
