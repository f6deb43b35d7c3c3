"""The ReportLab internals the dossier relies on (posassist/report/reportlab_internals.py,
whose docstring lists them), checked on the installed ReportLab: each test exercises one
reliance and, when an upgrade changed it, fails saying what changed and where to look.
A tiny PDF written the dossier's way is read back by pypdf and pdftotext."""

from __future__ import annotations

import hashlib
import inspect
import io
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import reportlab

ROOT = Path(__file__).resolve().parent.parent
HERE = "posassist/report/reportlab_internals.py"


class relied_on:  # noqa: N801 (used as `with relied_on(...)`, like a function)
    """Turn a failure inside into "ReportLab X.Y changed <thing>: see ...", with why."""

    def __init__(self, thing: str) -> None:
        self.thing = thing

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, traceback) -> bool:
        if not isinstance(error, Exception):  # none, or KeyboardInterrupt and the like
            return False
        message = f"ReportLab {reportlab.Version} changed {self.thing}: see {HERE}"
        detail = f"{type(error).__name__}: {error}"
        raise pytest.fail.Exception(f"{message}\n({detail})", pytrace=False) from None


def _canvas():
    from reportlab.pdfgen.canvas import Canvas

    return Canvas(io.BytesIO(), pagesize=(300, 200))


def _sans() -> str:
    """The dossier's font, read in bulk (as the dossier reads it)."""
    from posassist.report.fonts import register

    return register()[0]


def _reportlab_font(name: str, path: str) -> str:
    """A font as ReportLab itself reads it: tests of other internals stay apart from the
    font read in bulk (which has a test of its own)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, path))
    return name


def _wqy() -> str:
    from posassist.report.fonts import FONT_FILE
    from posassist.resources import resource

    return _reportlab_font("RLTestSans", str(resource(*FONT_FILE)))


VERA = str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")


def test_the_installed_reportlab_is_in_the_tested_range():
    """pyproject.toml pins the ReportLab range these tests were run on."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [pin] = [d for d in project["project"]["dependencies"] if d.startswith("reportlab")]
    low, high = re.fullmatch(r"reportlab>=([\d.]+),<([\d.]+)", pin.replace(" ", "")).groups()

    def version(text: str) -> tuple[int, ...]:
        return tuple(int(part) for part in re.findall(r"\d+", text)[:3])

    installed = version(reportlab.Version)
    assert version(low) <= installed < version(high), (
        f"ReportLab {reportlab.Version} is outside the tested range {pin}: run "
        f"tests/test_reportlab_internals.py and tests/test_dossier.py on it, then widen the pin"
    )


def test_strings_are_shown_as_text_out_shows_them():
    """1. show_text writes what setTextOrigin + textOut write, through _code/_formatText."""
    from posassist.report.reportlab_internals import show_text

    sans = _wqy()
    text = "Page 1 of 9 · 证据材料汇编 E-01 “quoted” ø"
    with relied_on("PDFTextObject._code / _formatText (what textOut writes)"):
        ours, theirs = _canvas().beginText(), _canvas().beginText()
        assert isinstance(ours._code, list)
        for t in (ours, theirs):
            t.setFont(sans, 9)
        show_text(ours, 12.5, 40, text)
        show_text(ours, 100, 20.25, "E-02")
        theirs.setTextOrigin(12.5, 40)
        theirs.textOut(text)
        theirs.setTextOrigin(100, 20.25)
        theirs.textOut("E-02")
        assert ours.getCode() == theirs.getCode()


def test_the_canvas_gives_its_document_and_its_unfinished_page():
    """2. Canvas._doc is its PDFDocument; Canvas._code holds the page not yet shown."""
    from reportlab.pdfbase.pdfdoc import PDFDocument

    from posassist.report.reportlab_internals import document, page_pending

    with relied_on("Canvas._doc / Canvas._code"):
        canvas = _canvas()
        assert isinstance(document(canvas), PDFDocument)
        assert not page_pending(canvas)
        canvas.line(0, 0, 10, 10)
        assert page_pending(canvas)
        canvas.showPage()
        assert not page_pending(canvas)


