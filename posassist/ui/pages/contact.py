"""Contact the provider: the contact log, and what to ask for."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from posassist.ui.pages.base import StagePage
from posassist.ui.record_lists import ContactLog


class ContactPage(StagePage):
    stage_key = "contact"

    def build_extra(self) -> None:
        group = QGroupBox(QCoreApplication.translate("ContactPage", "Contact log"))
        layout = QVBoxLayout(group)
        self.contact_log = ContactLog(self.session, group)
        layout.addWidget(self.contact_log)
        self.body.addWidget(group)
