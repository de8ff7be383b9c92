"""Simplifying a text-heavy plan (DESIGN §6): split the original into pieces, suggest a field for each,
add and remove placed items in plan content, and count what has been accounted for."""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import time
from enum import StrEnum
from typing import Any

import msgspec

from tryghed_desktop.domain.plans import (
    PLAN_KIND_TITLES,
    SAFETY_TOPICS,
    STAGE_INFO,
    Contact,
    DailyRhythm,
    PlanContent,
    PlanKind,
    RiskProfile,
    RiskSituation,
    SafetyPlan,
    StageKind,
    TimeSlot,
)
from tryghed_desktop.domain.readability import Readability, combine, measure, split_sentences

# --- pieces ------------------------------------------------------------------------------------------


class Piece(msgspec.Struct, frozen=True):
    """One sentence, list item or heading of the original, numbered from 0 in reading order.

    `heading` is the nearest heading above the piece: it often tells where the piece belongs.
    """

    index: int
    paragraph: int
    text: str
    is_heading: bool = False
    list_item: bool = False
    heading: str = ""


_BULLET = re.compile(r"^(?:[•●▪◦·‣∙*\-–—]|\d{1,2}[.)]|[a-z]\))\s+")
# A symbol says only "an item"; a number or letter is part of what the item says ("1. Træk dig").
_SYMBOL = re.compile(r"^[•●▪◦·‣∙*\-–—]\s+")
_END_PUNCTUATION = ".!?,;»\"'"
MAX_HEADING_WORDS = 8

Progress = Callable[[int, int], None]


def _is_heading(line: str, following: str | None, *, colon_only: bool) -> bool:
    # Short, not a sentence and not a list item, followed by the start of something new.
    words = line.split()
    if not words or _BULLET.match(line):
        return False
    if line.endswith(":"):
        return len(words) <= 2 * MAX_HEADING_WORDS
    if colon_only or len(words) > MAX_HEADING_WORDS:
        return False
    if line[-1] in _END_PUNCTUATION or not (line[0].isupper() or line[0].isdigit()):
        return False
    return (
        following is None
        or following[:1].isupper()
        or following[:1].isdigit()
        or bool(_BULLET.match(following))
    )


class _Block(msgspec.Struct, frozen=True):
    text: str
    is_heading: bool = False
    list_item: bool = False


def _blocks(text: str) -> list[list[str]]:
    """Runs of non-blank lines (a blank or whitespace-only line separates paragraphs)."""
    runs: list[list[str]] = []
    current: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())
        if line:
            current.append(line)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _paragraphs(lines: list[str], *, colon_headings: bool) -> list[_Block]:
    """One run of lines as headings, list items and paragraphs (wrapped lines join up)."""
    found: list[_Block] = []
    current: list[str] = []
    current_is_item = False

    def flush() -> None:
        nonlocal current, current_is_item
        if current:
            found.append(_Block(" ".join(current), list_item=current_is_item))
        current, current_is_item = [], False

    for position, line in enumerate(lines):
        following = lines[position + 1] if position + 1 < len(lines) else None
        bullet = _BULLET.match(line)
        if bullet:
            flush()
            symbol = _SYMBOL.match(line)
            current, current_is_item = [line[symbol.end() :].strip() if symbol else line], True
        elif not current and _is_heading(line, following, colon_only=colon_headings):
            found.append(_Block(line.rstrip(":").strip(), is_heading=True))
        else:
            current.append(line)
    flush()
    return [block for block in found if block.text]


_NUMBER_RUN = re.compile(r"\d+(?:[ .:/-]?\d+)*")


def missing_numbers(original: str, rewritten: str) -> list[str]:
    """The numbers of the original (phone numbers, times, doses) that a shortened text leaves out.

    Compared by their digits, whole: "40 50 60 70" written "40506070" is kept, and "2" is not kept
    by "112", nor "7" by "kl. 17"."""
    kept: set[str] = set()
    for run in _NUMBER_RUN.findall(rewritten):
        groups = re.findall(r"\d+", run)  # "7-8" keeps 7, 8 and 78
        kept.update("".join(groups[i:j]) for i in range(len(groups)) for j in range(i + 1, len(groups) + 1))
    return [run for run in _NUMBER_RUN.findall(original) if re.sub(r"\D", "", run) not in kept]


