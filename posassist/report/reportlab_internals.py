"""Every use the report package makes of ReportLab beyond its documented API, in one place.

The dossier is fast because it skips some of ReportLab's machinery: it writes the file in
one pass (the originals first, ReportLab's objects after them), draws thousands of short
strings in one text object, and reads its font in bulk. That needs ReportLab's internals;
no other module of posassist/report touches them (tests/test_reportlab_internals.py
checks each one below on the installed ReportLab, and that no other module reaches in).
The ReportLab range they are tested on is pinned in pyproject.toml.

Relied on, and why:

1. `PDFTextObject._code` (its list of operators) and `._formatText(text)` (the operators
   that show `text` in the current font and subset): `show_text` sets each string's
   origin with a `Tm` and shows it, without textOut's measuring (flow.TextRun: tables
   and captions, a tenth of their drawing cost). `rl_accel.fp_str` formats the numbers.
2. `Canvas._doc` (the PDFDocument being built) and `Canvas._code` (the operators of the
   page not yet shown): `document`, `page_pending`.
3. `PDFDocument.idToObjectNumberAndVersion`, `.numberToId`, `.objectcounter` (how objects
   are numbered), `.idToObject`, `.Reference(obj, name)`: `reserve` numbers ReportLab's
   objects after the originals written before them; `bind` names an original's fixed
   number; `register`/`object_number` make and look up named objects (assemble.py,
   foreign.py); `set_catalog_entry` sets `Catalog.<key>` (the attachments' name tree).
4. What `PDFDocument.GetPDFData` and `.format` do before writing objects (`delayedFonts`
   and `addObjects`, `info.invariant`/`digest(signature)`, `Catalog`, `Outlines.prepare`
   and `.ready`, `encrypt.prepare`), `PDFIndirectObject(name, obj).format(doc)`,
   `PDFTrailer(...)`, `ID()`: `format_objects` formats ReportLab's objects for
   output.finish, which writes them after the originals with its own xref table (and
   no /Encrypt: a dossier is never encrypted).
   `info` (title, author, subject, creator, producer, keywords) and `_timeStamp`:
   `information`, the info dictionary written with our own entries (the manifest).
5. `reportlab.pdfbase.pdfdoc`'s object classes (PDFObject with `format(document)`,
   PDFDictionary, PDFArray, PDFName, PDFStream with `filters=[PDFZCompress]`,
   PDFObjectReference, PDFDate, `xObjectName`): re-exported from here.
6. `Canvas._doc.Pages.pages[i].stream` (a page's content as a str until the file is
   written): `rewrite_page_streams` puts "page N of M" and the contents' page numbers in
   place of marks after the last page (templates.Document: one layout pass).
7. `BaseDocTemplate._endBuild` and its `_doSave` flag: `OneWriteDocTemplate` ends the
   build without saving, so the numbers can be filled in and output.finish write the file.
8. `Flowable._doctemplate` (the document template drawing it): `doc_template`, for the
   evidence flowables that draw through the assembly and share forms.
9. `TTFontFace` / `TTFontFile.extractInfo(charInfo)`, its `_ttf_data`, `table`,
   `get_table_pos`, `numGlyphs`, `unitsPerEm` and the attributes the parser sets
   (charToGlyph, glyphToChar, charWidths, defaultWidth, hmetrics, glyphPos);
   `TTFont.__init__`'s attributes (fontName, face, encoding, state, _asciiReadable,
   shapable; `rl_config.ttfAsciiReadable`, `unShapedFontGlob`), `TTFont.state[doc]
   .assignments` and `splitString`: `bulk_font`, the face read in bulk (fonts.py).
10. `reportlab.platypus.paragraph.ALL_CANNOT_START` (imported there from
   `reportlab.lib.textsplit`; the characters its CJK line breaking never starts a line
   with, looked up when a paragraph is wrapped): `chinese_line_breaking` adds the
   full-width punctuation Chinese text uses (，！？：；》…), which the list (made for
   Japanese) lacks, so that a line of a Chinese paragraph does not begin with a comma.
   ReportLab hangs one character only: in "笔），" the bracket hangs and the comma still
   begins the next line.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDate,
    PDFDictionary,
    PDFIndirectObject,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFStream,
    PDFTrailer,
    PDFZCompress,
    xObjectName,
)
from reportlab.platypus import BaseDocTemplate

# -- 1, 2, 8: text objects, the canvas, flowables ---------------------------------------------


def show_text(text_object: Any, x: float, y: float, text: str) -> None:
    """`text` at (x, y) in the text object's current font: setTextOrigin + textOut
    without the measuring (every string sets its own origin; the canvas is bottom-up)."""
    code = text_object._code
    code.append(f"1 0 0 1 {fp_str(x, y)} Tm")
    code.append(text_object._formatText(text))


def document(canvas: Any) -> Any:
    """The canvas's PDFDocument."""
    return canvas._doc


