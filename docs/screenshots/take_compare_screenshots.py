"""Take the negotiation screenshots: versions panel, compare window, tracked-changes page.

    xvfb-run -a -s "-screen 0 1400x900x24" \
        uv run python docs/screenshots/take_compare_screenshots.py

The tracked-changes page is the Word file LibreOffice renders (soffice, then pdftoppm).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import shots
from PySide6.QtWidgets import QDockWidget

sys.path.insert(0, str(shots.HERE.parents[1] / "tests"))

from draftdesk.compare import Kind  # noqa: E402
from draftdesk.export.tracked import export_tracked_docx  # noqa: E402
from draftdesk.importers import import_file  # noqa: E402
from draftdesk.model.versions import replace_text  # noqa: E402
from tools.edits import negotiate  # noqa: E402

SOURCE = shots.DATA / "corpus" / "01_A_80_L.26.txt"


def render_page(docx: Path, name: str) -> None:
    """Render page 1 of a Word file with LibreOffice and save it as a PNG here."""
    with tempfile.TemporaryDirectory(prefix="draftdesk-render-") as folder:
        out = Path(folder)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{out / 'profile'}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                       capture_output=True, check=True, timeout=180)
        pdf = out / (docx.stem + ".pdf")
        subprocess.run(["pdftoppm", "-r", "80", "-f", "1", "-l", "1", "-png", "-singlefile",
                        str(pdf), str(shots.HERE / name.removesuffix(".png"))], check=True)
    print(f"wrote {shots.HERE / name}")


def main() -> int:
    """Save a version of L.26, make a round of edits, compare, export with changes."""
    app = shots.make_app()  # noqa: F841 -- kept alive for the window
    window = shots.main_window()
    window.open_resolution(import_file(SOURCE), suggested_path=Path("L26.draftdesk"))
    actions = window._editor_parts().versions_actions
    actions.save_version("First reading")
    session = window.session
    session.run("Second reading edits",
                lambda: replace_text(session.resolution, negotiate(session.resolution)))
    library = window.findChild(QDockWidget, "libraryDock")
    if library is not None:
        library.hide()
    actions.show_panel()
    window._editor_parts().versions.list.setCurrentRow(0)
    actions.show_in_preview(True, "version:First reading")
    window.preview.rebuild()
    window.select_paragraph(session.resolution.preambular[1].id)
    shots.settle(600)
    shots.grab(window, "versions-panel.png")

    view = actions.open_compare("version:First reading")
    view.resize(1360, 820)
    view.move(20, 20)
    changed = next(i for i, c in enumerate(view.changes) if c.kind is Kind.CHANGED)
    view.change_list.setCurrentRow(changed)
    shots.settle(400)
    shots.grab(view, "compare-view.png")
    view.side_box.setChecked(True)
    moved = next(i for i, c in enumerate(view.changes) if c.kind is Kind.MOVED)
    view.change_list.setCurrentRow(moved)
    shots.settle(400)
    shots.grab(view, "compare-side-by-side.png")

    with tempfile.TemporaryDirectory(prefix="draftdesk-tracked-") as folder:
        docx = Path(folder) / "L26-changes.docx"
        old = session.resolution.versions[0].text
        export_tracked_docx(old, session.resolution, docx, author="Delegation of Iceland")
        render_page(docx, "tracked-changes-page.png")
    view.close()
    session.mark_clean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
