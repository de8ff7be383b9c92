from __future__ import annotations

from datetime import date
from pathlib import Path

import msgspec
import pytest
from PIL import Image as PilImage

from tryghed_desktop.domain.plans import (
    STAGE_INFO,
    STAGE_ORDER,
    Contact,
    DailyRhythm,
    RiskProfile,
    StageKind,
)
from tryghed_desktop.printing import risk_card
from tryghed_desktop.printing.card_model import CardFacts
from tryghed_desktop.printing.risk_card import (
    DRAFT_MARK,
    INVALID_MARK,
    SIZE_STEPS,
    CardTooLongError,
    card_fill,
    card_fit,
    render_risk_card,
)
from tryghed_desktop.printing.style import PAPER

from .conftest import jonas_profile
from .pdf_helpers import font_descriptors, page_count, pdf_text, render_ppm, squash


def draft(facts: CardFacts) -> CardFacts:
    return msgspec.structs.replace(
        facts,
        is_valid=False,
        version_number=5,
        approved_by=None,
        approved_at=None,
        valid_from=None,
        review_due=None,
    )


def too_long(profile: RiskProfile) -> RiskProfile:
    yellow = profile.stage(StageKind.YELLOW)
    yellow.signs = [f"Tidligt tegn nummer {n}: går uroligt rundt og taler højt" for n in range(30)]
    return profile


