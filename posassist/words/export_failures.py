"""Why an export failed, in the owner's words: the export dialog and `posassist export`
say the same thing, each in its language."""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def expected_failure(
    error: BaseException, translate: Translate, document: Translate | None = None
) -> str | None:
    """The sentence for what an export can meet; None for a bug (see unexpected_failure).
    `document`: the translate function of the document's language (a packet's advice on
    what to leave out is in that language). usecases.export.ExportError carries its own
    words and is worded by the caller."""
    from posassist.report.output import StoreMismatch
    from posassist.report.packet import PacketDoesNotFit

    if isinstance(error, PacketDoesNotFit):
        return error.message(document or translate)
    if isinstance(error, OSError):
        return translate("ExportDialog", "The file could not be written: %1").replace(
            "%1", error.strerror or str(error)
        )
    if isinstance(error, StoreMismatch):
        return (
            translate(
                "ExportDialog",
                "The stored copy of the evidence file %1 is damaged: it no longer "
                "matches the SHA-256 recorded when it was added (%2). No dossier was "
                "made. Restore the case file from a backup, or remove that item and add "
                "the original file again.",
            )
            .replace("%1", error.item or "?")
            .replace("%2", str(error))
        )
    return None


def unexpected_failure(translate: Translate) -> str:
    """For a bug (logged in full by the caller): %1 is the log file to send."""
    return translate(
        "ExportDialog",
        "The dossier could not be made because of an unexpected error; nothing "
        "was written. Try once more; if it fails again, send the file %1 to "
        "whoever helps you with the app: it says what went wrong.",
    )
