"""Text recognition (evidence.ocr, usecases.ocr): real engine, real corpus photos, generated
Chinese slips (tests/slips.py), a real case file. OCR costs about a second a picture on
this machine, so each test reads as few pictures as it can."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from corpus import corpus_file
from PIL import Image, ImageOps
from slips import FONT, make_slip, with_exif_orientation

from posassist.domain.cards import luhn_valid
from posassist.evidence import ocr
from posassist.store.cases import CaseRepository
from posassist.store.database import open_database
from posassist.store.recognised_text import RecognisedTextRepository
from posassist.usecases.evidence import attach
from posassist.usecases.ocr import recognise_case, recognised_pages

HERE = Path(__file__).resolve().parent


def amount_pattern(amount: str) -> re.Pattern[str]:
    """The amount as a reader must take it: a blurred thousands comma may read as a dot."""
    return re.compile(re.escape(amount).replace(",", "[,.]"))


def assert_boxes_inside(page: ocr.PageText) -> None:
    assert page.lines
    for line in page.lines:
        assert len(line.box) == 4
        for x, y in line.box:
            assert 0 <= x <= page.width and 0 <= y <= page.height, (line, page.width, page.height)
        assert 0.5 <= line.confidence <= 1.0


def slip_image(jpeg: bytes) -> Image.Image:
    return Image.open(io.BytesIO(jpeg)).convert("RGB")


def test_a_generated_slip_is_read():
    slip = make_slip(3)
    page = ocr.recognise_page(slip_image(slip.jpeg))
    text = page.text.replace(" ", "")
    assert page.rotation == 0
    assert page.lines[0].text == "银联POS签购单"
    assert amount_pattern(slip.fields["amount"]).search(text)
    assert slip.fields["date"] in text and slip.fields["terminal_id"] in text
    assert_boxes_inside(page)
    # The box is where the title was drawn: near the top left, not anywhere.
    xs = [x for x, _ in page.lines[0].box]
    ys = [y for _, y in page.lines[0].box]
    assert max(ys) < page.height * 0.25 and min(xs) < page.width * 0.3


@pytest.mark.parametrize("turn", [90, 180])
def test_a_slip_photographed_turned_is_found_turned_and_read_in_order(turn: int):
    slip = make_slip(4, turn=turn)
    image = slip_image(slip.jpeg)
    page = ocr.recognise_page(image)
    assert page.rotation == turn
    assert (page.width, page.height) == image.size  # boxes are in the picture as stored
    assert page.lines[0].text == "银联POS签购单"
    texts = [line.text.replace(" ", "") for line in page.lines]
    title, amount = (
        texts.index("银联POS签购单"),
        next(
            i for i, text in enumerate(texts) if amount_pattern(slip.fields["amount"]).search(text)
        ),
    )
    assert title < amount  # reading order of the upright slip
    assert_boxes_inside(page)


def test_a_slip_stored_sideways_with_exif_orientation_6_is_read_upright():
    slip = make_slip(5)
    stored = with_exif_orientation(slip.jpeg, 6)
    assert Image.open(io.BytesIO(stored)).size[0] > Image.open(io.BytesIO(slip.jpeg)).size[0]
    result = ocr.recognise_file(stored, is_pdf=False)
    (page,) = result.pages
    assert page.rotation == 0  # EXIF turned it before the engine saw it
    assert (page.width, page.height) == Image.open(io.BytesIO(slip.jpeg)).size
    assert "签购单" in page.lines[0].text
    assert result.engine == ocr.ENGINE and result.version == ocr.engine_version()


def test_the_total_of_a_corpus_receipt_is_read():
    path = corpus_file("receipts", "mindee__receipt.jpg")
    image = ImageOps.exif_transpose(Image.open(path)).convert("RGB")
    page = ocr.recognise_page(image)
    texts = [line.text for line in page.lines]
    assert "Total" in texts and "10.20" in texts
    assert any("Feb" in text and "2016" in text for text in texts)
    assert_boxes_inside(page)
    # The total's amount is on the total's row, to its right.
    total = next(line for line in page.lines if line.text == "Total")
    right = [
        line
        for line in page.lines
        if line.text == "10.20" and abs(line.box[0][1] - total.box[0][1]) < 20
    ]
    assert right and right[0].box[0][0] > total.box[1][0]


def test_a_scanned_pdf_page_is_read_and_a_page_with_text_is_not(tmp_path: Path):
    import img2pdf
    from reportlab.pdfgen import canvas

    slip = make_slip(6)
    scanned = img2pdf.convert(slip.jpeg)
    result = ocr.recognise_file(scanned, is_pdf=True)
    (page,) = result.pages
    assert page.number == 1 and "签购单" in page.text
    assert_boxes_inside(page)
    typed = tmp_path / "typed.pdf"
    pdf = canvas.Canvas(str(typed))
    pdf.drawString(72, 720, "Settlement 2026-03-01 total 1288.00")
    pdf.save()
    assert ocr.recognise_file(typed.read_bytes(), is_pdf=True).pages == ()


def test_a_large_page_is_shrunk_for_the_detector_and_its_boxes_are_on_the_page(monkeypatch):
    # An A4 scan at 300 dpi with one slip low on the right: the detector sees about 1.3 MP,
    # the lines are cut from the page at full size and their boxes are in its pixels.
    from slips import render, slip_lines, slip_values

    values = slip_values(random.Random(8))
    slip = render(slip_lines(values), 34)
    page_image = Image.new("RGB", (2480, 3508), (250, 250, 247))
    left, top = 1300, 2200
    page_image.paste(slip, (left, top))
    engine = ocr._load()
    seen: list[tuple[int, int]] = []
    detect = engine.auto_text_det
    monkeypatch.setattr(
        engine, "auto_text_det", lambda img: seen.append(img.shape[:2]) or detect(img)
    )
    page = ocr.recognise_page(page_image)
    (shape,) = seen
    assert shape[0] * shape[1] <= ocr.DET_MAX_PIXELS and shape[0] % 32 == shape[1] % 32 == 0
    assert (page.width, page.height) == page_image.size
    terminal = next(line for line in page.lines if values["terminal_id"] in line.text)
    xs = [x for x, _ in terminal.box]
    ys = [y for _, y in terminal.box]
    assert left <= min(xs) and max(xs) <= left + slip.width
    assert top <= min(ys) and max(ys) <= top + slip.height
    assert amount_pattern(values["amount"]).search(page.text.replace(" ", ""))


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((2552, 3508), "shrunk"),  # an A4 scan: within the pixel budget
        ((640, 760), "enlarged"),  # a small slip photo: short side 736, as RapidOCR does
        ((3000, 150), "padded"),  # a strip: blank rows above and below, then the budget
    ],
)
def test_the_detector_input_and_the_way_back_to_the_page(size, expected):
    import numpy as np

    width, height = size
    engine = ocr._load()
    small, to_page = ocr._detector_input(engine, np.zeros((height, width, 3), np.uint8))
    det_h, det_w = small.shape[:2]
    assert det_h % 32 == 0 and det_w % 32 == 0
    assert det_h * det_w <= ocr.DET_MAX_PIXELS * 1.1  # rounding to 32 may add a little
    if expected == "shrunk":
        assert det_w < width and det_h < height
    if expected == "enlarged":
        assert min(det_h, det_w) >= ocr.DET_MIN_SIDE - 16
    if expected == "padded":
        assert det_w / det_h < width / height  # higher than the strip is
    corners = to_page(np.array([[[0, 0], [det_w, 0], [det_w, det_h], [0, det_h]]], np.float32))
    # The whole detector input covers the page (the padding clipped away).
    assert corners[0][0].tolist() == [0, 0] and corners[0][2].tolist() == [width, height]


def test_the_engine_sessions_options_do_not_stay_patched_in_rapidocr():
    # _load gives RapidOCR our session options during its construction only.
    from rapidocr_onnxruntime import RapidOCR
    from rapidocr_onnxruntime.utils import infer_engine

    ocr._load()
    assert infer_engine.OrtInferSession.__dict__["_init_sess_opts"].__func__ is not (
        ocr._session_options
    )
    assert RapidOCR().text_rec.rec_batch_num == 6  # a RapidOCR of its own: its own defaults


def test_lines_read_on_the_pool_come_back_to_their_own_boxes():
    # The real engine's classifier and recogniser, on lines of many widths shuffled: each
    # result must be the one of its own crop, whichever thread read it, in whatever order.
    import numpy as np
    from PIL import ImageDraw, ImageFont

    engine = ocr._load()
    font = ImageFont.truetype(str(FONT), 36)
    words = ["7", "42.50", "终端号 12345678", "RMB 1,234.00", "参考号 000123456789 批次 9"]
    words = words * 3
    random.Random(5).shuffle(words)
    crops = []
    for word in words:
        image = Image.new("RGB", (40 + 40 * len(word), 64), "white")
        ImageDraw.Draw(image).text((16, 10), word, fill="black", font=font)
        crops.append(np.ascontiguousarray(np.asarray(image)[:, :, ::-1]))
    directions, read = ocr._read_lines(engine, crops)
    assert len(directions) == len(read) == len(words)
    assert [text.replace(" ", "") for text, *_ in read] == [w.replace(" ", "") for w in words]
    assert all(label in ("0", "180") for label, _ in directions)


def luhn_card(prefix: str = "622848") -> str:
    body = prefix + "123456789"
    return next(body + str(d) for d in range(10) if luhn_valid(body + str(d)))


def test_mask_line_masks_a_card_number_even_when_misread():
    card = luhn_card()
    assert ocr.mask_line(f"卡号：{card}") == f"卡号：{card[:6]}******{card[-4:]}"
    misread = card[:-1] + str((int(card[-1]) + 1) % 10)  # no longer Luhn-valid
    assert ocr.mask_line(f"CARD NO. {misread}") == f"CARD NO. {card[:6]}******{misread[-4:]}"
    # A merchant ID (15 digits, not Luhn-valid, not labelled) is kept as it is.
    assert ocr.mask_line("商户编号：898440358120123") == "商户编号：898440358120123"
    # One that passes the Luhn check too (one in ten does), after its label.
    assert ocr.mask_line("商户编号：898625687067305") == "商户编号：898625687067305"
    assert ocr.mask_line("MERCHANT NO. 898625687067305") == "MERCHANT NO. 898625687067305"
    # Not labelled, or on a line with a card label, it is taken for a card number.
    assert ocr.mask_line("898625687067305") == "898625*****7305"
    assert ocr.mask_line("商户编号 898625687067305 卡号") == "商户编号 898625*****7305 卡号"


def new_case(case_file: Path) -> int:
    db = open_database(case_file)
    try:
        return CaseRepository(db).create({"shop_name": "小张便利店", "provider": "某支付"})
    finally:
        db.close()


def raw_bytes(case_file: Path) -> bytes:
    found = b""
    for suffix in ("", "-wal", "-shm"):
        path = Path(str(case_file) + suffix)
        if path.exists():
            found += path.read_bytes()
    for backup in case_file.parent.rglob("*.sqlite3*"):
        if backup != case_file:
            found += backup.read_bytes()
    return found


def rows(case_file: Path) -> list[tuple]:
    with sqlite3.connect(case_file) as connection:
        return connection.execute(
            "SELECT sha256, engine, engine_version, pages, text, problem FROM recognised_text"
        ).fetchall()


def test_a_card_number_on_a_photo_never_reaches_the_case_file(tmp_path: Path):
    card = luhn_card()
    slip = make_slip(7, card=card, full_card=True)
    assert any(card in line for line in slip.lines)  # printed in full on the picture
    case_file = tmp_path / "case.sqlite3"
    case_id = new_case(case_file)
    (outcome,) = attach(case_file, case_id, [("slip.jpg", slip.jpeg)], "money", "settlement_slip")
    original = hashlib.sha256(slip.jpeg).hexdigest()

    result = recognise_case(case_file, case_id)

    assert result.read == (outcome.evidence_id,) and result.left == 0
    ((sha256, engine, version, pages, text, problem),) = rows(case_file)
    assert (sha256, engine, version, problem) == (original, ocr.ENGINE, ocr.engine_version(), None)
    masked = f"{card[:6]}******{card[-4:]}"
    assert masked in text.replace(" ", "")
    assert card.encode() not in raw_bytes(case_file)
    # The original is unchanged, and the stored lines read back as they were written.
    db = open_database(case_file)
    try:
        from posassist.store.evidence import EvidenceRepository

        assert hashlib.sha256(EvidenceRepository(db).data(original)).hexdigest() == original
    finally:
        db.close()
    (page,) = recognised_pages(case_file, original)
    assert page.text == text and json.loads(pages)[0]["lines"]
    assert_boxes_inside(page)


def test_each_original_is_read_once_per_engine_version_and_a_rerun_skips(tmp_path: Path):
    slip = make_slip(8)
    case_file = tmp_path / "case.sqlite3"
    first, second = new_case(case_file), new_case(case_file)
    attach(case_file, first, [("slip.jpg", slip.jpeg)], "money", "settlement_slip")
    attach(case_file, second, [("same.jpg", slip.jpeg)], "money", "settlement_slip")
    assert len(recognise_case(case_file, first).read) == 1
    # The same bytes in another case, and a second run: nothing to read.
    assert recognise_case(case_file, second).read == ()
    assert recognise_case(case_file, first).read == ()
    assert len(rows(case_file)) == 1
    db = open_database(case_file)
    try:
        texts = RecognisedTextRepository(db)
        sha256 = hashlib.sha256(slip.jpeg).hexdigest()
        # A stored result is never replaced; another engine version keeps its own row.
        assert not texts.put(sha256, ocr.ENGINE, ocr.engine_version(), "[]", "")
        assert texts.put(sha256, ocr.ENGINE, "0.0.1-other", "[]", "")
        assert texts.unread(first, ocr.ENGINE, "9.9-next")[0].sha256 == sha256
        assert texts.unread(first, ocr.ENGINE, ocr.engine_version()) == []
        # The text goes with the original when the last case using it is deleted.
        from posassist.store.deletion import delete_case

        delete_case(db, first, vacuum=False)
        assert len(rows(case_file)) == 2
        assert delete_case(db, second, vacuum=False).blobs_freed == 1
        assert rows(case_file) == []
    finally:
        db.close()


def test_cancel_keeps_whole_results_and_the_next_run_reads_the_rest(tmp_path: Path):
    slips = [make_slip(seed) for seed in (9, 10)]
    case_file = tmp_path / "case.sqlite3"
    case_id = new_case(case_file)
    attach(
        case_file,
        case_id,
        [(f"slip{n}.jpg", slip.jpeg) for n, slip in enumerate(slips)],
        "money",
        "settlement_slip",
    )
    seen: list[int] = []
    result = recognise_case(
        case_file, case_id, progress=lambda done, total, name: seen.append(done),
        cancelled=lambda: len(seen) >= 2,
    )  # fmt: skip
    assert len(result.read) == 1 and result.left == 1
    (stored,) = rows(case_file)
    assert stored[0] == hashlib.sha256(slips[0].jpeg).hexdigest()
    assert "签购单" in stored[4] and json.loads(stored[3])[0]["lines"]
    again = recognise_case(case_file, case_id)
    assert len(again.read) == 1 and again.left == 0
    assert {row[0] for row in rows(case_file)} == {
        hashlib.sha256(slip.jpeg).hexdigest() for slip in slips
    }


def test_a_file_that_cannot_be_read_is_reported_and_not_tried_again(tmp_path: Path):
    case_file = tmp_path / "case.sqlite3"
    case_id = new_case(case_file)
    slip = make_slip(11).jpeg
    attach(case_file, case_id, [("slip.jpg", slip)], "money", "settlement_slip")
    sha256 = hashlib.sha256(slip).hexdigest()
    # Damage the stored original behind the app's back: the import checked it, OCR cannot.
    with sqlite3.connect(case_file) as connection:
        connection.execute(
            "UPDATE blobs SET data = ? WHERE sha256 = ?", [b"\xff\xd8" + b"\0" * 200, sha256]
        )
    result = recognise_case(case_file, case_id)
    (unreadable,) = result.unreadable
    assert unreadable.original_name == "slip.jpg" and unreadable.code == "corrupt"
    assert rows(case_file)[0][5].startswith("corrupt")
    assert recognise_case(case_file, case_id).unreadable == ()


def test_recognition_opens_no_network_socket(tmp_path: Path):
    from test_no_network import GUARD

    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD)
    attempts = tmp_path / "attempts.txt"
    case_file = tmp_path / "case.sqlite3"
    case_id = new_case(case_file)
    attach(case_file, case_id, [("slip.jpg", make_slip(12).jpeg)], "money", "settlement_slip")
    env = dict(os.environ, PYTHONPATH=str(guard), POSASSIST_NETWORK_ATTEMPTS=str(attempts))
    script = (
        "import sys; from posassist.usecases.ocr import recognise_case; "
        f"r = recognise_case({str(case_file)!r}, {case_id}); print(len(r.read))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"
    assert not attempts.exists(), attempts.read_text()
    probe = subprocess.run(
        [sys.executable, "-c", "import socket; socket.socket(socket.AF_INET)"],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert "network blocked" in probe.stderr


def test_loading_the_engine_leaves_the_windows_qt_variables_alone():
    # opencv-python's cv2 points Qt at its own Qt 5 plugins on import; the window's Qt 6
    # must not follow (a second window, a child process).
    code = (
        "import os; from posassist.evidence import ocr; ocr._load(); "
        "print([os.environ.get(n) for n in ('QT_QPA_PLATFORM_PLUGIN_PATH', 'QT_QPA_FONTDIR')])"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_QPA_")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[None, None]"
