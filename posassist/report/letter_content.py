"""What a letter says, as blocks of plain text: the one content the PDF (letter_pdf.py) and
the DOCX (letter_docx.py) render, so both say the same.

Built only for a case that lacks nothing (domain.letters.missing_facts is empty): every
value used here is there. A fact that is optional for a letter (an address, a reference)
leaves its line out; nothing is ever printed as a blank.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from posassist.domain import letters as dl
from posassist.domain.case import Case
from posassist.domain.letters import LetterKind
from posassist.domain.placeholders import fill
from posassist.report.notice import long_date
from posassist.report.snapshot import DossierSnapshot
from posassist.report.values import Translate

# How a letter is laid out where it is read: a Chinese desk expects the body indented by
# two characters, no salutation, and "此致" indented above a flush "敬礼！".
LAYOUTS: dict[str, dict[str, Any]] = {
    "zh": {"salutation": False, "indent_chars": 2, "closing_first_indented": True},
    "en": {"salutation": True, "indent_chars": 0, "closing_first_indented": False},
}


def layout_of(language: str) -> dict[str, Any]:
    return LAYOUTS["zh" if language.startswith("zh") else "en"]


@dataclass(frozen=True)
class Block:
    """One part of a letter. `kind`: title, to, lines, salutation, para, heading, facts,
    numbered, amounts, enclosures, fingerprint, closing, signature."""

    kind: str
    text: str = ""
    rows: tuple[Any, ...] = ()


@dataclass
class LetterContent:
    kind: LetterKind
    language: str
    title: str
    fingerprint: str
    cited: list[str]  # evidence numbers, in the order listed
    blocks: list[Block] = field(default_factory=list)
    footer: str = ""

    def plain_text(self) -> str:
        """Every word of the letter (for tests and for checking no blank is left)."""
        out: list[str] = []
        for b in self.blocks:
            out.append(b.text)
            for row in b.rows:
                out.extend(str(cell) for cell in (row if isinstance(row, tuple) else (row,)))
        return "\n".join(t for t in out if t)


class _Writer:
    """The words of one letter in one language, with the case's facts filled in."""

    def __init__(self, snapshot: DossierSnapshot, labels: Any, translate: Translate) -> None:
        self.case: Case = snapshot.case
        self.snapshot = snapshot
        self.labels = labels
        self.translate = translate
        self.zh = snapshot.language.startswith("zh")
        self.layout = layout_of(snapshot.language)

    def tr(self, text: str, *values: object) -> str:
        return fill(text, *values)

    def v(self, key: str) -> str:
        value = self.case.get(key)
        if isinstance(value, dt.date):
            return long_date(value, self.snapshot.language)
        return str(value).strip()

    def date(self, day: dt.date) -> str:
        return long_date(day, self.snapshot.language)

    def account(self) -> str:
        translate = self.translate
        return self.tr(
            translate("Letters", "%1, account ending in %2"),
            self.v("bank_name"),
            self.v("bank_last4"),
        )

    def terminal(self) -> str:
        translate = self.translate
        if self.case.is_set("serial_no") and self.case.profile.has_device:
            return self.tr(
                translate("Letters", "%1, SN %2"), self.v("terminal_id"), self.v("serial_no")
            )
        return self.v("terminal_id")

    def merchant_rows(self) -> tuple:
        translate = self.translate
        rows = [
            (translate("Letters", "Merchant name"), self.v("shop_name")),
            (translate("Letters", "Merchant ID"), self.v("merchant_id")),
            (translate("Letters", "Terminal ID"), self.v("terminal_id")),
        ]
        if self.case.is_set("serial_no") and self.case.profile.has_device:
            rows.append((translate("Letters", "Device serial number (SN)"), self.v("serial_no")))
        return tuple(rows)

    def refund_rows(self) -> tuple:
        translate = self.translate
        rows = []
        for item in dl.refund_items(self.case):
            on = self.date(item.on) if isinstance(item.on, dt.date) else ""
            rows.append((self.labels.fee_kind(item.kind), on, item.note, item.amount.format()))
        rows.append((translate("Letters", "Total"), "", "", dl.refund_total(self.case).format()))
        return tuple(rows)

    def facts(self) -> list[str]:
        """What happened, from the case: the application, the promise, the log, the money."""
        translate, case = self.translate, self.case
        dated: list[tuple[dt.date, int, str]] = []  # in the order things happened
        out: list[str] = []
        if case.is_set("applied_on"):
            channel = (
                self.labels.choice_label("apply_channel", case.get("apply_channel"))
                if case.is_set("apply_channel")
                else ""
            )
            if case.is_set("apply_reference"):
                applied = self.tr(
                    translate(
                        "Letters",
                        "On %1 the shop applied to stop the terminal and close the "
                        "account (%2, reference %3).",
                    ),
                    self.v("applied_on"),
                    channel,
                    self.v("apply_reference"),
                )
            else:
                applied = self.tr(
                    translate(
                        "Letters",
                        "On %1 the shop applied to stop the terminal and close the account (%2).",
                    ),
                    self.v("applied_on"),
                    channel,
                )
            dated.append((case.get("applied_on"), 0, applied))
        for contact in case.contacts:
            if not contact.summary.strip():
                continue
            who = self.labels.choice_label("channel", contact.channel)
            if contact.person.strip():
                who = (
                    f"{who}, {contact.person.strip()}"
                    if not self.zh
                    else f"{who}，{contact.person}"
                )
            said = self.tr(
                translate("Letters", "%1 (%2): %3"),
                self.date(contact.at.date()),
                who,
                contact.summary.strip(),
            )
            dated.append((contact.at.date(), 1, said))
        out += [text for _day, _order, text in sorted(dated)]
        if case.is_set("answer_due"):
            out.append(
                self.tr(translate("Letters", "An answer was promised by %1."), self.v("answer_due"))
            )
        for item in dl.refund_items(case):
            what = self.labels.fee_kind(item.kind)
            if item.note.strip():
                what = self.tr(translate("Letters", "%1 (%2)"), what, item.note.strip())
            out.append(
                self.tr(
                    translate("Letters", "Owed to the shop: %1, %2."), what, item.amount.format()
                )
            )
        if dl.closure_unconfirmed(case):
            out.append(
                translate("Letters", "To this day the closure has not been confirmed in writing.")
            )
        return out

    def answer(self) -> str:
        contact = dl.provider_answer(self.case)
        assert contact is not None  # missing_facts refused the letter otherwise
        return self.tr(
            self.translate("Letters", "On %1 (%2) the provider answered: %3"),
            self.date(contact.at.date()),
            self.labels.choice_label("channel", contact.channel),
            contact.summary.strip(),
        )

    def complaint_requests(self) -> list[str]:
        translate = self.translate
        out = []
        if dl.refund_items(self.case):
            out.append(
                self.tr(
                    translate(
                        "Letters", "refund %1 in total to the shop's settlement account (%2);"
                    ),
                    dl.refund_total(self.case).format(),
                    self.account(),
                )
            )
        if dl.closure_unconfirmed(self.case):
            out.append(
                translate(
                    "Letters",
                    "confirm in writing that the terminal is shut off and the merchant account "
                    "closed at the merchant's own request;",
                )
            )
        out.append(
            translate("Letters", "answer this complaint in writing, with its ticket number.")
        )
        return out

    def enclosures(self, kind: LetterKind) -> tuple:
        rows = []
        for item in dl.cited(self.case, kind):
            number = self.snapshot.numbers.get(item.sha256)
            if number is None:
                continue
            what = item.description.strip() or item.original_name
            label = self.labels.category(item.category.value)
            rows.append((number, self.tr(self.translate("Letters", "%1: %2"), label, what)))
        return tuple(sorted(rows))

    def signature(self, id_number: str | None, principal: bool = False) -> list[Block]:
        translate = self.translate
        lines = [
            self.tr(
                translate("Letters", "Principal: %1 (seal)")
                if principal
                else translate("Letters", "Merchant: %1 (seal)"),
                self.v("shop_name"),
            ),
            self.tr(
                translate("Letters", "Owner / legal representative: %1 (signature)"),
                self.v("owner_name"),
            ),
        ]
        if id_number:
            lines.append(self.tr(translate("Letters", "ID number: %1"), id_number))
        if self.case.is_set("owner_phone"):
            lines.append(self.tr(translate("Letters", "Phone: %1"), self.v("owner_phone")))
        if self.case.is_set("shop_address"):
            lines.append(self.tr(translate("Letters", "Address: %1"), self.v("shop_address")))
        return [Block("signature", rows=tuple(lines))]


