"""Splitting a large original off the UI thread with progress; tests inject a pool that runs at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from tryghed_desktop.services import simplify
from tryghed_desktop.services.errors import ServiceError


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class ImmediatePool:
    """Runs a task at once on the calling thread (tests, and a one-paragraph paste)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


class _CancelledError(Exception):
    """The user closed the workspace while a split was running."""


class SplitTask(QObject):
    """Splits a text in a pool thread; the signals arrive on the thread that owns the task (the UI)."""

    progress = Signal(int, int)
    finished = Signal(object)  # list[simplify.SplitPiece]
    failed = Signal(str)

    def __init__(self, text: str, *, colon_headings: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._colon_headings = colon_headings
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def _report(self, done: int, total: int) -> None:
        if self._cancelled:
            raise _CancelledError
        self.progress.emit(done, total)

    def run(self) -> None:
        try:
            pieces = simplify.split_text(self._text, self._report, colon_headings=self._colon_headings)
        except _CancelledError:
            return
        except ServiceError as error:
            self.failed.emit(error.message)
            return
        self.finished.emit(pieces)

    def start(self, pool: Pool | None = None) -> None:
        runnable = QRunnable.create(self.run)
        (pool or QThreadPool.globalInstance()).start(runnable)


def run_split(
    text: str,
    pool: Pool | None,
    *,
    on_progress: Callable[[int, int], None],
    on_done: Callable[[object], None],
    on_failed: Callable[[str], None],
    parent: QObject | None = None,
) -> SplitTask:
    """Start splitting `text`; callbacks run on the UI thread."""
    task = SplitTask(text, parent=parent)
    task.progress.connect(on_progress)
    task.finished.connect(on_done)
    task.failed.connect(on_failed)
    task.start(pool)
    return task
