from __future__ import annotations

from datetime import time

import pytest

from tryghed_desktop.domain import simplify
from tryghed_desktop.domain.plans import DailyRhythm, PlanKind, RiskProfile, StageKind, TimeSlot
from tryghed_desktop.domain.readability import WORDS_PER_MINUTE, Readability
from tryghed_desktop.domain.simplify import (
    Coverage,
    FieldRef,
    Piece,
    PieceStatus,
    TargetError,
    add_item,
    before_after,
    field_title,
    fit_to_content,
    missing_numbers,
    outline_text,
    reading_time_text,
    remove_item,
    split_original,
    suggest,
    target_groups,
    text_skeleton,
    texts_at,
)

R = PlanKind.RISK_PROFILE
D = PlanKind.DAILY_RHYTHM
S = PlanKind.SAFETY_PLAN

ORIGINAL = """Tidlige tegn
Kim bliver f.eks. urolig kl. 7.30, bl.a. når der er larm. Han går evt. frem og tilbage, dvs. han er
presset. Man bør mht. krav vente ca. ti min., jf. aftalen. Tøj, sko osv. Derefter morgenmad.

Det gør vi:
1. Bank på og sig dit navn.
2. Tilbyd kaffe på terrassen.
• Hold afstand
"""


def texts(text: str) -> list[str]:
    return [piece.text for piece in split_original(text)]


def test_abbreviations_clock_times_and_lists_do_not_end_a_piece() -> None:
    assert texts(ORIGINAL) == [
        "Tidlige tegn",
        "Kim bliver f.eks. urolig kl. 7.30, bl.a. når der er larm.",
        "Han går evt. frem og tilbage, dvs. han er presset.",
        "Man bør mht. krav vente ca. ti min., jf. aftalen.",
        "Tøj, sko osv.",
        "Derefter morgenmad.",
        "Det gør vi",
        "1. Bank på og sig dit navn.",  # the numbers are kept: "step 1" is part of what it says
        "2. Tilbyd kaffe på terrassen.",
        "Hold afstand",
    ]


def test_titles_and_months_do_not_end_a_piece() -> None:
    text = "Psykiater Dr. Hansen ser ham hver måned. Det skete i jan. 2024. Siden dec. Han har det bedre."
    assert texts(text) == [
        "Psykiater Dr. Hansen ser ham hver måned.",
        "Det skete i jan. 2024.",
        "Siden dec.",
        "Han har det bedre.",
    ]


def test_pieces_know_their_paragraph_heading_and_kind() -> None:
    pieces = split_original(ORIGINAL)
    assert [p.index for p in pieces] == list(range(len(pieces)))
    assert pieces[0].is_heading and pieces[6].is_heading
    assert pieces[1].paragraph == pieces[3].paragraph != pieces[0].paragraph
    assert all(p.list_item for p in pieces[7:])
    assert pieces[2].heading == "Tidlige tegn" and pieces[8].heading == "Det gør vi"
    # Each list item is a paragraph of its own.
    assert len({p.paragraph for p in pieces[7:]}) == 3


def test_wrapped_lines_join_and_blank_lines_separate_paragraphs() -> None:
    pieces = split_original("Denne plan beskriver\ntiltagene for borgeren.\n   \nNy paragraf her.")
    assert [(p.paragraph, p.text) for p in pieces] == [
        (0, "Denne plan beskriver tiltagene for borgeren."),
        (1, "Ny paragraf her."),
    ]


def test_progress_is_reported_per_paragraph_and_can_cancel() -> None:
    seen: list[tuple[int, int]] = []
    split_original("En.\n\nTo.\n\nTre.", lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]

    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        split_original("En.\n\nTo.", cancel)


def piece(text: str, heading: str = "") -> Piece:
    return Piece(0, 0, text, heading=heading)


