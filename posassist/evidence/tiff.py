"""TIFF directories (a TIFF file, or the EXIF block of a JPEG/PNG/WebP/HEIF) checked for
pointers that lead outside the data.

Pillow reads a damaged directory with a warning ("Corrupt EXIF data", "Tag data larger than
file") and carries on, so a TIFF cut at the end can open with a page fewer and no error.
Warnings cannot be caught from a worker thread without racing other threads, hence this
check, which reads the same structure the same way.
"""

from __future__ import annotations

import struct

# Bytes per value of each field type: BYTE, ASCII, SHORT, LONG, RATIONAL, SBYTE, UNDEFINED,
# SSHORT, SLONG, SRATIONAL, FLOAT, DOUBLE, IFD.
_TYPE_SIZES = dict(enumerate((0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4)))
_EXIF_IFD = 0x8769
_MAX_DIRECTORIES = 10_000


def problems(raw: bytes, *, chain: bool = False) -> tuple[str, str]:
    """(directory problem, value problem), "" where there is none.

    The first: a directory, or the link to the next one, lies past the end — pages or tags
    are missing. The second: a tag's value does (damaged metadata; the pixels may be fine).
    `chain` follows the next-directory links (the pages of a TIFF file); without it only the
    first directory and its EXIF sub-directory are read (an EXIF block).
    """
    if raw.startswith(b"Exif\x00\x00"):
        raw = raw[6:]
    order = {b"II*\x00": "<", b"MM\x00*": ">"}.get(raw[:4])
    if order is None:
        # BigTIFF ("II+") is left to the decoder; anything else is not a TIFF structure.
        return ("", "") if raw[2:4] in (b"+\x00", b"\x00+") else ("no TIFF header", "")
    if len(raw) < 8:
        return "header cut short", ""
    value_problem = ""
    pending = [struct.unpack_from(order + "L", raw, 4)[0]]
    seen: set[int] = set()
    while pending:
        offset = pending.pop()
        if offset in seen:
            continue  # a loop: Pillow ends the page sequence there
        if len(seen) >= _MAX_DIRECTORIES:
            return "too many directories", value_problem
        seen.add(offset)
        entries, following = _directory(raw, order, offset)
        if entries is None:
            return f"directory at {offset} runs past the end", value_problem
        for tag, kind, number, value in entries:
            size = _TYPE_SIZES.get(kind, 0) * number
            (pointer,) = struct.unpack(order + "L", value)
            if size > 4 and pointer + size > len(raw):
                value_problem = value_problem or f"tag {tag} points past the end"
            elif tag == _EXIF_IFD and not chain:
                pending.append(pointer)
        if chain and following:
            pending.append(following)
    return "", value_problem


def _directory(raw: bytes, order: str, offset: int) -> tuple[list | None, int]:
    """(entries, offset of the next directory), or (None, 0) when it does not fit."""
    if offset + 2 > len(raw):
        return None, 0
    (count,) = struct.unpack_from(order + "H", raw, offset)
    end = offset + 2 + 12 * count
    if end + 4 > len(raw):
        return None, 0
    entries = [struct.unpack_from(order + "HHL4s", raw, at) for at in range(offset + 2, end, 12)]
    (following,) = struct.unpack_from(order + "L", raw, end)
    return entries, following
