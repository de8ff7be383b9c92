"""One helper for long work off the UI thread: run_task over a QThreadPool, results and errors posted
back to the main thread by signals, progress and cancel; tests inject a pool that runs synchronously."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class TaskCancelledError(Exception):
    """Raised inside a task's function by `Task.report` once the user pressed cancel."""


class Task(QObject):
    """A running piece of work as the UI sees it; the function gets it to report progress."""

    progress = Signal(int, int)  # done, total
    done = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._callbacks: dict[str, Callable[..., None]] = {}
        # Connected to slots of this object, which lives on the main thread: Qt queues the worker's
        # emits there (a plain function as receiver would run on the worker thread).
        self.progress.connect(self._on_progress)
        self.done.connect(self._on_done)
        self.failed.connect(self._on_failed)
        self.cancelled.connect(self._on_cancelled)

    def on(self, name: str, callback: Callable[..., None] | None) -> None:
        if callback is not None:
            self._callbacks[name] = callback

    def _call(self, name: str, *args: object) -> None:
        callback = self._callbacks.get(name)
        if callback is not None:
            callback(*args)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._call("progress", done, total)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self._call("finished")
        self._call("done", result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._call("finished")
        self._call("failed", error)

    @Slot()
    def _on_cancelled(self) -> None:
        self._call("finished")
        self._call("cancelled")

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """Called from the worker: posts progress and stops the work when cancelled."""
        if self._cancel.is_set():
            raise TaskCancelledError
        self.progress.emit(done, total)


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class SynchronousPool:
    """Runs each task at once in the calling thread: for tests (no threads, no waiting)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


class _Runnable(QRunnable):
    def __init__(self, task: Task, func: Callable[[Task], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; see _running below
        self.task = task
        self.func = func

    def run(self) -> None:
        try:
            result = self.func(self.task)
        except TaskCancelledError:
            self.task.cancelled.emit()
        except Exception as error:  # handed to on_error on the main thread, never swallowed
            log.exception("background task failed")
            self.task.failed.emit(error)
        else:
            if self.task.is_cancelled:
                self.task.cancelled.emit()
            else:
                self.task.done.emit(result)


_pool: Pool | None = None
_running: set[_Runnable] = set()


def set_pool(pool: Pool | None) -> None:
    """Use this pool for every task from now on (None: Qt's global thread pool)."""
    global _pool  # noqa: PLW0603 - one process-wide choice, swapped by tests
    _pool = pool


def run_task(
    func: Callable[[Task], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    parent: QObject | None = None,
) -> Task:
    """Run `func(task)` off the UI thread; `on_done(result)` or `on_error(exception)` run on the thread
    that called run_task (Qt queues signals from the worker to the receiver's thread)."""
    task = Task()
    if parent is not None:
        task.setParent(parent)
    runnable = _Runnable(task, func)
    _running.add(runnable)

    task.on("done", on_done)
    task.on("failed", on_error)
    task.on("progress", on_progress)
    task.on("cancelled", on_cancelled)
    task.on("finished", lambda: _running.discard(runnable))
    (_pool or QThreadPool.globalInstance()).start(runnable)
    return task
