from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QMimeData, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tryghed_desktop.domain.plans import PlanKind, RiskProfile, StageKind
from tryghed_desktop.domain.simplify import FieldRef, PieceStatus
from tryghed_desktop.services import demo, plans, residents, simplify, users
from tryghed_desktop.services.actors import SYSTEM, Actor, Role, actor_for
from tryghed_desktop.services.demo_kim import KIM
from tryghed_desktop.store.db import Database
from tryghed_desktop.ui import i18n, messages, original_trail, tasks
from tryghed_desktop.ui.simplify import window as window_module
from tryghed_desktop.ui.simplify.dialogs import DropDialog, PasteDialog, PlaceDialog
from tryghed_desktop.ui.simplify.piece_model import PIECE_MIME
from tryghed_desktop.ui.simplify.window import SimplifyWindow

R = PlanKind.RISK_PROFILE
ORIGINAL = (
    "Tidlige tegn\n"
    "Kim bliver urolig og går frem og tilbage, f.eks. kl. 16. Man bør undgå at stille krav, jf. aftalen.\n\n"
    "Akut\n"
    "Tryk på overfaldsalarmen og tilkald hjælp."
)


@pytest.fixture
def people(database: Database) -> tuple[Actor, Actor, int]:
    with database.session() as session:
        unit = residents.ensure_unit(session, "Bostedet Egebakken", "Hus Kastanje")
        users.create_user(
            session, SYSTEM, username="anne", full_name="Anne Sørensen", roles={Role.COORDINATOR}
        )
        users.create_user(session, SYSTEM, username="lene", full_name="Lene Holm", roles={Role.ADVISOR})
        resident_id = residents.create_resident(
            session, SYSTEM, unit_id=unit.id, display_name="Kim Andersen", card_name="Kim", room="12"
        )
        return actor_for(session, "anne"), actor_for(session, "lene"), resident_id


@pytest.fixture(autouse=True)
def synchronous_tasks(request: pytest.FixtureRequest) -> Iterator[None]:
    """Splits run at once in the test's thread; the one test of the real thread pool opts out."""
    if "real_pool" not in request.keywords:
        tasks.set_pool(tasks.SynchronousPool())
    yield
    tasks.set_pool(None)


@pytest.fixture
def problems() -> list[str]:
    seen: list[str] = []
    messages.bridge().problem.connect(lambda _title, message: seen.append(message))
    return seen


