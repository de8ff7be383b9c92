"""The plan editor window: menus and toolbar (Gem, Fortryd, Gentag, Luk), the unsaved marker, the
kind editor beside the readability panel, autosave and recovery, and asking before unsaved changes go."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.domain.readability import ReadabilityLimits
from tryghed_desktop.services import drafts
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.services.drafts import EditorContext, Recovery
from tryghed_desktop.services.errors import ConflictError, ServiceError
from tryghed_desktop.services.plans import VersionView
from tryghed_desktop.services.review import section_paths
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.domain_labels import plan_title, status_title
from tryghed_desktop.ui.editors.activities import ActivitiesEditor
from tryghed_desktop.ui.editors.autosave import Autosaver
from tryghed_desktop.ui.editors.conflict import ConflictChoice, ConflictDialog
from tryghed_desktop.ui.editors.daily_rhythm import DailyRhythmEditor
from tryghed_desktop.ui.editors.document import DraftDocument, find_text
from tryghed_desktop.ui.editors.kind_editor import KindEditor
from tryghed_desktop.ui.editors.prompts import LeaveChoice, LeavePrompt, RecoveryPrompt, local_stamp
from tryghed_desktop.ui.editors.readability_panel import ReadabilityPanel
from tryghed_desktop.ui.editors.return_notes import ReturnNotice, has_return_facts
from tryghed_desktop.ui.editors.risk_profile import RiskProfileEditor
from tryghed_desktop.ui.editors.safety_plan import SafetyPlanEditor
from tryghed_desktop.ui.editors.widgets import PROBLEM_BACKGROUND, PROBLEM_COLOUR
from tryghed_desktop.ui.layouts import resize_within_screen
from tryghed_desktop.ui.messages import report_problem
from tryghed_desktop.ui.service_texts import service_text

EDITORS: dict[PlanKind, type[KindEditor]] = {
    PlanKind.RISK_PROFILE: RiskProfileEditor,
    PlanKind.DAILY_RHYTHM: DailyRhythmEditor,
    PlanKind.SAFETY_PLAN: SafetyPlanEditor,
    PlanKind.ACTIVITIES: ActivitiesEditor,
}


class PlanEditor(QMainWindow):
    """Edits one draft. The undo stack is the only history; its clean state is 'saved'."""

    saved = Signal(int)  # version id

    def __init__(
        self,
        database: Database,
        actor: Actor,
        version: VersionView,
        context: EditorContext,
        limits: ReadabilityLimits,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.database = database
        self.actor = actor
        self.version = version
        self.context = context
        self.document = DraftDocument(version.content, limits, self)
        self.stack = self.document.stack
        self.autosaver = Autosaver(
            database, actor, version.id, lambda: self.version.row_version, self.document
        )
        self.autosaved = self.autosaver.autosaved
        self.kind_editor = EDITORS[version.kind](self.document)
        self.panel = ReadabilityPanel(self.document, context.approved, context.rhythm)
        self._build()
        self._build_actions()
        self.stack.cleanChanged.connect(self._on_clean_changed)
        self.autosaver.autosaved.connect(self._on_autosaved)
        self.autosaver.failed.connect(self.show_problem)
        self.panel.jump_requested.connect(self.jump_to_text)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)  # type: ignore[union-attr]
        resize_within_screen(self, 1280, 880)
        self._on_clean_changed(True)

    # --- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:
        title = self.tr("Redigér %1 – %2").replace("%1", plan_title(self.version.kind).lower())
        self.setWindowTitle(title.replace("%2", self.context.card_name) + "[*]")
        self.problem = QLabel()
        self.problem.setObjectName("editorProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(
            f"background: {PROBLEM_BACKGROUND}; color: {PROBLEM_COLOUR}; padding: 8px; font-weight: bold;"
        )
        self.problem.hide()
        self.return_notice = ReturnNotice()
        if has_return_facts(self.version):
            # Placed by the sections of the text as it is now: a note on a renamed section goes on top.
            paths = section_paths(self.document.content)
            unplaced = self.kind_editor.show_return_notes(self.version.return_notes, paths)
            placed = len(self.version.return_notes) - len(unplaced)
            self.return_notice.show_version(self.version, unplaced, placed)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.kind_editor)
        self.panel.setMinimumWidth(240)
        splitter = QSplitter()
        splitter.addWidget(self.scroll)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 300])  # in proportion: on a 1024-pixel screen the plan keeps 3/4
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.problem)
        layout.addWidget(self.return_notice)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)

    def _action(self, text: str, keys: list[QKeySequence | str], slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.save_action = self._action(self.tr("&Gem"), [QKeySequence.StandardKey.Save], self.save)
        self.close_action = self._action(self.tr("&Luk"), ["Ctrl+W"], self.close)
        self.undo_action = self.stack.createUndoAction(self, self.tr("Fortryd"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.stack.createRedoAction(self, self.tr("Gentag"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
        plan_menu = self.menuBar().addMenu(self.tr("&Plan"))
        plan_menu.addActions([self.save_action, self.close_action])
        edit_menu = self.menuBar().addMenu(self.tr("&Redigér"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        # The list keys belong to the focused list; the menu shows them so they can be found.
        for text in (
            self.tr("Nyt punkt\tInsert / Enter"),
            self.tr("Ret punkt\tF2"),
            self.tr("Slet punkt\tDelete"),
            self.tr("Flyt punkt op\tCtrl+Pil op"),
            self.tr("Flyt punkt ned\tCtrl+Pil ned"),
        ):
            edit_menu.addAction(text).setEnabled(False)
        go_menu = self.menuBar().addMenu(self.tr("&Gå til"))
        for number, (title, widget) in enumerate(self.kind_editor.sections[:9], start=1):
            action = go_menu.addAction(title)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, target=widget: self._go_to(target))
            self.addAction(action)
        warnings = go_menu.addAction(self.tr("Advarsler om læsbarhed"))
        warnings.setShortcut(QKeySequence("F6"))
        warnings.triggered.connect(lambda: self._go_to(self.panel.warnings))
        self.addAction(warnings)
        toolbar = self.addToolBar(self.tr("Plan"))
        toolbar.setObjectName("editorToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.save_action, self.undo_action, self.redo_action, self.close_action):
            toolbar.addAction(action)
        toolbar.setStyleSheet("QToolButton { min-height: 36px; min-width: 64px; padding: 2px 10px; }")
        for action in (self.save_action, self.undo_action, self.redo_action, self.close_action):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text().replace('&', '')} ({shortcut})")

    # --- state ------------------------------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        return not self.stack.isClean()

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)
        self.save_action.setEnabled(not clean)
        self._show_status(self.tr("Ikke gemt") if not clean else self.tr("Gemt"))

    def _show_status(self, state: str) -> None:
        facts = self.tr("%1 version %2 · startet af %3 den %4").replace(
            "%1", status_title(self.version.status)
        )
        facts = facts.replace("%2", str(self.version.number)).replace("%3", self.version.created_by or "?")
        facts = facts.replace("%4", local_stamp(self.version.created_at))
        self.status_label.setText(f"{state} · {facts}")

    def _on_autosaved(self, when: object) -> None:
        self._show_status(self.tr("Ikke gemt – sikkerhedskopi %1").replace("%1", local_stamp(when)))  # type: ignore[arg-type]

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.window() is not self:
            self.autosaver.flush()  # the coordinator is called away: secure what is typed
        elif self.kind_editor.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 20, 40)

    def _go_to(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scroll.ensureWidgetVisible(widget, 20, 40)

    def jump_to_text(self, text: str) -> None:
        """Show the item a readability warning is about."""
        path = find_text(self.document.content, text)
        if path is not None and self.kind_editor.focus_path(path):
            focused = QApplication.focusWidget()
            if focused is not None and self.kind_editor.isAncestorOf(focused):
                self.scroll.ensureWidgetVisible(focused, 20, 40)

    # --- recovery, save, close -------------------------------------------------------------------

    def offer_recovery(self, recovery: Recovery | None) -> None:
        """Ask whether to bring back autosaved text; taking it is one undoable, unsaved change."""
        if recovery is None:
            return
        if RecoveryPrompt.ask(self, recovery.saved_at):
            self.document.edit_replace(recovery.content, self.tr("Hent ikke-gemte ændringer"))
        else:
            with self.database.session() as session:
                drafts.discard_recovery(session, self.version.id)

    def save(self) -> bool:
        """Store the draft; on a refusal the message is shown and nothing typed is lost.

        A conflict (somebody saved first) is never an overwrite: the conflict dialog decides."""
        self.document.seal()
        try:
            with self.database.session() as session:
                self.version = drafts.save(
                    session, self.actor, self.version.id, self.document.content, self.version.row_version
                )
        except ConflictError:
            return self._resolve_conflict()
        except ServiceError as error:
            self.show_problem(service_text(error.message))
            return False
        self._saved()
        return True

    def _resolve_conflict(self) -> bool:
        """Show both versions; True only when my text was stored (then the editor is clean)."""
        while True:  # a third save while the dialog was open is shown as a new conflict
            try:
                with self.database.session() as session:
                    theirs = drafts.stored_version(session, self.version.id)
            except ServiceError as error:
                self.show_problem(service_text(error.message))
                return False
            choice = ConflictDialog.ask(self, self.document.content, theirs)
            if choice is ConflictChoice.CANCEL:
                self.show_problem(self.tr("Planen er ændret af en anden. Din tekst er ikke gemt endnu."))
                return False
            if choice is ConflictChoice.TAKE_THEIRS:
                self._take_theirs(theirs)
                return False
            try:
                with self.database.session() as session:
                    self.version = drafts.keep_mine(
                        session, self.actor, self.version.id, self.document.content, theirs.row_version
                    )
            except ConflictError:
                continue
            except ServiceError as error:
                self.show_problem(service_text(error.message))
                return False
            self.autosaver.version_id = self.version.id  # a new draft when theirs was approved meanwhile
            self._saved()
            return True

    def _take_theirs(self, theirs: VersionView) -> None:
        # One undo step: Fortryd brings my text back, and saving it then is a normal (unconflicted) save.
        try:
            with self.database.session() as session:
                self.version = drafts.take_theirs(session, self.actor, theirs.id)
        except ServiceError as error:
            self.show_problem(service_text(error.message))
            return
        self.document.edit_replace(self.version.content, self.tr("Tag den andens version"))
        self.stack.setClean()
        self.autosaver.cancel()
        self.show_problem(
            self.tr("Du ser nu den gemte version. Din egen tekst kan hentes tilbage med Fortryd (Ctrl+Z).")
        )
        self._show_status(self.tr("Gemt"))

    def stored_changed(self) -> None:
        """The draft was changed in another window of this app (text placed from an old plan): a clean
        editor shows it at once; one with unsaved text says so before its save has to choose."""
        try:
            with self.database.session() as session:
                stored = drafts.stored_version(session, self.version.id)
        except ServiceError:
            return  # gone or moved on: the next save tells
        if stored.row_version == self.version.row_version:
            return
        if self.is_dirty:
            self.show_problem(
                self.tr(
                    "Planen er ændret i Forenkl tekst, mens du skrev. Når du gemmer, viser Tryghed Desktop "
                    "begge udgaver, og du vælger."
                )
            )
            return
        self.version = stored
        self.document.edit_replace(stored.content, self.tr("Tekst fra Forenkl tekst"))
        self.stack.setClean()
        self.autosaver.cancel()
        self._show_status(self.tr("Gemt"))

    def _saved(self) -> None:
        self.autosaver.cancel()
        self.show_problem("")
        self.stack.setClean()
        self._show_status(self.tr("Gemt"))
        self.saved.emit(self.version.id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty:
            self.autosaver.flush()  # the question may wait a long time on a busy ward
            choice = LeavePrompt.ask(self)
            if choice is LeaveChoice.CONTINUE or (choice is LeaveChoice.SAVE and not self.save()):
                event.ignore()
                return
            if choice is LeaveChoice.DISCARD:
                with self.database.session() as session:
                    drafts.discard_recovery(session, self.version.id)
        QApplication.instance().focusChanged.disconnect(self._on_focus_changed)  # type: ignore[union-attr]
        event.accept()


def open_plan_editor(
    database: Database, actor: Actor, resident_id: int, kind: PlanKind, parent: QWidget | None = None
) -> PlanEditor | None:
    """Open (or start) the plan's draft in an editor window and offer any unsaved text back.

    Returns None after telling the user why when editing is not possible (role, awaiting approval).
    """
    try:
        with database.session() as session:
            version = drafts.open_draft(session, actor, resident_id, kind)
            context = drafts.editor_context(session, resident_id, kind)
            limits = drafts.readability_limits(session)
            recovery = drafts.pending_recovery(session, version.id)
    except ServiceError as error:
        report_problem(error)
        return None
    editor = PlanEditor(database, actor, version, context, limits, parent=parent)
    editor.show()
    editor.offer_recovery(recovery)
    return editor
