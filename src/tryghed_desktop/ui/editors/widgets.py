"""Small shared pieces: field problem labels, touch-sized buttons, and Ctrl+Z reaching the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QWidget

TOUCH_HEIGHT = 40
PROBLEM_COLOUR = "#b42318"
WARNING_BACKGROUND = "#fff4d6"
PROBLEM_BACKGROUND = "#fde7e7"


class _UndoKeysToStack(QObject):
    """Line edits keep their own undo history; swallowing their claim on Ctrl+Z / Ctrl+Y lets the
    editor's undo stack (the single history of the draft) receive the keys instead."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            redo_y = event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            if (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or redo_y
            ):
                event.ignore()
                return True
        return False


_filter: _UndoKeysToStack | None = None


def route_undo_keys(widget: QWidget) -> None:
    """Make Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y in `widget` undo/redo the draft, not the widget's text."""
    global _filter  # noqa: PLW0603 - one stateless filter serves every field
    if _filter is None:
        _filter = _UndoKeysToStack()
    widget.installEventFilter(_filter)


def problem_label() -> QLabel:
    """The red line under a field that says what is wrong, in Danish; hidden when all is well."""
    label = QLabel()
    label.setObjectName("fieldProblem")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: bold;")
    label.hide()
    return label


def show_problem(label: QLabel, problem: str | None) -> None:
    label.setText(problem or "")
    label.setVisible(bool(problem))


def tool_button(text: str, tip: str) -> QPushButton:
    """A touch-sized button that stays out of the tab order (its keys are on the field itself)."""
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setMinimumHeight(TOUCH_HEIGHT)
    button.setMinimumWidth(TOUCH_HEIGHT)
    if len(text) == 1:
        # Qt's styles make a button with text at least 80 px wide; an arrow needs a touch square, and
        # the two columns of a stage then fit beside the readability panel on a 1024-pixel screen.
        button.setFixedWidth(TOUCH_HEIGHT)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


def heading(text: str, object_name: str = "editorHeading") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setStyleSheet("font-weight: bold; font-size: 13pt;")
    return label


def row_key(view: QAbstractItemView, event: QKeyEvent, add_keys: tuple[Qt.Key, ...]) -> str | None:
    """The row command a key press means in a list or table ('add', 'remove', 'up', 'down'), or None
    when the view should handle the key itself."""
    if view.state() == QAbstractItemView.State.EditingState:
        return None  # a key the open editor did not use (Qt 6 lets Return through): not a command
    key, control = event.key(), event.modifiers() == Qt.KeyboardModifier.ControlModifier
    if key in add_keys and not control:
        return "add"
    if key == Qt.Key.Key_Delete:
        return "remove"
    if control and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        return "up" if key == Qt.Key.Key_Up else "down"
    return None


def connect_row_commands(
    signal: SignalInstance, add: Callable[[], None], remove: Callable[[], None], move: Callable[[int], None]
) -> None:
    """Route a view's `row_command` to its owner's add, remove and move."""
    commands = {"add": add, "remove": remove, "up": lambda: move(-1), "down": lambda: move(1)}
    signal.connect(lambda command: commands[command]())
