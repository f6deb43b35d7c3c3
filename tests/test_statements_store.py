"""Importing statements into a real case file, and the check over what was imported."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from corpus import corpus_file
from statement_files import PANS, bank_csv, days, provider_csv, xlsx

from posassist.domain.money import Money
from posassist.domain.settlement import Code, Terms
from posassist.store.cases import CaseRepository, UnknownCase
from posassist.store.database import _backup, open_database
from posassist.usecases.statements import (
    Cancelled,
    check_case,
    explain_finding,
    import_statement,
    terms_from_values,
)

START = dt.date(2026, 10, 1)


@pytest.fixture
def case(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "posassist.sqlite3"
    db = open_database(path)
    case_id = CaseRepository(db).create({"shop_name": "小卖部", "provider": "某支付"})
    db.close()
    return path, case_id


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def month(count: int = 10, start: int = 0) -> list[tuple]:
    """A provider statement: one sale a day at 0.38%, each settled in full."""
    rows = []
    for i, on in enumerate(days(START + dt.timedelta(days=start), count)):
        pan = PANS[(i + start) % len(PANS)]
        rows.append((on, "1,000.00", "3.80", "996.20", pan, f"{start + i:03d}", "消费"))
    return rows


def count(db_path: Path, table: str) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_no_full_card_number_reaches_the_case_file_its_wal_or_a_backup(case, tmp_path):
    db_path, case_id = case
    statement = write(tmp_path, "清分明细.csv", provider_csv(month()))
    sheet = write(
        tmp_path,
        "明细.xlsx",
        xlsx([["交易日期", "交易金额", "卡号"], ["2026-10-02", "5.00", PANS[3]]]),
    )
    for pan in PANS:
        assert pan.encode() in statement.read_bytes() + sheet.read_bytes() or pan == PANS[2]
    holder = sqlite3.connect(db_path)  # keeps the WAL in place while the import writes
    holder.execute("SELECT COUNT(*) FROM cases").fetchone()
    try:
        first = import_statement(db_path, case_id, statement)
        second = import_statement(db_path, case_id, sheet, accept_bad_rows=True)
        assert (first.outcome, first.masked_count) == ("imported", 10)
        assert (second.outcome, second.masked_count) == ("imported", 1)
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        db = open_database(db_path)
        backup = _backup(db, db_path, ["m001"])
        db.close()
        raw = db_path.read_bytes() + wal.read_bytes() + backup.read_bytes()
    finally:
        holder.close()
    assert "清分明细".encode("gb18030") in raw  # the statement is there, masked
    for pan in PANS:
        for form in (pan, pan.encode("utf-16-le").decode("latin-1")):
            assert form.encode("latin-1") not in raw
        assert (pan[:6] + "*" * (len(pan) - 10) + pan[-4:]).encode() in raw or pan == PANS[2]


def test_the_statement_is_evidence_with_a_history_line_saying_it_was_masked(case, tmp_path):
    db_path, case_id = case
    report = import_statement(db_path, case_id, write(tmp_path, "s.csv", provider_csv(month(3))))
    conn = sqlite3.connect(db_path)
    try:
        category, kind, name, note = conn.execute(
            "SELECT category, kind, original_name, note FROM evidence WHERE id = ?",
            [report.evidence_id],
        ).fetchone()
        history = [
            r[0] for r in conn.execute("SELECT detail FROM history WHERE event = 'evidence_added'")
        ]
        rows = conn.execute("SELECT COUNT(*), MIN(line), MAX(line) FROM statement_rows").fetchone()
    finally:
        conn.close()
    assert (category, kind, name) == ("statement", "csv", "s.csv")
    assert "3 card numbers masked" in note
    assert len(history) == 1 and "3 card numbers masked" in history[0]
    assert rows == (3, 6, 8)


def test_the_same_file_twice_and_overlapping_statements_do_not_double_rows(case, tmp_path):
    db_path, case_id = case
    a = write(tmp_path, "a.csv", provider_csv(month(10)))
    b = write(tmp_path, "b.csv", provider_csv(month(10, start=5), footer=False))
    first = import_statement(db_path, case_id, a)
    again = import_statement(db_path, case_id, a)
    overlap = import_statement(db_path, case_id, b)
    assert (first.outcome, first.rows_added) == ("imported", 10)
    assert (again.outcome, again.rows_added, again.statement_id) == (
        "duplicate",
        0,
        first.statement_id,
    )
    assert (overlap.outcome, overlap.rows_read, overlap.rows_added) == ("imported", 10, 5)
    assert count(db_path, "statement_rows") == 15
    assert count(db_path, "statements") == 2 and count(db_path, "evidence") == 2


def test_two_like_rows_in_one_file_stay_two(case, tmp_path):
    db_path, case_id = case
    text = "交易日期,交易金额\n2026-10-02,8.00\n2026-10-02,8.00\n"
    report = import_statement(db_path, case_id, write(tmp_path, "c.csv", text.encode()))
    assert report.rows_added == 2


def test_bad_rows_import_nothing_unless_the_good_rows_are_accepted(case, tmp_path):
    db_path, case_id = case
    text = "交易日期,交易金额\n2026-10-02,8.00\n2026-10-03,八元\n2026-10-04,9.00\n"
    path = write(tmp_path, "c.csv", text.encode())
    refused = import_statement(db_path, case_id, path)
    assert refused.outcome == "refused" and refused.refusal == "bad_rows"
    assert [(b.line, b.code) for b in refused.bad_rows] == [(3, "bad_amount")]
    assert count(db_path, "statements") == count(db_path, "evidence") == 0
    accepted = import_statement(db_path, case_id, path, accept_bad_rows=True)
    assert (accepted.outcome, accepted.rows_added, len(accepted.bad_rows)) == ("imported", 2, 1)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT rows_bad, bad_rows FROM statements").fetchone() == (
        1,
        '[[3, "bad_amount", "amount"]]',
    )
    conn.close()


def test_a_refused_file_stores_nothing_and_says_why(case):
    db_path, case_id = case
    report = import_statement(db_path, case_id, corpus_file("statements", "csvkit__bad.csv"))
    assert (report.outcome, report.refusal, report.needs_mapping) == ("refused", "no_header", True)
    assert report.parsed is not None and report.parsed.preview
    assert count(db_path, "evidence") == 0
    with pytest.raises(UnknownCase):
        import_statement(db_path, 999, corpus_file("statements", "oca__paypal_statement_es.csv"))


@pytest.mark.parametrize(
    "name",
    [
        "oca__adyen_settlement_detail_report_batch_380.csv",
        "deg__example-wechat-records.xlsx",
        "deg__交易明细_xxxx_2025xxxx_2025xxxx.xls",
    ],
)
def test_corpus_statements_import(case, name):
    db_path, case_id = case
    report = import_statement(db_path, case_id, corpus_file("statements", name))
    assert report.outcome == "imported" and report.rows_added == report.rows_read > 0
    if name.startswith("oca__adyen"):
        assert report.findings == []  # Adyen's own batch adds up, payout included


def test_each_problem_is_found_with_its_code_date_and_amount(case, tmp_path):
    db_path, case_id = case
    rows = month(10)
    # Day 3's batch settles 5.00 short; from day 6 the fee is 0.60%.
    rows[3] = (rows[3][0], "1,000.00", "3.80", "991.20", PANS[0], "003", "消费")
    rows[4] = (rows[4][0], "500.00", "1.90", "498.10", PANS[0], "004", "消费")
    for i in range(6, 10):
        rows[i] = (rows[i][0], "1,000.00", "6.00", "994.00", PANS[1], f"{i:03d}", "消费")
    rows.append(("2026-10-20", "-99.00", "0.00", "-99.00", "", "020", "流量费"))
    provider = write(tmp_path, "p.csv", provider_csv(rows))
    credits = [(d, "996.20", "") for d in days(START + dt.timedelta(days=1), 3)]  # days 0-2
    credits += [("2026-10-05", "991.20", ""), ("2026-10-07", "996.20", "")]  # days 3, 5
    credits += [(d, "994.00", "") for d in days(START + dt.timedelta(days=7), 4)]
    credits += [("2026-10-25", "", "10.00")]
    # Day 4's 498.10 never reaches the bank.
    bank = write(tmp_path, "b.csv", bank_csv(credits))
    assert import_statement(db_path, case_id, provider).outcome == "imported"
    assert import_statement(db_path, case_id, bank, source="bank").outcome == "imported"
    terms = Terms(agreed_rate_ppm=3800, agreed_on=START, closed_on=dt.date(2026, 10, 15))
    findings = check_case(db_path, case_id, terms)
    got = [(f.code, f.on, f.owed) for f in findings]
    assert got == [
        (Code.SETTLEMENT_MISMATCH, dt.date(2026, 10, 4), Money(500)),
        (Code.SETTLEMENT_NOT_CREDITED, dt.date(2026, 10, 5), Money(49810)),
        (Code.FEE_ABOVE_AGREED, dt.date(2026, 10, 7), Money(4 * 220)),
        (Code.DEDUCTION_AFTER_CLOSURE, dt.date(2026, 10, 20), Money(9900)),
    ]
    statement_id = findings[0].rows[0][0]
    assert findings[0].rows == ((statement_id, 9),)  # line 9 of p.csv: day 3
    assert findings[2].until == dt.date(2026, 10, 10) and len(findings[2].rows) == 4


def test_findings_are_explained_never_deleted(case, tmp_path):
    db_path, case_id = case
    rows = month(2)
    rows[1] = (rows[1][0], "1,000.00", "3.80", "990.00", PANS[0], "001", "消费")
    path = write(tmp_path, "p.csv", provider_csv(rows))
    [finding] = import_statement(db_path, case_id, path).findings
    explain_finding(db_path, case_id, finding.id, "服务商已于11月补付")
    [again] = check_case(db_path, case_id)
    assert (again.id, again.explained_note, again.gone) == (finding.id, "服务商已于11月补付", False)
    conn = sqlite3.connect(db_path)
    try:
        # A later fix (the rows behind it gone) leaves the finding, marked gone.
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("UPDATE statement_rows SET net_minor = 99620")
        conn.commit()
        assert check_case(db_path, case_id) == []
        assert conn.execute(
            "SELECT gone_at IS NOT NULL, explained_note FROM findings"
        ).fetchone() == (1, "服务商已于11月补付")
        with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
            conn.execute("DELETE FROM findings")
    finally:
        conn.close()
    with pytest.raises(LookupError):
        explain_finding(db_path, case_id, 999, "x")


def test_terms_from_the_case_values():
    terms = terms_from_values(
        {
            "agreed_rate": "0.38%",
            "agreed_rate_on": START,
            "rate_rise_consented": 0,
            "closed_on": START,
            "returned_on": "not a date",
        }
    )
    assert terms == Terms(agreed_rate_ppm=3800, agreed_on=START, closed_on=START)
    assert terms_from_values({"agreed_rate": "abc"}).agreed_rate_ppm is None


def test_the_check_reads_the_closing_date_of_the_case(case, tmp_path):
    db_path, case_id = case
    db = open_database(db_path)
    CaseRepository(db).set_value(case_id, "closed_on", dt.date(2026, 10, 5))
    db.close()
    rows = month(3) + [("2026-10-09", "-45.00", "0.00", "-45.00", "", "009", "SIM卡流量费")]
    report = import_statement(db_path, case_id, write(tmp_path, "p.csv", provider_csv(rows)))
    assert [(f.code, f.on, f.owed) for f in report.findings] == [
        (Code.DEDUCTION_AFTER_CLOSURE, dt.date(2026, 10, 9), Money(4500))
    ]


def test_progress_is_reported_and_a_cancelled_import_stores_nothing(case, tmp_path):
    db_path, case_id = case
    rows = [(d, "10.00", "0.04", "9.96", PANS[0], "001", "消费") for d in days(START, 1)] * 12000
    path = write(tmp_path, "big.csv", provider_csv(rows))
    seen: list[tuple[int, int, str]] = []
    report = import_statement(db_path, case_id, path, progress=lambda *a: seen.append(a))
    assert report.rows_added == 12000
    reading = [s for s in seen if s[2] == "reading"]
    assert len(reading) >= 3 and reading[-1][1] == 12000 + 9  # lines in the file
    assert [s[2] for s in seen[-3:]] == ["storing", "checking", ""]
    calls = []

    def cancel_on_second_check() -> bool:
        calls.append(1)
        return len(calls) > 1

    other = write(tmp_path, "big2.csv", provider_csv(rows[:11000]))
    with pytest.raises(Cancelled):
        import_statement(db_path, case_id, other, cancelled=cancel_on_second_check)
    assert count(db_path, "statements") == 1 and count(db_path, "statement_rows") == 12000


def test_every_corpus_statement_goes_through_the_import(case):
    from test_statement_parse import CORPUS

    db_path, case_id = case
    for name, expected in sorted(CORPUS.items()):
        report = import_statement(
            db_path, case_id, corpus_file("statements", name), accept_bad_rows=True
        )
        if isinstance(expected, str):
            assert (report.outcome, report.refusal) == ("refused", expected), name
        else:
            assert report.outcome == "imported" and report.rows_read == expected[1], name
    assert count(db_path, "statements") == sum(not isinstance(e, str) for e in CORPUS.values())


def test_a_case_with_statements_and_findings_can_be_deleted_others_stay_protected(case, tmp_path):
    from posassist.usecases.casefile import open_case_file

    db_path, kept = case
    rows = month(2)
    rows[1] = (rows[1][0], "1,000.00", "3.80", "990.00", PANS[0], "001", "消费")
    path = write(tmp_path, "p.csv", provider_csv(rows))
    assert import_statement(db_path, kept, path).findings
    with open_case_file(db_path) as cf:
        mistake = cf.cases.create({"shop_name": "建错了", "provider": "X"})
    other = write(tmp_path, "q.csv", provider_csv(month(3, start=5)))
    rows2 = month(2, start=20)
    rows2[1] = (rows2[1][0], "1,000.00", "3.80", "980.00", PANS[1], "021", "消费")
    other = write(tmp_path, "q.csv", provider_csv(rows2))
    assert import_statement(db_path, mistake, other).findings
    with open_case_file(db_path) as cf:
        deletion = cf.delete_case(mistake, backup_first=False)
        assert deletion.case_id == mistake
        for table in ("statements", "statement_rows", "findings"):
            left = cf.db.execute(
                f"SELECT count(*) FROM {table} WHERE case_id = ?", [mistake]
            ).fetchone()[0]
            assert left == 0, table
        assert cf.db.execute("SELECT count(*) FROM findings").fetchone()[0] >= 1
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
            conn.execute("DELETE FROM findings WHERE case_id = ?", [kept])
    finally:
        conn.close()
