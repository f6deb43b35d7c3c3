"""Translate functions for a language other than the window's.

Installed nowhere: a notice can be Chinese and English, and a command-line export can
speak its own language, while the window keeps its own. English (the source language)
needs no catalogue and so no QtCore.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_TRANSLATORS: dict[str, Any] = {}


def translator_for(language: str) -> Callable[[str, str], str]:
    """A translate function for one language, from the app's catalogue, installed nowhere
    (so a notice can be Chinese and English while the window stays in its language)."""
    if language == "en":
        return lambda _context, text: text
    from PySide6.QtCore import QTranslator

    from posassist import resources

    translator = _TRANSLATORS.get(language)
    if translator is None:
        translator = QTranslator()
        catalogue = resources.translations_dir() / f"posassist_{language}.qm"
        if not (catalogue.is_file() and translator.load(str(catalogue))):
            return lambda _context, text: text
        _TRANSLATORS[language] = translator
    return lambda context, text: translator.translate(context, text) or text