def split_original(
    text: str, progress: Progress | None = None, *, colon_headings: bool = False
) -> list[Piece]:
    """The pieces of an original text: headings, list items (each a piece of its own) and sentences.

    Sentences are split with readability.split_sentences, so Danish abbreviations ('f.eks.', 'kl. 7.30',
    'jf.') and list numbers do not end one. `progress(done, total)` is told after each paragraph and may
    raise to cancel. With `colon_headings` only a line ending in ':' is a heading (an approved plan
    written out by `outline_text`, whose short items would otherwise look like headings).
    """
    runs = _blocks(text)
    pieces: list[Piece] = []
    paragraph = 0
    heading = ""
    for done, lines in enumerate(runs, start=1):
        for block in _paragraphs(lines, colon_headings=colon_headings):
            if block.is_heading:
                heading = block.text
                pieces.append(Piece(len(pieces), paragraph, block.text, is_heading=True, heading=heading))
            elif block.list_item:
                pieces.append(Piece(len(pieces), paragraph, block.text, list_item=True, heading=heading))
            else:
                for sentence in split_sentences(block.text):
                    pieces.append(Piece(len(pieces), paragraph, sentence, heading=heading))
            paragraph += 1
        if progress is not None:
            progress(done, len(runs))
    return pieces


# --- targets -------------------------------------------------------------------------------------


class FieldRef(msgspec.Struct, frozen=True, order=True):
    """A field of a plan a piece can be placed in: the plan kind and a dotted path inside it.

    Risk profile: 'stages.yellow.signs', 'triggers', 'alarm', 'call', 'level_reason', …; daily rhythm:
    'slots.07:30.support' (the slot starting at that time); safety plan: 'what_helps.staff', ….
    """

    kind: PlanKind
    path: str

    def __str__(self) -> str:
        return f"{self.kind.value}:{self.path}"

    @classmethod
    def parse(cls, text: str) -> FieldRef:
        """The reference written as 'kind:path' (its str form)."""
        kind, _, path = text.partition(":")
        return cls(PlanKind(kind), path)


STAGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("signs", "Sådan ser det ud"),
    ("we_do", "Det gør vi"),
    ("we_avoid", "Det undgår vi"),
    ("resident_can", "Det kan jeg selv"),
)
RISK_FIELDS: tuple[tuple[str, str], ...] = (
    ("triggers", "Udløsende faktorer"),
    ("risk_situations", "Risikosituationer"),
    ("strengths", "Styrker"),
    ("alarm", "Alarm"),
    ("call", "Hvem vi ringer til"),
    ("staffing_rules", "Bemanding"),
    ("level_reason", "Samlet risiko – begrundelse"),
)
SLOT_FIELDS: tuple[tuple[str, str], ...] = (
    ("activity", "Hvad sker der"),
    ("support", "Sådan støtter vi"),
    ("risk_note", "Vær opmærksom på"),
)
SAFETY_SIDES: tuple[tuple[str, str], ...] = (("resident", "Med mine ord"), ("staff", "Personalets blik"))
# The other names a target can have; %1 is the slot's start, e.g. 'Døgnrytme kl. 07.30'.
OTHER_GROUP = "Øvrigt"
AGREEMENTS_GROUP = "Aftaler"
AGREED_SIGNALS = "Aftalte tegn og ord"
SLOT_AT = "Døgnrytme kl. %1"
# How far the work on an original is, and how long a text takes to read (%1, %2: numbers).
COVERAGE_SUMMARY = "%1 placeret · %2 beholdt · %3 udeladt · %4 ikke behandlet"
READING_SECONDS = "ca. %1 sek."
READING_MINUTES = "ca. %1 min."
READING_MINUTES_SECONDS = "ca. %1 min. %2 sek."
READING_HOURS_MINUTES = "ca. %1 t. %2 min."
# Why a piece got its suggestion, stored with the piece in Danish (%1: the word or heading found).
REASON_CONTAINS = "indeholder »%1«"
REASON_UNDER_HEADING = "står under »%1«"
REASON_HEADING = "overskrift – behold i fuld beskrivelse"
SUGGESTION_REASONS = (REASON_CONTAINS, REASON_UNDER_HEADING, REASON_HEADING)

Label = Callable[[str], str]
"""Turns a Danish label of the tables above into the reader's language (the UI passes its translator)."""


def _danish(text: str) -> str:
    return text


def _clock(value: time) -> str:
    return value.strftime("%H.%M")


def _slot_key(value: time) -> str:
    return value.strftime("%H:%M")


