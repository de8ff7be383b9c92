"""'Handleplan': the facility's measures in a table (late ones marked), written and followed up by
coordinators and administrators in a small form, and the status printed ("Status pr. dato")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.domain.action_plan import (
    MEASURE_STATUS_TITLES,
    OPEN_MEASURE_STATUSES,
    TRACKS,
    MeasureStatus,
)
from tryghed_desktop.services import action_plan, residents
from tryghed_desktop.services.action_plan import MeasureInput, MeasureView
from tryghed_desktop.services.actors import Action, Actor, may
from tryghed_desktop.services.errors import ConflictError, ServiceError, ValidationError
from tryghed_desktop.services.residents import UnitRow
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import messages
from tryghed_desktop.ui.domain_labels import domain_tr
from tryghed_desktop.ui.password_dialog import ok_cancel, problem_label
from tryghed_desktop.ui.service_texts import service_text
from tryghed_desktop.ui.status import format_date
from tryghed_desktop.ui.table_model import Index, RowTableModel

LATE_BRUSH = QBrush(QColor("#fde7e7"))


class Column(IntEnum):
    TITLE = 0
    OWNER = 1
    DUE = 2
    STATUS = 3
    UNIT = 4
    TRACK = 5
    NOTE = 6


# The measure and its note share what is left, so that both show on a 1024-pixel screen.
COLUMN_WIDTHS = {
    Column.OWNER: 110,
    Column.DUE: 105,
    Column.STATUS: 150,
    Column.UNIT: 115,
    Column.TRACK: 150,
}
STRETCHED = (Column.TITLE, Column.NOTE)


class MeasureModel(RowTableModel):
    COLUMNS = Column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeasureView] = []
        self._late: list[bool] = []

    def set_rows(self, rows: list[MeasureView], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._late = [row.overdue(today) for row in self._rows]
        self.endResetModel()

    def measure(self, row: int) -> MeasureView:
        return self._rows[row]

    def column_titles(self) -> dict[Any, str]:
        return {
            Column.TITLE: self.tr("Tiltag"),
            Column.OWNER: self.tr("Ansvarlig"),
            Column.DUE: self.tr("Frist"),
            Column.STATUS: self.tr("Status"),
            Column.UNIT: self.tr("Afdeling"),
            Column.TRACK: self.tr("Spor"),
            Column.NOTE: self.tr("Bemærkning"),
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, measure = index.row(), self._rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and self._late[row]:
            return LATE_BRUSH
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = Column(index.column())
        if column is Column.STATUS:
            text = domain_tr(MEASURE_STATUS_TITLES[measure.status])
            if measure.done_on is not None:
                text += f" {format_date(measure.done_on)}"
            return f"⚠ {text} – " + self.tr("OVERSKREDET") if self._late[row] else text
        values = {
            Column.TITLE: measure.title,
            Column.OWNER: measure.owner,
            Column.DUE: format_date(measure.due_on),
            Column.UNIT: (measure.unit_name or self.tr("Hele bostedet"))
            + (f" · {measure.resident_card_name}" if measure.resident_card_name else ""),
            Column.TRACK: domain_tr(measure.track) if measure.track else "",
            Column.NOTE: measure.note,
        }
        return values[column]


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


class MeasureDialog(messages.AsksBeforeDiscarding, QDialog):
    """Write a new measure, or change one (what is typed stays when the service refuses); read only for
    those who may not write."""

    saved = Signal(int)  # the measure's id

    def __init__(
        self,
        database: Database,
        actor: Actor,
        units: list[UnitRow],
        today: date,
        *,
        measure: MeasureView | None = None,
        read_only: bool = False,
        tracks: Sequence[str] = TRACKS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.measure = measure
        self.read_only = read_only
        self.setObjectName("measureDialog")
        self.setWindowTitle(
            self.tr("Tiltag") if read_only else self.tr("Ret tiltag") if measure else self.tr("Nyt tiltag")
        )
        self.setMinimumWidth(560)
        data = measure.as_input() if measure else MeasureInput(title="")
        self.title = QLineEdit(data.title)
        self.title.setPlaceholderText(self.tr("Hvad gør vi? Fx »Fast punkt om hændelser på personalemødet«"))
        self.track = QComboBox()
        self.track.setEditable(True)
        self.track.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a track of one's own stays typed text
        self.track.addItem("")
        for track in tracks:  # the facility's own tracks too: picked, not typed again with a typo
            self.track.addItem(domain_tr(track), track)
        self.track.setCurrentText(domain_tr(data.track) if data.track else "")
        self.owner = QLineEdit(data.owner)
        self.no_due = QCheckBox(self.tr("Ingen frist"))
        self.due = _date_edit(data.due_on or today)
        self.no_due.setChecked(data.due_on is None)
        self.due.setEnabled(data.due_on is not None)
        self.no_due.toggled.connect(lambda none: self.due.setEnabled(not none))
        self.status = QComboBox()
        for status, title in MEASURE_STATUS_TITLES.items():
            self.status.addItem(domain_tr(title), status)
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.done_on = _date_edit(data.done_on or today)
        self.done_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.done_label = QLabel(self.tr("Afsluttet den"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Hele bostedet"), None)
        for unit in units:
            self.unit.addItem(unit.name, unit.id)
        self.unit.setCurrentIndex(max(self.unit.findData(data.unit_id), 0))
        self.resident_id = data.resident_id  # kept as it is: the form does not move a measure
        self.about = QLabel(measure.resident_card_name if measure and measure.resident_card_name else "")
        self.note = QPlainTextEdit(data.note)
        self.note.setMinimumHeight(80)
        self.problem = problem_label()
        self._lay_out()
        self.seen = self.chosen()  # what "unsaved" is measured against
        if read_only:
            for field in (self.title, self.owner, self.note):
                field.setReadOnly(True)
            for widget in (self.track, self.no_due, self.due, self.status, self.unit):
                widget.setEnabled(False)

    def _lay_out(self) -> None:
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.no_due)
        due_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Tiltag"), self.title)
        form.addRow(self.tr("Ansvarlig"), self.owner)
        form.addRow(self.tr("Frist"), due_row)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.done_label, self.done_on)
        self.status.currentIndexChanged.connect(lambda _index: self._show_done_on())
        self._show_done_on()
        form.addRow(self.tr("Afdeling"), self.unit)
        form.addRow(self.tr("Spor"), self.track)
        if self.about.text():
            form.addRow(self.tr("Om borger"), self.about)
        form.addRow(self.tr("Bemærkning"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        if self.read_only:
            close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
            close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
            close.rejected.connect(self.reject)
            layout.addWidget(close)
        else:
            layout.addWidget(ok_cancel(self, self.tr("Gem"), self.save))

    def _finished(self) -> bool:
        return MeasureStatus(self.status.currentData()) not in OPEN_MEASURE_STATUSES

    def _show_done_on(self) -> None:
        """The day it was done or stopped, for a finished measure only (today unless changed)."""
        self.done_label.setVisible(self._finished())
        self.done_on.setVisible(self._finished())

    def has_unsaved_work(self) -> bool:
        return not self.read_only and self.chosen() != self.seen

    def discard_texts(self) -> tuple[str, str, str]:
        return (
            self.tr("Tiltaget er ikke gemt. Vil du lukke uden at gemme?"),
            self.tr("Tilbage"),
            self.tr("Luk uden at gemme"),
        )

    def chosen(self) -> MeasureInput:
        # A listed track in the UI language (any capitals, any spaces) stands for its Danish name;
        # anything else as typed.
        typed = " ".join(self.track.currentText().split())
        track = self.track.itemData(self.track.findText(typed, Qt.MatchFlag.MatchFixedString)) or typed
        due, done = self.due.date(), self.done_on.date()
        return MeasureInput(
            title=self.title.text(),
            owner=self.owner.text(),
            due_on=None if self.no_due.isChecked() else date(due.year(), due.month(), due.day()),
            status=MeasureStatus(self.status.currentData()),
            note=self.note.toPlainText(),
            track=track or "",
            unit_id=self.unit.currentData(),
            resident_id=self.resident_id,
            done_on=date(done.year(), done.month(), done.day()) if self._finished() else None,
        )

    def save(self) -> bool:
        try:
            with self.database.session() as session:
                if self.measure is None:
                    measure_id = action_plan.add_measure(session, self.actor, self.chosen())
                else:
                    measure_id = self.measure.id
                    action_plan.update_measure(
                        session,
                        self.actor,
                        measure_id,
                        self.chosen(),
                        expected_row_version=self.measure.row_version,
                    )
        except ValidationError as error:
            self.problem.setText("\n".join(service_text(problem.message) for problem in error.problems))
            self.problem.show()
            return False
        except ConflictError:
            # Changed on another PC: say by whom; Gem again saves this form's text over theirs.
            with self.database.session() as session:
                assert self.measure is not None
                self.measure = action_plan.get_measure(session, self.measure.id)
            self.problem.setText(
                self.tr(
                    "%1 har ændret tiltaget imens. Tryk Gem igen for at gemme din udgave i stedet."
                ).replace("%1", self.measure.updated_by)
            )
            self.problem.show()
            return False
        except ServiceError as error:  # no longer allowed, or gone: what was typed stays
            self.problem.setText(service_text(error.message))
            self.problem.show()
            return False
        self.saved.emit(measure_id)
        self.done(QDialog.DialogCode.Accepted)
        return True


def _measure_table(model: MeasureModel) -> QTableView:
    table = QTableView()
    table.setObjectName("measureTable")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    rows = table.verticalHeader()
    rows.hide()
    # Rows follow their wrapped text as the window's width changes; a long note shows its first lines,
    # all of it is in the tooltip and when the measure is opened.
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    rows.setMaximumSectionSize(96)
    header = table.horizontalHeader()
    for column, width in COLUMN_WIDTHS.items():
        table.setColumnWidth(column, width)
    for column in STRETCHED:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


class ActionPlanView(QWidget):
    """The action plan's window: filter, table, and (for those who may) Nyt tiltag and Ret."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        units: list[UnitRow],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.units = units
        self.today = today
        self.setObjectName("actionPlanView")
        intro = QLabel(
            self.tr(
                "Tiltag for et trygt arbejdsmiljø: hvad vi gør, hvem der er ansvarlig, og hvornår det skal "
                "være gjort. Tiltag med overskredet frist er markeret."
            )
        )
        intro.setWordWrap(True)
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("Alle afdelinger"), None)
        for unit in units:
            self.unit_combo.addItem(unit.name, unit.id)
        self.unit_combo.currentIndexChanged.connect(lambda _index: self.load())
        self.open_only = QCheckBox(self.tr("Kun åbne tiltag"))
        self.open_only.toggled.connect(lambda _checked: self.load())
        self.add_button = QPushButton(self.tr("Nyt tiltag…"))
        self.add_button.clicked.connect(self.open_new)
        self.edit_button = QPushButton(self.tr("Ret…"))
        self.edit_button.clicked.connect(self.open_chosen)
        self.print_button = QPushButton(self.tr("Udskriv status…"))
        self.print_button.clicked.connect(self.print_status)
        editor = may(actor, Action.ACTION_PLAN)
        self.add_button.setVisible(editor)
        self.edit_button.setVisible(editor)
        self.model = MeasureModel(self)
        self.table = _measure_table(self.model)
        self.editor = editor
        self.table.activated.connect(lambda index: self.open_measure(index.row()))
        self.summary = QLabel()
        self.summary.setObjectName("infoLabel")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Afdeling")))
        bar.addWidget(self.unit_combo)
        bar.addWidget(self.open_only)
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.print_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.load()

    def load(self) -> None:
        with messages.user_action(), self.database.session() as session:
            rows = action_plan.list_measures(
                session, unit_id=self.unit_combo.currentData(), open_only=self.open_only.isChecked()
            )
            self.model.set_rows(rows, self.today)
        late = sum(1 for row in rows if row.overdue(self.today))
        self.summary.setText(
            self.tr("%n tiltag vist", "", len(rows))
            + (" · " + self.tr("%n med overskredet frist", "", late) if late else "")
        )

    def _dialog(self, measure: MeasureView | None) -> MeasureDialog:
        with messages.user_action(), self.database.session() as session:
            tracks = action_plan.track_names(session)
        dialog = MeasureDialog(
            self.database,
            self.actor,
            self.units,
            self.today,
            measure=measure,
            read_only=not self.editor,
            tracks=tracks,
            parent=self,
        )
        dialog.saved.connect(lambda _id: self.load())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_new(self) -> MeasureDialog:
        return self._dialog(None)

    def open_measure(self, row: int) -> MeasureDialog:
        return self._dialog(self.model.measure(row))

    def open_chosen(self) -> MeasureDialog | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Handleplan"), self.tr("Vælg et tiltag i listen først."))
            return None
        return self.open_measure(rows[0].row())

    def print_status(self) -> QDialog | None:
        """The status as shown (this unit, or all) in a preview to print or save."""
        from tryghed_desktop.printing.meeting_pack import render_action_plan
        from tryghed_desktop.ui.print_dialog import PdfPreviewDialog

        try:
            with self.database.session() as session:
                unit_id = self.unit_combo.currentData()
                measures = action_plan.list_measures(
                    session, unit_id=unit_id, open_only=self.open_only.isChecked()
                )
                scope = residents.scope_name(session, unit_id)
            pdf = render_action_plan(measures, unit_name=scope, printed_at=datetime.now(UTC))
        except ServiceError as error:
            messages.report_problem(error)
            return None
        dialog = PdfPreviewDialog(self.tr("Handleplan – status"), parent=self)
        dialog.file_stem = f"handleplan-{self.today:%Y-%m-%d}"
        dialog.set_pdf(pdf)
        from tryghed_desktop.ui.window_actions import preview_layout

        preview_layout(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
