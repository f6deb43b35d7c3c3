"""The evidence dossier: real cases with corpus files, exported in both languages and checked
with pypdf and poppler (pdftotext, pdffonts, pdfdetach), then verified and tampered with."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
from corpus import corpus_file

POPPLER = ("pdftotext", "pdffonts", "pdfdetach")

# (corpus file, step, category, description): one of each kind the dossier shows.
FILES = [
    ("receipts/mindee__receipt.jpg", "backup", "settlement_slip", "最后一批结算单"),
    (
        "receipts/textractor__patient_intake_form_sample.jpg",
        "return",
        "return_receipt",
        "快递回执，手机拍摄",
    ),
    ("receipts/azure-di__receipt-japanese.png", "money", "fee_receipt", "流量费扣费小票"),
    ("receipts/mindee__receipt.heic", "money", "fee_receipt", ""),
    ("pdfs/ocrmypdf__multipage.pdf", "contact", "correspondence", "服务商的书面答复"),
    ("statements/deg__example-alipay-records.csv", "backup", "transaction_record", "交易明细"),
]
TODAY = dt.date(2026, 11, 25)


def need_poppler() -> None:
    missing = [tool for tool in POPPLER if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"poppler-utils must be installed for these tests (missing {missing})")


@pytest.fixture(scope="module")
def case_file(tmp_path_factory):
    """A case file with the demo case and the corpus files attached through the real import."""
    from posassist.domain.evidence import Category
    from posassist.evidence.pipeline import import_file
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository
    from posassist.usecases.demo import add_demo_case

    paths = [(corpus_file(*rel.split("/")), stage, cat, desc) for rel, stage, cat, desc in FILES]
    path = tmp_path_factory.mktemp("dossier") / "posassist.sqlite3"
    repo = CaseRepository(open_database(path))
    case_id = add_demo_case(repo, TODAY)
    evidence = EvidenceRepository(repo.db)
    for file, stage, category, description in paths:
        outcome = import_file(evidence, case_id, stage, file, Category(category))
        assert outcome.outcome == "stored", (file, outcome)
        evidence.update(outcome.evidence_id, description=description, doc_date=TODAY)
    repo.db.close()
    return path, case_id


@pytest.fixture(scope="module")
def english():
    """labels and translate in English, whatever catalogue another test left installed."""
    return _English(), lambda _context, text: text


class _English:
    """posassist.words.texts, answering in English (its source language)."""

    def __getattr__(self, name):
        from posassist.words import texts

        function = getattr(texts, name)

        def english(*args):
            original = texts.translate
            texts.translate = lambda _context, text, *rest: text
            try:
                return function(*args)
            finally:
                texts.translate = original

        return english


@pytest.fixture(scope="module")
def exports(case_file, english, tmp_path_factory):
    """The full archive in English and in Chinese (Chinese as the app makes it)."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication

    from posassist import resources
    from posassist.usecases.export import export_case
    from posassist.words import texts

    path, case_id = case_file
    folder = tmp_path_factory.mktemp("out")
    made = {}
    target = folder / "dossier-en.pdf"
    result = export_case(path, case_id, target, "en", labels=english[0], translate=english[1])
    made["en"] = (target, result, english[1])

    QApplication.instance() or QApplication([])
    translator = QTranslator()
    assert translator.load(str(resources.translations_dir() / "posassist_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        target = folder / "dossier-zh_CN.pdf"
        translate = QCoreApplication.translate
        result = export_case(path, case_id, target, "zh_CN", labels=texts, translate=translate)
        # Kept for the checks: the words as the export saw them.
        words = {}

        def remembered(context: str, text: str) -> str:
            return words.setdefault(text, translate(context, text))

        for text in ("Contents", "Summary", "Chronology", "Money", "Contact log"):
            remembered("Dossier", text)
        remembered("Dossier", "Evidence index")
        remembered("Dossier", "Page %1 of %2")
        made["zh_CN"] = (target, result, lambda _context, text: words.get(text, text))
    finally:
        QCoreApplication.removeTranslator(translator)
    return made


def text_of(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    need_poppler()
    args = ["pdftotext", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def pages_text(pdf: Path) -> list[str]:
    return text_of(pdf).split("\f")[:-1]


def snapshot_of(case_file):
    from posassist.store.database import open_database
    from posassist.usecases.snapshot import build_snapshot

    path, case_id = case_file
    db = open_database(path)
    return db, build_snapshot(db, case_id, "en")


# -- every section, in both languages ------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_section_is_there(exports, language, case_file):
    pdf, result, t = exports[language]
    text = text_of(pdf)
    flat = re.sub(r"\s+", "", text)
    # Cover
    for value in ("老王家常菜馆", "898310058120345", "20581034", "N910A2318841", "某某支付服务商"):
        assert value in flat
    assert result.fingerprint in flat
    assert "POSAssist0.1.0" in flat
    assert "UTC" in text  # made-at carries its offset
    # Sections, in the dossier's language
    for heading in ("Contents", "Summary", "Chronology", "Money", "Contact log", "Evidence index"):
        assert re.sub(r"\s+", "", t("Dossier", heading)) in flat
    # Summary: stage titles come from the catalogue labels
    if language == "zh_CN":
        assert "结算款项" in flat or "备份" in flat
        assert re.search(r"[\u4e00-\u9fff]{4,}", text)
    # Chronology: a contact, the application, and a pointer to evidence
    assert "GD20261115-0372" in flat
    # Money: totals each way
    assert "¥99.00" in flat
    # Contact log in full
    assert "询问停用流程" in flat and "客服工号3127" in flat
    # Evidence index: file names and hashes
    db, snapshot = snapshot_of(case_file)
    db.close()
    for numbered in snapshot.evidence:
        assert numbered.item.sha256 in flat
        assert numbered.number in flat
    # CSV shown as a table, Chinese decoded from GB18030
    assert "支付宝" in flat


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_font_is_embedded(exports, language):
    need_poppler()
    pdf, _result, _t = exports[language]
    listing = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    rows = listing.stdout.splitlines()[2:]
    assert any("WenQuanYiMicroHei" in row for row in rows)
    for row in rows:
        emb = row.split()[-5]
        assert emb == "yes", row


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_page_is_numbered_and_titled(exports, language):
    pdf, result, t = exports[language]
    pages = pages_text(pdf)
    assert len(pages) == result.pages
    total = len(pages)
    for n, page in enumerate(pages, start=1):
        flat = re.sub(r"\s+", "", page)
        label = t("Dossier", "Page %1 of %2").replace("%1", str(n)).replace("%2", str(total))
        assert re.sub(r"\s+", "", label) in flat, f"page {n}"
        assert "老王家常菜馆" in flat, f"page {n} has no case title"


def test_outline_has_every_section_and_item(exports, case_file):
    from pypdf import PdfReader

    pdf, _result, _t = exports["en"]
    reader = PdfReader(str(pdf))

    def titles(outline):
        for entry in outline:
            if isinstance(entry, list):
                yield from titles(entry)
            else:
                yield entry.title

    found = list(titles(reader.outline))
    for section in ("Contents", "Summary", "Chronology", "Money", "Contact log", "Evidence"):
        assert section in found
    db, snapshot = snapshot_of(case_file)
    db.close()
    for numbered in snapshot.evidence:
        assert any(title.startswith(numbered.number) for title in found)
    meta = reader.metadata
    assert meta.title.startswith("Evidence dossier")
    assert meta.author == "老王家常菜馆"
    assert "POS Assist 0.1.0" in meta.creator
    assert meta.subject


def test_originals_are_carried_once_and_unchanged(exports, case_file):
    """JPEGs as their image streams, everything else attached, the manifest attached too."""
    from pypdf import PdfReader

    from posassist.report import manifest as mf
    from posassist.report.verify import _marked_images

    need_poppler()
    pdf, _result, _t = exports["en"]
    db, snapshot = snapshot_of(case_file)
    originals = {n.item.sha256: snapshot.data(n.item.sha256) for n in snapshot.evidence}
    jpegs = {n.number for n in snapshot.evidence if n.item.kind.value == "jpeg"}
    db.close()
    reader = PdfReader(str(pdf))
    attached = {e.name: e.content for e in reader.attachment_list}
    assert mf.MANIFEST_NAME in attached
    assert len(attached) == len(originals) - len(jpegs) + 1
    listing = subprocess.run(
        ["pdfdetach", "-list", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    assert f"{len(attached)} embedded files" in listing
    for name, data in attached.items():
        if name != mf.MANIFEST_NAME:
            assert hashlib.sha256(data).hexdigest() in originals, name
    images = {number: c for number, c in _marked_images(reader) if number}
    assert set(images) == jpegs
    for carrier in images.values():
        assert carrier.sha256 in originals  # the image stream is the JPEG file itself
    # The manifest: canonical bytes, its hash is the fingerprint, same in both languages.
    manifest = attached[mf.MANIFEST_NAME]
    assert mf.fingerprint(manifest) == exports["zh_CN"][1].fingerprint == _result.fingerprint
    assert reader.metadata[mf.METADATA_KEY].encode() == manifest
    # Nothing is carried twice: the archive is about the size of the evidence (PDFs aside).
    pdf_bytes = sum(len(d) for d in originals.values() if d[:4] == b"%PDF")
    assert pdf.stat().st_size < 1.1 * sum(map(len, originals.values())) + pdf_bytes + 600_000


def test_jpeg_pages_are_upright(exports):
    """The EXIF orientation 6 photo is drawn turned on the page, taller than wide."""
    from pypdf import PdfReader

    pdf, _result, _t = exports["en"]
    reader = PdfReader(str(pdf))
    for page in reader.pages:
        data = page.get_contents().get_data()
        # The image's matrix: its unit square scaled to the page, turned upright.
        drawn = rb"q\s+([-\d. ]+) cm\s+/(?:FormXob\.)?Ev\d+ Do\s+Q"
        for match in re.finditer(drawn, data):
            a, b, c, d, _e, _f = (float(v) for v in match.group(1).split())
            if a == d == 0 and b < 0 < c:  # orientation 6: turned a quarter clockwise
                assert -b > c  # drawn taller than wide
                return
    pytest.fail("no rotated JPEG found")


# -- verify ---------------------------------------------------------------------------


def test_verify_passes_and_extracts_byte_identical(exports, case_file, tmp_path, capsys):
    from posassist.cli.report_commands import verify_file

    pdf, _result, _t = exports["zh_CN"]
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "mindee__receipt.jpg").write_bytes(b"already here")
    assert verify_file(pdf, tmp_path / "out") == 0
    printed = capsys.readouterr().out
    assert "manifest: OK" in printed
    db, snapshot = snapshot_of(case_file)
    for numbered in snapshot.evidence:
        assert f"{numbered.number} OK" in printed
    written = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    assert written["mindee__receipt.jpg"] == b"already here"  # never overwritten
    assert "mindee__receipt (2).jpg" in written
    for numbered in snapshot.evidence:
        assert snapshot.data(numbered.item.sha256) in written.values()
    db.close()


def _rewrite(pdf: Path, target: Path, change) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(pdf)))
    change(writer)
    with open(target, "wb") as stream:
        writer.write(stream)


def test_verify_fails_when_an_attached_file_changed(exports, tmp_path, capsys):
    from posassist.cli.report_commands import verify_file

    pdf, _result, _t = exports["en"]

    def change(writer):
        for embedded in writer.attachment_list:
            if embedded.name.startswith("E-") and embedded.name.endswith(".png"):
                embedded.content = embedded.content + b"\0"
                return
        pytest.fail("no PNG attachment")

    _rewrite(pdf, tmp_path / "changed.pdf", change)
    assert verify_file(tmp_path / "changed.pdf") == 1
    printed = capsys.readouterr().out
    assert re.search(r"E-\d+ DIFFERS .*\.png", printed)
    assert "manifest: OK" in printed


def test_verify_fails_when_a_manifest_hash_changed(exports, tmp_path, capsys):
    from pypdf.generic import NameObject, TextStringObject

    from posassist.cli.report_commands import verify_file
    from posassist.report import manifest as mf

    pdf, _result, _t = exports["en"]

    def change(writer):
        for embedded in writer.attachment_list:
            if embedded.name == mf.MANIFEST_NAME:
                text = embedded.content.decode()
                first = re.search(r'"sha256":"([0-9a-f]{64})"', text).group(1)
                text = text.replace(first, "0" * 64)
                embedded.content = text.encode()
                writer._info.get_object()[NameObject(mf.METADATA_KEY)] = TextStringObject(text)
                return

    _rewrite(pdf, tmp_path / "changed.pdf", change)
    assert verify_file(tmp_path / "changed.pdf") == 1
    printed = capsys.readouterr().out
    assert "manifest: DIFFERS" in printed
    assert "DIFFERS" in printed.split("manifest:")[-1]


def test_verify_says_a_plain_pdf_is_no_dossier(tmp_path, capsys):
    from posassist.cli.report_commands import verify_file

    plain = corpus_file("pdfs", "ocrmypdf__kcs.pdf")
    assert verify_file(plain) == 1
    assert "not a POS Assist dossier" in capsys.readouterr().out


# -- export mechanics ----------------------------------------------------------------------


def test_cancel_leaves_no_file_and_keeps_the_old_one(case_file, english, tmp_path):
    from posassist.report.assemble import Cancelled
    from posassist.usecases.export import export_case

    path, case_id = case_file
    target = tmp_path / "dossier.pdf"
    target.write_bytes(b"the previous dossier")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(Cancelled):
        export_case(
            path,
            case_id,
            target,
            "en",
            labels=_English(),
            translate=english[1],
            cancelled=cancelled,
        )
    assert target.read_bytes() == b"the previous dossier"
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.pdf"]


def test_progress_reaches_the_end(case_file, english, tmp_path):
    from posassist.usecases.export import export_case

    path, case_id = case_file
    seen = []
    export_case(
        path,
        case_id,
        tmp_path / "d.pdf",
        "en",
        labels=_English(),
        translate=english[1],
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


# -- upload packet ---------------------------------------------------------------------


def test_packet_respects_its_limits(case_file, english, tmp_path):
    from pypdf import PdfReader

    from posassist.report import manifest as mf
    from posassist.usecases.export import export_case

    path, case_id = case_file
    target = tmp_path / "packet.pdf"
    result = export_case(
        path,
        case_id,
        target,
        "en",
        packet=True,
        max_size=400_000,
        max_pages=9,
        labels=_English(),
        translate=english[1],
    )
    assert result.packet and result.size <= 400_000 and result.pages <= 9
    reader = PdfReader(str(target))
    assert len(reader.pages) == result.pages
    assert [e.name for e in reader.attachment_list] == [mf.MANIFEST_NAME]  # no originals
    assert reader.metadata[mf.KIND_KEY] == mf.PACKET
    cover = re.sub(r"\s+", "", text_of(target, 1, 1))
    assert "uploadpacket" in cover.lower()
    assert result.fingerprint in cover  # the full archive's fingerprint


def test_packet_that_cannot_fit_says_what_to_drop(case_file, english, tmp_path):
    from posassist.report.packet import PacketDoesNotFit
    from posassist.usecases.export import export_case

    path, case_id = case_file
    target = tmp_path / "packet.pdf"
    with pytest.raises(PacketDoesNotFit) as raised:
        export_case(
            path,
            case_id,
            target,
            "en",
            packet=True,
            max_size=4_500_000,
            max_pages=8,
            labels=_English(),
            translate=english[1],
            selection=["E-01", "E-02", "E-03", "E-04", "E-05", "E-06"],
        )
    message = str(raised.value)
    assert "Leave out" in message and "E-0" in message
    assert not target.exists()


def test_packet_verifies_as_a_packet(case_file, english, tmp_path, capsys):
    from posassist.cli.report_commands import verify_file
    from posassist.usecases.export import export_case

    path, case_id = case_file
    target = tmp_path / "packet.pdf"
    export_case(path, case_id, target, "en", packet=True, labels=_English(), translate=english[1])
    assert verify_file(target) == 0
    printed = capsys.readouterr().out
    assert "carries no original files" in printed and "not carried" in printed


def test_proposal_puts_the_important_proofs_first(case_file):
    from posassist.report.packet import propose

    db, snapshot = snapshot_of(case_file)
    db.close()
    proposed = propose(snapshot)
    categories = [
        next(n.item.category.value for n in snapshot.evidence if n.number == p) for p in proposed
    ]
    assert categories[:2] == ["settlement_slip", "return_receipt"]
    assert "correspondence" not in categories


# -- the chronology rule, the notice -----------------------------------------------------


def test_chronology_points_to_evidence_of_the_same_day_and_step(case_file, english):
    from posassist.report import chronology

    db, snapshot = snapshot_of(case_file)
    db.close()
    events = chronology.build(snapshot, _English(), english[1])
    days = [e.on for e in events]
    assert days == sorted(days)
    by_number = {n.number: n.item for n in snapshot.evidence}
    for event in events:
        for number in event.evidence:
            item = by_number[number]
            assert item.doc_date == event.on
    pointed = {number for e in events for number in e.evidence}
    assert pointed == set(by_number)  # every dated item appears somewhere


def test_customer_notice_is_one_page(case_file, tmp_path):
    from pypdf import PdfReader

    from posassist.usecases.export import export_notice

    path, case_id = case_file
    target = tmp_path / "notice.pdf"
    english = lambda _c, text: text  # noqa: E731
    export_notice(path, case_id, target, ["zh_CN", "en"], {"zh_CN": english, "en": english})
    assert len(PdfReader(str(target)).pages) == 1
    flat = re.sub(r"\s+", "", text_of(target))
    last_card_day = TODAY - dt.timedelta(days=12)
    assert "老王家常菜馆" in flat
    assert f"{last_card_day.year}年{last_card_day.month}月{last_card_day.day}日" in flat
    assert f"{last_card_day.day}November{last_card_day.year}" in flat


def test_sizes_parse_like_portals_write_them():
    from posassist.usecases.export import parse_size

    assert parse_size("4.5MB") == 4_500_000
    assert parse_size("900 kB") == 900_000
    assert parse_size("4MiB") == 4 * 1024 * 1024
    with pytest.raises(ValueError):
        parse_size("big")


def test_manifest_is_canonical():
    from posassist.report import manifest as mf

    entry = mf.Entry(
        "E-01", "fee_receipt", "租金 ¥99", "2026-11-01", "a.jpg", 3, 1, "ab" * 32, "image/jpeg"
    )
    data = mf.canonical([entry])
    assert data.startswith(b'{"evidence":[{"category":"fee_receipt"')
    assert "租金".encode() in data and b" " not in data.replace("租金 ¥99".encode(), b"")
    assert mf.parse(data) == [entry]
    assert mf.fingerprint(data) == hashlib.sha256(data).hexdigest()


# -- the fast paths: same results as the slow ones ------------------------------------------


def test_bulk_font_reading_matches_reportlab():
    """Both faces of the shipped font (and a plain TTF) read in bulk give exactly what
    ReportLab's own parser gives: widths, character map, metrics, glyph locations."""
    import reportlab
    from reportlab.pdfbase.ttfonts import TTFont

    from posassist.report.fonts import FONT_FILE, make_font
    from posassist.resources import resource

    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    for path, index in (
        (str(resource(*FONT_FILE)), 0),
        (str(resource(*FONT_FILE)), 1),
        (str(vera), 0),
    ):
        theirs, ours = TTFont("T", path, subfontIndex=index), make_font("T", path, index)
        assert set(vars(theirs)) == set(vars(ours))
        for name in ("fontName", "_asciiReadable", "shapable"):
            assert getattr(theirs, name) == getattr(ours, name)
        a, b = theirs.face, ours.face
        names = (set(vars(a)) | set(vars(b))) - {"_ttf_data", "_pdfScale", "_pos", "_nbsp"}
        names -= {"_glyph_to_char"}
        for name in sorted(names):
            assert getattr(a, name) == getattr(b, name), name
        assert list(b.hmetrics) == list(a.hmetrics)
        assert b.glyphToChar == a.glyphToChar
        assert list(b.glyphToChar) == list(a.glyphToChar)
        subset = [ord(c) for c in "Page 1 of 9 证据材料汇编 E-01"]
        assert b.makeSubset(subset) == a.makeSubset(subset)

    # Text split into subset codes: the fast way gives ReportLab's chunks, new characters
    # and the no-break space included.
    import random

    theirs, ours = (
        TTFont("T", vera_or_wqy := str(resource(*FONT_FILE))),
        make_font("T", vera_or_wqy),
    )
    doc_a, doc_b = object.__new__(type("Doc", (), {})), object.__new__(type("Doc", (), {}))
    pool = [chr(c) for c in range(32, 127)] + ["\xa0", "—", "€"]
    pool += [chr(0x4E00 + i) for i in range(700)]  # enough for several subsets
    rng = random.Random(4)
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        assert ours.splitString(text, doc_b) == theirs.splitString(text, doc_a), text


def _jpeg(tmp_path, name, mode="RGB", orientation=None, **save):
    from PIL import Image

    image = Image.new(mode, (40, 30), "red" if mode == "RGB" else 128)
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        save["exif"] = exif.tobytes()
    path = tmp_path / name
    image.save(path, "JPEG", **save)
    return path


def test_jpeg_header_reading_matches_pillow(tmp_path):
    """Which JPEGs a PDF carries as they are, their size, colours and orientation: read
    from the markers alone, as Pillow reads them (on the corpus and on made variants)."""
    import io

    from PIL import Image

    from posassist.report.exhibits import JpegInfo, jpeg_info

    spaces = {"L": "/DeviceGray", "RGB": "/DeviceRGB", "CMYK": "/DeviceCMYK"}

    def pillow(data: bytes):
        try:
            with Image.open(io.BytesIO(data)) as image:
                if image.format not in ("JPEG", "MPO") or image.mode not in spaces:
                    return None
                orientation = int(image.getexif().get(0x0112, 1))
                return JpegInfo(
                    image.width,
                    image.height,
                    spaces[image.mode],
                    image.mode == "CMYK" and "adobe" in image.info,
                    orientation if orientation in range(1, 9) else 1,
                )
        except Exception:
            return None

    files = [corpus_file("receipts", "mindee__receipt.jpg")]
    files += sorted(p for p in (files[0].parent.parent / "receipts").glob("*.jp*g"))
    files += [_jpeg(tmp_path, f"o{n}.jpg", orientation=n) for n in range(1, 9)]
    files += [
        _jpeg(tmp_path, "gray.jpg", "L"),
        _jpeg(tmp_path, "cmyk.jpg", "CMYK"),
        _jpeg(tmp_path, "progressive.jpg", progressive=True),
        _jpeg(tmp_path, "icc.jpg", icc_profile=b"\0" * 5000),
    ]
    for path in files:
        data = path.read_bytes()
        assert jpeg_info(data) == pillow(data), path.name
    assert jpeg_info((tmp_path / "o6.jpg").read_bytes()).orientation == 6
    assert jpeg_info((tmp_path / "cmyk.jpg").read_bytes()).invert
    assert jpeg_info(b"\x89PNG\r\n\x1a\n") is None
    assert jpeg_info((tmp_path / "gray.jpg").read_bytes()[:20]) is None  # a head too short


def test_wrapped_text_breaks_where_a_reader_expects():
    from posassist.report.dossier import context
    from posassist.report.flow import wrap_text

    sans = context(None, lambda _c, text: text).sans
    assert wrap_text("E-02 pdfjs__doc_actions.pdf", sans, 8, 90) == [
        "E-02",
        "pdfjs__doc_actions.pdf",
    ]
    assert wrap_text("textractor__patient_intake_form_sample.jpg", sans, 8.5, 150) == [
        "textractor__patient_intake_form_",
        "sample.jpg",
    ]
    lines = wrap_text(
        "询问停用流程：需先结算、签退，再申请注销；设备需寄回，租金按月结清。", sans, 8.5, 90
    )
    assert "".join(lines) == "询问停用流程：需先结算、签退，再申请注销；设备需寄回，租金按月结清。"
    assert not any(line[0] in "，。；：、" for line in lines)  # closing marks hang instead


# -- the file as written in one pass --------------------------------------------------------


def test_cross_reference_points_at_every_object(exports):
    """One cross-reference table for the originals and the layout: every entry is where its
    object starts, and startxref is where the table is."""
    pdf, _result, _t = exports["en"]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-1.7\n")
    start = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    assert data[start : start + 4] == b"xref"
    head = re.match(rb"xref\n0 (\d+)\n", data[start:])
    count = int(head.group(1))
    entries = data[start + head.end() : start + head.end() + 20 * count]
    assert entries[:20] == b"0000000000 65535 f \n"
    for number in range(1, count):
        entry = entries[20 * number : 20 * number + 20]
        assert entry.endswith(b" 00000 n \n"), number
        offset = int(entry[:10])
        assert data[offset:].startswith(b"%d 0 obj" % number), number
    assert b"%PosAssist:" not in data  # every page number mark was filled in


def _tiny_case(tmp_path, files):
    """A case file with the demo case and `files` [(path, category)] imported."""
    from posassist.domain.evidence import Category
    from posassist.evidence.pipeline import import_file
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository
    from posassist.usecases.demo import add_demo_case

    path = tmp_path / "case.sqlite3"
    repo = CaseRepository(open_database(path))
    case_id = add_demo_case(repo, TODAY)
    evidence = EvidenceRepository(repo.db)
    for file, category in files:
        outcome = import_file(evidence, case_id, "money", file, Category(category))
        assert outcome.outcome == "stored", (file, outcome)
    repo.db.close()
    return path, case_id


def test_a_changed_original_fails_the_export_and_leaves_no_file(tmp_path, english):
    """Each original is hashed as it is copied: a store whose bytes no longer match their
    SHA-256 makes no dossier, whether the originals are copied on a thread or not."""
    import sqlite3

    from posassist.report.assemble import StoreMismatch
    from posassist.usecases import snapshot as snap
    from posassist.usecases.export import export_case

    jpeg = _jpeg(tmp_path, "slip.jpg", quality=90)
    pdf_path = corpus_file("pdfs", "ocrmypdf__kcs.pdf")
    path, case_id = _tiny_case(tmp_path, [(jpeg, "settlement_slip"), (pdf_path, "fee_receipt")])
    with sqlite3.connect(path) as db:
        db.execute("UPDATE blobs SET data = CAST(zeroblob(length(data)) AS BLOB)")
    target = tmp_path / "out" / "dossier.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the previous dossier")
    for threaded in (True, False):
        original = snap.blob_reader
        if not threaded:
            snap.blob_reader = lambda _path: None
        try:
            with pytest.raises(StoreMismatch):
                export_case(path, case_id, target, "en", labels=english[0], translate=english[1])
        finally:
            snap.blob_reader = original
        assert target.read_bytes() == b"the previous dossier"
        assert [p.name for p in target.parent.iterdir()] == ["dossier.pdf"]


def test_written_on_the_calling_thread_the_dossier_is_the_same(case_file, english, tmp_path):
    """Without a second store connection the originals are copied before the layout, on
    the calling thread: the same dossier, verified the same."""
    from posassist.cli.report_commands import verify_file
    from posassist.usecases import snapshot as snap
    from posassist.usecases.export import export_case

    path, case_id = case_file
    made = {}
    for threaded in (True, False):
        original = snap.blob_reader
        if not threaded:
            snap.blob_reader = lambda _path: None
        try:
            target = tmp_path / f"dossier-{threaded}.pdf"
            made[threaded] = export_case(
                path, case_id, target, "en", labels=english[0], translate=english[1]
            )
        finally:
            snap.blob_reader = original
        with open(os.devnull, "w") as quiet:
            assert verify_file(target, out=quiet) == 0
    assert made[True].pages == made[False].pages
    assert made[True].fingerprint == made[False].fingerprint
    assert abs(made[True].size - made[False].size) < 200  # the dates, the document ID


def test_callbacks_stay_on_the_calling_thread_and_nothing_is_left_running(
    case_file, english, tmp_path
):
    """Progress and cancel are asked on the exporting thread only (a GUI worker emits
    signals from there); the copying thread, the interpreter's switch interval and the
    garbage collector are as before once the export is over, done or cancelled."""
    import gc
    import sys
    import threading

    from posassist.report.assemble import Cancelled
    from posassist.usecases.export import export_case

    path, case_id = case_file

    def state():
        writers = [t for t in threading.enumerate() if t.name.startswith("dossier-")]
        return sys.getswitchinterval(), gc.isenabled(), writers

    before = state()
    seen: set[int] = set()

    def progress(done, total):
        seen.add(threading.get_ident())

    def never() -> bool:
        seen.add(threading.get_ident())
        return False

    export_case(
        path, case_id, tmp_path / "a.pdf", "en", progress=progress, cancelled=never,
        labels=english[0], translate=english[1],
    )  # fmt: skip
    assert seen == {threading.get_ident()}
    assert state() == before

    calls = []

    def late() -> bool:  # cancels while the pages are laid out
        calls.append(1)
        return len(calls) > 12

    target = tmp_path / "b.pdf"
    with pytest.raises(Cancelled):
        export_case(
            path, case_id, target, "en", cancelled=late, labels=english[0], translate=english[1]
        )
    assert not target.exists() and [p.name for p in tmp_path.iterdir()] == ["a.pdf"]
    assert state() == before


def test_pdf_pages_with_several_content_streams_are_whole(tmp_path, english):
    """A page drawn by two content streams (as editors append) is placed with both."""
    import io

    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    parts = []
    for ops in (b"1 0 0 rg 20 20 60 160 re f", b"0 0 1 rg 120 20 60 160 re f"):
        stream = DecodedStreamObject()
        stream.set_data(ops)
        parts.append(writer._add_object(stream))
    page[NameObject("/Contents")] = ArrayObject(parts)
    buffer = io.BytesIO()
    writer.write(buffer)
    source = tmp_path / "two-streams.pdf"
    source.write_bytes(buffer.getvalue())
    path, case_id = _tiny_case(tmp_path, [(source, "fee_receipt")])

    from posassist.usecases.export import export_case

    target = tmp_path / "d.pdf"
    result = export_case(path, case_id, target, "en", labels=english[0], translate=english[1])
    need_poppler()
    stem = tmp_path / "last"
    subprocess.run(
        ["pdftoppm", "-r", "30", "-f", str(result.pages), "-l", str(result.pages), "-png",
         "-singlefile", str(target), str(stem)],
        check=True,
    )  # fmt: skip
    from PIL import Image

    colours = Image.open(f"{stem}.png").convert("RGB").getcolors(1 << 16)
    assert any(r > 200 and g < 60 and b < 60 for _n, (r, g, b) in colours)  # red
    assert any(b > 200 and r < 60 and g < 60 for _n, (r, g, b) in colours)  # blue


def test_long_texts_are_cut_in_the_tables_and_split_between_pages(tmp_path, english):
    """A description pasted in at length is cut in the evidence index and the chronology
    (pointing to its page) and printed on its evidence page up to the box's limit; a long
    contact note is split between pages rather than failing the layout."""
    from posassist.domain.case import Contact
    from posassist.domain.evidence import DESCRIPTION_MAX_CHARS
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository
    from posassist.usecases.export import export_case

    jpeg = _jpeg(tmp_path, "slip.jpg", quality=90)
    path, case_id = _tiny_case(tmp_path, [(jpeg, "settlement_slip")])
    description = " ".join(f"d{i:04d}" for i in range(600))  # 3,599 characters
    note = " ".join(f"n{i:04d}" for i in range(1500))  # a contact note of 9,000
    repo = CaseRepository(open_database(path))
    evidence = EvidenceRepository(repo.db)
    [item] = evidence.list(case_id)
    evidence.update(item.id, description=description, doc_date=TODAY)
    at = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    repo.add_contact(case_id, Contact(at=at, channel="phone", summary=note))
    repo.db.close()

    target = tmp_path / "dossier.pdf"
    export_case(path, case_id, target, "en", labels=english[0], translate=english[1])
    pages = pages_text(target)
    # The note: every word in the contact log, over more than one page; its start in the
    # chronology, which points there.
    first = next(i for i, p in enumerate(pages) if "Contact log" in p and "n0000" in p)
    last = next(i for i, p in enumerate(pages) if "n1499" in p)
    log = " ".join(pages[first : last + 1])
    assert all(f"n{i:04d}" in log for i in range(1500))
    assert sum("n0750" in p or "n1499" in p or "n0000" in p for p in pages) >= 2
    chronology = " ".join(" ".join(p.split()) for p in pages if "Chronology" in p)
    assert "n0000" in chronology and "n0100" not in chronology
    assert "(in full in the contact log)" in chronology
    # The description: cut in the index and the chronology, with a pointer.
    index = next(p for p in pages if "Evidence index" in p and "SHA-256" in p)
    assert "(in full on the page of E-01)" in " ".join(index.split())
    assert "d0100" not in index
    # On its page: as much as the box takes, then where the rest is.
    [page] = [p for p in pages if "(shortened here; in full" in " ".join(p.split())]
    flat = " ".join(page.split())
    assert "E-01 · Settlement slip" in flat
    shown = description[: DESCRIPTION_MAX_CHARS - 10].split()[:-1]
    assert all(word in flat for word in shown)
    assert "d0599" not in flat
    # The manifest keeps it whole.
    from pypdf import PdfReader

    manifest = PdfReader(str(target)).attachments["manifest.json"][0].decode("utf-8")
    assert description in manifest


def test_the_originals_reach_the_disk_while_they_are_written(tmp_path, monkeypatch):
    """A durable export flushes the originals as they are written (on a thread of its
    own), so that the last flush has little left; every byte is in the file once."""
    from posassist.report import output

    flushed: list[int] = []
    real_sync = output._sync_data

    def sync(fd: int) -> None:
        flushed.append(os.lseek(fd, 0, os.SEEK_CUR))
        real_sync(fd)

    monkeypatch.setattr(output, "_sync_data", sync)
    monkeypatch.setattr(output._Syncer, "STEP", 64 * 1024)
    blobs = [os.urandom(100_000 + i) for i in range(12)]
    originals = [
        output.Original(i + 1, hashlib.sha256(b).hexdigest(), len(b), b"<< /Type /EmbeddedFile")
        for i, b in enumerate(blobs)
    ]

    def read(wanted):
        for n, _ in enumerate(wanted):
            time.sleep(0.005)  # a store slower than the disk: the syncer gets its turns
            yield [blobs[n]]

    def open_reader():
        return read, lambda: None

    target = tmp_path / "originals.bin"
    with open(target, "wb") as out:
        writer = output.OriginalsWriter(out, originals, open_reader, durable=True)
        writer.start()
        assert writer.join(30)
        writer.raise_error()
    # Flushes along the way (how many depends on how the threads take turns)...
    assert len(flushed) >= 2 and flushed[0] < writer.position, flushed
    assert flushed[-1] == writer.position, "and once more when all is written"
    data = target.read_bytes()
    assert len(data) == writer.position
    for original, blob in zip(originals, blobs, strict=True):
        assert data.count(blob) == 1
        assert data[writer.offsets[original.number] :].startswith(b"%d 0 obj" % original.number)
    assert not [t for t in threading.enumerate() if t.name.startswith("dossier-")]


def test_pdf_pages_without_their_fonts_are_shown_as_pictures(tmp_path, english):
    """A page drawn with a font its PDF does not carry (Helvetica) and every
    page of a PDF only pdfium can read are shown as pictures: every font in the dossier is
    embedded, the other pages stay vector, and the originals are attached unchanged."""
    from posassist.cli.report_commands import verify_file
    from posassist.evidence.pdf_fonts import open_pdf, page_fonts
    from posassist.usecases.export import export_case

    no_fonts = corpus_file("pdfs", "pdfjs__doc_actions.pdf")
    damaged = corpus_file("pdfs", "qpdf__bad-xref.pdf")
    vector = corpus_file("pdfs", "ocrmypdf__multipage.pdf")
    # (It declares ZapfDingbats too, for a check box, but shows no text with it.)
    assert page_fonts(open_pdf(no_fonts.read_bytes())).missing == {0: ["Helvetica"]}
    assert page_fonts(open_pdf(vector.read_bytes())).missing == {}
    path, case_id = _tiny_case(
        tmp_path, [(no_fonts, "fee_receipt"), (damaged, "fee_receipt"), (vector, "fee_receipt")]
    )
    target = tmp_path / "dossier.pdf"
    export_case(path, case_id, target, "en", labels=english[0], translate=english[1])

    need_poppler()
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts
    assert "Helvetica" not in fonts and "ZapfDingbats" not in fonts
    db, snapshot = snapshot_of((path, case_id))
    db.close()
    number = {n.item.original_name: n.number for n in snapshot.evidence}
    a, b, c = (number[f.name] for f in (no_fonts, damaged, vector))
    words = " ".join(text_of(target).split())
    assert f"{a} · original page 1 of 3 · shown as a picture" in words
    assert f"{a} · original page 2 of 3 · shown as a picture" not in words
    assert f"{a} · original page 2 of 3" in words
    assert "They use fonts the file does not carry (Helvetica)" in words
    assert f"{b} · original page 1 of 1 · shown as a picture" in words
    assert "the file's structure is damaged" in words
    assert f"{c} · original page 1 of" in words
    assert f"{c} · original page 1 of 6 · shown" not in words
    with open(os.devnull, "w") as quiet:
        assert verify_file(target, tmp_path / "out", out=quiet) == 0
    for original in (no_fonts, damaged, vector):
        [copy] = (tmp_path / "out").glob(f"*{original.name}")
        assert copy.read_bytes() == original.read_bytes()


def test_fonts_a_pdf_declares_but_never_uses_are_left_out_of_its_copy(tmp_path, english):
    """ReportLab (and others) select Helvetica at the start of every page without showing
    a letter in it: such a page stays vector, and the unused font is not copied along."""
    from reportlab.pdfgen import canvas

    from posassist.evidence.pdf_fonts import open_pdf, page_fonts
    from posassist.report.fonts import register
    from posassist.usecases.export import export_case

    font, _mono = register()
    statement = tmp_path / "statement.pdf"
    c = canvas.Canvas(str(statement))
    c.setFont(font, 12)
    c.drawString(72, 720, "Settlement statement 结算单 2026-10")
    c.showPage()
    c.save()
    fonts = page_fonts(open_pdf(statement.read_bytes()))
    assert fonts.missing == {} and fonts.unused == {0: frozenset({"F1"})}
    path, case_id = _tiny_case(tmp_path, [(statement, "fee_receipt")])
    target = tmp_path / "dossier.pdf"
    export_case(path, case_id, target, "en", labels=english[0], translate=english[1])
    need_poppler()
    listed = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    assert "Helvetica" not in listed
    assert all(row.split()[-5] == "yes" for row in listed.splitlines()[2:]), listed
    words = " ".join(text_of(target).split())
    assert "Settlement statement 结算单 2026-10" in words  # the page's own text, vector
    assert "shown as a picture" not in words


def test_pdf_font_facts_are_found_at_import_and_used_at_export(tmp_path, english, monkeypatch):
    """The import finds out which pages need their fonts (kept beside the file's bytes);
    the export uses that, and finds out itself for a file imported without it."""
    import sqlite3

    from posassist.evidence import pdf_fonts
    from posassist.report import exhibits
    from posassist.usecases.export import export_case

    no_fonts = corpus_file("pdfs", "pdfjs__doc_actions.pdf")
    path, case_id = _tiny_case(tmp_path, [(no_fonts, "fee_receipt")])
    sha256 = hashlib.sha256(no_fonts.read_bytes()).hexdigest()
    with sqlite3.connect(path) as db:
        stored = db.execute("SELECT version, facts FROM pdf_fonts WHERE sha256 = ?", [sha256])
        version, facts = stored.fetchone()
    assert version == pdf_fonts.FACTS_VERSION
    assert pdf_fonts.from_json(facts) == pdf_fonts.analyse(no_fonts.read_bytes())
    assert pdf_fonts.from_json(facts).missing == {0: ["Helvetica"]}

    found_at_export = []

    def counted(reader):
        found_at_export.append(reader)
        return pdf_fonts.page_fonts(reader)

    monkeypatch.setattr(exhibits, "page_fonts", counted)
    target = tmp_path / "dossier.pdf"
    export_case(path, case_id, target, "en", labels=english[0], translate=english[1])
    assert not found_at_export, "the stored facts were used"
    assert "shown as a picture" in text_of(target)

    with sqlite3.connect(path) as db:  # as if imported by a version that did not keep them
        db.execute("DELETE FROM pdf_fonts")
    export_case(path, case_id, target, "en", labels=english[0], translate=english[1])
    assert len(found_at_export) == 1
    assert "shown as a picture" in text_of(target)


def test_the_amount_an_item_shows_is_in_the_index_and_its_caption(tmp_path, english):
    """An item's amount (typed, or accepted from its slip) in the index, in a column shown
    only when an item has one, and on the item's own page."""
    from posassist.domain.money import Money
    from posassist.report.snapshot import number_evidence
    from posassist.store.database import open_database
    from posassist.store.evidence import EvidenceRepository
    from posassist.usecases.export import export_case

    jpeg = _jpeg(tmp_path, "slip.jpg", quality=90)
    path, case_id = _tiny_case(tmp_path, [(jpeg, "transaction_record")])
    before = tmp_path / "before.pdf"
    export_case(path, case_id, before, "en", labels=english[0], translate=english[1])
    assert "Amount shown" not in text_of(before)
    db = open_database(path)
    try:
        evidence = EvidenceRepository(db)
        slip = next(e for e in evidence.list(case_id) if e.original_name == "slip.jpg")
        evidence.update(slip.id, amount=Money(128850, "CNY"))
        numbers = {n.item.id: n.number for n in number_evidence(evidence.list(case_id))}
    finally:
        db.close()
    after = tmp_path / "after.pdf"
    export_case(path, case_id, after, "en", labels=english[0], translate=english[1])
    pages = pages_text(after)
    (index,) = [p for p in pages if "This table is the manifest" in p]
    assert "Amount shown" in index and "¥1,288.50" in index
    (own,) = [p for p in pages if f"{numbers[slip.id]} · Transaction record\nDescription" in p]
    assert re.search(r"Amount shown\s+¥1,288\.50", own)


def test_caption_sentences_are_joined_as_each_language_writes_them():
    from posassist.report.evidence_pages import sentences

    assert sentences("Shown converted.", "", "The original is attached.") == (
        "Shown converted. The original is attached."
    )
    assert sentences("已转换格式以便显示。", "原始文件已附在本PDF中。 ") == (
        "已转换格式以便显示。原始文件已附在本PDF中。"
    )
    assert sentences("", "只有一句。") == "只有一句。"
