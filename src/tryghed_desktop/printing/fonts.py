"""Embedded TTF fonts for the PDFs, so æøå and the stage symbols print the same on every PC."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tryghed_desktop.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


class SubsetFont(TTFont):  # type: ignore[misc]  # reportlab ships no type hints
    """reportlab's TrueType font, encoding text the document has met before without a Python loop.

    Every line drawn is encoded into the document's font subset by `splitString`, one character at
    a time, a fifth of drawing a paragraph. Once the document has given each character of a text
    its code, the answer is a table lookup (`str.translate`); new characters go the usual way, which
    gives them their codes. The bytes are the same either way.
    """

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:  # noqa: N802
        state = self.state.get(doc)
        if state is not None and type(text) is str and text:
            assigned = state.assignments
            known = getattr(state, "_known_codes", None)
            if known is None or known[0] != len(assigned):  # codes are only ever added
                known = state._known_codes = _first_subset(assigned)
            if known[1].issuperset(text):
                return [(0, text.translate(known[2]).encode("latin-1"))]
        result: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        return result


def _first_subset(assigned: dict[int, int]) -> tuple[int, frozenset[str], dict[int, int]]:
    """The characters with a code in subset 0 and their codes, as `splitString` finds them."""
    table = {char: code for char, code in assigned.items() if code < 256}
    if 32 in table:
        table[0xA0] = table[32]  # splitString prints a no-break space as a space
    return len(assigned), frozenset(map(chr, table)), table


@cache
def register_fonts() -> tuple[str, str]:
    """Register the card fonts with reportlab once and return (regular, bold) font names."""
    # Cached: every style and table asks, and reading the font list each time showed in profiles.
    registered = set(pdfmetrics.getRegisteredFontNames())
    folder = resource_path("fonts")
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(SubsetFont(name, str(folder / filename)))
    # Lets <b> inside a Paragraph pick the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
