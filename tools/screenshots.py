"""Regenerate docs/screenshots/: every page of the demo case, in Chinese and English.

Run under a real X server so the shots show what a user sees:
    xvfb-run -a -s "-screen 0 1400x1000x24" .venv/bin/python -m tools.screenshots
Each page is saved as the window shows it (`NN-stage.png`) and, when it scrolls, as
the whole page (`NN-stage-full.png`).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
# A fixed day keeps the demo's dates, and so the pictures, stable between runs.
DEMO_DAY = dt.date(2026, 11, 25)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def shoot(language: str, app: QApplication, languages) -> list[Path]:
    from posassist.demo import add_demo_case
    from posassist.domain import catalogue
    from posassist.store.cases import CaseRepository, SettingsRepository
    from posassist.store.database import open_database
    from posassist.ui.main_window import MainWindow

    folder = OUT / language
    folder.mkdir(parents=True, exist_ok=True)
    repo = CaseRepository(open_database(Path(tempfile.mkdtemp()) / "posassist.sqlite3"))
    case_id = add_demo_case(repo, today=DEMO_DAY)
    second = repo.create(
        {
            "shop_name": "阿芳水果店",
            "provider": "另一服务商（示例）",
            "terminal_type": "mobile",
            "ownership": "deposit",
            "reason": "switching",
        }
    )
    repo.set_value(second, "deposit_refund_due", DEMO_DAY + dt.timedelta(days=20))
    languages.apply(language)
    window = MainWindow(repo, SettingsRepository(repo.db), languages)
    window.resize(1200, 860)
    window.show()
    settle(app)
    saved = [folder / "00-cases.png"]
    window.grab().save(str(saved[-1]))
    window.open_case(case_id)
    settle(app)
    for number, stage in enumerate(catalogue.STAGE_KEYS, start=1):
        window.wizard.go_to(stage)
        settle(app)
        saved.append(folder / f"{number:02d}-{stage}.png")
        window.grab().save(str(saved[-1]))
        page = window.wizard.pages[stage]
        body = page.widget()
        if body.height() > page.viewport().height():
            saved.append(folder / f"{number:02d}-{stage}-full.png")
            body.grab().save(str(saved[-1]))
    window.wizard.show_contact_log()
    settle(app)
    saved.append(folder / "contact-log.png")
    window.wizard._log_window.grab().save(str(saved[-1]))
    window.close()
    repo.db.close()
    return saved


def main() -> int:
    from posassist.ui.app import Languages

    app = QApplication.instance() or QApplication(sys.argv[:1])
    languages = Languages(app)  # one, as in the app: it swaps its translators
    for language in ("zh_CN", "en"):
        for path in shoot(language, app, languages):
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
