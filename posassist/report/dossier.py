"""Building a dossier: decide what it carries, write the originals, lay out the pages.

The full archive carries every original exactly once — JPEGs as the image streams shown
on their pages, every other file as an attachment beside its rendered pages — plus the
manifest. An upload packet (see packet.py) is built the same way with other options.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO

from posassist.domain.evidence import FileKind
from posassist.report import exhibits as ex
from posassist.report import manifest as mf
from posassist.report.assemble import Assembly, Cancelled
from posassist.report.output import Information, OriginalsWriter, StoreMismatch
from posassist.report.snapshot import DossierSnapshot
from posassist.report.values import Translate

if TYPE_CHECKING:
    from posassist.report.flow import Context

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
# Read first of a JPEG for its header: enough for the usual EXIF (with its thumbnail) and
# ICC segments before the frame; a longer head is read whole (rare: big ICC profiles,
# Photoshop resources).
HEADER_BYTES = 64 * 1024


@dataclass
class Options:
    packet: bool = False
    rendering: ex.Rendering = ex.ARCHIVE
    shown: set[str] | None = None  # evidence numbers to show; None: all


@dataclass
class Built:
    pages: int
    fingerprint: str
    attachments: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    exhibits: list[ex.Exhibit] = field(default_factory=list)


class Steps:
    """Progress over the whole export, and the place where a cancel is noticed."""

    def __init__(
        self, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None
    ) -> None:
        self.done, self.total = 0, max(1, total)
        self.progress, self.cancelled = progress, cancelled

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def step(self, count: int = 1) -> None:
        self.check()
        self.done = min(self.total, self.done + count)
        if self.progress is not None:
            self.progress(self.done, self.total)


def context(labels: Any, translate: Translate) -> Context:
    """Words, styles and fonts for the report builders (loads ReportLab and the font)."""
    from posassist.report import layout

    return layout.context(labels, translate)


def _jpeg_header(snapshot: DossierSnapshot, numbered: Any) -> ex.JpegInfo | None:
    """The header facts of a JPEG item, read from its first bytes (its whole when needed)."""
    info = ex.jpeg_info(snapshot.first_bytes(numbered.item.sha256, HEADER_BYTES))
    if info is None and numbered.item.size > HEADER_BYTES:
        info = ex.jpeg_info(snapshot.data(numbered.item.sha256))
    return info


def plan_exhibits(
    snapshot: DossierSnapshot,
    options: Options,
    steps: Steps | None = None,
    carried: dict[str, ex.JpegInfo] | None = None,
) -> list[ex.Exhibit]:
    """How each shown item is shown. `carried`: JPEGs whose headers are read already."""
    exhibits = []
    for numbered in snapshot.evidence:
        if options.shown is not None and numbered.number not in options.shown:
            continue
        if steps:
            steps.check()
        exhibit = None
        rendering = options.rendering
        if numbered.item.kind is FileKind.JPEG and rendering.keep_jpeg:
            # Shown from its own bytes: the header is all that is needed now.
            if carried is not None:
                info = carried.get(numbered.number)
            else:
                info = _jpeg_header(snapshot, numbered)
            if info is not None:
                exhibit = ex.Exhibit(numbered, ex.JPEG, jpeg=info, attach=False)
            else:  # a JPEG a PDF cannot carry as it is: converted, the original attached
                rendering = dataclasses.replace(rendering, keep_jpeg=False)
        if exhibit is None:
            data = snapshot.data(numbered.item.sha256)
            fonts = snapshot.pdf_fonts.get(numbered.item.sha256)
            exhibit = ex.plan(numbered, data, rendering, fonts)
        exhibit.recognised = snapshot.recognised.get(numbered.item.sha256, ())
        exhibit.unread = numbered.item.sha256 in snapshot.unread
        exhibits.append(exhibit)
        if steps:
            steps.step()
    return exhibits


def _attachment_description(numbered: Any, labels: Any) -> str:
    item = numbered.item
    return f"{numbered.number}: {labels.category(item.category.value)}" + (
        f" — {item.description}" if item.description else ""
    )


def build(
    snapshot: DossierSnapshot,
    target: BinaryIO,
    labels: Any,
    translate: Translate,
    options: Options | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    exhibits: list[ex.Exhibit] | None = None,
    durable: bool = False,
) -> Built:
    """Write the dossier of `snapshot` to `target` (a binary file, written from its start).

    The originals are written first — on a thread of their own while the pages are laid
    out, when the snapshot can open a store connection for it — then the pages, the
    attachments' entries and the metadata (see output.py). Progress and cancel are
    called on the calling thread only. `durable`: `target` is a file that will be
    fsync'ed; the thread flushes the originals to the disk early, off the critical path.
    """
    with _collector_paused():
        try:
            return _build(
                snapshot, target, labels, translate, options or Options(), progress, cancelled,
                exhibits, durable,
            )  # fmt: skip
        except StoreMismatch as error:
            for numbered in snapshot.evidence:  # say which item, not only which hash
                if numbered.item.sha256 == str(error):
                    error.item = f"{numbered.number} {numbered.item.original_name}"
            raise


_gc_lock = threading.Lock()
_gc_pauses = [0]


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a dossier is made: its layout allocates a great
    many small objects, and the collector kept walking them (70 ms of a 1.3 s export).
    What a build leaves behind is freed by reference counting; cycles wait for the next
    collection after it."""
    with _gc_lock:
        _gc_pauses[0] += 1
        if _gc_pauses[0] == 1:
            _gc_pauses.append(gc.isenabled())
            gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses[0] -= 1
            if _gc_pauses[0] == 0 and _gc_pauses.pop():
                gc.enable()


