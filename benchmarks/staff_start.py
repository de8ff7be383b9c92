"""Starts the app as staff do (tryghed_desktop.__main__ on a demo database), logs in, reports as JSON.

Run: python benchmarks/staff_start.py DATABASE-URL   (offscreen: QT_QPA_PLATFORM=offscreen)
benchmarks/ui.py times the start with it, and tests/ui/test_startup_imports.py checks the same run.

A timer made with the QApplication plays the user: when the login window is up it notes the time and
logs in as the demo coordinator (anne / demo1234); when the main window shows its list it notes how
long that took from "Log ind", closes the window and lets the app end as usual. The last line printed
is the report: the app's exit code and what was seen on the way.
"""

import time

start = time.perf_counter()

import json  # noqa: E402  (after the clock starts: the start is what is measured)
import sys  # noqa: E402

from tryghed_desktop import startup  # noqa: E402

real_before_qt = startup.before_qt
report: dict[str, object] = {}


def before_qt_then_play_the_user() -> None:
    real_before_qt()
    report["pyside_before_qt"] = "PySide6" in sys.modules
    report["deferred_at_start"] = startup.still_deferred()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tryghed_desktop.ui import app as ui_app
    from tryghed_desktop.ui.login_dialog import LoginDialog

    clicked: list[float] = []

    def play() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog) and not clicked:
            report["login_shown"] = time.perf_counter() - start
            dialog.username.setText("anne")
            dialog.password.setText("demo1234")
            clicked.append(time.perf_counter())
            dialog.login_button.click()
            return
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
        if windows and windows[0].isVisible() and "login_to_window" not in report:
            report["login_to_window"] = time.perf_counter() - clicked[0]
            report["residents_shown"] = windows[0].list_pane.visible_count()
            report["deferred_left"] = startup.still_deferred()
            windows[0].close()

    real_create = ui_app.create_application

    def create_application(argv: list[str] | None = None) -> QApplication:
        app = real_create(argv)
        timer = QTimer(app)
        timer.timeout.connect(play)
        timer.start(0)
        return app

    ui_app.create_application = create_application


startup.before_qt = before_qt_then_play_the_user
from tryghed_desktop.__main__ import main  # noqa: E402

code = main(["--db", sys.argv[1], "--lang", "da"])
print(json.dumps([code, report]))
