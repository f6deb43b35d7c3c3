"""Thumbnails: PNG, small, upright, first page; a text card for statements."""

from __future__ import annotations

import io
import time

import pytest

# Pillow warns about the damaged metadata of hostile corpus files; expected here.
from corpus import corpus_file  # noqa: E402
from PIL import Image, ImageFile

from posassist.domain.evidence import FileKind
from posassist.evidence import thumbnails
from posassist.evidence.common import previews
from posassist.evidence.intake import Refusal, inspect
from posassist.evidence.thumbnails import make_thumbnail

pytestmark = pytest.mark.filterwarnings(
    "ignore:Corrupt EXIF data", "ignore:Tag data larger than file", "ignore:Image appears to be"
)


ACCEPTED = [
    ("receipts", "azure-di__receipt-japanese.png"),
    ("receipts", "azure-rest__receipt.png"),
    ("receipts", "mindee__receipt.heic"),
    ("receipts", "mindee__receipt.tif"),
    ("receipts", "softmatic__lidl_12052020_09_02351.jpg"),
    ("receipts", "textractor__multi_page_tiff.tiff"),
    ("receipts", "textractor__patient_intake_form_sample.jpg"),
    ("receipts", "veryfi__receipt_public.jpg"),
    ("bad-images", "image-rs__panic.webp"),
    ("bad-images", "pillow__hopper_bad_exif.jpg"),
    ("bad-images", "pillow__total-pages-zero.tif"),
    ("pdfs", "mindee__invoice_10p.pdf"),
    ("pdfs", "ocrmypdf__rotated_skew.pdf"),
    ("pdfs", "qpdf__bad-xref.pdf"),
    ("statements", "deg__example-alipay-records.csv"),
    ("statements", "csvkit__test_utf16_little.csv"),
    ("statements", "rechnungspilot__ing.csv"),
]


def _png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    image.load()
    return image


@pytest.mark.parametrize("parts", ACCEPTED, ids=lambda parts: parts[1])
@pytest.mark.parametrize("after_inspect", [True, False], ids=["after-inspect", "cold"])
def test_thumbnail_of_accepted_corpus_files(parts, after_inspect):
    data = corpus_file(*parts).read_bytes()
    kind = inspect(data, parts[1]).kind
    if not after_inspect:
        previews.clear()
    image = _png(make_thumbnail(data, kind))
    assert image.mode == "RGB"
    assert max(image.size) == 256 or kind is FileKind.WEBP  # the WebP is 100x30
    assert min(image.size) >= 10
    assert any(low != high for low, high in image.getextrema())  # something is drawn


def test_smaller_size():
    data = corpus_file("receipts", "mindee__receipt.jpg").read_bytes()
    image = _png(make_thumbnail(data, FileKind.JPEG, size=64))
    assert image.size == (48, 64)


def test_upright_thumbnails():
    data = corpus_file("receipts", "textractor__patient_intake_form_sample.jpg").read_bytes()
    image = _png(make_thumbnail(data, FileKind.JPEG))
    assert image.size == (192, 256)  # 4032x3024 stored, Orientation 6
    data = corpus_file("pdfs", "ocrmypdf__rotated_skew.pdf").read_bytes()
    image = _png(make_thumbnail(data, FileKind.PDF))
    assert image.height > image.width  # /Rotate 90 applied
    data = corpus_file("receipts", "textractor__multi_page_tiff.tiff").read_bytes()
    image = _png(make_thumbnail(data, FileKind.TIFF))
    assert image.size == (192, 256)  # first page, 1000x1333 upright


def test_orientation_6_turns_the_red_half_to_the_top():
    picture = Image.new("RGB", (800, 400), "blue")
    picture.paste((255, 0, 0), (0, 0, 400, 400))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    picture.save(out, "JPEG", exif=exif, quality=95)
    for fresh in (True, False):
        if fresh:
            previews.clear()
        else:
            inspect(out.getvalue())
        image = _png(make_thumbnail(out.getvalue(), FileKind.JPEG))
        assert image.size == (128, 256)
        red, _green, blue = image.getpixel((64, 32))
        assert red > 200 and blue < 60
        red, _green, blue = image.getpixel((64, 224))
        assert blue > 200 and red < 60


def test_jpeg_thumbnail_decodes_at_reduced_scale(monkeypatch):
    """A 12 MP photo is decoded at 1/8 scale (draft), not in full."""
    picture = Image.effect_noise((4000, 3000), 50).convert("RGB")
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=90)
    data = out.getvalue()
    decoded: list[tuple[int, int]] = []
    original_load = ImageFile.ImageFile.load

    def spy(self):
        result = original_load(self)
        decoded.append(self.size)
        return result

    monkeypatch.setattr(ImageFile.ImageFile, "load", spy)
    previews.clear()
    start = time.perf_counter()
    image = _png(make_thumbnail(data, FileKind.JPEG))
    elapsed = time.perf_counter() - start
    assert image.size == (256, 192)
    assert decoded[0] == (500, 375)
    assert elapsed < 1.0  # measured ~25 ms; a full decode would still pass, draft is the check


def test_thumbnail_reuses_the_decode_of_inspect(monkeypatch):
    data = corpus_file("receipts", "azure-rest__contoso-receipt.png").read_bytes()
    inspect(data)

    def no_decoding(self):
        raise AssertionError("decoded twice")

    with monkeypatch.context() as patch:
        patch.setattr(ImageFile.ImageFile, "load", no_decoding)
        png = make_thumbnail(data, FileKind.PNG)
        with pytest.raises(Refusal, match="decoded twice"):  # taken; now it must decode
            make_thumbnail(data, FileKind.PNG)
    assert max(_png(png).size) == 256


def test_bombs_and_damage_are_refused():
    data = corpus_file("pdfs", "ocrmypdf__hugemono.pdf").read_bytes()
    with pytest.raises(Refusal) as refused:
        make_thumbnail(data, FileKind.PDF)
    assert refused.value.code == "bomb"
    data = corpus_file("bad-images", "pillow__truncated_jpeg.jpg").read_bytes()
    with pytest.raises(Refusal) as refused:
        make_thumbnail(data, FileKind.JPEG)
    assert refused.value.code == "truncated"


def test_text_card():
    text = "交易时间,交易分类,金额\n2023-02-12 21:32:14,亲友代付,49.70\n" * 30
    card = thumbnails.text_card(text, 256)
    assert card.size == (192, 256)
    assert card.getpixel((0, 0)) != card.getpixel((5, 5))  # a border around a light box
    light = card.getpixel((100, 250))
    assert min(light) > 230
    ink = sum(card.convert("L").histogram()[:120])
    assert ink > 500


def test_text_card_cuts_long_lines():
    card = thumbnails.text_card("x" * 5000 + "\n" + "y\n" * 1000, 128)
    assert card.size == (96, 128)


@pytest.mark.skipif(not thumbnails.CJK_FONT.exists(), reason="no WenQuanYi Micro Hei here")
def test_text_card_uses_a_cjk_font():
    assert thumbnails._font(14).getname()[0] == "WenQuanYi Micro Hei"
