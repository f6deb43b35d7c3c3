"""Evidence intake: every corpus file gets its expected verdict; synthetic edge cases."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import random
import subprocess
import sys
import threading
import warnings
import zlib
from pathlib import Path

import pytest

# Pillow warns about the damaged metadata of hostile corpus files; expected here.
from corpus import CORPUS, corpus_file  # noqa: E402
from PIL import Image, ImageFile

from posassist.domain.evidence import FileKind
from posassist.evidence import intake, jpeg
from posassist.evidence.common import MAX_IMAGE_PIXELS, previews
from posassist.evidence.intake import (
    NOTE_CODES,
    REFUSAL_CODES,
    Refusal,
    decode_text,
    inspect,
    open_image_pages,
    read_file,
    render_pdf_page,
)

pytestmark = pytest.mark.filterwarnings(
    "ignore:Corrupt EXIF data", "ignore:Tag data larger than file", "ignore:Image appears to be"
)

CORPUS_DIRS = ("bad-images", "receipts", "pdfs", "statements")


def accepted(kind: str, size=None, pages=1, date=None, notes=()) -> dict:
    return {"kind": kind, "size": size, "pages": pages, "date": date, "notes": set(notes)}


D = dt.date
# Every file of the four corpus folders: its kind and facts, or the refusal code.
EXPECTED: dict[str, dict | str] = {
    "bad-images/image-rs__oss-fuzz-36829.jpeg": "corrupt",
    "bad-images/image-rs__panic.webp": accepted("webp", (100, 30), notes=["alpha_flattened"]),
    "bad-images/pillow-heif__200MP.heic": "bomb",
    "bad-images/pillow-heif__corrupted.heic": "corrupt",
    "bad-images/pillow-heif__empty.heic": "empty",
    "bad-images/pillow-heif__truncated.heic": "truncated",
    "bad-images/pillow__broken.png": "corrupt",
    "bad-images/pillow__broken_data_stream.png": "corrupt",
    "bad-images/pillow__crash-0c7e0e8e11ce787078f00b5b0ca409a167f070e0.tif": "corrupt",
    "bad-images/pillow__crash-86214e58da443d2b80820cff9677a38a33dcbbca.tif": "corrupt",
    # GIF is not accepted at all: refused by signature before any GIF decoder runs.
    "bad-images/pillow__decompression_bomb.gif": "not_supported",
    "bad-images/pillow__decompression_bomb_extents.gif": "not_supported",
    "bad-images/pillow__exif-dpi-zerodivision.jpg": accepted(
        "jpeg", (200, 200), date=D(2017, 3, 13), notes=["bad_dpi_ignored"]
    ),
    "bad-images/pillow__hopper_bad_exif.jpg": accepted(
        "jpeg", (500, 500), notes=["bad_exif_ignored"]
    ),
    "bad-images/pillow__hopper_idat_after_image_end.png": accepted("png", (128, 128)),
    "bad-images/pillow__hopper_unknown_pixel_mode.tif": "corrupt",
    "bad-images/pillow__invalid-exif.jpg": accepted("jpeg", (200, 200), notes=["bad_exif_ignored"]),
    "bad-images/pillow__oom-225817ca0f8c663be7ab4b9e717b02c661e66834.tif": "corrupt",
    "bad-images/pillow__photoshop-200dpi-broken.jpg": accepted(
        "jpeg", (200, 200), date=D(2017, 3, 13)
    ),
    "bad-images/pillow__pngtest_bad.png.bin": "corrupt",
    "bad-images/pillow__sugarshack_bad_mpo_header.jpg": accepted(
        "jpeg", (640, 480), date=D(2014, 3, 2)
    ),
    "bad-images/pillow__tiff_overflow_rows_per_strip.tif": "corrupt",
    "bad-images/pillow__tiff_wrong_bits_per_sample.tiff": accepted(
        "tiff", (52, 53), notes=["alpha_flattened"]
    ),
    "bad-images/pillow__total-pages-zero.tif": accepted(
        "tiff", (1728, 2156), pages=3, date=D(2014, 10, 26)
    ),
    "bad-images/pillow__truncated_app14.jpg": accepted("jpeg", (100, 100), date=D(2009, 3, 6)),
    "bad-images/pillow__truncated_end_chunk.png": "truncated",
    "bad-images/pillow__truncated_image.png": "truncated",
    "bad-images/pillow__truncated_jpeg.jpg": "truncated",
    "bad-images/pillow__zero_width.gif": "not_supported",
    "receipts/azure-di__receipt-french.png": accepted(
        "png", (1200, 893), notes=["alpha_flattened"]
    ),
    "receipts/azure-di__receipt-japanese.png": accepted(
        "png", (1200, 893), notes=["alpha_flattened"]
    ),
    "receipts/azure-rest__contoso-allinone.jpg": accepted(
        "jpeg", (1688, 3000), date=D(2019, 12, 17)
    ),
    "receipts/azure-rest__contoso-receipt.png": accepted("png", (1688, 3000)),
    "receipts/azure-rest__receipt.png": accepted(
        "jpeg", (2448, 3264), notes=["extension_mismatch"]
    ),
    "receipts/donut__sample_image_cord_test_receipt_00004.png": accepted("png", (864, 1296)),
    "receipts/mindee__receipt.heic": accepted("heif", (800, 1066)),
    "receipts/mindee__receipt.jpg": accepted("jpeg", (800, 1066)),
    "receipts/mindee__receipt.tif": accepted("tiff", (800, 1066)),
    "receipts/softmatic__aldi_02032020_19_02423.jpg": accepted(
        "jpeg", (896, 2316), date=D(2020, 5, 1)
    ),
    "receipts/softmatic__apotheke_23042020_01_01990.jpg": accepted(
        "jpeg", (844, 2280), date=D(2020, 5, 1)
    ),
    "receipts/softmatic__ikea_08102016_12_13439.jpg": accepted(
        "jpeg", (880, 3036), date=D(2020, 5, 1)
    ),
    # EXIF DateTime written "2020/05/15 10:49:33" (slashes): read all the same.
    "receipts/softmatic__lidl_12052020_09_02351.jpg": accepted(
        "jpeg", (2552, 3508), date=D(2020, 5, 15)
    ),
    "receipts/softmatic__tanke_07092018_01_03400.jpg": accepted(
        "jpeg", (2552, 3508), date=D(2020, 5, 20)
    ),
    # Page 1 is stored 1333x1000 with TIFF Orientation 6: upright it is 1000x1333.
    "receipts/textractor__multi_page_tiff.tiff": accepted(
        "tiff", (1000, 1333), pages=2, notes=["orientation_applied"]
    ),
    # Stored 4032x3024 with EXIF Orientation 6 (turn 90° clockwise): a portrait form.
    "receipts/textractor__patient_intake_form_sample.jpg": accepted(
        "jpeg", (3024, 4032), date=D(2021, 9, 17), notes=["orientation_applied"]
    ),
    "receipts/textractor__receipt_no_summary.png": accepted("png", (901, 1599)),
    "receipts/veryfi__receipt_public.jpg": accepted("jpeg", (951, 3373)),
    "pdfs/mindee__invoice_10p.pdf": accepted("pdf", pages=10),
    "pdfs/ocrmypdf__hugemono.pdf": "bomb",  # a 35000x35000 image on an 8400 pt page
    "pdfs/ocrmypdf__invalid.pdf": "corrupt",
    "pdfs/ocrmypdf__kcs.pdf": accepted("pdf"),
    "pdfs/ocrmypdf__multipage.pdf": accepted("pdf", pages=6, date=D(2015, 7, 28)),
    "pdfs/ocrmypdf__rotated_skew.pdf": accepted("pdf", date=D(2016, 11, 7)),
    "pdfs/pdfjs__doc_actions.pdf": accepted(
        "pdf", pages=3, date=D(2020, 12, 23), notes=["pdf_javascript"]
    ),
    # pypdf gives up on its xref; pdfium reads and shows the page ("Potato").
    "pdfs/qpdf__bad-xref.pdf": accepted("pdf", notes=["pdf_repaired"]),
    "pdfs/qpdf__empty.pdf": "no_pages",
    "pdfs/sample-files__libreoffice-writer-password.pdf": "password",
    "statements/csvkit__bad.csv": accepted("csv"),
    "statements/csvkit__mac_newlines.csv": accepted("csv"),
    "statements/csvkit__null_byte.csv": "corrupt",  # text, but for a NUL byte in it
    "statements/csvkit__sniff_limit.csv": accepted("csv"),
    "statements/csvkit__test_latin1.csv": accepted("csv", notes=["encoding_cp1252"]),
    "statements/csvkit__test_locale.csv": accepted("csv"),
    "statements/csvkit__test_utf16_little.csv": accepted("csv", notes=["encoding_utf16"]),
    "statements/csvkit__test_utf8_bom.csv": accepted("csv"),
    "statements/deg__example-alipay-records.csv": accepted("csv", notes=["encoding_gb18030"]),
    "statements/deg__example-icbc-debit-v2-records.csv": accepted("csv"),
    "statements/deg__example-jd-records.csv": accepted("csv"),
    "statements/deg__example-mt-records.csv": accepted("csv"),
    "statements/deg__example-wechat-records.csv": accepted("csv"),
    "statements/deg__example-wechat-records.xlsx": "not_supported",
    "statements/deg__交易明细_xxxx_2025xxxx_2025xxxx.xls": "not_supported",
    "statements/oca__adyen_settlement_detail_report_batch_380.csv": accepted("csv"),
    "statements/oca__adyen_test.xlsx": "not_supported",
    "statements/oca__braintree_pull_report.csv": accepted("csv"),
    "statements/oca__paypal_activity_en.csv": accepted("csv"),
    "statements/oca__paypal_statement_es.csv": accepted("csv"),
    "statements/rechnungspilot__commerzbank.csv": accepted("csv"),
    "statements/rechnungspilot__dkb.csv": accepted("csv"),
    "statements/rechnungspilot__ing.csv": accepted("csv", notes=["encoding_cp1252"]),
    "statements/rechnungspilot__paypal.csv": accepted("csv"),
}


def _verdict(relative: str) -> intake.Inspection | Refusal:
    path = corpus_file(*relative.split("/"))
    try:
        read = read_file(path)
        return inspect(read.data, path.name)
    except Refusal as refusal:
        return refusal


# --- the corpus ---------------------------------------------------------------------------------


def test_every_corpus_file_has_an_expectation():
    """A file added to the corpus must be given its verdict here."""
    corpus_file()
    present = {
        f"{folder}/{path.name}"
        for folder in CORPUS_DIRS
        for path in (CORPUS / folder).iterdir()
        if path.is_file()
    }
    assert present == set(EXPECTED)


@pytest.mark.parametrize("relative", sorted(EXPECTED))
def test_corpus_verdict(relative):
    expected = EXPECTED[relative]
    verdict = _verdict(relative)
    if isinstance(expected, str):
        assert isinstance(verdict, Refusal), f"accepted: {verdict}"
        assert verdict.code == expected, verdict.detail
        assert verdict.detail  # something for the log
        return
    assert not isinstance(verdict, Refusal), f"refused {verdict.code}: {verdict.detail}"
    assert verdict.kind == FileKind(expected["kind"])
    assert verdict.pages == expected["pages"]
    assert verdict.doc_date == expected["date"]
    assert set(verdict.notes) == expected["notes"]
    if verdict.kind.is_image:
        assert (verdict.width, verdict.height) == expected["size"]
    else:
        assert verdict.width is verdict.height is None


@pytest.mark.parametrize("relative", sorted(k for k, v in EXPECTED.items() if v == "corrupt"))
def test_damaged_files_are_refused_whatever_their_name(relative):
    """The name plays no part: the same bytes under another name get the same verdict."""
    data = corpus_file(*relative.split("/")).read_bytes()
    for name in ("", "scan.jpg", "statement.csv", "x.pdf"):
        with pytest.raises(Refusal) as refused:
            inspect(data, name)
        assert refused.value.code == "corrupt"


def test_corpus_hashes_match_sources_md():
    """read_file's SHA-256 is the one SOURCES.md records for the bytes."""
    for relative, digest in [
        (
            "receipts/mindee__receipt.jpg",
            "b105aad3e329b27386223ff3b68eb38b990e3344274498d395ac0895ed4e611b",
        ),
        (
            "receipts/textractor__multi_page_tiff.tiff",
            "58785a7b6273a1dda05a226701c8d85cf0c2e9d5d88d1594427944bbf6afa3b4",
        ),
        (
            "pdfs/ocrmypdf__multipage.pdf",
            "1cf372a2b66c3be729b853bb19a0361244feec0e39f31eeff548a00ffcd7ab70",
        ),
    ]:
        read = read_file(corpus_file(*relative.split("/")))
        assert read.sha256 == digest
        assert read.size == len(read.data)


