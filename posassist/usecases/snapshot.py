"""Reading a case for a report: the snapshot the dossier, the packet and the letters are
made from, taken in one go from an open case file."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from posassist.domain.evidence import FileKind
from posassist.evidence import pdf_fonts
from posassist.report.snapshot import DossierSnapshot, number_evidence
from posassist.store.blobs import blob_reader, head_reader, main_file
from posassist.store.cases import CaseRepository
from posassist.store.evidence import EvidenceRepository


def build_snapshot(
    db: Database,
    case_id: int,
    language: str,
    generated_at: dt.datetime | None = None,
    app_version: str | None = None,
) -> DossierSnapshot:
    """A case, its history and its evidence (not removed), from an open database.
    Raises store.cases.UnknownCase."""
    from posassist import __version__

    cases = CaseRepository(db)
    evidence = EvidenceRepository(db)
    case = cases.load(case_id)
    items = number_evidence(evidence.list(case_id))
    pdfs = [n.item.sha256 for n in items if n.item.kind is FileKind.PDF]
    stored = evidence.pdf_fonts(pdfs, pdf_fonts.FACTS_VERSION) if pdfs else {}
    return DossierSnapshot(
        case=case,
        history=cases.history(case_id),
        evidence=items,
        data=evidence.data,
        app_version=app_version or __version__,
        generated_at=generated_at or dt.datetime.now().astimezone(),
        language=language,
        head=head_reader(db),
        open_reader=blob_reader(main_file(db)),
        pdf_fonts={sha256: pdf_fonts.from_json(facts) for sha256, facts in stored.items()},
    )
