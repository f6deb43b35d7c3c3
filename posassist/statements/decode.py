"""Statement bytes to text: which format, which encoding, and the masked copy.

The card numbers are masked in the decoded text before anything reads a cell, and the
copy the case file keeps is that masked text encoded as the original was (same
encoding, same byte-order mark), so the stored statement still opens as the shop's own.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from posassist.domain.cards import mask_card_numbers

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class Refused(Exception):
    """A file that cannot be read as a statement; `code` says why, `detail` names what."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def sniff(data: bytes) -> str:
    """'csv', 'xlsx' or 'xls' from the bytes (never the name); Refused otherwise."""
    if not data.strip():
        raise Refused("empty")
    if data.startswith(b"PK\x03\x04"):
        if b"xl/" in data[:65536] or b"[Content_Types].xml" in data[:65536]:
            return "xlsx"
        raise Refused("not_a_statement", "zip")
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "xls"
    if data.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        raise Refused("not_a_statement", "pdf_or_image")
    return "csv"


@dataclass(frozen=True)
class Decoded:
    text: str  # masked
    encoding: str
    masked_bytes: bytes
    masked_count: int


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _mostly_gb2312(text: str) -> bool:
    """GB18030 decodes Latin-1 text too (ä followed by a letter is a valid pair); a
    Chinese export uses common characters, all in GB2312, so that tells them apart."""
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return True
    common = 0
    for char in wide:
        try:
            char.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common >= 0.9 * len(wide)


def decode(data: bytes) -> tuple[str, str, bytes]:
    """(text, encoding name, BOM bytes)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding, bom
            except UnicodeDecodeError:
                raise Refused("bad_encoding", encoding) from None
    wide = _utf16_without_bom(data)
    if wide:
        try:
            return data.decode(wide), wide, b""
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8", b""
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
        if _mostly_gb2312(text):
            return text, "gb18030", b""
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252", b""
    except UnicodeDecodeError:
        pass
    return data.decode("latin-1"), "latin-1", b""


def decode_and_mask(data: bytes) -> Decoded:
    text, encoding, bom = decode(data)
    masked, count = mask_card_numbers(text)
    stored = data if count == 0 else bom + masked.encode(encoding)
    label = encoding + ("-bom" if bom else "")
    return Decoded(masked, label, stored, count)
