"""Checking a dossier: find every original inside the PDF and compare it with the manifest.

Originals are found in two places: JPEG image streams (marked with their evidence number,
or recognised by their hash) and attached files. Every one is hashed again and compared
with its manifest entry; the manifest itself is hashed and compared with the fingerprint
stored in the metadata and printed on the cover.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from posassist.report import manifest as mf

OK, DIFFERS, MISSING, NOT_CARRIED = "ok", "differs", "missing", "not carried"
IMAGE, ATTACHMENT = "image stream", "attachment"
HEX64 = re.compile(r"\b[0-9a-f]{64}\b")
_NUMBER = re.compile(r"^(E-\d+) ")


@dataclass
class Carrier:
    where: str  # IMAGE or ATTACHMENT
    name: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class ItemResult:
    entry: mf.Entry
    status: str
    carriers: list[Carrier] = field(default_factory=list)
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status in (OK, NOT_CARRIED)


@dataclass
class Report:
    kind: str = ""  # mf.ARCHIVE, mf.PACKET or "" when the file is no dossier
    fingerprint: str = ""  # computed from the manifest found
    problems: list[str] = field(default_factory=list)  # about the manifest and fingerprint
    items: list[ItemResult] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)  # attachments the manifest does not list

    @property
    def ok(self) -> bool:
        return (
            bool(self.kind)
            and not self.problems
            and not self.extras
            and all(i.ok for i in self.items)
        )


def verify(path: Path) -> Report:
    report = Report()
    try:
        reader = PdfReader(str(path))
    except Exception as error:  # not a PDF at all, or damaged beyond reading
        report.problems.append(f"cannot read the PDF: {error}")
        return report
    info = reader.metadata or {}
    attachments = _attachments(reader)
    attached_manifest = attachments.pop(mf.MANIFEST_NAME, None)
    meta_manifest = info.get(mf.METADATA_KEY)
    meta_bytes = str(meta_manifest).encode("utf-8") if meta_manifest is not None else None
    manifest = attached_manifest if attached_manifest is not None else meta_bytes
    if manifest is None:
        report.problems.append("no evidence manifest: this is not a POS Assist dossier")
        return report
    report.kind = str(info.get(mf.KIND_KEY, mf.ARCHIVE))
    report.fingerprint = mf.fingerprint(manifest)
    if attached_manifest is None:
        report.problems.append("manifest.json is not attached (only the metadata copy is there)")
    elif meta_bytes is None:
        report.problems.append("the metadata copy of the manifest is missing")
    elif meta_bytes != attached_manifest:
        report.problems.append("the attached manifest and its metadata copy differ")
    stored = str(info.get(mf.FINGERPRINT_KEY, ""))
    if stored != report.fingerprint:
        report.problems.append(
            f"the manifest's SHA-256 is {report.fingerprint}, "
            f"the fingerprint in the metadata is {stored or '(none)'}"
        )
    cover = _cover_fingerprints(reader)
    if report.fingerprint not in cover:
        report.problems.append(
            "the fingerprint printed on the cover "
            f"({', '.join(cover) or 'not found'}) is not the manifest's SHA-256"
        )
    try:
        entries = mf.parse(manifest)
    except mf.ManifestError as error:
        report.problems.append(str(error))
        return report

    images = _marked_images(reader)
    by_number: dict[str, list[Carrier]] = {}
    unmatched: list[Carrier] = []
    for number, carrier in images:
        if number:
            by_number.setdefault(number, []).append(carrier)
        else:
            unmatched.append(carrier)
    known = {e.number for e in entries}
    by_hash = {e.sha256: e.number for e in entries}
    for name, data in attachments.items():
        match = _NUMBER.match(name)
        carrier = Carrier(ATTACHMENT, name, data)
        if match and match.group(1) in known:
            by_number.setdefault(match.group(1), []).append(carrier)
        elif carrier.sha256 in by_hash:
            by_number.setdefault(by_hash[carrier.sha256], []).append(carrier)
        else:
            report.extras.append(name)
    for carrier in unmatched:  # JPEG streams without our mark: originals only by their hash
        number = by_hash.get(carrier.sha256)
        if number:
            by_number.setdefault(number, []).append(carrier)

    for entry in entries:
        carriers = by_number.get(entry.number, [])
        report.items.append(_check(entry, carriers, report.kind))
    return report


def _check(entry: mf.Entry, carriers: list[Carrier], kind: str) -> ItemResult:
    if not carriers:
        if kind == mf.PACKET:
            return ItemResult(entry, NOT_CARRIED)
        return ItemResult(entry, MISSING, detail="not found in this PDF")
    wrong = [c for c in carriers if c.sha256 != entry.sha256]
    if wrong:
        c = wrong[0]
        detail = f"{c.where} “{c.name}”: SHA-256 is {c.sha256}, the manifest says {entry.sha256}"
        if len(c.data) != entry.size:
            detail += f"; {len(c.data):,} bytes, the manifest says {entry.size:,}"
        return ItemResult(entry, DIFFERS, carriers, detail)
    return ItemResult(entry, OK, carriers)


def _attachments(reader: PdfReader) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for embedded in reader.attachment_list:
        name = embedded.alternative_name or embedded.name
        found[str(name)] = embedded.content
    return found


def _marked_images(reader: PdfReader) -> list[tuple[str, Carrier]]:
    """Every JPEG image stream on the pages (once each): (evidence number or "", carrier)."""
    seen: set[int] = set()
    found: list[tuple[str, Carrier]] = []
    for page in reader.pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        xobjects = resources.get_object().get("/XObject")
        if xobjects is None:
            continue
        for ref in xobjects.get_object().values():
            key = getattr(ref, "idnum", None)
            if key is not None:
                if key in seen:
                    continue
                seen.add(key)
            obj: Any = ref.get_object()
            if obj.get("/Subtype") != "/Image" or not _is_dct(obj.get("/Filter")):
                continue
            number = str(obj.get(mf.EVIDENCE_KEY, ""))
            name = number or f"image object {key}"
            found.append((number, Carrier(IMAGE, name, obj.get_data())))
    return found


def _is_dct(filters: Any) -> bool:
    if filters is None:
        return False
    if isinstance(filters, list):
        return list(filters) == ["/DCTDecode"]
    return filters == "/DCTDecode"


def _cover_fingerprints(reader: PdfReader) -> list[str]:
    if not reader.pages:
        return []
    try:
        text = reader.pages[0].extract_text() or ""
    except Exception:
        return []
    return HEX64.findall(text.replace(" ", "").replace("\n", "\n"))


def extract(report: Report, directory: Path) -> list[Path]:
    """Write each original that matched its manifest entry, under its original name."""
    directory.mkdir(parents=True, exist_ok=True)
    taken: set[str] = {p.name.casefold() for p in directory.iterdir()}
    written = []
    for result in report.items:
        if result.status != OK:
            continue
        name = safe_name(result.entry.original_name) or result.entry.number
        name = unique_name(name, taken)
        taken.add(name.casefold())
        target = directory / name
        target.write_bytes(result.carriers[0].data)
        written.append(target)
    return written


def safe_name(name: str) -> str:
    """The last part of a name, without characters no file system accepts."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join("_" if ch in '<>:"|?*' or ord(ch) < 32 else ch for ch in name)
    return name.strip(" .")


def unique_name(name: str, taken: set[str]) -> str:
    """'name.ext', or 'name (2).ext', 'name (3).ext'… when that is taken (any letter case)."""
    if name.casefold() not in taken:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext, dot = name, "", ""
    n = 2
    while True:
        candidate = f"{stem} ({n}){dot}{ext}"
        if candidate.casefold() not in taken:
            return candidate
        n += 1
