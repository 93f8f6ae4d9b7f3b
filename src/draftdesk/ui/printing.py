"""Print and PDF: the preview's pages painted onto a printer or a PDF file.

Both outputs paint the very ``PageLayout`` the window's preview shows, so their page count and
page breaks are the preview's. The command line reaches ``export_pdf`` through a lazy import
and runs Qt on its offscreen platform; no other command loads Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from ..errors import OutputError
from ..model.derive import Derived, derive
from ..model.document import Resolution
from ..storage import write_atomic
from .i18n import translate
from .preview import PT, PageLayout

# The layout is in tenths of a point: 720 of them to the inch.
LAYOUT_DPI = 72 * PT
PDF_DPI = 1200  # fine enough that glyph positions round to 0.06 pt
PDF_CREATOR = "DraftDesk"

Progress = Callable[[int, int], None]


@dataclass
class PrintedDraft:
    """A resolution and its derived view: what ``PageLayout`` needs, without the window."""

    resolution: Resolution
    derived: Derived = field(init=False)

    def __post_init__(self) -> None:
        self.derived = derive(self.resolution)


def ensure_gui_application() -> QGuiApplication:
    """Return the running Qt application, starting an offscreen one when there is none."""
    app = QGuiApplication.instance()
    if app is None:
        # Without a window the command line needs no display; a platform set by the user wins.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["draftdesk"])
    assert isinstance(app, QGuiApplication)
    return app


def lay_out(resolution: Resolution) -> PageLayout:
    """Return the draft laid out on pages exactly as the preview lays it out."""
    ensure_gui_application()
    layout = PageLayout(PrintedDraft(resolution))
    layout.build(reuse=False)
    return layout


def page_layout_of(layout: PageLayout) -> QPageLayout:
    """Return the Qt page layout of the draft's paper, without margins (the pages have them)."""
    width_pt, height_pt = layout.width / PT, layout.height / PT
    size = QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Point)


def paint_pages(layout: PageLayout, device: QPagedPaintDevice, pages: range | None = None,
                progress: Progress | None = None) -> int:
    """Paint ``pages`` (0-based; all by default) onto a printer or a PDF writer.

    The device's page layout must already be set. Return the number of pages painted.
    """
    chosen = pages if pages is not None else range(layout.page_count())
    chosen = range(max(0, chosen.start), min(layout.page_count(), chosen.stop))
    painter = QPainter()
    if not painter.begin(device):
        raise OutputError(translate("Printing", "cannot start painting the pages"))
    try:
        scale = device.logicalDpiX() / LAYOUT_DPI
        # Printers report a page rectangle inside unprintable margins: paint from the paper's
        # top-left corner, so that the text sits where the preview and the PDF put it.
        paper = device.pageLayout().fullRectPixels(device.logicalDpiX())
        painted = device.pageLayout().paintRectPixels(device.logicalDpiX())
        offset_x, offset_y = paper.left() - painted.left(), paper.top() - painted.top()
        for count, index in enumerate(chosen):
            if count:
                device.newPage()
            painter.save()
            painter.translate(offset_x, offset_y)
            painter.scale(scale, scale)
            layout.paint_page(painter, index)
            painter.restore()
            if progress is not None:
                progress(count + 1, len(chosen))
    finally:
        painter.end()
    return len(chosen)


def write_pdf(layout: PageLayout, path: Path, title: str = "",
              progress: Progress | None = None) -> int:
    """Write the laid-out pages to ``path`` as a PDF, atomically; return the page count."""
    path = Path(path)

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setCreator(PDF_CREATOR)
    writer.setTitle(title)
    writer.setPageLayout(page_layout_of(layout))
    paint_pages(layout, writer, progress=progress)
    del writer  # finishes the PDF in the buffer
    data = bytes(buffer.data().data())
    buffer.close()
    write_atomic(path, lambda stream: stream.write(data))
    return layout.page_count()


def export_pdf(resolution: Resolution, path: Path, progress: Progress | None = None) -> int:
    """Write ``resolution`` to ``path`` as a PDF with the preview's pages; return their count."""
    layout = lay_out(resolution)
    meta = resolution.metadata
    title = " ".join(t for t in (meta.symbol, meta.title) if t)
    return write_pdf(layout, path, title, progress)