@pytest.mark.parametrize(
    ("text", "path", "word"),
    [
        ("Undgå at stille mange krav.", "stages.yellow.we_avoid", "undgå"),
        ("Man må ikke røre ham, når han slår.", "stages.red.we_avoid", "må ikke"),
        ("Ring til vagthavende.", "alarm", "ring"),
        ("Tryk på alarmen og tilkald hjælp.", "alarm", "alarmen"),
        ("Han bliver urolig og råber.", "stages.yellow.signs", "bliver urolig"),
        ("Han går frem og tilbage på gangen.", "stages.yellow.signs", "går frem og tilbage"),
        ("Han skubber og kaster med ting.", "stages.red.signs", "skubber"),
        ("Altid to medarbejdere ved bad.", "staffing_rules", "altid to"),
        ("Smerter i skulderen gør ham sur.", "triggers", "smerter"),
        ("Han har en god humor.", "strengths", "humor"),
        ("Tilbyd en kop kaffe.", "stages.green.we_do", "tilbyd"),
        ("Han kan selv gå en tur.", "stages.green.resident_can", "kan selv"),
    ],
)
def test_cue_words_suggest_a_field_with_a_danish_reason(text: str, path: str, word: str) -> None:
    suggestion = suggest(piece(text))
    assert suggestion is not None
    assert suggestion.target == FieldRef(R, path)
    assert suggestion.reason == f"indeholder »{word}«"


def test_a_clock_time_suggests_the_daily_rhythm() -> None:
    suggestion = suggest(piece("Morgenmad serveres kl. 7.30 på værelset."))
    assert suggestion is not None
    assert suggestion.target == FieldRef(D, "slots.07:30.activity")
    assert suggestion.reason == "indeholder »kl. 7.30«"


def test_headings_lead_and_are_kept_themselves() -> None:
    heading = suggest(Piece(0, 0, "Tidlige tegn", is_heading=True))
    assert heading is not None and heading.target is None
    under = suggest(piece("Bliver rød i hovedet.", "Gul – Tidlige tegn · Det gør vi"))
    assert under is not None
    assert under.target == FieldRef(R, "stages.yellow.we_do")
    assert under.reason == "står under »Gul – Tidlige tegn · Det gør vi«"
    # A heading naming only a stage gives the stage; the cue word gives the column.
    staged = suggest(piece("Undgå diskussion.", "Akut"))
    assert staged is not None and staged.target == FieldRef(R, "stages.red.we_avoid")


def test_no_cue_no_suggestion() -> None:
    assert suggest(piece("Planen er lavet efter tilsynet.")) is None


def test_an_old_plans_own_headings_lead_when_the_piece_has_no_cue_word() -> None:
    for heading, path in [
        ("Tidlige tegn", "stages.yellow.signs"),
        ("Hvad udløser uro", "triggers"),
        ("Sådan hjælper vi", "stages.yellow.we_do"),
        ("Akut – det gør vi", "stages.red.we_do"),
    ]:
        suggestion = suggest(piece("Han trækker hætten op over hovedet.", heading))
        assert suggestion is not None and suggestion.target == FieldRef(R, path), heading
        assert suggestion.reason == f"står under »{heading}«"


def test_a_relative_who_rings_is_no_alarm() -> None:
    suggestion = suggest(piece("Mor ringer ofte om aftenen, og så bliver han urolig."))
    assert suggestion is None or suggestion.target != FieldRef(R, "alarm")


def test_field_titles_and_refs_round_trip() -> None:
    ref = FieldRef(R, "stages.yellow.signs")
    assert FieldRef.parse(str(ref)) == ref
    assert field_title(ref) == "Gul – Tidlige tegn · Sådan ser det ud"
    assert field_title(FieldRef(D, "slots.07:30.support")) == "Døgnrytme kl. 07.30 · Sådan støtter vi"


def test_titles_go_through_the_label_the_reader_needs() -> None:
    # The UI passes its translator; a marking one shows every Danish label went through it, and the
    # clock and the slot's own label (the resident's words) did not.
    def marked(text: str) -> str:
        return f"[{text}]"

    assert (
        field_title(FieldRef(R, "stages.yellow.signs"), marked)
        == "[Gul] – [Tidlige tegn] · [Sådan ser det ud]"
    )
    assert field_title(FieldRef(R, "strengths"), marked) == "[Styrker]"
    assert (
        field_title(FieldRef(D, "slots.07:30.support"), marked)
        == "[Døgnrytme kl. 07.30] · [Sådan støtter vi]"
    )
    assert field_title(FieldRef(S, "what_helps.staff"), marked) == "[Det hjælper mig] · [Personalets blik]"
    assert field_title(FieldRef(S, "agreed_signals"), marked) == "[Aftalte tegn og ord]"
    assert field_title(FieldRef(S, "ukendt"), marked) == "[Tryghedsplan]: ukendt"
    rhythm = DailyRhythm([TimeSlot(time(7, 0), time(9, 0), "Morgen")])
    for kind in (R, D, S):
        danish = target_groups(kind, rhythm)
        labelled = target_groups(kind, rhythm, marked)
        assert [[ref for ref, _title in group.fields] for group in labelled] == [
            [ref for ref, _title in group.fields] for group in danish
        ]
        for group in labelled:
            assert all(title.startswith("[") and title.endswith("]") for _ref, title in group.fields)
            assert group.title.startswith("[") or group.title == "07.00–09.00 Morgen"
    assert [group.title for group in target_groups(R, None, marked)][-1] == "[Øvrigt]"
    assert [group.title for group in target_groups(S, None, marked)][-1] == "[Aftaler]"


