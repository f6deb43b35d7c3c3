"""Text recognition (OCR) of evidence pages, offline.

The engine is RapidOCR (rapidocr-onnxruntime): PaddleOCR's PP-OCRv4 detection and
recognition models and the mobile direction classifier, all inside the wheel, run by
onnxruntime. Nothing is downloaded. Chosen by measurement over Tesseract (docs/ocr.md).

A page is read right side up: images are turned by their EXIF orientation before they get
here (images.open_image_pages); a picture taken sideways or upside down is found from the
text lines themselves (tall boxes, and the classifier's 0/180 votes) and its lines put in
reading order. Boxes are in the pixel coordinates of the page as given (the upright image at
full size, or the PDF page as rendered: PageText.width/height), never of a reduced copy.

A full card number is masked in each line as soon as it is read (domain.cards), before
anything else, a caller included, sees the text.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from posassist.domain.cards import mask_card_number, mask_card_numbers
from posassist.domain.recognised import Line, PageText

if TYPE_CHECKING:
    from PIL import Image

ENGINE = "rapidocr-onnxruntime"
# Lines read with less confidence are noise (RapidOCR's own default cut).
MIN_CONFIDENCE = 0.5
# The detector's input, measured (docs/ocr.md): its time and memory grow with its pixels, so
# a large page is shrunk for it to about 1.3 MP (an A4 scan at 300 dpi: 960x1344, its text
# still 12+ px high); a small one is enlarged to a short side of 736 (RapidOCR's rule), and
# no side goes over 2000 (RapidOCR's). The lines are then cut from the page at full size.
DET_MAX_PIXELS = 1_300_000
DET_MIN_SIDE = 736
DET_MAX_SIDE = 2000
# One line per recogniser call: no padding to the widest line of a batch, and the smaller
# tensors stay in the cache (6 lines a call, RapidOCR's default, was 15 % slower here).
REC_BATCH = 1
# The lines are read on this many threads at once, each session call on one core: a line's
# tensor is too small to spread over two cores well (one call on two threads took 4.5 s for
# three A4 scans' lines, two calls on one thread each 2.4 s, the same text read). The
# classifier runs in the same tasks, CLS_GROUP lines a call (cheaper by the batch than one).
REC_WORKERS = max(1, min(4, os.cpu_count() or 1))
CLS_GROUP = 6
# PDF pages without a text layer are rendered at about 200 dpi (A4: 1654x2339), at most this.
PDF_MAX_PIXELS = 4_000_000
PDF_DPI = 200


@dataclass(frozen=True)
class Recognition:
    """All pages read of one file, and which engine read them."""

    engine: str
    version: str
    pages: tuple[PageText, ...]


class Cancelled(Exception):
    """The caller asked to stop; nothing of the file was kept."""


def engine_version() -> str:
    """The installed engine's version: its wheel carries the models, so it names them too."""
    return importlib.metadata.version(ENGINE)


# --- the engine, loaded once -------------------------------------------------------------------

_engine_lock = threading.Lock()
_engine: Any = None
# onnxruntime sessions are safe to share, but RapidOCR keeps per-call state: one at a time.
_run_lock = threading.Lock()
_rec_pool: ThreadPoolExecutor | None = None
# OpenCV's wheel points Qt at its own plugins on import; the window's Qt must not follow.
_QT_VARIABLES = ("QT_QPA_PLATFORM_PLUGIN_PATH", "QT_QPA_FONTDIR")


def _load() -> Any:
    global _engine, _rec_pool
    with _engine_lock:
        if _engine is None:
            saved = {name: os.environ.get(name) for name in _QT_VARIABLES}
            try:
                from rapidocr_onnxruntime import RapidOCR
                from rapidocr_onnxruntime.utils import infer_engine
            finally:
                for name, value in saved.items():
                    if value is None:
                        os.environ.pop(name, None)
                    else:
                        os.environ[name] = value
            # RapidOCR takes no session options but its thread counts: its three sessions
            # are made with ours (swapped in for the construction only).
            session = infer_engine.OrtInferSession
            own = session.__dict__["_init_sess_opts"]
            session._init_sess_opts = staticmethod(_session_options)
            try:
                _engine = RapidOCR(
                    text_score=MIN_CONFIDENCE,
                    # Our own resize (_detector_input) is final: RapidOCR's only rounds it.
                    det_limit_side_len=32,
                    det_limit_type="min",
                    rec_batch_num=REC_BATCH,
                )
            finally:
                session._init_sess_opts = own
            _rec_pool = ThreadPoolExecutor(REC_WORKERS, thread_name_prefix="ocr-lines")
        return _engine