def page_pending(canvas: Any) -> bool:
    """True when the current page has operators not yet shown (showPage not called)."""
    return bool(canvas._code)


def doc_template(flowable: Any) -> Any:
    """The document template drawing the flowable (None outside a build)."""
    return flowable._doctemplate


# -- 3, 5: numbering and making objects -------------------------------------------------------


def reserve(doc: Any, count: int) -> None:
    """Number ReportLab's objects after `count` originals (objects 1..count are ours).

    Called right after the canvas is made: ReportLab has registered one object then (its
    standard fonts dictionary); it and every later one get their number plus `count`.
    """
    numbers = doc.idToObjectNumberAndVersion
    for name, (number, version) in list(numbers.items()):
        numbers[name] = (number + count, version)
    doc.numberToId = {number + count: name for number, name in doc.numberToId.items()}
    doc.objectcounter += count
    doc._posassist_first = count + 1


def bind(doc: Any, name: str, number: int) -> None:
    """Let ReportLab refer to object `number` (an original) by the internal name `name`."""
    doc.idToObjectNumberAndVersion[name] = (number, 0)


def register(doc: Any, obj: Any, name: str | None = None) -> Any:
    """Make `obj` an object of the document (named `name`); its reference."""
    return doc.Reference(obj, name)


def object_number(doc: Any, name: str) -> tuple[int, int] | None:
    """(number, generation) of the object named `name`, or None when there is none."""
    return doc.idToObjectNumberAndVersion.get(name)


def set_catalog_entry(doc: Any, key: str, value: Any) -> None:
    setattr(doc.Catalog, key, value)


def xobject_name(name: str) -> str:
    """The internal name under which canvas.doForm(name) finds an XObject."""
    return xObjectName(name)


class Raw(PDFObject):
    """Bytes that ReportLab writes as they are, as a value in one of its dictionaries."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return self.data


# -- 4: the information dictionary and the objects, formatted --------------------------------


def information(doc: Any, entries: dict[str, str], encode: Callable[[str], bytes]) -> PDFObject:
    """The document information dictionary: ReportLab's keys (from canvas.setTitle…) and
    `entries`, each value written as encode(text); the dates are ReportLab's."""
    info = doc.info
    values = {
        "Title": info.title,
        "Author": info.author,
        "Subject": info.subject,
        "Creator": info.creator,
        "Producer": info.producer,
        "Keywords": info.keywords,
        **entries,
    }
    data: dict[str, Any] = {key: Raw(encode(str(value))) for key, value in values.items()}
    data["CreationDate"] = data["ModDate"] = PDFDate(ts=doc._timeStamp)
    data["Trapped"] = PDFName("False")
    return _Information(data)


class _Information(PDFObject):
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return PDFDictionary(self.data).format(document)


@dataclass
class Formatted:
    """ReportLab's objects, formatted: objects first..first+len(objects)-1."""

    first: int
    objects: list[bytes]
    trailer: Callable[[int], bytes]  # startxref -> the trailer

    @property
    def count(self) -> int:
        """The cross-reference table's size: objects 0..count-1."""
        return self.first + len(self.objects)


