"""Generated Chinese POS slips (签购单) with known text, "photographed": for the OCR tests and
benchmarks/ocr.py. Rendered with the font the dossier ships (resources/fonts), then turned,
blurred, noised and saved as JPEG the way a phone photo of a thermal slip looks.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"


MERCHANTS = ("深圳市福田区小张便利店", "广州市天河区美味餐厅", "杭州西湖茶叶商行")


@dataclass(frozen=True)
class Slip:
    """A rendered slip: its JPEG bytes, the lines drawn and the values put in them."""

    jpeg: bytes
    lines: tuple[str, ...]
    fields: dict[str, str] = field(default_factory=dict)


def slip_values(rng: random.Random, card: str | None = None) -> dict[str, str]:
    """Random but plausible values of one sale."""
    yuan = rng.randint(1, 99999)
    cents = rng.choice((0, 0, 50, rng.randint(1, 99)))
    return {
        "merchant_name": rng.choice(MERCHANTS),
        "merchant_id": f"898{rng.randint(10**11, 10**12 - 1)}",
        "terminal_id": f"{rng.randint(10**7, 10**8 - 1)}",
        "card": card or f"622848{rng.randint(0, 999999):06d}{rng.randint(1000, 9999)}",
        "batch": f"{rng.randint(1, 999999):06d}",
        "voucher": f"{rng.randint(1, 999999):06d}",
        "reference": f"{rng.randint(10**11, 10**12 - 1)}",
        "date": f"2026/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}",
        "time": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        "amount": f"{yuan:,}.{cents:02d}",
    }


def slip_lines(values: dict[str, str], full_card: bool = False) -> tuple[str, ...]:
    """The slip's text, line by line (the card masked as terminals print it, unless asked)."""
    card = values["card"] if full_card else values["card"][:6] + "******" + values["card"][-4:]
    return (
        "银联POS签购单",
        "商户存根 MERCHANT COPY",
        f"商户名称：{values['merchant_name']}",
        f"商户编号：{values['merchant_id']}",
        f"终端编号：{values['terminal_id']}",
        f"卡号：{card}",
        "交易类型：消费 SALE",
        f"批次号：{values['batch']}",
        f"凭证号：{values['voucher']}",
        f"参考号：{values['reference']}",
        f"日期时间：{values['date']} {values['time']}",
        f"金额：RMB {values['amount']}",
        "持卡人签名：",
        "本人确认以上交易，同意将其记入本卡账户",
    )


def render(lines: tuple[str, ...], size: int = 26) -> Image.Image:
    """The slip as printed: black text on off-white paper, about 58 mm wide."""
    font = ImageFont.truetype(str(FONT), size)
    title = ImageFont.truetype(str(FONT), size + 8)
    width = 40 + max(int(font.getlength(line)) for line in lines) + 40
    height = 40 + (len(lines) + 1) * (size + 14) + 40
    paper = Image.new("RGB", (width, height), (246, 243, 236))
    draw = ImageDraw.Draw(paper)
    y = 40
    for index, line in enumerate(lines):
        face = title if index == 0 else font
        draw.text((40, y), line, font=face, fill=(30, 30, 35))
        y += (size + 22) if index == 0 else (size + 14)
    return paper


def photograph(
    image: Image.Image, rng: random.Random, turn: int = 0, hard: bool = False
) -> Image.Image:
    """Phone-photo look: the slip slightly askew on a darker desk, blur and noise. `turn` is
    the whole picture's rotation in degrees counter-clockwise (90, 180, 270: held sideways).
    `hard`: a faded thermal print, photographed at a slant (perspective), more blur and noise."""
    if hard:
        # Faded print: the ink is a mid grey, the paper darker and uneven.
        image = image.point(lambda v: 120 + v * 110 // 255)
        width, height = image.size
        slant = rng.uniform(0.04, 0.08)
        # Perspective: the top edge narrower than the bottom, as from a phone held low.
        quad = (width * slant, 0, 0, height, width, height, width * (1 - slant), 0)
        image = image.transform(
            image.size, Image.Transform.QUAD, quad, Image.Resampling.BICUBIC, fillcolor=(120,) * 3
        )
    angle = rng.uniform(-3.0, 3.0)
    desk = (rng.randint(90, 140),) * 3
    tilted = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=desk)
    margin = 60
    photo = Image.new("RGB", (tilted.width + 2 * margin, tilted.height + 2 * margin), desk)
    photo.paste(tilted, (margin, margin))
    photo = photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.1) + 0.5 * hard))
    noise = Image.effect_noise(photo.size, 14).convert("RGB")
    photo = Image.blend(photo, noise, 0.12 if hard else 0.08)
    if turn:
        photo = photo.rotate(turn, expand=True)
    return photo


def make_slip(
    seed: int,
    turn: int = 0,
    card: str | None = None,
    full_card: bool = False,
    hard: bool = False,
    values: dict[str, str] | None = None,
) -> Slip:
    """One photographed slip as JPEG (quality 75; 60 and smaller print when `hard`) with its
    text and values (random, but `values` sets some: "date" "2026/11/03", "amount" "1,000.00",
    "terminal_id" …)."""
    rng = random.Random(seed)
    values = slip_values(rng, card) | (values or {})
    lines = slip_lines(values, full_card)
    photo = photograph(render(lines, 22 if hard else 26), rng, turn, hard)
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=60 if hard else 75)
    return Slip(buffer.getvalue(), lines, values)


def with_exif_orientation(jpeg: bytes, orientation: int) -> bytes:
    """The same picture stored turned, with the EXIF orientation that turns it back (6: the
    pixels are stored 90° counter-clockwise, as a phone held sideways writes them)."""
    image = Image.open(io.BytesIO(jpeg))
    stored = {
        6: Image.Transpose.ROTATE_90,
        8: Image.Transpose.ROTATE_270,
        3: Image.Transpose.ROTATE_180,
    }
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    image.transpose(stored[orientation]).save(buffer, "JPEG", quality=90, exif=exif.tobytes())
    return buffer.getvalue()
