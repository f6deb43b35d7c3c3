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
