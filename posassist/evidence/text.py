"""Text and CSV: statements exported by banks, payment platforms and acquirers.

Accepted encodings: UTF-8 (with or without BOM), UTF-16/32 with BOM, GB18030/GBK (Chinese
bank and Alipay exports) and Windows-1252 (older European bank exports, e.g. ING Germany).
GB18030 decodes almost any byte soup, Latin-1 German included ("ä" + "t" is a valid GBK
pair), so it is chosen only when the text looks like Chinese.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

from posassist.domain.evidence import FileKind

from .common import Inspection, Refusal

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_ENCODING_NOTES = {
    "utf-16": "encoding_utf16",
    "utf-32": "encoding_utf32",
    "gb18030": "encoding_gb18030",
    "cp1252": "encoding_cp1252",
}
_SAMPLE_CHARS = 64 * 1024
# Control characters other than tab, line feed, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# One GB18030 multi-byte character (the bytes are known to decode when this runs).
_GB_CHAR = re.compile(rb"[\x81-\xfe](?:[\x30-\x39][\x81-\xfe][\x30-\x39]|[\x40-\x7e\x80-\xfe])")
_GB2312_CHAR = re.compile(rb"[\xa1-\xf7][\xa1-\xfe]")
_DELIMITERS = ",;\t|"
_SAMPLE_LINES = 100


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, Python codec name) of CSV/TEXT evidence; Refusal when the bytes are not text."""
    decoded = _decode(data)
    if decoded is None:
        if _text_with_nuls(data):
            raise Refusal("corrupt", "text with NUL bytes in it")
        raise Refusal("not_supported", "neither an accepted format nor text")
    return decoded


def inspect_text(data: bytes) -> Inspection | None:
    """CSV or TEXT, or None when the bytes are not text."""
    try:
        text, encoding = decode_text(data)
    except Refusal as refusal:
        if refusal.code == "corrupt":
            raise
        return None
    if not text.strip():
        raise Refusal("empty", "nothing but white space")
    note = _ENCODING_NOTES.get(encoding)
    return Inspection(classify(text), 1, None, notes=(note,) if note else ())


def _decode(data: bytes) -> tuple[str, str] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _try(data, codec)
            return (text, codec) if text is not None and _mostly_printable(text) else None
    if b"\x00" in data:
        return None
    decoded = _decode_without_bom(data)
    return decoded if decoded is not None and _mostly_printable(decoded[0]) else None


def _decode_without_bom(data: bytes) -> tuple[str, str] | None:
    text = _try(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    chinese = _try(data, "gb18030")
    if chinese is not None and _looks_chinese(data):
        return chinese, "gb18030"
    western = _try(data, "cp1252")
    if western is not None and _mostly_printable(western):
        return western, "cp1252"
    return (chinese, "gb18030") if chinese is not None else None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _looks_chinese(data: bytes) -> bool:
    """Most multi-byte characters are in the GB2312 range (both bytes >= 0xA1), as in real
    Chinese text; Latin-1 accents mostly pair with an ASCII letter instead."""
    sample = data[: 4 * _SAMPLE_CHARS]
    chars = _GB_CHAR.findall(sample)
    if not chars:
        return False
    common = sum(1 for char in chars if _GB2312_CHAR.fullmatch(char))
    return common >= 0.8 * len(chars)


def _mostly_printable(text: str) -> bool:
    sample = text[:_SAMPLE_CHARS]
    return len(_CONTROL.findall(sample)) <= 0.02 * len(sample)


def _text_with_nuls(data: bytes) -> bool:
    """Text damaged by a few NUL bytes (not UTF-16 without BOM, not a binary format)."""
    nuls = data.count(b"\x00")
    if not nuls or nuls > max(1, len(data) // 100):
        return False
    return _decode(data.replace(b"\x00", b"")) is not None


def classify(text: str) -> FileKind:
    """CSV when a delimiter splits the first lines into >= 2 columns: most of them, mostly the
    same number; or a block of rows with one number after a preamble (account, period, notes:
    Alipay puts 22 lines before its table)."""
    sample = text[:_SAMPLE_CHARS]
    if len(text) > _SAMPLE_CHARS:
        sample = sample[: sample.rfind("\n") + 1] or sample  # no half line at the end
    for delimiter in _DELIMITERS:
        try:
            counts = [len(row) for row in _rows(sample, delimiter)]
        except csv.Error:
            continue
        if _mostly_columns(counts) or _has_table(counts):
            return FileKind.CSV
    return FileKind.TEXT


def _mostly_columns(counts: list[int]) -> bool:
    multi = [count for count in counts if count >= 2]
    if len(multi) < 2 or len(multi) < 0.5 * len(counts):
        return False
    return Counter(multi).most_common(1)[0][1] >= 0.5 * len(multi)


def _has_table(counts: list[int]) -> bool:
    """A run of >= 3 consecutive rows with the same number (>= 2) of columns, a quarter of
    the rows or more."""
    longest = run = 0
    for index, count in enumerate(counts):
        run = run + 1 if index and count == counts[index - 1] else 1
        if count >= 2:
            longest = max(longest, run)
    return longest >= 3 and longest >= 0.25 * len(counts)


def _rows(sample: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    rows = []
    for row in reader:
        if any(field.strip() for field in row):
            rows.append(row)
        if len(rows) >= _SAMPLE_LINES:
            break
    return rows