def test_add_and_remove_items_are_inverse() -> None:
    profile = RiskProfile()
    ref = FieldRef(R, "stages.yellow.we_avoid")
    added = add_item(profile, ref, " Ingen krav ")
    assert isinstance(added, RiskProfile)
    assert added.stage(StageKind.YELLOW).we_avoid == ["Ingen krav"]
    assert profile.stage(StageKind.YELLOW).we_avoid == []  # a copy, never in place
    removed, found = remove_item(added, ref, "Ingen krav")
    assert found and removed == profile

    with_call = add_item(profile, FieldRef(R, "call"), "Vagttelefon 2961 4420")
    assert isinstance(with_call, RiskProfile)
    assert (with_call.call[0].name, with_call.call[0].phone) == ("Vagttelefon", "2961 4420")
    assert remove_item(with_call, FieldRef(R, "call"), "Vagttelefon 2961 4420") == (profile, True)


def test_removing_an_item_changed_since_leaves_the_plan_alone() -> None:
    profile = add_item(RiskProfile(), FieldRef(R, "triggers"), "Larm")
    assert remove_item(profile, FieldRef(R, "triggers"), "Støj") == (profile, False)


def test_daily_rhythm_slots_are_found_or_made_and_cleaned_up() -> None:
    rhythm = DailyRhythm([TimeSlot(time(7, 0), time(9, 0), "Morgen")])
    inside = fit_to_content(FieldRef(D, "slots.07:30.activity"), rhythm)
    assert inside == FieldRef(D, "slots.07:00.activity")
    filled = add_item(rhythm, inside, "Bad")
    assert isinstance(filled, DailyRhythm) and filled.slots[0].activity == "Bad"
    made = add_item(rhythm, FieldRef(D, "slots.21:30.support"), "Godnat-snak")
    assert isinstance(made, DailyRhythm)
    assert [(s.start, s.label, s.support) for s in made.slots][1] == (
        time(21, 30),
        "Kl. 21.30",
        "Godnat-snak",
    )
    assert remove_item(made, FieldRef(D, "slots.21:30.support"), "Godnat-snak") == (rhythm, True)


def test_texts_at_a_target_are_what_add_item_put_there() -> None:
    triggers, reason = FieldRef(R, "triggers"), FieldRef(R, "level_reason")
    profile = add_item(
        add_item(add_item(RiskProfile(), triggers, "Larm"), triggers, "Smerter"), reason, "Slår"
    )
    assert texts_at(profile, triggers) == ["Larm", "Smerter"]
    assert texts_at(profile, reason) == ["Slår"]
    assert texts_at(RiskProfile(), reason) == []
    assert texts_at(add_item(profile, FieldRef(R, "call"), "Vagt 2961 4420"), FieldRef(R, "call")) == []
    rhythm = add_item(DailyRhythm(), FieldRef(D, "slots.07:00.activity"), "Bad")
    assert texts_at(rhythm, FieldRef(D, "slots.07:00.activity")) == ["Bad"]
    assert texts_at(rhythm, FieldRef(D, "slots.07:00.support")) == []
    assert texts_at(rhythm, FieldRef(D, "slots.12:00.activity")) == []
    with pytest.raises(TargetError):
        texts_at(profile, FieldRef(D, "slots.07:00.activity"))


def test_a_target_of_another_plan_kind_is_refused() -> None:
    with pytest.raises(TargetError):
        add_item(RiskProfile(), FieldRef(D, "slots.07:00.activity"), "x")
    with pytest.raises(TargetError):
        add_item(RiskProfile(), FieldRef(R, "stages.purple.signs"), "x")


