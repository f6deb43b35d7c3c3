"""Which pages of a PDF draw text with fonts the file does not carry (embed).

A dossier shows evidence PDFs' pages as they are (vector), and must embed every font it
uses; a page drawn with, say, Helvetica that its file leaves to the reader's computer is
shown as a picture instead. Found out when the file is imported (kept by the store beside
the file's bytes, see FACTS_VERSION) or, for files imported before, at export.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

# What the stored facts were found with; facts of another version are found out again.
FACTS_VERSION = 1

# Font subtypes whose glyphs are in the font dictionary itself.
_SELF_CONTAINED = {"/Type3"}
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
_FORM_DEPTH = 4  # how deep to follow forms inside forms
# The operators that matter for which fonts show text: "/F1 9.5 Tf" selects a font (by
# its resource name), q and Q save and restore it, Tj, TJ, ' and " show text.
_TEXT_OPERATORS = re.compile(
    rb"/([^\s/\[\]()<>{}%]+)\s+[-+]?[\d.]+\s+Tf|\b([qQ]|T[jJ])\b|\)\s*(['\"])"
)
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


@dataclass
class PageFonts:
    """What a PDF's pages draw text with, for showing them in a dossier."""

    # Pages that draw with fonts the file does not carry (index -> the fonts' names).
    missing: dict[int, list[str]] = field(default_factory=dict)
    # Per page, the resource names of fonts it declares, does not carry and never uses
    # (generators often declare Helvetica on every page): left out of the page's copy.
    unused: dict[int, frozenset[str]] = field(default_factory=dict)


def page_fonts(reader: Any) -> PageFonts:
    """Which pages draw text with fonts the PDF does not embed (often Helvetica and the
    other standard fonts): the page's content, the forms it draws and its annotations'
    appearances (which the dossier shows too); and which such fonts a page only declares."""
    verdicts: dict[Any, str | None] = {}  # font object -> its name when not carried
    result = PageFonts()
    for index, page in enumerate(reader.pages):
        names: set[str] = set()
        resources = page.get("/Resources")
        if any(_verdict(ref, verdicts) for ref in _font_dictionary(resources).values()):
            contents = page.get_contents()
            used = _fonts_selected(contents.get_data() if contents is not None else b"")
        else:
            used = set()  # every font it declares is carried: nothing to find out
        _fonts_in(resources, used, names, verdicts, set(), 0)
        annots = page.get("/Annots")
        for annot in annots.get_object() if annots is not None else []:
            appearance = annot.get_object().get("/AP")
            normal = appearance.get_object().get("/N") if appearance is not None else None
            if normal is None:
                continue
            normal = normal.get_object()
            # One appearance stream, or a dictionary of them by state (a check box's).
            streams = [normal] if hasattr(normal, "get_data") else list(normal.values())
            for stream in streams:
                stream = stream.get_object()
                if hasattr(stream, "get_data"):
                    inner = _fonts_selected(stream.get_data())
                    _fonts_in(stream.get("/Resources"), inner, names, verdicts, set(), 1)
        if names:
            result.missing[index] = sorted(names)
            continue
        declared = _font_dictionary(resources)
        unused = frozenset(
            name[1:]
            for name, ref in declared.items()
            if name[1:] not in used and _verdict(ref, verdicts)
        )
        if unused:
            result.unused[index] = unused
    return result


def _fonts_selected(content: bytes) -> set[str]:
    """The resource names of the fonts a content stream shows text with. (Selecting one
    is not enough: ReportLab, for one, selects Helvetica at the start of every page.)
    A scan of the operators, not a parse: text in a string that looks like an operator
    can only add a font, which errs on the safe side (the page is shown as a picture)."""
    shown: set[bytes] = set()
    current: bytes | None = None
    saved: list[bytes | None] = []
    for name, operator, _quote in _TEXT_OPERATORS.findall(content):
        if name:
            current = name
        elif operator == b"q":
            saved.append(current)
        elif operator == b"Q":
            current = saved.pop() if saved else current
        elif current is not None:
            shown.add(current)
    return {
        _NAME_ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), name).decode("latin-1") for name in shown
    }


def _font_dictionary(resources: Any) -> Any:
    resources = resources.get_object() if resources is not None else None
    fonts = resources.get("/Font") if hasattr(resources, "get") else None
    fonts = fonts.get_object() if fonts is not None else None
    return fonts if hasattr(fonts, "items") else {}


def _verdict(ref: Any, verdicts: dict) -> str | None:
    key = (ref.idnum, ref.generation) if hasattr(ref, "idnum") else id(ref)
    if key not in verdicts:
        verdicts[key] = _missing_font(ref.get_object())
    return verdicts[key]


def _fonts_in(
    resources: Any, used: set[str], names: set[str], verdicts: dict, seen: set, depth: int
) -> None:
    """Add to `names` the fonts `used` (resource names) that the file does not carry,
    then do the same for the forms among the resources (each with its own content)."""
    for name, ref in _font_dictionary(resources).items():
        if name[1:] in used:
            missing = _verdict(ref, verdicts)
            if missing:
                names.add(missing)
    resources = resources.get_object() if resources is not None else None
    xobjects = resources.get("/XObject") if hasattr(resources, "get") else None
    if xobjects is None or depth >= _FORM_DEPTH:
        return
    for ref in xobjects.get_object().values():
        key = (ref.idnum, ref.generation) if hasattr(ref, "idnum") else id(ref)
        if key in seen:
            continue
        seen.add(key)
        xobject = ref.get_object()
        if xobject.get("/Subtype") == "/Form":
            inner = _fonts_selected(xobject.get_data())
            _fonts_in(xobject.get("/Resources"), inner, names, verdicts, seen, depth + 1)


def _missing_font(font: Any) -> str | None:
    """The font's name when its glyphs are not in the file, else None."""
    if not hasattr(font, "get") or font.get("/Subtype") in _SELF_CONTAINED:
        return None
    name = str(font.get("/BaseFont", "?")).lstrip("/")
    if font.get("/Subtype") == "/Type0":
        descendants = font.get("/DescendantFonts")
        descendants = descendants.get_object() if descendants is not None else []
        if not descendants:
            return name
        font = descendants[0].get_object()
    descriptor = font.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else None
    if descriptor is not None and any(key in descriptor for key in _FONT_FILES):
        return None
    return name


def open_pdf(data: bytes) -> Any:
    """The PDF read by pypdf (pages parsed as they are asked for), or None when its pages
    cannot be read (a password). Raises for a file pypdf cannot read at all."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        return None
    return reader


def analyse(data: bytes) -> PageFonts | None:
    """The fonts facts of a PDF's bytes; None when pypdf cannot read its pages."""
    try:
        reader = open_pdf(data)
        return page_fonts(reader) if reader is not None else None
    except Exception:  # a damaged or odd file: the export finds out its own way
        return None


def to_json(fonts: PageFonts) -> str:
    return json.dumps(
        {
            "missing": {str(i): names for i, names in fonts.missing.items()},
            "unused": {str(i): sorted(names) for i, names in fonts.unused.items()},
        },
        sort_keys=True,
    )


def from_json(text: str) -> PageFonts:
    facts = json.loads(text)
    return PageFonts(
        missing={int(i): list(names) for i, names in facts["missing"].items()},
        unused={int(i): frozenset(names) for i, names in facts["unused"].items()},
    )