def test_orientation_6_photo_comes_out_upright():
    """EXIF Orientation 6, stored 4032x3024: upright it is a portrait page of a form."""
    data = corpus_file("receipts", "textractor__patient_intake_form_sample.jpg").read_bytes()
    (page,) = list(open_image_pages(data))
    assert page.mode == "RGB"
    assert page.size == (3024, 4032)


def test_multi_page_tiff_pages():
    data = corpus_file("receipts", "textractor__multi_page_tiff.tiff").read_bytes()
    pages = list(open_image_pages(data))
    # Page 1 carries TIFF Orientation 6 (stored 1333x1000); page 2 does not.
    assert [page.size for page in pages] == [(1000, 1333), (1362, 1038)]
    assert all(page.mode == "RGB" for page in pages)


def test_alpha_is_flattened_on_white():
    data = corpus_file("receipts", "azure-di__receipt-japanese.png").read_bytes()
    original = Image.open(io.BytesIO(data))
    corner = original.getpixel((0, 0))
    (page,) = list(open_image_pages(data))
    assert page.mode == "RGB"
    if corner[3] == 0:
        assert page.getpixel((0, 0)) == (255, 255, 255)


def test_statement_encodings_decode():
    text, encoding = decode_text(
        corpus_file("statements", "deg__example-alipay-records.csv").read_bytes()
    )
    assert encoding == "gb18030"
    assert "支付宝" in text and "交易时间" in text
    text, encoding = decode_text(
        corpus_file("statements", "csvkit__test_utf16_little.csv").read_bytes()
    )
    assert encoding == "utf-16"
    assert text.startswith("a,b,c\n")
    text, encoding = decode_text(corpus_file("statements", "rechnungspilot__ing.csv").read_bytes())
    assert encoding == "cp1252"
    assert "Umsätze" in text
    text, encoding = decode_text(
        corpus_file("statements", "deg__example-jd-records.csv").read_bytes()
    )
    assert encoding == "utf-8-sig"
    assert not text.startswith("\ufeff")


