"""Statements, their rows and the settlement check's findings.

Importing a statement is one transaction: the masked bytes as evidence (category
'statement'), the statement row, its rows, and a history line saying how many card
numbers were masked. The same masked file twice is one statement; a row another
statement of the same source already brought (same row key) is not added again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from posassist.domain.history import Event
from posassist.domain.money import Money
from posassist.domain.settlement import Entry, Finding
from posassist.domain.statement import BadRow, ParseResult, StatementRow
from posassist.store.codec import encode_time, now
from posassist.store.history import log_event, touch_case

STATEMENT_CATEGORY = "statement"  # evidence category of a stored statement
STATEMENT_STAGE = "money"


@dataclass(frozen=True)
class StoredStatement:
    statement_id: int
    evidence_id: int
    duplicate: bool  # these masked bytes were already imported into this case
    rows_read: int
    rows_added: int  # new rows (rows_read − rows_added were already there)
    rows_bad: int
    masked_count: int
    sha256: str


def row_keys(rows: list[StatementRow]) -> list[str]:
    """A key per row that another statement's copy of the same row shares: what it says,
    plus which occurrence it is in its file (two like coffees on one day stay two)."""
    seen: Counter[str] = Counter()
    keys = []
    for r in rows:
        base = (
            f"{r.on}|{r.time}|{r.amount}|{r.fee}|{r.net}|{r.currency}|{r.reference}|"
            f"{r.card}|{r.terminal_id}|{r.batch}|{r.kind}"
        )
        seen[base] += 1
        digest = hashlib.blake2b(f"{base}#{seen[base]}".encode(), digest_size=12)
        keys.append(digest.hexdigest())
    return keys


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


class StatementRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        case_id: int,
        parsed: ParseResult,
        source: str,
        rows: list[StatementRow],
        bad_rows: list[BadRow],
    ) -> StoredStatement:
        data = parsed.masked_bytes
        sha = hashlib.sha256(data).hexdigest()
        with self.db.atomic():
            existing = self.db.execute(
                "SELECT id, evidence_id, rows_read, masked_count FROM statements"
                " WHERE case_id = ? AND sha256 = ?",
                [case_id, sha],
            ).fetchone()
            if existing is not None:
                sid, eid, read, masked = existing
                return StoredStatement(sid, eid, True, read, 0, 0, masked, sha)
            evidence_id = self._evidence(case_id, parsed, source, sha, len(rows))
            stamp = encode_time(now())
            dates = [r.on for r in rows]
            currency = rows[0].currency if rows else ""
            statement_id = self.db.execute(
                "INSERT INTO statements (case_id, evidence_id, source, original_name, sha256,"
                " layout, encoding, currency, first_date, last_date, rows_read, rows_added,"
                " rows_bad, bad_rows, masked_count, imported_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                [
                    case_id,
                    evidence_id,
                    source,
                    parsed.name,
                    sha,
                    parsed.layout,
                    parsed.encoding,
                    currency,
                    _date(min(dates, default=None)),
                    _date(max(dates, default=None)),
                    len(rows),
                    len(bad_rows),
                    json.dumps([[b.line, b.code, b.field] for b in bad_rows]),
                    parsed.masked_count,
                    stamp,
                ],
            ).lastrowid
            assert isinstance(statement_id, int)
            before = self.db.conn.total_changes
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO statement_rows (statement_id, case_id, source, line,"
                " on_date, at_time, amount_minor, fee_minor, net_minor, currency,"
                " amount_currency, settled_on, card, merchant_id, terminal_id, reference,"
                " batch, kind, status, description, row_key)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        statement_id,
                        case_id,
                        source,
                        r.line,
                        r.on.isoformat(),
                        r.time,
                        r.amount,
                        r.fee,
                        r.net,
                        r.currency,
                        r.amount_currency,
                        _date(r.settled_on),
                        r.card,
                        r.merchant_id,
                        r.terminal_id,
                        r.reference,
                        r.batch,
                        r.kind,
                        r.status,
                        r.description,
                        key,
                    )
                    for r, key in zip(rows, row_keys(rows), strict=True)
                ),
            )
            added = self.db.conn.total_changes - before
            self.db.execute(
                "UPDATE statements SET rows_added = ? WHERE id = ?", [added, statement_id]
            )
            touch_case(self.db, case_id)
        return StoredStatement(
            statement_id,
            evidence_id,
            False,
            len(rows),
            added,
            len(bad_rows),
            parsed.masked_count,
            sha,
        )

    def _evidence(self, case_id: int, parsed: ParseResult, source: str, sha: str, rows: int) -> int:
        data = parsed.masked_bytes
        self.db.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
            [sha, len(data), data],
        )
        note = f"statement ({source}, {parsed.layout}): {rows} rows"
        if parsed.masked_count:
            note += f"; {parsed.masked_count} card numbers masked to first 6 + last 4"
        if parsed.kind != "csv":
            note += f"; {parsed.kind.upper()} stored as CSV (sheet {parsed.sheet})"
        found = self.db.execute(
            "SELECT id FROM evidence WHERE case_id = ? AND sha256 = ?", [case_id, sha]
        ).fetchone()
        if found is not None:  # the same masked file attached by hand before
            evidence_id = found[0]
            self.db.execute(
                "UPDATE evidence SET category = ?, removed_at = NULL WHERE id = ?",
                [STATEMENT_CATEGORY, evidence_id],
            )
        else:
            evidence_id = (
                self.db["evidence"]
                .insert(
                    {
                        "case_id": case_id,
                        "stage": STATEMENT_STAGE,
                        "category": STATEMENT_CATEGORY,
                        "description": "",
                        "doc_date": None,
                        "original_name": parsed.stored_name or parsed.name,
                        "kind": "csv",
                        "size": len(data),
                        "pages": 1,
                        "sha256": sha,
                        "imported_at": encode_time(now()),
                        "note": note,
                    }
                )
                .last_pk
            )
        log_event(
            self.db,
            case_id,
            Event.EVIDENCE_ADDED,
            str(evidence_id),
            f"{parsed.stored_name or parsed.name} sha256:{sha}; {note}",
        )
        return int(evidence_id)

    # -- reading ----------------------------------------------------------------
    def case_facts(self, case_id: int, keys: tuple[str, ...]) -> tuple[str, dict[str, Any]]:
        """The case's currency and the raw stored values of `keys` (dates as dates).

        Read here rather than through CaseRepository.load, which builds every evidence
        row and so needs the 'statement' category in the domain's Category."""
        row = self.db.execute("SELECT currency FROM cases WHERE id = ?", [case_id]).fetchone()
        if row is None:
            from posassist.store.cases import UnknownCase

            raise UnknownCase(case_id)
        marks = ", ".join("?" * len(keys))
        values: dict[str, Any] = {}
        for key, raw in self.db.execute(
            f"SELECT key, value FROM case_values WHERE case_id = ? AND key IN ({marks})",
            [case_id, *keys],
        ):
            if isinstance(raw, str) and len(raw) == 10 and raw[4] == "-" and raw[7] == "-":
                with contextlib.suppress(ValueError):
                    raw = dt.date.fromisoformat(raw)
            values[key] = raw
        return row[0], values

    def list(self, case_id: int) -> list[dict[str, Any]]:
        return list(self.db["statements"].rows_where("case_id = ?", [case_id], order_by="id"))

    def entries(self, case_id: int) -> list[Entry]:
        out = []
        for row in self.db.execute(
            "SELECT statement_id, line, source, on_date, amount_minor, currency, fee_minor,"
            " net_minor, settled_on, batch, kind, status, reference, description,"
            " amount_currency, terminal_id FROM statement_rows WHERE case_id = ? ORDER BY id",
            [case_id],
        ):
            (
                sid,
                line,
                source,
                on,
                amount,
                currency,
                fee,
                net,
                settled,
                batch,
                kind,
                status,
                reference,
                description,
                amount_currency,
                terminal_id,
            ) = row
            if amount_currency and net is not None:
                amount = net + (fee or 0)  # a conversion: compare in the settled currency
            out.append(
                Entry(
                    sid,
                    line,
                    source,
                    dt.date.fromisoformat(on),
                    amount,
                    currency,
                    fee,
                    net,
                    dt.date.fromisoformat(settled) if settled else None,
                    batch,
                    kind,
                    status,
                    reference,
                    description,
                    terminal_id or "",
                )
            )
        return out

    # -- findings ---------------------------------------------------------------
    def save_findings(self, case_id: int, findings: list[Finding]) -> list[Finding]:
        """Keep what this check found (one row per key), mark what it no longer finds as
        gone, never delete; returns every finding the case has, with ids and notes."""
        stamp = encode_time(now())
        with self.db.atomic():
            keys = set()
            for f in findings:
                keys.add(f.key)
                values = [
                    f.code,
                    f.on.isoformat(),
                    _date(f.until),
                    f.owed.minor,
                    f.owed.currency,
                    json.dumps([list(r) for r in f.rows]),
                    json.dumps(f.data, ensure_ascii=False, sort_keys=True),
                    stamp,
                ]
                updated = self.db.execute(
                    "UPDATE findings SET code = ?, on_date = ?, until_date = ?, owed_minor = ?,"
                    " currency = ?, rows = ?, data = ?, checked_at = ?, gone_at = NULL"
                    " WHERE case_id = ? AND key = ?",
                    [*values, case_id, f.key],
                ).rowcount
                if not updated:
                    self.db.execute(
                        "INSERT INTO findings (code, on_date, until_date, owed_minor, currency,"
                        " rows, data, checked_at, case_id, key, found_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [*values, case_id, f.key, stamp],
                    )
            for fid, key in self.db.execute(
                "SELECT id, key FROM findings WHERE case_id = ? AND gone_at IS NULL", [case_id]
            ).fetchall():
                if key not in keys:
                    self.db.execute("UPDATE findings SET gone_at = ? WHERE id = ?", [stamp, fid])
        return self.findings(case_id)

    def findings(self, case_id: int, include_gone: bool = True) -> list[Finding]:
        where = "case_id = ?" + ("" if include_gone else " AND gone_at IS NULL")
        out = []
        for r in self.db["findings"].rows_where(where, [case_id], order_by="on_date, id"):
            out.append(
                Finding(
                    r["code"],
                    r["key"],
                    dt.date.fromisoformat(r["on_date"]),
                    Money(r["owed_minor"], r["currency"]),
                    tuple((a, b) for a, b in json.loads(r["rows"])),
                    dt.date.fromisoformat(r["until_date"]) if r["until_date"] else None,
                    json.loads(r["data"]),
                    r["id"],
                    r["explained_note"],
                    r["gone_at"] is not None,
                )
            )
        return out

    def explain(self, case_id: int, finding_id: int, note: str) -> None:
        """Mark a finding explained with the owner's note (it stays in the case)."""
        with self.db.atomic():
            changed = self.db.execute(
                "UPDATE findings SET explained_at = ?, explained_note = ?"
                " WHERE id = ? AND case_id = ?",
                [encode_time(now()), note.strip(), finding_id, case_id],
            ).rowcount
            if not changed:
                raise LookupError(finding_id)
            touch_case(self.db, case_id)
