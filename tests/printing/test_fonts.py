from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from tryghed_desktop.printing.fonts import register_fonts
from tryghed_desktop.resources import resource_dir


def test_fonts_and_their_licence_are_shipped() -> None:
    fonts = resource_dir() / "fonts"

    assert (fonts / "DejaVuSans.ttf").is_file()
    assert (fonts / "DejaVuSans-Bold.ttf").is_file()
    assert (fonts / "LICENSE-DejaVu.txt").is_file()


def test_registering_twice_is_harmless() -> None:
    first = register_fonts()

    assert register_fonts() == first
    for name in first:
        assert name in pdfmetrics.getRegisteredFontNames()
