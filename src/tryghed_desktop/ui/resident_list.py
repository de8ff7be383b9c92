"""The left pane: unit selector, the big "Find borger…" field and the resident list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.services.residents import ResidentRow, UnitRow
from tryghed_desktop.ui.resident_model import ResidentListModel, Role
from tryghed_desktop.ui.status import Hint

PADDING = 10
CHIP_PAD = 8


class ResidentDelegate(QStyledItemDelegate):
    """Two lines per resident (name, then unit and room) and the most urgent status as a chip."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + PADDING * 2 + 10)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_colour)
        if not selected:
            muted = palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        hints: list[Hint] = index.data(Role.HINTS) or []
        row: ResidentRow = index.data(Role.ROW)
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        metrics = QFontMetrics(option.font)
        title = row.display_name
        if row.card_name and not row.display_name.startswith(row.card_name):
            title = f"{row.display_name} ({row.card_name})"
        line = QRect(rect.left(), rect.top(), rect.width(), bold_metrics.height())
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, line.width()),
        )
        line2 = QRect(rect.left(), line.bottom() + 6, rect.width(), metrics.height())
        chip_width = 0
        if hints:
            chip_width = self._paint_chip(painter, option.font, line2, hints[0], len(hints) - 1)
        line2.setRight(line2.right() - chip_width - PADDING)
        painter.setFont(option.font)
        painter.setPen(muted)
        subtitle = index.data(Role.SUBTITLE) or ""
        painter.drawText(
            line2,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, line2.width()),
        )
        painter.restore()

    def _paint_chip(self, painter: QPainter, base: QFont, rect: QRect, hint: Hint, more: int) -> int:
        font = QFont(base)
        font.setPointSizeF(max(base.pointSizeF() - 1, 11))
        font.setBold(True)
        metrics = QFontMetrics(font)
        text = hint.text if more == 0 else f"{hint.text} +{more}"
        width = metrics.horizontalAdvance(text) + CHIP_PAD * 2
        height = metrics.height() + 4
        chip = QRect(rect.right() - width, rect.center().y() - height // 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(hint.tone.foreground))
        painter.setBrush(QColor(hint.tone.background))
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setFont(font)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        return width


class FilterField(QLineEdit):
    """The big search field: Esc clears it, Down moves into the list, Enter opens the first match."""

    move_down = Signal()
    accept_first = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if key == Qt.Key.Key_Down:
            self.move_down.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_first.emit()
            return
        super().keyPressEvent(event)


class ResidentListPane(QWidget):
    """Choosing a resident: unit, filter text, list. Emits `resident_activated` with the resident id."""

    resident_activated = Signal(int)
    searched = Signal(str, int)  # the filter text and how many it found, when Enter makes it a search
    unit_changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentListPane")
        self.unit_box = QComboBox()
        self.unit_box.setObjectName("unitBox")
        self.unit_box.setAccessibleName(self.tr("Afdeling"))
        self.filter_field = FilterField()
        self.filter_field.setObjectName("filterField")
        self.filter_field.setPlaceholderText(self.tr("Find borger…"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.setAccessibleName(self.tr("Find borger"))
        self.filter_field.setToolTip(self.tr("Skriv en del af navnet eller kortnavnet (Ctrl+F)"))
        self.model = ResidentListModel(self)
        # The view sees the model through a plain (C++) proxy that filters nothing: laying out and
        # selecting rows after each keystroke then asks C++ for indexes, not Python once per row.
        self._rows = QSortFilterProxyModel(self)
        self._rows.setSourceModel(self.model)
        self.list_view = QListView()
        self.list_view.setObjectName("residentList")
        self.list_view.setModel(self._rows)
        self.list_view.setItemDelegate(ResidentDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setAccessibleName(self.tr("Borgere"))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setWordWrap(True)

        unit_label = QLabel(self.tr("&Afdeling"))
        unit_label.setBuddy(self.unit_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.setSpacing(8)
        layout.addWidget(unit_label)
        layout.addWidget(self.unit_box)
        layout.addSpacing(4)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list_view, 1)
        self.setTabOrder(self.unit_box, self.filter_field)
        self.setTabOrder(self.filter_field, self.list_view)

        self.unit_box.currentIndexChanged.connect(self._on_unit_index)
        self.filter_field.textChanged.connect(self._on_filter_text)
        self.filter_field.move_down.connect(self._focus_list)
        self.filter_field.accept_first.connect(self._open_current_or_first)
        self.list_view.activated.connect(self._on_activated)
        self.list_view.clicked.connect(self._on_activated)
        self.model.modelReset.connect(self._update_count)

    # --- data -----------------------------------------------------------------------------------

    def set_units(self, units: list[UnitRow], selected: int | None = None) -> None:
        """Fill the unit selector ("Alle afdelinger" first) without emitting a change."""
        several_facilities = len({unit.facility_name for unit in units}) > 1
        total = sum(unit.resident_count for unit in units)
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItem(self.tr("Alle afdelinger (%1)").replace("%1", str(total)), None)
        for unit in units:
            name = f"{unit.facility_name} – {unit.name}" if several_facilities else unit.name
            self.unit_box.addItem(f"{name} ({unit.resident_count})", unit.id)
        position = self.unit_box.findData(selected) if selected is not None else 0
        self.unit_box.setCurrentIndex(max(position, 0))
        self.unit_box.blockSignals(False)

    def selected_unit(self) -> int | None:
        value = self.unit_box.currentData()
        return int(value) if value is not None else None

    def select_unit(self, unit_id: int | None) -> None:
        position = self.unit_box.findData(unit_id) if unit_id is not None else 0
        self.unit_box.setCurrentIndex(max(position, 0))

    def set_residents(self, rows: list[ResidentRow]) -> None:
        self.model.set_rows(rows)

    def select_resident(self, resident_id: int) -> bool:
        """Highlight a resident in the list (does not open it); False when not shown."""
        row = self.model.row_for_id(resident_id)
        if row is None:
            return False
        index = self._rows.index(row, 0)
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)
        return True

    def visible_count(self) -> int:
        return self.model.rowCount()

    # --- slots ----------------------------------------------------------------------------------

    def _on_unit_index(self, _position: int) -> None:
        self.unit_changed.emit(self.selected_unit())

    def _on_filter_text(self, text: str) -> None:
        current = self.list_view.currentIndex().data(Role.RESIDENT_ID)
        if not self.model.set_filter(text):
            return
        # The reset forgets the highlighted row: keep it when it is still shown, else take the first.
        kept = current is not None and self.select_resident(int(current))
        if not kept and self.model.rowCount():
            self.list_view.setCurrentIndex(self._rows.index(0, 0))

    def _focus_list(self) -> None:
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.list_view.currentIndex().isValid() and self.model.rowCount():
            self.list_view.setCurrentIndex(self._rows.index(0, 0))

    def _open_current_or_first(self) -> None:
        if self.filter_field.text().strip():
            self.searched.emit(self.filter_field.text(), self.model.rowCount())
        index = self.list_view.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self._rows.index(0, 0)
        if index.isValid():
            self.list_view.setCurrentIndex(index)
            self._on_activated(index)

    def _on_activated(self, index: QModelIndex) -> None:
        resident_id = index.data(Role.RESIDENT_ID)
        if resident_id is not None:
            self.resident_activated.emit(int(resident_id))

    def _update_count(self, *_args: Any) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        text = self.filter_field.text().strip()
        if total == 0:
            self.count_label.setText(self.tr("Der er ingen borgere i denne afdeling."))
        elif shown == 0 and self.selected_unit() is not None:
            # The resident may live in another unit: say where else to look.
            hint = self.tr("Ingen her passer til »%1«. Vælg »Alle afdelinger« for at søge i alle.")
            self.count_label.setText(hint.replace("%1", text))
        elif shown == 0:
            self.count_label.setText(self.tr("Ingen borgere passer til »%1«.").replace("%1", text))
        elif shown == total:
            count = self.tr("1 borger") if total == 1 else self.tr("%1 borgere").replace("%1", str(total))
            moved_out = self.model.moved_out_count()
            if moved_out:  # the unit box counts those who live here: say why the numbers differ
                count += " " + self.tr("(heraf %1 fraflyttede)").replace("%1", str(moved_out))
            self.count_label.setText(count)
        else:
            self.count_label.setText(
                self.tr("%1 af %2 borgere").replace("%1", str(shown)).replace("%2", str(total))
            )
