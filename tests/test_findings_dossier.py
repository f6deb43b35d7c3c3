"""The Findings section of the dossier: a case with a provider's and a bank's statement that
hold every kind of finding, exported through the export use case in both languages and
read back with pdftotext; then verified, its fonts checked and its page rendered."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from statement_files import PANS, bank_csv, days, provider_csv

from posassist.domain.settlement import Code, Terms

START = dt.date(2026, 10, 1)
CLOSED = dt.date(2026, 10, 15)
TERMS = Terms(agreed_rate_ppm=3800, agreed_on=START, closed_on=CLOSED)
NOTE = "服务商称已于10月12日补付"


def provider_rows() -> list[tuple]:
    """Lines 6-20 of the provider's file (five preamble and header lines come first)."""
    rows = [
        (on, "1,000.00", "3.80", "996.20", PANS[i % len(PANS)], f"{i:03d}", "消费")
        for i, on in enumerate(days(START, 10))
    ]
    # Line 9: day 3's batch settles 5.00 short. Line 10: day 4, never credited.
    rows[3] = (rows[3][0], "1,000.00", "3.80", "991.20", PANS[0], "003", "消费")
    rows[4] = (rows[4][0], "500.00", "1.90", "498.10", PANS[0], "004", "消费")
    # Lines 12-15: from day 6 the fee is 0.60%.
    for i in range(6, 10):
        rows[i] = (rows[i][0], "1,000.00", "6.00", "994.00", PANS[1], f"{i:03d}", "消费")
    rows += [
        # Line 16: settled 2.00 more than the takings less fees (owed by the shop).
        ("2026-10-11", "1,000.00", "3.80", "998.20", PANS[2], "010", "消费"),
        # Lines 17-18: a batch whose payout line is 6.20 short.
        ("2026-10-13", "1,000.00", "3.80", "996.20", PANS[3], "012", "消费"),
        ("2026-10-13", "-990.00", "0.00", "-990.00", "", "012", "结算款划付"),
        # Line 19: a sale after the closing date; line 20: a charge after it.
        ("2026-10-18", "30.00", "0.11", "29.89", PANS[0], "018", "消费"),
        ("2026-10-20", "-99.00", "0.00", "-99.00", "", "020", "流量费"),
    ]
    return rows


def bank_credits() -> list[tuple[str, str, str]]:
    """Lines 5-16 of the bank's file."""
    credits = [(d, "996.20", "") for d in days(START + dt.timedelta(days=1), 3)]
    credits += [("2026-10-05", "991.20", ""), ("2026-10-07", "996.20", "")]
    credits += [(d, "994.00", "") for d in days(START + dt.timedelta(days=7), 4)]
    credits += [("2026-10-12", "998.20", ""), ("2026-10-14", "990.00", "")]
    credits += [("2026-10-19", "29.89", ""), ("2026-10-25", "", "10.00")]
    return credits


# (code, date(s) as the section shows them, amount, rows) of every finding, in order.
EXPECTED = [
    (Code.SETTLEMENT_MISMATCH, "2026-10-04", "¥5.00", "E-01 provider.csv", "9"),
    (Code.SETTLEMENT_NOT_CREDITED, "2026-10-05", "¥498.10", "E-01 provider.csv", "10"),
    (Code.FEE_ABOVE_AGREED, "2026-10-07", "¥8.80", "E-01 provider.csv", "12–15"),
    (Code.SETTLEMENT_MISMATCH, "2026-10-11", "¥2.00", "E-01 provider.csv", "16"),
    (Code.PAYOUT_MISMATCH, "2026-10-13", "¥6.20", "E-01 provider.csv", "18"),
    (Code.TRANSACTION_AFTER_CLOSURE, "2026-10-18", "—", "E-01 provider.csv", "19"),
    (Code.DEDUCTION_AFTER_CLOSURE, "2026-10-20", "¥99.00", "E-01 provider.csv", "20"),
]


def need_poppler() -> None:
    missing = [t for t in ("pdftotext", "pdffonts") if shutil.which(t) is None]
    if missing:
        pytest.fail(f"poppler-utils must be installed for these tests (missing {missing})")


