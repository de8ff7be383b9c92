from __future__ import annotations

from datetime import datetime

from tryghed_desktop.printing.page import build_one_page_pdf
from tryghed_desktop.printing.registration_card import registration_story, render_registration_card

from .pdf_helpers import font_descriptors, page_count, pdf_text

PRINTED = datetime(2026, 11, 25, 10, 40)


def test_registration_card_has_the_steps_in_plain_danish() -> None:
    text = pdf_text(render_registration_card(PRINTED))

    for phrase in [
        "Sådan registrerer du vold, trusler og chikane",
        "1 Sørg for sikkerhed først",
        "2 Tilkald hjælp",
        "3 Registrér samme dag i Tryghed Desktop",
        "Ctrl + H",
        "»Registrér hændelse«",
        "Hvornår",
        "Hvor det skete",
        "Hvem der var involveret",
        "Type: vold, trussel, chikane eller anden krænkende adfærd",
        "Alvor fra 1 til 5",
        "Tidlige tegn",
        "Hvad der hjalp",
        "Defusing straks",
        "Debriefing tilbydes",
        "Psykisk førstehjælp inden 72 timer",
        "senest 14 dage efter første fraværsdag",
        "Politianmeldelse",
        "Printet 25.11.2026 10.40",
    ]:
        assert phrase in text


def test_registration_card_is_one_page_without_shrinking() -> None:
    data = build_one_page_pdf(
        registration_story(), footer=("a", "b"), title="t", subject="s", fit_mode="error"
    )

    assert page_count(data) == 1
    assert page_count(render_registration_card(PRINTED)) == 1


def test_registration_card_is_deterministic() -> None:
    assert render_registration_card(PRINTED) == render_registration_card(PRINTED)


def test_registration_card_embeds_its_fonts() -> None:
    fonts = list(font_descriptors(render_registration_card(PRINTED)))

    assert fonts
    assert all(embedded for _name, embedded in fonts), fonts
