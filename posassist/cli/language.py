"""The command line's language: `--lang`, else the system's (LC_ALL, LC_MESSAGES, LANG).

Every message of a command goes through `words.texts.translate`, set for the command's
thread to the chosen language's catalogue; English (the source language, for scripts:
`--lang en`) needs neither a catalogue nor QtCore. argparse's own words (usage, errors)
are translated the same way: it looks up `_` in its module on every call.
"""

from __future__ import annotations

import argparse
import contextlib
import locale
import os
from collections.abc import Iterator, Mapping, Sequence

from posassist.words import texts
from posassist.words.translation import translator_for

LANGUAGES = ("zh_CN", "en")
translate = texts.translate


def _is_chinese(name: str) -> bool:
    return name.strip().lower().startswith(("zh", "chinese"))


def _is_c_locale(name: str) -> bool:
    name = name.strip().lower()
    return name in ("c", "posix") or name.startswith(("c.", "posix."))


def command_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The language a command speaks: its --lang, else the system's."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            return argv[index + 1]
        if arg.startswith("--lang=") and arg[len("--lang=") :] in LANGUAGES:
            return arg[len("--lang=") :]
    environ = os.environ if environ is None else environ
    # POSIX order: the first of these that is set decides; LANGUAGE (a list of
    # preferences) refines it unless the locale is C, as gettext does.
    value = next((environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(v)), "")
    if not value:
        with contextlib.suppress(ValueError, TypeError):  # Windows: no such variables
            value = locale.getlocale()[0] or ""
    if _is_c_locale(value):
        return "en"
    preferred = environ.get("LANGUAGE", "").split(":")[0]
    return "zh_CN" if _is_chinese(preferred or value) else "en"


def _argparse_words() -> dict[str, str]:
    """argparse's messages that a user meets, in the command's language."""
    return {
        "usage: ": translate("argparse", "usage: "),
        "%(prog)s: error: %(message)s\n": translate("argparse", "%(prog)s: error: %(message)s\n"),
        "the following arguments are required: %s": translate(
            "argparse", "the following arguments are required: %s"
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "argparse", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "unrecognized arguments: %s": translate("argparse", "unrecognized arguments: %s"),
        "expected one argument": translate("argparse", "expected one argument"),
        "argument %(argument_name)s: %(message)s": translate(
            "argparse", "argument %(argument_name)s: %(message)s"
        ),
        "invalid %(type)s value: %(value)r": translate(
            "argparse", "invalid %(type)s value: %(value)r"
        ),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "argparse", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "show this help message and exit": translate("argparse", "show this help message and exit"),
        "show program's version number and exit": translate(
            "argparse", "show program's version number and exit"
        ),
        "positional arguments": translate("argparse", "positional arguments"),
        "options": translate("argparse", "options"),
    }


@contextlib.contextmanager
def speaking(language: str) -> Iterator[None]:
    """Messages (ours and argparse's) in `language` while the command runs."""
    with texts.translating_with(translator_for(language)):
        if language == "en":
            yield
            return
        words = _argparse_words()
        original = argparse._
        argparse._ = lambda message: words.get(message, message)
        try:
            yield
        finally:
            argparse._ = original
