"""The evidence panel's words: numbers (E-01…), sizes, a list row, and the report of an
import (which files were refused and why)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from posassist.domain.evidence import Evidence
from posassist.words import texts

translate = QCoreApplication.translate


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(size // 1024, 1)} KB"


def evidence_number(case_evidence: list[Evidence], item: Evidence) -> str:
    """E-01, E-02… in the order the case received them (the dossier uses the same)."""
    return f"E-{case_evidence.index(item) + 1:02d}"


LIST_DESCRIPTION_COLUMNS = 64  # of a description, in the evidence list (CJK: 2 each)


def start_of(text: str, columns: int) -> str:
    """The start of `text` (on one line) that fits `columns`, a Chinese character taking
    two; cut with "…"."""
    text = " ".join(text.split())
    used = 0
    for i, ch in enumerate(text):
        used += 2 if ch >= "\u2e80" else 1
        if used > columns:
            return text[:i].rstrip() + "…"
    return text


def list_label(case_evidence: list[Evidence], item: Evidence) -> str:
    """The three lines of an item in the evidence list: number, kind and the start of the
    description; date, size and pages; the file's name."""
    first = f"{evidence_number(case_evidence, item)}  {texts.category(item.category.value)}"
    if item.description:
        # The list shows the start of a long description; the box below, all of it.
        first += f" — {start_of(item.description, LIST_DESCRIPTION_COLUMNS)}"
    facts = [item.doc_date.isoformat() if item.doc_date else "", size_text(item.size)]
    if item.pages > 1:
        facts.append(translate("EvidencePanel", "%1 pages").replace("%1", str(item.pages)))
    return first + "\n" + " · ".join(f for f in facts if f) + "\n" + item.original_name


def import_report(outcomes: list, cancelled: bool, max_megabytes: int) -> tuple[list[str], int]:
    """A line for each file not attached (refused, or already there) and for a cancel;
    and how many were refused."""
    lines = []
    refused = 0
    for outcome in outcomes:
        if outcome.refused:
            refused += 1
            reason = texts.refusal(outcome.refusal).replace("%1", str(max_megabytes))
            lines.append(f"• {outcome.name}: {reason}")
        elif outcome.outcome == "duplicate":
            lines.append(
                translate("EvidencePanel", "• %1: already attached to this case").replace(
                    "%1", outcome.name
                )
            )
    if cancelled:
        lines.append(
            translate("EvidencePanel", "Stopped: the files not listed above were not read.")
        )
    return lines, refused


def text_state(state, failure, reading: bool, picture: bool = True) -> str:
    """What the details say of the text on an item's pictures: `state` a
    usecases.evidence_search.TextState (None: not a picture, or not known yet), `failure`
    the engine's failure on it in this session, `reading` whether a pass runs, `picture`
    whether the item has pictures to read (not a CSV or text file)."""
    if failure is not None:
        return translate(
            "EvidencePanel",
            "Text could not be read: the reader failed on this file. It tries again the "
            "next time the case is opened.",
        )
    if state is None:
        # Just attached: the pass that reads it has begun (or is about to).
        return (
            translate("EvidencePanel", "The text on this picture is being read…")
            if picture and reading
            else ""
        )
    if state.problem:
        reason = texts.refusal(state.problem) if state.problem != "engine_error" else ""
        return translate("EvidencePanel", "Text could not be read: %1").replace(
            "%1", reason or state.detail
        )
    if not state.read:
        return (
            translate("EvidencePanel", "The text on this picture is being read…")
            if reading
            else translate("EvidencePanel", "The text on this picture is not read yet.")
        )
    if not state.lines:
        return translate("EvidencePanel", "No text was found on this picture.")
    return (
        translate("EvidencePanel", "Text on the picture: 1 line read.")
        if state.lines == 1
        else translate("EvidencePanel", "Text on the picture: %1 lines read.").replace(
            "%1", str(state.lines)
        )
    )


def found_text(match) -> str:
    """Where the search found an item (a usecases.evidence_search.Match, or None)."""
    if match is None:
        return ""
    if match.line and match.in_file:
        return translate("EvidencePanel", "Found in the file: “%1”").replace("%1", match.line)
    if match.line:
        return translate("EvidencePanel", "Found on the picture: “%1”").replace("%1", match.line)
    if match.in_description:
        return translate("EvidencePanel", "Found in the description.")
    if match.in_name:
        return translate("EvidencePanel", "Found in the file name.")
    return ""


def no_match_text(query: str, elsewhere: int) -> str:
    """Why the list is empty while searching: nothing on this step, perhaps on others."""
    if elsewhere == 1:
        return translate(
            "EvidencePanel", "Nothing on this step matches “%1”; 1 item on another step does."
        ).replace("%1", query)
    if elsewhere > 1:
        return (
            translate(
                "EvidencePanel", "Nothing on this step matches “%1”; %2 items on other steps do."
            )
            .replace("%1", query)
            .replace("%2", str(elsewhere))
        )
    return translate("EvidencePanel", "Nothing here matches “%1”.").replace("%1", query)