def build_content(
    snapshot: DossierSnapshot,
    kind: LetterKind,
    fingerprint: str,
    labels: Any,
    translate: Translate,
    today: dt.date,
    id_number: str | None = None,
) -> LetterContent:
    """The letter of `kind` for the snapshot's case, in the snapshot's language."""
    from posassist.report.letter_kinds import BODIES

    w = _Writer(snapshot, labels, translate)
    kind = LetterKind(kind)
    blocks: list[Block] = BODIES[kind](w, id_number)
    rows = w.enclosures(kind)
    if rows:
        blocks.append(
            Block(
                "heading",
                translate("Letters", "Enclosed evidence (numbered as in the evidence dossier)"),
            )
        )
        blocks.append(Block("enclosures", rows=rows))
    blocks.append(
        Block(
            "fingerprint",
            translate("Letters", "Evidence dossier of this case, fingerprint (SHA-256)"),
            rows=(
                fingerprint,
                translate(
                    "Letters",
                    "The dossier holds the original of each item listed under its number; its "
                    "fingerprint lets anyone check that nothing in it was changed.",
                ),
            ),
        )
    )
    attorney = kind is LetterKind.POWER_OF_ATTORNEY
    if not attorney:  # a power of attorney is a deed, not a letter: no closing words
        closing = translate("Letters", "Yours faithfully,")
        blocks.append(Block("closing", rows=tuple(closing.split("\n"))))
    blocks += w.signature(None if attorney else id_number, principal=attorney)
    if attorney:
        blocks.append(
            Block(
                "signature",
                rows=(w.tr(translate("Letters", "Agent: %1 (signature)"), w.v("agent_name")),),
            )
        )
    blocks.append(Block("signature", rows=(w.date(today),)))
    title = blocks[0].text
    footer = w.tr(
        translate("Letters", "%1 · evidence dossier fingerprint %2…"), title, fingerprint[:16]
    )
    return LetterContent(
        kind, snapshot.language, title, fingerprint, [n for n, _ in rows], blocks, footer
    )
