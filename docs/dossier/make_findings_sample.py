"""Render the Findings section of a sample dossier as PNG (pdftoppm -r 70), in Chinese and
in English: the case of tests/test_findings_dossier.py, whose provider and bank statements
hold every kind of finding (one explained, two no longer found).

    .venv/bin/python docs/dossier/make_findings_sample.py [--keep DIR]

Writes docs/dossier/findings/findings-zh_CN.png and findings-en.png (the section's first
page); the words come from the app's catalogue, as for `posassist export --lang`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def first_findings_page(pdf: Path, title: str) -> int:
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    for entry in reader.outline:
        if not isinstance(entry, list) and entry.title == title:
            return reader.get_destination_page_number(entry) + 1
    raise SystemExit(f"{pdf} has no section {title!r}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="keep the case file and the PDFs here")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from test_findings_dossier import make_case

    from posassist.usecases.export import export_case
    from posassist.words.translation import translator_for

    work = args.keep or Path(tempfile.mkdtemp(prefix="posassist-findings-"))
    work.mkdir(parents=True, exist_ok=True)
    target = HERE / "findings"
    target.mkdir(exist_ok=True)
    try:
        path, case_id = make_case(work)
        for language in ("zh_CN", "en"):
            pdf = work / f"sample-{language}.pdf"
            export_case(path, case_id, pdf, language)
            page = first_findings_page(pdf, translator_for(language)("Dossier", "Findings"))
            stem = target / f"findings-{language}"
            subprocess.run(
                ["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", str(page), "-l",
                 str(page), str(pdf), str(stem)],
                check=True,
            )  # fmt: skip
            print(f"{stem}.png: page {page} of {pdf.name}")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