def make_case(folder: Path) -> tuple[Path, int]:
    """A case whose statements hold every kind of finding; one finding explained, and
    two that an earlier check found (at another agreed rate) and the latest no longer
    does. Also made by docs/dossier/make_findings_sample.py."""
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.usecases.statements import check_case, explain_finding, import_statement

    path = folder / "posassist.sqlite3"
    db = open_database(path)
    case_id = CaseRepository(db).create({"shop_name": "小卖部", "provider": "某某支付"})
    db.close()
    provider = folder / "provider.csv"
    provider.write_bytes(provider_csv(provider_rows()))
    bank = folder / "bank.csv"
    bank.write_bytes(bank_csv(bank_credits()))
    assert import_statement(path, case_id, provider).outcome == "imported"
    assert import_statement(path, case_id, bank, source="bank").outcome == "imported"
    check_case(path, case_id, Terms(agreed_rate_ppm=3000, agreed_on=START, closed_on=CLOSED))
    findings = check_case(path, case_id, TERMS)
    assert [(f.code, f.on.isoformat()) for f in findings] == [(c, d) for c, d, *_ in EXPECTED]
    explain_finding(path, case_id, findings[1].id, NOTE)
    return path, case_id


@pytest.fixture(scope="module")
def case(tmp_path_factory) -> tuple[Path, int]:
    return make_case(tmp_path_factory.mktemp("findings"))


@pytest.fixture(scope="module")
def dossiers(case, tmp_path_factory) -> dict[str, Path]:
    from posassist.usecases.export import export_case

    path, case_id = case
    folder = tmp_path_factory.mktemp("dossiers")
    made = {}
    for language in ("en", "zh_CN"):
        made[language] = folder / f"dossier-{language}.pdf"
        export_case(path, case_id, made[language], language)
    return made


def pages(pdf: Path) -> list[str]:
    need_poppler()
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return out.split("\f")[:-1]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def words(language: str):
    """The app's words for `language`, as the export used them."""
    from posassist.words import findings, texts
    from posassist.words.translation import translator_for

    translate = translator_for(language)

    def say(function, *args):
        with texts.translating_with(translate):
            return function(*args)

    return translate, lambda f: say(findings.title, f.code), lambda f: say(findings.sentence, f)


def section(pdf: Path, heading: str, following: str) -> str:
    """The text of the Findings section, spaces left out: from its heading (the last one
    before the first finding, the contents having one too) to the heading that follows."""
    body = flat("\f".join(pages(pdf)))
    start = body.rfind(flat(heading), 0, body.index("F-01"))
    return body[start : body.index(flat(following), start)]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_finding_is_in_the_dossier_with_its_words_dates_amounts_and_rows(
    case, dossiers, language
):
    from posassist.usecases.statements import check_case

    path, case_id = case
    translate, title, sentence = words(language)
    heading = translate("Dossier", "Findings")
    assert heading != "Findings" or language == "en"
    every = pages(dossiers[language])
    contents = flat(every[1])
    assert flat(heading) in contents  # a line of the contents, after the money's
    assert contents.index(flat(translate("Dossier", "Money"))) < contents.index(flat(heading))
    text = section(dossiers[language], heading, translate("Dossier", "Contact log"))
    # The statements it read, by evidence number.
    assert "E-01provider.csv" in text and "E-02bank.csv" in text
    assert "2026-10-01–2026-10-20" in text and "2026-10-02–2026-10-25" in text
    findings = check_case(path, case_id, TERMS)
    position = 0
    for number, (finding, (code, on, amount, statement, lines)) in enumerate(
        zip(findings, EXPECTED, strict=True), start=1
    ):
        assert finding.code == code
        at = text.index(f"F-{number:02d}", position)
        block = text[at : text.find(f"F-{number + 1:02d}", at) if number < 7 else None]
        assert flat(title(finding)) in block, (language, code)
        assert flat(sentence(finding)) in block, (language, code)
        assert on in block and amount in block
        assert flat(statement) in block and lines in block, (language, code, block)
        position = at
    # The explained one carries the owner's note.
    explained = text[text.index("F-02") : text.index("F-03")]
    assert NOTE in explained
    assert flat(translate("Dossier", "explained")) in explained
    # The fee finding covers its days.
    fee = text[text.index("F-03") : text.index("F-04")]
    assert "2026-10-07" in fee and "2026-10-10" in fee
    # Totals of the open findings each way: 5.00 + 8.80 + 6.20 + 99.00 to the shop (the
    # explained 498.10 is not counted), 2.00 by the shop.
    to_shop = flat(translate("Dossier", "Owed to the shop, by the open findings"))
    by_shop = flat(translate("Dossier", "Owed by the shop, by the open findings"))
    assert to_shop + "¥119.00" in text
    assert by_shop + "¥2.00" in text
    # What an earlier check found and the latest no longer does: listed apart, muted.
    gone = text[text.index(flat(translate("Dossier", "No longer found"))) :]
    assert "F-08" in gone and "0.38%" in gone and "6–11" in gone


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_dossier_with_findings_verifies_and_embeds_every_font(dossiers, language, capsys):
    from posassist.cli.report_commands import verify_file

    need_poppler()
    pdf = dossiers[language]
    assert verify_file(pdf, None) == 0, capsys.readouterr()
    listing = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    rows = listing.stdout.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), listing.stdout


