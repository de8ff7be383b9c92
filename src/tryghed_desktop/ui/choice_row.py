"""A row of large toggle buttons for one choice, pickable by a single key while the row has focus."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QPushButton, QWidget


class ChoiceRow(QFrame):
    """Exclusive, touch-sized buttons. The row is one tab stop; typing a button's key (or the arrow
    keys) picks it, and a key pick moves on to the next field, so the common path is a few keystrokes."""

    changed = Signal(object)

    def __init__(self, choices: list[tuple[object, str, str]], parent: QWidget | None = None) -> None:
        """`choices`: (value, label, key); the key is typed without Alt, e.g. 'T' for Trussel or '3'."""
        super().__init__(parent)
        self.setObjectName("choiceRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("focused", False)
        self._group = QButtonGroup(self)
        self._keys: dict[str, int] = {}
        self._values: list[object] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        for number, (value, label, key) in enumerate(choices):
            # '3 · Moderat' already shows its key; 'Trussel' gets a hint: 'Trussel  [T]'.
            button = QPushButton(label if label.startswith(f"{key} ") else f"{label}  [{key}]")
            button.setCheckable(True)
            button.setMinimumHeight(40)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row is the tab stop, not each button
            self._group.addButton(button, number)
            self._values.append(value)
            self._keys[key.lower()] = number
            layout.addWidget(button)
        layout.addStretch(1)
        self._group.idToggled.connect(self._on_toggled)

    def _on_toggled(self, number: int, checked: bool) -> None:
        if checked:
            self.changed.emit(self._values[number])

    def value(self) -> object | None:
        checked = self._group.checkedId()
        return None if checked < 0 else self._values[checked]

    def set_value(self, value: object | None) -> None:
        if value in self._values:
            self._group.button(self._values.index(value)).setChecked(True)
            return
        checked = self._group.checkedButton()
        if checked is not None:  # an exclusive group cannot uncheck its last button directly
            self._group.setExclusive(False)
            checked.setChecked(False)
            self._group.setExclusive(True)

    def buttons(self) -> list[QPushButton]:
        return [self._group.button(number) for number in range(len(self._values))]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if key == Qt.Key.Key_Right else -1
            current = self._group.checkedId()
            self._group.button((current + step) % len(self._values) if current >= 0 else 0).setChecked(True)
            return
        number = self._keys.get(event.text().lower())
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if number is not None and plain:
            self._group.button(number).setChecked(True)
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def _show_focus(self, focused: bool) -> None:
        self.setProperty("focused", focused)
        self.style().unpolish(self)
        self.style().polish(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._show_focus(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._show_focus(False)
        super().focusOutEvent(event)
