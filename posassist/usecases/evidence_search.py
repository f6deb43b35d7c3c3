"""Finding a case's evidence by its file name, its description and the text read on its
pictures (usecases.ocr), and what was read on each item, for the evidence panel.

The comparison ignores case (Unicode case folding), the width of characters (full-width
"ＲＭＢ１２" finds "RMB12": NFKC) and white space (the engine drops most spaces between
Latin words), so a terminal ID, an amount or a Chinese word typed as the owner sees it is
found as it was read.

API
    search_evidence(case_file, case_id, query) -> list[Match]     in the order added
    text_states(case_file, case_id) -> dict[int, TextState]        evidence id -> state
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Match:
    """An item that matches: where, and the first line read on its pictures that does."""

    evidence_id: int
    in_name: bool = False
    in_description: bool = False
    line: str = ""  # the recognised line that matches ("" when none does)
    # Where that line was read: page (from 1), its four corners in the pixels of that page
    # as read, and that page's size (domain.recognised.PageText).
    page: int = 0
    box: tuple = ()
    page_size: tuple[int, int] = (0, 0)

    @property
    def in_text(self) -> bool:
        return bool(self.line)


@dataclass(frozen=True)
class TextState:
    """What is known of the text on one item's pictures: not read yet (`read` False and no
    problem), read (`lines` lines; 0 when there was no text), or not readable (`problem`
    a Refusal code such as "corrupt", `detail` the reader's words)."""

    evidence_id: int
    read: bool
    lines: int = 0
    problem: str = ""
    detail: str = ""


def folded(text: str) -> str:
    """`text` as the search compares it: NFKC, case-folded, without white space."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def search_evidence(case_file: Path, case_id: int, query: str) -> list[Match]:
    """The case's items (not removed) whose name, description or recognised text holds
    `query`; every item when the query is blank."""
    items = _case_items(case_file, case_id)
    wanted = folded(query)
    if not wanted:
        return [Match(item.evidence_id) for item in items]
    found = []
    in_text = []
    for item in items:
        in_name = wanted in folded(item.original_name)
        in_description = wanted in folded(item.description or "")
        line = _first_line(item.text or "", wanted)
        if in_name or in_description or line:
            found.append(Match(item.evidence_id, in_name, in_description, line))
            if line:
                in_text.append(item.sha256)
    if in_text:  # where on which page: only for the items found by their text
        shas = {item.evidence_id: item.sha256 for item in items}
        pages = _pages(case_file, in_text)
        found = [_placed(m, pages.get(shas[m.evidence_id], ()), wanted) for m in found]
    return found


def _placed(match: Match, pages: tuple, wanted: str) -> Match:
    from dataclasses import replace

    for page in pages:
        for line in page.lines:
            if wanted in folded(line.text):
                return replace(
                    match, page=page.number, box=line.box, page_size=(page.width, page.height)
                )
    return match


def text_states(case_file: Path, case_id: int) -> dict[int, TextState]:
    """For each item of the case (not removed) whose kind has pictures to read, what was
    read on it (items of other kinds, CSV and text files, are left out)."""
    from posassist.store.recognised_text import READABLE_KINDS

    states = {}
    for item in _case_items(case_file, case_id):
        if item.kind.value not in READABLE_KINDS:
            continue
        if item.problem:
            code, _, detail = item.problem.partition(":")
            states[item.evidence_id] = TextState(
                item.evidence_id, False, 0, code.strip(), detail.strip()
            )
        elif item.text is not None:
            lines = [line for line in item.text.replace("\f", "\n").split("\n") if line.strip()]
            states[item.evidence_id] = TextState(item.evidence_id, True, len(lines))
        else:
            states[item.evidence_id] = TextState(item.evidence_id, False)
    return states


def _first_line(text: str, wanted: str) -> str:
    if wanted not in folded(text):
        return ""
    for line in text.replace("\f", "\n").split("\n"):
        if wanted in folded(line):
            return line.strip()
    return text.strip()  # the match runs across two lines: the whole text holds it


def _pages(case_file: Path, sha256s: list[str]) -> dict[str, tuple]:
    from posassist.evidence.recognised_json import pages_from_json
    from posassist.store.database import open_database
    from posassist.store.recognised_text import RecognisedTextRepository

    db = open_database(Path(case_file))
    try:
        stored = RecognisedTextRepository(db).latest(sha256s)
    finally:
        db.close()
    return {sha: pages_from_json(text.pages) for sha, text in stored.items()}


def _case_items(case_file: Path, case_id: int) -> list:
    from posassist.store.database import open_database
    from posassist.store.recognised_text import RecognisedTextRepository

    db = open_database(Path(case_file))
    try:
        return RecognisedTextRepository(db).case_items(case_id)
    finally:
        db.close()