def test_a_case_without_statements_has_no_findings_section(tmp_path):
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.usecases.export import export_case

    path = tmp_path / "posassist.sqlite3"
    db = open_database(path)
    case_id = CaseRepository(db).create({"shop_name": "小卖部", "provider": "某某支付"})
    db.close()
    export_case(path, case_id, tmp_path / "d.pdf", "en")
    text = "".join(pages(tmp_path / "d.pdf"))
    assert "Findings" not in text and "settlement check" not in text


def test_a_case_whose_statements_add_up_says_so(tmp_path):
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.usecases.export import export_case
    from posassist.usecases.statements import import_statement

    path = tmp_path / "posassist.sqlite3"
    db = open_database(path)
    case_id = CaseRepository(db).create({"shop_name": "小卖部", "provider": "某某支付"})
    db.close()
    statement = tmp_path / "p.csv"
    statement.write_bytes(provider_csv(provider_rows()[:3]))
    assert import_statement(path, case_id, statement).findings == []
    export_case(path, case_id, tmp_path / "d.pdf", "en")
    text = flat("".join(pages(tmp_path / "d.pdf")))
    assert "Findings" in text and "E-01p.csv" in text
    assert "Thecheckfoundnothingwrong." in text
    assert "Owedtotheshop,bytheopenfindings¥0.00" in text


def test_line_numbers_read_as_ranges_and_a_long_list_is_counted():
    from posassist.report.sections.findings import MAX_RANGES, line_ranges, rows_text
    from posassist.report.snapshot import StatementLines

    assert line_ranges([15, 9, 10, 11, 20, 21]) == ["9–11", "15", "20–21"]
    assert line_ranges([]) == []
    english = lambda _context, text: text  # noqa: E731
    one = StatementLines("E-02", "b.csv", (7,))
    assert rows_text((one,), english) == "Statement rows: E-02 b.csv, line 7"
    many = StatementLines("E-01", "p.csv", tuple(range(6, 6 + 3 * (MAX_RANGES + 5), 3)))
    text = rows_text((many, one), english)
    assert text.count(",") == MAX_RANGES + 1  # after the name, between the ranges; E-02's
    assert "and 5 more" in text and text.endswith("E-02 b.csv, line 7")


def test_the_packet_has_the_findings_and_proposes_the_statements_behind_them(case, tmp_path):
    from posassist.usecases.export import export_case, proposal

    path, case_id = case
    proposed = [number for number, chosen, _item in proposal(path, case_id) if chosen]
    assert proposed == ["E-01"]  # every open finding rests on the provider's rows
    result = export_case(path, case_id, tmp_path / "p.pdf", "en", packet=True)
    assert result.packet and result.shown == ["E-01"]
    findings = section(tmp_path / "p.pdf", "Findings", "Contact log")
    for number in range(1, 8):
        assert f"F-{number:02d}" in findings
    assert "F-08" not in findings  # the one no longer found is left to the full dossier
    assert "2earlierfindingsthatthelatestchecknolongerfindsareinthefulldossier." in findings
    assert "Owedtotheshop,bytheopenfindings¥119.00" in findings