def test_an_approved_plan_written_out_suggests_each_piece_back_to_its_field() -> None:
    profile = RiskProfile(triggers=["Larm"], strengths=["Humor"])
    profile.stage(StageKind.RED).we_avoid.append("Gå aldrig alene ind")
    pieces = split_original(outline_text(profile), colon_headings=True)
    placed = {p.text: suggest(p) for p in pieces if not p.is_heading}
    assert {text: s.target for text, s in placed.items() if s} == {
        "Gå aldrig alene ind": FieldRef(R, "stages.red.we_avoid"),
        "Larm": FieldRef(R, "triggers"),
        "Humor": FieldRef(R, "strengths"),
    }
    assert text_skeleton(profile) == RiskProfile()


def test_coverage_counts_and_the_submit_rule() -> None:
    statuses = [PieceStatus.PLACED] * 3 + [PieceStatus.KEPT, PieceStatus.DROPPED, PieceStatus.UNTOUCHED]
    coverage = Coverage.of(statuses)
    assert (coverage.placed, coverage.kept, coverage.dropped, coverage.untouched) == (3, 1, 1, 1)
    assert coverage.total == 6 and coverage.accounted == 5
    assert not coverage.can_submit
    assert Coverage.of([PieceStatus.DROPPED]).can_submit
    assert coverage.summary() == "3 placeret · 1 beholdt · 1 udeladt · 1 ikke behandlet"


def test_before_and_after_figures() -> None:
    before, after = before_after(
        ["Det er vigtigt at være opmærksom på smerterne om morgenen."], ["Spørg til smerter"]
    )
    assert (before.words, after.words) == (10, 3)
    assert after.lix < before.lix
    assert after.reading_seconds < before.reading_seconds


def test_a_stored_suggestion_reason_is_shown_in_the_readers_language() -> None:
    english = {
        simplify.REASON_CONTAINS: "contains “%1”",
        simplify.REASON_UNDER_HEADING: "is under “%1”",
        simplify.REASON_HEADING: "heading – keep in the full description",
    }.__getitem__
    assert simplify.reason_text("indeholder »bliver urolig«", english) == "contains “bliver urolig”"
    assert simplify.reason_text("står under »Gul – Det gør vi«", english) == "is under “Gul – Det gør vi”"
    assert simplify.reason_text(simplify.REASON_HEADING, english) == "heading – keep in the full description"
    assert simplify.reason_text("indeholder »undgå«") == "indeholder »undgå«"  # Danish as stored
    assert simplify.reason_text("skrevet af en ældre version", english) == "skrevet af en ældre version"
    assert simplify.reason_text("indeholder »«", english) == "indeholder »«"  # no word: not this template


def test_a_shortened_text_that_drops_a_number_is_caught() -> None:
    original = "Ring 112 ved fare, og derefter vagthavende leder på 40 50 60 70 kl. 7.30."
    assert missing_numbers(original, "Ring 112, så vagthavende") == ["40 50 60 70", "7.30"]
    assert missing_numbers(original, "Ring 112, så leder 40506070 (kl. 7.30)") == []
    # Whole numbers only: "2" is not kept by "112", nor "7" by "kl. 17".
    assert missing_numbers("Altid 2 medarbejdere, ring 112", "Ring 112") == ["2"]
    assert missing_numbers("Sover kl. 7", "Sover kl. 17") == ["7"]
    assert missing_numbers("Kl. 7 og 8", "Kl. 7-8") == []


def test_reading_time_reads_as_people_say_it() -> None:
    calm = WORDS_PER_MINUTE  # words read in a minute at the calm pace
    assert reading_time_text(Readability(words=calm // 2)) == "ca. 30 sek."
    assert reading_time_text(Readability(words=calm * 2 + calm // 4)) == "ca. 2 min. 15 sek."
    # A whole binder of text: hours and minutes, not "ca. 548 min. 51 sek."
    assert reading_time_text(Readability(words=calm * 125)) == "ca. 2 t. 5 min."


def test_text_coverage_leaves_out_the_headings_dealt_with() -> None:
    pieces = [
        (PieceStatus.KEPT, True),  # an approved plan's own heading: nothing to act on
        (PieceStatus.PLACED, False),
        (PieceStatus.KEPT, False),
        (PieceStatus.UNTOUCHED, True),  # a Word heading not dealt with yet still keeps the draft back
    ]
    assert Coverage.of_text(pieces) == Coverage(placed=1, kept=1, untouched=1)
