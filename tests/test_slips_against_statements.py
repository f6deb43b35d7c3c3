"""Slips read from their photos and checked against the provider's statement, on a real
case file: `posassist evidence --json` (reading the photos first), a suggestion accepted,
the cross-check's finding and proven row, in `posassist check --json` and in the dossier."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from slips import make_slip
from statement_files import PANS, days, provider_csv
from test_cli_statements_store import run  # the command line, as a separate process

from posassist.domain.history import Event
from posassist.domain.slip_check import SLIP_NOT_IN_STATEMENT

HERE = Path(__file__).resolve().parent
START = dt.date(2026, 10, 1)
# Day 3's sale (line 8 of the provider's file) has its slip; day 4's second sale does not
# appear in the statement at all.
SOLD = {"date": "2026/10/03", "amount": "2,345.60", "terminal_id": "12345678"}
MISSING = {"date": "2026/10/04", "amount": "888.00", "terminal_id": "12345678"}


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    """A case with the provider's statement and two slip photos, not read yet."""
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.usecases.evidence import attach
    from posassist.usecases.statements import import_statement

    data = tmp_path_factory.mktemp("slips")
    path = data / "posassist.sqlite3"
    db = open_database(path)
    case_id = CaseRepository(db).create({"shop_name": "小卖部", "provider": "某某支付"})
    db.close()
    rows = [(on, "1,000.00", "3.80", "996.20", PANS[0], f"{i:03d}", "消费") for i, on in
            enumerate(days(START, 5))]  # fmt: skip
    rows[2] = (rows[2][0], "2,345.60", "8.91", "2336.69", PANS[0], "002", "消费")
    statement = data / "provider.csv"
    statement.write_bytes(provider_csv(rows))
    assert import_statement(path, case_id, statement).outcome == "imported"
    sold, missing = make_slip(71, values=SOLD), make_slip(72, values=MISSING)
    attach(path, case_id, [("sold.jpg", sold.jpeg), ("missing.jpg", missing.jpeg)], "backup")
    return data, path, case_id, sold, missing


@pytest.fixture(scope="module")
def listed(case):
    data, _path, case_id, *_ = case
    done = run(data, "evidence", str(case_id), "--json")
    assert done.returncode == 0, done.stderr
    return done


def test_evidence_json_reads_the_photos_first_and_lists_what_was_read(case, listed):
    _data, _path, _case_id, sold, missing = case
    # It waited for the reading: both photos were read by the command itself.
    assert "reading the text on sold.jpg (1 of 2)" in listed.stderr
    assert "reading the text on missing.jpg (2 of 2)" in listed.stderr
    items = {item["file_name"]: item for item in json.loads(listed.stdout)}
    assert set(items) == {"provider.csv", "sold.jpg", "missing.jpg"}
    one = items["missing.jpg"]
    assert isinstance(one["number"], int) and one["label"] == f"E-0{one['number']}"
    assert len(one["sha256"]) == 64 and one["category"] == "transaction_record"
    assert one["document_date"] is None and one["text"] == "read"
    assert one["read"]["date"] == "2026-10-04" and one["read"]["amount"] == "888.00"
    assert one["read"]["card_last4"] == missing.fields["card"][-4:]
    assert one["read"]["terminal_id"] == "12345678"
    assert one["read"]["batch"] == missing.fields["batch"]
    assert one["read"]["reference"] == missing.fields["reference"]
    assert items["sold.jpg"]["read"]["amount"] == "2345.60"
    # The statement has no pictures: nothing read, every field there and empty.
    assert items["provider.csv"]["text"] == "no_text"
    assert set(items["provider.csv"]["read"]) >= {"date", "amount", "card_last4", "terminal_id"}
    # A second run has nothing left to read.
    again = run(case[0], "evidence", str(case[2]))
    assert again.returncode == 0 and "reading the text" not in again.stderr
    assert "amount 888.00" in again.stdout and "terminal 12345678" in again.stdout


def test_a_slip_only_read_proves_its_row_but_claims_nothing(case, listed):
    from posassist.usecases.statements import check_case

    _data, path, case_id, *_ = case
    findings = check_case(path, case_id)
    assert not [f for f in findings if f.code == SLIP_NOT_IN_STATEMENT]


def test_accepting_the_read_date_and_amount_makes_the_missing_sale_a_finding(case, listed):
    from posassist.usecases.evidence_reading import accept, case_readings, suggestions

    data, path, case_id, *_ = case
    item = next(i for i in case_readings(path, case_id) if i.file_name == "missing.jpg")
    offered = {s.field: s for s in suggestions(item)}
    assert set(offered) == {"document_date", "amount"}  # the category is already right
    assert offered["amount"].value == "888.00" and offered["amount"].currency == "CNY"
    assert "888.00" in offered["amount"].read.source  # where it was read
    accepted = accept(path, case_id, offered["document_date"])
    assert accepted.doc_date == dt.date(2026, 10, 4)
    accepted = accept(path, case_id, offered["amount"])
    assert accepted.amount.minor == 88800
    item = next(i for i in case_readings(path, case_id) if i.file_name == "missing.jpg")
    assert suggestions(item) == []  # nothing left to offer
    # The history tells both, and the line each was read from.
    told = [e.detail for e in history(path, case_id) if e.event is Event.EVIDENCE_CHANGED]
    assert told[-2].startswith("doc_date: — → 2026-10-04 (read on the slip, page 1: ")
    assert told[-1].startswith("amount: — → 888.00 CNY (read on the slip, page 1: ")
    assert "888.00" in told[-1].partition("page 1: ")[2]
    checked = run(data, "check", str(case_id), "--json")
    assert checked.returncode == 0, checked.stderr
    (found,) = [f for f in json.loads(checked.stdout) if f["code"] == SLIP_NOT_IN_STATEMENT]
    assert found["date"] == "2026-10-04" and found["amount"] == "888.00"
    assert found["evidence"] == "missing.jpg" and found["lines"] == []


def history(path: Path, case_id: int) -> list:
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database

    db = open_database(path)
    try:
        return CaseRepository(db).history(case_id)
    finally:
        db.close()


def test_the_dossier_shows_the_finding_and_the_sale_a_slip_proves(case, listed, tmp_path):
    from posassist.usecases.evidence_reading import case_readings
    from posassist.usecases.export import export_case
    from posassist.usecases.statements import check_case

    if shutil.which("pdftotext") is None:
        pytest.fail("poppler-utils must be installed for this test")
    _data, path, case_id, *_ = case
    check_case(path, case_id)
    labels = {i.file_name: i.label for i in case_readings(path, case_id)}
    for language, words in (
        ("en", ("Sale slip not in the statement", "Sales proven by slips")),
        ("zh_CN", ("签购单在对账单中没有记录", "有签购单为证的交易")),
    ):
        pdf = tmp_path / f"dossier-{language}.pdf"
        export_case(path, case_id, pdf, language)
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True
        ).stdout
        flat = "".join(text.split())
        for word in words:
            assert "".join(word.split()) in flat, (language, word)
        assert f"{labels['missing.jpg']}missing.jpg" in flat
        proven = flat[flat.index("".join(words[1].split())) :]
        assert f"{labels['sold.jpg']}sold.jpg" in proven and "2026-10-03" in proven
        assert "provider.csv" in proven and "¥2,345.60" in proven
