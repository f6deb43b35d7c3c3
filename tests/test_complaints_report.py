"""Complaints and their answers in the dossier, read back with pdftotext: in the
chronology (filed, answered) and in the complaint table under the contact log, in
English and in Chinese."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from test_calendar import make_case

from posassist.report import chronology
from posassist.usecases.casefile import open_case_file
from posassist.usecases.export import export_case
from posassist.usecases.snapshot import build_snapshot
from posassist.words import texts


def pdf_text(path) -> str:
    # A Debian tool (poppler-utils, installed by .ci/system-packages), not a Python one.
    if shutil.which("pdftotext") is None:
        pytest.fail("poppler-utils (pdftotext) must be installed for these tests")
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return re.sub(r"\s+", "", done.stdout.decode("utf-8"))  # cells wrap anywhere


def test_the_chronology_has_each_complaint_and_its_answer(data_dir):
    path, case_id = make_case(data_dir)
    case_file = open_case_file(path)
    snapshot = build_snapshot(case_file.db, case_id, "en")
    english = lambda _context, text: text  # noqa: E731
    with texts.translating_with(english):
        events = chronology.build(snapshot, texts, english)
    lines = [(e.on.isoformat(), e.title, e.detail) for e in events]
    assert (
        "2026-09-30",
        "Complaint filed: 12363 hotline",
        "ticket no. 12363-017 · 退押金",
    ) in lines
    assert ("2026-08-03", "Complaint filed: People's Bank of China branch", "退押金") not in lines
    assert ("2026-08-20", "Answer to the complaint: People's Bank of China branch", "已退") in lines
    # In date order with everything else.
    days = [e.on for e in events]
    assert days == sorted(days)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "en",
            ["Complaintfiled:12363hotline", "Answertothecomplaint:", "Complaints",
             "12363-017", "GD-77", "Noansweryet;promisedby2026-10-09"],
        ),
        (
            "zh_CN",
            ["提出投诉：12363热线", "投诉答复：人民银行分支机构", "投诉记录",
             "12363-017", "GD-77", "尚未答复;承诺2026-10-09前答复"],
        ),
    ],
)  # fmt: skip
def test_the_dossier_shows_the_complaints(data_dir, tmp_path, language, words):
    path, case_id = make_case(data_dir)
    out = tmp_path / f"dossier-{language}.pdf"
    export_case(path, case_id, out, language)
    text = pdf_text(out)
    for word in words:
        assert word in text, word
    # The chronology lists the 12363 complaint before its own table does.
    chronology_at = text.index("12363-017")
    assert text.index("GD-77") >= 0 and chronology_at < text.rindex("12363-017")
