"""PDF syntax written by hand, as bytes: names, text strings, and the dictionaries of the
originals that output.OriginalsWriter writes before ReportLab's objects (an image XObject
that is a JPEG as it is, an embedded file)."""

from __future__ import annotations


def image_dictionary(
    width: int, height: int, color_space: str, invert: bool, evidence: str
) -> bytes:
    """An image XObject whose data is a JPEG file as it is (DCTDecode), marked with its
    evidence number for `posassist verify`."""
    from posassist.report import manifest as mf

    parts = [
        "<< /Type /XObject /Subtype /Image",
        f"/Width {width} /Height {height} /ColorSpace {color_space}",
        "/BitsPerComponent 8 /Filter /DCTDecode",
    ]
    if invert:  # Adobe CMYK JPEGs store inverted values
        parts.append("/Decode [1 0 1 0 1 0 1 0]")
    head = "\n".join(parts).encode("ascii")
    return head + f"\n{mf.EVIDENCE_KEY} ".encode("ascii") + text_string(evidence)


def embedded_file_dictionary(media_type: str, size: int) -> bytes:
    """An embedded file stream (the attachment's bytes, unfiltered)."""
    return (
        b"<< /Type /EmbeddedFile /Subtype "
        + name_bytes(media_type)
        + f"\n/Params << /Size {size} >>".encode("ascii")
    )


def name_bytes(name: str) -> bytes:
    """A PDF name object: '/' and the UTF-8 bytes, delimiters and non-ASCII as #xx."""
    out = bytearray(b"/")
    for byte in name.encode("utf-8"):
        if byte < 0x21 or byte > 0x7E or byte in b"#()<>[]{}/%":
            out += b"#%02X" % byte
        else:
            out.append(byte)
    return bytes(out)


def string_bytes(text: str) -> bytes:
    """The bytes of a PDF text string: ASCII when printable ASCII, else UTF-16BE with a
    byte order mark. Any text reads back exactly."""
    if text.isascii() and text.isprintable():
        return text.encode("ascii")
    return b"\xfe\xff" + text.encode("utf-16-be")


def text_string(text: str) -> bytes:
    """A PDF text string object: literal for ASCII, hex for UTF-16 (nothing to escape)."""
    data = string_bytes(text)
    if data[:2] == b"\xfe\xff":
        return b"<" + data.hex().upper().encode("ascii") + b">"
    escaped = data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + escaped + b")"
