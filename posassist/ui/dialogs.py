"""Every message box and file dialog the app shows is created here: the seam tests patch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from posassist.usecases.cases import NewerSchemaError

translate = QCoreApplication.translate


def show_open_error(path: Path, error: BaseException | None) -> None:
    from posassist.usecases.cases import storage_problem
    from posassist.words import messages

    code = None if isinstance(error, NewerSchemaError) else storage_problem(error or Exception())
    if code is not None:
        text = messages.storage_problem(code)
    elif isinstance(error, NewerSchemaError):
        text = translate(
            "Dialogs",
            "The case file %1 was saved by a newer version of POS Assist.\n\n"
            "Install that version to open it. The file has not been changed.",
        )
    else:
        text = translate(
            "Dialogs",
            "The case file %1 cannot be opened.\n\n"
            "Check that the folder exists and that you may write to it.",
        )
    QMessageBox.critical(
        None, translate("Dialogs", "Cannot open your cases"), text.replace("%1", str(path))
    )


def show_unexpected_error(error: BaseException) -> None:
    QMessageBox.critical(
        None,
        translate("Dialogs", "Something went wrong"),
        translate(
            "Dialogs",
            "POS Assist ran into a problem it did not expect. Everything you entered "
            "before this message is saved.\n\nThe details were written to the log file "
            "in the data folder.",
        ),
    )


def confirm_mark_done(parent: QWidget, stage: str, missing: list[str]) -> bool:
    """Warn about what is missing; marking done anyway is the owner's call."""
    lines = "\n".join(f"• {text}" for text in missing)
    answer = QMessageBox.warning(
        parent,
        translate("Dialogs", "Some things are missing"),
        translate("Dialogs", "The step “%1” still has open points:\n\n%2\n\nMark it done anyway?")
        .replace("%1", stage)
        .replace("%2", lines),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_case_basics(parent: QWidget) -> dict[str, str] | None:
    """The new case's shop, provider, terminal type and reason; None when cancelled."""
    from posassist.ui.new_case import NewCaseDialog

    dialog = NewCaseDialog(parent)
    try:
        return dialog.basics() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


EVIDENCE_PATTERNS = "*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.heic *.heif *.pdf *.csv *.txt"


def choose_evidence_files(parent: QWidget) -> list[Path]:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    names, _filter = QFileDialog.getOpenFileNames(
        parent,
        translate("Dialogs", "Attach proof"),
        start,
        translate("Dialogs", "Photos, scans, PDFs and statements (%1);;All files (*)").replace(
            "%1", EVIDENCE_PATTERNS
        ),
    )
    return [Path(name) for name in names]


def show_import_report(parent: QWidget, lines: list[str], refused: int) -> None:
    """What was attached and what was not, file by file."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information)
    box.setWindowTitle(translate("Dialogs", "Attaching files"))
    box.setText(
        translate("Dialogs", "Some files were not attached:")
        if refused
        else translate("Dialogs", "Nothing new was attached:")
    )
    box.setInformativeText("\n".join(lines))
    box.open()


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def choose_save_path(parent: QWidget | None, suggested_name: str) -> Path | None:
    """Where to save a copy of a file; None when the owner cancels. Starts in Documents."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    # The stored name may carry another system's folders; only its last part is a name.
    name = suggested_name.replace("\\", "/").rsplit("/", 1)[-1]
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder) / name) if folder else name
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "Save a copy"), start
    )
    return Path(chosen) if chosen else None


def choose_export_path(parent: QWidget, suggested: Path) -> Path | None:
    """Where to write a PDF; the suggestion is in the user's Documents folder."""
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "Save the PDF as"), str(suggested), "PDF (*.pdf)"
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def documents_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def choose_backup_path(parent: QWidget, suggested_name: str) -> Path | None:
    """Where to write a backup of the case file (any folder, a USB stick say)."""
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("CaseFile", "Back up the case file"),
        str(documents_folder() / suggested_name),
        translate("CaseFile", "Case files (*.sqlite3)"),
    )
    return Path(name) if name else None


def choose_backup_to_restore(parent: QWidget, backups: list) -> Path | None:
    from posassist.ui.backup_dialogs import RestoreDialog

    dialog = RestoreDialog(backups, parent)
    try:
        return dialog.chosen if dialog.exec() else None
    finally:
        dialog.deleteLater()


def show_store_report(parent: QWidget, report) -> None:
    from posassist.ui.backup_dialogs import store_report_text

    ok, text = store_report_text(report)
    title = translate("CaseFile", "Stored evidence")
    if ok:
        QMessageBox.information(parent, title, text)
    else:
        QMessageBox.warning(parent, title, text)


