"""Counted line breaking picks the size a scan of reportlab's own layouts picks, and refuses alike."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import msgspec
import pytest
from reportlab.platypus import Paragraph

from tryghed_desktop.domain.plans import DailyRhythm, PlanKind, RiskProfile, SafetyPlan
from tryghed_desktop.printing import fit, rhythm_page, risk_card, safety_page
from tryghed_desktop.printing.card_model import CardFacts
from tryghed_desktop.printing.fit import SIZE_STEPS, CardTooLongError, Section, Sizes, exact_layout
from tryghed_desktop.printing.page import FRAME_HEIGHT, CardPage, write_pages
from tryghed_desktop.printing.style import card_page, card_styles, esc
from tryghed_desktop.services import demo
from tryghed_desktop.services.demo_content import RESIDENTS

from .conftest import approved_facts, jonas_profile, jonas_rhythm
from .pdf_helpers import page_count
from .test_pages import full_rhythm, safety_plan
from .test_risk_card import too_long

Build = Callable[[Sizes], list[Section]]


def scanned_step(build: Build) -> int | None:
    """The first step, largest type first, whose reportlab layout fits: what the search must find."""
    with exact_layout():
        for step, pair in enumerate(SIZE_STEPS):
            if fit.total_height(build(Sizes(*pair))) <= FRAME_HEIGHT:
                return step
    return None


def demo_facts(name: str) -> CardFacts:
    return CardFacts(card_name=name, unit_name="Hus Birk", printed_at=datetime(2026, 11, 25, 9, 40))


def cases() -> list[tuple[str, str, Build]]:
    """(card kind, name, build) for every version of every demo resident's plans and the test fixtures."""
    found: list[tuple[str, str, Build]] = []

    def risk(name: str, profile: RiskProfile, rhythm: DailyRhythm | None, facts: CardFacts) -> None:
        found.append(("risk", name, lambda s: risk_card._Layout(s).sections(profile, rhythm, facts)))

    def day(name: str, rhythm: DailyRhythm, facts: CardFacts) -> None:
        found.append(("rhythm", name, lambda s: rhythm_page._Layout(s).sections(rhythm, facts)))

    def safety(name: str, plan: SafetyPlan, facts: CardFacts) -> None:
        found.append(("safety", name, lambda s: safety_page._Layout(s).sections(plan, facts)))

    for spec in RESIDENTS:
        name = spec["name"]
        facts = demo_facts(name)
        rhythms = (
            demo.plan_contents(spec, PlanKind.DAILY_RHYTHM) if spec["story"][PlanKind.DAILY_RHYTHM] else []
        )
        for version, profile in enumerate(demo.plan_contents(spec, PlanKind.RISK_PROFILE)):
            assert isinstance(profile, RiskProfile)
            rhythm = rhythms[-1] if rhythms else None
            assert rhythm is None or isinstance(rhythm, DailyRhythm)
            risk(f"{name} v{version + 1}", profile, rhythm, facts)
        for version, rhythm in enumerate(rhythms):
            assert isinstance(rhythm, DailyRhythm)
            day(f"{name} v{version + 1}", rhythm, facts)
        if spec["story"].get(PlanKind.SAFETY_PLAN):
            for version, plan in enumerate(demo.plan_contents(spec, PlanKind.SAFETY_PLAN)):
                assert isinstance(plan, SafetyPlan)
                safety(f"{name} v{version + 1}", plan, facts)

    facts = approved_facts()
    risk("Jonas", jonas_profile(), jonas_rhythm(), facts)
    risk("Jonas, tom", RiskProfile(), None, facts)
    risk("Jonas, for lang", too_long(jonas_profile()), jonas_rhythm(), facts)
    longer = jonas_profile()
    for stage in longer.stages:
        stage.we_do += ["Tal roligt og i korte sætninger", "Giv ham tid til at svare"]
    risk("Jonas, lang", longer, jonas_rhythm(), facts)
    risk(
        "Jonas, lang navn",
        longer,
        jonas_rhythm(),
        msgspec.structs.replace(facts, card_name="Jonas Kristoffer"),
    )
    day("Jonas", full_rhythm(jonas_rhythm()), facts)
    safety("Jonas", safety_plan(), facts)
    return found