def _carried(
    snapshot: DossierSnapshot,
    options: Options,
    shown: list[Any],
    exhibits: list[ex.Exhibit] | None,
    steps: Steps,
) -> tuple[dict[str, ex.JpegInfo], list[Any]]:
    """What the file carries, known before anything is laid out: the JPEGs shown from
    their own bytes (evidence number -> header), and the originals attached."""
    if exhibits is not None:
        carried = {e.number: e.jpeg for e in exhibits if e.mode == ex.JPEG and e.jpeg}
        return carried, [e.numbered for e in exhibits if e.attach]
    carried = {}
    if options.rendering.keep_jpeg:
        for numbered in shown:
            if numbered.item.kind is FileKind.JPEG:
                steps.check()
                info = _jpeg_header(snapshot, numbered)
                if info is not None:
                    carried[numbered.number] = info
    if not options.rendering.attach:
        return carried, []
    return carried, [n for n in shown if n.number not in carried]


def _information(
    snapshot: DossierSnapshot,
    options: Options,
    translate: Translate,
    title: str,
    manifest: bytes,
    fingerprint: str,
) -> Information:
    case = snapshot.case
    return Information(
        {
            "Title": (
                translate("Dossier", "Upload packet: %1")
                if options.packet
                else translate("Dossier", "Evidence dossier: %1")
            ).replace("%1", title),
            "Author": case.shop_name,
            "Subject": translate(
                "Dossier", "Stopping a card-payment POS terminal; provider: %1"
            ).replace("%1", case.provider),
            "Creator": f"POS Assist {snapshot.app_version}",
            "Keywords": f"sha256:{fingerprint}",
            mf.METADATA_KEY[1:]: manifest.decode("utf-8"),
            mf.FINGERPRINT_KEY[1:]: fingerprint,
            mf.KIND_KEY[1:]: mf.PACKET if options.packet else mf.ARCHIVE,
        }
    )


def _build(
    snapshot: DossierSnapshot,
    target: BinaryIO,
    labels: Any,
    translate: Translate,
    options: Options,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    exhibits: list[ex.Exhibit] | None,
    durable: bool,
) -> Built:
    manifest = mf.canonical(mf.entries_of(snapshot))
    fingerprint = mf.fingerprint(manifest)
    shown = [n for n in snapshot.evidence if options.shown is None or n.number in options.shown]
    # Steps: planning each shown item, writing or placing each, two for the layout, one
    # for the end.
    steps = Steps(2 * len(shown) + 3, progress, cancelled)

    assembly = Assembly(snapshot.data)
    carried, attached = _carried(snapshot, options, shown, exhibits, steps)
    for numbered in shown:
        if numbered.number in carried:
            assembly.carry_jpeg(numbered, carried[numbered.number])
    for numbered in attached:
        assembly.attach_original(
            numbered.attachment_name, _attachment_description(numbered, labels), numbered.item
        )
    assembly.attach_data(
        mf.MANIFEST_NAME,
        translate("Dossier", "Evidence manifest: the evidence index of this dossier"),
        "application/json",
        manifest,
    )

    # The originals, first in the file: on a thread with its own store connection while
    # the rest is prepared and laid out, else here and now.
    reader = None
    if snapshot.open_reader is not None and assembly.originals:
        try:
            reader = snapshot.open_reader()
        except OSError:  # the store's open_reader says so for any failure
            log.warning("no second store connection: the originals are written first")
    threaded = reader is not None
    if reader is not None:

        def open_reader() -> tuple[Any, Callable[[], None]]:
            return reader
    else:

        def open_reader() -> tuple[Any, Callable[[], None]]:
            def read(wanted: Any) -> Iterator[list[bytes]]:
                return ([snapshot.data(sha256)] for sha256, _size in wanted)

            return read, lambda: None

    written = [0]  # originals written, as last reported

    def report_writing() -> None:
        if writer.done != written[0]:
            steps.step(writer.done - written[0])
            written[0] = writer.done

    writer = OriginalsWriter(
        target,
        assembly.originals,
        open_reader,
        None if threaded else report_writing,
        durable=durable and threaded,
    )
    if threaded:
        writer.start()
    else:
        writer.run()
    try:
        if exhibits is None:
            exhibits = plan_exhibits(snapshot, options, steps, carried)
        else:
            steps.step(len(exhibits))

        def check() -> None:
            steps.check()
            writer.raise_error()
            if threaded:
                report_writing()

        # ReportLab, the font and pypdf load while the originals are being written.
        from posassist.report import chronology, layout, output, sections

        ctx = layout.context(labels, translate)
        events = chronology.build(snapshot, labels, translate)
        information = _information(
            snapshot, options, translate, sections.case_title(snapshot, ctx), manifest, fingerprint
        )

        def wait_for_originals() -> None:
            # The originals must all be in the file before the rest follows them.
            while not writer.join(0.05):
                check()
            writer.raise_error()
            report_writing()

        def finish(canvas: Any) -> None:
            for exhibit in exhibits:
                if exhibit.mode != ex.JPEG and not exhibit.attach:
                    steps.step()  # shown, nothing of it to write
            assembly.add_attachments()
            output.finish(canvas, writer, information, wait_for_originals)

        facts = sections.CoverFacts(
            fingerprint=fingerprint,
            period=chronology.period(events, snapshot.generated_at.date()),
            packet=options.packet,
            included=len(exhibits),
        )
        state = layout.lay_out(
            snapshot, exhibits, events, facts, ctx, steps, assembly, finish, check
        )
    except BaseException:
        writer.stop()
        writer.join()
        raise
    steps.step(steps.total - steps.done)
    return Built(
        pages=state.pages,
        fingerprint=fingerprint,
        attachments=[a.name for a in assembly.attachments if a.number],
        shown=[e.number for e in exhibits],
        exhibits=exhibits,
    )
