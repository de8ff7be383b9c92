"""The reusable 'list of short items': add, edit in place, delete, reorder by keys or drag, all undoable;
items over the word limit and empty items are marked in the list itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.domain.readability import measure
from tryghed_desktop.ui.editors.bound_model import BoundListModel, Index
from tryghed_desktop.ui.editors.commands import InsertCommand
from tryghed_desktop.ui.editors.document import DraftDocument, Path
from tryghed_desktop.ui.editors.validation import empty_problem
from tryghed_desktop.ui.editors.widgets import (
    PROBLEM_BACKGROUND,
    TOUCH_HEIGHT,
    WARNING_BACKGROUND,
    connect_row_commands,
    problem_label,
    route_undo_keys,
    row_key,
    show_problem,
    tool_button,
)

WORDS_ROLE = Qt.ItemDataRole.UserRole + 1
TOO_LONG_ROLE = Qt.ItemDataRole.UserRole + 2
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 3
COUNT_WIDTH = 96


class ItemListModel(BoundListModel):
    """One column of short texts; custom roles carry the word count, the warning and the problem."""

    TEXT = 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def roleNames(self) -> dict[int, bytes]:
        names = super().roleNames()
        names.update({WORDS_ROLE: b"words", TOO_LONG_ROLE: b"tooLong", PROBLEM_ROLE: b"problem"})
        return names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text: str = self._rows[index.row()]
        words = measure(text).words
        too_long = words > self.document.limits.max_item_words
        problem = empty_problem(text)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == WORDS_ROLE:
            return words
        if role == TOO_LONG_ROLE:
            return too_long
        if role == PROBLEM_ROLE:
            return problem
        if role == Qt.ItemDataRole.BackgroundRole and (problem or too_long):
            return QBrush(QColor(PROBLEM_BACKGROUND if problem else WARNING_BACKGROUND))
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or (self.tr("%n ord – over grænsen", "", words) if too_long else None)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.row() >= len(self._rows):
            return False
        self.document.edit_set((*self.path, index.row()), str(value), typing=True)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and section == 0:
            return self.tr("Tekst")
        return None


class ItemDelegate(QStyledItemDelegate):
    """Draws each item's word count at the right, and commits every keystroke so autosave sees it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        route_undo_keys(editor)
        editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if editor.text() != text:  # the echo of our own keystroke must not move the cursor
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        editor.setGeometry(option.rect.adjusted(0, 0, -COUNT_WIDTH, 0))  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Long items wrap inside the list's width (less the count column) instead of scrolling sideways.
        text_option = QStyleOptionViewItem(option)
        view = self.parent()
        if isinstance(view, QListView):
            width = view.viewport().width() - COUNT_WIDTH - 2 * view.spacing()
            text_option.rect = QRect(0, 0, max(width, 120), 0)  # type: ignore[attr-defined]
        hint = super().sizeHint(text_option, index)
        return QSize(hint.width(), max(hint.height() + 8, TOUCH_HEIGHT))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QBrush):
            painter.fillRect(rect, background)  # the whole row, the count column included
        text_option = QStyleOptionViewItem(option)
        text_option.rect = rect.adjusted(0, 0, -COUNT_WIDTH, 0)  # type: ignore[attr-defined]
        super().paint(painter, text_option, index)
        words = int(index.data(WORDS_ROLE) or 0)
        if index.data(PROBLEM_ROLE):
            note = self.tr("tomt")
        elif index.data(TOO_LONG_ROLE):
            note = self.tr("⚠ %n ord", "", words)
        else:
            note = self.tr("%n ord", "", words)
        painter.save()
        painter.setPen(QColor("#8a5a00" if index.data(TOO_LONG_ROLE) else "#52606d"))
        painter.drawText(
            rect.adjusted(rect.width() - COUNT_WIDTH, 0, -8, 0),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            note,
        )
        painter.restore()


MINIMUM_WIDTH = 240


