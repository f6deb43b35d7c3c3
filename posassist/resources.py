"""Files shipped inside the package (built from resources/ and i18n/ by setup.py)."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable


def data_root() -> Traversable:
    return resources.files("posassist") / "_data"


def resource(*parts: str) -> Traversable:
    node = data_root() / "resources"
    for part in parts:
        node = node / part
    return node


def translations_dir() -> Traversable:
    return data_root() / "i18n"


def guidance(language: str, stage: str) -> str:
    """The guidance text of a stage, in Markdown; English when no translation exists."""
    for lang in (language, "en"):
        node = resource("guidance", lang, f"{stage}.md")
        if node.is_file():
            return node.read_text(encoding="utf-8")
    return ""
