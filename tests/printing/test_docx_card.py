"""The editable Word card: content, draft line, determinism, and one page when LibreOffice converts it."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import msgspec
import pytest
from docx import Document

from tryghed_desktop.domain.plans import STAGE_INFO, DailyRhythm, RiskProfile
from tryghed_desktop.printing.card_model import DRAFT_MARK, CardFacts
from tryghed_desktop.printing.docx_card import render_risk_card_docx
from tryghed_desktop.printing.fit import CardTooLongError

from .pdf_helpers import page_count, pdf_text


def docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                parts += [p.text for p in cell.paragraphs]
    parts += [p.text for p in document.sections[0].footer.paragraphs]
    return "\n".join(parts)


def test_docx_holds_every_item_and_the_footer(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    text = docx_text(render_risk_card_docx(profile, rhythm, facts))

    for stage in profile.stages:
        info = STAGE_INFO[stage.kind]
        assert f"{info.symbol} {info.colour_name.upper()}" in text
        for item in [*stage.signs, *stage.we_do, *stage.we_avoid, *stage.resident_can]:
            assert item in text
    assert "ALARM · RING" in text
    assert "Vagthavende: 7012 3456" in text
    assert "Risikotider i døgnet" in text
    assert "Version 4 · Godkendt 12.11.2026 af Lene Holm, ekstern faglig rådgiver" in text
    assert DRAFT_MARK not in text


def test_words_pasted_from_word_with_its_line_break_still_make_a_docx(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    profile.stages[1].signs.append("Går frem\x0bog tilbage\x07")  # Shift+Enter and a bell from Word
    text = docx_text(render_risk_card_docx(profile, rhythm, facts))
    assert "Går frem og tilbage" in text


def test_docx_draft_has_the_black_mark_line(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    draft = msgspec.structs.replace(facts, is_valid=False, approved_at=None, approved_by=None)

    document = Document(io.BytesIO(render_risk_card_docx(profile, rhythm, draft)))

    first = document.paragraphs[0]
    assert first.text == DRAFT_MARK
    assert first.runs[0].bold
    assert str(first.runs[0].font.color.rgb) == "1A1A1A"  # red printed as grey on a b/w printer


def test_docx_card_past_its_review_date_says_so_first(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    overdue = msgspec.structs.replace(facts, review_due=date(2026, 9, 21))
    document = Document(io.BytesIO(render_risk_card_docx(profile, rhythm, overdue)))
    first = document.paragraphs[0]
    assert first.text == "REVISION OVERSKREDET SIDEN 21.09.2026 – SIG DET TIL KOORDINATOREN"
    assert first.runs[0].bold


def test_docx_is_byte_identical_for_identical_input(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    first = render_risk_card_docx(profile, rhythm, facts)

    assert render_risk_card_docx(profile, rhythm, facts) == first
    modified = Document(io.BytesIO(first)).core_properties.modified
    assert modified is not None and modified.replace(tzinfo=None) == facts.printed_at


def test_docx_refuses_what_the_pdf_refuses(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    profile.stages[1].signs = [f"Tidligt tegn {n}: går uroligt rundt og taler højt" for n in range(30)]

    with pytest.raises(CardTooLongError):
        render_risk_card_docx(profile, rhythm, facts)


def convert_with_libreoffice(docx: bytes, folder: Path) -> bytes:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: the one-page check of the DOCX needs "
            "'apt-get install libreoffice-writer-nogui fonts-crosextra-carlito' (CI installs it)"
        )
    source = folder / "card.docx"
    source.write_bytes(docx)
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    return (folder / "card.pdf").read_bytes()


@pytest.mark.slow
def test_libreoffice_opens_the_docx_as_one_page(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts, tmp_path: Path
) -> None:
    # The sample is one of the longest cards that still fits (it shrinks its type in the PDF).
    pdf = convert_with_libreoffice(render_risk_card_docx(profile, rhythm, facts), tmp_path)

    assert page_count(pdf) == 1
    assert "Jonas" in pdf_text(pdf)
