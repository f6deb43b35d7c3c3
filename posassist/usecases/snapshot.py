"""Reading a case for a report: the snapshot the dossier, the packet and the letters are
made from, taken in one go from an open case file."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from posassist.domain.evidence import FileKind
from posassist.domain.money import Money
from posassist.domain.settlement import Finding
from posassist.domain.slip_check import SLIP_NOT_IN_STATEMENT
from posassist.evidence import pdf_fonts
from posassist.report.snapshot import (
    CheckedStatement,
    DossierFinding,
    DossierSnapshot,
    Numbered,
    ProvenSale,
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
    statements, findings, proven = _settlement(StatementRepository(db), case_id, items)
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
        proven=proven,
        **_recognised(db, items),
    )


def _recognised(db: Database, items: list[Numbered]) -> dict:
    """The snapshot's `recognised` (the latest text read on each picture and scanned PDF
    shown) and `unread` (those no engine has read yet)."""
    from posassist.evidence.recognised_json import pages_from_json
    from posassist.store.recognised_text import READABLE_KINDS, RecognisedTextRepository

    shas = [n.item.sha256 for n in items if n.item.kind.value in READABLE_KINDS]
    stored = RecognisedTextRepository(db).latest(shas)
    return {
        "recognised": {
            sha: pages_from_json(t.pages) for sha, t in stored.items() if t.pages and not t.problem
        },
        "unread": frozenset(sha for sha in shas if sha not in stored),
    }


def _settlement(
    repo: StatementRepository, case_id: int, items: list[Numbered]
) -> tuple[list[CheckedStatement], list[DossierFinding], list[ProvenSale]]:
    """The statements the check reads, by their evidence numbers, and the findings it
    stored (gone ones too: they are kept, never deleted), their rows by statement."""
    listed = repo.list(case_id)
    if not listed:
        return [], [], []
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

    def shown(evidence_id: object, name: str) -> str:
        item = numbered.get(evidence_id) if isinstance(evidence_id, int) else None
        return f"{item.number} {item.item.original_name}" if item else name

    found = [
        DossierFinding(
            f,
            _rows(f, statements),
            shown(f.data["evidence_id"], str(f.data.get("name", "")))
            if f.code == SLIP_NOT_IN_STATEMENT
            else "",
        )
        for f in repo.findings(case_id)
    ]
    return list(statements.values()), found, _proven(repo, case_id, statements, shown)


def _proven(repo: StatementRepository, case_id: int, statements: dict, shown) -> list[ProvenSale]:
    """The statement rows a sale slip among the evidence shows, in date order."""
    from posassist.usecases.slip_matching import slip_check

    currency, _values = repo.case_facts(case_id, ())
    entries = repo.entries(case_id)
    proven = slip_check(repo.db, case_id, currency, entries).proven
    by_ref = {e.ref: e for e in entries}
    out = []
    for ref, evidence_id in proven.items():
        e = by_ref[ref]
        statement = statements.get(e.statement_id)
        number, name = (statement.number, statement.name) if statement else ("", "")
        out.append(
            ProvenSale(
                shown(evidence_id, ""),
                e.on,
                Money(e.amount, e.currency),
                StatementLines(number, name, (e.line,)),
            )
        )
    return sorted(out, key=lambda p: (p.on, p.row.number, p.row.lines))


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
