"""Importing a statement and running the settlement check: called the same way by the
window (off its thread, with progress and cancel) and by the command line.

    report = import_statement(db_path, case_id, path, source="bank")
    findings = check_case(db_path, case_id)
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from posassist.domain.cards import mask_card_numbers
from posassist.domain.evidence import DEFAULT_MAX_BYTES
from posassist.domain.settlement import Finding, RateError, Terms, check, parse_rate
from posassist.domain.statement import Cancelled, ParseResult
from posassist.statements import BadRow, Mapping, parse_statement

# (done, total, phase): 'reading' counts lines of the file, 'storing' and 'checking' 0/1.
Progress = Callable[[int, int, str], None]
SOURCES = ("provider", "bank")
# The money-page fields the check reads (the catalogue gains them with their words).
AGREED_RATE, AGREED_ON, RISE_CONSENTED = "agreed_rate", "agreed_rate_on", "rate_rise_consented"
CASE_KEYS = (AGREED_RATE, AGREED_ON, RISE_CONSENTED, "closed_on", "returned_on")


@dataclass
class ImportReport:
    """What happened to one file. `outcome`:
    'imported'   rows stored (rows_added new, rows_read − rows_added already there);
    'duplicate'  this masked file was imported before: nothing added;
    'refused'    nothing stored: `refusal` says why (ParseResult codes, 'too_large',
                 'unreadable', 'bad_rows' — rows it could not read and the owner did not
                 accept leaving them out; `needs_mapping` when a column mapping would help);
    """

    name: str
    outcome: str
    source: str
    refusal: str | None = None
    refusal_detail: str = ""
    needs_mapping: bool = False
    layout: str = ""
    rows_read: int = 0
    rows_added: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)
    masked_count: int = 0
    statement_id: int | None = None
    evidence_id: int | None = None
    findings: list[Finding] = field(default_factory=list)
    parsed: ParseResult | None = None  # for the mapping dialog's preview


@contextlib.contextmanager
def _opened(db_path: Path) -> Iterator[Any]:
    from posassist.store.database import open_database

    db = open_database(Path(db_path))
    try:
        yield db
    finally:
        db.close()


def import_statement(
    db_path: Path,
    case_id: int,
    file: Path,
    source: str = "provider",
    mapping: Mapping | None = None,
    accept_bad_rows: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportReport:
    """Read, mask and store one statement, then run the check. Bad rows refuse the whole
    file unless `accept_bad_rows` (the owner chose "import the good rows"). Raises
    Cancelled when `cancelled()` turns true before the rows are stored (nothing is), and
    UnknownCase for a wrong case id."""
    if source not in SOURCES:
        raise ValueError(f"source must be one of {SOURCES}")
    file = Path(file)
    report = ImportReport(mask_card_numbers(file.name)[0], "refused", source)
    tick = progress or (lambda done, total, phase: None)
    stop = cancelled or (lambda: False)
    try:
        size = file.stat().st_size
        if size > max_bytes:
            report.refusal = "too_large"
            return report
        data = file.read_bytes()
    except OSError as error:
        report.refusal, report.refusal_detail = "unreadable", error.strerror or ""
        return report

    with _opened(db_path) as db:
        from posassist.store.statements import StatementRepository

        repo = StatementRepository(db)
        currency, values = repo.case_facts(case_id, CASE_KEYS)  # UnknownCase: wrong id
        parsed = parse_statement(
            data,
            file.name,
            mapping,
            currency,
            progress=lambda done, total: tick(done, total, "reading"),
            cancelled=stop,
        )
        del data
        report.parsed = parsed
        report.layout = parsed.layout
        report.bad_rows = parsed.bad_rows
        report.masked_count = parsed.masked_count
        report.rows_read = len(parsed.rows)
        if not parsed.ok:
            report.refusal, report.refusal_detail = parsed.refusal, parsed.refusal_detail
            report.needs_mapping = parsed.needs_mapping
            return report
        if parsed.bad_rows and not accept_bad_rows:
            report.refusal = "bad_rows"
            return report
        if stop():
            raise Cancelled
        tick(0, 1, "storing")
        stored = repo.add(case_id, parsed, source, parsed.rows, parsed.bad_rows)
        report.outcome = "duplicate" if stored.duplicate else "imported"
        report.rows_added = stored.rows_added
        report.statement_id, report.evidence_id = stored.statement_id, stored.evidence_id
        # Stored: the rows are in the case file now. Let them go before the check builds
        # its own, so the collector walks one copy, not two (a pause for the window).
        parsed.rows = []
        tick(0, 1, "checking")
        report.findings = _check(repo, currency, values, case_id)
        tick(1, 1, "")
    return report


def terms_from_values(values: dict[str, Any]) -> Terms:
    """The check's terms from a case's field values (unset or unreadable ones left out)."""
    rate = values.get(AGREED_RATE)
    ppm = None
    if isinstance(rate, str) and rate.strip():
        with contextlib.suppress(RateError):
            ppm = parse_rate(rate)
    agreed_on = values.get(AGREED_ON)
    return Terms(
        agreed_rate_ppm=ppm,
        agreed_on=_date(agreed_on),
        rise_consented=bool(values.get(RISE_CONSENTED)),
        closed_on=_date(values.get("closed_on")),
        returned_on=_date(values.get("returned_on")),
    )


def _date(value: Any) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def _check(
    repo: Any, currency: str, values: dict[str, Any], case_id: int, terms: Terms | None = None
) -> list[Finding]:
    """The settlement check and the slips against the statements, stored in one go (the
    store marks gone whatever this run does not find)."""
    from posassist.usecases.slip_matching import slip_check

    terms = terms or terms_from_values(values)
    entries = repo.entries(case_id)
    found = check(entries, terms)
    found += slip_check(repo.db, case_id, currency, entries, terms.agreed_rate_ppm).findings
    found.sort(key=lambda f: (f.on, f.code, f.key))
    return [f for f in repo.save_findings(case_id, found) if not f.gone]


def check_case(db_path: Path, case_id: int, terms: Terms | None = None) -> list[Finding]:
    """Run the settlement check over every statement of the case; store and return the
    current findings (each with its id and the owner's note if explained). `terms`
    overrides what the case's fields say (tests, the command line)."""
    with _opened(db_path) as db:
        from posassist.store.statements import StatementRepository

        repo = StatementRepository(db)
        currency, values = repo.case_facts(case_id, CASE_KEYS)
        return _check(repo, currency, values, case_id, terms)


def explain_finding(db_path: Path, case_id: int, finding_id: int, note: str) -> None:
    """Mark a finding explained with the owner's note; findings are never deleted."""
    with _opened(db_path) as db:
        from posassist.store.statements import StatementRepository

        StatementRepository(db).explain(case_id, finding_id, note)


def statement_names(db_path: Path, case_id: int) -> dict[int, str]:
    """statement id -> its file's name (as stored: card numbers masked), for naming a
    finding's rows."""
    with _opened(db_path) as db:
        from posassist.store.statements import StatementRepository

        return {s["id"]: s["original_name"] for s in StatementRepository(db).list(case_id)}
