"""Readability of plan text: words, sentences and LIX (Björnsson), per item, section and plan."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import time

import msgspec

from tryghed_desktop.domain.plans import (
    SAFETY_TOPICS,
    STAGE_INFO,
    Activities,
    DailyRhythm,
    PlanContent,
    RiskProfile,
    SafetyPlan,
)

# Abbreviations whose full stop does not end a sentence (lower case, with their dots).
DANISH_ABBREVIATIONS = frozenset(
    {
        "f.eks.", "fx.", "bl.a.", "kl.", "evt.", "ca.", "dvs.", "mht.", "jf.", "osv.", "mv.", "m.m.",
        "pga.", "inkl.", "ekskl.", "vedr.", "nr.", "tlf.", "mdr.", "min.", "maks.", "max.", "hhv.",
        "iflg.", "ift.", "mtp.", "pt.", "p.t.", "el.", "ang.", "etc.", "s.", "st.", "obs.", "tbl.",
        "dr.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.",
        "dec.",
    }
)  # fmt: skip
# These may also close a sentence: "… tøj, sko osv. Derefter …", "… siden dec. Han …" (but not
# "i jan. 2024").
_CLOSING_ABBREVIATIONS = frozenset(
    {"osv.", "etc.", "mv.", "m.m.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
     "okt.", "nov.", "dec."}
)  # fmt: skip
_TOKEN = re.compile(r"\S+")
_NUMBER = re.compile(r"^\(?\d+(?P<inner>[.:]\d+)?[.:]?\)?$")  # "3.", "7.30", "12:00"
LONG_WORD_LETTERS = 6
WORDS_PER_MINUTE = 180  # a calm reading pace for everyday Danish


def _ends_sentence(token: str, following: str, *, opens_sentence: bool) -> bool:
    if token[-1] not in ".!?:" and not token.endswith(('."', ".»", '!"', '?"')):
        return False
    lowered = token.lower().lstrip('(«»"')
    next_starts_sentence = not following or following.lstrip('(«»"')[:1].isupper()
    if lowered in _CLOSING_ABBREVIATIONS:
        return next_starts_sentence
    if lowered in DANISH_ABBREVIATIONS:
        return False
    number = _NUMBER.match(lowered)
    if number is not None:  # "3. Bank på" is a list number; "… kl. 7.30. Giv" ends a sentence
        return not opens_sentence and next_starts_sentence
    if token.endswith(":"):
        return next_starts_sentence  # "Husk: tal roligt" is one sentence
    return True


def split_sentences(text: str) -> list[str]:
    """Sentences of a text; Danish abbreviations, clock times and list numbers do not end one."""
    sentences: list[str] = []
    current: list[str] = []
    tokens = _TOKEN.findall(text)
    for position, token in enumerate(tokens):
        current.append(token)
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        if _ends_sentence(token, following, opens_sentence=len(current) == 1):
            sentences.append(" ".join(current))
            current = []
    if current:
        sentences.append(" ".join(current))
    return sentences


def words_of(text: str) -> list[str]:
    """The words of a text: whitespace-separated tokens with a letter or digit ('f.eks.' is one)."""
    return [token for token in _TOKEN.findall(text) if any(ch.isalnum() for ch in token)]


class Readability(msgspec.Struct, frozen=True):
    words: int = 0
    sentences: int = 0
    long_words: int = 0

    @property
    def lix(self) -> float:
        """Words per sentence plus the percentage of words longer than six letters (0 for no text)."""
        if self.words == 0:
            return 0.0
        return self.words / max(self.sentences, 1) + 100 * self.long_words / self.words

    @property
    def reading_seconds(self) -> float:
        return self.words * 60 / WORDS_PER_MINUTE

    def __add__(self, other: Readability) -> Readability:
        return Readability(
            self.words + other.words, self.sentences + other.sentences, self.long_words + other.long_words
        )


def measure(text: str) -> Readability:
    """Readability of one item; an item without a closing full stop still counts as one sentence."""
    words = words_of(text)
    if not words:
        return Readability()
    long_words = sum(1 for word in words if sum(ch.isalpha() for ch in word) > LONG_WORD_LETTERS)
    return Readability(len(words), len(split_sentences(text)), long_words)


def combine(parts: Iterable[Readability]) -> Readability:
    """The sum of several measurements (a section, a plan)."""
    total = Readability()
    for part in parts:
        total += part
    return total


class ReadabilityLimits(msgspec.Struct, frozen=True):
    """When to warn (never block): items over `max_item_words` words, sections over `max_section_lix`."""

    max_item_words: int = 12
    max_section_lix: float = 40.0


class ItemWarning(msgspec.Struct, frozen=True):
    section: str
    index: int
    text: str
    words: int


class PlanReadability(msgspec.Struct, frozen=True):
    sections: dict[str, Readability]
    total: Readability
    long_items: list[ItemWarning] = msgspec.field(default_factory=list)
    hard_sections: list[str] = msgspec.field(default_factory=list)


def _slot_time(value: time) -> str:
    return value.strftime("%H.%M")


def plan_sections(content: PlanContent) -> dict[str, list[str]]:
    """The plan's text items grouped by section title (Danish, as the editors and cards name them)."""
    sections: dict[str, list[str]] = {}
    if isinstance(content, RiskProfile):
        for stage in content.stages:
            name = f"{STAGE_INFO[stage.kind].colour_name} – {STAGE_INFO[stage.kind].meaning}"
            sections[name] = [*stage.signs, *stage.we_do, *stage.we_avoid, *stage.resident_can]
        sections["Udløsende faktorer"] = list(content.triggers)
        sections["Risikosituationer"] = [
            " ".join(filter(None, (s.when, s.where, s.what))) for s in content.risk_situations
        ]
        sections["Styrker"] = list(content.strengths)
        sections["Alarm og hvem vi ringer til"] = [*content.alarm, *(c.note for c in content.call if c.note)]
        sections["Bemanding"] = list(content.staffing_rules)
        sections["Samlet risiko"] = [content.level_reason] if content.level_reason else []
    elif isinstance(content, DailyRhythm):
        for slot in content.slots:
            name = f"{_slot_time(slot.start)}–{_slot_time(slot.end)} {slot.label}"
            sections[name] = [text for text in (slot.activity, slot.support, slot.risk_note) if text]
    elif isinstance(content, SafetyPlan):
        for key, title in SAFETY_TOPICS:
            perspective = content.topic(key)
            sections[title] = [*perspective.resident, *perspective.staff]
        sections["Aftalte tegn og ord"] = list(content.agreed_signals)
    elif isinstance(content, Activities):
        for activity in content.activities:
            sections[activity.name or "Aktivitet"] = [activity.purpose, *activity.steps, *activity.risks]
    return {name: [item for item in items if item.strip()] for name, items in sections.items()}


def plan_readability(content: PlanContent, limits: ReadabilityLimits | None = None) -> PlanReadability:
    """Per-section and total readability, with the items and sections that pass the warning limits."""
    limits = limits or ReadabilityLimits()
    sections: dict[str, Readability] = {}
    long_items: list[ItemWarning] = []
    for name, items in plan_sections(content).items():
        measured = [measure(item) for item in items]
        sections[name] = combine(measured)
        long_items += [
            ItemWarning(name, index, item, result.words)
            for index, (item, result) in enumerate(zip(items, measured, strict=True))
            if result.words > limits.max_item_words
        ]
    hard = [name for name, result in sections.items() if result.lix > limits.max_section_lix]
    return PlanReadability(sections, combine(sections.values()), long_items, hard)
