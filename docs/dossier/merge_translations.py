"""Fill the dossier's Chinese words from zh_CN.tsv into the app's catalogue.

    .venv/bin/pyside6-lupdate $(find posassist -name '*.py' -not -path '*/_data/*') \
        -ts i18n/posassist_zh_CN.ts
    .venv/bin/python docs/dossier/merge_translations.py i18n/posassist_zh_CN.ts
    .venv/bin/python -m tools.build_data

Only messages of the "Dossier" context that have no translation yet are filled.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def words() -> dict[str, str]:
    found = {}
    for line in (HERE / "zh_CN.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        context, source, translation = line.split("\t")
        found[(context, source)] = translation
    return found


def merge(ts: Path) -> int:
    table = words()
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"))
            translation = message.find("translation")
            if key not in table or translation is None:
                continue
            if translation.text and translation.get("type") not in ("unfinished",):
                continue
            translation.text = table[key]
            translation.attrib.pop("type", None)
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


if __name__ == "__main__":
    print(f"filled {merge(Path(sys.argv[1]))} translations")
