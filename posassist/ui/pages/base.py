"""A stage page: guidance, the stage's fields, its checklist and "mark done".

Which fields and items show comes from the catalogue and the case's profile; a stage
module only adds what is special to it (a log, a fee list, a tracker).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from posassist import resources
from posassist.domain import catalogue
from posassist.domain.case import StageStatus
from posassist.domain.completeness import stage_problems
from posassist.ui import dialogs
from posassist.ui.fields import FieldEditor, MoneyEditor, make_editor
from posassist.ui.session import CaseSession
from posassist.words import texts

translate = QCoreApplication.translate


class StagePage(QScrollArea):
    stage_key = ""
    navigate = Signal(str)  # ask the wizard to show another stage

    def __init__(self, session: CaseSession, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.stage = catalogue.stage(self.stage_key)
        self.setObjectName(f"page_{self.stage_key}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("pageBody")
        self.setWidget(body)
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(24, 16, 24, 16)
        self.body.setSpacing(14)

        title = QLabel(texts.stage_title(self.stage_key))
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        self.body.addWidget(title)
        guidance = resources.guidance(language, self.stage_key)
        if guidance:
            box = QLabel()
            box.setObjectName("guidance")
            box.setTextFormat(Qt.TextFormat.MarkdownText)
            box.setText(guidance)
            box.setWordWrap(True)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.body.addWidget(box)

        self.editors: dict[str, FieldEditor] = {}
        self._form_of: dict[str, QFormLayout] = {}
        self._build_fields()
        self.build_extra()
        self.checks: dict[str, QCheckBox] = {}
        if self.stage.checklist:
            self._build_checklist()
        self.evidence_panel = None
        if not self.stage.is_review:
            from posassist.ui.evidence_panel import EvidencePanel

            self.evidence_panel = EvidencePanel(session, self.stage_key)
            self.body.addWidget(self.evidence_panel)
        self.body.addStretch(1)
        self._build_footer()

        session.changed.connect(self.refresh)
        session.profile_changed.connect(self.apply_profile)
        session.currency_changed.connect(self._currency_changed)
        self.reload_values()
        self.apply_profile()
        self.refresh()

    # -- building -------------------------------------------------------------
    def fields_elsewhere(self) -> tuple[str, ...]:
        """Keys of fields that a stage module places in a box of its own."""
        return ()

    def _build_fields(self) -> None:
        claimed = set(self.fields_elsewhere())
        specs = [spec for spec in self.stage.fields if spec.key not in claimed]
        if specs:
            self.add_form(translate("StagePage", "Details"), specs, "fieldsGroup")
        if any(spec.required for spec in self.stage.fields):
            note = QLabel(translate("StagePage", "* needed to complete this step"))
            note.setObjectName("requiredNote")
            self.body.addWidget(note)

    def add_form(self, title: str, specs: list, name: str) -> QGroupBox:
        group = QGroupBox(title)
        group.setObjectName(name)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in specs:
            editor = make_editor(spec, group, self.session.case.currency)
            editor.changed.connect(self.session.set_value)
            self.editors[spec.key] = editor
            self._form_of[spec.key] = form
            label = editor.label_text()
            if label:
                form.addRow(label, editor.container)
            else:
                form.addRow(editor.container)
        self.body.addWidget(group)
        return group

    def shutdown(self) -> None:
        """The case is closing: stop the page's work in flight."""
        if self.evidence_panel is not None:
            self.evidence_panel.shutdown()

    def _build_checklist(self) -> None:
        group = QGroupBox(translate("StagePage", "Checklist"))
        group.setObjectName("checklistGroup")
        layout = QVBoxLayout(group)
        for item in self.stage.checklist:
            text = texts.item_label(item.key)
            box = QCheckBox(text if item.required else text + translate("StagePage", " (optional)"))
            box.setObjectName(f"check_{item.key}")
            box.toggled.connect(lambda on, key=item.key: self.session.set_check(key, on))
            self.checks[item.key] = box
            layout.addWidget(box)
        self.body.addWidget(group)

    def build_extra(self) -> None:
        """Stage modules add their own sections here."""

    def _build_footer(self) -> None:
        footer = QFrame()
        footer.setObjectName("stageFooter")
        row = QHBoxLayout(footer)
        row.setContentsMargins(0, 8, 0, 0)
        self.status_label = QLabel()
        self.status_label.setObjectName("stageStatus")
        self.status_label.setWordWrap(True)
        row.addWidget(self.status_label, 1)
        self.done_button = QPushButton()
        self.done_button.setObjectName("markDone")
        self.done_button.clicked.connect(self._toggle_done)
        row.addWidget(self.done_button)
        self.body.addWidget(footer)

    # -- state ----------------------------------------------------------------
    def reload_values(self) -> None:
        """Put the stored values into the widgets (on opening, not while typing)."""
        case = self.session.case
        for key, editor in self.editors.items():
            editor.set_value(case.get(key))
        for key, box in self.checks.items():
            box.blockSignals(True)
            box.setChecked(bool(case.checks.get(key)))
            box.blockSignals(False)

    def _currency_changed(self) -> None:
        for editor in self.editors.values():
            if isinstance(editor, MoneyEditor):
                editor.set_currency(self.session.case.currency)
        self.reload_values()

    def apply_profile(self) -> None:
        profile = self.session.case.profile
        for spec in self.stage.fields:
            self._form_of[spec.key].setRowVisible(
                self.editors[spec.key].container, spec.when.applies(profile)
            )
        for item in self.stage.checklist:
            self.checks[item.key].setVisible(item.when.applies(profile))

    def refresh(self) -> None:
        case = self.session.case
        status = case.stage_status(self.stage_key)
        missing = stage_problems(case, self.stage_key)
        if status is StageStatus.NOT_NEEDED:
            text = translate("StagePage", "Not needed for this terminal.")
        elif status is StageStatus.DONE:
            done_at = case.stage_done[self.stage_key]
            text = translate("StagePage", "Done on %1.").replace(
                "%1", done_at.strftime("%Y-%m-%d %H:%M")
            )
        elif missing:
            text = translate("StagePage", "Points still open: %1").replace("%1", str(len(missing)))
        else:
            text = translate("StagePage", "Everything needed is here.")
        self.status_label.setText(text)
        self.done_button.setText(
            translate("StagePage", "Reopen this step")
            if status is StageStatus.DONE
            else translate("StagePage", "Mark this step done")
        )
        self.done_button.setEnabled(status is not StageStatus.NOT_NEEDED)

    def _toggle_done(self) -> None:
        case = self.session.case
        if self.stage_key in case.stage_done:
            self.session.reopen(self.stage_key)
            return
        missing = [texts.problem(p) for p in stage_problems(case, self.stage_key)]
        if missing and not dialogs.confirm_mark_done(
            self, texts.stage_title(self.stage_key), missing
        ):
            return
        self.session.mark_done(self.stage_key)
