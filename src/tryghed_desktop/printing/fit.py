"""Shrink-to-fit shared by all one-page cards: type size steps, measured sections, the named refusal."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from tryghed_desktop.printing.page import FRAME_HEIGHT, FRAME_WIDTH

# (body, heading) in points, most comfortable first; the last pair is the readable floor of DESIGN §5.
# Quarter-point steps so a card that is just a little too long loses as little size as possible.
SIZE_STEPS: tuple[tuple[float, float], ...] = tuple((13 - step / 4, 20 - step / 2) for step in range(9))
MIN_BODY, MIN_HEADING = SIZE_STEPS[-1]


@dataclass(frozen=True)
class Sizes:
    """One pair of type sizes a card is laid out at."""

    body: float
    heading: float

    @property
    def leading(self) -> float:
        return self.body * 1.22


class CardTooLongError(ValueError):
    """The card does not fit one page even at the smallest readable type size.

    `sections` holds (section name, lines too many) so an editor can point at what to shorten.
    """

    def __init__(self, sections: Sequence[tuple[str, int]]) -> None:
        self.sections = list(sections)
        parts = "; ".join(f"{name} ({_lines_text(lines)} for meget)" for name, lines in self.sections)
        super().__init__(
            f"Kortet kan ikke være på én side. For langt: {parts}. Gør punkterne kortere eller færre."
        )


def _lines_text(lines: int) -> str:
    return f"ca. {lines} linje" if lines == 1 else f"ca. {lines} linjer"


# Parsed markup per (text, style name, font, colour), kept at the size it was parsed at.
_PARSED: dict[tuple[str, str, str, str], tuple[float, list[Any]]] = {}
_PARSED_LIMIT = 20_000


def _frags(text: str, style: ParagraphStyle) -> list[Any] | None:
    """The parsed fragments of `text` in `style`, rescaled from an earlier parse at another size.

    Parsing the markup costs more than breaking the lines, and fitting lays the same texts out at
    several sizes; only the font size differs between those parses. None: parse as usual.
    """
    key = (text, style.name, style.fontName, str(style.textColor))
    known = _PARSED.get(key)
    if known is None:
        parsed = Paragraph(text, style).frags
        if len(_PARSED) >= _PARSED_LIMIT:
            _PARSED.clear()
        known = _PARSED[key] = (style.fontSize, parsed)
    size, frags = known
    if any(getattr(frag, "fontSize", None) != size or hasattr(frag, "cbDefn") for frag in frags):
        return None  # a <font size> or an inline image: not a plain rescale
    return [frag.clone(fontSize=style.fontSize) for frag in frags]


class Para(Paragraph):  # type: ignore[misc]  # reportlab ships no type hints
    """A Paragraph that parses each text once and remembers its last wrap.

    Measuring, the table around it and the final drawing each wrap a paragraph at the same width;
    line breaking is the most expensive step of a card after parsing, so it is done once per width.
    """

    _memo: tuple[float, tuple[float, float]] | None = None

    def __init__(self, text: str, style: ParagraphStyle, bulletText: str | None = None) -> None:  # noqa: N803
        super().__init__(text, style, bulletText=bulletText, frags=_frags(text, style))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        memo = self._memo
        if memo is not None and memo[0] == avail_width:
            self.width = avail_width
            return memo[1]
        result: tuple[float, float] = super().wrap(avail_width, avail_height)
        self._memo = (avail_width, result)
        return result


@dataclass
class Section:
    """A named part of a card, measured on its own so that an overflow can be blamed on it."""

    name: str
    flowables: list[Flowable]
    # For a band of columns: the content height of each column, row by row, to name what makes it tall.
    columns: list[dict[str, float]] = field(default_factory=list)
    _height: float | None = field(default=None, repr=False)

    def height(self) -> float:
        if self._height is None:
            self._height = flowables_height(self.flowables, FRAME_WIDTH)
        return self._height


def flowables_height(flowables: Sequence[Flowable], width: float) -> float:
    """The height the flowables take stacked in a column of that width."""
    total = 0.0
    for flowable in flowables:
        _w, h = flowable.wrap(width, FRAME_HEIGHT)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def total_height(sections: Sequence[Section]) -> float:
    """The height of all sections stacked."""
    return sum(section.height() for section in sections)


def with_gaps(sections: list[Section], gap: float) -> list[Section]:
    """Append a gap of `gap` points after every section but the last."""
    for section in sections[:-1]:
        section.flowables.append(Spacer(1, gap))
    return sections


Build = Callable[[Sizes], list[Section]]


def fit(build: Build, available: float = FRAME_HEIGHT) -> list[Flowable]:
    """The flowables at the largest size step that fits; CardTooLongError naming sections otherwise."""
    return fit_step(build, available)[1]


def fit_step(build: Build, available: float = FRAME_HEIGHT) -> tuple[Sizes, list[Flowable]]:
    """The largest sizes that fit and the flowables laid out at them (see `fit`).

    Each size step is laid out and measured, never drawn. The miss at the comfortable size predicts
    the step, a second miss corrects the aim along the measured slope, and the neighbour above
    confirms the largest step that fits: usually three or four layouts instead of up to nine.
    """
    measured: dict[int, tuple[list[Section], float]] = {}

    def fits(step: int) -> bool:
        if step not in measured:
            sections = build(Sizes(*SIZE_STEPS[step]))
            measured[step] = (sections, total_height(sections))
        return measured[step][1] <= available

    last = len(SIZE_STEPS) - 1
    step = 0
    if not fits(0):
        step = _predicted_step(measured[0][1], available)
        if not fits(step):
            # Still too tall: aim again along the line through the two measured heights.
            drop = (measured[0][1] - measured[step][1]) / step
            ahead = math.ceil((measured[step][1] - available) / drop) if drop > 0 else last
            step = min(last, step + max(1, ahead))
            while not fits(step):
                if step == last:
                    raise CardTooLongError(blame(measured[last][0], Sizes(*SIZE_STEPS[last]), available))
                step += 1
        # Take the largest size that fits: step up while the next larger one fits too.
        while step > 1 and fits(step - 1):
            step -= 1
    flowables = [flowable for section in measured[step][0] for flowable in section.flowables]
    return Sizes(*SIZE_STEPS[step]), flowables


def _predicted_step(height: float, available: float) -> int:
    """The first step at most the body size that scales `height` down to `available`.

    A card's height falls about with the square of the type size (smaller lines, and fewer of them
    once the text reflows), measured on the demo facility's cards.
    """
    target = SIZE_STEPS[0][0] * math.sqrt(available / height)
    for step, (body, _heading) in enumerate(SIZE_STEPS):
        if body <= target:
            return max(1, step)
    return len(SIZE_STEPS) - 1


def fill(sections: Sequence[Section], available: float = FRAME_HEIGHT) -> float:
    """Fraction of the available height the sections use."""
    return total_height(sections) / available


def blame(
    sections: Sequence[Section], sizes: Sizes, available: float = FRAME_HEIGHT
) -> list[tuple[str, int]]:
    """Name the sections to shorten, by lowering the tallest ones to a common level ("water level").

    One very long section gets all the blame; a card that is a little too long everywhere names each
    of its tallest parts with a small excess.
    """
    heights = [(section, section.height()) for section in sections]
    overflow = sum(h for _s, h in heights) - available
    ordered = sorted(heights, key=lambda item: item[1], reverse=True)
    level = 0.0
    for count in range(1, len(ordered) + 1):
        level = (sum(h for _s, h in ordered[:count]) - overflow) / count
        if count == len(ordered) or level >= ordered[count][1]:
            break
    blamed: list[tuple[str, int]] = []
    for section, height in ordered:
        excess = height - level
        if excess <= 0:
            break
        blamed.append((_blame_name(section, excess), max(1, math.ceil(excess / sizes.leading))))
    return blamed


def _blame_name(section: Section, excess: float) -> str:
    if not section.columns:
        return section.name
    # Only the columns reaching into the part that must go need shortening.
    long_columns = [
        name for row in section.columns for name, height in row.items() if height > max(row.values()) - excess
    ]
    if len(long_columns) == sum(len(row) for row in section.columns):
        return section.name
    return section.name + ", " + " og ".join(f"»{name}«" for name in long_columns)
