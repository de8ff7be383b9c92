"""`tryghed-desktop --self-test`: can this PC run the app? Opens the window offscreen and checks.

Offscreen unless QT_QPA_PLATFORM names another platform: `QT_QPA_PLATFORM=xcb` checks the real display.

It touches every library a bundle can lose: the database and its migrations, the fonts, reportlab,
python-docx, matplotlib, the translations, the Qt widgets, QtPdf and QtPrintSupport."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from tryghed_desktop.printing.card_model import CardFacts
from tryghed_desktop.resources import resource_path
from tryghed_desktop.store.db import Database


class SelfTest:
    """Each check returns a short detail or raises; the report says OK or FEJL per check."""

    def __init__(self, db_url: str, out: TextIO) -> None:
        self.db_url = db_url
        self.out = out
        self.failures = 0
        self.database: Database | None = None
        self.card: bytes | None = None

    def check(self, name: str, probe: Callable[[], str]) -> None:
        try:
            detail = probe()
        except Exception as error:
            self.failures += 1
            print(f"FEJL  {name}: {type(error).__name__}: {error}", file=self.out)
        else:
            print(f"OK    {name}{': ' + detail if detail else ''}", file=self.out)

    def start_up(self) -> str:
        """The window's start-up defers two modules SQLAlchemy imports (tryghed_desktop.startup):
        they must still load in this build, e.g. from a bundle's archive."""
        import asyncio
        import importlib.metadata

        from tryghed_desktop import startup

        deferred = startup.still_deferred()
        startup.load_deferred()
        asyncio.run(asyncio.sleep(0))
        importlib.metadata.entry_points(group="sqlalchemy.dialects")
        return f"udskudt og indlæst: {', '.join(deferred)}" if deferred else "intet udskudt"

    def open_database(self) -> str:
        from tryghed_desktop.store.db import open_database

        self.database = open_database(self.db_url)
        return self.db_url

    def database_answers(self) -> str:
        from tryghed_desktop.services import residents

        assert self.database is not None
        with self.database.session() as session:
            units = residents.list_units(session)
            people = residents.list_residents(session)
        return f"{len(units)} afdelinger, {len(people)} borgere"

    def resources(self) -> str:
        schema, fonts = resource_path("schema"), resource_path("fonts")
        if not schema.is_dir():
            raise FileNotFoundError(schema)
        if not any(fonts.glob("*.ttf")):
            raise FileNotFoundError(f"ingen skrifttyper i {fonts}")
        return str(resource_path())

    def card_pdf(self) -> str:
        from tryghed_desktop.domain.plans import RiskProfile
        from tryghed_desktop.printing.risk_card import render_risk_card

        self.card = render_risk_card(RiskProfile(), None, _facts())
        if not self.card.startswith(b"%PDF"):
            raise ValueError("handlekortet er ikke en PDF")
        return f"{len(self.card) // 1024} kB"

    def card_docx(self) -> str:
        from tryghed_desktop.domain.plans import RiskProfile
        from tryghed_desktop.printing.docx_card import render_risk_card_docx

        data = render_risk_card_docx(RiskProfile(), None, _facts())
        if not data.startswith(b"PK"):
            raise ValueError("handlekortet er ikke en Word-fil")
        return f"{len(data) // 1024} kB"

    def chart(self) -> str:
        from tryghed_desktop.printing.charts import figure_png, heatmap_figure

        png = figure_png(heatmap_figure([[hour % 3 for _day in range(7)] for hour in range(24)]), dpi=50)
        if not png.startswith(b"\x89PNG"):
            raise ValueError("diagrammet er ikke en PNG")
        return f"{len(png) // 1024} kB"

    def translations(self) -> str:
        from PySide6.QtCore import QTranslator

        from tryghed_desktop.ui import i18n

        path = i18n.qm_path("en")
        if not path.is_file():
            raise FileNotFoundError(f"{path} (byg den med pyside6-lrelease)")
        if not QTranslator().load(str(path)):
            raise ValueError(f"{path} kan ikke læses")
        return path.name

    def main_window(self) -> str:
        from tryghed_desktop.ui.app import create_application
        from tryghed_desktop.ui.main_window import MainWindow

        assert self.database is not None
        app = create_application()
        window = MainWindow(self.database)
        window.show()
        app.processEvents()
        shown = window.isVisible()
        rows = window.list_pane.model.rowCount()
        window.close()
        window.deleteLater()
        app.processEvents()
        if not shown:
            raise RuntimeError("hovedvinduet blev ikke vist")
        return f"{rows} borgere i listen"

    def fonts(self) -> str:
        """Qt wheels bring no fonts: without one on the system every letter is drawn as a box."""
        from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics
        from PySide6.QtWidgets import QApplication

        from tryghed_desktop.ui.app import create_application

        create_application()
        font = QApplication.font()
        family = QFontInfo(font).family()
        if not QFontDatabase.families() or not family:
            raise RuntimeError("ingen skrifttyper på systemet: al tekst bliver til firkanter")
        missing = [letter for letter in "æøåÆØÅ" if not QFontMetrics(font).inFontUcs4(ord(letter))]
        if missing:
            raise RuntimeError(f"skriften {family} mangler {''.join(missing)}")
        return family

    def print_preview(self) -> str:
        """The card in the preview dialog (QtPdf), then printed to a PDF file (QtPrintSupport)."""
        from PySide6.QtPrintSupport import QPrinter

        from tryghed_desktop.ui.app import create_application
        from tryghed_desktop.ui.print_dialog import PdfPreviewDialog, print_pdf

        assert self.card is not None
        create_application()
        dialog = PdfPreviewDialog("Selvtest", self.card)
        try:
            if dialog.document.pageCount() != 1:
                raise RuntimeError(f"forhåndsvisningen viser {dialog.document.pageCount()} sider, ikke 1")
        finally:
            dialog.deleteLater()
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "selvtest.pdf"
            printer.setOutputFileName(str(target))
            pages = print_pdf(self.card, printer)
            if not target.read_bytes().startswith(b"%PDF"):
                raise RuntimeError("udskriften til PDF-fil blev tom")
        return f"{pages} side vist og udskrevet til PDF-fil"


def _facts() -> CardFacts:
    return CardFacts(card_name="Selvtest", unit_name="Selvtest", printed_at=datetime.now())


def run_self_test(db_url: str, out: TextIO | None = None) -> int:
    """Print a short report; 0 when every check passed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    test = SelfTest(db_url, out or sys.stdout)
    print("Tryghed Desktop selvtest", file=test.out)
    test.check("Opstart", test.start_up)
    test.check("Database åbnet og opdateret", test.open_database)
    if test.database is not None:
        test.check("Databasen svarer", test.database_answers)
    test.check("Ressourcer", test.resources)
    test.check("Handlekort (PDF)", test.card_pdf)
    test.check("Handlekort (Word)", test.card_docx)
    test.check("Diagram (matplotlib)", test.chart)
    test.check("Oversættelse (engelsk)", test.translations)
    if test.database is not None:
        test.check("Hovedvinduet åbner", test.main_window)
    test.check("Skrifttyper", test.fonts)
    if test.card is not None:
        test.check("Forhåndsvisning og udskrift", test.print_preview)
    if test.database is not None:
        test.database.dispose()
    verdict = "alt i orden" if test.failures == 0 else f"{test.failures} fejl"
    print(f"Resultat: {verdict} ({time.perf_counter() - started:.1f} s)", file=test.out)
    return 0 if test.failures == 0 else 1
