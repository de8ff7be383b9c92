"""Print a resident's card: preview the PDF, print through Qt's dialog, or save as PDF or Word."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.services import cards as card_service
from tryghed_desktop.services.actors import Action, Actor, may
from tryghed_desktop.services.cards import CardKind, CardTooLongServiceError, NoApprovedVersionError
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.app_info import open_settings
from tryghed_desktop.ui.layouts import hbox, resize_within_screen
from tryghed_desktop.ui.service_texts import service_text

KEY_PRINTER = "print/printer"
KEY_FOLDER = "print/folder"
KIND_TITLES: dict[CardKind, str] = {
    "risk": QT_TRANSLATE_NOOP("CardPrintDialog", "Handlekort (risikoprofil)"),
    "rhythm": QT_TRANSLATE_NOOP("CardPrintDialog", "Døgnrytme på én side"),
    "safety": QT_TRANSLATE_NOOP("CardPrintDialog", "Tryghedsplan på én side"),
    "signs": QT_TRANSLATE_NOOP("CardPrintDialog", "Tidlige tegn – tjekliste"),
}
PRINT_DPI = 300


def ask_save_path(parent: QWidget, title: str, suggested: Path, pattern: str) -> Path | None:
    """The file the user chose, or None (tests replace this)."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), pattern)
    return Path(chosen) if chosen else None


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """Qt's print dialog; True when the user chose to print (tests replace this)."""
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Send every page of a PDF to a printer as images at printer resolution; returns the page count."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        raise ServiceError("Printeren kunne ikke startes. Tjek at den er tændt og valgt rigtigt.")
    try:
        page_rect: QRect = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page > 0:
                printer.newPage()
            size = document.pagePointSize(page)
            scale = min(page_rect.width() / size.width(), page_rect.height() / size.height())
            target = QSize(int(size.width() * scale), int(size.height() * scale))
            painter.drawImage(QRect(0, 0, target.width(), target.height()), document.render(page, target))
    finally:
        painter.end()
    return document.pageCount()


class PdfPreviewDialog(QDialog):
    """A PDF shown page by page, with 'Udskriv…' (Ctrl+P) and 'Gem som PDF…'."""

    def __init__(self, title: str, pdf: bytes | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf: bytes | None = None
        self.setWindowTitle(title)
        resize_within_screen(self, 820, 980)
        self.message = QLabel()
        self.message.setObjectName("problemLabel")
        self.message.setWordWrap(True)
        self.message.hide()
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.print_button = QPushButton(self.tr("Udskriv…  (Ctrl+P)"))
        self.print_button.setObjectName("primaryButton")
        self.pdf_button = QPushButton(self.tr("Gem som PDF…"))
        self.close_button = QPushButton(self.tr("Luk"))
        self.print_button.clicked.connect(self.print_card)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_card)
        self.file_stem = "udskrift"
        if pdf is not None:
            self.set_pdf(pdf)

    def set_pdf(self, pdf: bytes | None) -> None:
        self.pdf = pdf
        self.document.close()
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(pdf is not None)
        if pdf is None:
            return
        # QPdfDocument reads lazily from the device: keep both alive as long as the document.
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _suggested(self, suffix: str) -> Path:
        folder = Path(str(open_settings().value(KEY_FOLDER, str(Path.home()))))
        return folder / f"{self.file_stem}.{suffix}"

    def _write(self, data: bytes, suffix: str, pattern: str) -> Path | None:
        target = ask_save_path(self, self.tr("Gem"), self._suggested(suffix), pattern)
        if target is None:
            return None
        target.write_bytes(data)
        open_settings().setValue(KEY_FOLDER, str(target.parent))
        return target

    def save_pdf(self) -> Path | None:
        if self.pdf is None:
            return None
        return self._write(self.pdf, "pdf", self.tr("PDF (*.pdf)"))

    def print_card(self) -> bool:
        """Qt's print dialog on the remembered printer; True when it was sent."""
        if self.pdf is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        remembered = str(open_settings().value(KEY_PRINTER, ""))
        if remembered and remembered in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(remembered)
        if not ask_printer(self, printer):
            return False
        try:
            print_pdf(self.pdf, printer)
        except ServiceError as error:
            self.message.setText(service_text(error.message))
            self.message.show()
            return False
        if printer.outputFormat() is QPrinter.OutputFormat.NativeFormat:
            open_settings().setValue(KEY_PRINTER, printer.printerName())
        return True


class CardPrintDialog(PdfPreviewDialog):
    """Shows exactly what will print; the current approved version unless the user asks for the draft."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        resident_id: int,
        *,
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("CardPrintDialog", "Udskriv"), parent=parent)
        self.database = database
        self.actor = actor
        self.resident_id = resident_id
        self._now = now
        self.version: Literal["current", "draft"] = "current"
        self.kind = QComboBox()
        for kind, title in KIND_TITLES.items():
            self.kind.addItem(self.tr(title), kind)
        self.full_name = QCheckBox(self.tr("Vis fulde navn (ellers kun kortnavn)"))
        self.draft_button = QPushButton(self.tr("Vis kladden i stedet"))
        self.draft_button.clicked.connect(self.show_draft)
        self.docx_button = QPushButton(self.tr("Gem som Word…"))
        self.docx_button.clicked.connect(self.save_docx)
        layout = QVBoxLayout(self)
        layout.addWidget(hbox(QLabel(self.tr("Hvad")), (self.kind, 1), self.full_name))
        layout.addWidget(hbox((self.message, 1), self.draft_button))
        layout.addWidget(self.view, 1)
        layout.addWidget(
            hbox(self.print_button, self.pdf_button, self.docx_button, (QWidget(), 1), self.close_button)
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.full_name.toggled.connect(self.refresh)
        self.refresh()

    def selected_kind(self) -> CardKind:
        kind: CardKind = self.kind.currentData()
        return kind

    def _kind_changed(self) -> None:
        self.version = "current"
        self.refresh()

    def show_draft(self) -> None:
        self.version = "draft"
        self.refresh()

    def _render(self, fmt: Literal["pdf", "docx"]) -> bytes:
        with self.database.session() as session:
            return card_service.resident_card(
                session,
                self.actor,
                self.resident_id,
                self.selected_kind(),
                fmt,
                version=self.version,
                full_name=self.full_name.isChecked(),
                now=self._now,
            )

    def refresh(self) -> None:
        """Render the card again and show it, or say plainly why it cannot be printed."""
        self.message.hide()
        self.draft_button.hide()
        self.file_stem = f"handlekort-{self.selected_kind()}-{self.resident_id}"
        pdf: bytes | None = None
        try:
            pdf = self._render("pdf")
        except ServiceError as error:
            self.message.setText(service_text(error.message))
            if isinstance(error, CardTooLongServiceError) and not may(self.actor, Action.EDIT):
                # The sections to shorten are for the coordinator; staff need to know whom to ask.
                self.message.setText(
                    self.tr(
                        "Kortet kan ikke være på én side, fordi planen er for lang. "
                        "Bed koordinatoren om at forkorte den."
                    )
                )
            self.message.show()
            # A plan too long for the card may have a simplified draft waiting for approval.
            self.draft_button.setVisible(
                self.version == "current"
                and isinstance(error, NoApprovedVersionError | CardTooLongServiceError)
                and error.has_draft
            )
        self.set_pdf(pdf)
        self.docx_button.setEnabled(pdf is not None and self.selected_kind() == "risk")

    def save_docx(self) -> Path | None:
        return self._write(self._render("docx"), "docx", self.tr("Word-dokument (*.docx)"))
