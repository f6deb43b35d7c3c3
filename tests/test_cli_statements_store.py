"""The command line's statement, check, backup, restore, check-store and delete-case."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from statement_files import PANS, bank_csv, days, provider_csv

HERE = Path(__file__).resolve().parent
START = dt.date(2026, 10, 1)


def run(data: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANGUAGE")}
    env.pop("POSASSIST_DATA_DIR", None)
    env["LANG"] = "C.UTF-8"
    return subprocess.run(
        [sys.executable, "-m", "posassist", *args, "--data-dir", str(data)],
        capture_output=True, text=True, timeout=120, env=env, cwd=HERE,
    )  # fmt: skip


def month() -> list[tuple]:
    rows = []
    for i, on in enumerate(days(START, 6)):
        rows.append((on, "1,000.00", "3.80", "996.20", PANS[i % len(PANS)], f"{i:03d}", "消费"))
    rows[2] = (rows[2][0], "1,000.00", "3.80", "991.20", PANS[0], "002", "消费")  # 5.00 short
    rows.append(("2026-10-20", "-99.00", "0.00", "-99.00", "", "020", "流量费"))
    return rows


def test_statement_then_check_finds_each_problem_as_json(tmp_path: Path):
    data = tmp_path / "data"
    assert run(data, "demo-case").returncode == 0
    assert run(data, "set", "1", "closed_on=2026-10-15", "agreed_rate=0.38%").returncode == 0
    provider = tmp_path / "交易明细.csv"
    provider.write_bytes(provider_csv(month()))  # GBK, a preamble, full card numbers
    credits = [(d, "996.20", "") for d in days(START + dt.timedelta(days=1), 6)]
    credits[2] = ("2026-10-04", "991.20", "")
    del credits[4]  # one 996.20 settlement never reaches the bank
    credits.append(("2026-10-25", "", "10.00"))  # the statement runs past every delay
    bank = tmp_path / "bank.csv"
    bank.write_bytes(bank_csv(credits))
    first = run(data, "statement", "1", str(provider))
    assert first.returncode == 0, first.stderr
    assert f"{provider}: 7 rows imported (7 new), 6 card numbers masked" in first.stdout
    second = run(data, "statement", "1", str(bank), "--source", "bank")
    assert second.returncode == 0, second.stderr
    again = run(data, "statement", "1", str(provider))
    assert "imported before, nothing added" in again.stdout
    checked = run(data, "check", "1", "--json")
    assert checked.returncode == 0, checked.stderr
    found = {(f["code"], f["date"], f["amount"]) for f in json.loads(checked.stdout)}
    assert ("settlement_mismatch", "2026-10-03", "5.00") in found
    assert ("deduction_after_closure", "2026-10-20", "99.00") in found
    missing = [f for f in json.loads(checked.stdout) if f["code"] == "settlement_not_credited"]
    # Which of two like settlements went missing cannot be told: one of them did.
    assert [(f["amount"], f["date"] in ("2026-10-05", "2026-10-06")) for f in missing] == [
        ("996.20", True)
    ]
    for finding in json.loads(checked.stdout):
        assert finding["file"] in ("交易明细.csv", "bank.csv")
        assert finding["lines"] and all(isinstance(n, int) for n in finding["lines"])
    text = run(data, "check", "1")
    assert "Ask the provider" in text.stdout or "ask" in text.stdout.lower()
    raw = b"".join(p.read_bytes() for p in data.rglob("posassist.sqlite3*"))
    for pan in PANS:
        assert pan.encode() not in raw


def test_setting_the_agreed_rate_checks_the_statements_again(tmp_path: Path):
    """The stored findings (what the dossier shows) follow `set`, not only `check`."""
    from posassist.store.database import open_database
    from posassist.store.statements import StatementRepository

    data = tmp_path / "data"
    assert run(data, "demo-case").returncode == 0
    provider = tmp_path / "p.csv"
    provider.write_bytes(provider_csv(month()))  # fees of 0.38 %
    assert run(data, "statement", "1", str(provider)).returncode == 0

    def stored() -> set[str]:
        db = open_database(data / "posassist.sqlite3")
        try:
            return {f.code for f in StatementRepository(db).findings(1, include_gone=False)}
        finally:
            db.close()

    assert "fee_above_agreed" not in stored()
    assert run(data, "set", "1", "agreed_rate=0.30%").returncode == 0
    assert "fee_above_agreed" in stored()
    assert run(data, "set", "1", "agreed_rate=0.38%").returncode == 0
    assert "fee_above_agreed" not in stored()


def test_a_refused_statement_is_named_with_its_reason_and_exit_1(tmp_path: Path):
    from corpus import corpus_file

    data = tmp_path / "data"
    assert run(data, "demo-case").returncode == 0
    bad = corpus_file("statements", "csvkit__bad.csv")
    result = run(data, "statement", "1", str(bad))
    assert result.returncode == 1
    assert f"{bad}: refused: " in result.stdout and "Traceback" not in result.stderr


def test_backup_restore_and_check_store(tmp_path: Path):
    data = tmp_path / "data"
    assert run(data, "demo-case").returncode == 0
    copy = tmp_path / "copy.sqlite3"
    made = run(data, "backup", "-o", str(copy))
    assert made.returncode == 0, made.stderr
    assert "1 cases" in made.stdout and copy.is_file()
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    assert run(data, "demo-case").returncode == 0  # a second case, not in the backup
    assert run(data, "check-store").returncode == 0
    restored = run(data, "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    listed = run(data, "cases").stdout.strip().splitlines()
    assert len(listed) == 2  # the header and the one case of the backup
    assert "set-aside" in restored.stdout


def test_delete_case_asks_for_yes_then_deletes(tmp_path: Path):
    data = tmp_path / "data"
    assert run(data, "demo-case").returncode == 0
    assert run(data, "demo-case").returncode == 0
    refused = run(data, "delete-case", "2")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = run(data, "delete-case", "2", "--yes")
    assert done.returncode == 0, done.stderr
    assert "case 2" in done.stdout
    assert len(run(data, "cases").stdout.strip().splitlines()) == 2
    missing = run(data, "delete-case", "2", "--yes")
    assert missing.returncode == 2 and "no case 2" in missing.stderr


def test_a_damaged_case_file_is_named_and_left_untouched(tmp_path: Path):
    import hashlib

    data = tmp_path / "data"
    data.mkdir()
    case_file = data / "posassist.sqlite3"
    case_file.write_bytes(b"this is not a database" * 100)
    before = hashlib.sha256(case_file.read_bytes()).hexdigest()
    for command in (("cases",), ("demo-case",), ("backup",), ("check-store",)):
        result = run(data, *command)
        assert result.returncode == 1, (command, result.stderr)
        assert str(case_file) in result.stderr and "not a POS Assist case file" in result.stderr
        assert "Traceback" not in result.stderr
    assert hashlib.sha256(case_file.read_bytes()).hexdigest() == before
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "posassist.sqlite3").write_bytes(b"")
    result = run(empty, "cases")
    assert result.returncode == 1 and "empty" in result.stderr
    assert (empty / "posassist.sqlite3").read_bytes() == b""
