"""Text recognition engines compared on the corpus receipts and on generated Chinese slips.

For each engine (each in its own process, so its peak memory is its own): the character
error rate on generated 签购单 slips (rendered text with known values, photographed: askew,
blurred, noised, JPEG) and whether the amount, date, terminal ID and card last 4 were read;
on the corpus receipts whether the total (and the date, where known) appear in the text;
seconds per image (after one warm-up) and peak memory. Results in docs/ocr.md.

    .venv/bin/python benchmarks/ocr.py [--slips 10] [--engines rapidocr,tesseract] [--app]

`--app` measures the app's own path (posassist.evidence.ocr) instead of the bare engine,
and the fields the slip reader (domain.slip_reading) takes from it: the share of slips
whose date, amount, terminal ID and card last 4 it read exactly (the goal: >= 95 % of
amounts and dates). Times are also given as a ratio to a reference measured in the same
process (decoding and scaling the A4 scan with Pillow), so a loaded machine shows as
such: seconds per A4 page (goal: < 1.5 s) over reference seconds.
Tesseract needs Debian's tesseract-ocr-chi-sim and tesserocr (not a dependency of the app).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
CORPUS = ROOT.parent.parent / "shared" / "corpus" / "receipts"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpus/receipts")

# Receipt: (total as printed, dates as they may be printed). Totals from SOURCES.md and the
# softmatic file names (merchant_date_items_amount).
RECEIPTS = {
    "mindee__receipt.jpg": ("10.20", ("26Feb2016",)),
    "softmatic__aldi_02032020_19_02423.jpg": ("24,23", ("02.03.20",)),
    "softmatic__apotheke_23042020_01_01990.jpg": ("19,90", ("23.04.20",)),
    "softmatic__ikea_08102016_12_13439.jpg": ("134,39", ("08.10.16", "08/10/16")),
    "softmatic__lidl_12052020_09_02351.jpg": ("23,51", ("12.05.20",)),
    "softmatic__tanke_07092018_01_03400.jpg": ("34,00", ("07.09.18", "07.09.2018")),
}


def squeeze(text: str) -> str:
    """Text without white space, full-width colon and comma as ASCII: what CER compares."""
    table = str.maketrans({"：": ":", "，": ",", "（": "(", "）": ")"})
    return "".join(text.translate(table).split())


def cer(truth: str, read: str) -> float:
    """Levenshtein distance over the truth's length (characters, white space ignored)."""
    a, b = squeeze(truth), squeeze(read)
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] / max(1, len(a))


def engine(name: str, app: bool):
    """A function image -> recognised text (lines joined by newlines)."""
    from PIL import Image

    if app:
        from posassist.domain.slip_reading import read_slip
        from posassist.evidence import ocr

        def run_app(image: Image.Image) -> str:
            page = ocr.recognise_page(image)
            run_app.reading = read_slip([page])  # type: ignore[attr-defined]
            return "\n".join(line.text for line in page.lines)

        return run_app
    if name == "rapidocr":
        import numpy as np
        from rapidocr_onnxruntime import RapidOCR

        rapid = RapidOCR()

        def run_rapid(image: Image.Image) -> str:
            result, _ = rapid(np.asarray(image.convert("RGB"))[:, :, ::-1])
            return "\n".join(item[1] for item in result or [])

        return run_rapid
    if name == "tesseract":
        import tesserocr

        api = tesserocr.PyTessBaseAPI(
            path=os.environ.get("TESSDATA_PREFIX", "/usr/share/tesseract-ocr/5/tessdata/"),
            lang="chi_sim+eng",
        )

        def run_tesseract(image: Image.Image) -> str:
            api.SetImage(image.convert("RGB"))
            return api.GetUTF8Text()

        return run_tesseract
    raise SystemExit(f"unknown engine {name}")


def _fields(recognise, values: dict[str, str]) -> dict[str, bool]:
    """Which values the slip reader read exactly from the app's recognition."""
    from posassist.domain.slip import SlipField

    reading = recognise.reading

    def value(field: SlipField) -> str:
        found = reading.get(field)
        return found.value if found else ""

    return {
        "read date": value(SlipField.DATE) == values["date"].replace("/", "-"),
        "read amount": value(SlipField.AMOUNT) == values["amount"].replace(",", ""),
        "read terminal": value(SlipField.TERMINAL_ID) == values["terminal_id"],
        "read last4": reading.card_last4 == values["card"][-4:],
    }


