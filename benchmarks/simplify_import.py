"""How long importing a long old plan keeps the simplify window busy: a Word file of about 100 pages
(4,000 pieces) split and stored in a pool thread, then opened in the workspace on the UI thread.

Run: .venv/bin/python benchmarks/simplify_import.py [--pages 100] (offscreen; builds its database in a
temp folder). Prints the window's busy time after the split and the whole import's time.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date
from pathlib import Path

from docx import Document
from PySide6.QtCore import QTimer

from tryghed_desktop.services import demo
from tryghed_desktop.services.actors import actor_for
from tryghed_desktop.services.residents import list_residents
from tryghed_desktop.store.db import open_database
from tryghed_desktop.ui import app as ui_app
from tryghed_desktop.ui.simplify import window as simplify_window

# One page of an old text-heavy plan, in the seeds' manner: long paragraphs with the usual phrases.
PAGE = (
    "Når Kim er i sit habituelle leje, vil man typisk opleve, at han er imødekommende og humoristisk i "
    "kontakten, og at han gerne fortæller om sin tid som tømrer. Medarbejderne bør så vidt muligt tilbyde "
    "kaffe og en cigaret på terrassen i løbet af formiddagen, da det giver ro.",
    "Det er vigtigt at være opmærksom på, at Kim efter ulykken har vanskeligt ved at huske aftaler, og at "
    "ændringer i dagens plan bør varsles dagen før og vises på hans skema. Tal ikke hen over hovedet på "
    "ham, og undgå at stille krav, når han har smerter eller er træt.",
    "Ved tegn på uro (går frem og tilbage, hæver stemmen, knytter hænderne) skal medarbejderen træde et "
    "skridt tilbage, holde fri udgang og tale roligt og kort. Tilkald en kollega, hvis uroen tager til.",
)


def long_plan(path: Path, pages: int) -> None:
    document = Document()
    for page in range(pages):
        document.add_heading(f"Afsnit {page + 1}", level=2)
        for paragraph in PAGE * 10:
            document.add_paragraph(paragraph)
    document.save(str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'demo.db'}")
        with database.session() as session:
            demo.populate_demo(session, today=date(2026, 11, 25))
            coordinator = actor_for(session, "anne")
            resident_id = list_residents(session)[0].id
        plan = Path(folder) / "gammel plan.docx"
        long_plan(plan, args.pages)
        app = ui_app.create_application([])
        window = simplify_window.SimplifyWindow(database, coordinator, resident_id)
        window.show()
        simplify_window.ask_open_path = lambda _parent: str(plan)  # type: ignore[assignment]
        busy: list[float] = []
        opened = window._opened

        def timed_open(document_id: int) -> None:
            start = time.perf_counter()
            opened(document_id)
            busy.append(time.perf_counter() - start)

        window._opened = timed_open  # type: ignore[method-assign]
        started = time.perf_counter()
        window.document_changed.connect(lambda _id: app.quit())
        QTimer.singleShot(0, window.import_file)
        app.exec()
        whole = time.perf_counter() - started
        print(f"{args.pages} pages, {window.model.rowCount():,} pieces")
        print(f"window busy after the split: {busy[0]:.2f} s; the whole import: {whole:.2f} s")
        database.dispose()


if __name__ == "__main__":
    main()
