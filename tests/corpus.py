"""The shared third-party test corpus (../shared/corpus), used in place, never copied."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def corpus_file(*parts: str) -> Path:
    """A file of the corpus. Skips where the corpus is absent (a user's checkout); fails
    instead when POSASSIST_REQUIRE_CORPUS=1, as .ci/run sets it, so CI never skips."""
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        if os.environ.get("POSASSIST_REQUIRE_CORPUS") == "1":
            pytest.fail(f"test corpus file missing: {path}")
        pytest.skip(f"test corpus not available here ({path}); see tests/README.md")
    return path