def reference_seconds() -> float:
    """The same work on any run: decode the largest corpus scan and scale it to half,
    best of three (what a page costs besides the engine, and a gauge of the machine)."""
    from PIL import Image

    path = CORPUS / "softmatic__ikea_08102016_12_13439.jpg"
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        with Image.open(path) as image:
            image.convert("RGB").resize((image.width // 2, image.height // 2))
        best = min(best, time.perf_counter() - start)
    return best


def measure(name: str, slips: int, app: bool) -> dict:
    from PIL import Image, ImageOps
    from slips import make_slip

    recognise = engine(name, app)
    recognise(Image.new("RGB", (200, 60), "white"))  # warm-up: sessions, caches
    result: dict = {"engine": name, "slips": [], "hard": [], "receipts": []}
    for seed in range(2 * slips):
        hard = seed >= slips
        slip = make_slip(seed, hard=hard)
        image = Image.open(io.BytesIO(slip.jpeg)).convert("RGB")
        start, cpu = time.perf_counter(), time.process_time()
        text = recognise(image)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        flat = squeeze(text)
        values = slip.fields
        fields = _fields(recognise, values) if app else {}
        result["hard" if hard else "slips"].append(
            {
                **fields,
                "seconds": seconds,
                "cpu": cpu,
                "cer": cer("\n".join(slip.lines), text),
                "title": "签购单" in flat,
                # As a reader must take it: a blurred thousands comma may read as a dot.
                "amount": bool(re.search(re.escape(values["amount"]).replace(",", "[,.]"), flat)),
                "date": values["date"] in flat,
                "terminal": values["terminal_id"] in flat,
                "last4": values["card"][-4:] in flat,
            }
        )
    for file_name, (total, dates) in RECEIPTS.items():
        path = CORPUS / file_name
        image = ImageOps.exif_transpose(Image.open(path)).convert("RGB")
        start, cpu = time.perf_counter(), time.process_time()
        text = recognise(image)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        flat = squeeze(text)
        result["receipts"].append(
            {
                "file": file_name,
                "size": list(image.size),
                "seconds": seconds,
                "cpu": cpu,
                "total": squeeze(total) in flat,
                "date": any(squeeze(date) in flat for date in dates),
            }
        )
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["reference_s"] = reference_seconds()
    return result


def summary(result: dict) -> dict:
    receipts = result["receipts"]

    def share(rows: list[dict], key: str) -> str:
        return f"{sum(row[key] for row in rows)}/{len(rows)}"

    def median(rows: list[dict], key: str) -> float:
        return round(statistics.median(row[key] for row in rows), 3)

    out: dict = {"engine": result["engine"]}
    for variant in ("slips", "hard"):
        rows = result[variant]
        out[variant] = {
            "CER median": median(rows, "cer"),
            "CER worst": round(max(row["cer"] for row in rows), 3),
            **{key: share(rows, key) for key in ("title", "amount", "date", "terminal", "last4")},
            **{
                key: share(rows, key)
                for key in ("read date", "read amount", "read terminal", "read last4")
                if rows and key in rows[0]
            },
            "s median": median(rows, "seconds"),
            "cpu s median": median(rows, "cpu"),
        }
    out["receipts"] = {
        "totals": share(receipts, "total"),
        "dates": share(receipts, "date"),
        "s median": median(receipts, "seconds"),
        "s max": round(max(row["seconds"] for row in receipts), 2),
        "cpu s median": median(receipts, "cpu"),
        "A4 s": [round(row["seconds"], 2) for row in receipts if row["size"][0] > 2000],
    }
    a4 = [row["seconds"] for row in receipts if row["size"][0] > 2000]
    reference = result["reference_s"]
    out["reference s"] = round(reference, 3)
    if a4:
        out["A4 s / reference s"] = round(statistics.median(a4) / reference, 1)
    out["peak RSS MB"] = round(result["peak_rss_mb"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--slips", type=int, default=10)
    parser.add_argument("--engines", default="rapidocr,tesseract")
    parser.add_argument("--app", action="store_true", help="the app's path, not the bare engine")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # the child process: one engine
    parser.add_argument("--details", action="store_true", help="print every image's figures")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.slips, args.app)))
        return
    for name in args.engines.split(","):
        command = [sys.executable, __file__, "--one", name, "--slips", str(args.slips)]
        if args.app:
            command.append("--app")
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        result = json.loads(out.strip().splitlines()[-1])
        if args.details:
            print(json.dumps(result, ensure_ascii=False, indent=1))
        print(json.dumps(summary(result), ensure_ascii=False))


if __name__ == "__main__":
    main()