def test_pdf_pages_render_within_bounds():
    data = corpus_file("pdfs", "ocrmypdf__multipage.pdf").read_bytes()
    # Page 2 is 2160 pt square and holds a 9000x9000 (81 MP) image.
    image = render_pdf_page(data, 1, max_pixels=250_000)
    assert image.mode == "RGB"
    assert image.width * image.height <= 250_000
    assert image.width > 400
    default = render_pdf_page(data, 0)
    assert default.width * default.height <= 4_000_000
    with pytest.raises(IndexError):
        render_pdf_page(data, 6)


def test_pdf_rotation_is_applied():
    """/Rotate 90 on a landscape MediaBox: the page is shown portrait."""
    data = corpus_file("pdfs", "ocrmypdf__rotated_skew.pdf").read_bytes()
    image = render_pdf_page(data, 0, max_pixels=100_000)
    assert image.height > image.width


def test_pdf_bomb_is_refused_by_the_renderer_too():
    data = corpus_file("pdfs", "ocrmypdf__hugemono.pdf").read_bytes()
    with pytest.raises(Refusal) as refused:
        render_pdf_page(data, 0)
    assert refused.value.code == "bomb"


def test_pdfium_is_used_from_one_thread_at_a_time():
    """PDFium crashes when called from two threads at once; the module serialises it."""
    datas = [
        corpus_file("pdfs", name).read_bytes()
        for name in ("mindee__invoice_10p.pdf", "ocrmypdf__multipage.pdf", "ocrmypdf__kcs.pdf")
    ]
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for turn in range(6):
                data = datas[(offset + turn) % len(datas)]
                render_pdf_page(data, 0, max_pixels=60_000)
                inspect(data)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_well_formed_corpus_jpegs_are_proven_without_decoding(monkeypatch):
    """The fast path: real photos and scans are checked by structure, not decoded."""
    names = [
        "mindee__receipt.jpg",
        "softmatic__lidl_12052020_09_02351.jpg",
        "textractor__patient_intake_form_sample.jpg",
        "veryfi__receipt_public.jpg",
        "azure-rest__receipt.png",
    ]
    datas = [corpus_file("receipts", name).read_bytes() for name in names]

    def no_decoding(self, *args, **kwargs):
        raise AssertionError("decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decoding)
    for data in datas:
        assert inspect(data).kind is FileKind.JPEG


# --- read_file -------------------------------------------------------------------------------


def test_read_file_hashes_what_it_read(tmp_path):
    path = tmp_path / "three-chunks.bin"
    payload = random.Random(3).randbytes(2 * intake.CHUNK + 12345)
    path.write_bytes(payload)
    read = read_file(path)
    import hashlib

    assert read.data == payload
    assert read.size == len(payload)
    assert read.sha256 == hashlib.sha256(payload).hexdigest()


def test_read_file_refuses_too_large_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.jpg"
    path.write_bytes(b"x" * 1000)

    def no_open(*args, **kwargs):
        raise AssertionError("opened")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(Refusal) as refused:
        read_file(path, max_bytes=999)
    assert refused.value.code == "too_large"


def test_read_file_refusals(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    cases = {
        empty: "empty",
        tmp_path / "missing.jpg": "unreadable",
        tmp_path: "unreadable",  # a directory
        fifo: "unreadable",  # opening it would block
    }
    for path, code in cases.items():
        with pytest.raises(Refusal) as refused:
            read_file(path)
        assert refused.value.code == code, path


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_read_file_unreadable_permission(tmp_path):
    path = tmp_path / "secret.jpg"
    path.write_bytes(b"data")
    path.chmod(0)
    with pytest.raises(Refusal) as refused:
        read_file(path)
    assert refused.value.code == "unreadable"


# --- inspect: synthetic cases ------------------------------------------------------------------


def _jpeg(size=(64, 48), exif: Image.Exif | None = None, **options) -> bytes:
    image = Image.effect_noise(size, 40).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif or Image.Exif(), **options)
    return out.getvalue()


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _refusal(data: bytes, name: str = "", **kwargs) -> str:
    with pytest.raises(Refusal) as refused:
        inspect(data, name, **kwargs)
    return refused.value.code


def test_empty_and_too_large():
    assert _refusal(b"") == "empty"
    assert _refusal(b"%PDF-1.4 " * 20, max_bytes=100) == "too_large"
    assert _refusal(b" \r\n\t\n") == "empty"  # text with nothing in it
    assert _refusal(b"\xef\xbb\xbf") == "empty"  # a BOM alone


def test_kind_comes_from_bytes_not_name():
    data = _jpeg()
    found = inspect(data, "statement.pdf")
    assert found.kind is FileKind.JPEG
    assert found.notes == ("extension_mismatch",)
    assert inspect(data, "photo.JPEG").notes == ()
    assert inspect(data, "no-extension").notes == ()
    png = _png(Image.new("RGB", (10, 10), "red"))
    assert inspect(png, "receipt.jpg").kind is FileKind.PNG


def test_unsupported_formats():
    zip_bytes = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(zip_bytes, "w") as archive:
        archive.writestr("sheet.xml", "<x/>")
    gif = io.BytesIO()
    Image.new("P", (4, 4)).save(gif, "GIF")
    samples = {
        "zip": zip_bytes.getvalue(),
        "gif": gif.getvalue(),
        "exe": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(200),
        "elf": b"\x7fELF\x02\x01\x01" + bytes(100),
        "random": random.Random(5).randbytes(100_000),
        "utf-16 without BOM": "a,b,c\n1,2,3\n".encode("utf-16-le"),
    }
    for name, data in samples.items():
        assert _refusal(data) == "not_supported", name


def test_truncated_jpegs_are_refused():
    data = _jpeg((300, 200), progressive=True)
    for cut in (len(data) - 2, len(data) // 2, 700):
        assert _refusal(data[:cut]) == "truncated", cut


def test_jpeg_bombs_are_refused_before_decoding(monkeypatch):
    data = bytearray(_jpeg())
    sof = data.index(b"\xff\xc0")
    monkeypatch.setattr(ImageFile.ImageFile, "load", lambda self: pytest.fail("decoded"))
    for width, height in [(12_000, 9_000), (60_000, 60_000)]:
        data[sof + 5 : sof + 9] = height.to_bytes(2, "big") + width.to_bytes(2, "big")
        assert width * height > MAX_IMAGE_PIXELS
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            assert _refusal(bytes(data)) == "bomb"


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body).to_bytes(4, "big")
    return len(body).to_bytes(4, "big") + kind + body + crc


def test_png_bomb_is_refused():
    """A 100-byte PNG whose header claims 40000x40000 pixels."""
    header = (40_000).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    idat = zlib.compress(b"\x00" * 1000)
    data = (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )
    assert _refusal(data) == "bomb"


def test_exif_orientation_6_jpeg():
    """A 80x40 picture, left half red, stored with Orientation 6: upright it is 40x80 with
    the red half on top."""
    image = Image.new("RGB", (80, 40), "blue")
    image.paste((255, 0, 0), (0, 0, 40, 40))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x0132] = "2024:02:29 10:00:00"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=95)
    data = out.getvalue()
    found = inspect(data)
    assert (found.width, found.height) == (40, 80)
    assert found.notes == ("orientation_applied",)
    assert found.doc_date == dt.date(2024, 2, 29)
    (page,) = list(open_image_pages(data))
    assert page.size == (40, 80)
    red, _green, blue = page.getpixel((20, 10))
    assert red > 200 and blue < 60


