"""Finding a case's evidence by its file name, its description, the text read on its
pictures (usecases.ocr) and the contents of its CSV and text files (a statement's row),
and what was read on each item, for the evidence panel.

The comparison ignores case (Unicode case folding), the width of characters (full-width
"ＲＭＢ１２" finds "RMB12": NFKC) and white space (the engine drops most spaces between
Latin words), so a terminal ID, an amount or a Chinese word typed as the owner sees it is
found as it was read.

API
    search_evidence(case_file, case_id, query) -> list[Match]     in the order added
    text_states(case_file, case_id) -> dict[int, TextState]        evidence id -> state
"""

from __future__ import annotations

import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from posassist.domain.evidence import FileKind

# Files whose contents are text: searched as they are, not as read by the engine.
TEXT_KINDS = (FileKind.CSV, FileKind.TEXT)
# The decoded and folded contents kept between searches (keyed by SHA-256, so never
# stale): a search runs on every pause in typing and a statement can be megabytes.
CONTENTS_CACHE_CHARS = 8_000_000  # text and folded text counted
LINE_CHARS = 160  # a matching line is shown to this length


@dataclass(frozen=True)
class Match:
    """An item that matches: where, and the first line read on its pictures that does."""

    evidence_id: int
    in_name: bool = False
    in_description: bool = False
    line: str = ""  # the recognised line that matches ("" when none does)
    in_file: bool = False  # `line` is a line of the file itself (a CSV or text file)
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
    contents = _contents(case_file, [i.sha256 for i in items if i.kind in TEXT_KINDS])
    found = []
    in_text = []
    for item in items:
        in_name = wanted in folded(item.original_name)
        in_description = wanted in folded(item.description or "")
        in_file = False
        if item.kind in TEXT_KINDS:
            text, whole = contents.get(item.sha256, ("", ""))
            line = _first_line(text, wanted, whole)
            in_file = bool(line)
        else:
            line = _first_line(item.text or "", wanted)
        if in_name or in_description or line:
            found.append(Match(item.evidence_id, in_name, in_description, line, in_file=in_file))
            if line and not in_file:
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


def _first_line(text: str, wanted: str, whole: str | None = None) -> str:
    """The first line of `text` that holds `wanted`; `whole`: `text` folded, if known."""
    if wanted not in (folded(text) if whole is None else whole):
        return ""
    for line in text.replace("\f", "\n").splitlines():
        if wanted in folded(line):
            return _shortened(line.strip())
    return _shortened(text.strip())  # the match runs across two lines: the whole text has it


def _shortened(line: str) -> str:
    """The line as shown: its runs of spaces (a statement's padded columns) as one."""
    line = " ".join(line.split())
    return line if len(line) <= LINE_CHARS else line[: LINE_CHARS - 1] + "…"


def _folded_in_pieces(text: str, piece: int = 32_768) -> str:
    """folded(text), a piece of lines at a time: one normalize call over a large statement
    holds the GIL for 0.2 s (5 MB), and the window's thread waits that long. NFKC and the
    white space dropped do not reach across a line break, so the pieces join as one."""
    out = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + piece)
        end = len(text) if end < 0 else end + 1
        out.append(folded(text[start:end]))
        start = end
    return "".join(out)


_cache: OrderedDict[str, tuple[str, str]] = OrderedDict()
_cache_lock = threading.Lock()  # searches run on the runner's threads


def _contents(case_file: Path, sha256s: list[str]) -> dict[str, tuple[str, str]]:
    """sha256 -> (the file's text, the same folded) for CSV and text files; a file that
    cannot be decoded any more (it was text when attached) is searched by name only."""
    out: dict[str, tuple[str, str]] = {}
    with _cache_lock:
        for sha in sha256s:
            if sha in _cache:
                _cache.move_to_end(sha)
                out[sha] = _cache[sha]
    missing = [sha for sha in sha256s if sha not in out]
    if not missing:
        return out
    from posassist.evidence.common import Refusal
    from posassist.evidence.text import decode_text
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository

    db = open_database(Path(case_file))
    try:
        repo = EvidenceRepository(db)
        for sha in missing:
            try:
                text, _encoding = decode_text(repo.data(sha))
            except (Refusal, LookupError):
                text = ""
            out[sha] = (text, _folded_in_pieces(text))
    finally:
        db.close()
    with _cache_lock:
        for sha in missing:
            _cache[sha] = out[sha]
        size = sum(len(text) + len(whole) for text, whole in _cache.values())
        while _cache and size > CONTENTS_CACHE_CHARS:
            _sha, (text, whole) = _cache.popitem(last=False)
            size -= len(text) + len(whole)
    return out


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
