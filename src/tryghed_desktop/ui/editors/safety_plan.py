"""Safety plan editor: per topic the resident's own words beside the staff's view (LA2), agreed
signals, contacts, and whether the resident took part and agreed, with a reason when not."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from tryghed_desktop.domain.plans import Contact, SafetyPlan
from tryghed_desktop.ui.domain_labels import safety_topics
from tryghed_desktop.ui.editors.document import DraftDocument
from tryghed_desktop.ui.editors.fields import BoundCheckBox
from tryghed_desktop.ui.editors.kind_editor import KindEditor, contact_columns

OWN_WORDS_TINT = "#f3f0fa"


class SafetyPlanEditor(KindEditor):
    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        assert isinstance(document.content, SafetyPlan)
        self._build_agreement()
        self.topic_lists: dict[str, tuple[object, object]] = {}
        for key, title in safety_topics():
            own = self.item_list((key, "resident"), self.tr("Med mine ord"))
            staff = self.item_list((key, "staff"), self.tr("Personalets blik"))
            own.view.setStyleSheet(f"QListView {{ background: {OWN_WORDS_TINT}; }}")
            self.topic_lists[key] = (own, staff)
            self.section(title, own.view, self.band(title, "#6b4fa0", "#faf9fd", self.grid((own, staff))))
        self.signals = self.item_list(("agreed_signals",), self.tr("Aftalte tegn og ord"))
        self.section(self.tr("Aftalte tegn og ord"), self.signals.view, self.signals)
        self.contacts = self.record_table(
            ("contacts",), self.tr("Mine kontaktpersoner"), contact_columns(), lambda _row: Contact("")
        )
        self.section(self.tr("Kontaktpersoner"), self.contacts.view, self.contacts)
        self.column.addStretch(1)

    def _reason_problem(self) -> str | None:
        plan = self.document.content
        assert isinstance(plan, SafetyPlan)
        if (plan.resident_participated and plan.resident_agrees) or plan.reason_if_not.strip():
            return None
        return self.tr("Skriv hvorfor borgeren ikke deltog eller ikke er enig.")

    def _build_agreement(self) -> None:
        self.participated = BoundCheckBox(
            self.document, ("resident_participated",), self.tr("Borgeren har deltaget i planen")
        )
        self.agrees = BoundCheckBox(self.document, ("resident_agrees",), self.tr("Borgeren er enig i planen"))
        self.parts += [self.participated, self.agrees]
        self.reason = self.line_edit(("reason_if_not",), self._reason_problem)
        boxes = QWidget()
        row = QHBoxLayout(boxes)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.participated.box)
        row.addWidget(self.agrees.box)
        row.addStretch(1)
        body = self.grid((boxes,), (self.labelled(self.tr("Begrundelse, hvis ikke"), self.reason),))
        self.section(self.tr("Deltagelse og enighed"), self.participated.box, body)