def test_heif_orientation_is_applied_once():
    """pi-heif turns the pixels itself and resets the EXIF tag: no second turn. (The
    picture is made with pillow-heif, a test dependency: the app only decodes HEIC.)"""
    import pillow_heif

    image = Image.new("RGB", (80, 40), "blue")
    image.paste((255, 0, 0), (0, 0, 40, 40))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    # Encoded without registering pillow-heif's opener: the app's (pi-heif) reads it back.
    pillow_heif.from_pillow(image).save(out, quality=90, exif=exif.tobytes())
    found = inspect(out.getvalue(), "photo.heic")
    assert found.kind is FileKind.HEIF
    assert (found.width, found.height) == (40, 80)
    assert found.notes == ("orientation_applied",)
    (page,) = list(open_image_pages(out.getvalue()))
    assert page.size == (40, 80)
    red, _green, blue = page.getpixel((20, 10))
    assert red > 200 and blue < 60


def test_sixteen_bit_grey_is_scaled_not_clipped():
    grey = Image.new("I;16", (8, 8), 30_000)
    (page,) = list(open_image_pages(_png(grey)))
    assert page.mode == "RGB"
    assert 200 < page.getpixel((0, 0))[0] <= 255
    assert inspect(_png(grey)).kind is FileKind.PNG