class ItemListView(QListView):
    """Keys: Insert or Enter adds, F2 edits, Delete removes, Ctrl+Up/Ctrl+Down move."""

    row_command = Signal(str)  # add | remove | up | down
    editor_closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setItemDelegate(ItemDelegate(self))
        self.setSpacing(1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = row_key(self, event, (Qt.Key.Key_Insert, Qt.Key.Key_Return, Qt.Key.Key_Enter))
        if command is None:
            super().keyPressEvent(event)
        else:
            self.row_command.emit(command)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        self.editor_closed.emit()

    def sizeHint(self) -> QSize:
        # Grow with the items, so the page scrolls as a whole instead of many tiny scroll areas.
        count = self.model().rowCount() if self.model() is not None else 0
        heights = [self.sizeHintForRow(row) + 2 * self.spacing() for row in range(count)] or [TOUCH_HEIGHT]
        return QSize(320, sum(heights) + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # wrapped items change height with the width
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        # Narrower than preferred, so that a stage's two columns fit beside the readability panel on a
        # 1024-pixel screen (wrapped items grow in height instead).
        return QSize(MINIMUM_WIDTH, self.sizeHint().height())


class ItemList(QWidget):
    """A titled list of short items with its problem line and touch buttons."""

    def __init__(
        self, document: DraftDocument, path: Path, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.model = ItemListModel(document, path)
        self.view = ItemListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
        self.title = QLabel(title)
        self.title.setObjectName("itemListTitle")
        self.title.setBuddy(self.view)
        self.problem = problem_label()
        add = tool_button(self.tr("+ Tilføj"), self.tr("Tilføj punkt (Insert eller Enter)"))
        remove = tool_button(self.tr("Slet"), self.tr("Slet punkt (Delete)"))
        up = tool_button("↑", self.tr("Flyt op (Ctrl+Pil op)"))
        down = tool_button("↓", self.tr("Flyt ned (Ctrl+Pil ned)"))
        add.clicked.connect(self.add_item)
        remove.clicked.connect(self.remove_current)
        up.clicked.connect(lambda: self.move_current(-1))
        down.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (add, remove, up, down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        connect_row_commands(self.view.row_command, self.add_item, self.remove_current, self.move_current)
        self.view.editor_closed.connect(self._on_editor_closed)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self.view.updateGeometry)
        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.modelReset,
            self.model.dataChanged,
        ):
            signal.connect(self._update_problem)
        self._update_problem()

    @property
    def path(self) -> Path:
        return self.model.path

    def set_path(self, path: Path) -> None:
        self.model.set_path(path)

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def add_item(self) -> None:
        """A new empty item below the current one, opened for typing."""
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        self.document.seal()
        self.document.edit_insert(self.path, row, "")
        self.edit_row(row)

    def edit_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(index)

    def remove_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.document.seal()
        self.document.edit_remove(self.path, row)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

    def move_current(self, delta: int) -> None:
        dest = self.model.move(self.current_row(), delta)
        if dest is not None:
            self.view.setCurrentIndex(self.model.index(dest, 0))

    def focus_rest(self, rest: Path) -> None:
        """Show the item a readability warning points at."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if rest and isinstance(rest[0], int) and rest[0] < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(rest[0], 0))

    def _being_typed(self, row: int) -> bool:
        # An item just opened for typing is not yet a mistake.
        return self.view.state() == QAbstractItemView.State.EditingState and row == self.current_row()

    def _on_editor_closed(self) -> None:
        self.document.seal()
        self._update_problem()
        row = self.current_row()
        if row < 0 or self.model.row_value(row).strip():
            return
        # Opened with Insert and left without typing: take the empty item away again.
        top = self.document.stack.command(self.document.stack.index() - 1)
        if isinstance(top, InsertCommand) and (top.path, top.row) == (self.path, row):
            self.document.stack.undo()

    def _update_problem(self, *_args: object) -> None:
        empty = [
            str(row + 1)
            for row in range(self.model.rowCount())
            if self.model.index(row, 0).data(PROBLEM_ROLE) and not self._being_typed(row)
        ]
        show_problem(
            self.problem,
            self.tr("Punkt %1 er tomt. Skriv noget, eller slet det med Delete.").replace(
                "%1", ", ".join(empty)
            )
            if empty
            else None,
        )
