"""Attaching files to a case as evidence: the evidence panel's import worker and
`posassist attach` both call `attach`.

Each file is stored in its own transaction (evidence.pipeline), so a cancel or a crash
keeps every file already reported as stored, whole; `on_stored` hears of each one as
soon as its transaction has committed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from posassist.domain import catalogue
from posassist.domain.evidence import Category
from posassist.evidence.pipeline import DEFAULT_MAX_BYTES, ImportOutcome, Source


def default_placement(case: Any, stage: str | None, category: str | None) -> tuple[str, Category]:
    """Where files go when the caller does not say: the case's current step (the first
    one once at the review), as the first kind of proof that step expects."""
    stage = stage or case.current_stage
    if stage == "review":
        stage = catalogue.STAGE_KEYS[0]
    expected = catalogue.stage(stage).evidence_for(case.profile)
    return stage, Category(category or (expected[0] if expected else "other"))


def attach(
    case_file: Path,
    case_id: int,
    sources: Sequence[Source],
    stage: str | None = None,
    category: str | Category | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int, int, str], None] = lambda done, total, name: None,
    cancelled: Callable[[], bool] = lambda: False,
    on_stored: Callable[[int, ImportOutcome], None] = lambda index, outcome: None,
) -> list[ImportOutcome]:
    """Import `sources` (paths, or (name, bytes) pairs) into case `case_id`, in order, on
    a connection of this call's own. Raises store.cases.UnknownCase."""
    from posassist.evidence.pipeline import import_files
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository

    db = open_database(Path(case_file))
    try:
        if stage is None or category is None:
            case = CaseRepository(db).load(case_id)
            stage, category = default_placement(
                case, stage, category.value if isinstance(category, Category) else category
            )
        return import_files(
            EvidenceRepository(db),
            case_id,
            stage,
            sources,
            Category(category),
            max_bytes,
            progress=progress,
            should_stop=cancelled,
            on_stored=on_stored,
        )
    finally:
        db.close()


def make_thumbnails(
    case_file: Path, case_id: int, cancelled: Callable[[], bool] = lambda: False
) -> list[str]:
    """The thumbnails a case's evidence still lacks (a cache, made after an import), on
    a connection of this call's own. Returns the SHA-256 of each one made."""
    from posassist.evidence.pipeline import make_missing_thumbnails
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository

    db = open_database(Path(case_file))
    try:
        return make_missing_thumbnails(EvidenceRepository(db), case_id, cancelled)
    finally:
        db.close()
