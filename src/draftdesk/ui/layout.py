"""How the window fits its screen: the focus ring, panel minimum sizes, small-screen layout."""

from __future__ import annotations

# A ring you can see around whatever takes the keys: fields, lists and the outline. The
# border keeps its width (the padding gives way) so that nothing moves when the focus does.
FOCUS_STYLE = """
QLineEdit, QTextEdit, QPlainTextEdit, QSpinBox, QDateEdit, QComboBox[editable="true"] {
    border: 1px solid #9a9a9a; border-radius: 3px; padding: 1px;
}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QSpinBox:focus, QDateEdit:focus,
QComboBox[editable="true"]:focus {
    border: 2px solid #1a5fb4; padding: 0px;
}
QTreeView:focus, QListView:focus, QListWidget:focus, QTableView:focus {
    border: 2px solid #1a5fb4;
}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {
    outline: 2px solid #1a5fb4;
}
"""