def test_transparency_note_only_when_something_is_transparent():
    opaque = Image.new("RGBA", (10, 10), (0, 0, 0, 255))
    assert inspect(_png(opaque)).notes == ()
    clear = opaque.copy()
    clear.putpixel((3, 3), (0, 0, 0, 0))
    assert inspect(_png(clear)).notes == ("alpha_flattened",)
    (page,) = list(open_image_pages(_png(clear)))
    assert page.getpixel((3, 3)) == (255, 255, 255)
    assert page.getpixel((0, 0)) == (0, 0, 0)


def test_other_accepted_image_formats():
    image = Image.effect_noise((40, 30), 30).convert("RGB")
    for fmt, kind in [("BMP", FileKind.BMP), ("WEBP", FileKind.WEBP), ("TIFF", FileKind.TIFF)]:
        out = io.BytesIO()
        image.save(out, fmt)
        found = inspect(out.getvalue())
        assert (found.kind, found.pages, found.width, found.height) == (kind, 1, 40, 30)


def test_animation_shows_its_first_frame():
    frames = [Image.new("RGB", (20, 20), color) for color in ("red", "green", "blue")]
    out = io.BytesIO()
    frames[0].save(out, "PNG", save_all=True, append_images=frames[1:])
    found = inspect(out.getvalue())
    assert found.pages == 1
    assert found.notes == ("extra_frames_ignored",)


