"""The one font of every report: WenQuanYi Micro Hei, shipped with the app, embedded as a subset.

ReportLab embeds only TrueType outlines, and its standard fonts are never embedded, so
every string of a report, Latin included, is set in this font (it has Latin glyphs).
Its collection also holds a monospaced face, used for hashes and file names.

Reading a face is the costly part of a short export: ReportLab's parser reads the
character map, the metrics and the glyph locations of the 50,000 glyphs one number at a
time (0.15 s a face). `read_character_tables` reads those three tables with one `struct`
call each and builds exactly what ReportLab's parser builds (tests compare the two
attribute by attribute); everything else, and any table format it does not know, is
ReportLab's own code. The face that reads this way (a subclass of ReportLab's) is
reportlab_internals.bulk_font. Each face is read once per process.
"""

from __future__ import annotations

import struct
import threading
from dataclasses import dataclass
from typing import Any

SANS = "PosAssistSans"
MONO = "PosAssistMono"
FONT_FILE = ("fonts", "wqy-microhei.ttc")

_lock = threading.Lock()


def register() -> tuple[str, str]:
    """Register both faces with ReportLab once per process; return (sans, mono) names."""
    from reportlab.pdfbase import pdfmetrics

    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        if SANS in registered and MONO in registered:
            return SANS, MONO
        from posassist.resources import resource

        node = resource(*FONT_FILE)
        # The package is installed as plain files (wheel, bundle or editable checkout).
        path = str(node)
        for name, index in ((SANS, 0), (MONO, 1)):
            if name not in registered:
                pdfmetrics.registerFont(make_font(name, path, index))
        # Both "bold" and "italic" map to the same face: the font has one weight, and
        # a <b> in a paragraph must not fall back to a standard (unembedded) font.
        from reportlab.lib.fonts import addMapping

        for name in (SANS, MONO):
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
        return SANS, MONO


def make_font(name: str, path: str, subfont_index: int = 0) -> Any:
    """A ReportLab TTFont (validate=0, default options) whose face is read in bulk."""
    from posassist.report.reportlab_internals import bulk_font

    return bulk_font(name, path, subfont_index, read_character_tables, glyph_to_char)


@dataclass
class FaceTables:
    """What ReportLab's parser makes of a face's cmap, hmtx and loca tables (its names:
    charToGlyph, defaultWidth, charWidths, hmetrics, glyphPos); `nbsp`: how the space
    and the no-break space were paired, for glyph_to_char."""

    char_to_glyph: dict[int, int]
    nbsp: tuple[int, int | None] | None
    default_width: float
    char_widths: dict[int, float]
    hmetrics: HMetrics
    glyph_pos: list[int]


def _u16(data: Any, pos: int) -> int:
    return struct.unpack_from(">H", data, pos)[0]


