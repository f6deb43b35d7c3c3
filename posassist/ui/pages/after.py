"""Afterwards: confirm, shred, watch the statements: the debits after closure the
settlement check found are shown here until the watch date."""

from posassist.ui.pages.base import StagePage


class AfterPage(StagePage):
    stage_key = "after"

    def build_extra(self) -> None:
        from posassist.ui.findings_panel import AFTER_CLOSURE, FindingsPanel

        self.debit_watch = FindingsPanel(self.session, codes=AFTER_CLOSURE, watch=True)
        self.body.addWidget(self.debit_watch)
