"""A table of small records (contacts, risk situations, time slots) with named columns, checks per cell
and the same keys as the item list; every edit is an undo command on the draft."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any

import msgspec
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.domain.plans import Level
from tryghed_desktop.ui.domain_labels import level_title
from tryghed_desktop.ui.editors.bound_model import BoundListModel, Index
from tryghed_desktop.ui.editors.document import DraftDocument, Path
from tryghed_desktop.ui.editors.widgets import (
    PROBLEM_BACKGROUND,
    TOUCH_HEIGHT,
    connect_row_commands,
    problem_label,
    route_undo_keys,
    row_key,
    show_problem,
    tool_button,
)

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 3
LEVEL_COLOURS = {Level.GREEN: "#d8f0dc", Level.YELLOW: "#fff1c2", Level.RED: "#f8d4d4"}
LEVEL_SYMBOLS = {Level.GREEN: "●", Level.YELLOW: "▲", Level.RED: "■"}


class Column(msgspec.Struct, frozen=True):
    """One named field of the records: its title, how it is edited, and an optional check."""

    key: str
    title: str
    kind: str = "text"  # text | time | level | count
    problem: Callable[[Any, int], str | None] | None = None  # (record, row) -> Danish problem
    stretch: bool = False


def level_text(level: Level) -> str:
    return f"{LEVEL_SYMBOLS[level]} {level_title(level)}"


class RecordTableModel(BoundListModel):
    def __init__(self, document: DraftDocument, path: Path, columns: list[Column]) -> None:
        super().__init__(document, path)
        self.columns = columns

    def column_of(self, key: str) -> int:
        return next(number for number, column in enumerate(self.columns) if column.key == key)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def roleNames(self) -> dict[int, bytes]:
        names = super().roleNames()
        names[PROBLEM_ROLE] = b"problem"
        return names

    def problem(self, row: int, column: int) -> str | None:
        check = self.columns[column].problem
        return check(self._rows[row], row) if check is not None else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.columns[index.column()]
        value = getattr(self._rows[index.row()], column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind == "time":
                return value.strftime("%H.%M")
            return level_text(value) if column.kind == "level" else value
        if role == Qt.ItemDataRole.EditRole:
            return QTime(value.hour, value.minute) if column.kind == "time" else value
        if role in (PROBLEM_ROLE, Qt.ItemDataRole.ToolTipRole):
            return self.problem(index.row(), index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.problem(index.row(), index.column()):
                return QBrush(QColor(PROBLEM_BACKGROUND))
            if column.kind == "level":
                return QBrush(QColor(LEVEL_COLOURS[value]))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.row() >= len(self._rows):
            return False
        column = self.columns[index.column()]
        if column.kind == "time":
            value = time(value.hour(), value.minute()) if isinstance(value, QTime) else value
        elif column.kind == "level":
            value = Level(value)
        elif column.kind == "count":
            value = int(value)
        else:
            value = str(value)
        self.document.edit_set((*self.path, index.row(), column.key), value, typing=column.kind == "text")
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)


class RecordDelegate(QStyledItemDelegate):
    """Editors by column kind: text commits per keystroke (autosave sees it), time, level and count."""

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = self.columns[index.column()].kind
        if kind == "time":
            editor: QWidget = QTimeEdit(parent)
            editor.setDisplayFormat("HH.mm")
        elif kind == "level":
            editor = QComboBox(parent)
            for level in Level:
                editor.addItem(level_text(level), level.value)
        elif kind == "count":
            editor = QSpinBox(parent)
            editor.setRange(0, 9)
        else:
            editor = QLineEdit(parent)
            editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        route_undo_keys(editor)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QTimeEdit):
            editor.setTime(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(Level(value).value), 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QLineEdit) and editor.text() != value:
            editor.setText(str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QTimeEdit):
            model.setData(index, editor.time())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())


class RecordTableView(QTableView):
    row_command = Signal(str)  # add | remove | up | down

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = row_key(self, event, (Qt.Key.Key_Insert,))
        if command is None:
            super().keyPressEvent(event)
        else:
            self.row_command.emit(command)


class RecordTable(QWidget):
    """A titled table; `new_record(row)` builds what Insert adds at that row."""

    def __init__(
        self,
        document: DraftDocument,
        path: Path,
        title: str,
        columns: list[Column],
        new_record: Callable[[int], object],
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.new_record = new_record
        self.model = RecordTableModel(document, path, columns)
        self.view = RecordTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(RecordDelegate(columns, self.view))
        self.view.setAccessibleName(title)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.view.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT)
        header = self.view.horizontalHeader()
        for number, column in enumerate(columns):
            header.setSectionResizeMode(
                number,
                QHeaderView.ResizeMode.Stretch if column.stretch else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.title = QLabel(title)
        self.title.setObjectName("itemListTitle")
        self.title.setBuddy(self.view)
        self.problem = problem_label()
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addStretch(1)
        for text, tip, slot in (
            (self.tr("+ Tilføj"), self.tr("Tilføj række (Insert)"), self.add_record),
            (self.tr("Slet"), self.tr("Slet række (Delete)"), self.remove_current),
            ("↑", self.tr("Flyt op (Ctrl+Pil op)"), lambda: self.move_current(-1)),
            ("↓", self.tr("Flyt ned (Ctrl+Pil ned)"), lambda: self.move_current(1)),
        ):
            self.add_button(tool_button(text, tip), slot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addWidget(self.problem)
        layout.addLayout(self.buttons)
        connect_row_commands(self.view.row_command, self.add_record, self.remove_current, self.move_current)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._fit_height)
        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.modelReset,
            self.model.dataChanged,
        ):
            signal.connect(self.update_problems)
        self._fit_height()
        self.update_problems()

    def add_button(self, button: QPushButton, slot: Callable[[], None]) -> None:
        button.clicked.connect(slot)
        self.buttons.insertWidget(self.buttons.count() - 1, button)  # before the closing stretch

    @property
    def path(self) -> Path:
        return self.model.path

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def select(self, row: int, column: int = 0) -> None:
        self.view.setCurrentIndex(self.model.index(row, column))

    def add_record(self) -> None:
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        self.document.seal()
        self.document.edit_insert(self.path, row, self.new_record(row))
        self.select(row, 0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        column = self.view.currentIndex().column()
        self.document.seal()
        self.document.edit_remove(self.path, row)
        if self.model.rowCount():
            self.select(min(row, self.model.rowCount() - 1), column)

    def move_current(self, delta: int) -> None:
        column = self.view.currentIndex().column()
        dest = self.model.move(self.current_row(), delta)
        if dest is not None:
            self.select(dest, column)

    def focus_rest(self, rest: Path) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if rest and isinstance(rest[0], int) and rest[0] < self.model.rowCount():
            key = rest[1] if len(rest) > 1 else None
            column = self.model.column_of(key) if isinstance(key, str) else 0
            self.select(rest[0], column)

    def problems(self) -> list[str]:
        found = []
        for row in range(self.model.rowCount()):
            for column in range(self.model.columnCount()):
                problem = self.model.problem(row, column)
                if problem:
                    found.append(self.tr("Række %1: %2").replace("%1", str(row + 1)).replace("%2", problem))
        return found

    def update_problems(self, *_args: object) -> None:
        show_problem(self.problem, "\n".join(self.problems()) or None)
        self.view.viewport().update()  # a check may involve other rows (overlapping slots)

    def _fit_height(self, *_args: object) -> None:
        rows = max(self.model.rowCount(), 1)
        height = (
            self.view.horizontalHeader().sizeHint().height()
            + rows * TOUCH_HEIGHT
            + 2 * self.view.frameWidth()
            + 2
        )
        self.view.setFixedHeight(min(height, 12 * TOUCH_HEIGHT))