def ask_damaged_case_file(path: Path, error: BaseException, has_backup: bool) -> str:
    """'restore', 'new' or 'quit' (see backup_dialogs.damaged_choice)."""
    from posassist.ui.backup_dialogs import damaged_choice

    return damaged_choice(path, error, has_backup)


def progress(parent: QWidget, text: str, cancel) -> QWidget:
    """A window-modal progress dialog whose Cancel calls `cancel`."""
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(text, translate("CaseFile", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(translate("CaseFile", "Case file"))
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(cancel)
    dialog.setValue(0)
    return dialog


def choose_dossier_to_check(parent: QWidget) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("VerifyDialog", "Check a dossier"),
        str(documents_folder()),
        "PDF (*.pdf)",
    )
    return Path(name) if name else None


def check_dossier(parent: QWidget, pdf: Path):
    """The verify dialog, open (not modal: the check runs on while it shows)."""
    from posassist.ui.verify_dialog import VerifyDialog

    dialog = VerifyDialog(pdf, parent)
    dialog.open()
    return dialog


def choose_calendar_path(parent: QWidget, suggested: Path) -> Path | None:
    """Where to write the reminders' iCalendar file; None when the owner cancels."""
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("Dialogs", "Save the reminders as"),
        str(suggested),
        translate("Dialogs", "Calendar (*.ics)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".ics" else path.with_suffix(".ics")


STATEMENT_PATTERNS = "*.csv *.txt *.xlsx *.xls"


def choose_statement_files(parent: QWidget) -> list[Path]:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    names, _filter = QFileDialog.getOpenFileNames(
        parent,
        translate("Dialogs", "Import statements"),
        start,
        translate("Dialogs", "Statements (%1);;All files (*)").replace("%1", STATEMENT_PATTERNS),
    )
    return [Path(name) for name in names]


def choose_bad_rows(parent: QWidget, name: str, good: int, lines: list[str]) -> bool:
    """Some rows of a statement cannot be read: True to import the good rows, False to
    import nothing. Every unreadable row is listed by its line and the reason."""
    box = QMessageBox(parent)
    box.setObjectName("badRowsBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "Some rows cannot be read"))
    box.setText(
        translate("Dialogs", "%1: %2 rows can be read, %3 cannot.")
        .replace("%1", name)
        .replace("%2", f"{good:,}")
        .replace("%3", f"{len(lines):,}")
    )
    shown = lines[:12]
    if len(lines) > len(shown):
        shown.append(
            translate("Dialogs", "… and %1 more (see the details)").replace(
                "%1", f"{len(lines) - len(shown):,}"
            )
        )
    box.setInformativeText(
        "\n".join(shown)
        + "\n\n"
        + translate(
            "Dialogs",
            "Import the rows that can be read and leave these out, or import nothing and "
            "ask the provider or the bank for a clean export?",
        )
    )
    if len(lines) > 12:
        box.setDetailedText("\n".join(lines))
    good_button = box.addButton(
        translate("Dialogs", "Import the good rows"), QMessageBox.ButtonRole.AcceptRole
    )
    good_button.setObjectName("importGoodRows")
    nothing = box.addButton(
        translate("Dialogs", "Import nothing"), QMessageBox.ButtonRole.RejectRole
    )
    nothing.setObjectName("importNothing")
    box.setDefaultButton(nothing)
    box.setEscapeButton(nothing)
    if good <= 0:
        good_button.setEnabled(False)
    box.exec()
    answer = box.clickedButton() is good_button
    box.deleteLater()
    return answer


def ask_note(parent: QWidget, title: str, label: str) -> str | None:
    """A short note from the owner (None when cancelled or left empty)."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text.strip() if ok and text.strip() else None


def choose_letter_path(parent: QWidget, suggested: Path, fmt: str) -> Path | None:
    """Where to write a letter (PDF or DOCX); the suffix follows the format."""
    from PySide6.QtWidgets import QFileDialog

    pattern = "PDF (*.pdf)" if fmt == "pdf" else "Word (*.docx)"
    name, _filter = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "Save the letter as"), str(suggested), pattern
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == f".{fmt}" else path.with_suffix(f".{fmt}")


def letters(parent: QWidget, session, language: str):
    """The letters dialog, open (its letter is made on while it shows)."""
    from posassist.ui.letters_dialog import LettersDialog

    dialog = LettersDialog(session, language, parent)
    dialog.open()
    return dialog
