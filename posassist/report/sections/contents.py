"""The contents page: its lines are known before the layout, its page numbers at the end."""

from __future__ import annotations

from posassist.report.flow import ContentsLine, Context, Heading


def contents(expected: list[tuple[int, str, str]], ctx: Context) -> list:
    """The contents: every line is known before layout; the page numbers come at the end."""
    flow: list = [
        Heading(ctx.translate("Dossier", "Contents"), ctx.styles["h1"], "sec-contents", 0, False)
    ]
    for level, text, key in expected:
        style = ctx.styles["toc0" if level == 0 else "toc1"]
        flow.append(ContentsLine(key, text, style))
    return flow
