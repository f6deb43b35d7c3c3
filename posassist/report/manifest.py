"""The evidence manifest: the evidence index as canonical JSON, and its fingerprint.

Canonical means one byte sequence for one index: keys sorted, no insignificant
whitespace, UTF-8, integers only (no floats). The fingerprint is the SHA-256 of those
bytes. Category keys, not their translations, are stored, so a Chinese and an English
dossier of the same evidence have the same fingerprint.

The manifest travels inside the PDF twice: in the document information dictionary under
METADATA_KEY and as the attached file MANIFEST_NAME; the fingerprint is printed on the
cover and stored under FINGERPRINT_KEY.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

FORMAT = "posassist-evidence-manifest/1"
MANIFEST_NAME = "manifest.json"
METADATA_KEY = "/PosAssistManifest"
FINGERPRINT_KEY = "/PosAssistFingerprint"
KIND_KEY = "/PosAssistKind"  # "archive" or "packet"
# In the dictionary of an image stream that is an original JPEG: its evidence number.
EVIDENCE_KEY = "/PosAssistEvidence"

ARCHIVE = "archive"
PACKET = "packet"


@dataclass(frozen=True)
class Entry:
    number: str
    category: str
    description: str
    document_date: str | None  # ISO date
    original_name: str
    size: int
    pages: int
    sha256: str
    media_type: str

    def as_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "category": self.category,
            "description": self.description,
            "document_date": self.document_date,
            "original_name": self.original_name,
            "size": self.size,
            "pages": self.pages,
            "sha256": self.sha256,
            "media_type": self.media_type,
        }


class ManifestError(ValueError):
    pass


def entries_of(snapshot) -> list[Entry]:
    return [
        Entry(
            number=n.number,
            category=n.item.category.value,
            description=n.item.description,
            document_date=n.item.doc_date.isoformat() if n.item.doc_date else None,
            original_name=n.item.original_name,
            size=n.item.size,
            pages=n.item.pages,
            sha256=n.item.sha256,
            media_type=n.item.mime,
        )
        for n in snapshot.evidence
    ]


def canonical(entries: list[Entry]) -> bytes:
    document = {"format": FORMAT, "evidence": [e.as_json() for e in entries]}
    return json.dumps(
        document, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def fingerprint(manifest: bytes) -> str:
    return hashlib.sha256(manifest).hexdigest()


def parse(manifest: bytes) -> list[Entry]:
    """The entries of a manifest read back from a PDF; ManifestError when it is not one."""
    try:
        document = json.loads(manifest.decode("utf-8"))
        if document.get("format") != FORMAT:
            raise ManifestError(f"unknown manifest format {document.get('format')!r}")
        return [
            Entry(
                number=str(e["number"]),
                category=str(e["category"]),
                description=str(e["description"]),
                document_date=e["document_date"],
                original_name=str(e["original_name"]),
                size=int(e["size"]),
                pages=int(e["pages"]),
                sha256=str(e["sha256"]).lower(),
                media_type=str(e["media_type"]),
            )
            for e in document["evidence"]
        ]
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
        raise ManifestError(f"not a readable manifest: {error}") from error
