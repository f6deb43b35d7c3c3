"""The evidence panel of a stage: drop, pick or paste files; see, describe, open, remove.

Imports run off the window's thread (ui/importer.py, on ui/runner.py); removing an item
can be undone and always leaves a line in the case history. The selected item's form is
ui/evidence_details.py; the list's and the import report's words, ui/evidence_labels.py.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posassist.domain import catalogue
from posassist.domain.evidence import DEFAULT_MAX_BYTES, Category, Evidence
from posassist.ui import dialogs
from posassist.ui.evidence_details import EvidenceDetails
from posassist.ui.evidence_labels import evidence_number, import_report, list_label, no_match_text
from posassist.ui.evidence_reading_row import ReadingRow
from posassist.ui.evidence_search_box import SearchBox
from posassist.ui.import_progress_row import ImportProgressRow
from posassist.ui.importer import Importer, ImportJob, Source, sources_from
from posassist.ui.session import CaseSession
from posassist.words import texts

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole


class EvidencePanel(QGroupBox):
    def __init__(self, session: CaseSession, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("EvidencePanel", "Proof for this step"), parent)
        self.setObjectName("evidencePanel")
        self.session = session
        self.stage = stage
        self.importer = Importer(self)
        self.importer.finished.connect(self._finished)
        self.importer.failed.connect(self._failed)
        self.last_outcomes: list = []
        self._icons: dict[str, QIcon] = {}
        self._shown: list[tuple] = []
        self._removed: Evidence | None = None
        self._thumbnail_job = None
        self._closed = False
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        self.expected = QLabel()
        self.expected.setObjectName("expectedEvidence")
        self.expected.setWordWrap(True)
        layout.addWidget(self.expected)
        from posassist.usecases.cases import file_of

        self.search = SearchBox(file_of(session.repo.db), session.case_id)
        self.search.matches_changed.connect(lambda _m: self._filter())
        layout.addWidget(self.search)
        self.no_match = QLabel()
        self.no_match.setObjectName("noMatch")
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        layout.addWidget(self.no_match)
        self.list = QListWidget()
        self.list.setObjectName("evidenceList")
        self.list.setViewMode(QListView.ViewMode.ListMode)
        self.list.setIconSize(QSize(72, 72))
        self.list.setSpacing(2)
        self.list.setMinimumHeight(120)
        self.list.setAcceptDrops(False)  # the panel takes the drop
        self.list.itemDoubleClicked.connect(lambda _i: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._show_details())
        layout.addWidget(self.list)
        self.empty = QLabel(
            translate(
                "EvidencePanel",
                "Drag photos, scans, PDFs or statements here, or use the buttons below.",
            )
        )
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("EvidencePanel", "Add files…"))
        self.add_button.setObjectName("addEvidence")
        self.add_button.clicked.connect(self.pick_files)
        self.paste_button = QPushButton(translate("EvidencePanel", "Paste"))
        self.paste_button.setObjectName("pasteEvidence")
        self.paste_button.setToolTip(
            translate("EvidencePanel", "Paste a screenshot or copied files (Ctrl+V)")
        )
        self.paste_button.clicked.connect(self.paste)
        self.open_button = QPushButton(translate("EvidencePanel", "Open"))
        self.open_button.setObjectName("openEvidence")
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.remove_button = QPushButton(translate("EvidencePanel", "Remove…"))
        self.remove_button.setObjectName("removeEvidence")
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.paste_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Paste, self.list, self.paste)

        self.progress_row = ImportProgressRow(self.importer.cancel)
        self.importer.paced_progress.connect(self.progress_row.advance)
        self.progress_bar = self.progress_row.bar
        self.cancel_button = self.progress_row.cancel_button
        layout.addWidget(self.progress_row)

        self.reading_row = ReadingRow(session.reading)
        layout.addWidget(self.reading_row)

        self.undo_row = QWidget()
        undo_layout = QHBoxLayout(self.undo_row)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(translate("EvidencePanel", "Undo"))
        self.undo_button.setObjectName("undoRemove")
        self.undo_button.clicked.connect(self.undo_remove)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_row.hide()
        layout.addWidget(self.undo_row)

        self.details = EvidenceDetails(session, self.selected)
        # The form's fields, where callers and tests have always found them.
        self.category = self.details.category
        self.description = self.details.description
        self.description_full = self.details.description_full
        self.doc_date = self.details.doc_date
        self.facts = self.details.facts
        self.details.suggestions.show_where.connect(self._show_where)
        layout.addWidget(self.details)

        session.changed.connect(self.refresh)
        session.reading.changed.connect(self._text_read)
        self.refresh()

    # -- showing --------------------------------------------------------------
    def items(self) -> list[Evidence]:
        return [e for e in self.session.case.evidence if e.stage == self.stage]

    def refresh(self) -> None:
        case = self.session.case
        expected = catalogue.stage(self.stage).evidence_for(case.profile)
        self.expected.setText(
            translate("EvidencePanel", "Proof expected here: %1").replace(
                "%1", "、".join(texts.category(c) for c in expected)
            )
            if expected
            else translate("EvidencePanel", "Attach anything that proves what happened.")
        )
        items = self.items()
        shown = [
            (e.id, e.category, e.description, e.doc_date, e.amount, case.evidence.index(e))
            for e in items
        ]
        if shown == self._shown:
            return  # typing elsewhere on the page must not rebuild the list
        self._shown = shown
        current = self.selected()
        self.list.blockSignals(True)
        self.list.clear()
        for item in items:
            row = QListWidgetItem(self._icon(item), list_label(case.evidence, item))
            row.setData(ID_ROLE, item.id)
            row.setToolTip(item.original_name)
            self.list.addItem(row)
            if current is not None and item.id == current.id:
                self.list.setCurrentItem(row)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        self.empty.setVisible(not items)
        self.list.setVisible(bool(items))
        self._filter()

    def _filter(self) -> None:
        """Hide the items the search does not find (all show when the box is empty)."""
        matches = self.search.matches
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(matches is not None and item.data(ID_ROLE) not in matches)
        current = self.list.currentItem()
        if current is not None and current.isHidden():
            shown = [self.list.item(r) for r in range(self.list.count())]
            self.list.setCurrentItem(next((i for i in shown if not i.isHidden()), None))
        found = sum(not self.list.item(r).isHidden() for r in range(self.list.count()))
        self.no_match.setVisible(matches is not None and not found and self.list.count() > 0)
        if matches is not None:
            self.no_match.setText(no_match_text(self.search.searched, len(matches) - found))
        self._show_details()

    def _text_read(self) -> None:
        if self.search.active:
            self.search.search_now()  # the new text may match
        self._show_details()

    def _icon(self, item: Evidence) -> QIcon:
        if item.sha256 not in self._icons:
            png = self.session.evidence.thumbnail(item.sha256)
            if png is None:
                self._make_thumbnails()
                return QIcon()  # until the background job has made it
            pixmap = QPixmap()
            pixmap.loadFromData(png)
            self._icons[item.sha256] = QIcon(pixmap)
        return self._icons[item.sha256]

    def _make_thumbnails(self) -> None:
        if self._thumbnail_job is not None or self._closed:
            return
        from posassist.ui.importer import ThumbnailJob
        from posassist.usecases.cases import file_of as database_file

        job = ThumbnailJob(database_file(self.session.repo.db), self.session.case_id)
        job.signals.finished.connect(self._thumbnails_made)
        self._thumbnail_job = job
        job.start()

    def shutdown(self) -> None:
        """The case is closing: stop the import, ignore thumbnails still on their way."""
        self._closed = True
        self.search.shutdown()
        self.importer.wait()

    def _thumbnails_made(self, made: list) -> None:
        self._thumbnail_job = None
        if made and not self._closed:
            self._shown = []  # rebuild the list with the new pictures
            self.refresh()

    def selected(self) -> Evidence | None:
        row = self.list.currentItem()
        if row is None or row.isHidden():
            return None
        wanted = row.data(ID_ROLE)
        return next((e for e in self.session.case.evidence if e.id == wanted), None)

    def _show_details(self) -> None:
        item = self.selected()
        self.details.setVisible(item is not None)
        self.open_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        if item is None:
            return
        matches = self.search.matches
        self.details.show_item(item, matches.get(item.id) if matches else None)

    # -- bringing files in ----------------------------------------------------
    def default_category(self) -> Category:
        expected = catalogue.stage(self.stage).evidence_for(self.session.case.profile)
        return Category(expected[0]) if expected else Category.OTHER

    def max_bytes(self) -> int:
        from posassist.ui.settings_dialog import MAX_EVIDENCE_KEY
        from posassist.usecases.cases import SettingsRepository

        megabytes = SettingsRepository(self.session.repo.db).get(MAX_EVIDENCE_KEY)
        return int(float(megabytes) * 1024 * 1024) if megabytes else DEFAULT_MAX_BYTES

    def import_sources(self, sources: list[Source]) -> bool:
        if not sources or self.importer.busy:
            return False
        from posassist.usecases.cases import file_of as database_file

        job = ImportJob(
            database_file(self.session.repo.db),
            self.session.case_id,
            self.stage,
            self.default_category(),
            sources,
            self.max_bytes(),
        )
        self.search.clear()  # the files coming in show, whatever was searched
        self.progress_row.begin(len(sources))
        self.add_button.setEnabled(False)
        self.paste_button.setEnabled(False)
        self.importer.start(job)
        return True

    def pick_files(self) -> None:
        self.import_sources(list(dialogs.choose_evidence_files(self)))

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        self.import_sources(sources_from(mime))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if sources_from(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        if self.import_sources(sources_from(event.mimeData())):
            event.acceptProposedAction()

    def _import_ended(self) -> None:
        self.progress_row.hide()
        self.add_button.setEnabled(True)
        self.paste_button.setEnabled(True)
        self.session.reload()
        self.session.reading.start()  # the new pictures' text, read in the background

    def _failed(self, message: str) -> None:
        if self._closed:
            return
        self.last_outcomes = []
        self._import_ended()
        dialogs.show_error(self, translate("EvidencePanel", "Attaching files"), message)

    def _finished(self, outcomes: list, cancelled: bool) -> None:
        if self._closed:
            return
        self.last_outcomes = outcomes
        self._import_ended()
        max_megabytes = self.max_bytes() // 1024 // 1024
        lines, refused = import_report(outcomes, cancelled, max_megabytes)
        if lines:
            dialogs.show_import_report(self, lines, refused)

    # -- opening and removing -------------------------------------------------
    def _show_where(self, suggestion) -> None:
        """The viewer, with the line a suggested value was read from marked."""
        read = self.session.reading.reading(suggestion.evidence_id)
        page = suggestion.read.page
        sizes = read.page_sizes if read is not None else ()
        if 0 < page <= len(sizes):
            self.open_selected((page, suggestion.read.box, sizes[page - 1]))

    def open_selected(self, mark: tuple | None = None) -> None:
        """The viewer on the selected item; `mark` (page, box, page size) a place to show."""
        item = self.selected()
        if item is None:
            return
        from posassist.ui.viewer import EvidenceViewer

        number = evidence_number(self.session.case.evidence, item)
        viewer = EvidenceViewer(
            self.session.evidence.data(item.sha256),
            item.kind,
            item.original_name,
            f"{number} · {texts.category(item.category.value)}",
            self,
        )
        self.viewer = viewer
        match = (self.search.matches or {}).get(item.id)
        if mark is not None:
            viewer.mark_box(*mark)
        elif match is not None and match.box:  # where the search found it, on the picture
            viewer.mark_box(match.page, match.box, match.page_size)
        viewer.open()

    def remove_selected(self) -> None:
        item = self.selected()
        if item is None or not dialogs.confirm(
            self,
            translate("EvidencePanel", "Remove this proof?"),
            translate(
                "EvidencePanel",
                "Remove “%1” from the case? It can be put back with Undo, and the case "
                "history keeps a record of it.",
            ).replace("%1", item.original_name),
        ):
            return
        self.session.remove_evidence(item.id)
        self._removed = item
        self.undo_label.setText(
            translate("EvidencePanel", "“%1” was removed.").replace("%1", item.original_name)
        )
        self.undo_row.show()

    def undo_remove(self) -> None:
        if self._removed is not None:
            self.session.restore_evidence(self._removed.id)
            self._removed = None
        self.undo_row.hide()
