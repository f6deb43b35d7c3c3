"""Render the sample dossier of docs/dossier/: the demo case with corpus evidence attached,
exported in Chinese and in English, and its key pages as PNG (pdftoppm -r 60).

    .venv/bin/python docs/dossier/make_sample.py [--keep DIR]

Each language's words come from the app's catalogue, as for `posassist export --lang`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

FILES = [
    ("receipts/mindee__receipt.jpg", "backup", "settlement_slip", "最后一批结算单", -11),
    ("statements/deg__example-alipay-records.csv", "backup", "transaction_record", "交易明细", -12),
    ("pdfs/ocrmypdf__multipage.pdf", "contact", "correspondence", "服务商的书面答复", -10),
    ("receipts/azure-di__receipt-japanese.png", "money", "fee_receipt", "流量费扣费小票", -5),
    (
        "receipts/textractor__patient_intake_form_sample.jpg",
        "return",
        "return_receipt",
        "设备交接单（手机拍摄）",
        -3,
    ),
]
TODAY = dt.date(2026, 11, 25)
PAGES = [  # (file name, outline title in English, in Chinese)
    ("01-cover", None, None),
    ("02-contents", "Contents", "目录"),
    ("03-summary", "Summary", "概要"),
    ("04-chronology", "Chronology", "时间线"),
    ("05-money", "Money", "费用与款项"),
    ("06-evidence-index", "Evidence index", "证据目录"),
    ("07-evidence-photo", "E-05", "E-05"),
    ("08-evidence-pdf-caption", "E-03", "E-03"),
    ("09-evidence-pdf-page", "E-03+1", "E-03+1"),
]


def make_case(folder: Path) -> tuple[Path, int]:
    from posassist.domain.evidence import Category
    from posassist.evidence.pipeline import import_file
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository
    from posassist.usecases.demo import add_demo_case

    path = folder / "posassist.sqlite3"
    repo = CaseRepository(open_database(path))
    case_id = add_demo_case(repo, TODAY)
    evidence = EvidenceRepository(repo.db)
    for rel, stage, category, description, day in FILES:
        outcome = import_file(evidence, case_id, stage, CORPUS / rel, Category(category))
        evidence.update(
            outcome.evidence_id,
            description=description,
            doc_date=TODAY + dt.timedelta(days=day),
        )
    repo.db.close()
    return path, case_id


def page_numbers(pdf: Path, language: str) -> dict[str, int]:
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    found: dict[str, int] = {}

    def walk(outline) -> None:
        for entry in outline:
            if isinstance(entry, list):
                walk(entry)
            else:
                found.setdefault(entry.title, reader.get_destination_page_number(entry) + 1)

    walk(reader.outline)
    numbers = {"01-cover": 1}
    for name, english, chinese in PAGES[1:]:
        title = english if language == "en" else chinese
        base, _, extra = title.partition("+")
        page = next((n for t, n in found.items() if t.startswith(base)), None)
        if page is not None:
            numbers[name] = page + int(extra or 0)
    return numbers


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="keep the case file and the PDFs here")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from posassist.usecases.export import export_case

    work = args.keep or Path(tempfile.mkdtemp(prefix="posassist-sample-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        path, case_id = make_case(work)
        for language in ("zh_CN", "en"):
            pdf = work / f"sample-{language}.pdf"
            export_case(path, case_id, pdf, language)
            target = HERE / language
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir()
            for name, page in page_numbers(pdf, language).items():
                stem = target / name
                subprocess.run(
                    [
                        "pdftoppm",
                        "-r",
                        "60",
                        "-png",
                        "-singlefile",
                        "-f",
                        str(page),
                        "-l",
                        str(page),
                        str(pdf),
                        str(stem),
                    ],
                    check=True,
                )
            print(f"{language}: {pdf} -> {target}")
        return 0
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
