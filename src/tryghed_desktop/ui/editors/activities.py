"""Activity descriptions: a table of named activities, and the steps and risks of the selected one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget

from tryghed_desktop.domain.plans import Activities, Activity
from tryghed_desktop.ui.editors.document import DraftDocument, Path
from tryghed_desktop.ui.editors.kind_editor import KindEditor
from tryghed_desktop.ui.editors.record_table import Column


class ActivitiesEditor(KindEditor):
    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        assert isinstance(document.content, Activities)
        self.table = self.record_table(
            ("activities",),
            self.tr("Aktiviteter"),
            [
                Column(
                    "name",
                    self.tr("Navn"),
                    problem=lambda activity, _row: (
                        None if activity.name.strip() else self.tr("Skriv et navn på aktiviteten.")
                    ),
                    stretch=True,
                ),
                Column("purpose", self.tr("Formål"), stretch=True),
                Column("staff_needed", self.tr("Personale"), kind="count"),
            ],
            lambda _row: Activity(""),
        )
        self.section(self.tr("Aktiviteter"), self.table.view, self.table)
        self.steps = self.item_list(("activities", 0, "steps"), self.tr("Trin"))
        self.risks = self.item_list(("activities", 0, "risks"), self.tr("Risici"))
        self.section(self.tr("Trin og risici"), self.steps.view, self.grid((self.steps, self.risks)))
        self.column.addStretch(1)
        self.table.view.selectionModel().currentRowChanged.connect(self._follow)
        model = self.table.model
        for signal in (model.rowsRemoved, model.rowsMoved, model.modelReset, model.dataChanged):
            signal.connect(lambda *_args: self._follow(self.table.view.currentIndex()))
        if self.table.model.rowCount():
            self.table.select(0)
        self._follow(self.table.view.currentIndex())

    def _follow(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        """Show the steps and risks of the activity in the table's current row."""
        row = max(current.row(), 0)
        name = self.table.model.row_value(row).name if row < self.table.model.rowCount() else ""
        for part, path, title in (
            (self.steps, ("activities", row, "steps"), self.tr("Trin")),
            (self.risks, ("activities", row, "risks"), self.tr("Risici")),
        ):
            if part.path != path:
                part.set_path(path)
            part.title.setText(f"{title} – {name}" if name else title)
        enabled = self.table.model.rowCount() > 0
        self.steps.setEnabled(enabled)
        self.risks.setEnabled(enabled)

    def focus_path(self, path: Path) -> bool:
        if len(path) >= 2 and path[0] == "activities" and isinstance(path[1], int):
            self.table.select(path[1])
        return super().focus_path(path)
