"""Shared fixtures. Qt runs offscreen unless a display was chosen on purpose."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A test run must never touch the real user data folder.
os.environ.pop("POSASSIST_DATA_DIR", None)

import pytest  # noqa: E402

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPUS = SHARED / "corpus"


def corpus_file(*parts: str) -> Path:
    """A file of the shared test corpus; skips where it is absent (a user's checkout).

    `.ci/run` sets POSASSIST_REQUIRE_CORPUS=1 so that CI fails instead of skipping.
    """
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        if os.environ.get("POSASSIST_REQUIRE_CORPUS") == "1":
            pytest.fail(f"test corpus file missing: {path}")
        pytest.skip(f"test corpus not available here ({path}); see tests/README")
    return path


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "data"
    directory.mkdir()
    return directory


@pytest.fixture
def repo(data_dir: Path):
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database

    repository = CaseRepository(open_database(data_dir / "posassist.sqlite3"))
    yield repository
    repository.db.close()
