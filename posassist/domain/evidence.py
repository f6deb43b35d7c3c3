"""Evidence: the proofs attached to a case, and what kind of file each one is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from posassist.domain.money import Money


class Category(StrEnum):
    TRANSACTION_RECORD = "transaction_record"
    SETTLEMENT_SLIP = "settlement_slip"
    FEE_RECEIPT = "fee_receipt"
    APPLICATION_FORM = "application_form"
    CORRESPONDENCE = "correspondence"
    DEVICE_PHOTO = "device_photo"
    RETURN_RECEIPT = "return_receipt"
    CLOSURE_CONFIRMATION = "closure_confirmation"
    STATEMENT = "statement"  # a provider's or bank's statement, its rows read (statements/)
    OTHER = "other"


class FileKind(StrEnum):
    """Decided from the bytes, never from the file name."""

    JPEG = "jpeg"
    PNG = "png"
    TIFF = "tiff"
    WEBP = "webp"
    BMP = "bmp"
    HEIF = "heif"
    PDF = "pdf"
    CSV = "csv"
    TEXT = "text"

    @property
    def is_image(self) -> bool:
        return self not in (FileKind.PDF, FileKind.CSV, FileKind.TEXT)


MIME_TYPES = {
    FileKind.JPEG: "image/jpeg",
    FileKind.PNG: "image/png",
    FileKind.TIFF: "image/tiff",
    FileKind.WEBP: "image/webp",
    FileKind.BMP: "image/bmp",
    FileKind.HEIF: "image/heif",
    FileKind.PDF: "application/pdf",
    FileKind.CSV: "text/csv",
    FileKind.TEXT: "text/plain",
}

# Files over this size are refused before they are read (changeable in settings).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# What the description box takes: room for a full account of the item, short enough to
# print beside it on its evidence page.
DESCRIPTION_MAX_CHARS = 2000


@dataclass
class Evidence:
    case_id: int
    stage: str
    category: Category
    original_name: str
    kind: FileKind
    size: int
    sha256: str
    pages: int = 1
    description: str = ""
    doc_date: dt.date | None = None
    imported_at: dt.datetime | None = None
    amount: Money | None = None  # what the slip shows, as typed or accepted by the owner
    note: str = ""  # what the import noticed, e.g. metadata that was ignored
    removed_at: dt.datetime | None = None
    id: int | None = None

    @property
    def mime(self) -> str:
        return MIME_TYPES[self.kind]
