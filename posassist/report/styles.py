"""Paragraph and table styles of the reports, declared as data (in the manner of rst2pdf's
stylesheets): a style names its parent and overrides only what differs.

Sizes are in points. `font: "mono"` selects the monospaced face; everything else is set
in the sans face. The one font has one weight, so hierarchy comes from size, colour,
space and rules, not from bold.
"""

from __future__ import annotations

from typing import Any

# Colours: near-black text, a sober dark blue for structure, greys for rules and notes.
PALETTE = {
    "ink": "#1b1f24",
    "muted": "#5d6673",
    "accent": "#1f3a5f",
    "rule": "#b9c0ca",
    "hairline": "#dde1e6",
    "fill": "#f2f4f7",
    "warning": "#8a1c1c",
    "warning_fill": "#fbf1f0",
}

STYLES: list[tuple[str, dict[str, Any]]] = [
    (
        "base",
        {
            "parent": None,
            "fontSize": 9.5,
            "leading": 14,
            "textColor": "ink",
            "wordWrap": "CJK",  # Chinese has no spaces: break between any two characters
            "spaceAfter": 0,
        },
    ),
    ("body", {"parent": "base", "spaceAfter": 5}),
    ("small", {"parent": "base", "fontSize": 8, "leading": 11, "textColor": "muted"}),
    ("note", {"parent": "small", "spaceBefore": 4, "spaceAfter": 6}),
    (
        "kicker",
        {
            "parent": "base",
            "fontSize": 10,
            "leading": 14,
            "textColor": "accent",
            "spaceAfter": 6,
        },
    ),
    ("title", {"parent": "base", "fontSize": 24, "leading": 32, "spaceAfter": 6}),
    ("subtitle", {"parent": "base", "fontSize": 13, "leading": 19, "textColor": "muted"}),
    (
        "h1",
        {
            "parent": "base",
            "fontSize": 16,
            "leading": 22,
            "textColor": "accent",
            "spaceBefore": 0,
            "spaceAfter": 10,
        },
    ),
    (
        "h2",
        {
            "parent": "base",
            "fontSize": 11.5,
            "leading": 16,
            "textColor": "accent",
            "spaceBefore": 12,
            "spaceAfter": 5,
        },
    ),
    ("h3", {"parent": "base", "fontSize": 9.5, "leading": 13, "spaceBefore": 6, "spaceAfter": 3}),
    ("cell", {"parent": "base", "fontSize": 8.5, "leading": 11.5}),
    ("cell_muted", {"parent": "cell", "textColor": "muted"}),
    ("cell_right", {"parent": "cell", "alignment": 2}),
    ("cell_head", {"parent": "cell", "fontSize": 8, "leading": 10.5, "textColor": "muted"}),
    ("cell_head_right", {"parent": "cell_head", "alignment": 2}),
    ("label", {"parent": "cell", "textColor": "muted"}),
    # A finding of the settlement check: its title, its amount, the words beside it.
    ("finding", {"parent": "base", "fontSize": 10, "leading": 13.5, "textColor": "accent"}),
    ("amount", {"parent": "base", "fontSize": 10, "leading": 13.5, "alignment": 2}),
    ("amount_muted", {"parent": "amount", "textColor": "muted"}),
    ("small_right", {"parent": "small", "alignment": 2}),
    ("mono", {"parent": "cell", "font": "mono", "fontSize": 7.5, "leading": 10.5}),
    ("mono_small", {"parent": "mono", "fontSize": 6.8, "leading": 9}),
    ("fingerprint", {"parent": "mono", "fontSize": 8.6, "leading": 12, "textColor": "ink"}),
    ("text_line", {"parent": "base", "font": "mono", "fontSize": 7.5, "leading": 9.6}),
    ("toc0", {"parent": "base", "fontSize": 10.5, "leading": 17, "leftIndent": 0}),
    (
        "toc1",
        {"parent": "base", "fontSize": 8.5, "leading": 12, "leftIndent": 14, "textColor": "ink"},
    ),
    ("caption_title", {"parent": "h2", "spaceBefore": 0, "spaceAfter": 3}),
    ("banner", {"parent": "base", "fontSize": 9.5, "leading": 14, "textColor": "warning"}),
    # Letters (letter_pdf.py): a formal letter's larger type and airier lines.
    ("letter_body", {"parent": "base", "fontSize": 10.5, "leading": 16, "spaceAfter": 4}),
    (
        "letter_title",
        {"parent": "base", "fontSize": 16, "leading": 23, "alignment": 1, "spaceAfter": 12},
    ),
    ("letter_to", {"parent": "letter_body", "spaceAfter": 2}),
    ("letter_lines", {"parent": "letter_body", "textColor": "muted", "spaceAfter": 6}),
    (
        "letter_heading",
        {
            "parent": "letter_body",
            "fontSize": 11,
            "textColor": "accent",
            "spaceBefore": 6,
            "spaceAfter": 3,
        },
    ),
    (
        "letter_item",
        {"parent": "letter_body", "leftIndent": 20, "bulletIndent": 2, "spaceAfter": 2},
    ),
    ("letter_cell", {"parent": "base", "fontSize": 9.5, "leading": 13.5}),
    ("letter_label", {"parent": "letter_cell", "textColor": "muted"}),
    ("letter_amount", {"parent": "letter_cell", "alignment": 2}),
    ("letter_sign", {"parent": "letter_body", "spaceAfter": 0}),
    # The customer notice: read from across the shop.
    ("notice_title", {"parent": "base", "fontSize": 46, "leading": 60, "alignment": 1}),
    ("notice_body", {"parent": "base", "fontSize": 26, "leading": 40, "alignment": 1}),
    (
        "notice_date",
        {"parent": "base", "fontSize": 46, "leading": 60, "alignment": 1, "textColor": "accent"},
    ),
    (
        "notice_small",
        {"parent": "base", "fontSize": 20, "leading": 28, "alignment": 1, "textColor": "accent"},
    ),
]

