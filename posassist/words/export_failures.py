"""Why an export failed, in the owner's words: the export dialog and `posassist export`
say the same thing, each in its language."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

Translate = Callable[[str, str], str]


def failure_message(
    error: BaseException, translate: Translate, log_file: Path, document: Translate | None = None
) -> str:
    """The sentence for an export's exception (usecases.export.ExportError carries its
    own). `document`: the translate function of the document's language (a packet's
    advice on what to leave out is in that language).
    An unexpected error is logged in full here and worded without its details."""
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
    # A bug: logged in full, worded for the user, never a traceback.
    logging.getLogger(__name__).error("the export failed", exc_info=error)
    return translate(
        "ExportDialog",
        "The dossier could not be made because of an unexpected error; nothing "
        "was written. Try once more; if it fails again, send the file %1 to "
        "whoever helps you with the app: it says what went wrong.",
    ).replace("%1", str(log_file))
