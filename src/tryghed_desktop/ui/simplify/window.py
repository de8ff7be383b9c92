"""The simplification workspace: pieces on the left, the draft's fields on the right, coverage on top.

Each action is one service call in its own session and is saved at once; undo issues the inverse call.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from tryghed_desktop.domain.plans import PlanKind
from tryghed_desktop.domain.readability import Readability
from tryghed_desktop.domain.simplify import (
    Coverage,
    FieldRef,
    PieceStatus,
    TargetGroup,
    reading_time_text,
    target_groups,
)
from tryghed_desktop.services import simplify
from tryghed_desktop.services.actors import Actor
from tryghed_desktop.services.errors import ServiceError
from tryghed_desktop.services.simplify import DocumentSummary, PieceView, Targets
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui.domain_labels import domain_tr, plan_title
from tryghed_desktop.ui.layouts import resize_within_screen
from tryghed_desktop.ui.messages import report_problem
from tryghed_desktop.ui.original_trail import save_simplification_report
from tryghed_desktop.ui.simplify.dialogs import DropDialog, PasteDialog, PlaceDialog
from tryghed_desktop.ui.simplify.piece_model import PIECE_MIME, PieceListModel
from tryghed_desktop.ui.tasks import Task, run_task

RefRole = Qt.ItemDataRole.UserRole + 10


def ask_open_path(parent: QWidget) -> str:
    """The file to import ('' when cancelled); tests patch this."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        parent.tr("Importér beskrivelse"),
        "",
        parent.tr("Word og tekst (*.docx *.txt);;Alle filer (*)"),
    )
    return path


def shown_groups(targets: Targets) -> list[tuple[PlanKind, list[TargetGroup]]]:
    """The service's targets titled in the UI language: the same domain builder, with the domain labels
    translated (the service's own titles are Danish, as the report prints them)."""
    return [(kind, target_groups(kind, targets.rhythm, domain_tr)) for kind, _danish in targets.groups]


class PieceList(QListView):
    """The pieces; Enter places, K keeps, D drops, Backspace resets the selected piece."""

    place_requested = Signal()
    keep_requested = Signal()
    drop_requested = Signal()
    reset_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSpacing(2)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(False)
        # A long old plan has thousands of wrapped pieces: lay them out a batch at a time between
        # paints instead of all at once before the window answers again.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        signals = {
            Qt.Key.Key_Return: self.place_requested,
            Qt.Key.Key_Enter: self.place_requested,
            Qt.Key.Key_K: self.keep_requested,
            Qt.Key.Key_D: self.drop_requested,
            Qt.Key.Key_Backspace: self.reset_requested,
        }
        signal = signals.get(Qt.Key(event.key())) if plain else None
        if signal is None:
            super().keyPressEvent(event)
            return
        signal.emit()
        event.accept()


