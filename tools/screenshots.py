"""Regenerate docs/screenshots/: every page of the demo case, in Chinese and English.

Run under a real X server so the shots show what a user sees:
    xvfb-run -a -s "-screen 0 1400x1000x24" .venv/bin/python -m tools.screenshots
Each page is saved as the window shows it (`NN-stage.png`) and, when it scrolls, as
the whole page (`NN-stage-full.png`); also the first screen with no case yet
(`00-first-run.png`, and at the window's minimum size), the new-case dialog (empty, and
after Create with nothing filled in) and the wizard at its minimum size.
`docs/screenshots/before/` keeps the first screen and the review as they were before
issue 13 (not regenerated).
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


def sample_slip() -> bytes:
    """A made-up settlement slip (签购单) photo, drawn here so the docs need no real one."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    from posassist import resources

    font_path = resources.resource("fonts", "wqy-microhei.ttc")
    font = ImageFont.truetype(str(font_path), 30, index=0)
    slip = Image.new("RGB", (620, 900), "#f4f1ea")
    draw = ImageDraw.Draw(slip)
    lines = [
        "POS签购单  商户存根",
        "MERCHANT COPY",
        "商户名称: 老王家常菜馆",
        "商户号: 898310058120345",
        "终端号: 20581034",
        "卡号: 622202******0421",
        "交易类型: 结算 SETTLEMENT",
        "批次号: 000127",
        "日期/时间: 2026/11/13 21:04:51",
        "金额: RMB 3,207.00",
        "",
        "本人确认以上交易",
    ]
    for n, text in enumerate(lines):
        draw.text((40, 40 + n * 62), text, fill="#222", font=font)
    out = io.BytesIO()
    slip.rotate(2, expand=True, fillcolor="#8a8f94").save(out, "JPEG", quality=85)
    return out.getvalue()


def shoot_first_run(language: str, app: QApplication, languages) -> list[Path]:
    from posassist.store.cases import CaseRepository, SettingsRepository
    from posassist.store.database import open_database
    from posassist.ui.main_window import MINIMUM_SIZE, MainWindow
    from posassist.ui.new_case import NewCaseDialog

    folder = OUT / language
    folder.mkdir(parents=True, exist_ok=True)
    repo = CaseRepository(open_database(Path(tempfile.mkdtemp()) / "posassist.sqlite3"))
    languages.apply(language)
    window = MainWindow(repo, SettingsRepository(repo.db), languages)
    window.resize(1200, 860)
    window.show()
    settle(app)
    saved = [folder / "00-first-run.png"]
    window.grab().save(str(saved[-1]))
    window.resize(*MINIMUM_SIZE)
    settle(app)
    saved.append(folder / "00-first-run-minimum.png")
    window.grab().save(str(saved[-1]))
    dialog = NewCaseDialog(window)
    dialog.show()
    settle(app)
    saved.append(folder / "new-case-dialog.png")
    dialog.grab().save(str(saved[-1]))
    dialog.ok_button.click()  # nothing filled in: every basic says what it needs
    settle(app)
    saved.append(folder / "new-case-dialog-missing.png")
    dialog.grab().save(str(saved[-1]))
    dialog.reject()
    window.close()
    repo.db.close()
    return saved


def shoot(language: str, app: QApplication, languages) -> list[Path]:
    from posassist.domain import catalogue
    from posassist.store.cases import CaseRepository, SettingsRepository
    from posassist.store.database import open_database
    from posassist.ui.main_window import MainWindow
    from posassist.usecases.demo import add_demo_case

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
    from posassist.domain.evidence import Category
    from posassist.evidence.pipeline import import_bytes, make_missing_thumbnails
    from posassist.store.evidence import EvidenceRepository

    evidence = EvidenceRepository(repo.db)
    slip = sample_slip()
    import_bytes(evidence, case_id, "backup", "签购单-最后一批.jpg", slip, Category.SETTLEMENT_SLIP)
    evidence.update(evidence.list(case_id)[0].id, description="最后一批结算的签购单")
    make_missing_thumbnails(evidence, case_id)
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
    from posassist.ui.main_window import MINIMUM_SIZE

    window.resize(*MINIMUM_SIZE)
    window.wizard.go_to("close")
    settle(app)
    saved.append(folder / "wizard-minimum.png")
    window.grab().save(str(saved[-1]))
    window.resize(1200, 860)
    settle(app)
    window.wizard.show_contact_log()
    settle(app)
    saved.append(folder / "contact-log.png")
    window.wizard._log_window.grab().save(str(saved[-1]))
    window.wizard._log_window.close()
    panel = window.wizard.pages["backup"].evidence_panel
    window.wizard.go_to("backup")
    panel.list.setCurrentRow(0)
    panel.open_selected()
    for _ in range(40):  # the viewer decodes in a worker thread
        settle(app)
        if panel.viewer.is_page_shown():
            break
    saved.append(folder / "viewer.png")
    panel.viewer.grab().save(str(saved[-1]))
    panel.viewer.close()
    window.wizard.go_to("review")
    review = window.wizard.pages["review"]
    review.export_dossier()
    settle(app)
    saved.append(folder / "export-dialog.png")
    review.export_dialog.grab().save(str(saved[-1]))
    review.export_dialog.close()
    window.close()
    repo.db.close()
    return saved


def main() -> int:
    from posassist.ui.app import Languages

    app = QApplication.instance() or QApplication(sys.argv[:1])
    languages = Languages(app)  # one, as in the app: it swaps its translators
    for language in ("zh_CN", "en"):
        for path in [*shoot_first_run(language, app, languages), *shoot(language, app, languages)]:
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
