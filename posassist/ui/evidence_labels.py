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
