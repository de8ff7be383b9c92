"""The meeting pack read back: PDF text with pypdf, the workbook with openpyxl; anonymised by default."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import msgspec
from openpyxl import load_workbook

from tests.printing.pdf_helpers import page_count, pdf_text
from tryghed_desktop.domain.action_plan import MeasureStatus
from tryghed_desktop.printing import meeting_pack
from tryghed_desktop.printing.meeting_pack import Names, render_meeting_pack, write_meeting_xlsx
from tryghed_desktop.services.action_plan import MeasureView
from tryghed_desktop.services.review_signals import ReviewSignal
from tryghed_desktop.services.statistics import (
    PeriodCount,
    SignStat,
    Statistics,
    StatsFilter,
    StrategyStat,
)

PERIOD = (date(2026, 7, 1), date(2026, 9, 30))
PRINTED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
JONAS, MAJA = 11, 12


@dataclass(frozen=True)
class FollowUp:
    resident_id: int | None
    resident_card_name: str | None
    occurred_at: datetime
    incident_type: str
    severity: int
    slot_label: str
    first_aid_contact_at: datetime | None = None
    defusing_done_at: datetime | None = None
    injury_report_due: date | None = None
    injury_reported_on: date | None = None


def _stats() -> Statistics:
    matrix = [[0] * 7 for _ in range(24)]
    matrix[7][0] = 4  # Monday 07
    matrix[23][6] = 9  # Sunday 23
    return Statistics(
        filter=StatsFilter(1, None, *PERIOD),
        zone="Europe/Copenhagen",
        total=13,
        previous_total=10,
        previous_start=date(2026, 4, 1),
        previous_end=date(2026, 6, 30),
        by_type={"violence": 5, "threat": 8, "harassment": 0, "offensive": 0},
        by_severity={1: 3, 2: 6, 3: 3, 4: 1, 5: 0},
        hour_weekday=tuple(tuple(row) for row in matrix),
        months=(
            PeriodCount("jul 2026", 4, "apr 2026", 2),
            PeriodCount("aug 2026", 6, "maj 2026", 5),
            PeriodCount("sep 2026", 3, "jun 2026", 3),
        ),
        quarters=(PeriodCount("K3 2026", 13, "K2 2026", 10),),
        by_slot=(("Aftensmad", 9), ("Morgen", 4)),
        strategies=(
            StrategyStat(JONAS, "Jonas", "Tal roligt med lav stemme", 1, 3, 1),
            StrategyStat(MAJA, "Maja", "Sig: »Du er hjemme, Maja«", 0, 2, 0),
            StrategyStat(MAJA, "Maja", "Tilbyd en gåtur", 4, 0, 0),
        ),
        signs=(
            SignStat(JONAS, "Jonas", "Går frem og tilbage", 7),
            SignStat(MAJA, "Maja", "Spørger efter Jonas' ting og Majas mor", 3),
        ),
    )


REVIEWS = [
    ReviewSignal(
        MAJA, "Maja", 1, date(2026, 5, 12), 4, ("4 hændelser siden planen blev godkendt 12.05.2026",)
    )
]
FOLLOW_UPS = [
    FollowUp(JONAS, "Jonas", datetime(2026, 11, 18, 16, 30, tzinfo=UTC), "violence", 3, "Aftensmad"),
    FollowUp(None, None, datetime(2026, 11, 19, 9, 5, tzinfo=UTC), "threat", 2, "Formiddag"),
]


def _pdf(show_card_names: bool = False, measures: Sequence[MeasureView] = ()) -> bytes:
    return render_meeting_pack(
        _stats(),
        REVIEWS,
        FOLLOW_UPS,
        unit_name="Hus Birk",
        period=PERIOD,
        printed_at=PRINTED,
        show_card_names=show_card_names,
        measures=measures,
    )


def _xlsx(show_card_names: bool = False) -> bytes:
    return write_meeting_xlsx(
        _stats(),
        REVIEWS,
        FOLLOW_UPS,
        unit_name="Hus Birk",
        period=PERIOD,
        printed_at=PRINTED,
        show_card_names=show_card_names,
    )


def test_pdf_shows_counts_heat_map_strategies_reviews_and_follow_ups() -> None:
    text = pdf_text(_pdf())
    assert "Mødepakke: Hus Birk" in text
    assert "01.07.2026–30.09.2026" in text
    assert "Hændelser i alt 13 +30 % mod forrige periode" in text
    assert "Vold 5" in text and "Trussel 8" in text
    assert "Tal roligt med lav stemme 1 af 4 3 1 SE PÅ DEN IGEN" in text
    assert "Tilbyd en gåtur" not in text  # it works: not on the revisit list
    assert "4 hændelser siden planen blev godkendt 12.05.2026" in text
    assert "18.11.2026 17.30" in text  # the follow-up in Danish local time
    assert "defusing, psykisk førstehjælp" in text
    # Today's plans to review and open follow-ups, whatever the period: the pack says so.
    assert "Planer der bør revideres nu Som de står i dag, uanset perioden." in text
    assert "Åbne opfølgninger nu (" in text
    assert page_count(_pdf()) >= 2


def test_pdf_is_anonymised_by_default_and_names_only_when_chosen() -> None:
    anonymous = pdf_text(_pdf())
    assert "Jonas" not in anonymous and "Maja" not in anonymous
    # Letters follow resident ids, the same in every section: Jonas (11) is A, Maja (12) is B.
    assert "Borger A Tal roligt" in anonymous and "Borger B 12.05.2026" in anonymous
    # Names in the profiles' own words too: any resident's, genitive included.
    assert "Borger B Sig: »Du er hjemme, Borger B«" in anonymous
    assert "Borger B Spørger efter Borger A's ting og Borger B's mor" in anonymous
    named = pdf_text(_pdf(show_card_names=True))
    assert "Jonas Tal roligt" in named and "Maja 12.05.2026" in named
    assert "Maja Spørger efter Jonas' ting og Majas mor" in named
    assert "med kortnavne" in named


def test_card_names_of_initials_are_replaced_in_the_words_too() -> None:
    names = Names([(10, "H.V."), (13, "R.D."), (11, "Jonas")], show_card_names=False)

    assert names.text("Siger: »H.V. vil hjem«") == "Siger: »Borger A vil hjem«"
    assert (
        names.text("Sig: »H.V., du er tryg her«. R.D.s bror")
        == "Sig: »Borger A, du er tryg her«. Borger C's bror"
    )
    assert names.text("Jonas' ting, Jonasine") == "Borger B's ting, Jonasine"  # whole names only


def test_pdf_is_deterministic() -> None:
    assert _pdf() == _pdf()


def test_heat_map_table_prints_the_numbers() -> None:
    text = pdf_text(_pdf())
    # Row 07: Monday 4, the other days empty (·), the row total 4.
    assert "07 4 · · · · · · 4" in text
    assert "23 · · · · · · 9 9" in text


def test_the_busiest_hour_stays_light_enough_for_its_black_number() -> None:
    # A cheap b/w laser dithers grey into dots: a number on a dark cell vanished (white on grey).
    assert meeting_pack._grey(9, 9).red >= 0.6


def test_xlsx_read_back() -> None:
    book = load_workbook(io.BytesIO(_xlsx()))
    assert book.sheetnames == [
        "Overblik",
        "Ugedag×time",
        "Udvikling",
        "Strategier",
        "Tidlige tegn",
        "Opfølgning",
        "Handleplan",
    ]
    signs = book["Tidlige tegn"]
    assert [cell.value for cell in signs[1]] == ["Borger", "Tidligt tegn", "Gange"]
    assert signs.max_row == 1 + len(_stats().signs)
    assert all("Jonas" not in str(cell.value) and "Maja" not in str(cell.value) for cell in signs["B"])
    heat = book["Ugedag×time"]
    assert [cell.value for cell in heat[1]] == [
        "Kl.",
        "Man",
        "Tir",
        "Ons",
        "Tor",
        "Fre",
        "Lør",
        "Søn",
        "I alt",
    ]
    assert heat["B9"].value == 4  # hour 07 is row 9, Monday column B
    assert heat["H25"].value == 9  # hour 23, Sunday
    overview = {row[0]: row[1:] for row in book["Overblik"].iter_rows(values_only=True) if row[0]}
    assert overview["Hændelser i alt"][:2] == (13, 10)
    trend = list(book["Udvikling"].iter_rows(values_only=True))
    assert ("aug 2026", 6, "maj 2026", 5) in trend
    strategies = list(book["Strategier"].iter_rows(values_only=True))
    assert ("Borger A", "Tal roligt med lav stemme", 1, 3, 1, 4, "JA") in strategies
    assert ("Borger B", "Sig: »Du er hjemme, Borger B«", 0, 2, 0, 2, "JA") in strategies
    everything = " ".join(
        str(value) for sheet in book for row in sheet.iter_rows(values_only=True) for value in row
    )
    assert "Jonas" not in everything and "Maja" not in everything
    assert "4 hændelser siden planen blev godkendt 12.05.2026" in everything


def test_xlsx_names_when_chosen_and_same_bytes_for_same_input() -> None:
    book = load_workbook(io.BytesIO(_xlsx(show_card_names=True)))
    assert book["Strategier"]["A2"].value == "Jonas"
    assert _xlsx() == _xlsx()


def test_open_follow_ups_are_one_table_with_one_header() -> None:
    text = pdf_text(_pdf())
    assert text.count("Borger Hvornår Type Alvor Mangler") == 1
    assert "Borger A 18.11.2026 17.30 Vold 3" in text
    assert "Ukendt/anden person 19.11.2026 10.05 Trussel 2" in text


def _measures() -> list[MeasureView]:
    def view(title: str, due: date | None, status: MeasureStatus, done: date | None = None) -> MeasureView:
        return MeasureView(
            id=1, title=title, owner="Leder", due_on=due, status=status, note="Plakat mangler i Skovlyst",
            track="Registrering og læring", unit_id=None, unit_name=None, resident_id=None,
            resident_card_name=None, done_on=done, updated_at=PRINTED, updated_by="Anne", row_version=1,
            created_at=PRINTED,
        )  # fmt: skip

    return [
        view("Visuelle påmindelser om registrering", date(2020, 1, 1), MeasureStatus.IN_PROGRESS),
        view("Fast punkt på personalemøder", date(2020, 1, 1), MeasureStatus.DONE, date(2020, 2, 1)),
    ]


def test_the_pack_and_the_status_print_show_the_action_plan_and_what_is_late() -> None:
    pack = pdf_text(_pdf(measures=_measures()))
    assert "Handleplan" in pack
    assert "Visuelle påmindelser om registrering" in pack and "I gang – OVERSKREDET" in pack
    assert "Implementeret 01.02.2020" in pack  # done: not late, whatever its deadline was
    status = pdf_text(meeting_pack.render_action_plan(_measures(), unit_name="Hus Birk", printed_at=PRINTED))
    assert "Handleplan: Hus Birk" in status
    assert "0 besluttet, 1 i gang, 1 implementeret, 0 stoppet; 1 med overskredet frist" in status
    assert "Hele bostedet · Registrering og læring" in status
    book = load_workbook(
        io.BytesIO(
            write_meeting_xlsx(
                _stats(),
                REVIEWS,
                FOLLOW_UPS,
                unit_name="Hus Birk",
                period=PERIOD,
                printed_at=PRINTED,
                measures=_measures(),
            )
        )
    )
    rows = list(book["Handleplan"].iter_rows(min_row=2, values_only=True))
    assert [(row[0], row[2], row[5], row[7]) for row in rows] == [
        ("Hele bostedet", "Visuelle påmindelser om registrering", "I gang", "JA"),
        ("Hele bostedet", "Fast punkt på personalemøder", "Implementeret", None),
    ]


def test_a_resident_named_only_in_a_measure_is_anonymised_and_a_long_note_goes_over_the_page() -> None:
    about_lis = msgspec.structs.replace(
        _measures()[0], title="Særlig introduktion til Lis", resident_id=77, resident_card_name="Lis",
        note="Gennemgå planen med nye kolleger. " * 55,
    )  # fmt: skip
    pack = _pdf(measures=[about_lis])
    text = pdf_text(pack)
    assert "Særlig introduktion til Borger" in text and "Lis" not in text
    assert (
        page_count(meeting_pack.render_action_plan([about_lis] * 3, unit_name="Hus Birk", printed_at=PRINTED))
        > 1
    )