def _session_options(config: dict[str, Any]) -> Any:
    from onnxruntime import GraphOptimizationLevel, SessionOptions

    options = SessionOptions()
    if re.search(r"_(rec|cls)_", os.path.basename(str(config.get("model_path", "")))):
        options.intra_op_num_threads = 1  # the lines' models run on REC_WORKERS threads
    options.log_severity_level = 4
    options.graph_optimization_level = GraphOptimizationLevel.ORT_ENABLE_ALL
    # No arena: what a large page took goes back after it, not kept for the next.
    options.enable_cpu_mem_arena = False
    # No memory pattern: it is planned per input size, and every page has another (it held
    # about a quarter of the peak: 960 -> 765 MB on four corpus receipts, the same speed).
    options.enable_mem_pattern = False
    # Threads that wait sleep instead of spinning: on a busy machine (and beside the window)
    # spinning took the other core's time and made the reading slower, not faster.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return options


# --- one page -------------------------------------------------------------------------------


def recognise_page(image: Image.Image, number: int = 1) -> PageText:
    """Read the text of one upright-or-turned page image (RGB or any Pillow mode)."""
    import numpy as np

    engine = _load()
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    pixels = np.ascontiguousarray(np.asarray(rgb)[:, :, ::-1])  # the engine works in BGR
    raw_h, raw_w = pixels.shape[:2]
    with _run_lock:
        small, to_page = _detector_input(engine, pixels)
        boxes, _ = engine.auto_text_det(small)
        if not boxes:
            return PageText(number, raw_w, raw_h, 0, ())
        corners = to_page(boxes)
        crops = engine.get_crop_img_list(pixels, list(corners))
        tall = [crop_is_tall(box) for box in corners]
        directions, read = _read_lines(engine, crops)
    flipped = [label == "180" and score > engine.text_cls.cls_thresh for label, score in directions]
    found = []
    for box, (text, confidence, *_), is_tall, is_flipped in zip(
        corners, read, tall, flipped, strict=True
    ):
        if confidence < MIN_CONFIDENCE or not text.strip():
            continue
        points = tuple((round(float(x)), round(float(y))) for x, y in box)
        found.append((Line(mask_line(text), float(confidence), points), is_tall, is_flipped))
    rotation = page_rotation([(len(line.text), t, f) for line, t, f in found])
    lines = reading_order([line for line, _, _ in found], rotation)
    return PageText(number, raw_w, raw_h, rotation, tuple(lines))


def _read_lines(engine: Any, crops: list[Any]) -> tuple[list[Any], list[tuple[Any, ...]]]:
    """Each crop's direction (label, score) and (text, confidence). The lines go to the
    pool's threads in groups of CLS_GROUP, the widest first so that no thread is left with
    a long line at the end: a group is turned by the classifier (one call: it is cheaper by
    the batch), then read one line a call."""
    assert _rec_pool is not None
    order = sorted(range(len(crops)), key=lambda i: -crops[i].shape[1] / crops[i].shape[0])
    groups = [order[start : start + CLS_GROUP] for start in range(0, len(order), CLS_GROUP)]

    def one(group: list[int]) -> list[tuple[Any, tuple[Any, ...]]]:
        turned, directions, _ = engine.text_cls([crops[i] for i in group])
        return [
            (direction, engine.text_rec([crop], False)[0][0])
            for crop, direction in zip(turned, directions, strict=True)
        ]

    directions: list[Any] = [None] * len(crops)
    found: list[tuple[Any, ...]] = [()] * len(crops)
    for group, results in zip(groups, _rec_pool.map(one, groups), strict=True):
        for index, (direction, read) in zip(group, results, strict=True):
            directions[index], found[index] = direction, read
    return directions, found


def _detector_input(engine: Any, pixels: Any) -> tuple[Any, Callable[[Any], Any]]:
    """The page as the detector gets it (sides multiples of 32, see DET_MAX_PIXELS) and the
    function that takes its boxes back to the page's pixels (clipped to the page)."""
    import cv2
    import numpy as np

    raw_h, raw_w = pixels.shape[:2]
    # A strip much wider than high gets blank rows above and below (RapidOCR's letterbox),
    # so its text is not squeezed to nothing; the budget counts them.
    padded, record = engine.maybe_add_letterbox(pixels, {})
    top = record["padding_1"]["top"]
    height, width = padded.shape[:2]
    scale = min(1.0, DET_MAX_SIDE / max(height, width))
    scale = max(scale, DET_MIN_SIDE / min(height, width))
    scale = min(scale, (DET_MAX_PIXELS / (height * width)) ** 0.5)
    det_w = max(32, round(width * scale / 32) * 32)
    det_h = max(32, round(height * scale / 32) * 32)
    shrink = det_w * det_h < width * height
    small = cv2.resize(
        padded, (det_w, det_h), interpolation=cv2.INTER_AREA if shrink else cv2.INTER_LINEAR
    )
    factor = np.array([width / det_w, height / det_h], dtype=np.float32)

    def to_page(boxes: Any) -> Any:
        points = np.asarray(boxes, dtype=np.float32) * factor - np.array([0, top], np.float32)
        points[..., 0] = points[..., 0].clip(0, raw_w)
        points[..., 1] = points[..., 1].clip(0, raw_h)
        return points

    return small, to_page