def _parse_slot_key(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def _named(table: Iterable[tuple[str, str]], key: str, label: Label) -> str:
    """The labelled title of `key` in one of the tables; an unknown key is shown as it is."""
    title = dict(table).get(key)
    return label(title) if title is not None else key


def stage_title(kind: StageKind, label: Label = _danish) -> str:
    """'Gul – Tidlige tegn'."""
    return f"{label(STAGE_INFO[kind].colour_name)} – {label(STAGE_INFO[kind].meaning)}"


def field_title(ref: FieldRef, label: Label = _danish) -> str:
    """The name of a target as the workspace and the report show it (Danish unless `label` translates)."""
    parts = ref.path.split(".")
    if ref.kind is PlanKind.RISK_PROFILE:
        if parts[0] == "stages" and len(parts) == 3:
            return f"{stage_title(StageKind(parts[1]), label)} · {_named(STAGE_COLUMNS, parts[2], label)}"
        return _named(RISK_FIELDS, ref.path, label)
    if ref.kind is PlanKind.DAILY_RHYTHM and parts[0] == "slots" and len(parts) == 3:
        start = label(SLOT_AT).replace("%1", _clock(_parse_slot_key(parts[1])))
        return f"{start} · {_named(SLOT_FIELDS, parts[2], label)}"
    if ref.kind is PlanKind.SAFETY_PLAN:
        if parts[0] == "agreed_signals":
            return label(AGREED_SIGNALS)
        if len(parts) == 2:
            return f"{_named(SAFETY_TOPICS, parts[0], label)} · {_named(SAFETY_SIDES, parts[1], label)}"
    return f"{label(PLAN_KIND_TITLES[ref.kind])}: {ref.path}"


class TargetGroup(msgspec.Struct, frozen=True):
    """A heading in the workspace's target tree and the fields under it."""

    title: str
    fields: tuple[tuple[FieldRef, str], ...]


def target_groups(
    kind: PlanKind, content: PlanContent | None = None, label: Label = _danish
) -> list[TargetGroup]:
    """The fields of one plan kind a piece can go to, grouped as the editors show them, titled through
    `label` (Danish by default).

    For the daily rhythm the slots of `content` are offered (a new slot is made when a piece names a
    time no slot covers).
    """
    groups: list[TargetGroup] = []
    if kind is PlanKind.RISK_PROFILE:
        for stage in StageKind:
            fields = tuple(
                (FieldRef(kind, f"stages.{stage.value}.{column}"), label(title))
                for column, title in STAGE_COLUMNS
            )
            groups.append(TargetGroup(stage_title(stage, label), fields))
        others = tuple((FieldRef(kind, key), label(title)) for key, title in RISK_FIELDS)
        groups.append(TargetGroup(label(OTHER_GROUP), others))
    elif kind is PlanKind.DAILY_RHYTHM:
        slots = content.slots if isinstance(content, DailyRhythm) else []
        for slot in slots:
            key = _slot_key(slot.start)
            fields = tuple(
                (FieldRef(kind, f"slots.{key}.{name}"), label(title)) for name, title in SLOT_FIELDS
            )
            groups.append(TargetGroup(f"{_clock(slot.start)}–{_clock(slot.end)} {slot.label}", fields))
    elif kind is PlanKind.SAFETY_PLAN:
        for key, title in SAFETY_TOPICS:
            fields = tuple((FieldRef(kind, f"{key}.{side}"), label(name)) for side, name in SAFETY_SIDES)
            groups.append(TargetGroup(label(title), fields))
        signals = ((FieldRef(kind, "agreed_signals"), label(AGREED_SIGNALS)),)
        groups.append(TargetGroup(label(AGREEMENTS_GROUP), signals))
    return groups


# --- suggestions ---------------------------------------------------------------------------------


class Suggestion(msgspec.Struct, frozen=True):
    """Where the app thinks a piece belongs and why, in Danish ('indeholder »undgå«').

    `target` None means: keep it in the full description (a heading, or background text).
    """

    target: FieldRef | None
    reason: str


def _cue(words: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.IGNORECASE)


# Stage words: which stage a piece speaks about when it does not say which column.
_STAGE_CUES: tuple[tuple[StageKind, re.Pattern[str]], ...] = (
    (
        StageKind.BLUE,
        _cue(r"efter (?:en |episoden|hændelsen|episode)\w*|bagefter|efterfølgende|når det værste"),
    ),
    (StageKind.RED, _cue(r"akut\w*|slår|slået|skubber|sparker|kaster|truer|trusler om|farlig\w*")),
    (StageKind.GREEN, _cue(r"habituel\w*|har det godt|i godt humør|i ro og mag|en god dag")),
    (StageKind.YELLOW, _cue(r"tidlige tegn|presset|urolig|irritabel|frustreret")),
)

R = PlanKind.RISK_PROFILE
# "Ring", "ringe", not "ringer": "mor ringer ofte" is no alarm (and on the card it would read as one).
_ALARM = _cue(r"ring(?:e|es|et)?|alarm\w*|overfaldsalarm\w*|tilkald\w*|112|vagttelefon\w*")
_STAFFING = _cue(
    r"to medarbejdere|altid to|aldrig alene|alene ind|gå alene|går alene|bemanding\w*|"
    r"mindst én medarbejder"
)
_AVOID = _cue(r"undgå\w*|må ikke|må aldrig|frarådes|bør ikke|skal ikke|aldrig")
_SIGNS = _cue(
    r"bliver urolig|bliver vred|råber|går frem og tilbage|hæver stemmen|knytter \w+|rød i ansigtet|"
    r"gentager|tidlige tegn|skubber|slår ud|kaster med"
)
_TRIGGERS = _cue(r"udløs\w*|trigger\w*|smerter|larm|træthed|ændringer|mange mennesker")
_STRENGTHS = _cue(r"styrke\w*|humor|glad for|god til|kan lide|ressource\w*|hjælpsom")
_OWN = _cue(r"kan selv|selv vælge|selv gå|selv sige|tager selv|går selv|siger selv")
_DO = _cue(
    r"tilbyd\w*|tal\w* roligt|rolig stemme|spørg\w* (?:ind|til)|giv (?:ham|hende|borgeren)|"
    r"hjælp (?:ham|hende)|præsenter\w*|sørg for"
)
# A clock time: 'kl. 7', 'kl. 7.30', '7.30–9.00', '16:00'.
_TIME = re.compile(r"\bkl\.\s*(\d{1,2})(?:[.:](\d{2}))?|\b(\d{1,2})[.:](\d{2})\s*[–-]", re.IGNORECASE)


def _found(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(0).lower() if match else None


def _contains(word: str) -> str:
    return REASON_CONTAINS.replace("%1", word)


def reason_text(reason: str, label: Label = _danish) -> str:
    """A stored suggestion reason in the reader's language; the word or heading in it stays as found.
    A reason written otherwise (an older draft) is shown as it is."""
    for template in SUGGESTION_REASONS:
        before, marker, after = template.partition("%1")
        if not marker:
            if reason == template:
                return label(template)
        elif reason.startswith(before) and reason.endswith(after) and len(reason) > len(before + after):
            return label(template).replace("%1", reason[len(before) : len(reason) - len(after)])
    return reason


def clock_time(text: str) -> time | None:
    """The first clock time a text names ('kl. 7.30' → 07:30), or None."""
    for match in _TIME.finditer(text):
        hours = match.group(1) or match.group(3)
        minutes = match.group(2) or match.group(4) or "0"
        if int(hours) < 24 and int(minutes) < 60:
            return time(int(hours), int(minutes))
    return None


def _stage_of(text: str) -> tuple[StageKind | None, str | None]:
    for stage, pattern in _STAGE_CUES:
        word = _found(pattern, text)
        if word is not None:
            return stage, word
    return None, None


def _heading_stage(heading: str) -> StageKind | None:
    lowered = heading.lower()
    for stage, info in STAGE_INFO.items():
        if info.colour_name.lower() in lowered.split() or info.meaning.lower() in lowered:
            return stage
    return None


def _heading_target(heading: str) -> FieldRef | None:
    """A target named by a heading such as 'Gul – Tidlige tegn · Det undgår vi' or 'Styrker'."""
    lowered = heading.lower()
    stage = _heading_stage(heading)
    if stage is not None:
        for column, title in STAGE_COLUMNS:
            if title.lower() in lowered:
                return FieldRef(R, f"stages.{stage.value}.{column}")
    for key, title in RISK_FIELDS:
        if lowered.startswith(title.lower()):
            return FieldRef(R, key)
    slot = re.match(r"(\d{2})\.(\d{2})–\d{2}\.\d{2} .*· (.+)$", heading)
    if slot is not None:
        for name, title in SLOT_FIELDS:
            if slot.group(3).lower() == title.lower():
                return FieldRef(PlanKind.DAILY_RHYTHM, f"slots.{slot.group(1)}:{slot.group(2)}.{name}")
    return None


def _stage_ref(stage: StageKind, column: str) -> FieldRef:
    return FieldRef(R, f"stages.{stage.value}.{column}")


def _by_cue_words(text: str, stage: StageKind | None) -> Suggestion | None:
    ordered: tuple[tuple[re.Pattern[str], Callable[[StageKind | None], FieldRef]], ...] = (
        (_ALARM, lambda _s: FieldRef(R, "alarm")),
        (_STAFFING, lambda _s: FieldRef(R, "staffing_rules")),
        (_AVOID, lambda s: _stage_ref(s or StageKind.YELLOW, "we_avoid")),
        (_SIGNS, lambda s: _stage_ref(StageKind.RED if s is StageKind.RED else StageKind.YELLOW, "signs")),
        (_OWN, lambda s: _stage_ref(s or StageKind.GREEN, "resident_can")),
        (_TIME, lambda _s: FieldRef(PlanKind.DAILY_RHYTHM, "")),  # the slot is filled in below
        (_TRIGGERS, lambda _s: FieldRef(R, "triggers")),
        (_STRENGTHS, lambda _s: FieldRef(R, "strengths")),
        (_DO, lambda s: _stage_ref(s or StageKind.GREEN, "we_do")),
    )
    for pattern, target in ordered:
        word = _found(pattern, text)
        if word is None:
            continue
        ref = target(stage)
        if ref.kind is PlanKind.DAILY_RHYTHM:
            at = clock_time(text)
            if at is None:
                continue
            ref = FieldRef(ref.kind, f"slots.{_slot_key(at)}.activity")
            word = word.strip(" –-")
        return Suggestion(ref, _contains(word))
    return None


def suggest(piece: Piece) -> Suggestion | None:
    """A proposed target for a piece from its heading and Danish cue words, or None (no clue found).

    The user always confirms or changes it; the reason says which word or heading led to it.
    """
    if piece.is_heading:
        return Suggestion(None, REASON_HEADING)
    by_heading = _heading_target(piece.heading) if piece.heading else None
    if by_heading is not None:
        return Suggestion(by_heading, REASON_UNDER_HEADING.replace("%1", piece.heading))
    stage, stage_word = _stage_of(piece.text)
    if stage is None and piece.heading:
        stage = _heading_stage(piece.heading)
    found = _by_cue_words(piece.text, stage)
    if found is None and stage is not None and stage_word is not None:
        found = Suggestion(_stage_ref(stage, "signs"), _contains(stage_word))
    if found is None and piece.heading:
        found = _by_heading_words(piece.heading, stage)
    return found


# Old plans' own headings ("Hvad udløser uro", "Tidlige tegn", "Sådan hjælper vi"): when the piece
# itself has no cue word, the heading above it says where it belongs (yellow unless it names a stage).
_HEADING_CUES: tuple[tuple[re.Pattern[str], Callable[[StageKind], FieldRef]], ...] = (
    (_cue(r"udløs\w*|trigger\w*"), lambda _stage: FieldRef(R, "triggers")),
    (_cue(r"tegn"), lambda stage: _stage_ref(stage, "signs")),
    (_cue(r"undgå\w*"), lambda stage: _stage_ref(stage, "we_avoid")),
    (_cue(r"gør vi|hjælper vi|støtter vi"), lambda stage: _stage_ref(stage, "we_do")),
)


def _by_heading_words(heading: str, stage: StageKind | None) -> Suggestion | None:
    for pattern, target in _HEADING_CUES:
        if pattern.search(heading):
            return Suggestion(target(stage or StageKind.YELLOW), REASON_UNDER_HEADING.replace("%1", heading))
    return None


def fit_to_content(ref: FieldRef, content: PlanContent) -> FieldRef:
    """The target moved to the daily-rhythm slot that covers its time, when the draft has one."""
    parts = ref.path.split(".")
    if not isinstance(content, DailyRhythm) or parts[0] != "slots" or len(parts) != 3:
        return ref
    at = _parse_slot_key(parts[1])
    for slot in content.slots:
        if _covers(slot, at):
            return FieldRef(ref.kind, f"slots.{_slot_key(slot.start)}.{parts[2]}")
    return ref


def _covers(slot: TimeSlot, at: time) -> bool:
    if slot.start == slot.end:
        return at == slot.start
    if slot.start < slot.end:
        return slot.start <= at < slot.end
    return at >= slot.start or at < slot.end  # the night slot runs past midnight


# --- adding and removing placed items ------------------------------------------------------------


class TargetError(ValueError):
    """The target does not exist in that kind of plan (a programming or stale-data mistake)."""


_PHONE = re.compile(r"\+?\d[\d ]{6,}\d")


def contact_from(text: str) -> Contact:
    """A contact written as one line: 'Vagttelefon 2961 4420' → name and phone."""
    match = _PHONE.search(text)
    if match is None:
        return Contact(text.strip())
    name = (text[: match.start()] + text[match.end() :]).strip(" :,–-.")
    return Contact(name or text.strip(), match.group(0).strip())


def situation_from(text: str) -> RiskSituation:
    """A risk situation written as one line; a named clock time becomes its 'when'."""
    at = clock_time(text)
    return RiskSituation(when=f"kl. {_clock(at)}" if at is not None else "", where="", what=text.strip())


def _list_of(content: PlanContent, ref: FieldRef) -> list[str]:
    parts = ref.path.split(".")
    value: object
    if isinstance(content, RiskProfile) and parts[0] == "stages" and len(parts) == 3:
        try:
            value = getattr(content.stage(StageKind(parts[1])), parts[2])
        except (ValueError, KeyError, AttributeError) as error:
            raise TargetError(str(ref)) from error
    elif isinstance(content, RiskProfile) and ref.path in {
        "triggers",
        "strengths",
        "alarm",
        "staffing_rules",
    }:
        value = getattr(content, ref.path)
    elif isinstance(content, SafetyPlan) and ref.path == "agreed_signals":
        value = content.agreed_signals
    elif isinstance(content, SafetyPlan) and len(parts) == 2 and parts[0] in dict(SAFETY_TOPICS):
        value = getattr(content.topic(parts[0]), parts[1], None)
    else:
        raise TargetError(str(ref))
    if not isinstance(value, list):
        raise TargetError(str(ref))
    return value


def texts_at(content: PlanContent, ref: FieldRef) -> list[str]:
    """The texts a target holds, one per item as `add_item` adds them: a list field's items, a text
    field's whole text; empty for the fields whose items are not plain texts (contacts, situations)."""
    _check_kind(content, ref)
    if isinstance(content, RiskProfile) and ref.path in {"call", "risk_situations"}:
        return []
    if isinstance(content, RiskProfile) and ref.path == "level_reason":
        return [content.level_reason] if content.level_reason else []
    if isinstance(content, DailyRhythm):
        slot, name = _slot(content, ref, create=False)
        text = getattr(slot, name) if slot is not None else ""
        return [text] if text else []
    return list(_list_of(content, ref))


def _auto_label(at: time) -> str:
    return f"Kl. {_clock(at)}"


def _slot(content: DailyRhythm, ref: FieldRef, *, create: bool) -> tuple[TimeSlot | None, str]:
    parts = ref.path.split(".")
    if parts[0] != "slots" or len(parts) != 3 or parts[2] not in dict(SLOT_FIELDS):
        raise TargetError(str(ref))
    try:
        at = _parse_slot_key(parts[1])
    except ValueError as error:
        raise TargetError(str(ref)) from error
    for slot in content.slots:
        if slot.start == at:
            return slot, parts[2]
    if not create:
        return None, parts[2]
    slot = TimeSlot(start=at, end=at, label=_auto_label(at))
    content.slots.append(slot)
    content.slots.sort(key=lambda item: item.start)
    return slot, parts[2]


def _check_kind(content: PlanContent, ref: FieldRef) -> None:
    expected = {
        PlanKind.RISK_PROFILE: RiskProfile,
        PlanKind.DAILY_RHYTHM: DailyRhythm,
        PlanKind.SAFETY_PLAN: SafetyPlan,
    }.get(ref.kind)
    if expected is None or not isinstance(content, expected):
        raise TargetError(str(ref))


def add_item(content: PlanContent, ref: FieldRef, text: str) -> PlanContent:
    """A copy of the content with `text` added at the target (appended to a list or a text field)."""
    _check_kind(content, ref)
    result = copy.deepcopy(content)
    text = text.strip()
    if isinstance(result, RiskProfile) and ref.path == "call":
        result.call.append(contact_from(text))
    elif isinstance(result, RiskProfile) and ref.path == "risk_situations":
        result.risk_situations.append(situation_from(text))
    elif isinstance(result, RiskProfile) and ref.path == "level_reason":
        result.level_reason = f"{result.level_reason} {text}".strip()
    elif isinstance(result, DailyRhythm):
        slot, name = _slot(result, ref, create=True)
        assert slot is not None
        setattr(slot, name, f"{getattr(slot, name)} {text}".strip())
    else:
        _list_of(result, ref).append(text)
    return result


def _without(value: str, text: str) -> str | None:
    position = value.rfind(text)
    if position < 0:
        return None
    return " ".join((value[:position] + value[position + len(text) :]).split())


def _remove_last(items: list[Any], wanted: object) -> bool:
    if wanted not in items:
        return False
    del items[len(items) - 1 - items[::-1].index(wanted)]
    return True


def _remove_from_slot(rhythm: DailyRhythm, ref: FieldRef, text: str) -> bool:
    slot, name = _slot(rhythm, ref, create=False)
    remaining = _without(getattr(slot, name), text) if slot is not None else None
    if slot is None or remaining is None:
        return False
    setattr(slot, name, remaining)
    made_here = slot.start == slot.end and slot.label == _auto_label(slot.start)
    if made_here and not (slot.activity or slot.support or slot.risk_note):
        rhythm.slots.remove(slot)
    return True


def _remove_from(result: PlanContent, ref: FieldRef, text: str) -> bool:
    if isinstance(result, RiskProfile) and ref.path == "call":
        return _remove_last(result.call, contact_from(text))
    if isinstance(result, RiskProfile) and ref.path == "risk_situations":
        return _remove_last(result.risk_situations, situation_from(text))
    if isinstance(result, RiskProfile) and ref.path == "level_reason":
        remaining = _without(result.level_reason, text)
        if remaining is not None:
            result.level_reason = remaining
        return remaining is not None
    if isinstance(result, DailyRhythm):
        return _remove_from_slot(result, ref, text)
    return _remove_last(_list_of(result, ref), text)


def remove_item(content: PlanContent, ref: FieldRef, text: str) -> tuple[PlanContent, bool]:
    """A copy of the content without the item `add_item` put there; False when it is no longer there
    as placed (the user changed it in the editor since), and then the content is left as it was."""
    _check_kind(content, ref)
    result = copy.deepcopy(content)
    if _remove_from(result, ref, text.strip()):
        return result, True
    return content, False


def text_skeleton(content: PlanContent) -> PlanContent:
    """The plan with its texts emptied and its structure kept (level, contacts, slot times and
    labels): where the simplified version of an approved plan is built up again, piece by piece."""
    result = copy.deepcopy(content)
    if isinstance(result, RiskProfile):
        for stage in result.stages:
            stage.signs, stage.we_do, stage.we_avoid, stage.resident_can = [], [], [], []
        result.triggers, result.risk_situations, result.strengths = [], [], []
        result.alarm, result.staffing_rules, result.level_reason = [], [], ""
    elif isinstance(result, DailyRhythm):
        for slot in result.slots:
            slot.activity, slot.support, slot.risk_note = "", "", ""
    elif isinstance(result, SafetyPlan):
        for key, _title in SAFETY_TOPICS:
            topic = result.topic(key)
            topic.resident, topic.staff = [], []
        result.agreed_signals = []
    return result


def outline_text(content: PlanContent) -> str:
    """An approved plan written out as an original: a heading per field, then its texts.

    The headings name the fields, so the suggestions put each piece back where it stood.
    """
    blocks: list[str] = []

    def add(title: str, items: Iterable[str]) -> None:
        texts = [item.strip() for item in items if item.strip()]
        if texts:
            blocks.append(f"{title}:\n" + "\n\n".join(texts))

    if isinstance(content, RiskProfile):
        for stage in content.stages:
            for column, title in STAGE_COLUMNS:
                add(f"{stage_title(stage.kind)} · {title}", getattr(stage, column))
        add("Udløsende faktorer", content.triggers)
        add(
            "Risikosituationer",
            (" ".join(filter(None, (s.when, s.where, s.what))) + "." for s in content.risk_situations),
        )
        add("Styrker", content.strengths)
        add("Alarm", content.alarm)
        add("Hvem vi ringer til", (c.note for c in content.call))
        add("Bemanding", content.staffing_rules)
        add("Samlet risiko – begrundelse", [content.level_reason])
    elif isinstance(content, DailyRhythm):
        for slot in content.slots:
            head = f"{_clock(slot.start)}–{_clock(slot.end)} {slot.label}"
            for name, title in SLOT_FIELDS:
                add(f"{head} · {title}", [getattr(slot, name)])
    elif isinstance(content, SafetyPlan):
        for key, topic_title in SAFETY_TOPICS:
            for side, side_title in SAFETY_SIDES:
                add(f"{topic_title} · {side_title}", getattr(content.topic(key), side))
        add(AGREED_SIGNALS, content.agreed_signals)
    return "\n\n".join(blocks)


# --- coverage --------------------------------------------------------------------------------------


class PieceStatus(StrEnum):
    UNTOUCHED = "untouched"
    PLACED = "placed"
    KEPT = "kept"
    DROPPED = "dropped"


STATUS_TITLES: dict[PieceStatus, str] = {
    PieceStatus.UNTOUCHED: "Ikke behandlet",
    PieceStatus.PLACED: "Placeret",
    PieceStatus.KEPT: "Beholdt i fuld beskrivelse",
    PieceStatus.DROPPED: "Udeladt",
}
# A sign beside each status word, so that a status reads on a b/w screen and on paper too.
STATUS_MARKS: dict[PieceStatus, str] = {
    PieceStatus.UNTOUCHED: "○",
    PieceStatus.PLACED: "✔",
    PieceStatus.KEPT: "■",
    PieceStatus.DROPPED: "✖",
}


class Coverage(msgspec.Struct, frozen=True):
    """How many pieces of an original are placed, kept, dropped and still untouched."""

    placed: int = 0
    kept: int = 0
    dropped: int = 0
    untouched: int = 0

    @classmethod
    def of(cls, statuses: Iterable[PieceStatus]) -> Coverage:
        return cls.counted(Counter(statuses))

    @classmethod
    def counted(cls, counts: Mapping[PieceStatus, int]) -> Coverage:
        """From the number of pieces of each status (a status not there: none)."""
        return cls(
            counts.get(PieceStatus.PLACED, 0),
            counts.get(PieceStatus.KEPT, 0),
            counts.get(PieceStatus.DROPPED, 0),
            counts.get(PieceStatus.UNTOUCHED, 0),
        )

    @classmethod
    def of_text(cls, pieces: Iterable[tuple[PieceStatus, bool]]) -> Coverage:
        """The pieces of text, from (status, is_heading) pairs: a heading dealt with holds nothing to
        act on (an approved plan's arrive kept), and counting it would read as pieces left out of the
        short plan; a heading not dealt with yet still counts, as it still keeps the draft back."""
        return cls.of(status for status, heading in pieces if not heading or status is PieceStatus.UNTOUCHED)

    @property
    def total(self) -> int:
        return self.placed + self.kept + self.dropped + self.untouched

    @property
    def accounted(self) -> int:
        return self.total - self.untouched

    @property
    def can_submit(self) -> bool:
        """A draft fed by this original may go to the advisor only when no piece is untouched."""
        return self.untouched == 0

    def summary(self, label: Label = _danish) -> str:
        """'12 placeret · 3 beholdt · 2 udeladt · 4 ikke behandlet'."""
        return _fill(label(COVERAGE_SUMMARY), self.placed, self.kept, self.dropped, self.untouched)


def before_after(originals: Iterable[str], placed: Iterable[str]) -> tuple[Readability, Readability]:
    """Readability of the original pieces and of the shorter texts placed in the plan."""
    return combine(measure(text) for text in originals), combine(measure(text) for text in placed)


def reading_time_text(result: Readability, label: Label = _danish) -> str:
    """'ca. 2 min. 10 sek.' — the estimated reading time at a calm pace."""
    seconds = round(result.reading_seconds)
    if seconds < 60:
        return _fill(label(READING_SECONDS), seconds)
    minutes, rest = divmod(seconds, 60)
    if minutes >= 60:  # a whole binder of text: the seconds say nothing
        return _fill(label(READING_HOURS_MINUTES), *divmod(minutes, 60))
    if rest:
        return _fill(label(READING_MINUTES_SECONDS), minutes, rest)
    return _fill(label(READING_MINUTES), minutes)


def _fill(template: str, *numbers: int) -> str:
    """Qt's %1, %2 … placeholders, so that a translated template keeps them in its own order."""
    for position, number in reversed(list(enumerate(numbers, start=1))):
        template = template.replace(f"%{position}", str(number))
    return template
