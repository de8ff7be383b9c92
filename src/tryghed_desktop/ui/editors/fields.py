"""Plain fields bound to one value of the draft: typing becomes undo commands, undo updates the field."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from tryghed_desktop.ui.choice_row import ChoiceRow
from tryghed_desktop.ui.editors.document import Change, DraftDocument, Path
from tryghed_desktop.ui.editors.widgets import TOUCH_HEIGHT, problem_label, route_undo_keys, show_problem

Check = Callable[[], str | None]


class BoundField(QObject):
    """Keeps one widget and one path of the draft in step, and shows the field's problem under it."""

    def __init__(
        self, document: DraftDocument, widget: QWidget, path: Path, check: Check | None = None
    ) -> None:
        super().__init__(widget)
        self.document = document
        self.widget = widget
        self.path = path
        self.check = check
        self.problem: QLabel = problem_label()
        document.changed.connect(self._on_changed)

    def focus_rest(self, _rest: Path) -> None:
        self.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        if not shiboken6.isValid(self.problem):  # the window is being torn down
            return
        show_problem(self.problem, self.check() if self.check is not None else None)

    def _on_changed(self, path: Path, _change: Change) -> None:
        if self.path[: len(path)] == path:
            self.load()
        # Checks may depend on neighbouring values (a reason needed when a box is unticked).
        self.refresh()

    def load(self) -> None:
        raise NotImplementedError


class BoundLineEdit(BoundField):
    def __init__(self, document: DraftDocument, path: Path, check: Check | None = None) -> None:
        edit = QLineEdit()
        edit.setMinimumHeight(TOUCH_HEIGHT)
        route_undo_keys(edit)
        super().__init__(document, edit, path, check)
        self.edit = edit
        edit.textEdited.connect(lambda text: document.edit_set(path, text, typing=True))
        edit.editingFinished.connect(document.seal)
        self.load()
        self.refresh()

    def load(self) -> None:
        value = str(self.document.get(self.path))
        if self.edit.text() != value:  # the echo of a keystroke must leave the cursor where it is
            self.edit.setText(value)


class BoundCheckBox(BoundField):
    def __init__(self, document: DraftDocument, path: Path, text: str) -> None:
        box = QCheckBox(text)
        box.setMinimumHeight(TOUCH_HEIGHT)
        box.setStyleSheet("QCheckBox::indicator { width: 24px; height: 24px; }")
        super().__init__(document, box, path)
        self.box = box
        self.load()
        box.toggled.connect(lambda checked: document.edit_set(path, checked))

    def load(self) -> None:
        self.box.setChecked(bool(self.document.get(self.path)))


class BoundChoice(BoundField):
    def __init__(self, document: DraftDocument, path: Path, row: ChoiceRow) -> None:
        super().__init__(document, row, path)
        self.row = row
        self.load()
        row.changed.connect(lambda value: document.edit_set(path, value) if value is not None else None)

    def load(self) -> None:
        self.row.set_value(self.document.get(self.path))
