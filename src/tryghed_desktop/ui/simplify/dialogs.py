"""Small dialogs of the workspace, each with an `ask()` that tests patch: place, drop, paste."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.domain.readability import words_of
from tryghed_desktop.domain.simplify import FieldRef, missing_numbers
from tryghed_desktop.ui.layouts import resize_within_screen

# Offered in the user's language; the reason picked is stored as shown (the advisor reads it).
DROP_REASONS = (
    QT_TRANSLATE_NOOP("DropDialog", "Står allerede et andet sted i planen"),
    QT_TRANSLATE_NOOP("DropDialog", "Baggrund – ikke noget, man handler efter"),
    QT_TRANSLATE_NOOP("DropDialog", "Gentagelse"),
    QT_TRANSLATE_NOOP("DropDialog", "Forældet – gælder ikke længere"),
)


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Annuller"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    # Ctrl+Enter confirms from inside the text field, where Enter makes a new line.
    for key in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(key), dialog, activated=dialog.accept)
    return buttons


class PlaceDialog(QDialog):
    """'Placér': the piece's text to shorten and the field it goes to (the suggestion preselected)."""

    def __init__(
        self,
        original: str,
        options: Sequence[tuple[FieldRef, str]],
        suggested: FieldRef | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Placér i planen"))
        resize_within_screen(self, 640, 460)
        # The whole original, scrollable: a wrapped label was cut off after three lines, so the text
        # being shortened could not be read to its end.
        original_view = QPlainTextEdit(original)
        original_view.setObjectName("placeOriginal")
        original_view.setReadOnly(True)
        original_view.setTabChangesFocus(True)
        original_view.setStyleSheet("color: #555555;")
        line = original_view.fontMetrics().lineSpacing()
        original_view.setMaximumHeight(7 * line)
        self.field = QComboBox()
        for ref, title in options:
            self.field.addItem(title, str(ref))
        if suggested is not None:
            found = self.field.findData(str(suggested))
            if found < 0:  # a time no slot covers yet: offered as a new slot
                self.field.addItem(
                    self.tr("Ny tid i døgnrytmen: %1").replace("%1", suggested.path), str(suggested)
                )
                found = self.field.count() - 1
            self.field.setCurrentIndex(found)
        self.original = original
        self.text = QPlainTextEdit(original)
        self.text.selectAll()
        self.words = QLabel()
        # A shortened text must not drop a phone number or a time without the coordinator noticing.
        self.numbers = QLabel()
        self.numbers.setWordWrap(True)
        self.numbers.setStyleSheet("color: #8a5a00; font-weight: 600;")
        self.text.textChanged.connect(self._count)
        self._count()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Originalen:")))
        layout.addWidget(original_view)
        self.original_view = original_view
        layout.addWidget(QLabel(self.tr("Skriv det kort – sådan skal det stå i planen:")))
        layout.addWidget(self.text)
        layout.addWidget(self.words)
        layout.addWidget(self.numbers)
        layout.addWidget(QLabel(self.tr("Felt:")))
        layout.addWidget(self.field)
        layout.addWidget(_buttons(self, self.tr("Placér (Ctrl+Enter)")))
        self.text.setFocus()

    def _count(self) -> None:
        count = len(words_of(self.text.toPlainText()))
        hint = self.tr("kort nok") if count <= 12 else self.tr("gerne kortere (højst 12 ord)")
        self.words.setText(self.tr("%1 ord – %2").replace("%1", str(count)).replace("%2", hint))
        missing = missing_numbers(self.original, self.text.toPlainText())
        self.numbers.setText(
            self.tr("⚠ Står ikke i din tekst: %1. Skriv det med, eller placér det et andet sted.").replace(
                "%1", ", ".join(missing)
            )
            if missing
            else ""
        )
        self.numbers.setVisible(bool(missing))

    def result_value(self) -> tuple[FieldRef, str]:
        return FieldRef.parse(str(self.field.currentData())), self.text.toPlainText().strip()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        original: str,
        options: Sequence[tuple[FieldRef, str]],
        suggested: FieldRef | None,
    ) -> tuple[FieldRef, str] | None:
        dialog = cls(original, options, suggested, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()


class DropDialog(QDialog):
    """'Udelad': why the piece is left out (required; it goes into the advisor's report)."""

    def __init__(self, original: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Udelad stykket"))
        label = QLabel(original)
        label.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([self.tr(reason) for reason in DROP_REASONS])
        self.reason.setCurrentText("")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(QLabel(self.tr("Hvorfor udelades det? (vises for rådgiveren)")))
        layout.addWidget(self.reason)
        layout.addWidget(_buttons(self, self.tr("Udelad")))

    @classmethod
    def ask(cls, parent: QWidget | None, original: str) -> str | None:
        dialog = cls(original, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.currentText().strip()


class PasteDialog(QDialog):
    """'Indsæt tekst': a description pasted from another program."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indsæt tekst"))
        self.resize(600, 420)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Indsæt den lange beskrivelse her (Ctrl+V)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(_buttons(self, self.tr("Importér")))
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText()
