"""Shrink-to-fit shared by all one-page cards: type size steps, measured sections, the named refusal."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import msgspec
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.paragraph import _FUZZ
from reportlab.platypus.paragraph import _handleBulletWidth as handle_bullet_width
from reportlab.platypus.paragraph import split as rl_split
from reportlab.platypus.paragraph import strip as rl_strip

from tryghed_desktop.printing.page import FRAME_HEIGHT, FRAME_WIDTH

# (body, heading) in points, most comfortable first; the last pair is the readable floor of DESIGN §5.
# Quarter-point steps so a card that is just a little too long loses as little size as possible.
SIZE_STEPS: tuple[tuple[float, float], ...] = tuple((13 - step / 4, 20 - step / 2) for step in range(9))
MIN_BODY, MIN_HEADING = SIZE_STEPS[-1]


class Sizes(msgspec.Struct, frozen=True):
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


def _style_key(style: ParagraphStyle) -> int:
    """A number for everything about a style that can change how a paragraph breaks or draws.

    Equal styles get the same number, and a number is never given to another style. A number, not
    the description itself, goes into the keys of the caches: those are hashed on every wrap.
    """
    known = _STYLE_KEYS.get(id(style))
    if known is not None and known[0] is style:
        return known[1]
    described = tuple((name, repr(value)) for name, value in sorted(vars(style).items()) if name != "parent")
    number = _STYLE_NUMBERS.get(described)
    if number is None:
        if len(_STYLE_NUMBERS) >= _CACHE_LIMIT:
            _STYLE_NUMBERS.clear()  # the styles described again get new numbers: never a wrong hit
        number = _STYLE_NUMBERS[described] = next(_NEXT_STYLE_NUMBER)
    if len(_STYLE_KEYS) >= _CACHE_LIMIT:
        _STYLE_KEYS.clear()
    _STYLE_KEYS[id(style)] = (style, number)  # holding the style keeps its id from being reused
    return number


_CACHE_LIMIT = 50_000
_STYLE_KEYS: dict[int, tuple[ParagraphStyle, int]] = {}
_STYLE_NUMBERS: dict[tuple[tuple[str, str], ...], int] = {}
_NEXT_STYLE_NUMBER = itertools.count()
# Word widths per (word, font, size): the same words come back at every size step and on every card.
_WIDTHS: dict[tuple[str, str, float], float] = {}
# Line counts and reportlab's own line breaks per (text, bullet, style, width), shared by all cards.
_COUNTED: dict[tuple[object, ...], float] = {}
_BROKEN: dict[tuple[object, ...], tuple[float, Any, Any]] = {}
_MIN_WIDTHS: dict[tuple[object, ...], float] = {}
_LONGEST: dict[tuple[str, str, float], float] = {}
# The fragments per (text, bullet, style): paragraphs only read them, so equal ones share a list.
_SIZED: dict[tuple[object, ...], list[Any] | None] = {}
_UNKNOWN: list[Any] = []


def word_width(word: str, font: str, size: float) -> float:
    """`stringWidth` (the same float), remembered: the same words come back on every card."""
    key = (word, font, size)
    width = _WIDTHS.get(key)
    if width is None:
        if len(_WIDTHS) >= _CACHE_LIMIT * 4:
            _WIDTHS.clear()
        width = _WIDTHS[key] = stringWidth(word, font, size, "utf8")
    return width


def longest_word_width(text: str, font: str, size: float) -> float:
    """The largest `word_width` of the text's words (split at white space), remembered per text."""
    key = (text, font, size)
    width = _LONGEST.get(key)
    if width is None:
        width = max(word_width(word, font, size) for word in text.split())
        _remember(_LONGEST, key, width)
    return width