def test_objects_are_numbered_after_the_originals():
    """3. reserve shifts ReportLab's numbering; bind, register and object_number name
    objects by number."""
    from posassist.report.reportlab_internals import (
        PDFDictionary,
        PDFStream,
        bind,
        document,
        object_number,
        register,
        reserve,
        xobject_name,
    )

    with relied_on("PDFDocument's object numbering (idToObjectNumberAndVersion, numberToId)"):
        doc = document(_canvas())
        before = dict(doc.idToObjectNumberAndVersion)
        assert before, "ReportLab registers an object when the canvas is made"
        reserve(doc, 5)
        for name, (number, version) in before.items():
            assert object_number(doc, name) == (number + 5, version)
            assert doc.numberToId[number + 5] == name
        register(doc, PDFStream(PDFDictionary({}), b"x"), "Test")
        assert object_number(doc, "Test") == (len(before) + 6, 0)
        bind(doc, xobject_name("Ev01"), 2)
        assert object_number(doc, xobject_name("Ev01")) == (2, 0)
        assert object_number(doc, "nothing") is None


def _jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 6), "red").save(out, "JPEG")
    return out.getvalue()


FORM_OPERATORS = b"0 0 1 rg 0 0 10 10 re f"


def test_a_pdf_written_the_dossiers_way_reads_back(tmp_path):
    """3-5. Originals first (an embedded file, a JPEG shown as it is), ReportLab's objects
    after them with our xref table and info dictionary: every reader reads it back."""
    from pypdf import PdfReader

    from posassist.report import output
    from posassist.report import reportlab_internals as rl
    from posassist.report.flow import TextRun
    from posassist.report.pdf_syntax import embedded_file_dictionary, image_dictionary

    sans = _sans()
    attached, jpeg = b"the original, byte for byte\n", _jpeg()
    originals = [
        output.Original(
            1,
            hashlib.sha256(attached).hexdigest(),
            len(attached),
            embedded_file_dictionary("text/plain", len(attached)),
        ),
        output.Original(
            2,
            hashlib.sha256(jpeg).hexdigest(),
            len(jpeg),
            image_dictionary(8, 6, "/DeviceRGB", False, "E-01"),
        ),
    ]
    blobs = {o.sha256: data for o, data in zip(originals, (attached, jpeg), strict=True)}

    def open_reader():
        return (lambda wanted: iter([[blobs[sha]] for sha, _size in wanted])), lambda: None

    target = tmp_path / "tiny.pdf"
    text = "POS Assist 证据材料汇编 E-01"
    with (
        relied_on("how PDFDocument formats its objects (GetPDFData, format)"),
        open(target, "wb") as out,
    ):
        writer = output.OriginalsWriter(out, originals, open_reader)
        writer.run()
        canvas = _canvas()
        canvas.setTitle("Tiny")
        doc = rl.document(canvas)
        rl.reserve(doc, len(originals))
        rl.bind(doc, rl.xobject_name("Ev01"), 2)
        rl.bind(doc, "Original1", 1)
        run = TextRun(canvas)
        run.style(sans, 10, None)
        run.text(20, 150, text)
        run.draw()
        canvas.saveState()
        canvas.transform(80, 0, 0, 60, 20, 40)
        canvas.doForm("Ev01")
        canvas.restoreState()
        form = rl.PDFStream(  # as foreign.py places an evidence PDF's page
            rl.PDFDictionary(
                {
                    "Type": rl.PDFName("XObject"),
                    "Subtype": rl.PDFName("Form"),
                    "BBox": rl.PDFArray([0, 0, 10, 10]),
                }
            ),
            FORM_OPERATORS,
            filters=[rl.PDFZCompress],
        )
        rl.register(doc, form, rl.xobject_name("Pg1"))
        canvas.doForm("Pg1")
        name = rl.Raw(output.text_string("original.txt"))
        spec = rl.PDFDictionary(
            {
                "Type": rl.PDFName("Filespec"),
                "F": name,
                "UF": name,
                "EF": rl.PDFDictionary({"F": rl.PDFObjectReference("Original1")}),
            }
        )
        names = rl.PDFArray([name, rl.register(doc, spec)])
        tree = rl.PDFDictionary({"EmbeddedFiles": rl.PDFDictionary({"Names": names})})
        rl.set_catalog_entry(doc, "Names", tree)
        size = output.finish(canvas, writer, output.Information({"PosAssistNote": "值 ok"}))
    data = target.read_bytes()
    assert size == len(data)

    with relied_on("the objects written (numbers, offsets, trailer)"):
        xref = data.rindex(b"\nxref\n") + 1
        count = int(data[xref:].split(b"\n")[1].split()[1])
        assert count > 3
        entries = data[xref:].split(b"\n")[3 : 3 + count - 1]
        for number, entry in enumerate(entries, start=1):
            offset = int(entry.split()[0])
            assert data[offset:].startswith(b"%d 0 obj" % number), number
        assert b"startxref\n%d\n" % xref in data
        reader = PdfReader(io.BytesIO(data), strict=True)
        assert reader.attachments == {"original.txt": [attached]}
        page = reader.pages[0]
        assert " ".join(page.extract_text().split()) == text
        [image] = page.images
        assert image.data == jpeg
        forms = [x.get_object() for x in page["/Resources"]["/XObject"].values()]
        [form] = [x for x in forms if x["/Subtype"] == "/Form"]
        assert form["/Filter"] == ["/FlateDecode"] and form.get_data() == FORM_OPERATORS
        info = reader.metadata
        assert info["/Title"] == "Tiny" and info["/PosAssistNote"] == "值 ok"
        assert info["/Producer"].startswith("ReportLab") and info.creation_date is not None
    if shutil.which("pdftotext"):
        with relied_on("the text objects written (pdftotext reads them)"):
            read = subprocess.run(
                ["pdftotext", "-q", str(target), "-"], capture_output=True, check=True
            )
            assert " ".join(read.stdout.decode("utf-8").split()) == text


