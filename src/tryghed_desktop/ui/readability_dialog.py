"""'Grænser for læsbarhed': when the plan editors warn about a long item or a hard section. The warnings
never block; the limits are the facility's, changed by coordinators and administrators."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.domain.readability import ReadabilityLimits
from tryghed_desktop.services import drafts
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.services.errors import ServiceError, ValidationError
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.password_dialog import ok_cancel, problem_label
from tryghed_desktop.ui.service_texts import service_text

# The fields take any plausible number: the service alone decides which are allowed, and says why.
WIDEST = 999

STYLE = "QLabel#fieldHint { color: #52606d; }"


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("fieldHint")
    label.setWordWrap(True)
    return label


class ReadabilityDialog(QDialog):
    """Two numbers prefilled from the facility's setting; Gem stores them through the service."""

    saved = Signal(object)  # the ReadabilityLimits now in force

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.setObjectName("readabilityDialog")
        self.setWindowTitle(self.tr("Grænser for læsbarhed"))
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(620)
        with database.session() as session:
            stored = drafts.readability_limits(session)

        intro = QLabel(
            self.tr(
                "Når du redigerer en plan, får du en advarsel, hvis en tekst bliver svær at læse. "
                "Advarslen stopper ikke noget. Grænserne gælder for hele bostedet, fra næste gang en "
                "plan åbnes."
            )
        )
        intro.setWordWrap(True)
        self.words = QSpinBox()
        self.words.setObjectName("maxItemWords")
        self.words.setRange(0, WIDEST)
        self.words.setSuffix(self.tr(" ord"))
        self.lix = QDoubleSpinBox()
        self.lix.setObjectName("maxSectionLix")
        self.lix.setRange(0, WIDEST)
        self.lix.setDecimals(1)
        self.lix.setSingleStep(1)
        self.words_problem = problem_label()
        self.lix_problem = problem_label()
        self.problem = problem_label()  # what is not about one of the fields (e.g. a refusal)
        # Keyed by the service's Problem.path, which names the ReadabilityLimits field.
        self.fields: dict[str, tuple[QAbstractSpinBox, QLabel]] = {
            "max_item_words": (self.words, self.words_problem),
            "max_section_lix": (self.lix, self.lix_problem),
        }

        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        rows = (
            (
                self.tr("Højst &antal ord pr. punkt"),
                self.words,
                self.tr(
                    "Længere punkter får en advarsel: et kort punkt kan læses i ét blik, også når det "
                    "brænder på."
                ),
                self.words_problem,
            ),
            (
                self.tr("Højst &LIX pr. afsnit"),
                self.lix,
                self.tr(
                    "LIX er et tal for, hvor svær en tekst er: lange sætninger og lange ord giver et højt "
                    "tal (en avisartikel ligger omkring 40). Afsnit over grænsen får en advarsel."
                ),
                self.lix_problem,
            ),
        )
        for number, (title, field, hint, problem) in enumerate(rows):
            label = QLabel(title)
            label.setBuddy(field)
            field.setMinimumWidth(140)
            grid.addWidget(label, 4 * number, 0)
            grid.addWidget(field, 4 * number, 1)
            grid.addWidget(_hint(hint), 4 * number + 1, 0, 1, 3)
            grid.addWidget(problem, 4 * number + 2, 0, 1, 3)
            grid.setRowMinimumHeight(4 * number + 3, 12)

        buttons = ok_cancel(self, self.tr("Gem"), self.save)
        self.save_button = next(
            button
            for button in buttons.buttons()
            if buttons.buttonRole(button) is QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.defaults_button = buttons.addButton(
            self.tr("Gendan standard"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.defaults_button.setAutoDefault(False)
        self.defaults_button.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.show_limits(stored)
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as the wrapped texts need at this width: a message shown never squeezes another text,
        and no empty band is left (adjustSize measures the wrapping at a narrower width)."""
        width = max(self.minimumWidth(), self.sizeHint().width(), self.width() if self.isVisible() else 0)
        self.resize(width, self.heightForWidth(width))

    def show_limits(self, limits: ReadabilityLimits) -> None:
        self.words.setValue(limits.max_item_words)
        self.lix.setValue(limits.max_section_lix)

    def limits(self) -> ReadabilityLimits:
        """What the fields say now (not yet stored)."""
        self.words.interpretText()
        self.lix.interpretText()
        return ReadabilityLimits(max_item_words=self.words.value(), max_section_lix=self.lix.value())

    def restore_defaults(self) -> None:
        """The app's standard limits in the fields; stored only when the user saves."""
        self._clear_problems()
        self.show_limits(ReadabilityLimits())

    def _clear_problems(self) -> None:
        for label in (self.words_problem, self.lix_problem, self.problem):
            label.clear()
            label.hide()

    def save(self) -> bool:
        """Store the limits; a refusal is shown by its field and what was typed stays."""
        self._clear_problems()
        limits = self.limits()
        try:
            with self.database.session() as session:
                drafts.set_readability_limits(session, self.actor, limits)
        except ValidationError as error:
            focus: QAbstractSpinBox | None = None
            for found in error.problems:
                field, label = self.fields.get(found.path, (None, self.problem))
                label.setText("\n".join(filter(None, (label.text(), service_text(found.message)))))
                label.show()
                focus = focus or field
            if focus is not None:
                focus.setFocus()
                focus.selectAll()
            self.fit_height()
            return False
        except ServiceError as error:
            self.problem.setText(service_text(error.message))
            self.problem.show()
            self.fit_height()
            return False
        self.saved.emit(limits)
        self.accept()
        return True