CASES = cases()


@pytest.mark.parametrize(("kind", "name", "build"), CASES, ids=[f"{k}-{n}" for k, n, _b in CASES])
def test_chosen_size_is_the_one_a_full_reportlab_scan_chooses(kind: str, name: str, build: Build) -> None:
    expected = scanned_step(build)

    if expected is None:
        with pytest.raises(CardTooLongError) as counted:
            fit.fit_step(build)
        with exact_layout(), pytest.raises(CardTooLongError) as exact:
            fit.fit_step(build)
        # As strict as before: the same sections blamed by the same number of lines.
        assert counted.value.sections == exact.value.sections
        return
    sizes, story = fit.fit_step(build)

    assert sizes == Sizes(*SIZE_STEPS[expected]), (kind, name)
    # KeepInFrame raises instead of shrinking if the kept layout did not really fit.
    page = CardPage(story, ("", ""), name, "")
    assert page_count(write_pages([page], title=name, subject="", fit_mode="error")) == 1


def test_the_demo_and_fixture_cases_cover_shrinking_and_refusal() -> None:
    steps = {scanned_step(build) for _kind, _name, build in CASES}

    assert 0 in steps  # comfortable size
    assert any(step is not None and step > 0 for step in steps)  # shrunk
    assert None in steps  # refused


def demo_texts() -> list[str]:
    texts = []
    for spec in RESIDENTS:
        for profile in demo.plan_contents(spec, PlanKind.RISK_PROFILE):
            assert isinstance(profile, RiskProfile)
            for stage in profile.stages:
                texts += [*stage.signs, *stage.we_do, *stage.we_avoid, *stage.resident_can]
            texts += profile.alarm
    return [esc(text) for text in texts if text.strip()]


def test_counted_heights_are_reportlabs_heights() -> None:
    texts = demo_texts()
    counted = 0
    for step, pair in enumerate(SIZE_STEPS):
        styles = card_styles(Sizes(*pair))
        for index, text in enumerate(texts):
            width = 70.0 + (index * 37 + step * 11) % 460  # narrow columns to the full frame
            for style, bullet in ((styles.item, "•"), (styles.body, None)):
                para = Paragraph(text, style, bulletText=bullet)
                height = fit._count_height(para, width)
                if height is None:
                    continue
                counted += 1
                assert height == para.wrap(width, FRAME_HEIGHT)[1], (text, width, pair)
    assert counted > 0.9 * len(texts) * len(SIZE_STEPS) * 2  # the count covers nearly every paragraph


@pytest.fixture
def empty_caches() -> Iterator[None]:
    for cache in (fit._COUNTED, fit._BROKEN):
        cache.clear()
    yield
    for cache in (fit._COUNTED, fit._BROKEN):
        cache.clear()  # no wrong count may outlive the test


@pytest.mark.usefixtures("empty_caches")
def test_a_wrong_count_falls_back_to_reportlab(monkeypatch: pytest.MonkeyPatch) -> None:
    profile, rhythm, facts = jonas_profile(), jonas_rhythm(), approved_facts()
    build: Build = lambda s: risk_card._Layout(s).sections(profile, rhythm, facts)  # noqa: E731
    expected = scanned_step(build)
    fit._BROKEN.clear()
    monkeypatch.setattr(fit, "_count_height", lambda para, width: 1.0)  # every paragraph one point tall

    sizes, story = fit.fit_step(build)

    assert expected is not None
    assert sizes == Sizes(*SIZE_STEPS[expected])
    data = write_pages([card_page(story, facts, "Handlekort")], title="x", subject="", fit_mode="error")
    assert page_count(data) == 1
