"""Reading a case for a report: the snapshot the dossier, the packet and the letters are
made from, taken in one go from an open case file."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from posassist.domain.evidence import FileKind
from posassist.domain.settlement import Finding
from posassist.evidence import pdf_fonts
from posassist.report.snapshot import (
    CheckedStatement,
    DossierFinding,
    DossierSnapshot,
    Numbered,
    StatementLines,
    number_evidence,
)
from posassist.store.blobs import blob_reader, head_reader, main_file
from posassist.store.cases import CaseRepository
from posassist.store.evidence import EvidenceRepository
from posassist.store.statements import StatementRepository

if TYPE_CHECKING:  # sqlite_utils is the store's; imported through it
    from sqlite_utils import Database


def build_snapshot(
    db: Database,
    case_id: int,
    language: str,
    generated_at: dt.datetime | None = None,
    app_version: str | None = None,
) -> DossierSnapshot:
    """A case, its history, its evidence (not removed) and its settlement check's
    statements and findings (as the last check stored them), from an open database.
    Raises store.cases.UnknownCase."""
    from posassist import __version__

    cases = CaseRepository(db)
    evidence = EvidenceRepository(db)
    case = cases.load(case_id)
    items = number_evidence(evidence.list(case_id))
    pdfs = [n.item.sha256 for n in items if n.item.kind is FileKind.PDF]
    stored = evidence.pdf_fonts(pdfs, pdf_fonts.FACTS_VERSION) if pdfs else {}
    statements, findings = _settlement(StatementRepository(db), case_id, items)
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
        statements=statements,
        findings=findings,
    )


def _settlement(
    repo: StatementRepository, case_id: int, items: list[Numbered]
) -> tuple[list[CheckedStatement], list[DossierFinding]]:
    """The statements the check reads, by their evidence numbers, and the findings it
    stored (gone ones too: they are kept, never deleted), their rows by statement."""
    listed = repo.list(case_id)
    if not listed:
        return [], []
    numbered = {n.item.id: n for n in items}
    statements: dict[int, CheckedStatement] = {}
    for row in listed:
        shown = numbered.get(row["evidence_id"])
        statements[row["id"]] = CheckedStatement(
            number=shown.number if shown else "",
            name=shown.item.original_name if shown else row["original_name"],
            source=row["source"],
            first=dt.date.fromisoformat(row["first_date"]) if row["first_date"] else None,
            last=dt.date.fromisoformat(row["last_date"]) if row["last_date"] else None,
            rows=row["rows_read"],
        )
    return list(statements.values()), [
        DossierFinding(f, _rows(f, statements)) for f in repo.findings(case_id)
    ]


def _rows(finding: Finding, statements: dict[int, CheckedStatement]) -> tuple[StatementLines, ...]:
    lines: dict[int, list[int]] = {}
    for statement_id, line in finding.rows:
        lines.setdefault(statement_id, []).append(line)
    out = []
    for statement_id, found in lines.items():
        statement = statements.get(statement_id)
        number, name = (statement.number, statement.name) if statement else ("", "")
        out.append(StatementLines(number, name, tuple(sorted(set(found)))))
    return tuple(sorted(out, key=lambda s: (s.number or "~", s.name)))
