"""What the settlement check found, one card a finding: what happened in the owner's
words (words.findings), its dates, the amount owed, the statement rows it rests on;
"Mark explained…" (a note; findings are never deleted) and "Add to the fee list".

The money page shows every finding; the after-care page the debits after closure,
until the watch date (`codes`, `watch`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posassist.domain.case import Direction, Fee, FeeKind
from posassist.domain.money import Money
from posassist.domain.settlement import Code, Finding
from posassist.domain.slip_check import SLIP_NOT_IN_STATEMENT
from posassist.ui import dialogs
from posassist.ui.session import CaseSession
from posassist.usecases.statement_lists import fee_of_finding, link_fee
from posassist.words import findings as words
from posassist.words.texts import stage_title

translate = QCoreApplication.translate
PAGE = 50  # cards shown at first, and more at each "Show more"
SHOWN_RANGES = 8
AFTER_CLOSURE = (Code.DEDUCTION_AFTER_CLOSURE, Code.TRANSACTION_AFTER_CLOSURE)


def line_ranges(lines: list[int]) -> str:
    """[3, 4, 5, 9] -> '3–5, 9' (the first few ranges, then how many lines more)."""
    ranges: list[tuple[int, int]] = []
    for line in sorted(set(lines)):
        if ranges and line == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], line)
        else:
            ranges.append((line, line))
    shown = [f"{a}–{b}" if b > a else str(a) for a, b in ranges[:SHOWN_RANGES]]
    rest = sum(b - a + 1 for a, b in ranges[SHOWN_RANGES:])
    if rest:
        shown.append(translate("FindingsPanel", "%1 more").replace("%1", f"{rest:,}"))
    return ", ".join(shown)


def rows_text(finding: Finding, names: dict[int, str]) -> str:
    by_file: dict[int, list[int]] = {}
    for statement_id, line in finding.rows:
        by_file.setdefault(statement_id, []).append(line)
    parts = [
        (
            translate("FindingsPanel", "%1, line %2")
            if len(set(lines)) == 1
            else translate("FindingsPanel", "%1, lines %2")
        )
        .replace("%1", names.get(sid, f"#{sid}"))
        .replace("%2", line_ranges(lines))
        for sid, lines in by_file.items()
    ]
    return "; ".join(parts)


def fee_kind(finding: Finding) -> FeeKind:
    if finding.code == Code.FEE_ABOVE_AGREED:
        return FeeKind.TRANSACTION
    if finding.code == Code.DEDUCTION_AFTER_CLOSURE:
        kind = str(finding.data.get("kind", "")).lower()
        for pattern, fee in (
            (("流量", "sim", "通讯"), FeeKind.SIM_DATA),
            (("租",), FeeKind.RENT),
            (("维护",), FeeKind.MAINTENANCE),
            (("服务", "年费", "会员", "service", "annual"), FeeKind.SERVICE),
        ):
            if any(p in kind for p in pattern):
                return fee
    return FeeKind.OTHER


def dates_text(finding: Finding) -> str:
    if finding.until and finding.until != finding.on:
        return f"{finding.on.isoformat()} – {finding.until.isoformat()}"
    return finding.on.isoformat()


class FindingCard(QFrame):
    def __init__(self, panel: FindingsPanel, finding: Finding, names: dict[int, str]) -> None:
        super().__init__()
        self.setObjectName("findingCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.finding = finding
        self.setProperty("explained", finding.explained_note is not None)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(words.title(finding.code))
        title.setObjectName("findingTitle")
        title.setWordWrap(True)
        top.addWidget(title, 1)
        owed = finding.owed
        self.amount = QLabel(
            translate("FindingsPanel", "Owed to the shop: %1").replace("%1", owed.format())
            if owed.minor > 0
            else translate("FindingsPanel", "Owed by the shop: %1").replace(
                "%1", Money(-owed.minor, owed.currency).format()
            )
            if owed.minor < 0
            else translate("FindingsPanel", "No amount: ask what it was")
        )
        self.amount.setObjectName("findingAmount")
        top.addWidget(self.amount)
        layout.addLayout(top)
        when = QLabel(dates_text(finding))
        when.setObjectName("findingDate")
        layout.addWidget(when)
        self.sentence = QLabel(words.sentence(finding))
        self.sentence.setObjectName("findingSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.sentence)
        self.rows = QLabel(
            translate("FindingsPanel", "Evidence: %1").replace("%1", str(finding.data["name"]))
            if finding.code == SLIP_NOT_IN_STATEMENT
            else translate("FindingsPanel", "Statement rows: %1").replace(
                "%1", rows_text(finding, names)
            )
        )
        self.rows.setObjectName("findingRows")
        self.rows.setWordWrap(True)
        layout.addWidget(self.rows)
        self.note = QLabel()
        self.note.setObjectName("findingNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        if finding.explained_note is not None:
            self.note.setText(
                translate("FindingsPanel", "Explained: %1").replace("%1", finding.explained_note)
            )
        self.note.setVisible(finding.explained_note is not None)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.explain_button = QPushButton(
            translate("FindingsPanel", "Change the explanation…")
            if finding.explained_note is not None
            else translate("FindingsPanel", "Mark explained…")
        )
        self.explain_button.setObjectName("explainFinding")
        self.explain_button.clicked.connect(lambda: panel.explain(finding))
        self.fee_button = QPushButton()
        self.fee_button.setObjectName("findingToFee")
        self.fee_button.clicked.connect(lambda: panel.add_to_fees(finding))
        buttons.addWidget(self.explain_button)
        buttons.addWidget(self.fee_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.update_fee_button(panel.fee_taken(finding))

    def update_fee_button(self, taken: bool) -> None:
        self.fee_button.setText(
            translate("FindingsPanel", "In the fee list")
            if taken
            else translate("FindingsPanel", "Add to the fee list")
        )
        self.fee_button.setEnabled(not taken and self.finding.owed.minor > 0)


class FindingsPanel(QGroupBox):
    def __init__(
        self,
        session: CaseSession,
        codes: tuple[str, ...] | None = None,
        watch: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("FindingsPanel", "Debits after closure")
            if watch
            else translate("FindingsPanel", "What the check found"),
            parent,
        )
        self.setObjectName("debitWatch" if watch else "findingsPanel")
        self.session = session
        self.state = session.statements
        self.codes = codes
        self.watch = watch
        self.shown = PAGE
        self.cards: list[FindingCard] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("findingsSummary")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.check_button = QPushButton(translate("FindingsPanel", "Check again"))
        self.check_button.setObjectName("checkAgain")
        self.check_button.clicked.connect(self.state.check_again)
        top.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.list = QVBoxLayout()
        layout.addLayout(self.list)
        self.more_button = QPushButton()
        self.more_button.setObjectName("moreFindings")
        self.more_button.clicked.connect(self._show_more)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.state.changed.connect(self.refresh)
        self.state.busy_changed.connect(self._busy)
        if not watch:  # one message, on the money page, when a check fails
            self.state.failed.connect(
                lambda message: dialogs.show_error(self, self.title(), message)
            )
        session.changed.connect(self._fees_changed)
        self._watch_shown = self.watch_until()
        if watch:
            session.changed.connect(self._watch_changed)
        self.refresh()

    def _watch_changed(self) -> None:
        if self.watch_until() != self._watch_shown:
            self._watch_shown = self.watch_until()
            self.refresh()

    # -- what is shown --------------------------------------------------------
    def findings(self) -> list[Finding]:
        found = self.state.overview.findings
        return [f for f in found if self.codes is None or f.code in self.codes]

    def watch_until(self) -> dt.date | None:
        value = self.session.case.values.get("watch_until")
        return value if isinstance(value, dt.date) else None

    def refresh(self) -> None:
        for card in self.cards:
            self.list.removeWidget(card)
            card.deleteLater()
        self.cards = []
        found = self.findings()
        names = self.state.overview.names()
        watch_over = self.watch and (until := self.watch_until()) and dt.date.today() > until
        if not watch_over:
            for finding in found[: self.shown]:
                card = FindingCard(self, finding, names)
                self.cards.append(card)
                self.list.addWidget(card)
        rest = 0 if watch_over else len(found) - len(self.cards)
        self.more_button.setText(
            translate("FindingsPanel", "Show more (%1 not shown)").replace("%1", f"{rest:,}")
        )
        self.more_button.setVisible(rest > 0)
        self.summary.setText(self._summary(found, bool(watch_over)))
        self._busy(self.state.busy)

    def _summary(self, found: list[Finding], watch_over: bool) -> str:
        overview = self.state.overview
        if self.watch:
            until = self.watch_until()
            if until is None:
                head = translate(
                    "FindingsPanel",
                    "Import your bank statements in the step “%1” until the watch date "
                    "(set it above): any debit after closure is listed here.",
                ).replace("%1", stage_title("money"))
            elif watch_over:
                head = translate("FindingsPanel", "The watch ended on %1.").replace(
                    "%1", until.isoformat()
                )
            else:
                head = (
                    translate(
                        "FindingsPanel",
                        "Until %1, import each new bank statement in the step “%2”: any "
                        "debit after closure is listed here.",
                    )
                    .replace("%1", until.isoformat())
                    .replace("%2", stage_title("money"))
                )
            count = translate("FindingsPanel", "Found so far: %1.").replace("%1", str(len(found)))
            return f"{head} {count}"
        if not self.state.loaded:
            return translate("FindingsPanel", "Reading the statements…")
        if not overview.statements:
            return translate(
                "FindingsPanel", "No statements yet: import them above to have them checked."
            )
        if not found:
            return translate("FindingsPanel", "No problems found in %1 statements.").replace(
                "%1", str(len(overview.statements))
            )
        owed: dict[str, int] = {}
        for f in found:
            if f.owed.minor > 0 and f.explained_note is None:
                owed[f.owed.currency] = owed.get(f.owed.currency, 0) + f.owed.minor
        total = "、".join(Money(m, c).format() for c, m in sorted(owed.items())) or "—"
        explained = sum(f.explained_note is not None for f in found)
        return (
            (
                translate(
                    "FindingsPanel",
                    "1 finding (%2 explained). Owed to the shop, not yet explained: %3.",
                )
                if len(found) == 1
                else translate(
                    "FindingsPanel",
                    "%1 findings (%2 explained). Owed to the shop, not yet explained: %3.",
                )
            )
            .replace("%1", str(len(found)))
            .replace("%2", str(explained))
            .replace("%3", total)
        )

    def _busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
        self.check_button.setText(
            translate("FindingsPanel", "Checking…")
            if busy
            else translate("FindingsPanel", "Check again")
        )

    def _show_more(self) -> None:
        self.shown += PAGE
        self.refresh()

    # -- what the owner does ---------------------------------------------------
    def explain(self, finding: Finding) -> None:
        note = dialogs.ask_note(
            self,
            translate("FindingsPanel", "Mark explained"),
            translate(
                "FindingsPanel",
                "What explains “%1” of %2? (e.g. the provider's answer and its date; the "
                "finding stays in the case with your note)",
            )
            .replace("%1", words.title(finding.code))
            .replace("%2", dates_text(finding)),
        )
        if note is not None and finding.id is not None:
            self.state.explain(finding.id, note)

    def fee_taken(self, finding: Finding) -> bool:
        if finding.id is None:
            return False
        fee_id = fee_of_finding(self._settings(), self.session.case_id, finding.id)
        return fee_id is not None and any(f.id == fee_id for f in self.session.case.fees)

    def add_to_fees(self, finding: Finding) -> None:
        """The finding as a fee owed to the shop, in one click."""
        if finding.id is None or finding.owed.minor <= 0 or self.fee_taken(finding):
            return
        note = f"{words.title(finding.code)} ({dates_text(finding)})"
        fee = Fee(
            fee_kind(finding),
            due=finding.owed,
            paid=Money(0, finding.owed.currency),
            direction=Direction.SHOP_IS_OWED,
            on=finding.on,
            note=note,
        )
        fee_id = self.session.add_fee(fee)
        link_fee(self._settings(), self.session.case_id, finding.id, fee_id)
        self._fees_changed()

    def _fees_changed(self) -> None:
        for card in self.cards:
            card.update_fee_button(self.fee_taken(card.finding))

    def _settings(self):
        from posassist.usecases.cases import SettingsRepository

        return SettingsRepository(self.session.repo.db)