def test_page_contents_are_rewritten_after_the_last_page():
    """6, 7. OneWriteDocTemplate ends the build without saving; the pages' contents are
    still text then, and rewrite_page_streams fills in what only the end knows."""
    from pypdf import PdfReader
    from reportlab.platypus import Flowable, PageBreak, PageTemplate
    from reportlab.platypus.frames import Frame

    from posassist.report import reportlab_internals as rl

    sans = _reportlab_font("RLTestVera", VERA)
    mark = "%Test:total%"
    seen: list = []

    class Marked(Flowable):
        def wrap(self, availWidth, availHeight):  # noqa: N803
            return 10, 10

        def draw(self) -> None:
            seen.append(rl.doc_template(self))  # 8.
            self.canv.setFont(sans, 10)
            self.canv.addLiteral(mark)

    class Template(rl.OneWriteDocTemplate):
        def end_build(self, canvas) -> None:
            seen.append("end")
            pages = []

            def fill_in(number: int, stream: str) -> str:
                pages.append(number)
                t = canvas.beginText(20, 20)
                t.setFont(sans, 10)
                t.textOut(f"page {number} of 2")
                return stream.replace(mark, t.getCode())

            rl.rewrite_page_streams(canvas, fill_in)
            assert pages == [1, 2]
            canvas.save()

    out = io.BytesIO()
    with relied_on("BaseDocTemplate._endBuild / _doSave, or Pages.pages[i].stream"):
        doc = Template(out, pagesize=(200, 200))
        doc.addPageTemplates([PageTemplate("all", [Frame(10, 10, 180, 180)])])
        doc.build([Marked(), PageBreak(), Marked()])
        assert seen[-1] == "end"
        reader = PdfReader(io.BytesIO(out.getvalue()))
        texts = [" ".join(page.extract_text().split()) for page in reader.pages]
        assert texts == ["page 1 of 2", "page 2 of 2"]
    with relied_on("Flowable._doctemplate"):
        assert seen[:2] == [doc, doc]


