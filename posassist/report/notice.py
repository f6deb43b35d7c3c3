"""The customer notice for the shop door and the till: one A4 page, large type.

It names the shop and the last day card payments are taken, in one language or in two
(one block each, the first language on top). Each language has its own translate
function, so that a Chinese-and-English notice can be made whatever the app's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.platypus import HRFlowable, Spacer

from posassist.report.flow import Context
from posassist.report.styles import color
from posassist.report.templates import MM, Document, content_box
from posassist.report.values import Translate

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class MissingDate(ValueError):
    """The case has no last day of card payments yet."""


def long_date(day: dt.date, language: str) -> str:
    """The date as people write it on a notice: 2026年11月13日 / 13 November 2026."""
    if language.startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _block(shop: str, day: dt.date, language: str, ctx: Context, scale: float) -> list:
    translate = ctx.translate
    styles = ctx.styles

    def style(name: str):
        base = styles[name]
        return base.clone(
            f"{name}-{scale}", fontSize=base.fontSize * scale, leading=base.leading * scale
        )

    from reportlab.platypus import Paragraph

    from posassist.report.flow import markup

    return [
        Paragraph(markup(translate("Dossier", "Notice to our customers")), style("notice_small")),
        Spacer(1, 4 * MM * scale),
        Paragraph(markup(shop), style("notice_title")),
        Spacer(1, 8 * MM * scale),
        Paragraph(
            markup(translate("Dossier", "Card payments are accepted until")), style("notice_body")
        ),
        Spacer(1, 2 * MM * scale),
        Paragraph(markup(long_date(day, language)), style("notice_date")),
        Spacer(1, 8 * MM * scale),
        Paragraph(
            markup(
                translate(
                    "Dossier",
                    "After that day, please pay in cash or another way. "
                    "Thank you for your understanding.",
                )
            ),
            style("notice_body"),
        ),
    ]


def build_notice(
    case: Any,
    target: str | BinaryIO,
    languages: list[tuple[str, Translate]],
    ctx_for: Callable[[Translate], Context],
) -> None:
    """Write the notice; `languages` is [(language, translate)], one or two of them."""
    day = case.get("last_card_day")
    if not isinstance(day, dt.date):
        raise MissingDate("last_card_day")
    shop = case.shop_name
    scale = 1.0 if len(languages) == 1 else 0.6
    story: list = []
    _x, _y, width, height = content_box("notice")
    for i, (language, translate) in enumerate(languages):
        ctx = ctx_for(translate)
        if i:
            story += [
                Spacer(1, 10 * MM),
                HRFlowable(width="60%", thickness=0.8, color=color("rule")),
                Spacer(1, 10 * MM),
            ]
        story += _block(shop, day, language, ctx, scale)
    # Centred on the page, a little above the middle, where the eye goes first.
    used = sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
    story.insert(0, Spacer(1, max(0, (height - used) * 0.4)))
    doc = Document(target, None, ctx_for(languages[0][1]).sans, title=shop, author=shop)
    doc.pageTemplates = [pt for pt in doc.pageTemplates if pt.id == "notice"]
    doc.build(story)
