"""Making a letter from a case (issue 14): the window's letters dialog and `posassist letter`
both call `make_letter`.

    make_letter(case_file, case_id, "close", Path("close.pdf"), "zh_CN")
    make_letter(case_file, case_id, "complaint-pbc", Path("c.docx"), "en", fmt="docx",
                id_number="11010519491231002X")

What the letter needs is checked first (domain.letters.missing_facts): a letter that
lacks a fact is refused with MissingFacts listing them, and no file is made. The letter
names the dossier by the fingerprint a dossier made from the same case state has: the
SHA-256 of the evidence manifest, computed from the same snapshot (report.manifest),
without writing a dossier. The owner's ID number is printed in the letter and stored
nowhere (not in the case file, not in the log).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from posassist.domain.letters import LetterKind, Missing, missing_facts, normal_id_number
from posassist.report.files import write_atomically
from posassist.usecases.export import NoSuchCase, _open, load_case
from posassist.words import texts
from posassist.words.translation import translator_for

__all__ = [
    "FORMATS",
    "KINDS",
    "LetterResult",
    "MissingFacts",
    "NoSuchCase",
    "dossier_fingerprint",
    "letter_problems",
    "make_letter",
]

KINDS = tuple(kind.value for kind in LetterKind)
FORMATS = ("pdf", "docx")


class MissingFacts(ValueError):
    """The case lacks facts the letter needs; `missing` lists them (domain codes), and
    words.letters.letter_missing words each one."""

    def __init__(self, kind: LetterKind, missing: list[Missing]) -> None:
        super().__init__(f"the {kind.value} letter lacks {len(missing)} fact(s)")
        self.kind = kind
        self.missing = missing


@dataclass
class LetterResult:
    path: Path
    kind: LetterKind
    language: str
    format: str
    fingerprint: str
    cited: list[str] = field(default_factory=list)  # evidence numbers in the letter
    pages: int | None = None  # PDF only
    text: str = ""  # every word of the letter


def dossier_fingerprint(snapshot: Any) -> str:
    """The fingerprint a dossier of this snapshot carries (report.dossier does the same)."""
    from posassist.report import manifest as mf

    return mf.fingerprint(mf.canonical(mf.entries_of(snapshot)))


def letter_problems(
    case_file: Any, case_id: int, kind: str, id_number: str | None = None
) -> list[Missing]:
    """What the case still lacks for a letter of `kind` (empty: it can be made)."""
    return missing_facts(LetterKind(kind), load_case(case_file, case_id), id_number)


def make_letter(
    case_file: Any,
    case_id: int,
    kind: str,
    out: Path,
    language: str,
    fmt: str = "pdf",
    id_number: str | None = None,
    today: dt.date | None = None,
    labels: Any = None,
    translate: Callable[[str, str], str] | None = None,
) -> LetterResult:
    """Write the letter of `kind` for case `case_id` to `out` as `fmt` ("pdf" or "docx").

    `labels`, `translate`: as for export_case (by default made from the app's catalogue
    for `language`). Raises MissingFacts (nothing written), NoSuchCase, ValueError for an
    unknown kind or format, and OSError.
    """
    kind = LetterKind(kind)
    if fmt not in FORMATS:
        raise ValueError(f"unknown letter format {fmt!r}; one of {', '.join(FORMATS)}")
    if labels is None or translate is None:
        labels, translate = texts, translator_for(language)
        with texts.translating_with(translate):
            return _make(
                case_file, case_id, kind, out, language, fmt, id_number, today, labels, translate
            )
    return _make(case_file, case_id, kind, out, language, fmt, id_number, today, labels, translate)


def _make(
    case_file: Any,
    case_id: int,
    kind: LetterKind,
    out: Path,
    language: str,
    fmt: str,
    id_number: str | None,
    today: dt.date | None,
    labels: Any,
    translate: Callable[[str, str], str],
) -> LetterResult:
    from posassist.store.cases import UnknownCase
    from posassist.usecases.snapshot import build_snapshot

    given = normal_id_number(id_number) if id_number and id_number.strip() else None
    db, owned = _open(case_file)
    try:
        try:
            snapshot = build_snapshot(db, case_id, language)
        except UnknownCase as error:
            raise NoSuchCase(case_id) from error
    finally:
        if owned:
            db.close()
    missing = missing_facts(kind, snapshot.case, given)
    if missing:
        raise MissingFacts(kind, missing)
    from posassist.report.letter_content import build_content

    fingerprint = dossier_fingerprint(snapshot)
    content = build_content(
        snapshot, kind, fingerprint, labels, translate, today or dt.date.today(), given
    )
    out = Path(out)
    made: dict[str, int] = {}
    if fmt == "pdf":
        from posassist.report.letter_pdf import build_letter_pdf, letter_context

        ctx = letter_context(labels, translate)
        write_atomically(
            out, lambda stream: made.update(pages=build_letter_pdf(content, stream, ctx))
        )
    else:
        from posassist.report.letter_docx import build_letter_docx

        write_atomically(out, lambda stream: build_letter_docx(content, stream))
    return LetterResult(
        out,
        kind,
        language,
        fmt,
        fingerprint,
        content.cited,
        made.get("pages"),
        content.plain_text(),
    )
