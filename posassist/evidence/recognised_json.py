"""Recognised pages in their stored form (store.recognised_text keeps it as it is) and as
the plain text search looks in."""

from __future__ import annotations

import json

from posassist.domain.recognised import Line, PageText


def pages_to_json(pages: tuple[PageText, ...]) -> str:
    """The pages as compact JSON: {number, width, height, rotation, lines: [[text,
    confidence, [[x, y] x4]]]}."""
    return json.dumps(
        [
            {
                "number": page.number,
                "width": page.width,
                "height": page.height,
                "rotation": page.rotation,
                "lines": [
                    [line.text, round(line.confidence, 4), [list(p) for p in line.box]]
                    for line in page.lines
                ],
            }
            for page in pages
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def pages_from_json(text: str) -> tuple[PageText, ...]:
    return tuple(
        PageText(
            page["number"],
            page["width"],
            page["height"],
            page["rotation"],
            tuple(
                Line(line, confidence, tuple((x, y) for x, y in box))
                for line, confidence, box in page["lines"]
            ),
        )
        for page in json.loads(text)
    )


def plain_text(pages: tuple[PageText, ...]) -> str:
    """Every line of every page, pages separated by a form feed: what search looks in."""
    return "\f".join(page.text for page in pages)