# Table looks: light horizontal rules, no vertical lines, a tinted header row.
TABLE_PADDING = {"left": 4, "right": 4, "top": 2.5, "bottom": 3}


_COLORS: dict[str, Any] = {}


def color(name: str):
    """The ReportLab colour of a palette name (or of a hex value), made once."""
    found = _COLORS.get(name)
    if found is None:
        from reportlab.lib.colors import HexColor

        found = _COLORS[name] = HexColor(PALETTE.get(name, name))
    return found


def build_styles(sans: str, mono: str) -> dict[str, Any]:
    """ParagraphStyle objects from STYLES, parents resolved in order."""
    from reportlab.lib.styles import ParagraphStyle

    built: dict[str, ParagraphStyle] = {}
    for name, spec in STYLES:
        attrs = dict(spec)
        parent = attrs.pop("parent")
        font = attrs.pop("font", None)
        if "textColor" in attrs:
            attrs["textColor"] = color(attrs["textColor"])
        if font is not None:
            attrs["fontName"] = mono if font == "mono" else sans
        elif parent is None:
            attrs["fontName"] = sans
        style = ParagraphStyle(name, parent=built[parent] if parent else None, **attrs)
        built[name] = style
    return built


def table_style(header: bool = True, zebra: bool = False, rules: bool = True) -> list[tuple]:
    """The common commands of every data table: a hairline under each row when `rules`."""
    from posassist.report.fonts import SANS

    commands: list[tuple] = [
        # Tables set a default font even where every cell is a paragraph: make it ours,
        # or ReportLab references its (never embedded) Helvetica.
        ("FONT", (0, 0), (-1, -1), SANS, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), TABLE_PADDING["left"]),
        ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_PADDING["right"]),
        ("TOPPADDING", (0, 0), (-1, -1), TABLE_PADDING["top"]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), TABLE_PADDING["bottom"]),
    ]
    if rules:
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, color("hairline")))
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), color("fill")),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, color("rule")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, color("rule")),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, color("fill")]))
    return commands
