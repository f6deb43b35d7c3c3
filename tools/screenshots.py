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


def luhn_pan(body: str) -> str:
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return body + str((10 - total % 10) % 10)


def demo_statements(folder: Path, today: dt.date) -> list[tuple[Path, str]]:
    """The demo shop's last month as its provider and its bank export them (GBK, with
    preamble lines and full card numbers, as they come): one batch that does not add
    up, a settlement that never reached the bank, the last days charged at 0.60%
    instead of the agreed 0.38%, and a SIM/data fee taken after the closing date."""

    def day(offset: int) -> dt.date:
        return today + dt.timedelta(days=offset)

    provider = [
        "某某支付服务商 商户清分明细",
        "商户名称：老王家常菜馆,商户号：898310058120345",
        "",
        "交易日期,交易时间,交易卡号,交易金额,手续费,清分金额,终端号,参考号,批次号,交易类型",
    ]
    bank = [
        "中国建设银行 账户明细",
        "账号: 6217****6721,户名: 老王家常菜馆",
        "",
        "交易日期,摘要,收入金额,支出金额,余额,对方户名",
    ]
    for n, offset in enumerate(range(-30, -12, 2)):
        on = day(offset)
        amount = 120_000 + n * 13_700
        rate = 60 if offset >= -16 else 38  # per 10,000
        fee = (amount * rate + 5000) // 10000
        net = amount - fee - (5_000 if n == 3 else 0)  # batch 003: ¥50.00 short
        pan = luhn_pan(f"62220215{n:07d}")
        provider.append(
            f"{on},20:{n:02d}:00,{pan},{amount / 100:.2f},{fee / 100:.2f},{net / 100:.2f},"
            f"20581034,{on:%m%d}{n:04d},{n:03d},消费"
        )
        if n != 5:  # the settlement of batch 005 never arrived
            credit = on + dt.timedelta(days=1)
            bank.append(f"{credit},POS清算,{net / 100:.2f},,,某某支付服务商")
    provider.append(f"{day(-5)},09:00:00,,-99.00,0.00,-99.00,20581034,,900,流量费")
    bank.append(f"{day(-3)},工资代发,3000.00,,,老王家常菜馆")
    out = []
    for name, lines, source in (
        ("清分明细_202611.csv", provider, "provider"),
        ("建设银行明细_202611.csv", bank, "bank"),
    ):
        path = folder / name
        path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
        out.append((path, source))
    return out


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
    from posassist.usecases.cases import file_of
    from posassist.usecases.statements import import_statement

    repo.set_value(case_id, "agreed_rate", "0.38%")
    repo.set_value(case_id, "agreed_rate_on", DEMO_DAY - dt.timedelta(days=400))
    repo.set_value(case_id, "closed_on", DEMO_DAY - dt.timedelta(days=8))
    repo.set_value(case_id, "watch_until", DEMO_DAY + dt.timedelta(days=82))
    for statement, source in demo_statements(Path(tempfile.mkdtemp()), DEMO_DAY):
        import_statement(file_of(repo.db), case_id, statement, source)
    languages.apply(language)
    window = MainWindow(repo, SettingsRepository(repo.db), languages)
    window.resize(1200, 860)
    window.show()
    settle(app)
    saved = [folder / "00-cases.png"]
    window.grab().save(str(saved[-1]))
    window.open_case(case_id)
    settle(app)
    import time

    statements = window.wizard.session.statements
    for _ in range(200):  # the statements and findings are read off the window's thread
        settle(app)
        if statements.loaded and not statements.busy:
            break
        time.sleep(0.05)
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
    window.wizard.go_to("money")
    money = window.wizard.pages["money"]
    money.verticalScrollBar().setValue(money.statements_panel.y() - 8)
    settle(app)
    saved.append(folder / "money-findings.png")
    window.grab().save(str(saved[-1]))
    from posassist.statements import parse_statement
    from posassist.ui.mapping_dialog import MappingDialog

    unknown = "某银行 对账单\n记账日,摘要,贷方,借方,备注\n"
    unknown += "".join(f"2026/11/{d:02d},POS清算,{d * 101.5:.2f},,某某支付\n" for d in range(3, 20))
    dialog = MappingDialog(parse_statement(unknown.encode("gb18030"), "对账单.csv"), None, window)
    dialog.choose("date", 0)
    dialog.choose("kind", 1)
    dialog.choose("amount_in", 2)
    dialog.choose("amount_out", 3)
    dialog.show()
    settle(app)
    saved.append(folder / "mapping-dialog.png")
    dialog.grab().save(str(saved[-1]))
    dialog.reject()
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
