"""The PySide6 desktop interface: windows, item models and dialogs over the service layer."""

import ctypes
import sys


def _keep_singletons_alive() -> None:
    """PySide6 6.12.0 drops a reference to None each time an empty QVariant reaches Python (a role a
    model leaves unset, a missing QSettings key...). On Python 3.11, where None is not immortal, the
    window used up None's references within minutes (about 120 a repaint of the resident list) and
    the process aborted with "Fatal Python error: none_dealloc". PySide6 6.11 did not do this.
    True and False go the same way: the activities editor's tests ended in "bool_dealloc".

    Give them more references than a run can drop, as Python 3.12 does by making them immortal.
    Done on importing the package, before any Qt value reaches Python; harmless once fixed upstream."""
    if sys.version_info < (3, 12):
        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_keep_singletons_alive()