def _choose_cmap(data: Any, cmap: int) -> int | None:
    """The absolute offset of the cmap subtable ReportLab would choose (same rules)."""
    version, count = _u16(data, cmap), _u16(data, cmap + 2)
    if count == 0 and version != 0:
        count = version
    chosen, enc = None, 0
    for n in range(count):
        platform, encoding, offset = struct.unpack_from(">HHL", data, cmap + 4 + 8 * n)
        if platform == 3:
            enc, chosen = 1, offset
        elif platform == 1 and encoding == 0 and enc != 1:
            enc, chosen = 2, offset
        elif (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            enc, chosen = 1, offset
    return None if chosen is None else cmap + chosen


def read_character_tables(
    data: Any, tables: dict[str, int], num_glyphs: int, units_per_em: int
) -> FaceTables | None:
    """What TTFontFile.extractInfo makes of the character map, the metrics and the glyph
    locations (`tables`: tag -> offset in `data`); None for a table it should read."""
    if any(tag not in tables for tag in ("head", "hhea", "cmap", "hmtx", "loca")):
        return None
    head = tables["head"]
    index_to_loc_format, glyph_data_format = struct.unpack_from(">HH", data, head + 50)
    if glyph_data_format != 0:
        return None  # ReportLab raises its own error for this
    metric_count = _u16(data, tables["hhea"] + 34)
    offset = _choose_cmap(data, tables["cmap"])
    if offset is None:
        return None
    cmap_format = _u16(data, offset)
    if cmap_format == 4:
        char_to_glyph, mapped = _cmap_format4(data, offset)
    elif cmap_format == 12:
        char_to_glyph, mapped = _cmap_format12(data, offset)
    else:
        return None
    if mapped != len(char_to_glyph):
        return None  # overlapping segments: leave their exact reading to ReportLab

    if index_to_loc_format not in (0, 1):
        return None
    advances, hmetrics, glyph_pos = _metrics(
        data,
        tables["hmtx"],
        metric_count,
        tables["loca"],
        num_glyphs,
        index_to_loc_format,
        units_per_em,
    )
    last = advances[-1]
    # ReportLab gives a width to the glyphs of both parts of hmtx, however few glyphs
    # maxp counts; past the first part every glyph has the last advance.
    measured = max(metric_count, num_glyphs)
    char_widths = {
        char: advances[glyph] if glyph < metric_count else last
        for char, glyph in char_to_glyph.items()
        if glyph < measured
    }
    # ReportLab maps the no-break space and the space to the same glyph, after it has
    # made glyphToChar (which keeps the character map's own entry, if any).
    nbsp = None
    if 0x20 in char_to_glyph:
        nbsp = (0xA0, char_to_glyph.get(0xA0))
        char_to_glyph[0xA0] = char_to_glyph[0x20]
        char_widths[0xA0] = char_widths[0x20]
    elif 0xA0 in char_to_glyph:
        nbsp = (0x20, None)
        char_to_glyph[0x20] = char_to_glyph[0xA0]
        char_widths[0x20] = char_widths[0xA0]

    return FaceTables(char_to_glyph, nbsp, advances[0], char_widths, hmetrics, glyph_pos)


_METRICS: dict[bytes, tuple[list, Any, list]] = {}


def _metrics(
    data: Any,
    hmtx: int,
    metric_count: int,
    loca: int,
    num_glyphs: int,
    loc_format: int,
    units: int,
) -> tuple[list, Any, list]:
    """(scaled advances, hmetrics, glyphPos) of the hmtx and loca tables; the faces of a
    collection often share them (both WenQuanYi faces do): read once per process."""
    import hashlib

    rest_count = max(0, num_glyphs - metric_count)
    loca_size = (num_glyphs + 1) * (2 if loc_format == 0 else 4)
    key = hashlib.sha1(
        b"%d %d %d %d " % (metric_count, num_glyphs, loc_format, units)
        + bytes(data[hmtx : hmtx + 4 * metric_count + 2 * rest_count])
        + bytes(data[loca : loca + loca_size]),
        usedforsecurity=False,
    ).digest()
    if key in _METRICS:
        return _METRICS[key]
    pairs = struct.unpack_from(f">{2 * metric_count}H", data, hmtx)
    if units == 1000:  # ReportLab's scale: the identity, or x * (1000 / units)
        advances = list(pairs[0::2])
    else:
        factor = 1000 / units
        advances = [a * factor for a in pairs[0::2]]
    rest = struct.unpack_from(f">{rest_count}H", data, hmtx + 4 * metric_count)
    if loc_format == 0:
        glyph_pos = [v << 1 for v in struct.unpack_from(f">{num_glyphs + 1}H", data, loca)]
    else:
        glyph_pos = list(struct.unpack_from(f">{num_glyphs + 1}L", data, loca))
    result = (advances, HMetrics(pairs, rest, advances[-1]), glyph_pos)
    _METRICS[key] = result
    return result


class HMetrics:
    """ReportLab's face.hmetrics — (advance, left side bearing) per glyph, the advance
    scaled past the table's full entries as ReportLab has it — made on demand (the
    subsetter asks for the few glyphs it embeds; a list of 50,000 pairs costs 20 ms)."""

    def __init__(self, pairs: tuple[int, ...], rest: tuple[int, ...], last: float) -> None:
        self._pairs, self._rest, self._last = pairs, rest, last
        self._full = len(pairs) // 2

    def __len__(self) -> int:
        return self._full + len(self._rest)

    def __getitem__(self, glyph: Any) -> Any:
        if isinstance(glyph, slice):
            return [self[i] for i in range(*glyph.indices(len(self)))]
        if glyph < 0:
            glyph += len(self)
        if 0 <= glyph < self._full:
            return (self._pairs[2 * glyph], self._pairs[2 * glyph + 1])
        if glyph < 0:
            raise IndexError(glyph)
        return (self._last, self._rest[glyph - self._full])

    def __iter__(self) -> Any:
        return (self[i] for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        try:
            return list(self) == list(other)  # type: ignore[call-overload]
        except TypeError:
            return NotImplemented

    __hash__ = None  # type: ignore[assignment]


def glyph_to_char(
    char_to_glyph: dict[int, int], nbsp: tuple[int, int | None] | None
) -> dict[int, list[int]]:
    """ReportLab's glyphToChar for a face read in bulk: characters per glyph, in the
    character map's order, without the space / no-break space pairing added later."""
    table: dict[int, list[int]] = {}
    for char, glyph in char_to_glyph.items():
        if nbsp is not None and char == nbsp[0]:
            if nbsp[1] is None:
                continue
            glyph = nbsp[1]
        table.setdefault(glyph, []).append(char)
    return table


def _cmap_format4(data: Any, offset: int) -> tuple[dict[int, int], int]:
    """Character -> glyph of a format 4 subtable, with ReportLab's reading of its edge
    cases (glyph ids past the subtable's end read as 0); and how many mappings were read
    (more than the dictionary holds when segments overlap)."""
    length = _u16(data, offset + 2)
    limit = offset + length
    segments = _u16(data, offset + 6) // 2
    ends = struct.unpack_from(f">{segments}H", data, offset + 14)
    starts = struct.unpack_from(f">{segments}H", data, offset + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", data, offset + 16 + 4 * segments)
    range_start = offset + 16 + 6 * segments
    range_offsets = struct.unpack_from(f">{segments}H", data, range_start)
    result: dict[int, int] = {}
    mapped = 0
    for n in range(segments):
        start, end, delta, range_offset = starts[n], ends[n], deltas[n], range_offsets[n]
        if end < start:
            continue
        chars = range(start, end + 1)
        mapped += len(chars)
        if range_offset == 0:
            result.update(zip(chars, [(c + delta) & 0xFFFF for c in chars], strict=True))
            continue
        first = range_start + 2 * n + range_offset
        count = end - start + 1
        inside = max(0, min(count, (limit - first + 1) // 2)) if first < limit else 0
        # An id whose two bytes start before the limit is read (ReportLab reads it whole).
        while inside and first + 2 * (inside - 1) >= limit:
            inside -= 1
        ids = list(struct.unpack_from(f">{inside}H", data, first)) if inside else []
        ids += [0] * (count - inside)
        result.update(zip(chars, [(g + delta) & 0xFFFF if g else 0 for g in ids], strict=True))
    return result, mapped


def _cmap_format12(data: Any, offset: int) -> tuple[dict[int, int], int]:
    """Character -> glyph of a format 12 subtable (groups of consecutive characters)."""
    groups = struct.unpack_from(">L", data, offset + 12)[0]
    values = struct.unpack_from(f">{3 * groups}L", data, offset + 16)
    result: dict[int, int] = {}
    mapped = 0
    for n in range(0, 3 * groups, 3):
        start, end, glyph = values[n], values[n + 1], values[n + 2]
        if end < start:
            continue
        chars = range(start, end + 1)
        mapped += len(chars)
        result.update(zip(chars, range(glyph, glyph + len(chars)), strict=True))
    return result, mapped
