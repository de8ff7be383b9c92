"""'Registrér hændelse': the under-30-seconds form; the required part first, the rest behind 'Mere'.
The same form, prefilled, is 'Ret hændelse': a later change kept in the incident's history."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.domain.incidents import (
    INCIDENT_FIELD_TITLES,
    INCIDENT_FORM_TITLES,
    INCIDENT_TYPE_TITLES,
    SEVERITY_SHORT,
    SEVERITY_TITLES,
    USUAL_FORM,
    IncidentForm,
    IncidentReport,
    IncidentType,
    StrategyUse,
    UseOfForceReference,
    follow_up_deadlines,
)
from tryghed_desktop.domain.plans import STAGE_INFO, STAGE_ORDER, StageKind
from tryghed_desktop.services import incidents as incident_service
from tryghed_desktop.services import residents as resident_service
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.services.errors import ServiceError, ValidationError
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import messages
from tryghed_desktop.ui.choice_row import ChoiceRow
from tryghed_desktop.ui.domain_labels import (
    LOCATIONS,
    domain_tr,
    place_title,
    stage_colour_name,
    stage_meaning,
)
from tryghed_desktop.ui.layouts import hbox, resize_within_screen
from tryghed_desktop.ui.service_texts import service_text
from tryghed_desktop.ui.status import format_datetime

UNKNOWN_PERSON = -1
HELPED_CHOICES = (
    (QT_TRANSLATE_NOOP("IncidentDialog", "Ved ikke"), None),
    (QT_TRANSLATE_NOOP("IncidentDialog", "Hjalp"), True),
    (QT_TRANSLATE_NOOP("IncidentDialog", "Hjalp ikke"), False),
)


def _to_python(value: QDateTime) -> datetime:
    return value.toPython().astimezone()  # type: ignore[no-any-return,union-attr]


def qt_datetime(value: datetime) -> QDateTime:
    """An aware moment as the PC's wall-clock time that QDateTimeEdit shows (PySide6 drops tzinfo)."""
    return QDateTime(value.astimezone().replace(tzinfo=None))


def date_field(initial: QDate) -> QDateEdit:
    """A Danish date field with a calendar pop-up."""
    field = QDateEdit(initial)
    field.setDisplayFormat("dd.MM.yyyy")
    field.setCalendarPopup(True)
    return field


