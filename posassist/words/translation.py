"""How words are translated: `translate` (the app's language, or another one for this
thread while a document is made in it: `translating_with`), and `translator_for`, a
translate function for a language other than the window's — installed nowhere, so a
notice can be Chinese and English, and a command can speak its own language, while the
window keeps its own. English (the source language) needs no catalogue and so no QtCore.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

_local = threading.local()
_qt_translate: Callable[[str, str], str] | None = None


def translate(context: str, text: str) -> str:
    """The app's language, unless this thread exports a document in another one."""
    override = getattr(_local, "translate", None)
    if override is not None:
        return override(context, text)
    global _qt_translate
    if _qt_translate is None:
        # Loaded on first use: a command-line export names its language with
        # translating_with() and never needs QtCore (0.1 s of its start-up).
        from PySide6.QtCore import QCoreApplication

        _qt_translate = QCoreApplication.translate
    return _qt_translate(context, text)


@contextlib.contextmanager
def translating_with(function: Callable[[str, str], str]) -> Iterator[None]:
    """Labels in another language for this thread only (the window keeps its own)."""
    previous = getattr(_local, "translate", None)
    _local.translate = function
    try:
        yield
    finally:
        _local.translate = previous


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
