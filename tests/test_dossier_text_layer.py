"""The dossier's searchable pictures (report.text_layer): the text read on each slip is an
invisible layer at its place on the picture, found by pdftotext there, for a slip stored
upright and one stored sideways (EXIF orientation 6); the page looks the same without
it, the picture stays the original bytes (verify passes), the font is embedded. A real
case file, the real engine on generated slips."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from slips import make_slip, with_exif_orientation

DPI = 72  # rendered at 1 pixel a point: the picture's place is in points
TOLERANCE = 4.0  # points


def need_poppler() -> None:
    missing = [t for t in ("pdftotext", "pdffonts", "pdftoppm") if shutil.which(t) is None]
    if missing:
        pytest.fail(f"poppler-utils must be installed for these tests (missing {missing})")


@pytest.fixture(scope="module")
def dossier(tmp_path_factory):
    """(case file, case id, the two slips, dossier with the layer, the same without)."""
    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.usecases.evidence import attach
    from posassist.usecases.export import export_case
    from posassist.usecases.ocr import recognise_case

    need_poppler()
    folder = tmp_path_factory.mktemp("layer")
    path = folder / "posassist.sqlite3"
    db = open_database(path)
    case_id = CaseRepository(db).create({"shop_name": "小卖部"})
    db.close()
    upright, sideways = make_slip(93), make_slip(94)
    sources = [("a.jpg", upright.jpeg), ("b.jpg", with_exif_orientation(sideways.jpeg, 6))]
    attach(path, case_id, sources, "backup")
    assert len(recognise_case(path, case_id).read) == 2
    with_layer = folder / "with.pdf"
    export_case(path, case_id, with_layer, "en")
    # The same case without the text read: the dossier as it was before this layer.
    bare_dir = folder / "bare"
    bare_dir.mkdir()
    with sqlite3.connect(path) as source, sqlite3.connect(bare_dir / "posassist.sqlite3") as copy:
        source.backup(copy)
        copy.execute("DELETE FROM recognised_text")
    source.close()
    copy.close()
    without = folder / "without.pdf"
    export_case(bare_dir / "posassist.sqlite3", case_id, without, "en")
    return path, case_id, {"a.jpg": upright, "b.jpg": sideways}, with_layer, without


def words(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    out = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", "-enc", "UTF-8", str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<'
    return [(*map(float, m.groups()[:4]), m[5]) for m in re.finditer(pattern, out)]


def page_of(pdf: Path, sha256: str) -> int:
    """The page an item's picture is on: the last that names its SHA-256 (its caption;
    the evidence index before it names it too)."""
    pages = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout.split("\f")
    return max(i for i, text in enumerate(pages, start=1) if sha256 in "".join(text.split()))


def item_of(path: Path, case_id: int, name: str):
    from posassist.usecases.evidence_reading import case_readings

    return next(i for i in case_readings(path, case_id) if i.file_name == name)


def render(pdf: Path, page: int):
    from PIL import Image

    prefix = pdf.with_suffix(f".p{page}")
    subprocess.run(
        ["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(DPI), "-png", "-singlefile",
         str(pdf), str(prefix)], check=True,
    )  # fmt: skip
    return Image.open(f"{prefix}.png").convert("L")


def picture_rect(image) -> tuple[int, int, int, int]:
    """Where the photo is on the rendered page: the rows and columns of its grey desk
    (long dark runs; the page's text and tints are short or light)."""
    width, height = image.size
    pixels = image.load()
    dark = [sum(pixels[x, y] < 180 for x in range(width)) > 80 for y in range(height)]
    runs, start = [], None  # the longest run of such rows (a rule in the footer is one row)
    for y, is_dark in enumerate([*dark, False]):
        if is_dark and start is None:
            start = y
        elif not is_dark and start is not None:
            runs.append((y - start, start, y - 1))
            start = None
    _length, top, bottom = max(runs)
    middle = (top + bottom) // 2
    columns = [x for x in range(width) if pixels[x, middle] < 250]
    return min(columns), top, max(columns) + 1, bottom + 1


@pytest.mark.parametrize("name", ["a.jpg", "b.jpg"])
def test_pdftotext_finds_the_slip_s_values_where_they_are_on_the_picture(dossier, name):
    from posassist.usecases.ocr import recognised_pages

    path, case_id, slips, pdf, _without = dossier
    slip = slips[name]
    item = item_of(path, case_id, name)
    page = page_of(pdf, item.sha256)
    left, top, right, bottom = picture_rect(render(pdf, page))
    (read,) = recognised_pages(path, item.sha256)
    found = words(pdf, page)
    for value in (slip.fields["terminal_id"], slip.fields["reference"]):
        line = next(ln for ln in read.lines if value in ln.text)
        xs, ys = [x for x, _ in line.box], [y for _, y in line.box]
        # Where the line is on the picture, in points on the page.
        sx, sy = (right - left) / read.width, (bottom - top) / read.height
        expected = (
            left + min(xs) * sx,
            top + min(ys) * sy,
            left + max(xs) * sx,
            top + max(ys) * sy,
        )
        (word,) = [w for w in found if value in w[4]]
        assert left - 1 <= word[0] and word[2] <= right + 1 and top - 1 <= word[1] <= bottom
        # The word is the end of its line: its right edge and its top and bottom match.
        assert abs(word[2] - expected[2]) < TOLERANCE, (word, expected)
        assert abs(word[1] - expected[1]) < TOLERANCE and abs(word[3] - expected[3]) < TOLERANCE
        assert expected[0] - TOLERANCE < word[0]


def test_the_text_reads_in_line_order_and_the_amount_is_found(dossier):
    _path, _case_id, slips, pdf, _without = dossier
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = "".join(text.split())
    for slip in slips.values():
        f = slip.fields
        at = [flat.index(f["terminal_id"]), flat.index(f["batch"]), flat.index(f["reference"])]
        assert at == sorted(at)  # as printed, top to bottom
        assert re.search(re.escape(f["amount"]).replace(",", "[,.]"), flat)
        assert "签购单" in flat


def test_the_layer_is_invisible_and_the_pictures_are_the_originals(dossier, capsys):
    from PIL import ImageChops

    from posassist.cli.report_commands import verify_file

    path, case_id, _slips, pdf, without = dossier
    for name in ("a.jpg", "b.jpg"):
        sha256 = item_of(path, case_id, name).sha256
        page = page_of(pdf, sha256)
        assert page == page_of(without, sha256)
        shown, bare = render(pdf, page), render(without, page)
        left, top, right, bottom = picture_rect(shown)
        box = (left, top, right, bottom)
        assert ImageChops.difference(shown.crop(box), bare.crop(box)).getbbox() is None
        over = [w for w in words(without, page) if top <= w[1] <= bottom and left <= w[0] <= right]
        assert over == []  # no text over the picture before the layer
        assert len([w for w in words(pdf, page) if top <= w[1] <= bottom]) >= 14
    assert verify_file(pdf, None) == 0, capsys.readouterr()
    listing = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    rows = listing.stdout.splitlines()[2:]
    assert rows and all(row.split()[-5:-2] == ["yes", "yes", "yes"] for row in rows)


def test_a_scanned_pdf_page_carries_its_text_too(tmp_path):
    """A PDF whose page is a scan, turned by its /Rotate (the corpus's rotated_skew.pdf):
    its page is placed as it is, the text read on it laid over it."""
    from corpus import corpus_file

    from posassist.store.cases import CaseRepository
    from posassist.store.database import open_database
    from posassist.usecases.evidence import attach
    from posassist.usecases.export import export_case
    from posassist.usecases.ocr import recognise_case

    need_poppler()
    scan = corpus_file("pdfs", "ocrmypdf__rotated_skew.pdf")
    before = subprocess.run(["pdftotext", str(scan), "-"], capture_output=True, text=True)
    assert not before.stdout.strip()  # no text of its own
    path = tmp_path / "posassist.sqlite3"
    db = open_database(path)
    case_id = CaseRepository(db).create({"shop_name": "小卖部"})
    db.close()
    attach(path, case_id, [scan], "backup")
    assert recognise_case(path, case_id).pages == {1: 1}
    pdf = tmp_path / "dossier.pdf"
    export_case(path, case_id, pdf, "en")
    pages = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout.split("\f")
    (page,) = [i for i, text in enumerate(pages, start=1) if "Sequencer" in text]
    found = words(pdf, page)
    titles = [w for w in found if "LinnSequencer" in w[4]]
    # The title, at the top as printed (the scan is turned upright).
    assert titles and min(w[1] for w in titles) < 150
    assert len(found) > 200
    caption = " ".join((pages[page - 2] + pages[page - 1]).split())  # the caption is before
    assert "Scanned pages 1: the text the computer read on them lies invisibly" in caption


def test_the_caption_says_whether_the_text_is_searchable(dossier):
    """A picture whose text was read: its caption says the text lies over it and may hold
    misreadings; one whose text was not read yet: that this file's search will not find it."""
    path, case_id, _slips, pdf, without = dossier
    for name in ("a.jpg", "b.jpg"):
        sha256 = item_of(path, case_id, name).sha256
        read = " ".join(page_text(pdf, page_of(pdf, sha256)).split())
        unread = " ".join(page_text(without, page_of(without, sha256)).split())
        assert "lies invisibly over the picture" in read and "misreadings" in read
        assert "not been read yet" not in read
        assert "had not been read yet when this file was made" in unread
        assert "lies invisibly" not in unread


def page_text(pdf: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
