from __future__ import annotations

import io
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from sqlalchemy import func, select

from tests.services.conftest import Ward
from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import PlanKind, RiskProfile, StageKind
from tryghed_desktop.domain.readability import plan_sections
from tryghed_desktop.domain.simplify import FieldRef, PieceStatus
from tryghed_desktop.services import demo, plans, residents, review, simplify
from tryghed_desktop.services.actors import SYSTEM, actor_for
from tryghed_desktop.services.demo_kim import KIM
from tryghed_desktop.services.errors import LifecycleError, ServiceError, ValidationError
from tryghed_desktop.store.db import Database
from tryghed_desktop.store.models import OriginalDocument, OriginalPiece

R = PlanKind.RISK_PROFILE


def seed_like_docx() -> bytes:
    """A description written like the one in seed 003: headings, long paragraphs, a list, a table."""
    document = Document()
    document.add_heading("Risikovurdering for konkret borger", level=1)
    document.add_paragraph(
        "Når borgeren er presset, ses bl.a., at han hæver stemmen og går frem og tilbage, f.eks. kl. 16 "
        "ved aftensmaden. Man bør undgå at stille mange krav på én gang, jf. aftalen på p-mødet."
    )
    document.add_heading("Akut", level=2)
    document.add_paragraph("Træk dig straks, og tryk på overfaldsalarmen.")
    document.add_paragraph("Altid to medarbejdere ved personlig pleje", style="List Bullet")
    document.add_paragraph("Tilbyd en cigaret på terrassen", style="List Number")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Kl. 7.30"
    table.cell(0, 1).text = "Morgenpleje med to medarbejdere."
    table.cell(1, 0).text = "Kl. 22"
    table.cell(1, 1).text = "Nattevagten taler gennem døren."
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_read_docx_gives_paragraphs_list_items_and_table_rows_in_order() -> None:
    text = simplify.read_docx(seed_like_docx())
    assert text.split("\n\n") == [
        "Risikovurdering for konkret borger",
        "Når borgeren er presset, ses bl.a., at han hæver stemmen og går frem og tilbage, f.eks. kl. 16 "
        "ved aftensmaden. Man bør undgå at stille mange krav på én gang, jf. aftalen på p-mødet.",
        "Akut",
        "Træk dig straks, og tryk på overfaldsalarmen.",
        "• Altid to medarbejdere ved personlig pleje",
        "1. Tilbyd en cigaret på terrassen",  # the number is part of what the item says
        "Kl. 7.30 – Morgenpleje med to medarbejdere.",
        "Kl. 22 – Nattevagten taler gennem døren.",
    ]
    pieces = simplify.split_text(text)
    assert [p.piece.text for p in pieces][1:3] == [
        "Når borgeren er presset, ses bl.a., at han hæver stemmen og går frem og tilbage, f.eks. kl. 16 "
        "ved aftensmaden.",
        "Man bør undgå at stille mange krav på én gang, jf. aftalen på p-mødet.",
    ]
    suggestion = pieces[5].suggestion
    assert pieces[5].piece.list_item and suggestion is not None
    assert suggestion.target == FieldRef(R, "staffing_rules")


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def municipal_template_docx() -> bytes:
    """Text where python-docx's paragraphs and tables do not look: a header, a table in a table, a
    content control, a tracked insertion (and a deletion), a text box, a numbered list."""
    document = Document()
    document.sections[0].header.paragraphs[0].text = "FORTROLIGT – ved akut fare ring 40 50 60 70"
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Ydre celle"
    table.cell(0, 1).add_table(rows=1, cols=1).cell(0, 0).text = "Indre tabel: rør ikke uden varsel"
    body = document.element.body
    body.insert(
        len(body) - 1,
        parse_xml(f"<w:sdt {W_NS}><w:sdtContent><w:p><w:r><w:t>Aldrig alene med en vikar</w:t></w:r></w:p>"
                  "</w:sdtContent></w:sdt>"),
    )  # fmt: skip
    changed = document.add_paragraph("Ring til Birgit ")
    changed._p.append(
        parse_xml(f'<w:ins {W_NS} w:id="1" w:author="A"><w:r><w:t>på 21 43 65 87.</w:t></w:r></w:ins>')
    )
    changed._p.append(
        parse_xml(f'<w:del {W_NS} w:id="2" w:author="A"><w:r><w:delText>slettet</w:delText></w:r></w:del>')
    )
    boxed = document.add_paragraph()
    boxed._p.append(
        parse_xml(f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox>'
                  "<w:txbxContent><w:p><w:r><w:t>VIGTIGT: må aldrig holdes fast</w:t></w:r></w:p>"
                  "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    )  # fmt: skip
    document.add_paragraph("Træk dig", style="List Number")
    document.add_paragraph("Ring 112", style="List Number")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_plan_converted_from_pdf_with_a_paragraph_per_line_keeps_its_sentences_whole() -> None:
    document = Document()
    for line in (
        "Tidlige tegn",
        "Når borgeren er presset, hæver han",
        "stemmen og går frem og tilbage,",
        "især ved aftensmaden.",
        "Tryk på overfaldsalarmen.",
        "• Altid to medarbejdere ved pleje,",
        "også om natten.",
    ):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    pieces = [p.piece.text for p in simplify.split_text(simplify.read_docx(buffer.getvalue()))]
    assert pieces == [
        "Tidlige tegn",
        "Når borgeren er presset, hæver han stemmen og går frem og tilbage, især ved aftensmaden.",
        "Tryk på overfaldsalarmen.",
        "Altid to medarbejdere ved pleje, også om natten.",  # a list item's wrapped line too
    ]


def test_read_docx_loses_no_text_a_template_hides() -> None:
    assert simplify.read_docx(municipal_template_docx()).split("\n\n") == [
        "FORTROLIGT – ved akut fare ring 40 50 60 70",
        "Ydre celle – Indre tabel: rør ikke uden varsel",
        "Aldrig alene med en vikar",
        "Ring til Birgit på 21 43 65 87.",
        "VIGTIGT: må aldrig holdes fast",
        "1. Træk dig",
        "2. Ring 112",
    ]


def test_a_docx_saved_by_libreoffice_reads_the_same(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    source = tmp_path / "in" / "beskrivelse.docx"
    source.parent.mkdir()
    source.write_bytes(seed_like_docx())
    out = tmp_path / "out"
    profile = f"file://{tmp_path / 'lo_profile'}"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    saved = (out / "beskrivelse.docx").read_bytes()
    assert saved != source.read_bytes()
    assert simplify.read_docx(saved) == simplify.read_docx(source.read_bytes())


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("skade.docx", b"PK\x03\x04 not really a zip", "beskadiget"),
        ("skade.docx", b"just some bytes", "beskadiget"),
        ("låst.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "adgangskode"),
        ("tom.txt", b"   \n\n ", "tom"),
        ("billede.png", b"\x89PNG....", "Filtypen .png"),
    ],
)
def test_bad_files_are_refused_in_danish(name: str, data: bytes, message: str) -> None:
    with pytest.raises(ServiceError, match=message):
        simplify.read_original_file(name, data)


def test_text_files_in_utf8_and_windows_1252() -> None:
    assert simplify.read_original_file("a.txt", "Rød æøå".encode("cp1252")) == ("Rød æøå", "text")
    assert simplify.read_original_file("a.txt", "\ufeffRød æøå".encode()) == ("Rød æøå", "text")


def count_documents(database: Database) -> tuple[int, int]:
    with database.session() as session:
        return (
            session.scalar(select(func.count(OriginalDocument.id))) or 0,
            session.scalar(select(func.count(OriginalPiece.id))) or 0,
        )


def test_too_long_or_empty_texts_import_nothing(database: Database, ward: Ward) -> None:
    huge = ("Han bliver urolig, når der er larm. " * 150_000)[:5_000_000]
    # Thousands with a dot, the sentence's commas left alone.
    too_long = r"for lang \(5\.000\.000 tegn; højst [\d.]+\)\. Del den op, og importér kun den del, der"
    for text, message in [(huge, too_long), ("  \n ", "ingen tekst")]:
        with pytest.raises(ServiceError, match=message), database.session() as session:
            simplify.import_original(
                session, ward.coordinator, ward.resident_id, file_name="x.txt", text=text, source="text"
            )
    assert count_documents(database) == (0, 0)


def import_docx(database: Database, ward: Ward) -> int:
    text, source = simplify.read_original_file("beskrivelse.docx", seed_like_docx())
    with database.session() as session:
        return simplify.import_original(
            session,
            ward.coordinator,
            ward.resident_id,
            file_name="beskrivelse.docx",
            text=text,
            source=source,
        )


def test_import_stores_the_original_with_who_and_when(database: Database, ward: Ward) -> None:
    document_id = import_docx(database, ward)
    with database.session() as session:
        view = simplify.document_view(session, ward.staff, document_id)
        assert view.summary.file_name == "beskrivelse.docx"
        assert view.summary.imported_by == "Mette Kruse"
        assert view.summary.source_kind == "docx"
        assert "overfaldsalarmen" in view.full_text
        assert view.summary.coverage.untouched == len(view.pieces) == 9
        assert simplify.documents_for(session, ward.resident_id)[0].id == document_id
    with pytest.raises(ServiceError, match="ret til"), database.session() as session:
        simplify.import_original(
            session, ward.staff, ward.resident_id, file_name="x", text="Tekst.", source="pasted"
        )


def pieces_of(database: Database, ward: Ward, document_id: int) -> list[simplify.PieceView]:
    with database.session() as session:
        return list(simplify.document_view(session, ward.coordinator, document_id, record_read=False).pieces)


def test_place_keep_drop_and_reset(database: Database, ward: Ward) -> None:
    document_id = import_docx(database, ward)
    pieces = pieces_of(database, ward, document_id)
    ref = FieldRef(R, "stages.yellow.signs")
    with database.session() as session:
        placed = simplify.place(
            session, ward.coordinator, pieces[1].id, ref, "Hæver stemmen, går frem og tilbage"
        )
        assert placed.status is PieceStatus.PLACED and placed.target == ref
    with database.session() as session:
        draft = plans.resident_plans(session, ward.coordinator, ward.resident_id).plans[R].open
        assert draft is not None and isinstance(draft.content, RiskProfile)
        assert draft.content.stage(StageKind.YELLOW).signs == ["Hæver stemmen, går frem og tilbage"]
        with pytest.raises(LifecycleError, match="allerede behandlet"):
            simplify.keep(session, ward.coordinator, pieces[1].id)
    with database.session() as session:
        simplify.keep(session, ward.coordinator, pieces[0].id)
        with pytest.raises(ValidationError, match="hvorfor"):
            simplify.drop(session, ward.coordinator, pieces[2].id, "  ")
        simplify.drop(session, ward.coordinator, pieces[2].id, "Står i handleplanen")
        coverage = simplify.coverage(session, document_id)
        assert (coverage.placed, coverage.kept, coverage.dropped, coverage.untouched) == (1, 1, 1, 6)
        result = simplify.reset(session, ward.coordinator, pieces[1].id)
        assert result.removed_from_plan and result.piece.status is PieceStatus.UNTOUCHED
    with database.session() as session:
        draft = plans.resident_plans(session, ward.coordinator, ward.resident_id).plans[R].open
        assert draft is not None and isinstance(draft.content, RiskProfile)
        assert draft.content.stage(StageKind.YELLOW).signs == []


def test_no_import_while_the_plan_is_with_the_advisor(database: Database, ward: Ward) -> None:
    # Refused at the import: not after the coordinator has shortened a piece and pressed Placér.
    with database.session() as session:
        draft = plans.start_draft(session, ward.coordinator, ward.resident_id, R, RiskProfile())
        plans.submit(session, ward.coordinator, draft.id)
    with pytest.raises(LifecycleError, match="afventer godkendelse"):
        import_docx(database, ward)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(OriginalDocument)) == 0


def test_a_refused_placement_changes_nothing(database: Database, ward: Ward) -> None:
    document_id = import_docx(database, ward)
    piece = pieces_of(database, ward, document_id)[1]
    with pytest.raises(ServiceError), database.session() as session:
        simplify.place(session, ward.coordinator, piece.id, "risk_profile:stages.purple.signs", "x")
    assert pieces_of(database, ward, document_id)[1].status is PieceStatus.UNTOUCHED


def test_untouched_pieces_block_submit_but_not_save(database: Database, ward: Ward) -> None:
    document_id = import_docx(database, ward)
    pieces = pieces_of(database, ward, document_id)
    with database.session() as session:
        simplify.place(session, ward.coordinator, pieces[3].id, "risk_profile:alarm", "Tryk på alarmen")
    with database.session() as session:
        draft = plans.resident_plans(session, ward.coordinator, ward.resident_id).plans[R].open
        assert draft is not None
        with pytest.raises(
            LifecycleError, match=r"ikke behandlet endnu – ».+\.docx« \(importeret .+\): 8 stykker"
        ):
            plans.submit(session, ward.coordinator, draft.id)
    with database.session() as session:
        for piece in pieces:
            if piece.id != pieces[3].id:
                simplify.drop(session, ward.coordinator, piece.id, "Baggrund")
        simplify.check_submittable(session, draft.id)
        assert plans.submit(session, ward.coordinator, draft.id).status is VersionStatus.SUBMITTED
        # What the advisor's report shows stays: the placed piece, and the dropped ones too.
        for piece in (pieces[3], pieces[4]):
            with pytest.raises(LifecycleError, match="godkendelse"):
                simplify.reset(session, ward.coordinator, piece.id)
    assert pieces_of(database, ward, document_id)[4].status is PieceStatus.DROPPED


def kim_with_the_old_approved_profile(database: Database, ward: Ward) -> int:
    """Kim Andersen with the long-winded approved risk profile the demo starts from (seed 003)."""
    old = demo.plan_contents(KIM, R)[0]
    with database.session() as session:
        resident_id = residents.create_resident(
            session, SYSTEM, unit_id=ward.unit_id, display_name="Kim Andersen", card_name="Kim", room="12"
        )
        draft = plans.start_draft(session, ward.coordinator, resident_id, R, old)
        plans.submit(session, ward.coordinator, draft.id)
        plans.approve(session, ward.advisor, draft.id)
    return resident_id


def test_demo_kim_simplified_with_every_piece_accounted_for(database: Database, ward: Ward) -> None:
    resident_id = kim_with_the_old_approved_profile(database, ward)
    with database.session() as session:
        document_id = simplify.import_approved(session, ward.coordinator, resident_id, R)
    with database.session() as session:
        view = simplify.document_view(session, ward.coordinator, document_id)
        draft = plans.resident_plans(session, ward.coordinator, resident_id).plans[R].open
        assert draft is not None and isinstance(draft.content, RiskProfile)
        assert draft.content.triggers == []  # the skeleton: texts emptied, structure kept
        assert len(draft.content.call) == 3
        pieces = view.pieces
        assert len(pieces) > 40
        # Nearly every piece is suggested back to the field it came from.
        suggested = [p for p in pieces if not p.is_heading and p.suggestion is not None]
        assert len(suggested) == len([p for p in pieces if not p.is_heading])
    with database.session() as session:
        for number, piece in enumerate(pieces):
            if piece.is_heading:
                assert piece.status is PieceStatus.KEPT  # our own field names, kept already
            elif number % 3 == 0 and piece.suggestion is not None:
                short = " ".join(piece.text.split()[:5])
                simplify.place(session, ward.coordinator, piece.id, piece.suggestion, short)
            elif number % 3 == 1:
                simplify.drop(session, ward.coordinator, piece.id, "Gentagelse af andre punkter")
            else:
                simplify.keep(session, ward.coordinator, piece.id)
    with database.session() as session:
        coverage = simplify.coverage(session, document_id)
        assert coverage.can_submit and coverage.total == len(pieces)
        before, after = simplify.before_after(session, document_id)
        assert after.words < before.words / 3
        assert after.lix < before.lix
        assert after.reading_seconds < before.reading_seconds
        simplify.check_submittable(session, draft.id)


def test_the_demo_kim_awaiting_approval_cannot_start_a_second_simplification(database: Database) -> None:
    with database.session() as session:
        demo.populate_demo(session, today=date(2026, 11, 25))
    with database.session() as session:
        kim = next(r for r in residents.list_residents(session) if r.display_name == "Kim Andersen")
        anne = actor_for(session, "anne")
        with pytest.raises(LifecycleError, match="afventer godkendelse"):
            simplify.import_approved(session, anne, kim.id, R)
    with database.session() as session:  # only the demo's own simplifications of the risk profile and rhythm
        assert session.scalar(select(func.count(OriginalDocument.id))) == 2


def test_the_demos_simplified_plan_shows_the_advisor_every_piece_of_the_old_one(database: Database) -> None:
    with database.session() as session:
        demo.populate_demo(session, today=date(2026, 11, 25))
    with database.session() as session:
        lene = actor_for(session, "lene")
        kim_risk = next(
            p for p in review.awaiting_my_approval(session, lene) if p.card_name == "Kim" and p.kind is R
        )
        shown = review.review(session, lene, kim_risk.version_id)
        (original,) = shown.originals
        assert original.summary.file_name == "Risikoprofil, godkendt version 2"
        coverage = original.summary.coverage
        assert coverage.can_submit and coverage.placed > 20 and coverage.dropped >= 1 and coverage.kept > 0
        fates = {piece.text[:30]: piece for piece in original.pieces}
        dropped = fates["Ved skade eller politi"]
        assert (dropped.status, dropped.reason) == (
            PieceStatus.DROPPED,
            "Står allerede et andet sted i planen",
        )
        assert fates["Kim har en god relation til si"].status is PieceStatus.KEPT
        # Each short text is placed from the piece it was written from; the distance to keep, which
        # the short plan has no line for, is kept: the advisor sees it is not in the plan.
        assert fates["Medarbejderen skal i denne sit"].rewritten == "Gå ud – tryk på alarmen"
        assert fates["Medarbejderen skal desuden vær"].status is PieceStatus.KEPT
        placed = next(p for p in original.pieces if p.status is PieceStatus.PLACED)
        assert placed.target is not None and placed.rewritten
        # Every short text placed from the original is in the version the advisor is asked to approve.
        submitted_texts = {
            item for items in plan_sections(shown.submitted.content).values() for item in items
        }
        assert all(
            p.rewritten in submitted_texts
            for p in original.pieces
            if p.status is PieceStatus.PLACED and p.target is not None and p.target.kind is R
        )


def numbered_docx() -> bytes:
    """A numbered list with a lettered sub-list that restarts, a list starting at 3, Word's own
    hyphen and tab elements."""
    document = Document()
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {W_NS} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
            '<w:lvlText w:val="%2)"/></w:lvl>'
            "</w:abstractNum>"
        )
    )
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {W_NS} w:numId="91"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>'
        )
    )

    def item(text: str, num_id: int, level: int) -> None:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
        )

    item("Træk dig", 90, 0)
    item("Hold afstand", 90, 1)
    item("Hold døren åben", 90, 1)
    item("Ring", 90, 0)
    item("Vagthavende", 90, 1)
    item("Skriv det ned", 91, 0)
    marked = document.add_paragraph("Ring 40")
    marked._p.append(
        parse_xml(f"<w:r {W_NS}><w:noBreakHyphen/><w:t>50 · Navn:</w:t><w:ptab/><w:t>Anne</w:t></w:r>")
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_read_docx_numbers_lists_as_word_does_and_keeps_its_hyphens() -> None:
    assert simplify.read_docx(numbered_docx()).split("\n\n") == [
        "1. Træk dig",
        "a) Hold afstand",
        "b) Hold døren åben",
        "2. Ring",
        "a) Vagthavende",  # a new item restarts its sub-list
        "3. Skriv det ned",  # a list told to start at 3
        "Ring 40-50 · Navn: Anne",
    ]