def test_tiff_pages_count_and_decode():
    pages = [Image.new("L", (30 + n, 20), 40 * n) for n in range(4)]
    out = io.BytesIO()
    pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw")
    data = out.getvalue()
    assert inspect(data).pages == 4
    assert [page.size for page in open_image_pages(data)] == [(30 + n, 20) for n in range(4)]
    # Pillow opens a TIFF cut at the end with a page short and only a warning: refused all
    # the same. (Pillow wrote the last directory, then 10 bytes of padding: losing some of
    # those harms nothing.)
    for cut in range(12, len(data) - 8, 16):
        assert _refusal(data[: len(data) - cut]) in ("truncated", "corrupt"), cut
    assert inspect(data[:-4]) == inspect(data)


def test_inspect_leaves_global_state_alone():
    filters = list(warnings.filters)
    limit = Image.MAX_IMAGE_PIXELS
    for data in (_jpeg(), _jpeg()[:300], b"GIF89a" + bytes(20)):
        with contextlib.suppress(Refusal):
            inspect(data)
    assert warnings.filters == filters
    assert limit == Image.MAX_IMAGE_PIXELS
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


# --- JPEG structure check ---------------------------------------------------------------------


def _pillow_decodes(data: bytes) -> bool:
    try:
        image = Image.open(io.BytesIO(data))
        image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
        image.load()
    except Exception:  # noqa: BLE001
        return False
    return True


