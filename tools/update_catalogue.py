"""Refresh i18n/posassist_zh_CN.ts from the code and fill in new translations.

    .venv/bin/python -m tools.update_catalogue [translations.json]

Runs pyside6-lupdate over posassist/ (dropping messages the code no longer has), then
sets the translation of each (context, source) pair given in the JSON file — a list of
[context, source, translation] — and lists the messages still untranslated. Afterwards
run `python -m tools.build_data` to compile the .qm the app loads.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tools.qt_tools import qt_tool

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "i18n" / "posassist_zh_CN.ts"


def main(argv: list[str]) -> int:
    lupdate = qt_tool("lupdate")
    sources = sorted(str(p) for p in (ROOT / "posassist").rglob("*.py") if "_data" not in p.parts)
    subprocess.run([lupdate, *sources, "-no-obsolete", "-ts", str(TS)], check=True)
    given = {}
    if argv:
        for context, source, text in json.loads(Path(argv[0]).read_text(encoding="utf-8")):
            given[(context, source)] = text
    tree = ET.parse(TS)
    untranslated = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if (name, source) in given:
                translation.text = given.pop((name, source))
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not (translation.text or ""):
                untranslated.append((name, source))
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    # As lupdate writes it, so that a diff shows only what changed.
    text = TS.read_text(encoding="utf-8").replace('" />', '"/>')
    TS.write_text(
        text.replace(
            "<?xml version='1.0' encoding='utf-8'?>",
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>',
            1,
        ),
        encoding="utf-8",
    )
    for pair in given:
        print(f"not in the catalogue: {pair}")
    for pair in untranslated:
        print(f"untranslated: {pair}")
    return 1 if untranslated or given else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
