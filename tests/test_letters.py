"""Letters made from a case (issue 14), read back: pdftotext for the PDF, python-docx for the
DOCX, in both languages; the facts, the dossier's fingerprint and the evidence numbers are
in each; a missing fact is refused before anything is written; the ID number is stored
nowhere."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from posassist.domain.letters import LetterKind, Missing, Need

TODAY = dt.date(2026, 11, 25)
ID_NUMBER = "11010519491231002X"
KINDS = [kind.value for kind in LetterKind]
# Facts of the sample case each letter must carry (besides shop, merchant and terminal IDs).
FACTS = {
    "close": ["N910A2318841", "6721", "某某收单机构（示例）", "某市某区金融大街 1 号（示例）"],
    "refund": ["¥99.00", "6721", "某某支付服务商（示例）"],
    "complaint": ["GD20261115-0372", "¥99.00", "王建国", "138-0000-0000"],
    "complaint-pbc": [ID_NUMBER, "某某收单机构（示例）", "某市某区金融大街 1 号（示例）", "王建国"],
    "power-of-attorney": [ID_NUMBER, "王小明", "110101199003074514", "王建国"],
}
WORDS = {  # a word of each language that the other language's letter must not show
    "zh_CN": ("证据材料汇编的材料指纹", "Evidence dossier"),
    "en": ("Evidence dossier of this case", "材料指纹"),
}
LONG_DATES = {"zh_CN": "2026年11月30日", "en": "30 November 2026"}  # requested_close_on


@pytest.fixture(scope="module")
def case_file(tmp_path_factory):
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.usecases.demo import add_demo_case, add_demo_evidence

    path = tmp_path_factory.mktemp("letters") / "posassist.sqlite3"
    db = open_database(path)
    case_id = add_demo_case(CaseRepository(db), TODAY)
    assert add_demo_evidence(db, case_id, TODAY) == 4
    db.close()
    return path, case_id


@pytest.fixture(scope="module")
def letters(case_file, tmp_path_factory):
    """Every kind in both languages and both formats: {(kind, language, fmt): result}."""
    from posassist.usecases.letters import make_letter

    path, case_id = case_file
    folder = tmp_path_factory.mktemp("made")
    made = {}
    for kind in KINDS:
        for language in ("zh_CN", "en"):
            for fmt in ("pdf", "docx"):
                out = folder / f"{kind}-{language}.{fmt}"
                made[kind, language, fmt] = make_letter(
                    path, case_id, kind, out, language, fmt, ID_NUMBER, today=TODAY
                )
    return made


def pdf_text(path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) must be installed"
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    parts.extend(p.text for p in document.sections[0].footer.paragraphs)
    return "\n".join(parts)


def flat(text: str) -> str:
    """pdftotext breaks lines where the letter wraps: compare without line breaks."""
    return re.sub(r"\s*\n\s*", "", text)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_each_letter_reads_back_with_its_facts_fingerprint_and_evidence(
    letters, kind, language, fmt
):
    result = letters[kind, language, fmt]
    assert result.path.is_file() and result.format == fmt
    text = pdf_text(result.path) if fmt == "pdf" else docx_text(result.path)
    joined = flat(text)
    for fact in ["老王家常菜馆", "898310058120345", "20581034", *FACTS[kind]]:
        assert flat(fact) in joined, (kind, language, fmt, fact)
    if kind == "close":
        assert LONG_DATES[language] in joined
    assert re.fullmatch(r"[0-9a-f]{64}", result.fingerprint)
    assert result.fingerprint in joined
    assert result.cited, kind
    for number in result.cited:
        assert number in joined, (kind, number)
    own, other = WORDS[language]
    assert own in joined and other not in joined
    if language == "zh_CN":  # no word of the English letter is left in the Chinese one
        english = re.findall(r"\b(?:[Tt]he|of|to|and|Dear|Yours|Page|Merchant|Terminal)\b", text)
        assert not english, (kind, fmt, english)
    # nothing printed as a blank: no dash for an empty value, no "None", no empty field
    assert "None" not in text and "—" not in text
    assert not re.search(r"[:：]\s*$", text.split("\n")[0])


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_font_of_a_letter_is_the_embedded_one(letters, language):
    for kind in KINDS:
        listed = subprocess.run(
            ["pdffonts", str(letters[kind, language, "pdf"].path)],
            capture_output=True, text=True, check=True,
        ).stdout.splitlines()[2:]  # fmt: skip
        assert listed and all("WenQuanYi" in line for line in listed), (kind, listed)
        assert all(line.split()[-5] == "yes" for line in listed), (kind, listed)  # embedded


def test_the_word_document_is_a4_with_the_letters_tables(letters):
    import docx

    document = docx.Document(str(letters["refund", "zh_CN", "docx"].path))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    amounts, enclosures = document.tables
    assert amounts.rows[-1].cells[0].text == "合计" and amounts.rows[-1].cells[-1].text == "¥99.00"
    # the grid's widths, as LibreOffice reads them (stored in twips)
    assert [round(c.width.cm, 1) for c in enclosures.columns] == [2.2, 13.8]
    assert [r.cells[0].text for r in enclosures.rows] == ["E-01", "E-02", "E-04"]
    assert "sha256:" in document.core_properties.keywords


def test_the_cited_numbers_are_the_letters_kinds_of_proof(letters):
    assert letters["close", "en", "pdf"].cited == ["E-01", "E-02", "E-03"]
    assert letters["refund", "en", "pdf"].cited == ["E-01", "E-02", "E-04"]  # no letters
    assert letters["complaint-pbc", "en", "pdf"].cited == ["E-01", "E-02", "E-03", "E-04"]
    assert letters["power-of-attorney", "en", "pdf"].cited == ["E-03"]


def test_no_fact_row_is_empty_in_any_letter(case_file):
    from posassist.report.letter_content import build_content
    from posassist.store.database import open_database
    from posassist.usecases.letters import dossier_fingerprint
    from posassist.usecases.snapshot import build_snapshot
    from posassist.words import texts

    path, case_id = case_file
    db = open_database(path)
    try:
        snapshot = build_snapshot(db, case_id, "en")
    finally:
        db.close()
    english = lambda _c, text: text  # noqa: E731
    for kind in KINDS:
        with texts.translating_with(english):
            content = build_content(
                snapshot, kind, dossier_fingerprint(snapshot), texts, english, TODAY, ID_NUMBER
            )
        for block in content.blocks:
            assert block.text or block.rows, (kind, block)
            for row in block.rows:
                cells = row if isinstance(row, tuple) else (row,)
                if block.kind == "amounts":
                    cells = (cells[0], cells[-1])  # a fee may have no date or note
                assert all(str(c).strip() for c in cells), (kind, block.kind, row)


def test_the_letter_and_a_dossier_of_the_same_case_state_have_one_fingerprint(
    case_file, letters, tmp_path
):
    from posassist.domain.evidence import Category
    from posassist.evidence.pipeline import import_files
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository
    from posassist.usecases.export import export_case, verify_dossier
    from posassist.usecases.letters import make_letter

    path, case_id = case_file
    copy = tmp_path / "case.sqlite3"
    shutil.copy(path, copy)
    english = lambda _c, text: text  # noqa: E731
    from posassist.words import texts

    dossier = export_case(copy, case_id, tmp_path / "d.pdf", "en", labels=texts, translate=english)
    assert dossier.fingerprint == letters["close", "zh_CN", "pdf"].fingerprint
    report, _ = verify_dossier(tmp_path / "d.pdf")
    assert report.fingerprint == dossier.fingerprint
    # New evidence: a new fingerprint, the same for the next letter and the next dossier.
    db = open_database(copy)
    import_files(
        EvidenceRepository(db),
        case_id,
        "money",
        [("more.txt", "扣费通知".encode())],
        Category.FEE_RECEIPT,
    )
    db.close()
    letter = make_letter(copy, case_id, "refund", tmp_path / "r.pdf", "en", today=TODAY)
    again = export_case(copy, case_id, tmp_path / "d2.pdf", "en", labels=texts, translate=english)
    assert letter.fingerprint == again.fingerprint != dossier.fingerprint
    assert "E-05" in letter.cited


def test_a_missing_fact_is_refused_before_anything_is_written(tmp_path):
    from posassist.usecases.cases import open_case_file
    from posassist.usecases.letters import MissingFacts, letter_problems, make_letter
    from posassist.words import letters as letter_words
    from posassist.words import texts

    path = tmp_path / "case.sqlite3"
    case_file = open_case_file(path)
    case_id = case_file.create_case(
        {
            "shop_name": "小店",
            "provider": "某服务商",
            "terminal_type": "hardware",
            "reason": "closing",
        }
    )
    case_file.cases.set_value(case_id, "merchant_id", "898310058120345")
    case_file.close()
    out = tmp_path / "out" / "close.pdf"
    with pytest.raises(MissingFacts) as caught:
        make_letter(path, case_id, "close", out, "en", id_number=None, today=TODAY)
    missing = caught.value.missing
    assert Missing(Need.FIELD, "owner_name") in missing
    assert Missing(Need.FIELD, "merchant_id") not in missing
    assert Missing(Need.EVIDENCE, "application_form") in missing
    assert missing == letter_problems(path, case_id, "close")
    assert not out.exists() and not (out.parent.exists() and list(out.parent.iterdir()))
    with texts.translating_with(lambda _c, text: text):
        worded = [letter_words.letter_missing(m) for m in missing]
    assert "Owner or legal representative (name) (step: The terminal and why it stops)" in worded
    with pytest.raises(MissingFacts) as caught:
        make_letter(path, case_id, "power-of-attorney", out, "en", "docx", id_number="12")
    assert Missing(Need.BAD_ID_NUMBER) in caught.value.missing


def test_the_id_number_is_stored_nowhere(case_file, letters):
    path, _case_id = case_file
    for name in os.listdir(path.parent):
        data = (path.parent / name).read_bytes()
        assert ID_NUMBER.encode() not in data, name
        assert ID_NUMBER.encode("utf-16-le") not in data, name


def run(*args: str, data: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "POSASSIST_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "posassist", *args, "--data-dir", str(data)],
        capture_output=True, text=True, timeout=120, env=env, cwd=Path(__file__).parent,
    )  # fmt: skip


def test_the_letter_command(tmp_path):
    assert run("demo-case", "--with-evidence", data=tmp_path).returncode == 0
    out = tmp_path / "c.pdf"
    lacking = run("letter", "1", "--kind", "complaint-pbc", "-o", str(out), "--lang", "zh_CN",
                  data=tmp_path)  # fmt: skip
    assert lacking.returncode == 1, lacking.stderr
    assert "您的身份证号码" in lacking.stderr and "Traceback" not in lacking.stderr
    assert not out.exists()
    made = run("letter", "1", "--kind", "complaint-pbc", "-o", str(out), "--lang", "en",
               "--id-number", ID_NUMBER, data=tmp_path)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "fingerprint" in made.stdout and "E-04" in made.stdout
    assert ID_NUMBER in flat(pdf_text(out))
    word = tmp_path / "close.docx"
    made = run("letter", "1", "--kind", "close", "-o", str(word), data=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "申请人" in docx_text(word)  # the letter in Chinese by default, as a .docx
    wrong = "110105194912310021"  # the check digit is X
    bad = run("letter", "1", "--kind", "close", "-o", str(word), "--id-number", wrong,
              data=tmp_path)  # fmt: skip
    assert bad.returncode == 2 and "--id-number" in bad.stderr
    assert run("letter", "7", "--kind", "refund", "-o", str(out), data=tmp_path).returncode == 2