def test_jpeg_structure_check_never_vouches_for_a_file_that_does_not_decode():
    """Mutated JPEGs (bytes changed, markers forged, cut, cut with EOI added, bytes inserted):
    whenever the fast check says well-formed, libjpeg decodes the file."""
    bases = [
        _jpeg((96, 64)),
        _jpeg((96, 64), progressive=True),
        _jpeg((96, 64), restart_marker_blocks=2),
        _jpeg((96, 64), subsampling=0, quality=95),
    ]
    assert all(jpeg.well_formed(base) for base in bases)
    rng = random.Random(11)
    vouched = 0
    for _ in range(600):
        data = bytearray(rng.choice(bases))
        operation = rng.randrange(5)
        if operation == 0:
            for _ in range(rng.choice((1, 3, 12))):
                data[rng.randrange(2, len(data))] = rng.randrange(256)
        elif operation == 1:
            at = rng.randrange(2, len(data) - 1)
            data[at : at + 2] = bytes((0xFF, rng.randrange(256)))
        elif operation == 2:
            data = data[: rng.randrange(2, len(data))]
        elif operation == 3:
            data = data[: rng.randrange(2, len(data))] + b"\xff\xd9"
        else:
            at = rng.randrange(2, len(data))
            data[at:at] = rng.randbytes(rng.randrange(1, 6))
        if jpeg.well_formed(bytes(data)):
            vouched += 1
            assert _pillow_decodes(bytes(data))
    assert vouched > 100  # the check is not merely saying no


# --- text -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"Datum;Betrag\n01.02.2024;12,50\n", "utf-8"),
        ("\ufeffDatum;Betrag\n01.02.2024;12,50\n".encode(), "utf-8-sig"),
        ("\ufeff交易时间,金额\n2023-02-12,49.70\n".encode("utf-16-be"), "utf-16"),
        ("交易时间,金额\n2023-02-12,49.70\n".encode("utf-32"), "utf-32"),  # BOM added
        ("交易时间,金额,商品说明\n2023-02-12,49.70,亲情卡\n".encode("gb18030"), "gb18030"),
        ("Umsätze;Gebühr;Währung\n1;2;3\n".encode("cp1252"), "cp1252"),
    ],
)
def test_decode_text(data, encoding):
    text, found = decode_text(data)
    assert found == encoding
    assert "\ufeff" not in text
    assert inspect(data).kind is FileKind.CSV