def test_the_font_face_is_read_as_reportlabs_parser_reads_it():
    """9. The face read in bulk plugs into TTFontFace / TTFont where they are relied on."""
    from reportlab.pdfbase import ttfonts

    from posassist.report.fonts import make_font

    vera = VERA
    with relied_on("TTFontFile.extractInfo(charInfo) or the face's tables"):
        parameters = inspect.signature(ttfonts.TTFontFile.extractInfo).parameters
        assert list(parameters) == ["self", "charInfo"]
        face = ttfonts.TTFontFace(vera, validate=0)
        assert isinstance(bytes(face._ttf_data[:4]), bytes)
        offset, length = face.get_table_pos("cmap")
        assert "cmap" in face.table and offset > 0 and length > 0
        assert face.numGlyphs > 0 and face.unitsPerEm > 0
    with relied_on("the attributes TTFont.__init__ sets"):
        theirs, ours = ttfonts.TTFont("T", vera), make_font("T", vera)
        assert set(vars(theirs)) == set(vars(ours))
        assert isinstance(ours, ttfonts.TTFont)
        assert ours.face.charWidths == theirs.face.charWidths
    with relied_on("TTFont.splitString or TTFont.state[doc].assignments"):
        parameters = inspect.signature(ttfonts.TTFont.splitString).parameters
        assert list(parameters) == ["self", "text", "doc", "encoding"]
        doc = object.__new__(type("Doc", (), {}))
        first = theirs.splitString("Abc ø", doc)
        assert set(theirs.state[doc].assignments) >= {ord(c) for c in "Abc ø"}
        assert ours.splitString("Abc ø", doc) == first  # the slow way, assigning codes
        assert ours.splitString("Abc ø", doc) == first  # the fast way, codes known


# What only reportlab_internals.py may touch (regular expressions over the source).
INTERNALS = {
    r"reportlab\.pdfbase\.pdfdoc|pdfbase import pdfdoc": "reportlab.pdfbase.pdfdoc",
    r"reportlab\.pdfbase\.ttfonts|pdfbase import ttfonts": "reportlab.pdfbase.ttfonts",
    r"rl_accel": "reportlab.lib.rl_accel",
    r"\._code\b|\._formatText\b": "a text object's or canvas's _code / _formatText",
    r"\bcanv(as)?\._doc\b": "Canvas._doc",
    r"_doctemplate\b|_endBuild\b|_doSave\b|_timeStamp\b|_ttf_data\b": "a private attribute",
    r"idToObjectNumberAndVersion|numberToId|idToObject\b|objectcounter": "object numbering",
    r"\.Pages\.pages|\.Catalog\b|\.Reference\(|delayedFonts": "PDFDocument's insides",
    r"ALL_CANNOT_START": "the CJK line breaking's list",
}


def test_no_other_module_reaches_into_reportlab():
    """Every reliance stays in reportlab_internals.py, so these tests cover them all."""
    found = []
    for path in sorted((ROOT / "posassist").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative == HERE:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for pattern, what in INTERNALS.items():
                if re.search(pattern, line):
                    found.append(f"{relative}:{number}: {what}: {line.strip()}")
    assert not found, "use ReportLab's internals through " + HERE + ":\n" + "\n".join(found)


# -- 10: Chinese line breaking ---------------------------------------------------------------


def test_no_line_of_a_chinese_paragraph_begins_with_its_punctuation():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from posassist.report.reportlab_internals import CHINESE_CANNOT_START, chinese_line_breaking

    style = ParagraphStyle("zh", fontName=_sans(), fontSize=10, leading=14, wordWrap="CJK")
    # At every width, some line would begin with "，" or "。" if nothing kept them off.
    text = "这是一个很长的句子，用来检查换行，以及句号。" * 6

    def starts(width: float) -> list[str]:
        paragraph = Paragraph(text, style)
        paragraph.wrap(width, 1000)
        lines = paragraph.blPara.lines[1:]
        if paragraph.blPara.kind == 0:  # one run of text: (extra space, its words)
            return ["".join(words)[:1] for _extra, words in lines]
        return ["".join(word.text for word in line.words)[:1] for line in lines]

    widths = [60 + 2.5 * i for i in range(60)]
    chinese_line_breaking()
    with relied_on("the CJK line breaking (paragraph.ALL_CANNOT_START, cjkFragSplit)"):
        found = [(w, s) for w in widths for s in starts(w) if s in CHINESE_CANNOT_START]
        assert not found