def open_window(qtbot: QtBot, database: Database, actor: Actor, resident_id: int) -> SimplifyWindow:
    window = SimplifyWindow(database, actor, resident_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def paste(window: SimplifyWindow, monkeypatch: pytest.MonkeyPatch, text: str = ORIGINAL) -> None:
    monkeypatch.setattr(PasteDialog, "ask", classmethod(lambda cls, parent: text))
    window.import_pasted()


def statuses(window: SimplifyWindow) -> list[PieceStatus]:
    return [window.model.piece(row).status for row in range(window.model.rowCount())]


def draft_profile(database: Database, actor: Actor, resident_id: int) -> RiskProfile:
    with database.session() as session:
        draft = plans.resident_plans(session, actor, resident_id).plans[R].open
    assert draft is not None and isinstance(draft.content, RiskProfile)
    return draft.content


def test_the_piece_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    database: Database,
    people: tuple[Actor, Actor, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coordinator, _advisor, resident_id = people
    window = open_window(qtbot, database, coordinator, resident_id)
    paste(window, monkeypatch)
    qtmodeltester.check(window.model)


def test_pasted_text_is_split_with_suggestions_shown(
    qtbot: QtBot, database: Database, people: tuple[Actor, Actor, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator, _advisor, resident_id = people
    window = open_window(qtbot, database, coordinator, resident_id)
    with qtbot.waitSignal(window.document_changed):
        paste(window, monkeypatch)
    shown = [window.model.index(row).data() for row in range(window.model.rowCount())]
    assert len(shown) == 5
    assert "2. Kim bliver urolig og går frem og tilbage, f.eks. kl. 16." in shown[1]
    assert "Forslag: Gul – Tidlige tegn · Sådan ser det ud (indeholder »bliver urolig«)" in shown[1]
    assert "Forslag: Gul – Tidlige tegn · Det undgår vi (indeholder »undgå«)" in shown[2]
    assert window.coverage_bar.text() == "0 af 5 stykker behandlet"
    assert window.before_label.text() == "Før: 25 ord · LIX 24 · ca. 8 sek."


def test_keyboard_place_keep_drop_and_undo(
    qtbot: QtBot, database: Database, people: tuple[Actor, Actor, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator, _advisor, resident_id = people
    window = open_window(qtbot, database, coordinator, resident_id)
    paste(window, monkeypatch)
    asked: list[FieldRef | None] = []

    def place(cls: type, parent: object, original: str, options: list[object], suggested: FieldRef | None):
        asked.append(suggested)
        assert suggested is not None
        return suggested, "Urolig, går frem og tilbage"

    monkeypatch.setattr(PlaceDialog, "ask", classmethod(place))
    monkeypatch.setattr(DropDialog, "ask", classmethod(lambda cls, parent, original: "Står i handleplanen"))
    window.pieces.setFocus()
    window.select_piece(window.model.piece(0).id)
    qtbot.keyClick(window.pieces, Qt.Key.Key_K)  # the heading: kept; moves on to the next piece
    qtbot.keyClick(window.pieces, Qt.Key.Key_Return)
    assert asked == [FieldRef(R, "stages.yellow.signs")]
    qtbot.keyClick(window.pieces, Qt.Key.Key_D)
    assert statuses(window)[:3] == [PieceStatus.KEPT, PieceStatus.PLACED, PieceStatus.DROPPED]
    assert draft_profile(database, coordinator, resident_id).stage(StageKind.YELLOW).signs == [
        "Urolig, går frem og tilbage"
    ]
    assert window.coverage_bar.text() == "3 af 5 stykker behandlet"
    assert "Efter: 5 ord" in window.after_label.text()

    window.undo_stack.undo()  # the drop
    window.undo_stack.undo()  # the placement: out of the draft again
    assert statuses(window)[:3] == [PieceStatus.KEPT, PieceStatus.UNTOUCHED, PieceStatus.UNTOUCHED]
    assert draft_profile(database, coordinator, resident_id).stage(StageKind.YELLOW).signs == []
    window.undo_stack.redo()
    assert statuses(window)[1] is PieceStatus.PLACED
    assert draft_profile(database, coordinator, resident_id).stage(StageKind.YELLOW).signs == [
        "Urolig, går frem og tilbage"
    ]


def test_undoing_a_placed_piece_whose_text_was_changed_in_the_plan_says_that_it_stays(
    qtbot: QtBot,
    database: Database,
    people: tuple[Actor, Actor, int],
    monkeypatch: pytest.MonkeyPatch,
    problems: list[str],
) -> None:
    coordinator, _advisor, resident_id = people
    window = open_window(qtbot, database, coordinator, resident_id)
    paste(window, monkeypatch)
    signs = FieldRef(R, "stages.yellow.signs")
    monkeypatch.setattr(PlaceDialog, "ask", classmethod(lambda cls, *args: (signs, "Går frem og tilbage")))
    assert window.place_piece(window.model.piece(1))
    with database.session() as session:  # the coordinator rewrites it in the editor
        draft = plans.resident_plans(session, coordinator, resident_id).plans[R].open
        assert draft is not None and isinstance(draft.content, RiskProfile)
        draft.content.stage(StageKind.YELLOW).signs[0] = "Går frem og tilbage i gangen"
        plans.save_draft(
            session, coordinator, draft.id, draft.content, expected_row_version=draft.row_version
        )
    window.undo_stack.undo()
    assert statuses(window)[1] is PieceStatus.UNTOUCHED
    assert draft_profile(database, coordinator, resident_id).stage(StageKind.YELLOW).signs == [
        "Går frem og tilbage i gangen"
    ]
    assert "»Går frem og tilbage« er rettet i planen siden og står der stadig" in problems[-1]


def test_dropping_a_piece_on_a_field_places_it_there(
    qtbot: QtBot, database: Database, people: tuple[Actor, Actor, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator, _advisor, resident_id = people
    window = open_window(qtbot, database, coordinator, resident_id)
    paste(window, monkeypatch)
    monkeypatch.setattr(
        PlaceDialog,
        "ask",
        classmethod(lambda cls, parent, original, options, suggested: (suggested, "Tryk alarm")),
    )
    piece = window.model.piece(4)
    mime = window.model.mimeData([window.model.index(4)])
    assert mime.hasFormat(PIECE_MIME)
    item = window.targets.field_item(FieldRef(R, "alarm"))
    assert item is not None
    assert window.targets.drop_on(mime, item)
    assert window.model.piece(4).status is PieceStatus.PLACED
    assert draft_profile(database, coordinator, resident_id).alarm == ["Tryk alarm"]
    assert window.model.piece(4).id == piece.id
    assert not window.targets.drop_on(QMimeData(), item)  # anything else is ignored


def test_in_english_fields_and_groups_are_named_in_english(
    qtbot: QtBot,
    database: Database,
    people: tuple[Actor, Actor, int],
    monkeypatch: pytest.MonkeyPatch,
    compiled_qm_path: Callable[[str], Path],
) -> None:
    monkeypatch.setattr(i18n, "qm_path", compiled_qm_path)
    assert i18n.install_language("en") == "en"
    coordinator, _advisor, resident_id = people
    window = open_window(qtbot, database, coordinator, resident_id)
    paste(window, monkeypatch)
    assert "Suggestion: Yellow – Early signs · What it looks like (contains “" in window.model.index(1).data()
    tree = window.targets
    plans_shown = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert plans_shown == ["Risk profile", "Daily rhythm", "Safety plan"]
    avoid = tree.field_item(FieldRef(R, "stages.yellow.we_avoid"))
    assert avoid is not None and avoid.text(0) == "What we avoid"
    assert avoid.parent().text(0) == "Yellow – Early signs"
    strengths = tree.field_item(FieldRef(R, "strengths"))
    assert strengths is not None and strengths.text(0) == "Strengths"
    assert strengths.parent().text(0) == "Other"
    offered: list[str] = []

    def place(
        _cls: object,
        _parent: object,
        _original: str,
        options: list[tuple[FieldRef, str]],
        suggested: FieldRef,
    ) -> tuple[FieldRef, str]:
        offered.extend(title for _ref, title in options)
        return suggested, "Ingen krav"

    monkeypatch.setattr(PlaceDialog, "ask", classmethod(place))
    window.pieces.setCurrentIndex(window.model.index(2))
    window.place_selected()
    assert statuses(window)[2] is PieceStatus.PLACED
    assert "Yellow – Early signs · What we avoid" in offered
    assert "Agreements · Agreed signs and words" in offered
    assert "Placed in Yellow – Early signs · What we avoid: »Ingen krav«" in window.model.index(2).data()
    # The progress and the before/after figures speak English too.
    assert window.coverage_text.text().startswith("1 placed · 0 kept · 0 left out · ")
    assert window.before_label.text().startswith("Before: ")
    assert " words · LIX " in window.before_label.text() and "about " in window.before_label.text()


def test_bad_input_gives_a_danish_message_and_imports_nothing(
    qtbot: QtBot,
    database: Database,
    people: tuple[Actor, Actor, int],
    monkeypatch: pytest.MonkeyPatch,
    *,
    tmp_path: Path,
    problems: list[str],
) -> None:
    coordinator, _advisor, resident_id = people
    window = open_window(qtbot, database, coordinator, resident_id)
    broken = tmp_path / "ødelagt.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    monkeypatch.setattr(window_module, "ask_open_path", lambda parent: str(broken))
    window.import_file()
    paste(window, monkeypatch, "Ord. " * 500_000)
    assert len(problems) == 2
    assert "beskadiget" in problems[0] and "for lang" in problems[1]
    assert window.document_id is None and window.model.rowCount() == 0
    assert window.import_button.isEnabled()


@pytest.mark.real_pool
def test_a_docx_import_runs_through_the_background_task_with_progress(
    qtbot: QtBot,
    database: Database,
    people: tuple[Actor, Actor, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    coordinator, _advisor, resident_id = people
    document = Document()
    for number in range(40):
        document.add_paragraph(f"I afsnit {number} bliver han urolig ca. kl. 7.30, bl.a. ved larm.")
    path = tmp_path / "lang.docx"
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    window = SimplifyWindow(database, coordinator, resident_id)  # the real thread pool
    qtbot.addWidget(window)
    monkeypatch.setattr(window_module, "ask_open_path", lambda parent: str(path))
    seen: list[int] = []
    window.split_progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(window.document_changed, timeout=10_000):
        window.import_file()
        # The split runs in a pool thread; its results arrive through the event loop, so until then the
        # window shows progress and stays usable.
        assert not window.split_progress.isHidden()
        assert not window.import_button.isEnabled()
    assert window.model.rowCount() == 40
    assert window.split_progress.isHidden() and window.import_button.isEnabled()
    assert seen[-1] == 40


def test_simplify_kims_approved_profile_to_the_end_and_save_the_report(
    qtbot: QtBot,
    database: Database,
    people: tuple[Actor, Actor, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    coordinator, advisor, resident_id = people
    with database.session() as session:
        draft = plans.start_draft(session, coordinator, resident_id, R, demo.plan_contents(KIM, R)[0])
        plans.submit(session, coordinator, draft.id)
        plans.approve(session, advisor, draft.id)
    window = open_window(qtbot, database, coordinator, resident_id)
    window.import_approved(R)
    assert window.model.rowCount() > 40
    monkeypatch.setattr(
        PlaceDialog,
        "ask",
        classmethod(
            lambda cls, parent, original, options, suggested: (suggested, " ".join(original.split()[:4]))
        ),
    )
    monkeypatch.setattr(DropDialog, "ask", classmethod(lambda cls, parent, original: "Gentagelse"))
    window.pieces.setFocus()
    window.select_piece(window.model.piece(0).id)
    for row in range(window.model.rowCount()):
        piece = window.model.piece(row)
        if piece.is_heading:
            continue  # the approved plan's own field names arrive kept
        window.select_piece(piece.id)
        qtbot.keyClick(window.pieces, (Qt.Key.Key_Return, Qt.Key.Key_D, Qt.Key.Key_K)[row % 3])
    assert PieceStatus.UNTOUCHED not in statuses(window)
    assert window.submit_hint.text().startswith("✔ Alle stykker er behandlet")
    target = tmp_path / "rapport.pdf"
    monkeypatch.setattr(original_trail, "ask_report_path", lambda parent, suggested: str(target))
    window.make_report()
    assert target.read_bytes().startswith(b"%PDF")
    with database.session() as session:
        assert simplify.coverage(session, window.document_id or 0).can_submit


def test_the_drop_reasons_are_offered_in_the_users_language(qtbot: QtBot) -> None:
    assert i18n.install_language("en") == "en"
    dialog = DropDialog("Hun boede tidligere på Solhjem.")
    qtbot.addWidget(dialog)
    offered = [dialog.reason.itemText(index) for index in range(dialog.reason.count())]
    assert offered == [
        "Already elsewhere in the plan",
        "Background – not something to act on",
        "Repetition",
        "Out of date – no longer applies",
    ]
    i18n.install_language("da")
    danish = DropDialog("Hun boede tidligere på Solhjem.")
    qtbot.addWidget(danish)
    assert danish.reason.itemText(2) == "Gentagelse"


def test_the_field_tree_is_wide_enough_to_read_with_long_pieces(
    qtbot: QtBot, database: Database, people: tuple[Actor, Actor, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator, _advisor, resident_id = people
    window = open_window(qtbot, database, coordinator, resident_id)
    window.resize(1280, 800)
    paste(window, monkeypatch, ORIGINAL + "\n" + "Han bliver urolig, når der er mange mennesker. " * 8)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    pieces, fields = window.panes.sizes()
    assert fields >= 0.35 * (pieces + fields)  # 3:2; the shortcut line in one line left it a fifth


def test_a_second_import_leaves_the_first_to_be_finished_and_says_so(
    qtbot: QtBot, database: Database, people: tuple[Actor, Actor, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator, _advisor, resident_id = people
    window = open_window(qtbot, database, coordinator, resident_id)
    paste(window, monkeypatch)
    first = window.document_id
    with database.session() as session:  # one piece placed: the first original now feeds the draft
        simplify.place(
            session, coordinator, window.model.piece(1).id, "risk_profile:alarm", "Tryk på alarmen"
        )
    assert not window.originals.isVisibleTo(window)  # one original: nothing to choose
    paste(window, monkeypatch, "Akut\nRing 112.")
    for row in range(window.model.rowCount()):
        window.pieces.setCurrentIndex(window.model.index(row))
        window.keep_selected()
    # The new original is done, but the draft still waits for the first: the window says where.
    assert window.originals.isVisibleTo(window) and window.originals.count() == 2
    assert "4 af 5 ikke behandlet" in window.originals.itemText(window.originals.findData(first))
    hint = window.submit_hint.text()
    assert hint.startswith("Denne original er færdig, men kladden kan først sendes, når »Indsat tekst« også")
    with database.session() as session:  # the service's own rule says the same
        assert [b.document_id for b in simplify.blocking_originals(session, resident_id, R)] == [first]

    again = open_window(qtbot, database, coordinator, resident_id)
    assert again.document_id == first  # the unfinished one opens first


def test_the_place_dialog_warns_when_the_short_text_drops_a_number(qtbot: QtBot) -> None:
    original = "Ring 112 ved fare, og derefter vagthavende leder på 40 50 60 70."
    dialog = PlaceDialog(original, [(FieldRef(R, "alarm"), "Alarm")], FieldRef(R, "alarm"))
    qtbot.addWidget(dialog)
    assert not dialog.numbers.isVisibleTo(dialog)  # the original as it is keeps every number
    dialog.text.setPlainText("Ring 112, derefter vagthavende")
    assert dialog.numbers.isVisibleTo(dialog)
    assert dialog.numbers.text().startswith("⚠ Står ikke i din tekst: 40 50 60 70.")
    dialog.text.setPlainText("Ring 112, derefter vagthavende 40 50 60 70")
    assert not dialog.numbers.isVisibleTo(dialog)