def _count_height(para: Paragraph, avail_width: float) -> float | None:
    """The height reportlab's `Paragraph.wrap` gives, from a line count over cached word widths.

    A copy of reportlab 4's greedy breaking of a one-fragment paragraph (`breakLines`, kind 0), doing
    the same float operations in the same order, so the count is reportlab's, not an estimate. None
    where that copy does not reach (markup with several fragments, soft hyphens, words too long for
    the line, hyphenation, other wrap modes): the caller then lets reportlab break the lines.
    """
    style = para.style
    frags = para.frags
    if (
        len(frags) != 1
        or avail_width < _FUZZ
        or style.endDots
        or style.shaping
        or style.wordWrap
        or style.hyphenationLang
        or style.uriWasteReduce
        or style.embeddedHyphenation
        or not style.splitLongWords
        or getattr(para, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
    ):
        return None
    frag = frags[0]
    if not hasattr(frag, "text") or hasattr(frag, "cbDefn") or hasattr(frag, "backColor"):
        return None
    text = rl_strip(frag.text)
    if not text:
        return 0.0
    left = style.leftIndent
    max_widths = [
        avail_width - (left + style.firstLineIndent) - style.rightIndent,
        avail_width - left - style.rightIndent,
    ]
    handle_bullet_width(para.bulletText, style, max_widths)
    font, size = frag.fontName, frag.fontSize
    space = word_width(" ", font, size)
    shrink = style.spaceShrinkage * space
    lines = 0
    on_line = 0
    current = -space
    max_width = max_widths[0]
    for word in rl_split(text):
        if not word or "\xad" in word:
            return None
        wide = word_width(word, font, size)
        new_width = current + space + wide
        if new_width > max_width + shrink * on_line:
            if wide > max_widths[min(lines, 1)]:
                return None  # reportlab would split this long word
            if on_line:
                lines += 1
                on_line = 1
                current = wide
                max_width = max_widths[1]
                continue
        on_line += 1
        current = new_width
    if on_line:
        lines += 1
    return float(lines * style.leading)


_TRIAL: ContextVar[list[Para] | None] = ContextVar("trial paragraphs", default=None)
_EXACT: ContextVar[bool] = ContextVar("break every line with reportlab", default=False)


def measuring_trial() -> bool:
    """True while a trial layout is measured: its lines are counted and its tables not built."""
    return _TRIAL.get() is not None and not _EXACT.get()


@contextmanager
def exact_layout() -> Iterator[None]:
    """Within it, every paragraph has its lines broken by reportlab itself, never counted.

    For tests that hold the counted search against a plain scan of reportlab's own layouts.
    """
    token = _EXACT.set(True)
    try:
        yield
    finally:
        _EXACT.reset(token)


class Para(Paragraph):  # type: ignore[misc]  # reportlab ships no type hints
    """A Paragraph that parses each text once, counts its lines cheaply and breaks them only to draw.

    Fitting lays a card out at several sizes and only one is drawn. Line breaking is the most
    expensive step of a layout, so a trial layout gets its heights from `_count_height` and the lines
    are broken by reportlab only for the layout that is kept (`realize`), where `fit_step` checks
    that reportlab agrees. Broken lines are shared by every paragraph with the same text, style and
    width, so a batch breaks a repeated text once.
    """

    _memo: tuple[float, tuple[float, float]] | None = None
    _counted: float | None = None  # the width of a counted wrap whose lines are not broken yet

    def __init__(self, text: str, style: ParagraphStyle, bulletText: str | None = None) -> None:  # noqa: N803
        key = (text, bulletText, _style_key(style))
        frags = _SIZED.get(key, _UNKNOWN)
        if frags is _UNKNOWN:
            frags = _frags(text, style)
            _remember(_SIZED, key, frags)
        super().__init__(text, style, bulletText=bulletText, frags=frags)
        self._key = key
        trial = _TRIAL.get()
        if trial is not None:
            trial.append(self)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        memo = self._memo
        if memo is not None and memo[0] == avail_width:
            self.width = avail_width
            return memo[1]
        key = (*self._key, avail_width)
        broken = _BROKEN.get(key)
        if broken is not None:
            self.height, self.blPara, self.frags = broken
            self.width = avail_width
            self._counted = None
        else:
            height = None if _EXACT.get() else _COUNTED.get(key)
            if height is None and not _EXACT.get():
                height = _count_height(self, avail_width)
                if height is not None:
                    _remember(_COUNTED, key, height)
            if height is None:
                self._break(avail_width, avail_height)
            else:
                self.width, self.height = avail_width, height
                self._counted = avail_width
        result = (avail_width, self.height)
        self._memo = (avail_width, result)
        return result

    def _break(self, avail_width: float, avail_height: float) -> None:
        super().wrap(avail_width, avail_height)
        self._counted = None
        _remember(_BROKEN, (*self._key, avail_width), (self.height, self.blPara, self.frags))

    def realize(self) -> bool:
        """Break the lines of a counted wrap with reportlab; False if its height differs from the count."""
        width = self._counted
        if width is None:
            return True
        counted = self.height
        self._break(width, FRAME_HEIGHT)
        return bool(self.height == counted)

    def minWidth(self) -> float:  # noqa: N802  # reportlab's name
        # What a table with a column of no given width asks: the widest word, a matter of the text.
        known = _MIN_WIDTHS.get(self._key)
        if known is None:
            known = super().minWidth()
            _remember(_MIN_WIDTHS, self._key, known)
        return known

    # reportlab's Flowable asks hasattr twice, each a caught AttributeError; tables ask every cell.
    def getSpaceBefore(self) -> float:  # noqa: N802  # reportlab's name
        space: float = self.__dict__.get("spaceBefore", self.style.spaceBefore)
        return space

    def getSpaceAfter(self) -> float:  # noqa: N802  # reportlab's name
        space: float = self.__dict__.get("spaceAfter", self.style.spaceAfter)
        return space

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.realize()
        return list(super().split(avail_width, avail_height))

    def draw(self) -> None:
        self.realize()
        super().draw()


def forget_texts() -> None:
    """Forget everything remembered per text (parses, line counts, line breaks), keeping word widths.

    For benchmarking cards whose texts are all new, as a unit's different residents' cards are.
    """
    for cache in (_PARSED, _SIZED, _COUNTED, _BROKEN, _MIN_WIDTHS, _LONGEST):
        cache.clear()


def _remember(cache: dict[Any, Any], key: object, value: object) -> None:
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()  # a long session prints many cards; the next ones fill it again
    cache[key] = value


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

    Trial layouts count lines (`Para`) and measure tables without building them (`Grid`); the kept
    layout, and the smallest one before a refusal, have their lines broken and their tables built and
    wrapped by reportlab, and must come to the same heights. Should they ever differ, the search runs
    again with reportlab doing all of it, so the result is always reportlab's own.
    """
    if _EXACT.get():
        return _search(build, available)
    try:
        return _search(build, available)
    except _CountMismatchError:
        with exact_layout():
            return _search(build, available)


class _CountMismatchError(Exception):
    """A counted or measured height differed from reportlab's: only if `_count_height` or
    `_measure_grid` has a bug."""


def _search(build: Build, available: float) -> tuple[Sizes, list[Flowable]]:
    """Each size step is laid out and measured, never drawn (the search behind `fit_step`).

    The miss at the comfortable size predicts the step, a second miss corrects the aim along the
    measured slope, and the neighbour above confirms the largest step that fits: usually three or
    four layouts instead of up to nine.
    """
    measured: dict[int, tuple[list[Section], float, list[Para]]] = {}

    def fits(step: int) -> bool:
        if step not in measured:
            paras: list[Para] = []
            token = _TRIAL.set(paras)
            try:
                sections = build(Sizes(*SIZE_STEPS[step]))
                measured[step] = (sections, total_height(sections), paras)
            finally:
                _TRIAL.reset(token)
        return measured[step][1] <= available

    def confirm(step: int) -> list[Section]:
        sections, _height, paras = measured[step]
        if not all([para.realize() for para in paras]):
            raise _CountMismatchError
        # Now wrapped by reportlab all through, tables too: the heights the search went by.
        if any(flowables_height(section.flowables, FRAME_WIDTH) != section.height() for section in sections):
            raise _CountMismatchError
        return sections

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
                    sections = confirm(last)
                    raise CardTooLongError(blame(sections, Sizes(*SIZE_STEPS[last]), available))
                step += 1
        # Take the largest size that fits: step up while the next larger one fits too.
        while step > 1 and fits(step - 1):
            step -= 1
    flowables = [flowable for section in confirm(step) for flowable in section.flowables]
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