def format_objects(canvas: Any, info: Callable[[Any], PDFObject] | None = None) -> Formatted:
    """Finish the last page and format every object ReportLab has, as its
    PDFDocument.GetPDFData and format() would before writing them; `info(doc)`, if given,
    replaces its information dictionary (see `information`)."""
    if page_pending(canvas):
        canvas.showPage()
    doc = canvas._doc
    for font in doc.delayedFonts:
        font.addObjects(doc)
    doc.info.invariant = doc.invariant
    doc.info.digest(doc.signature)
    if info is not None:
        doc.info = info(doc)
    catalog = doc.Reference(doc.Catalog)
    info_ref = doc.Reference(doc.info)
    doc.Outlines.prepare(doc, canvas)
    if doc.Outlines.ready < 0:
        doc.Catalog.Outlines = None
    doc.encrypt.prepare(doc)
    first = number = getattr(doc, "_posassist_first", 1)
    objects: list[bytes] = []
    # Objects may register further objects while they are formatted (ReportLab's rule).
    while number in doc.numberToId:
        name = doc.numberToId[number]
        objects.append(PDFIndirectObject(name, doc.idToObject[name]).format(doc))
        number += 1

    def trailer(startxref: int) -> bytes:
        made = PDFTrailer(
            startxref=startxref, Size=number, Root=catalog, Info=info_ref, ID=doc.ID()
        )
        return made.format(doc)

    return Formatted(first, objects, trailer)


# -- 6, 7: filling in the pages, ending the build ----------------------------------------------


def rewrite_page_streams(canvas: Any, rewrite: Callable[[int, str], str]) -> None:
    """Replace each page's content (a str until the file is written) by
    rewrite(page number, content)."""
    for number, page in enumerate(canvas._doc.Pages.pages, start=1):
        if isinstance(page.stream, str):
            page.stream = rewrite(number, page.stream)


class OneWriteDocTemplate(BaseDocTemplate):
    """A document template whose build ends with `end_build(canvas)` instead of saving."""

    def _endBuild(self) -> None:  # noqa: N802 (ReportLab's name)
        self._doSave = 0  # finish the last page, but do not save
        super()._endBuild()
        self.end_build(self.canv)

    def end_build(self, canvas: Any) -> None:
        canvas.save()


# -- 9: the font, read in bulk ---------------------------------------------------------------

_FONT_CLASSES: dict[tuple[Callable, Callable], type] = {}


def bulk_font(name: str, path: str, index: int, read: Callable, glyph_to_char: Callable) -> Any:
    """A TTFont (validate=0, default options) whose face reads its character map, metrics
    and glyph locations with `read(data, tables, num_glyphs, units_per_em)` (tables: tag
    -> offset), which returns the parser's results (fonts.FaceTables) or None for a
    table it leaves to ReportLab; `glyph_to_char(char_to_glyph, nbsp)` makes
    glyphToChar when it is first asked for. Its splitString has a fast way for text whose
    characters all have their subset code already."""
    key = (read, glyph_to_char)
    if key not in _FONT_CLASSES:
        _FONT_CLASSES[key] = _font_class(read, glyph_to_char)
    return _FONT_CLASSES[key](name, path, index)


