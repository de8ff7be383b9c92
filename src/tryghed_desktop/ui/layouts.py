"""Small layout helpers shared by the dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget


def hbox(*items: QWidget | tuple[QWidget, int]) -> QWidget:
    """A borderless row of widgets; (widget, stretch) gives that widget a stretch factor."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        widget, stretch = item if isinstance(item, tuple) else (item, 0)
        layout.addWidget(widget, stretch)
    return row
