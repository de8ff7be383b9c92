"""Embedded TTF fonts for the PDFs, so æøå and the stage symbols print the same on every PC."""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def resource_dir() -> Path:
    """The app's `resources/` folder in a PyInstaller bundle, an installed wheel or a source checkout."""
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        candidates.append(Path(bundle) / "resources")
    package = Path(__file__).resolve().parents[1]
    candidates.append(package / "resources")  # wheel: force-included as tryghed_desktop/resources
    candidates.append(package.parents[1] / "resources")  # source checkout: <repo>/resources
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources-mappen blev ikke fundet: " + ", ".join(map(str, candidates)))


def register_fonts() -> tuple[str, str]:
    """Register the card fonts with reportlab once and return (regular, bold) font names."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    folder = resource_dir() / "fonts"
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    # Lets <b> inside a Paragraph pick the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