def _font_class(read: Callable, glyph_to_char: Callable) -> type:
    import itertools
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase import ttfonts

    class BulkFace(ttfonts.TTFontFace):
        @property
        def glyphToChar(self) -> dict[int, list[int]]:  # noqa: N802 (ReportLab's name)
            table = self.__dict__.get("_glyph_to_char")
            if table is None:
                table = glyph_to_char(self.charToGlyph, getattr(self, "_nbsp", None))
                self.__dict__["_glyph_to_char"] = table
            return table

        @glyphToChar.setter
        def glyphToChar(self, table: dict[int, list[int]]) -> None:  # noqa: N802
            self.__dict__["_glyph_to_char"] = table  # ReportLab's own reading sets it

        def extractInfo(self, charInfo: int = 1) -> None:  # noqa: N802, N803 (ReportLab's names)
            # Names, head, OS/2, post, hhea, maxp: ReportLab's code (it stops before cmap).
            ttfonts.TTFontFile.extractInfo(self, 0)
            if not charInfo:
                return
            tables = {tag: self.get_table_pos(tag)[0] for tag in self.table}
            try:
                found = read(self._ttf_data, tables, self.numGlyphs, self.unitsPerEm)
            except struct.error:
                found = None
            if found is None:  # a table ReportLab reads its own way: let it read everything
                ttfonts.TTFontFile.extractInfo(self, charInfo)
                return
            self.charToGlyph = found.char_to_glyph
            self._nbsp = found.nbsp  # for glyphToChar, made when first asked for
            self.defaultWidth = found.default_width
            self.charWidths = found.char_widths
            self.hmetrics = found.hmetrics
            self.glyphPos = found.glyph_pos

    class BulkFont(ttfonts.TTFont):
        def __init__(self, name: str, path: str, subfont_index: int) -> None:
            # What TTFont.__init__ sets (tests compare the attributes), with our face.
            self.fontName = name
            self.face = BulkFace(path, validate=0, subfontIndex=subfont_index)
            self.encoding = ttfonts.TTEncoding()
            self.state = WeakKeyDictionary()
            self._asciiReadable = rl_config.ttfAsciiReadable
            globs = getattr(ttfonts, "unShapedFontGlob", ())
            self.shapable = not any(fnmatch(name, glob) for glob in globs)

        def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list:  # noqa: N802
            """TTFont.splitString, with a fast way for text whose characters all have
            their code in the document's subsets already (most text, most of the time):
            the same (subset, bytes) chunks, without the per-character bookkeeping."""
            state = self.state.get(doc)
            if state is not None and isinstance(text, str):
                assigned = state.assignments
                try:
                    codes = [assigned[32 if c == 0xA0 else c] for c in map(ord, text)]
                except KeyError:
                    codes = None
                if codes is not None:
                    if not codes:
                        return []
                    if max(codes) < 256:
                        return [(0, bytes(codes))]
                    return [
                        (subset, bytes(n & 0xFF for n in group))
                        for subset, group in itertools.groupby(codes, lambda n: n >> 8)
                    ]
            return super().splitString(text, doc, encoding)

    return BulkFont


__all__ = [
    "Formatted",
    "OneWriteDocTemplate",
    "PDFArray",
    "PDFDictionary",
    "PDFName",
    "PDFObject",
    "PDFObjectReference",
    "PDFStream",
    "PDFZCompress",
    "Raw",
    "bind",
    "bulk_font",
    "doc_template",
    "document",
    "format_objects",
    "information",
    "object_number",
    "page_pending",
    "register",
    "reserve",
    "rewrite_page_streams",
    "set_catalog_entry",
    "show_text",
    "xobject_name",
]


# -- 10: Chinese line breaking ---------------------------------------------------------------

# Full-width punctuation that does not begin a line in Chinese (GB/T 15834): closing marks,
# the comma and full stop, the colon, semicolon, question and exclamation marks.
CHINESE_CANNOT_START = "，。、！？：；）》〉】」』〕”’…·％"


def chinese_line_breaking() -> None:
    """Make ReportLab's CJK wrapping keep Chinese punctuation off the start of a line
    (once; the list is ReportLab's module global, read at each wrap)."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    missing = "".join(c for c in CHINESE_CANNOT_START if c not in paragraph.ALL_CANNOT_START)
    if missing:
        paragraph.ALL_CANNOT_START = paragraph.ALL_CANNOT_START + missing
        textsplit.ALL_CANNOT_START = paragraph.ALL_CANNOT_START
