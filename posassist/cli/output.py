"""What a command prints: its report on standard output, what went wrong on standard error.

File names that are not valid text (bytes the file system allows) are written as the
operating system gives them, never as an error.
"""

from __future__ import annotations

import sys
from typing import TextIO


def say(text: str, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        # A name with bytes that are not text in this locale: write them as they are.
        stream.flush()
        buffer = getattr(stream, "buffer", None)
        data = (text + "\n").encode(stream.encoding or "utf-8", "surrogateescape")
        if buffer is not None:
            buffer.write(data)
            buffer.flush()
        else:
            print(text.encode("utf-8", "backslashreplace").decode("ascii", "replace"), file=stream)


def fail(message: str, status: int = 1) -> int:
    say(f"posassist: {message}", sys.stderr)
    return status


def not_a_file_to_write(out) -> str | None:
    """Why `out` may not be written, or None: only a new name or a regular file to
    replace (os.replace would put a regular file in place of a device or a folder)."""
    from pathlib import Path

    from posassist.words.messages import fill
    from posassist.words.texts import translate

    out = Path(out)
    if out.exists() and not out.is_file():
        message = translate(
            "CommandLine", "%1 is not a regular file: give a new file name or a file to replace"
        )
        return fill(message, out)
    return None
