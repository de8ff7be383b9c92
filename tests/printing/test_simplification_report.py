from __future__ import annotations

from datetime import datetime

from tests.printing.pdf_helpers import font_descriptors, page_count, pdf_text
from tryghed_desktop.domain.readability import Readability
from tryghed_desktop.domain.simplify import Coverage
from tryghed_desktop.printing.simplification_report import ReportFacts, render_simplification_report


def facts(dropped: int = 3, untouched: int = 0) -> ReportFacts:
    return ReportFacts(
        card_name="Kim",
        unit_name="Hus Kastanje",
        plan_title="Risikoprofil",
        file_name="Risikoprofil, godkendt version 2",
        imported_at=datetime(2026, 11, 20, 9, 15),
        imported_by="Anne Sørensen",
        printed_at=datetime(2026, 11, 25, 10, 40),
        before=Readability(words=1520, sentences=48, long_words=430),
        after=Readability(words=160, sentences=40, long_words=25),
        coverage=Coverage(placed=30, kept=8, dropped=dropped, untouched=untouched),
        dropped=tuple(
            (f"Langt gammelt stykke nr. {n} om kaffe på terrassen.", "Gentagelse") for n in range(dropped)
        ),
        placed_by_field=(("Gul – Tidlige tegn · Sådan ser det ud", 4), ("Alarm", 1)),
    )


def test_the_report_reads_back_with_before_after_and_every_dropped_reason() -> None:
    pdf = render_simplification_report(facts(), fit_mode="error")
    assert page_count(pdf) == 1
    text = pdf_text(pdf)
    assert "Forenkling af risikoprofil – Kim" in text
    assert "Ord 1520 160 − 89 %" in text
    assert "LIX 60 20 − 67 %" in text
    assert "Alle 41 stykker tekst i originalen er behandlet." in text
    assert "30 placeret i planen · 8 beholdt i den fulde beskrivelse · 3 udeladt" in text
    for n in range(3):
        assert f"Langt gammelt stykke nr. {n} om kaffe på terrassen. Gentagelse" in text
    assert "Importeret" not in text and "importeret 20.11.2026 09.15 af Anne Sørensen" in text
    assert "Forenklingsrapport · Risikoprofil · Kim · Hus Kastanje" in text
    assert all(embedded for _name, embedded in font_descriptors(pdf))


def test_untouched_pieces_are_shown_and_a_long_drop_list_stays_on_one_page() -> None:
    pdf = render_simplification_report(facts(dropped=60, untouched=5), fit_mode="error")
    assert page_count(pdf) == 1
    text = pdf_text(pdf)
    assert "5 af 103 stykker tekst er endnu ikke behandlet." in text
    assert "udeladte stykker mere. Se dem alle, med begrundelse, i godkendelsen under" in text
    # An unfinished simplification says so at the top: its before/after figures are not the plan's.
    assert "UFÆRDIG – 5 AF 103 STYKKER ER IKKE BEHANDLET ENDNU" in text
    assert "UFÆRDIG" not in pdf_text(render_simplification_report(facts()))


def test_the_report_is_deterministic() -> None:
    assert render_simplification_report(facts()) == render_simplification_report(facts())


def test_a_long_piece_is_shortened_between_words() -> None:
    from tryghed_desktop.printing.simplification_report import MAX_PIECE_CHARS, _shorten

    shortened = _shorten("Fast efterlevelse i praksis af aftalerne " * 10)
    assert len(shortened) <= MAX_PIECE_CHARS + 1 and shortened.endswith(" …")
    assert shortened[:-2].split()[-1] in {"Fast", "efterlevelse", "i", "praksis", "af", "aftalerne"}