def test_text_or_csv():
    prose = b"Called the bank on Monday.\nThey said the terminal must be returned.\nOK.\n"
    assert inspect(prose, "notes.txt").kind is FileKind.TEXT
    assert inspect(prose, "notes.txt").notes == ()
    assert inspect(b"a|b|c\n1|2|3\n4|5|6\n").kind is FileKind.CSV
    assert inspect(b"one column\nonly\nhere\n").kind is FileKind.TEXT
    # A preamble (account, period) before the table, as bank exports have.
    preamble = "".join(f"note {n}\n" for n in range(10)) + "a,b,c\n1,2,3\n4,5,6\n7,8,9\n"
    assert inspect(preamble.encode()).kind is FileKind.CSV


def test_text_mentioning_pdf_header_is_still_text():
    data = b"Ticket 4711: the file starts with %PDF-1.7 but will not open.\n"
    assert inspect(data).kind is FileKind.TEXT


def test_text_with_a_nul_byte_is_corrupt():
    assert _refusal(b"a,b,c\n1,\x00,3\n4,5,6\n") == "corrupt"


# --- PDF: synthetic ----------------------------------------------------------------------------


def _pdf(pages: int = 1, encrypt: str | None = None, metadata: dict | None = None) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=300)
    if metadata:
        writer.add_metadata(metadata)
    if encrypt is not None:
        writer.encrypt(user_password=encrypt, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_dates_and_pages():
    found = inspect(_pdf(3, metadata={"/CreationDate": "D:20240131235959+08'00'"}))
    assert (found.kind, found.pages, found.doc_date) == (FileKind.PDF, 3, dt.date(2024, 1, 31))
    found = inspect(_pdf(metadata={"/CreationDate": "D:20241399"}))
    assert found.doc_date is None
    assert found.notes == ("bad_date_ignored",)


def test_pdf_encryption():
    """An owner password alone opens with the empty password; a user password does not."""
    found = inspect(_pdf(2, encrypt=""))
    assert found.pages == 2
    assert found.notes == ("pdf_encrypted_no_password",)
    assert _refusal(_pdf(encrypt="secret")) == "password"


def test_pdf_with_leading_junk():
    data = b"garbage from a mail gateway\r\n" + _pdf(2)
    found = inspect(data)
    assert (found.kind, found.pages) == (FileKind.PDF, 2)


def test_pdf_cut_short_is_refused_or_repaired():
    data = corpus_file("pdfs", "ocrmypdf__multipage.pdf").read_bytes()
    try:
        found = inspect(data[: len(data) // 3])
    except Refusal as refusal:
        assert refusal.code in ("corrupt", "truncated", "no_pages")
    else:  # pdfium rebuilds what it can; what it shows must be a PDF with pages
        assert found.kind is FileKind.PDF and found.pages >= 1


# --- API and hygiene ----------------------------------------------------------------------------


def test_refusal_codes_are_checked():
    assert Refusal("bomb", "x").code == "bomb"
    with pytest.raises(ValueError):
        Refusal("exploded")
    assert len(set(REFUSAL_CODES)) == 9
    assert len(set(NOTE_CODES)) == len(NOTE_CODES)


def test_notes_of_the_corpus_are_documented():
    used = {
        note
        for expected in EXPECTED.values()
        if isinstance(expected, dict)
        for note in expected["notes"]
    }
    assert used <= set(NOTE_CODES)


def test_preview_cache_only_serves_the_same_bytes():
    data = _png(Image.new("RGB", (600, 300), "green"))
    inspect(data)
    copy = bytes(bytearray(data))
    assert previews.take(copy, 256) is None  # equal bytes, another object
    preview = previews.take(data, 256)
    assert preview is not None and max(preview.size) == 256
    assert previews.take(data, 256) is None  # taken once


def test_import_is_cheap_and_without_qt():
    """Importing intake loads neither Qt nor the decoders; they load on first use."""
    code = (
        "import sys, posassist.evidence.intake, posassist.evidence.thumbnails;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pypdf', 'pypdfium2',"
        " 'pi_heif', 'pillow_heif'))];"
        "print(bad)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
    sources = Path(intake.__file__).parent.glob("*.py")
    owned = {"__init__", "common", "images", "intake", "jpeg", "pdf", "text", "thumbnails"}
    for source in sources:
        if source.stem in owned:
            assert "PySide6" not in source.read_text(), source
