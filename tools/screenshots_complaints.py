"""docs/screenshots/<lang>/complaint-*.png: the complaint log of the demo case with a
provider complaint and a 12363 complaint filed just before National Day, its entry
dialog, and the after-care page's complaints box, in Chinese and English.

    xvfb-run -a -s "-screen 0 1400x1000x24" .venv/bin/python -m tools.screenshots_complaints
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tools.screenshots import DEMO_DAY, OUT, settle

D = dt.date


def add_complaints(repo, case_id: int) -> None:
    from posassist.domain.case import Complaint, ComplaintPlace

    repo.add_complaint(
        case_id,
        Complaint(
            D(2026, 9, 18),
            ComplaintPlace.PROVIDER,
            ticket="GD20260918-0042",
            request="停用后仍从结算款扣流量费 99 元，要求退还",
            promised_on=D(2026, 9, 25),
            answer="客服称系统已停扣，费用 5 个工作日内退回",
            answered_on=D(2026, 9, 24),
        ),
    )
    repo.add_complaint(
        case_id,
        Complaint(
            D(2026, 9, 30),
            ComplaintPlace.HOTLINE_12363,
            ticket="12363-20260930-017",
            request="押金 299 元归还设备后未退，服务商未按承诺退回流量费",
            place_note="人民银行上海分行",
        ),
    )


def shoot(language: str, app: QApplication, languages) -> list[Path]:
    from posassist.store.cases import CaseRepository, SettingsRepository
    from posassist.store.database import open_database
    from posassist.ui.main_window import MainWindow
    from posassist.usecases.demo import add_demo_case

    folder = OUT / language
    folder.mkdir(parents=True, exist_ok=True)
    repo = CaseRepository(open_database(Path(tempfile.mkdtemp()) / "posassist.sqlite3"))
    case_id = add_demo_case(repo, today=DEMO_DAY)
    add_complaints(repo, case_id)
    languages.apply(language)
    window = MainWindow(repo, SettingsRepository(repo.db), languages)
    window.resize(1200, 860)
    window.show()
    settle(app)
    window.open_case(case_id)
    window.wizard.go_to("after")
    settle(app)
    page = window.wizard.pages["after"]
    saved = [folder / "complaint-after-page.png"]
    page.widget().grab().save(str(saved[-1]))
    window.complaints_action.trigger()
    log_window = window.wizard._complaint_window
    log_window.resize(1100, 360)
    log_window.log.table.selectRow(1)
    settle(app)
    saved.append(folder / "complaint-log.png")
    log_window.grab().save(str(saved[-1]))
    log_window.log.edit_selected()
    settle(app)
    dialog = log_window.log.active_dialog
    saved.append(folder / "complaint-dialog.png")
    dialog.grab().save(str(saved[-1]))
    dialog.reject()
    log_window.close()
    window.close()
    repo.db.close()
    return saved


def main() -> int:
    from posassist.ui.app import Languages

    app = QApplication.instance() or QApplication(sys.argv[:1])
    languages = Languages(app)
    for language in ("zh_CN", "en"):
        for path in shoot(language, app, languages):
            print(path.relative_to(OUT.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