def test_every_item_of_the_profile_is_on_the_card(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    text = pdf_text(render_risk_card(profile, rhythm, facts))

    assert "Jonas" in text
    assert "Hus Birk" in text
    for stage in profile.stages:
        info = STAGE_INFO[stage.kind]
        assert info.colour_name.upper() in text
        assert info.meaning in text
        for item in [*stage.signs, *stage.we_do, *stage.we_avoid, *stage.resident_can]:
            assert squash(item) in text
    for line in profile.alarm:
        assert line in text
    for contact in profile.call:
        assert f"{contact.name}: {contact.phone}" in text
    for rule in profile.staffing_rules:
        assert rule in text


def test_only_columns_with_content_are_printed(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    for kind in STAGE_ORDER:
        profile.stage(kind).resident_can = []

    text = pdf_text(render_risk_card(profile, rhythm, facts))

    assert "Det kan jeg selv" not in text
    assert "Det undgår vi" in text


def test_risk_times_show_yellow_and_red_slots_only(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    text = pdf_text(render_risk_card(profile, rhythm, facts))

    assert "Risikotider i døgnet" in text
    assert "07.00–08.00 Bad — sig hvad du gør, før du gør det 2 medarbejdere" in text
    assert "15.00 Vagtskifte" in text  # a moment, not a range
    assert "22.00–07.00 Nat" in text
    assert "1 medarbejder" in text
    assert "Værksted" not in text  # a green slot is no risk time


def test_footer_names_version_approval_and_print_time(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    text = pdf_text(render_risk_card(profile, rhythm, facts))

    assert (
        "Version 4 · Godkendt 12.11.2026 af Lene Holm, ekstern faglig rådgiver · "
        "Gyldig fra 12.11.2026 · Revideres senest 12.05.2027" in text
    )
    assert "Printet 25.11.2026 10.40" in text
    assert "KLADDE" not in text
    assert "overskredet" not in text


def test_overdue_review_is_flagged(profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts) -> None:
    late = msgspec.structs.replace(facts, printed_at=facts.printed_at.replace(year=2027, month=6))

    assert "Revideres senest 12.05.2027 (overskredet)" in pdf_text(render_risk_card(profile, rhythm, late))


def test_draft_is_marked_across_the_page_and_in_the_footer(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    text = pdf_text(render_risk_card(profile, rhythm, draft(facts)))

    assert DRAFT_MARK == "KLADDE – IKKE GODKENDT"
    assert DRAFT_MARK in text
    assert "Version 5 · Kladde – ikke godkendt" in text
    assert "Godkendt" not in text.replace("IKKE GODKENDT", "")


def test_an_approved_but_no_longer_current_version_is_marked_invalid(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    old = msgspec.structs.replace(facts, is_valid=False)

    text = pdf_text(render_risk_card(profile, rhythm, old))

    assert INVALID_MARK in text
    assert "Ikke gyldig" in text
    assert DRAFT_MARK not in text


@pytest.mark.parametrize("variant", ["approved", "draft", "long", "empty", "no_rhythm"])
def test_every_card_is_exactly_one_page(
    variant: str, profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    if variant == "draft":
        facts = draft(facts)
    if variant == "long":
        profile = longer(profile)
        assert card_fill(profile, rhythm) > 1.0
    if variant == "empty":
        profile = RiskProfile()
    data = render_risk_card(profile, None if variant == "no_rhythm" else rhythm, facts)

    assert page_count(data) == 1


def test_a_shrunk_card_fits_without_help_from_keep_in_frame(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    for stage in profile.stages:
        stage.we_do += ["Tal roligt og i korte sætninger", "Giv ham tid til at svare"]

    # mode="error" makes reportlab raise instead of silently scaling if the measuring was wrong.
    data = risk_card._render(risk_card._fit(profile, rhythm, facts), facts, fit_mode="error")

    assert page_count(data) == 1


def test_too_long_card_is_refused_naming_the_stage(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    with pytest.raises(CardTooLongError) as caught:
        render_risk_card(too_long(profile), rhythm, facts)

    message = str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert message.startswith("Kortet kan ikke være på én side. For langt: Gul – Tidlige tegn")
    assert "»Sådan ser det ud«" in message
    assert "linjer for meget" in message
    [(name, lines)] = caught.value.sections  # only the yellow stage is to blame
    assert name.startswith("Gul – Tidlige tegn")
    assert lines >= 10


def test_fill_meter_grows_with_content(profile: RiskProfile, rhythm: DailyRhythm) -> None:
    empty = card_fill(RiskProfile(), None)
    sample = card_fill(profile, rhythm)

    assert 0 < empty < 0.2
    assert 0.5 < sample < 1.2
    assert card_fill(too_long(profile), rhythm) > 1.5


def longer(profile: RiskProfile) -> RiskProfile:
    """Longer than the comfortable size allows, so the type must shrink, but still printable."""
    for stage in profile.stages:
        stage.we_do += ["Tal roligt og i korte sætninger", "Giv ham tid til at svare"]
    return profile


def test_fit_tells_the_editor_whether_and_how_the_card_prints(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    comfortable = card_fit(profile, None, facts)
    assert comfortable.fill <= 1 and comfortable.body_size == SIZE_STEPS[0][0] and not comfortable.too_long

    shrunk = card_fit(longer(jonas_profile()), rhythm, facts)
    assert shrunk.fill > 1 and shrunk.body_size is not None
    assert SIZE_STEPS[-1][0] <= shrunk.body_size < SIZE_STEPS[0][0]
    assert not shrunk.too_long

    refused = card_fit(too_long(profile), rhythm, facts)
    assert refused.body_size is None
    assert refused.too_long.startswith("Kortet kan ikke være på én side. For langt: Gul – Tidlige tegn")


def test_a_card_past_its_review_date_says_so_at_the_top_and_a_draft_on_a_black_bar(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    assert "REVISION OVERSKREDET" not in pdf_text(render_risk_card(profile, rhythm, facts))
    overdue = msgspec.structs.replace(facts, review_due=date(2026, 9, 21))
    text = pdf_text(render_risk_card(profile, rhythm, overdue))
    assert "REVISION OVERSKREDET SIDEN 21.09.2026 – SIG DET TIL KOORDINATOREN" in text
    assert "Revideres senest 21.09.2026 (overskredet)" in text
    # A draft's bar says so instead: twice the mark, the bar's and the translucent diagonal's.
    draft_text = pdf_text(render_risk_card(profile, rhythm, draft(overdue)))
    assert draft_text.count(DRAFT_MARK) == 2 and "REVISION OVERSKREDET" not in draft_text


def test_a_version_with_the_advisor_is_marked_as_awaiting_approval_not_as_a_draft(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    sent = msgspec.structs.replace(draft(facts), awaiting_approval=True)
    text = pdf_text(render_risk_card(profile, rhythm, sent))
    assert "AFVENTER GODKENDELSE – IKKE GODKENDT" in text and DRAFT_MARK not in text
    assert "Afventer godkendelse – ikke godkendt" in text


def test_identical_input_gives_identical_bytes(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    assert render_risk_card(profile, rhythm, facts) == render_risk_card(profile, rhythm, facts)


def test_danish_letters_survive_and_fonts_are_embedded(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    facts = msgspec.structs.replace(facts, card_name="Søren Ærø", unit_name="Hus Åbakken")
    profile.stage(StageKind.GREEN).signs = ["Æbler, ørreder og ålekage – glad for sit køkken"]

    data = render_risk_card(profile, rhythm, facts)
    text = pdf_text(data)

    assert "Søren Ærø" in text
    assert "Hus Åbakken" in text
    assert "Æbler, ørreder og ålekage – glad for sit køkken" in text
    fonts = list(font_descriptors(data))
    assert fonts
    assert all(embedded for _name, embedded in fonts), fonts
    assert all("DejaVuSans" in name for name, _embedded in fonts), fonts


def test_markup_characters_in_content_are_printed_literally(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts
) -> None:
    profile.stage(StageKind.RED).we_do = ["Tal lavt & roligt <ikke råb>"]
    profile.call = [Contact("Leder <vagt>", "7012 3456", note="kun hvis skade & fare")]

    text = pdf_text(render_risk_card(profile, rhythm, facts))

    assert "Tal lavt & roligt <ikke råb>" in text
    assert "Leder <vagt>: 7012 3456 · kun hvis skade & fare" in text


def test_optional_photo_is_placed(
    profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts, tmp_path: Path
) -> None:
    photo = tmp_path / "jonas.png"
    PilImage.new("RGB", (60, 80), (120, 160, 200)).save(photo)

    with_photo = render_risk_card(profile, rhythm, msgspec.structs.replace(facts, photo=photo))

    assert page_count(with_photo) == 1
    assert b"/Subtype /Image" in with_photo
    assert b"/Subtype /Image" not in render_risk_card(profile, rhythm, facts)


def test_stage_colours_are_printed(profile: RiskProfile, rhythm: DailyRhythm, facts: CardFacts) -> None:
    pixels = render_ppm(render_risk_card(profile, rhythm, facts))

    for kind in STAGE_ORDER:
        # The stage cell is a solid block of the stage's paper colour: many pixels at 30 dpi.
        assert pixels.count_near(PAPER[kind].fill) > 150, kind


def test_missing_stages_leave_no_band(facts: CardFacts) -> None:
    profile = RiskProfile()
    profile.stage(StageKind.RED).we_do = ["Træk dig"]
    rhythm = DailyRhythm()

    text = pdf_text(render_risk_card(profile, rhythm, facts))
    pixels = render_ppm(render_risk_card(profile, rhythm, facts))

    assert "RØD" in text
    assert "GUL" not in text
    assert "Risikotider" not in text
    assert "ALARM" not in text
    assert pixels.count_near(PAPER[StageKind.RED].fill) > 150
    assert pixels.count_near(PAPER[StageKind.GREEN].fill) == 0
