"""The one font of every report: WenQuanYi Micro Hei, shipped with the app, embedded as a subset.

ReportLab embeds only TrueType outlines, and its standard fonts are never embedded, so
every string of a report, Latin included, is set in this font (it has Latin glyphs).
Its collection also holds a monospaced face, used for hashes and file names.
"""

from __future__ import annotations

import threading

SANS = "PosAssistSans"
MONO = "PosAssistMono"
FONT_FILE = ("fonts", "wqy-microhei.ttc")

_lock = threading.Lock()


def register() -> tuple[str, str]:
    """Register both faces with ReportLab once per process; return (sans, mono) names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        if SANS in registered and MONO in registered:
            return SANS, MONO
        from posassist.resources import resource

        node = resource(*FONT_FILE)
        # The package is installed as plain files (wheel, bundle or editable checkout).
        path = str(node)
        for name, index in ((SANS, 0), (MONO, 1)):
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
        # Both "bold" and "italic" map to the same face: the font has one weight, and
        # a <b> in a paragraph must not fall back to a standard (unembedded) font.
        from reportlab.lib.fonts import addMapping

        for name in (SANS, MONO):
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
        return SANS, MONO