class ProfileChoice(QCheckBox):
    """A sign or strategy from the resident's risk profile, to tick. An old, text-heavy profile has signs
    of a whole paragraph: the text is cut to the width there is, with '…' (the whole text is the
    tooltip and is what is stored), so the form never grows wider than the dialog."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.full_text = text
        self.setAccessibleName(text)
        # The layout decides the width, not the text.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        label = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self)
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, label.width())
        if shown != self.text():
            self.setText(shown)
            self.setToolTip("" if shown == self.full_text else self.full_text)


class IncidentDialog(messages.AsksBeforeDiscarding, QDialog):
    """Registers one incident through the incident service, or with `incident_id` changes a registered
    one (prefilled, saved through update_incident); keeps everything typed on a refusal."""

    registered = Signal(int, str)  # incident id, confirmation text
    updated = Signal(int, str)  # incident id, what changed in words

    def __init__(
        self,
        database: Database,
        actor: Actor,
        *,
        resident_id: int | None = None,
        incident_id: int | None = None,
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.incident_id = incident_id
        self._now = now
        self._original: IncidentReport | None = None
        # Whose risk profile, and which version, the signs and strategies offered come from.
        self._choices_from: tuple[int | None, int | None] | None = None
        self._ticked_signs: set[str] = set()
        self._tried_strategies: dict[str, int] = {}  # strategy → the index of "helped?"
        self.sign_boxes: list[ProfileChoice] = []
        self.strategy_rows: list[tuple[ProfileChoice, QComboBox]] = []
        self._row_version: int | None = None
        self._loaded_when: QDateTime | None = None
        self._loaded_first_absence: QDate | None = None
        self.setWindowTitle(self.tr("Registrér hændelse") if incident_id is None else self.tr("Ret hændelse"))
        self.setObjectName("incidentDialog")
        resize_within_screen(self, 900, 760)
        self._build()
        if incident_id is None:
            self._load_residents(resident_id)
        else:
            self._load_incident(incident_id)
        # Nobody chosen yet (no resident open): who it was comes first, then the one-key rows.
        first = self.resident_combo if self.resident_combo.currentIndex() < 0 else self.type_row
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        required = self._build_required()
        self.more_button = QPushButton(self.tr("Mere (valgfrit) ▸"))
        self.more_button.setCheckable(True)
        self.more_button.setShortcut(QKeySequence("Alt+M"))
        self.more = self._build_more()
        self.more.setVisible(False)
        self.more_button.toggled.connect(self._toggle_more)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Gem  (Ctrl+Enter)")
            if self.incident_id is None
            else self.tr("Gem ændringer  (Ctrl+Enter)"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setObjectName("saveButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=self.save)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.problem_label)
        body_layout.addLayout(required)
        body_layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        body_layout.addWidget(self.more)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)

        self.resident_combo.currentIndexChanged.connect(self._on_resident_changed)
        self.when.dateTimeChanged.connect(self._refresh_from_plans)
        self._opened_at = self.when.dateTime()
        self._when_day = self.when.date()
        self.when.dateChanged.connect(self._dates_follow_when)
        # Who, type, severity, place, form; the time (usually now) after them.
        self.setTabOrder(self.unit_combo, self.type_row)
        self.setTabOrder(self.type_row, self.severity_row)
        self.setTabOrder(self.severity_row, self.location)
        self.setTabOrder(self.location, self.form_row)

    def _build_required(self) -> QFormLayout:
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        self.resident_combo = QComboBox()
        self.resident_combo.setObjectName("residentCombo")
        self.resident_combo.setPlaceholderText(self.tr("Vælg borger…"))
        self.other_person = QLineEdit()
        self.other_person.setPlaceholderText(self.tr("Hvem var det? Fx »ukendt pårørende«"))
        self.unit_combo = QComboBox()
        who = hbox((self.resident_combo, 2), (self.other_person, 2), (self.unit_combo, 1))

        self.when = QDateTimeEdit(
            QDateTime.currentDateTime() if self._now is None else qt_datetime(self._now)
        )
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.slot_label = QLabel()
        self.slot_label.setObjectName("slotLabel")
        when = hbox(self.when, (self.slot_label, 1))

        # One key each, the first letter of the word in the UI language (Chikane: C, Harassment: H).
        type_keys = {
            IncidentType.VIOLENCE: self.tr("V", "tast for vold"),
            IncidentType.THREAT: self.tr("T", "tast for trussel"),
            IncidentType.HARASSMENT: self.tr("C", "tast for chikane"),
            IncidentType.OFFENSIVE: self.tr("A", "tast for anden krænkende adfærd"),
        }
        form_keys = {
            IncidentForm.PHYSICAL: self.tr("F", "tast for fysisk"),
            IncidentForm.VERBAL: self.tr("S", "tast for verbal (sproglig)"),
            IncidentForm.DIGITAL: self.tr("D", "tast for digital"),
        }
        self.type_row = ChoiceRow(
            [(kind, domain_tr(INCIDENT_TYPE_TITLES[kind]), type_keys[kind]) for kind in IncidentType]
        )
        self.form_row = ChoiceRow(
            [(form, domain_tr(INCIDENT_FORM_TITLES[form]), form_keys[form]) for form in IncidentForm]
        )
        self.form_row.set_value(IncidentForm.PHYSICAL)
        self._form_follows_type = True  # until the reporter picks the form
        self.type_row.changed.connect(self._offer_usual_form)
        self.form_row.changed.connect(self._form_picked)
        self.severity_row = ChoiceRow(
            [
                (level, f"{level} · {domain_tr(SEVERITY_SHORT[level])}", str(level))
                for level in SEVERITY_TITLES
            ]
        )
        self.severity_text = QLabel(self.tr("Vælg 1–5."))
        self.severity_text.setWordWrap(True)
        self.severity_row.changed.connect(
            lambda level: self.severity_text.setText(domain_tr(SEVERITY_TITLES[int(level)]))  # type: ignore[arg-type]
        )
        self.location = QComboBox()
        self.location.setEditable(True)
        for place in LOCATIONS:  # shown in the UI language, stored in Danish (the statistics count it)
            self.location.addItem(domain_tr(place), place)
        self.location.setCurrentIndex(-1)
        self.location.lineEdit().setPlaceholderText(self.tr("Hvor skete det?"))

        required = QFormLayout()
        required.addRow(self.tr("Hvem"), who)
        required.addRow(self.tr("Hvornår"), when)
        # Type, severity and place first: the form then already has the type's usual answer.
        required.addRow(self.tr("Type"), self.type_row)
        required.addRow(self.tr("Alvor"), self.severity_row)
        required.addRow("", self.severity_text)
        required.addRow(self.tr("Hvor"), self.location)
        required.addRow(self.tr("Form"), self.form_row)

        return required

    def _offer_usual_form(self, kind: object) -> None:
        if self._form_follows_type:
            self.form_row.set_value(USUAL_FORM[IncidentType(str(kind))])
            self._form_follows_type = True  # set_value above went through _form_picked

    def _form_picked(self, _form: object) -> None:
        self._form_follows_type = False

    def _build_more(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.situation = QLineEdit()
        self.situation.setPlaceholderText(self.tr("Hvad foregik der lige før?"))
        form.addRow(self.tr("Situation"), self.situation)
        self.signs_box = QGroupBox(self.tr("Tidlige tegn vi så (fra risikoprofilen)"))
        self.signs_layout = QVBoxLayout(self.signs_box)
        form.addRow(self.signs_box)
        self.strategies_box = QGroupBox(self.tr("Det prøvede vi (fra risikoprofilen)"))
        self.strategies_layout = QGridLayout(self.strategies_box)
        form.addRow(self.strategies_box)
        self.stage = QComboBox()
        self.stage.addItem(self.tr("Ikke angivet"), None)
        for kind in STAGE_ORDER[1:3]:
            info = STAGE_INFO[kind]
            self.stage.addItem(f"{info.symbol} {stage_colour_name(kind)} – {stage_meaning(kind)}", kind.value)
        form.addRow(self.tr("Højeste fase"), self.stage)
        self.injury = QCheckBox(self.tr("Nogen kom til skade"))
        self.absence_days = QSpinBox()
        self.absence_days.setRange(0, 365)
        self.absence_days.setSuffix(self.tr(" dage"))
        self.first_absence_day = date_field(self.when.date().addDays(1))
        self.first_absence_day.setEnabled(False)
        self.absence_days.valueChanged.connect(lambda days: self.first_absence_day.setEnabled(days > 0))
        form.addRow(self.tr("Skade"), self.injury)
        form.addRow(
            self.tr("Fravær"),
            hbox(
                self.absence_days,
                QLabel(self.tr("efter skadedagen. Første fraværsdag:")),
                (self.first_absence_day, 1),
            ),
        )
        self.police = QCheckBox(self.tr("Politianmeldt"))
        self.outside_hours = QCheckBox(self.tr("Uden for arbejdstid"))
        form.addRow("", hbox(self.police, (self.outside_hours, 1)))
        self.use_of_force = QCheckBox(self.tr("Indberettet"))
        self.use_of_force_form = QLineEdit()
        self.use_of_force_form.setPlaceholderText(self.tr("Hvilket skema"))
        self.use_of_force_date = date_field(self.when.date())
        for widget in (self.use_of_force_form, self.use_of_force_date):
            widget.setEnabled(False)
            self.use_of_force.toggled.connect(widget.setEnabled)
        form.addRow(
            self.tr("Magtanvendelse"),
            hbox(self.use_of_force, (self.use_of_force_form, 1), self.use_of_force_date),
        )
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Kort, med dine egne ord"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        form.addRow(self.tr("Beskrivelse"), self.description)
        return box

    def _dates_follow_when(self, day: QDate) -> None:
        """The first day of absence (the day after) and the use-of-force report's day (that day) follow
        Hvornår until the reporter sets them: a registration made on the next shift must not date the
        absence, and so the injury report's deadline, from the day it is typed in."""
        if self.first_absence_day.date() == self._when_day.addDays(1):
            self.first_absence_day.setDate(day.addDays(1))
        if self.use_of_force_date.date() == self._when_day:
            self.use_of_force_date.setDate(day)
        self._when_day = day

    def _toggle_more(self, shown: bool) -> None:
        self.more.setVisible(shown)
        self.more_button.setText(self.tr("Mere (valgfrit) ▾") if shown else self.tr("Mere (valgfrit) ▸"))

    # --- data -----------------------------------------------------------------------------------

    def _load_residents(self, resident_id: int | None) -> None:
        with self.database.session() as session:
            rows = resident_service.list_residents(session)
            units = resident_service.list_units(session)
            # The open resident may have moved out: incidents up to that day are still theirs.
            moved_out = (
                resident_service.resident_detail(session, resident_id)
                if resident_id is not None and all(row.id != resident_id for row in rows)
                else None
            )
        self.resident_combo.blockSignals(True)
        if moved_out is not None:
            self.resident_combo.addItem(
                self.tr("%1 (%2) – fraflyttet")
                .replace("%1", moved_out.display_name)
                .replace("%2", moved_out.unit_name),
                moved_out.id,
            )
        for row in rows:
            self.resident_combo.addItem(f"{row.display_name} ({row.unit_name})", row.id)
        self.resident_combo.addItem(self.tr("Ukendt eller anden person"), UNKNOWN_PERSON)
        self.resident_combo.blockSignals(False)
        for unit in units:
            self.unit_combo.addItem(unit.name, unit.id)
        # Nobody open: nobody chosen. A first name in the list would file it on the wrong resident.
        self.resident_combo.setCurrentIndex(
            self.resident_combo.findData(resident_id) if resident_id is not None else -1
        )
        self._on_resident_changed()

    def _load_incident(self, incident_id: int) -> None:
        with self.database.session() as session:
            record, _history = incident_service.incident_detail(session, self.actor, incident_id)
            report = incident_service.incident_report(session, incident_id)
        self._original, self._row_version = report, record.row_version
        self._load_residents(report.resident_id)
        if report.resident_id is None:
            self.resident_combo.setCurrentIndex(self.resident_combo.findData(UNKNOWN_PERSON))
            self.other_person.setText(report.other_person)
            self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(report.unit_id), 0))
        self.when.setDateTime(qt_datetime(report.occurred_at))
        self._loaded_when = self.when.dateTime()
        self.type_row.set_value(report.incident_type)
        self.severity_row.set_value(report.severity)
        self.form_row.set_value(report.form)  # as stored: it no longer follows the type
        self.location.setEditText(place_title(report.location))
        self._prefill_more(report)
        self._slot = report.slot_label
        self.slot_label.setText(self.tr("Døgnrytme: %1").replace("%1", self._slot) if self._slot else "")
        self.more_button.setChecked(True)

    def _prefill_more(self, report: IncidentReport) -> None:
        self.situation.setText(report.situation)
        # Signs and strategies ticked then stay offered, even when the profile has changed since.
        signs = [box.full_text for box in self.sign_boxes]
        strategies = [tried.full_text for tried, _helped in self.strategy_rows]
        self._fill_choices(
            (*signs, *(sign for sign in report.signs_seen if sign not in signs)),
            (*strategies, *(use.text for use in report.strategies if use.text not in strategies)),
        )
        for box in self.sign_boxes:
            box.setChecked(box.full_text in report.signs_seen)
        helped_by = {use.text: use.helped for use in report.strategies}
        for tried, helped in self.strategy_rows:
            tried.setChecked(tried.full_text in helped_by)
            helped.setCurrentIndex(max(helped.findData(helped_by.get(tried.full_text)), 0))
        if report.stage_reached is not None:
            if self.stage.findData(report.stage_reached.value) < 0:
                self.stage.addItem(stage_colour_name(report.stage_reached), report.stage_reached.value)
            self.stage.setCurrentIndex(self.stage.findData(report.stage_reached.value))
        self.injury.setChecked(report.injury)
        self.absence_days.setValue(report.absence_days)
        if report.first_absence_day is not None:
            self.first_absence_day.setDate(QDate(report.first_absence_day))
        self._loaded_first_absence = self.first_absence_day.date()
        self.police.setChecked(report.police_report)
        self.outside_hours.setChecked(report.outside_work_hours)
        if report.use_of_force is not None:
            self.use_of_force.setChecked(True)
            self.use_of_force_form.setText(report.use_of_force.form)
            self.use_of_force_date.setDate(QDate(report.use_of_force.reported_on))
        self.description.setPlainText(report.description)

    def resident_id(self) -> int | None:
        value = self.resident_combo.currentData()
        return None if value in (None, UNKNOWN_PERSON) else int(value)

    def _on_resident_changed(self) -> None:
        somebody_else = self.resident_combo.currentData() == UNKNOWN_PERSON
        self.other_person.setVisible(somebody_else)
        self.unit_combo.setVisible(somebody_else)
        self._choices_from = None  # another person: their own plan's signs, nothing ticked carried over
        self._refresh_from_plans()

    def _refresh_from_plans(self) -> None:
        """The signs, strategies and time slot from the resident's plans in force at the time given, in
        one session. A time under another risk profile offers that profile's; what was ticked stays
        ticked where that profile has it too."""
        resident_id = self.resident_id()
        at = _to_python(self.when.dateTime())
        choices = incident_service.RegistrationChoices((), (), None)
        label = ""
        if resident_id is not None:
            with self.database.session() as session:
                choices = incident_service.registration_choices(session, resident_id, at)
                label = incident_service.propose_slot(session, resident_id, at)
        source = (resident_id, choices.plan_version_number)
        if source != self._choices_from:
            if self._choices_from is not None and self._choices_from[0] == resident_id:
                self._remember_ticks()
            else:  # another person: nothing ticked carries over
                self._ticked_signs.clear()
                self._tried_strategies.clear()
            self._fill_choices(choices.signs, choices.strategies)
            for box in self.sign_boxes:
                box.setChecked(box.full_text in self._ticked_signs)
            for strategy, helped in self.strategy_rows:
                if strategy.full_text in self._tried_strategies:
                    strategy.setChecked(True)
                    helped.setCurrentIndex(self._tried_strategies[strategy.full_text])
            self._choices_from = source
            self._name_choices_source(choices.plan_version_number)
        self.slot_label.setText(self.tr("Døgnrytme: %1").replace("%1", label) if label else "")
        self._slot = label

    def _name_choices_source(self, number: int | None) -> None:
        """Which version the signs and strategies come from: for an incident days ago, the one in force
        then, which may differ from the card on the wall."""
        if number is None:
            self.signs_box.setTitle(self.tr("Tidlige tegn vi så (fra risikoprofilen)"))
            self.strategies_box.setTitle(self.tr("Det prøvede vi (fra risikoprofilen)"))
            return
        self.signs_box.setTitle(
            self.tr("Tidlige tegn vi så (fra risikoprofilen, version %1, som gjaldt da)").replace(
                "%1", str(number)
            )
        )
        self.strategies_box.setTitle(
            self.tr("Det prøvede vi (fra risikoprofilen, version %1, som gjaldt da)").replace(
                "%1", str(number)
            )
        )

    def _remember_ticks(self) -> None:
        """What is ticked now, kept for the dialog's life: a time stepped through another profile's
        period and back finds its ticks again, also those the other profile did not have."""
        for box in self.sign_boxes:
            if box.isChecked():
                self._ticked_signs.add(box.full_text)
            else:
                self._ticked_signs.discard(box.full_text)
        for strategy, helped in self.strategy_rows:
            if strategy.isChecked():
                self._tried_strategies[strategy.full_text] = helped.currentIndex()
            else:
                self._tried_strategies.pop(strategy.full_text, None)

    def _fill_choices(self, signs: tuple[str, ...], strategies: tuple[str, ...]) -> None:
        for layout in (self.signs_layout, self.strategies_layout):
            while layout.count():
                item = layout.takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
        self.sign_boxes = [ProfileChoice(sign) for sign in signs]
        for box in self.sign_boxes:
            self.signs_layout.addWidget(box)
        if not signs:
            self.signs_layout.addWidget(QLabel(self.tr("Ingen godkendt risikoprofil med tidlige tegn.")))
        self.strategy_rows = []
        for row, strategy in enumerate(strategies):
            tried = ProfileChoice(strategy)
            helped = QComboBox()
            for label, value in HELPED_CHOICES:
                helped.addItem(self.tr(label), value)
            helped.setEnabled(False)
            tried.toggled.connect(helped.setEnabled)
            self.strategies_layout.addWidget(tried, row, 0)
            self.strategies_layout.addWidget(helped, row, 1)
            self.strategy_rows.append((tried, helped))
        if not strategies:
            self.strategies_layout.addWidget(QLabel(self.tr("Ingen strategier i risikoprofilen.")), 0, 0)
        self.strategies_layout.setColumnStretch(0, 1)  # the text takes the room the choice leaves

    def report(self) -> IncidentReport:
        """What the form holds now, as the service takes it."""
        kind = self.type_row.value()
        severity = self.severity_row.value()
        absence = self.absence_days.value()
        resident_id = self.resident_id()
        occurred_at = _to_python(self.when.dateTime())
        if self._original is not None and self.when.dateTime() == self._loaded_when:
            occurred_at = self._original.occurred_at  # the editor keeps milliseconds only; not a change
        report = IncidentReport(
            occurred_at=occurred_at,
            incident_type=kind if isinstance(kind, IncidentType) else IncidentType.VIOLENCE,
            severity=int(severity) if isinstance(severity, int) else 0,
            location=_known_place(self.location.currentText()),
            resident_id=resident_id,
            unit_id=self.unit_combo.currentData() if resident_id is None else None,
            other_person=self.other_person.text() if resident_id is None else "",
            form=self.form_row.value() or IncidentForm.PHYSICAL,  # type: ignore[arg-type]
            outside_work_hours=self.outside_hours.isChecked(),
            situation=self.situation.text(),
            slot_label=self._slot,
            signs_seen=[box.full_text for box in self.sign_boxes if box.isChecked()],
            strategies=[
                StrategyUse(tried.full_text, helped.currentData())
                for tried, helped in self.strategy_rows
                if tried.isChecked()
            ],
            stage_reached=StageKind(self.stage.currentData()) if self.stage.currentData() else None,
            injury=self.injury.isChecked() or absence > 0,
            absence_days=absence,
            first_absence_day=self.first_absence_day.date().toPython() if absence > 0 else None,  # type: ignore[arg-type]
            police_report=self.police.isChecked(),
            use_of_force=(
                UseOfForceReference(
                    self.use_of_force_form.text().strip(), self.use_of_force_date.date().toPython()
                )  # type: ignore[arg-type]
                if self.use_of_force.isChecked()
                else None
            ),
            description=self.description.toPlainText(),
        )
        if self._original is None:
            return report
        # What the form does not show (the end time) stays as stored; an untouched default first day
        # of absence stays 'not given' (the deadline counts from the day after either way).
        first_absence_day = report.first_absence_day
        if (
            self._original.first_absence_day is None
            and self.first_absence_day.date() == self._loaded_first_absence
        ):
            first_absence_day = None
        return dataclasses.replace(
            report, ended_at=self._original.ended_at, first_absence_day=first_absence_day
        )

    def _missing_choices(self) -> list[tuple[QWidget, str]]:
        """What the form can tell is missing before asking the service: all of it at once."""
        missing: list[tuple[QWidget, str]] = []
        if self.resident_combo.currentIndex() < 0:
            missing.append(
                (self.resident_combo, self.tr("Hvem: vælg borgeren, eller »Ukendt eller anden person«."))
            )
        if self.type_row.value() is None:
            missing.append(
                (self.type_row, self.tr("Type: vælg vold, trussel, chikane eller anden krænkende adfærd."))
            )
        if self.severity_row.value() is None:
            missing.append((self.severity_row, self.tr("Alvor: vælg 1–5.")))
        if not self.location.currentText().strip():
            missing.append((self.location, self.tr("Hvor: skriv hvor det skete.")))
        return missing

    def has_unsaved_work(self) -> bool:
        """A new registration with anything chosen or typed (a change of a stored one keeps that)."""
        if self.incident_id is not None:
            return False
        return bool(
            self.type_row.value() is not None
            or self.severity_row.value() is not None
            or self.location.currentText().strip()
            or self.other_person.text().strip()
            or self.when.dateTime() != self._opened_at
            # "Mere": what starts deadlines (injury, absence) must not go with a reflex Escape either
            or self.situation.text().strip()
            or any(box.isChecked() for box in self.sign_boxes)
            or any(tried.isChecked() for tried, _helped in self.strategy_rows)
            or self.stage.currentData() is not None
            or self.injury.isChecked()
            or self.absence_days.value() > 0
            or self.police.isChecked()
            or self.outside_hours.isChecked()
            or self.use_of_force.isChecked()
            or self.description.toPlainText().strip()
        )

    def discard_texts(self) -> tuple[str, str, str]:
        # Escape is a reflex under stress: a started registration goes only when the reporter says so.
        return (
            self.tr("Hændelsen er ikke gemt. Vil du kassere den?"),
            self.tr("Fortsæt registreringen"),
            self.tr("Kassér"),
        )

    def show_problems(self, lines: list[str]) -> None:
        header = (
            self.tr("Hændelsen er ikke gemt endnu. Ret dette:")
            if self.incident_id is None
            else self.tr("Ændringen er ikke gemt endnu. Ret dette:")
        )
        self.problem_label.setText(header + "\n• " + "\n• ".join(lines))
        self.problem_label.show()

    def save(self) -> None:
        """Register the incident; on a refusal show why and keep everything typed."""
        missing = self._missing_choices()
        if missing:
            self.show_problems([text for _widget, text in missing])
            missing[0][0].setFocus(Qt.FocusReason.OtherFocusReason)  # straight to the first to fix
            return
        report = self.report()
        if self.incident_id is not None:
            self._save_changes(report, self.incident_id)
            return
        try:
            with self.database.session() as session:
                incident_id = incident_service.register_incident(session, self.actor, report, now=self._now)
        except ValidationError as error:
            self.show_problems(_problem_lines(error))
            return
        except ServiceError as error:
            self.show_problems([service_text(error.message)])
            return
        deadline = follow_up_deadlines(report).first_aid_by.astimezone()
        self.registered.emit(
            incident_id,
            self.tr("Hændelsen er registreret. Psykisk førstehjælp senest %1.").replace(
                "%1", format_datetime(deadline)
            ),
        )
        self.accept()

    def _save_changes(self, report: IncidentReport, incident_id: int) -> None:
        try:
            with self.database.session() as session:
                changes = incident_service.update_incident(
                    session,
                    self.actor,
                    incident_id,
                    report,
                    expected_row_version=self._row_version,
                    now=self._now,
                )
        except ValidationError as error:
            self.show_problems(_problem_lines(error))
            return
        except ServiceError as error:
            self.show_problems([service_text(error.message)])
            return
        fields = ", ".join(domain_tr(INCIDENT_FIELD_TITLES.get(name, name)) for name in changes)
        self.updated.emit(
            incident_id,
            self.tr("Hændelsen er rettet: %1.").replace("%1", fields)
            if changes
            else self.tr("Intet er ændret."),
        )
        self.accept()


def _problem_lines(error: ValidationError) -> list[str]:
    """'Hvem: …', as the form's own labels read (the service names the fields in lower case)."""
    lines = []
    for problem in error.problems:
        path = service_text(problem.path)
        lines.append(f"{path[:1].upper()}{path[1:]}: {service_text(problem.message)}")
    return lines


def _known_place(text: str) -> str:
    """A listed place as the list writes it in Danish: completion keeps the typed case ("køkkenet"),
    English shows "Kitchen", and the statistics would count each spelling apart."""
    typed = text.strip().casefold()
    return next(
        (place for place in LOCATIONS if typed in (place.casefold(), domain_tr(place).casefold())),
        text.strip(),
    )