class TargetTree(QTreeWidget):
    """The draft's fields by plan and section; a piece dropped on a field is placed there."""

    piece_dropped = Signal(int, str)  # piece id, FieldRef text

    def __init__(self) -> None:
        super().__init__()
        self.setHeaderLabels([self.tr("Felt i planen"), self.tr("Placeret")])
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def set_targets(self, targets: Targets, counts: dict[str, int]) -> None:
        expanded = {self.topLevelItem(i).text(0) for i in range(self.topLevelItemCount())}
        self.clear()
        for kind, groups in shown_groups(targets):
            top = QTreeWidgetItem([plan_title(kind)])
            self.addTopLevelItem(top)
            for group in groups:
                group_item = QTreeWidgetItem([group.title])
                top.addChild(group_item)
                for ref, title in group.fields:
                    count = counts.get(str(ref), 0)
                    item = QTreeWidgetItem([title, str(count) if count else ""])
                    item.setData(0, RefRole, str(ref))
                    group_item.addChild(item)
                group_item.setExpanded(kind is PlanKind.RISK_PROFILE or not expanded)
            top.setExpanded(kind is not PlanKind.SAFETY_PLAN)

    def update_counts(self, counts: dict[str, int]) -> None:
        """Show how many pieces went to each field, without rebuilding the tree (a drop may be running)."""
        for item in self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            ref = item.data(0, RefRole)
            if ref:
                count = counts.get(ref, 0)
                item.setText(1, str(count) if count else "")

    def field_item(self, ref: FieldRef) -> QTreeWidgetItem | None:
        for item in self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, RefRole) == str(ref):
                return item
        return None

    @staticmethod
    def _piece_ids(mime: QMimeData) -> list[int]:
        if not mime.hasFormat(PIECE_MIME):
            return []
        raw = bytes(mime.data(PIECE_MIME).data()).decode()
        return [int(part) for part in raw.split(",") if part]

    def drop_on(self, mime: QMimeData, item: QTreeWidgetItem | None) -> bool:
        """Handle a drop of pieces on a field item (the drag-and-drop path, callable from tests)."""
        ref = item.data(0, RefRole) if item is not None else None
        ids = self._piece_ids(mime)
        if not ref or not ids:
            return False
        for piece_id in ids:
            self.piece_dropped.emit(piece_id, str(ref))
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(PIECE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if item is not None and item.data(0, RefRole) and event.mimeData().hasFormat(PIECE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.drop_on(event.mimeData(), self.itemAt(event.position().toPoint())):
            event.acceptProposedAction()
        else:
            event.ignore()


class PieceCommand(QUndoCommand):
    """One action on a piece, already carried out when pushed; undo resets the piece (and takes a
    placed text out of the draft again), redo repeats the action."""

    def __init__(
        self, window: SimplifyWindow, piece_id: int, text: str, action: Callable[[Session], PieceView]
    ):
        super().__init__(text)
        self._window = window
        self._piece_id = piece_id
        self._action = action
        self._done = True

    def redo(self) -> None:
        if self._done:
            return  # carried out before it was pushed
        self._window.call(self._action)
        self._done = True

    def undo(self) -> None:
        self._window.reset_piece(self._piece_id)
        self._done = False


def _figures(template: str, result: Readability) -> str:
    """'Før: 412 ord · LIX 52 · ca. 1 min. 40 sek.' from a translated template with %1–%3."""
    return (
        template.replace("%1", str(result.words))
        .replace("%2", f"{result.lix:.0f}")
        .replace("%3", reading_time_text(result, domain_tr))
    )


class SimplifyWindow(QWidget):
    """The workspace for one resident's imported original (or an empty one, ready to import)."""

    document_changed = Signal(int)
    plans_changed = Signal()  # a piece placed in a draft, or taken out again: open editors reload

    def __init__(
        self,
        database: Database,
        actor: Actor,
        resident_id: int,
        *,
        document_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.resident_id = resident_id
        self.document_id = document_id
        # Whether an open plan editor holds unsaved text in a plan (set by whoever opened both).
        self.unsaved_editor: Callable[[PlanKind], bool] | None = None
        self._task: Task | None = None
        self._targets: Targets | None = None
        # The originals that keep the open draft from being submitted (the service's rule).
        self._blocking: list[simplify.BlockingOriginal] = []
        self.undo_stack = QUndoStack(self)
        self.model = PieceListModel()
        self.setWindowTitle(self.tr("Forenkl tekst"))
        resize_within_screen(self, 1280, 780)
        self._build()
        if document_id is None:
            with database.session() as session:
                found = simplify.documents_for(session, resident_id)
            # The newest original not finished yet, else the newest: an unfinished one blocks submitting.
            unfinished = [summary for summary in found if summary.coverage.untouched]
            self.document_id = (unfinished or found)[0].id if found else None
        self.reload()

    # --- layout -------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 17pt; font-weight: 600;")
        self.source = QLabel()
        self.source.setStyleSheet("color: #555555;")
        # Several originals (a re-import): each must be finished before the draft can be submitted.
        self.originals = QComboBox()
        self.originals.setObjectName("simplifyOriginals")
        self.originals.activated.connect(lambda index: self._opened(self.originals.itemData(index)))
        self.originals_label = QLabel(self.tr("&Original:"))
        self.originals_label.setBuddy(self.originals)
        self.coverage_bar = QProgressBar()
        self.coverage_bar.setTextVisible(True)
        self.coverage_bar.setMinimumWidth(260)
        self.coverage_text = QLabel()
        self.before_label = QLabel()
        self.after_label = QLabel()
        self.after_label.setStyleSheet("font-weight: 600; color: #2e7d32;")
        self.submit_hint = QLabel()

        self.import_button = QPushButton(self.tr("Importér fil…"))
        self.import_button.clicked.connect(self.import_file)
        self.paste_button = QPushButton(self.tr("Indsæt tekst…"))
        self.paste_button.clicked.connect(self.import_pasted)
        self.approved_button = QToolButton()
        self.approved_button.setText(self.tr("Forenkl den godkendte plan"))
        self.approved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.approved_button)
        for kind in (PlanKind.RISK_PROFILE, PlanKind.DAILY_RHYTHM):
            menu.addAction(plan_title(kind), lambda k=kind: self.import_approved(k))
        self.approved_button.setMenu(menu)
        self.report_button = QPushButton(self.tr("Lav rapport…"))
        self.report_button.clicked.connect(self.make_report)
        undo = self.undo_stack.createUndoAction(self, self.tr("Fortryd"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Gentag"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo, redo])
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(undo)
        self.redo_button = QToolButton()
        self.redo_button.setDefaultAction(redo)

        self._build_layout()

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for widget in (self.import_button, self.paste_button, self.approved_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (self.undo_button, self.redo_button, self.report_button):
            buttons.addWidget(widget)

        figures = QVBoxLayout()
        figures.addWidget(self.before_label)
        figures.addWidget(self.after_label)
        coverage = QVBoxLayout()
        coverage.addWidget(self.coverage_bar)
        coverage.addWidget(self.coverage_text)
        top = QHBoxLayout()
        top.addLayout(coverage, 1)
        top.addSpacing(24)
        top.addLayout(figures, 1)

        self.panes = self._build_panes()
        self.split_progress = QProgressBar()
        self.split_progress.setFormat(self.tr("Deler teksten op … %p %"))
        self.split_progress.hide()

        chooser = QHBoxLayout()
        chooser.addWidget(self.originals_label)
        chooser.addWidget(self.originals, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(chooser)
        layout.addWidget(self.source)
        layout.addLayout(buttons)
        layout.addLayout(top)
        layout.addWidget(self.submit_hint)
        layout.addWidget(self.panes, 1)
        layout.addWidget(self.split_progress)

    def _build_panes(self) -> QSplitter:
        self.pieces = PieceList()
        self.pieces.setModel(self.model)
        self.pieces.place_requested.connect(self.place_selected)
        self.pieces.keep_requested.connect(self.keep_selected)
        self.pieces.drop_requested.connect(self.drop_selected)
        self.pieces.reset_requested.connect(self.reset_selected)
        self.targets = TargetTree()
        self.targets.piece_dropped.connect(self._dropped_on_field)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Originalen, stykke for stykke</b>")))
        left_layout.addWidget(self.pieces)
        keys = QLabel(
            self.tr(
                "Enter: placér · K: behold i fuld beskrivelse · D: udelad · ⌫: fortryd stykket · "
                "træk til et felt"
            )
        )
        keys.setStyleSheet("color: #555555;")
        # Wrapped: in one line its width was the pane's minimum, and the field tree was left a
        # fifth of the window, too narrow to read the field names it offers.
        keys.setWordWrap(True)
        left_layout.addWidget(keys)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>Felter i kladden</b>")))
        right_layout.addWidget(self.targets)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])  # 3:2 from the start, not only of the space left over
        return splitter

    # --- reading --------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the document, its figures and the targets again (one session)."""
        with self.database.session() as session:
            self._targets = simplify.targets_for(session, self.resident_id)
            self._show_originals(simplify.documents_for(session, self.resident_id))
            self._blocking = self._blocking_for(session)
            if self.document_id is None:
                view = None
                figures = None
            else:
                view = simplify.document_view(session, self.actor, self.document_id, record_read=False)
                figures = simplify.before_after(session, self.document_id)
        has_document = view is not None
        self.report_button.setEnabled(has_document)
        if view is None or figures is None:
            self.title.setText(self.tr("Forenkl en teksttung plan"))
            self.source.setText(
                self.tr(
                    "Importér en beskrivelse (Word eller tekst), indsæt tekst, "
                    "eller forenkl den godkendte plan."
                )
            )
            self.model.set_pieces([])
            self._show_coverage(0, 0, "")
            self.before_label.clear()
            self.after_label.clear()
            self.submit_hint.clear()
            self.targets.set_targets(self._targets, {})
            return
        summary = view.summary
        self.title.setText(
            self.tr("Forenkling – %1 · %2")
            .replace("%1", view.card_name)
            .replace("%2", plan_title(summary.kind))
        )
        when = summary.imported_at.astimezone().strftime("%d.%m.%Y %H.%M")
        self.source.setText(
            self.tr("Original: %1 · importeret %2 af %3 · gemt i fuld længde ved borgeren")
            .replace("%1", summary.file_name)
            .replace("%2", when)
            .replace("%3", summary.imported_by)
        )
        selected = self.current_piece()
        self.model.set_pieces(list(view.pieces))
        # The same piece again after a refresh; not after opening another original (a re-import).
        if selected is not None and any(piece.id == selected.id for piece in view.pieces):
            self.select_piece(selected.id)
        self._update_figures(figures)
        self.targets.set_targets(self._targets, {})
        self._update_coverage()

    def _blocking_for(self, session: Session) -> list[simplify.BlockingOriginal]:
        if self.document_id is None:
            return []
        kind = simplify.document_kind(session, self.document_id)
        return simplify.blocking_originals(session, self.resident_id, kind)

    def _show_originals(self, found: list[DocumentSummary]) -> None:
        self.originals.clear()
        for summary in found:
            coverage = summary.coverage
            state = (
                self.tr("%1 af %2 ikke behandlet").replace("%1", str(coverage.untouched))
                if coverage.untouched
                else self.tr("alle %2 behandlet")
            ).replace("%2", str(coverage.total))
            when = summary.imported_at.astimezone().strftime("%d.%m.%Y %H.%M")
            self.originals.addItem(f"{summary.file_name} · {when} · {state}", summary.id)
        self.originals.setCurrentIndex(self.originals.findData(self.document_id))
        several = len(found) > 1
        self.originals.setVisible(several)
        self.originals_label.setVisible(several)

    def _update_figures(self, figures: tuple[Readability, Readability]) -> None:
        before, after = figures
        self.before_label.setText(_figures(self.tr("Før: %1 ord · LIX %2 · %3"), before))
        self.after_label.setText(_figures(self.tr("Efter: %1 ord · LIX %2 · %3"), after))

    def _show_coverage(self, accounted: int, total: int, text: str) -> None:
        self.coverage_bar.setRange(0, max(total, 1))
        self.coverage_bar.setValue(accounted)
        self.coverage_bar.setFormat(
            self.tr("%1 af %2 stykker behandlet").replace("%1", str(accounted)).replace("%2", str(total))
        )
        self.coverage_text.setText(text)

    def _update_coverage(self) -> None:
        pieces = [self.model.piece(row) for row in range(self.model.rowCount())]
        counts: dict[str, int] = {}
        statuses = []
        for piece in pieces:
            statuses.append(piece.status)
            if piece.status is PieceStatus.PLACED and piece.target is not None:
                counts[str(piece.target)] = counts.get(str(piece.target), 0) + 1
        coverage = Coverage.of(statuses)
        self._show_coverage(coverage.accounted, coverage.total, coverage.summary(domain_tr))
        others = [original for original in self._blocking if original.document_id != self.document_id]
        if coverage.can_submit and others:
            self.submit_hint.setText(
                self.tr(
                    "Denne original er færdig, men kladden kan først sendes, når %1 også er færdig. "
                    "Vælg den under »Original«."
                ).replace("%1", ", ".join(f"»{original.file_name}«" for original in others))
            )
            self.submit_hint.setStyleSheet("color: #8a5a00;")
        elif coverage.can_submit:
            self.submit_hint.setText(
                self.tr("✔ Alle stykker er behandlet – kladden kan sendes til godkendelse.")
            )
            self.submit_hint.setStyleSheet("color: #2e7d32;")
        else:
            self.submit_hint.setText(
                self.tr(
                    "%1 stykker mangler. Kladden er gemt, men kan først sendes til godkendelse, "
                    "når alle er behandlet."
                ).replace("%1", str(coverage.untouched))
            )
            self.submit_hint.setStyleSheet("color: #8a5a00;")
        self.targets.update_counts(counts)

    def current_piece(self) -> PieceView | None:
        index = self.pieces.currentIndex()
        return self.model.piece(index.row()) if index.isValid() else None

    def select_piece(self, piece_id: int) -> None:
        self.pieces.setCurrentIndex(self.model.index(self.model.row_of(piece_id)))

    def _next_untouched(self, after_row: int) -> None:
        rows = self.model.rowCount()
        for offset in range(1, rows + 1):
            row = (after_row + offset) % rows
            if self.model.piece(row).status is PieceStatus.UNTOUCHED:
                self.pieces.setCurrentIndex(self.model.index(row))
                return

    # --- actions --------------------------------------------------------------------------------------

    def call(self, action: Callable[[Session], PieceView]) -> PieceView | None:
        """Run one service call in its own session; a refusal becomes a Danish message."""
        try:
            with self.database.session() as session:
                piece = action(session)
                figures = simplify.before_after(session, self.document_id) if self.document_id else None
                originals = simplify.documents_for(session, self.resident_id)
                self._blocking = self._blocking_for(session)
        except ServiceError as error:
            report_problem(error)
            return None
        self._show_originals(originals)
        self.model.update_piece(piece)
        if figures is not None:
            self._update_figures(figures)
        self._update_coverage()
        self.plans_changed.emit()
        return piece

    def _act(self, piece: PieceView, text: str, action: Callable[[Session], PieceView]) -> bool:
        row = self.model.row_of(piece.id)
        if self.call(action) is None:
            return False
        self.undo_stack.push(PieceCommand(self, piece.id, text, action))
        self._next_untouched(row)
        return True

    def _options(self) -> list[tuple[FieldRef, str]]:
        options: list[tuple[FieldRef, str]] = []
        if self._targets is not None:
            for _kind, groups in shown_groups(self._targets):
                for group in groups:
                    options += [(ref, f"{group.title} · {title}") for ref, title in group.fields]
        return options

    def place_piece(self, piece: PieceView, target: FieldRef | None = None) -> bool:
        """Open 'Placér' for a piece (target preselected: the dropped-on field, else the suggestion)."""
        if piece.status is not PieceStatus.UNTOUCHED:
            report_problem(self.tr("Stykket er allerede behandlet. Tryk ⌫ for at fortryde det først."))
            return False
        suggested = target or piece.suggestion
        if suggested is not None and self._targets is not None:
            suggested = self._targets.resolve(suggested)
        answer = PlaceDialog.ask(self, piece.text, self._options(), suggested)
        if answer is None:
            return False
        ref, text = answer
        if self.unsaved_editor is not None and self.unsaved_editor(ref.kind):
            # Placing now would leave the editor's save to choose between its text and the placed one.
            report_problem(
                self.tr(
                    "»Redigér plan« har tekst i %1, der ikke er gemt. Gem den først, så intet går tabt."
                ).replace("%1", plan_title(ref.kind).lower())
            )
            return False
        return self._act(
            piece,
            self.tr("Placér stykke %1").replace("%1", str(piece.index + 1)),
            lambda session: simplify.place(session, self.actor, piece.id, ref, text),
        )

    def place_selected(self) -> None:
        piece = self.current_piece()
        if piece is not None:
            self.place_piece(piece)

    def keep_selected(self) -> None:
        piece = self.current_piece()
        if piece is not None:
            self._act(
                piece,
                self.tr("Behold stykke %1").replace("%1", str(piece.index + 1)),
                lambda session: simplify.keep(session, self.actor, piece.id),
            )

    def drop_selected(self) -> None:
        piece = self.current_piece()
        if piece is None:
            return
        reason = DropDialog.ask(self, piece.text)
        if reason is None:
            return
        self._act(
            piece,
            self.tr("Udelad stykke %1").replace("%1", str(piece.index + 1)),
            lambda session: simplify.drop(session, self.actor, piece.id, reason),
        )

    def reset_selected(self) -> None:
        piece = self.current_piece()
        if piece is None or piece.status is PieceStatus.UNTOUCHED:
            return
        # Resetting by hand is not on the undo stack: the stack's commands would refer to a changed piece.
        self.undo_stack.clear()
        self.reset_piece(piece.id)

    def reset_piece(self, piece_id: int) -> None:
        """The piece untouched again; a placed text changed in the editor since stays in the plan, and
        the user is told so (placing the piece again would put it there twice)."""
        placed = self.model.piece(self.model.row_of(piece_id))
        results: list[simplify.ResetResult] = []

        def reset(session: Session) -> PieceView:
            results.append(simplify.reset(session, self.actor, piece_id))
            return results[-1].piece

        if self.call(reset) is None or placed.status is not PieceStatus.PLACED:
            return
        if results[-1].removed_from_plan:
            return
        report_problem(
            self.tr(
                "Stykket er ikke behandlet igen, men teksten »%1« er rettet i planen siden og står der "
                "stadig. Slet den i »Redigér plan«, hvis den ikke skal med."
            ).replace("%1", placed.rewritten)
        )

    def _dropped_on_field(self, piece_id: int, ref: str) -> None:
        self.select_piece(piece_id)
        piece = self.current_piece()
        if piece is not None:
            self.place_piece(piece, FieldRef.parse(ref))

    # --- import and report ------------------------------------------------------------------------

    def _opened(self, document_id: int) -> None:
        self.document_id = document_id
        self.undo_stack.clear()
        self.reload()
        if self.model.rowCount():
            self.pieces.setCurrentIndex(self.model.index(0))
        self.pieces.setFocus()
        self.document_changed.emit(document_id)

    def import_text(self, file_name: str, text: str, source: str) -> None:
        """Split the text and store the original and its pieces off the UI thread, with progress."""
        self.split_progress.setRange(0, 0)
        self.split_progress.show()
        self._set_busy(True)

        def progress(done: int, total: int) -> None:
            self.split_progress.setRange(0, total)
            self.split_progress.setValue(done)

        def done(document_id: object) -> None:
            self._finish_split()
            assert isinstance(document_id, int)
            self._opened(document_id)

        def failed(error: BaseException) -> None:
            self._finish_split()
            if not isinstance(error, ServiceError):
                raise error  # to the excepthook: logged and shown with details
            report_problem(error)

        database, actor, resident_id = self.database, self.actor, self.resident_id

        def split(task: Task) -> int:
            pieces = simplify.split_text(text, task.report)
            # Stored here too: thousands of pieces took a third of a second of a frozen window.
            with database.session() as session:
                return simplify.import_original(
                    session, actor, resident_id, file_name=file_name, text=text, source=source, split=pieces
                )

        self._task = run_task(
            split, done, failed, on_progress=progress, on_cancelled=self._finish_split, parent=self
        )

    def _finish_split(self) -> None:
        self.split_progress.hide()
        self._set_busy(False)
        self._task = None

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.import_button, self.paste_button, self.approved_button, self.report_button):
            widget.setEnabled(not busy)

    def import_file(self) -> None:
        path = ask_open_path(self)
        if not path:
            return
        try:
            text, source = simplify.read_original_file(Path(path).name, Path(path).read_bytes())
        except ServiceError as error:
            report_problem(error)
            return
        except OSError as error:
            report_problem(self.tr("Filen kunne ikke åbnes: %1").replace("%1", error.strerror or str(error)))
            return
        self.import_text(Path(path).name, text, source)

    def import_pasted(self) -> None:
        text = PasteDialog.ask(self)
        if text is not None:
            self.import_text(self.tr("Indsat tekst"), text, simplify.SOURCE_PASTED)

    def import_approved(self, kind: PlanKind) -> None:
        try:
            with self.database.session() as session:
                document_id = simplify.import_approved(session, self.actor, self.resident_id, kind)
        except ServiceError as error:
            report_problem(error)
            return
        self._opened(document_id)

    def make_report(self) -> None:
        if self.document_id is not None:
            save_simplification_report(self, self.database, self.actor, self.document_id)

    def selected_index(self) -> QModelIndex:
        return self.pieces.currentIndex()
