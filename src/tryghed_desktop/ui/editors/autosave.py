"""Autosave of the draft while typing: a short pause, leaving the window or closing writes it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from tryghed_desktop.services import drafts
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.editors.document import DraftDocument
from tryghed_desktop.ui.service_texts import service_text

log = logging.getLogger(__name__)
AUTOSAVE_DELAY_MS = 2000


class Autosaver(QObject):
    """Writes the document through `drafts.autosave` in its own short session; `autosaved` follows
    the commit. `row_version` is asked each time, as an explicit save moves it on."""

    autosaved = Signal(object)  # the time written (UTC)
    failed = Signal(str)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        version_id: int,
        row_version: Callable[[], int],
        document: DraftDocument,
    ) -> None:
        super().__init__(document)
        self.database = database
        self.actor = actor
        self.version_id = version_id
        self.row_version = row_version
        self.document = document
        self.pending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        document.stack.indexChanged.connect(self._on_edit)
        document.absorbed.connect(lambda: self._on_edit(0))

    def _on_edit(self, _index: int) -> None:
        self.pending = True
        self.timer.start()

    def cancel(self) -> None:
        """Nothing left to write (the draft was just saved)."""
        self.pending = False
        self.timer.stop()

    def flush(self) -> None:
        """Write now if anything changed since the last write."""
        self.timer.stop()
        if not self.pending:
            return
        now: datetime = datetime.now(UTC)
        try:
            with self.database.session() as session:
                drafts.autosave(
                    session, self.actor, self.version_id, self.document.content, self.row_version(), now=now
                )
        except ServiceError as error:
            # Not allowed or locked: explicit save will say so clearly; keep typing possible.
            log.info("Autosave refused: %s", error.message)
            self.pending = False
            self.failed.emit(service_text(error.message))
            return
        self.pending = False
        self.autosaved.emit(now)
