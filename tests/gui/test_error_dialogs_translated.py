"""A file that cannot be opened is explained in the interface's language, not in English."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import when_modal
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from bad_inputs import ENCRYPTED_PDF, draft_with_a_bad_kind, image_only_pdf
from draftdesk.errors import DraftDeskError
from draftdesk.importers import import_file
from draftdesk.messages import Message
from draftdesk.storage import load_draft
from draftdesk.ui import i18n

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")

# Words the translations keep: names and abbreviations.
SAME_IN_EVERY_LANGUAGE = {"PDF", "PDFs", "DraftDesk", "draftdesk"}


@pytest.fixture
def window_in(qtbot: Any) -> Iterator[Callable[[str], Any]]:
    """Return a maker of main windows built under an interface language."""
    from draftdesk.ui.main_window import MainWindow

    made: list[Any] = []

    def build(code: str) -> Any:
        assert i18n.install(code) == code
        main = MainWindow()
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        made.append(main)
        return main

    yield build
    for main in made:
        main.session.mark_clean()
        main.close()
    i18n.install(i18n.ENGLISH)


def opening_error(qtbot: Any, window: Any, path: Path) -> str:
    """Open ``path`` in the window and return the text of the error dialog it shows."""
    seen: list[Any] = []

    def read(box: QMessageBox) -> str:
        text = box.text()
        box.accept()
        return text

    QTimer.singleShot(0, lambda: when_modal(qtbot, QMessageBox, read, seen))
    assert window.open_path(path, ask=False) is False
    assert len(seen) == 1, seen
    return seen[0]


def core_error(read: Callable[[Path], object], path: Path) -> Message:
    with pytest.raises(DraftDeskError) as caught:
        read(path)
    [found] = caught.value.args
    assert isinstance(found, Message)
    return found


def english_words(found: Message) -> set[str]:
    """Return the words of the English templates a message is made of, values left out."""
    words = set(re.findall(r"[A-Za-z]{3,}", re.sub(r"\{\w+\}", " ", found.template)))
    for value in found.values.values():
        if isinstance(value, Message):
            words |= english_words(value)
    return words - SAME_IN_EVERY_LANGUAGE


def plain_values(found: Message) -> list[str]:
    """Return the values that are data (paths, JSON paths, quoted text): they stay as they are."""
    out = []
    for value in found.values.values():
        out += plain_values(value) if isinstance(value, Message) else [str(value)]
    return out


def assert_translated(shown: str, found: Message, expected: str) -> None:
    assert shown == expected
    assert shown == i18n.localized(found)  # what the installed translation makes of it
    words = shown
    for value in sorted(plain_values(found), key=len, reverse=True):
        words = words.replace(value, " ")
    left = {word for word in english_words(found) if re.search(rf"\b{word}\b", words)}
    assert not left, f"English left in {shown!r}: {sorted(left)}"


def test_a_broken_draft_is_explained_in_spanish(qtbot: Any, window_in: Any,
                                                tmp_path: Path) -> None:
    path = draft_with_a_bad_kind(tmp_path / "roto.draftdesk")
    shown = opening_error(qtbot, window_in("es"), path)
    assert_translated(shown, core_error(load_draft, path),
                      f"{path}: operative[0].kind: 'bogus' no es un tipo de párrafo")


def test_a_broken_draft_is_explained_in_french(qtbot: Any, window_in: Any,
                                               tmp_path: Path) -> None:
    path = draft_with_a_bad_kind(tmp_path / "abime.draftdesk")
    shown = opening_error(qtbot, window_in("fr"), path)
    assert_translated(shown, core_error(load_draft, path),
                      f"{path}\u00a0: operative[0].kind\u00a0: 'bogus' n’est pas un type de "
                      "paragraphe")


def test_a_missing_file_is_explained_in_spanish(qtbot: Any, window_in: Any,
                                                tmp_path: Path) -> None:
    path = tmp_path / "ausente.draftdesk"
    shown = opening_error(qtbot, window_in("es"), path)
    assert_translated(shown, core_error(load_draft, path), f"{path}: el archivo no existe")


def test_an_encrypted_pdf_is_explained_in_spanish(qtbot: Any, window_in: Any) -> None:
    shown = opening_error(qtbot, window_in("es"), ENCRYPTED_PDF)
    assert_translated(
        shown, core_error(import_file, ENCRYPTED_PDF),
        f"{ENCRYPTED_PDF}: el PDF está protegido con una contraseña; ábralo, guarde una copia "
        "sin protección e importe esa copia")


def test_an_image_only_pdf_is_explained_in_spanish(qtbot: Any, window_in: Any,
                                                   tmp_path: Path) -> None:
    path = image_only_pdf(tmp_path / "escaneado.pdf")
    shown = opening_error(qtbot, window_in("es"), path)
    assert_translated(
        shown, core_error(import_file, path),
        f"{path}, página 1: la página contiene solo una imagen (¿un documento escaneado?); "
        "DraftDesk lee archivos PDF con una capa de texto, como los del Sistema de Archivo de "
        "Documentos")
