#!/usr/bin/env python3
"""Build every app icon from resources/icons/posassist.svg.

Writes, next to the SVG:
  posassist-<size>.png  for 16, 24, 32, 48, 64, 128, 256, 512 (Linux hicolor theme, window icon)
  posassist.ico         16-256 px (Windows: the .exe, the installer, the shortcuts)
  posassist.icns        16-1024 px (macOS: the .app bundle)

Renders with `rsvg-convert` (Debian: librsvg2-bin) and packs .ico/.icns with Pillow.
The outputs are committed, so a normal build needs neither tool; run this (through
packaging/make_icons.sh, which brings both) only after editing the SVG.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "posassist.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int, target: Path) -> Path:
    subprocess.run(
        [
            "rsvg-convert",
            "--width",
            str(size),
            "--height",
            str(size),
            "--format",
            "png",
            "--output",
            str(target),
            str(SVG),
        ],
        check=True,
    )
    # Re-save through Pillow: plain RGBA, no timestamps or text chunks, so that a
    # re-run on an unchanged SVG gives byte-identical files.
    with Image.open(target) as image:
        image.convert("RGBA").save(target, optimize=True)
    return target


def main() -> int:
    # rsvg-convert is Debian's (librsvg2-bin), not a Python package's: found on PATH.
    if not shutil.which("rsvg-convert"):
        print("make_icons: rsvg-convert not found (apt-get install librsvg2-bin)", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        render(size, ICONS / f"posassist-{size}.png")
    with tempfile.TemporaryDirectory() as tmp:
        images = {}
        for size in sorted(set(ICO_SIZES) | set(ICNS_SIZES)):
            path = ICONS / f"posassist-{size}.png"
            if not path.exists():
                path = render(size, Path(tmp) / f"{size}.png")
            images[size] = Image.open(path).convert("RGBA")
        largest = images[256]
        largest.save(
            ICONS / "posassist.ico",
            format="ICO",
            sizes=[(s, s) for s in ICO_SIZES],
            append_images=[images[s] for s in ICO_SIZES if s != 256],
        )
        images[1024].save(
            ICONS / "posassist.icns",
            format="ICNS",
            append_images=[images[s] for s in ICNS_SIZES if s != 1024],
        )
    for name in sorted(p.name for p in ICONS.iterdir() if p.name.startswith("posassist")):
        print(f"{name}\t{(ICONS / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
