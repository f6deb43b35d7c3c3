"""A letter as an editable Word document (python-docx): the same blocks as the PDF, so the
owner can change a word before sending. Sizes and colours follow the PDF's styles."""

from __future__ import annotations

from typing import Any, BinaryIO

from posassist.report.letter_content import Block, LetterContent, layout_of
from posassist.report.styles import PALETTE

# Fonts a Word on the owner's computer has: Latin text and East Asian text are set apart
# in Word (w:eastAsia); the PDF's font is embedded there, here it is only named.
LATIN_FONT = "Arial"
EAST_ASIAN_FONT = "Microsoft YaHei"
SIZES = {"body": 10.5, "title": 17, "heading": 11, "cell": 9.5, "small": 8, "mono": 8.5}


def _rgb(name: str) -> Any:
    from docx.shared import RGBColor

    return RGBColor.from_string(PALETTE[name].lstrip("#").upper())


def _font(run: Any, size: float, colour: str = "ink", mono: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.size = Pt(size)
    run.font.color.rgb = _rgb(colour)
    run.font.name = "Consolas" if mono else LATIN_FONT
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)


def _para(doc: Any, text: str, size: float = SIZES["body"], colour: str = "ink", **fmt: Any) -> Any:
    from docx.shared import Pt

    paragraph = doc.add_paragraph()
    lines = text.split("\n")
    mono = fmt.get("mono", False)
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        _font(run, size, colour, mono)
        if i < len(lines) - 1:
            run.add_break()
    pf = paragraph.paragraph_format
    pf.space_after = Pt(fmt.get("after", 6))
    pf.space_before = Pt(fmt.get("before", 0))
    pf.line_spacing = Pt(size * 1.7)
    if "align" in fmt:
        paragraph.alignment = fmt["align"]
    if fmt.get("first_indent"):
        pf.first_line_indent = Pt(fmt["first_indent"])
    if fmt.get("left_indent"):
        pf.left_indent = Pt(fmt["left_indent"])
    return paragraph


def _table(doc: Any, rows: list[tuple], widths: list[float], header: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    table = doc.add_table(rows=len(rows), cols=len(widths))
    table.style = "Table Grid"
    # Word reads each cell's width, LibreOffice the grid's: set both, and no autofit.
    table.autofit = False
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(widths[c])
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(str(text))
            muted = (header and r == 0) or (not header and c == 0 and len(widths) == 2)
            _font(run, SIZES["cell"], "muted" if muted else "ink")
            paragraph.paragraph_format.space_after = Pt(0)
            if header and c == len(widths) - 1:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def _block(doc: Any, block: Block, layout: dict[str, Any]) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    indent = layout["indent_chars"] * SIZES["body"]
    kind = block.kind
    if kind == "title":
        _para(doc, block.text, SIZES["title"], align=WD_ALIGN_PARAGRAPH.CENTER, after=16)
    elif kind == "to":
        _para(doc, block.text, after=2)
    elif kind == "lines":
        _para(doc, "\n".join(block.rows), colour="muted")
    elif kind in ("salutation",):
        _para(doc, block.text, before=4)
    elif kind == "para":
        _para(doc, block.text, first_indent=indent)
    elif kind == "heading":
        _para(doc, block.text, SIZES["heading"], "accent", before=6, after=3)
    elif kind == "numbered":
        for i, text in enumerate(block.rows, start=1):
            _para(doc, f"{i}. {text}", left_indent=20, first_indent=-14)
    elif kind == "facts":
        _table(doc, list(block.rows), [5.0, 11.0])
    elif kind == "amounts":
        _table(doc, list(block.rows), [3.8, 3.2, 5.8, 3.2], header=True)
    elif kind == "enclosures":
        _table(doc, list(block.rows), [2.2, 13.8])
    elif kind == "fingerprint":
        value, note = block.rows
        _para(doc, block.text, SIZES["cell"], "muted", before=6, after=0)
        _para(doc, value, SIZES["mono"], mono=True, after=0)
        _para(doc, note, SIZES["small"], "muted", after=10)
    elif kind == "closing":
        for i, text in enumerate(block.rows):
            first = i == 0 and layout["closing_first_indented"] and len(block.rows) > 1
            _para(doc, text, first_indent=indent if first else 0, after=0)
    elif kind == "signature":
        for i, text in enumerate(block.rows):
            _para(doc, text, left_indent=240, before=12 if i == 0 else 0, after=0)
    else:
        raise ValueError(f"unknown letter block {kind!r}")


def build_letter_docx(content: LetterContent, target: str | BinaryIO) -> None:
    """Write the letter as .docx (A4, the PDF's margins)."""
    from docx import Document
    from docx.shared import Mm

    from posassist.report.templates import GEOMETRY, TEMPLATES

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    spec = TEMPLATES["letter"]
    section.left_margin, section.right_margin = Mm(GEOMETRY["left"]), Mm(GEOMETRY["right"])
    section.top_margin, section.bottom_margin = Mm(spec["top"]), Mm(spec["bottom"])
    doc.core_properties.title = content.title
    doc.core_properties.keywords = f"sha256:{content.fingerprint}"
    doc.core_properties.language = "zh-CN" if content.language.startswith("zh") else "en"
    layout = layout_of(content.language)
    for block in content.blocks:
        _block(doc, block, layout)
    footer = section.footer.paragraphs[0]
    _font(footer.add_run(content.footer), SIZES["small"], "muted")
    doc.save(target)
