"""Learning from incidents on screen: filters, weekday × hour heat map, trend, the resident's day,
strategies (with "Se på den igen"), early signs, plans to review, and the meeting pack."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from enum import IntEnum
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.domain.incidents import INCIDENT_TYPE_TITLES, SEVERITY_SHORT, IncidentType
from tryghed_desktop.printing.charts import heatmap_figure, rhythm_figure, trend_figure
from tryghed_desktop.printing.meeting_pack import render_meeting_pack, write_meeting_xlsx
from tryghed_desktop.services import residents as resident_service
from tryghed_desktop.services import review_signals
from tryghed_desktop.services import statistics as stats_service
from tryghed_desktop.services.actors import Action, Actor, may
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.services.review_signals import ReviewSignal
from tryghed_desktop.services.statistics import Statistics, StatsFilter, StrategyStat
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import messages
from tryghed_desktop.ui.domain_labels import domain_tr
from tryghed_desktop.ui.service_texts import service_text
from tryghed_desktop.ui.status import signal_reasons
from tryghed_desktop.ui.tasks import Task, run_task

Index = QModelIndex | QPersistentModelIndex
REVISIT_BACKGROUND = QColor("#fff1c2")


class StrategyColumn(IntEnum):
    RESIDENT = 0
    STRATEGY = 1
    HELPED = 2
    NOT_HELPED = 3
    UNKNOWN = 4
    VERDICT = 5


class StrategyRole(IntEnum):
    STAT = Qt.ItemDataRole.UserRole + 1
    REVISIT = Qt.ItemDataRole.UserRole + 2


class StrategyTableModel(QAbstractTableModel):
    """One row per (resident, strategy): how often it helped; flagged in words, not only in colour."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StrategyStat] = []

    def set_rows(self, rows: list[StrategyStat]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(StrategyColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(StrategyColumn):
            return None
        return {
            StrategyColumn.RESIDENT: self.tr("Borger"),
            StrategyColumn.STRATEGY: self.tr("Strategi"),
            StrategyColumn.HELPED: self.tr("Hjalp"),
            StrategyColumn.NOT_HELPED: self.tr("Hjalp ikke"),
            StrategyColumn.UNKNOWN: self.tr("Usikker"),
            StrategyColumn.VERDICT: self.tr("Vurdering"),
        }[StrategyColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        stat = self._rows[index.row()]
        column = StrategyColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(stat, column)
        if role == StrategyRole.STAT:
            return stat
        if role == StrategyRole.REVISIT:
            return stat.revisit
        if role == Qt.ItemDataRole.BackgroundRole and stat.revisit:
            return QBrush(REVISIT_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and stat.revisit and column is StrategyColumn.VERDICT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, stat: StrategyStat, column: StrategyColumn) -> str:
        if column is StrategyColumn.RESIDENT:
            return stat.card_name
        if column is StrategyColumn.STRATEGY:
            return stat.text
        if column is StrategyColumn.HELPED:
            return self.tr("%1 af %2").replace("%1", str(stat.helped)).replace("%2", str(stat.tries))
        if column is StrategyColumn.NOT_HELPED:
            return str(stat.not_helped)
        if column is StrategyColumn.UNKNOWN:
            return str(stat.unknown)
        if stat.revisit:
            return self.tr("Se på den igen")
        if stat.tries < 2:
            return self.tr("For få forsøg")
        return self.tr("Hjælper ofte") if 2 * stat.helped >= stat.tries else self.tr("Blandet")


PRESET_QUARTER, PRESET_YEAR, PRESET_CUSTOM = 0, 1, 2


class StatisticsView(QWidget):
    """The coordinator's statistics screen. Each action opens its own session inside a background task;
    the widget never holds one."""

    def __init__(
        self, database: Database, actor: Actor, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self.database = database
        self.actor = actor
        self._today = today
        self.task: Task | None = None
        self.statistics: Statistics | None = None
        self.review_signals: list[ReviewSignal] = []
        self.last_pack: tuple[Path, Path] | None = None
        self._build()
        self.reload_filters()

    def today(self) -> date:
        return self._today or date.today()

    # --- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:  # noqa: PLR0915 - the screen's widgets, built in code
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("statsUnit")
        self.resident_combo = QComboBox()
        self.resident_combo.setObjectName("statsResident")
        self.period_combo = QComboBox()
        self.period_combo.addItems(
            [self.tr("Sidste kvartal"), self.tr("Sidste 12 måneder"), self.tr("Valgfri periode")]
        )
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.type_boxes: dict[IncidentType, QCheckBox] = {}
        types_row = QHBoxLayout()
        for kind in IncidentType:
            box = QCheckBox(domain_tr(INCIDENT_TYPE_TITLES[kind]))
            box.setChecked(True)
            self.type_boxes[kind] = box
            types_row.addWidget(box)
        types_row.addStretch(1)
        self.show_button = QPushButton(self.tr("Vis"))
        self.show_button.setDefault(True)
        self.pack_button = QPushButton(self.tr("Lav mødepakke…"))
        self.names_box = QCheckBox(self.tr("Kortnavne i mødepakken"))
        self.names_box.setToolTip(self.tr("Ellers står borgerne som Borger A, B …"))

        # Three rows of choices, so that the charts keep their room on a 1024×600 ward screen.
        form = QFormLayout()
        who = QHBoxLayout()
        who.addWidget(self.unit_combo, 1)
        resident_label = QLabel(self.tr("Borger"))
        resident_label.setBuddy(self.resident_combo)
        who.addWidget(resident_label)
        who.addWidget(self.resident_combo, 1)
        form.addRow(self.tr("Afdeling"), who)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_combo)
        period_row.addWidget(QLabel(self.tr("fra")))
        period_row.addWidget(self.from_edit)
        period_row.addWidget(QLabel(self.tr("til")))
        period_row.addWidget(self.to_edit)
        period_row.addStretch(1)
        period_row.addWidget(self.show_button)
        period_row.addWidget(self.pack_button)
        form.addRow(self.tr("Periode"), period_row)
        types_row.addWidget(self.names_box)
        form.addRow(self.tr("Typer"), types_row)

        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Annuller"))
        busy = QHBoxLayout()
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self.busy_row = QWidget()
        self.busy_row.setLayout(busy)
        self.busy_row.setMaximumWidth(420)  # beside the summary line, not a row of its own
        self.busy_row.setVisible(False)

        self.summary = QLabel(self.tr("Vælg afdeling og periode, og tryk »Vis«."))
        self.summary.setObjectName("statsSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.heatmap_canvas = FigureCanvasQTAgg(heatmap_figure([[0] * 7 for _ in range(24)], label=domain_tr))
        self.trend_canvas = FigureCanvasQTAgg(Figure())
        self.rhythm_canvas = FigureCanvasQTAgg(Figure())
        self.strategy_model = StrategyTableModel(self)
        self.strategy_table = QTableView()
        self.strategy_table.setModel(self.strategy_model)
        self.strategy_table.verticalHeader().setVisible(False)
        header = self.strategy_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StrategyColumn.STRATEGY, QHeaderView.ResizeMode.Stretch)
        self.overview_table = QTableWidget(0, 2)
        self.overview_table.setObjectName("statsOverview")
        self.overview_table.setHorizontalHeaderLabels([self.tr("Hvad"), self.tr("Antal")])
        self.overview_table.verticalHeader().setVisible(False)
        self.overview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # The number right beside its label, not across a wide window.
        self.overview_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.overview_table.horizontalHeader().setStretchLastSection(False)
        self.signs_list = QListWidget()
        self.review_list = QListWidget()
        self.review_list.setObjectName("reviewSignals")
        self.review_list.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview_table, self.tr("Overblik"))
        self.tabs.addTab(self._holder(self.heatmap_canvas), self.tr("Ugedag × klokkeslæt"))
        self.tabs.addTab(self._holder(self.trend_canvas), self.tr("Udvikling"))
        self.tabs.addTab(self._holder(self.rhythm_canvas), self.tr("Borgerens døgn"))
        self.tabs.addTab(self.strategy_table, self.tr("Strategier"))
        self.tabs.addTab(self.signs_list, self.tr("Tidlige tegn"))
        self.tabs.addTab(self.review_list, self.tr("Planer til revision"))

        status = QHBoxLayout()
        status.addWidget(self.summary, 1)
        status.addWidget(self.busy_row, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(status)
        layout.addWidget(self.tabs, 1)

        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self.resident_combo.currentIndexChanged.connect(self._update_pack_button)
        for box in self.type_boxes.values():
            box.toggled.connect(self._update_pack_button)
        # Card names take personal data out of the app: those who may export (DESIGN §9).
        self.names_box.setVisible(may(self.actor, Action.EXPORT))
        self.period_combo.currentIndexChanged.connect(self._preset_changed)
        self.show_button.clicked.connect(self.refresh)
        self.pack_button.clicked.connect(self.make_meeting_pack)
        self.cancel_button.clicked.connect(self.cancel)
        self._preset_changed(PRESET_QUARTER)

    @staticmethod
    def _holder(canvas: FigureCanvasQTAgg) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(canvas)
        return holder

    def _replace_canvas(self, old: FigureCanvasQTAgg, figure: Figure) -> FigureCanvasQTAgg:
        canvas = FigureCanvasQTAgg(figure)
        parent = old.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is not None:
            layout.replaceWidget(old, canvas)
        old.deleteLater()
        return canvas

    # --- filters ----------------------------------------------------------------------------------

    def reload_filters(self) -> None:
        """Fill the unit and resident choices (a short read of its own)."""
        with self.database.session() as session:
            units = resident_service.list_units(session)
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("Alle afdelinger"), None)
        for unit in units:
            self.unit_combo.addItem(unit.name, unit.id)
        self.unit_combo.blockSignals(False)
        self._unit_changed()

    def _unit_changed(self, *_args: object) -> None:
        unit_id = self.unit_combo.currentData()
        with self.database.session() as session:
            rows = resident_service.list_residents(session, unit_id=unit_id)
        self.resident_combo.clear()
        self.resident_combo.addItem(self.tr("Alle borgere"), None)
        for row in rows:
            self.resident_combo.addItem(row.card_name, row.id)
        self._update_pack_button()

    def _pack_refusal(self) -> str:
        """Why the meeting pack cannot be made for the screen's filter; empty when it can."""
        # A unit's pack for its staff meeting, or with "Alle afdelinger" the facility's for the AMG.
        if self.resident_combo.currentData() is not None or not all(
            box.isChecked() for box in self.type_boxes.values()
        ):
            # Never a filtered view that looks whole.
            return self.tr("Mødepakken er for hele afdelingen: vælg »Alle borgere« og alle typer.")
        return ""

    def _update_pack_button(self, *_args: object) -> None:
        refusal = self._pack_refusal()
        self.pack_button.setEnabled(not refusal and self.task is None)
        self.pack_button.setToolTip(refusal)

    def _preset_changed(self, preset: int) -> None:
        custom = preset == PRESET_CUSTOM
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if custom:
            return
        pick = stats_service.last_quarter if preset == PRESET_QUARTER else stats_service.last_twelve_months
        start, end = pick(self.today())
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))

    def select(self, *, unit_id: int | None = None, resident_id: int | None = None) -> None:
        """Choose a unit and resident, as the resident page's 'statistics' link would."""
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(unit_id)))
        self.resident_combo.setCurrentIndex(max(0, self.resident_combo.findData(resident_id)))

    def set_period(self, start: date, end: date) -> None:
        self.period_combo.setCurrentIndex(PRESET_CUSTOM)
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))

    def current_filter(self) -> StatsFilter:
        chosen = frozenset(kind for kind, box in self.type_boxes.items() if box.isChecked())
        start = self.from_edit.date().toPython()
        end = self.to_edit.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return StatsFilter(
            self.unit_combo.currentData(),
            self.resident_combo.currentData(),
            start,
            end,
            None if len(chosen) == len(IncidentType) else chosen,
        )

    def _chosen_filter(self) -> StatsFilter | None:
        """The filter, or None after saying what is wrong with it (the end before the start)."""
        try:
            return self.current_filter()
        except ServiceError as error:
            self.summary.setText(service_text(error.message))
            self.to_edit.setFocus()
            return None

    # --- running ----------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.busy_row.setVisible(busy)
        self.show_button.setEnabled(not busy)
        self.pack_button.setEnabled(not busy and not self._pack_refusal())
        self.progress.setRange(0, 0)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _cancelled(self) -> None:
        self.task = None
        self._busy(False)
        self.summary.setText(self.tr("Annulleret."))

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._busy(False)
        self.summary.setText(self.tr("Det lykkedes ikke. Prøv igen."))
        if isinstance(error, ServiceError):
            messages.report_problem(error)
        else:  # unexpected: the application's excepthook logs it and shows copyable details
            sys.excepthook(type(error), error, error.__traceback__)

    def refresh(self) -> None:
        """Compute the statistics for the chosen filter off the UI thread."""
        stats_filter = self._chosen_filter()
        if stats_filter is None:
            return
        database = self.database

        def work(task: Task) -> tuple[Statistics, list[ReviewSignal]]:
            with database.session() as session:
                stats = stats_service.unit_statistics(session, stats_filter, progress=task.report)
                signals = review_signals.plans_needing_review(
                    session, stats_filter.unit_id, resident_id=stats_filter.resident_id
                )
            return stats, signals

        self._busy(True)
        self.task = run_task(
            work, self._show, self._failed, on_progress=self._progress, on_cancelled=self._cancelled
        )

    def _show(self, result: tuple[Statistics, list[ReviewSignal]]) -> None:
        self.task = None
        self._busy(False)
        stats, signals = result
        self.statistics = stats
        self.review_signals = signals
        self.summary.setText(self.summary_text(stats))
        heatmap = heatmap_figure(stats.hour_weekday, label=domain_tr)
        self.heatmap_canvas = self._replace_canvas(self.heatmap_canvas, heatmap)
        self.trend_canvas = self._replace_canvas(
            self.trend_canvas, trend_figure(stats.months, self._spans(stats), label=domain_tr)
        )
        title = self.tr("Hændelser på borgerens døgnrytme") if stats.rhythm else self.tr("Hændelser pr. time")
        self.rhythm_canvas = self._replace_canvas(
            self.rhythm_canvas, rhythm_figure(stats.by_hour, stats.rhythm, title=title, label=domain_tr)
        )
        self._show_overview(stats)
        self.strategy_model.set_rows(list(stats.strategies))
        self.signs_list.clear()
        for sign in stats.signs:
            self.signs_list.addItem(f"{sign.count} ×  {sign.text}  ({sign.card_name})")
        self.review_list.clear()
        for signal in signals:
            self.review_list.addItem(
                self.tr("%1: planen bør revideres – %2")
                .replace("%1", signal.card_name)
                .replace("%2", signal_reasons(signal))
            )
        if not signals:
            self.review_list.addItem(self.tr("Ingen planer skal revideres på grund af hændelser."))

    def _show_overview(self, stats: Statistics) -> None:
        """The counts the pack's first page gives: in all (against the previous period), per type and
        per severity."""
        rows = [
            (
                self.tr("Hændelser i alt (forrige periode: %1)").replace("%1", str(stats.previous_total)),
                stats.total,
            )
        ]
        for kind, count in stats.by_type.items():
            rows.append((domain_tr(INCIDENT_TYPE_TITLES[IncidentType(kind)]), count))
        severity = self.tr("Alvor %1 – %2")
        for level, count in stats.by_severity.items():
            title = severity.replace("%1", str(level)).replace("%2", domain_tr(SEVERITY_SHORT[level]))
            rows.append((title, count))
        self.overview_table.setRowCount(len(rows))
        for row, (text, count) in enumerate(rows):
            self.overview_table.setItem(row, 0, QTableWidgetItem(text))
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.overview_table.setItem(row, 1, number)

    @staticmethod
    def _spans(stats: Statistics) -> tuple[str, str]:
        """The period's and the previous period's dates, as the trend's legend shows them."""
        days = (stats.filter.start, stats.filter.end, stats.previous_start, stats.previous_end)
        low, high, previous_low, previous_high = (day.strftime("%d.%m.%Y") for day in days)
        return f"{low}–{high}", f"{previous_low}–{previous_high}"

    def summary_text(self, stats: Statistics) -> str:
        # Qt's %n picks the plural form from the translation (Danish: the source, which has both).
        text = self.tr("%n hændelse(r) %2 (forrige periode %3: %4).", "", stats.total)
        span, previous_span = self._spans(stats)
        text = text.replace("%2", span).replace("%3", previous_span).replace("%4", str(stats.previous_total))
        revisit = len(stats.strategies_to_revisit)
        if revisit:
            text += " " + self.tr("%n strategi(er) bør ses på igen.", "", revisit)
        return text

    # --- meeting pack -----------------------------------------------------------------------------

    @classmethod
    def ask_pdf_path(cls, parent: QWidget, suggestion: str) -> str:
        """Where to save the pack's PDF ('' when cancelled); patched in tests."""
        path, _filter = QFileDialog.getSaveFileName(
            parent, parent.tr("Gem mødepakke"), suggestion, parent.tr("PDF (*.pdf)")
        )
        return path

    def make_meeting_pack(self) -> None:
        """Save the unit's meeting pack (or the facility's, with all units) as PDF and XLSX (same name,
        .xlsx) where the user chooses."""
        stats_filter = self._chosen_filter()
        if stats_filter is None or self._pack_refusal():
            return
        unit_id = stats_filter.unit_id
        # The unit's name, or "Alle afdelinger" without its count, in the file name.
        unit_text = self.unit_combo.currentText() if unit_id is not None else self.tr("alle afdelinger")
        suggestion = f"mødepakke-{unit_text}-{stats_filter.start:%Y-%m-%d}.pdf"
        chosen = self.ask_pdf_path(self, suggestion)
        if not chosen:
            return
        pdf_path = Path(chosen).with_suffix(".pdf")
        xlsx_path = pdf_path.with_suffix(".xlsx")
        database, actor, names = self.database, self.actor, self.names_box.isChecked()
        period = (stats_filter.start, stats_filter.end)

        def work(task: Task) -> tuple[Path, Path]:
            with database.session() as session:
                pack = stats_service.meeting_pack_input(
                    session, actor, unit_id, *period, show_card_names=names
                )
            task.report(1, 3)
            printed_at = datetime.now(UTC)
            arguments: dict[str, Any] = {
                "unit_name": pack.unit_name,
                "period": period,
                "printed_at": printed_at,
                "show_card_names": names,
                "measures": pack.measures,
            }
            pdf = render_meeting_pack(pack.statistics, pack.review_signals, pack.follow_ups, **arguments)
            task.report(2, 3)
            xlsx = write_meeting_xlsx(pack.statistics, pack.review_signals, pack.follow_ups, **arguments)
            pdf_path.write_bytes(pdf)
            xlsx_path.write_bytes(xlsx)
            return pdf_path, xlsx_path

        self._busy(True)
        self.task = run_task(
            work, self._pack_saved, self._failed, on_progress=self._progress, on_cancelled=self._cancelled
        )

    def _pack_saved(self, paths: tuple[Path, Path]) -> None:
        self.task = None
        self._busy(False)
        self.last_pack = paths
        self.summary.setText(
            self.tr("Mødepakken er gemt: %1 og %2").replace("%1", str(paths[0])).replace("%2", paths[1].name)
        )