def crop_is_tall(box: Any) -> bool:
    """Whether the engine turns this box's crop by 90° before reading it (as RapidOCR does
    for crops at least 1.5 times taller than wide)."""
    import numpy as np

    width = max(np.linalg.norm(box[0] - box[1]), np.linalg.norm(box[2] - box[3]))
    height = max(np.linalg.norm(box[0] - box[3]), np.linalg.norm(box[1] - box[2]))
    return height >= 1.5 * max(width, 1.0)


def page_rotation(votes: list[tuple[int, bool, bool]]) -> int:
    """The content's counter-clockwise turn from (characters, tall, flipped) per line, each
    line weighted by its length: tall lines mean a sideways picture; the engine turns their
    crops a quarter counter-clockwise, which leaves text turned 270° upright and text turned
    90° upside down (flipped by the classifier)."""
    total = sum(weight for weight, _, _ in votes)
    if not total:
        return 0
    tall = sum(weight for weight, is_tall, _ in votes if is_tall)
    if tall * 2 > total:
        upside = sum(weight for weight, is_tall, f in votes if is_tall and f)
        return 90 if upside * 2 > tall else 270
    flat = total - tall
    upside = sum(weight for weight, is_tall, f in votes if not is_tall and f)
    return 180 if upside * 2 > flat else 0


def reading_order(lines: list[Line], rotation: int) -> list[Line]:
    """Lines top to bottom, left to right as the page reads once turned upright; lines
    whose centres are within half a line's height count as one row."""
    if not lines:
        return []

    def upright(line: Line) -> tuple[float, float, float]:
        xs = [x for x, _ in line.box]
        ys = [y for _, y in line.box]
        x, y = sum(xs) / len(xs), sum(ys) / len(ys)
        across = (max(xs) - min(xs)) if rotation in (90, 270) else (max(ys) - min(ys))
        down, right = {0: (y, x), 90: (x, -y), 180: (-y, -x), 270: (-x, y)}[rotation]
        return down, right, across

    keyed = sorted((upright(line), index, line) for index, line in enumerate(lines))
    heights = sorted(key[2] for key, _, _ in keyed)
    half = max(1.0, heights[len(heights) // 2] / 2)
    rows: list[list[tuple[tuple[float, float, float], int, Line]]] = []
    for item in keyed:
        if rows and item[0][0] - rows[-1][0][0][0] <= half:
            rows[-1].append(item)
        else:
            rows.append([item])
    return [line for row in rows for _, _, line in sorted(row, key=lambda i: i[0][1])]


# Card numbers in a line labelled as one (卡号, CARD NO): masked even when a misread digit
# breaks the Luhn check, since the label says what the digits are.
_CARD_LABEL = re.compile(r"卡号|卡號|card\s*(no|number|#)", re.IGNORECASE)
_LONG_DIGITS = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")


# A merchant ID (商户编号) is 15 digits and one in ten passes the Luhn check: after its label
# and with no card label on the line, it is no card number and stays as printed.
_MERCHANT_LABEL = re.compile(r"商户(编号|编码|代码|号)|merchant\s*(no|id|number)", re.IGNORECASE)


def mask_line(text: str) -> str:
    """The line with every full card number replaced by its first 6 and last 4 digits."""
    if _MERCHANT_LABEL.search(text) and not _CARD_LABEL.search(text):
        return text
    masked, _ = mask_card_numbers(text)
    if _CARD_LABEL.search(masked):
        masked = _LONG_DIGITS.sub(lambda match: mask_card_number(match.group(0)), masked)
    return masked


# --- files ----------------------------------------------------------------------------------


def recognise_pages(
    pages: Iterator[Image.Image], cancelled: Callable[[], bool] = lambda: False
) -> Recognition:
    """Read each page; Cancelled when asked to stop between pages (nothing is returned)."""
    read = []
    for number, page in enumerate(pages, 1):
        if cancelled():
            raise Cancelled()
        read.append(recognise_page(page, number))
    return Recognition(ENGINE, engine_version(), tuple(read))


def recognise_file(
    data: bytes, is_pdf: bool, cancelled: Callable[[], bool] = lambda: False
) -> Recognition:
    """Read an evidence file: each page of an image, or each PDF page without a text layer
    (a page with text has nothing to read; its number is left out)."""
    if not is_pdf:
        from .images import open_image_pages

        return recognise_pages(open_image_pages(data), cancelled)
    read = []
    for number, page in scanned_pdf_pages(data):
        if cancelled():
            raise Cancelled()
        read.append(recognise_page(page, number))
    return Recognition(ENGINE, engine_version(), tuple(read))


def scanned_pdf_pages(data: bytes) -> Iterator[tuple[int, Image.Image]]:
    """(page number, rendered page) for each page of a PDF with no text to extract."""
    from .pdf import page_has_text, pdf_page_count, render_pdf_page_at

    for index in range(pdf_page_count(data)):
        if page_has_text(data, index):
            continue
        yield index + 1, render_pdf_page_at(data, index, PDF_DPI / 72, PDF_MAX_PIXELS)


__all__ = [
    "ENGINE",
    "Cancelled",
    "Line",
    "PageText",
    "Recognition",
    "engine_version",
    "recognise_file",
    "recognise_page",
]
