"""docs/screenshots/<lang>/evidence-reading.png, evidence-search.png and
evidence-suggestions.png: the money page's evidence panel while the text on three generated
slips is read in the background, then with a search for one slip's terminal ID, then with
what was read on the first slip offered for its details, in Chinese and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.screenshots_reading
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tools.screenshots import OUT, ROOT, settle

sys.path.insert(0, str(ROOT / "tests"))


def wait(app: QApplication, done, seconds: float = 120) -> None:
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there")
        app.processEvents()
        time.sleep(0.01)


def shoot(language: str, app: QApplication, languages) -> list[Path]:
    from slips import make_slip

    from posassist.store.cases import CaseRepository, SettingsRepository
    from posassist.store.database import open_database
    from posassist.ui.main_window import MainWindow

    folder = OUT / language
    folder.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp())
    repo = CaseRepository(open_database(data / "posassist.sqlite3"))
    case_id = repo.create({"shop_name": "小张便利店", "provider": "某支付"})
    slips = [make_slip(seed) for seed in (41, 42, 43)]
    paths = []
    for n, slip in enumerate(slips, start=1):
        paths.append(data / f"签购单-{n}.jpg")
        paths[-1].write_bytes(slip.jpeg)
    languages.apply(language)
    window = MainWindow(repo, SettingsRepository(repo.db), languages)
    window.resize(1200, 900)
    window.show()
    settle(app)
    window.open_case(case_id)
    window.wizard.go_to("money")
    page = window.wizard.pages["money"]
    panel = page.evidence_panel
    reading = window.wizard.session.reading
    wait(app, lambda: not reading.busy)
    panel.import_sources(paths)
    wait(app, lambda: not panel.importer.busy)
    wait(app, lambda: reading.busy and reading.runner.busy and panel.reading_row.isVisible())
    # The second slip being read: the first one's details say what was read.
    wait(app, lambda: "2" in panel.reading_row.label.text())
    panel.list.setCurrentRow(0)
    page.ensureWidgetVisible(panel)
    settle(app)
    saved = [folder / "evidence-reading.png"]
    panel.grab().save(str(saved[-1]))
    wait(app, lambda: not reading.busy)
    panel.search.setText(slips[1].fields["terminal_id"])
    panel.search.search_now()
    wait(app, lambda: panel.search.matches is not None)
    settle(app)
    saved.append(folder / "evidence-search.png")
    panel.grab().save(str(saved[-1]))
    # What was read on the first slip, offered for its date, kind and amount.
    panel.search.clear()
    panel.search.search_now()
    wait(app, lambda: panel.search.matches is None)
    panel.list.setCurrentRow(0)
    wait(app, panel.details.suggestions.isVisible)
    page.ensureWidgetVisible(panel.details.suggestions)
    settle(app)
    saved.append(folder / "evidence-suggestions.png")
    panel.grab().save(str(saved[-1]))
    window.close()
    repo.db.close()
    return saved


def main() -> int:
    from posassist.ui.app import Languages

    app = QApplication.instance() or QApplication(sys.argv[:1])
    languages = Languages(app)
    for language in ("zh_CN", "en"):
        for path in shoot(language, app, languages):
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
