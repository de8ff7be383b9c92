"""Small layout helpers shared by the dialogs."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
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


# Room left for the window's title bar and borders, which the free area of the screen does not include.
FRAME_ROOM = 48


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """The size a window would like, but never larger than the screen it opens on (a ward PC may have
    1366×768 or less): its buttons must stay on screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    window.resize(min(width, free.width() - FRAME_ROOM // 2), min(height, free.height() - FRAME_ROOM))
