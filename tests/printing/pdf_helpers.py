"""Reading a rendered card back the way a user meets it: its text, its page count, its pixels."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator

import pytest
from pypdf import PdfReader


def pdf_text(data: bytes) -> str:
    """All text of the PDF with runs of whitespace made single spaces (wrapped lines join up)."""
    reader = PdfReader(io.BytesIO(data))
    return squash(" ".join(page.extract_text() for page in reader.pages))


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def font_descriptors(data: bytes) -> Iterator[tuple[str, bool]]:
    """(base font name, has an embedded TrueType file) for every font the pages use."""
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            yield str(font["/BaseFont"]), embedded


class Pixels:
    """A binary PPM (P6) image, parsed by hand so the printing tests need no Qt."""

    def __init__(self, ppm: bytes) -> None:
        match = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", ppm)
        assert match is not None, "not a binary PPM"
        self.width, self.height = int(match[1]), int(match[2])
        self.data = ppm[match.end() :]
        assert len(self.data) == self.width * self.height * 3

    def __iter__(self) -> Iterator[tuple[int, int, int]]:
        data = self.data
        for i in range(0, len(data), 3):
            yield data[i], data[i + 1], data[i + 2]

    def count_near(self, rgb: str, tolerance: int = 12) -> int:
        """How many pixels are within `tolerance` per channel of the '#rrggbb' colour."""
        target = tuple(int(rgb[i : i + 2], 16) for i in (1, 3, 5))
        return sum(
            1 for pixel in self if all(abs(a - b) <= tolerance for a, b in zip(pixel, target, strict=True))
        )


def render_ppm(data: bytes, dpi: int = 30) -> Pixels:
    """The first page rasterised by poppler's pdftoppm; the test is skipped where it is missing."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed, so the card cannot be rasterised")
    result = subprocess.run(
        # PPM is pdftoppm's default format; "-" reads the PDF from stdin, and with no output
        # prefix the image goes to stdout.
        [tool, "-r", str(dpi), "-f", "1", "-l", "1", "-"],
        input=data,
        capture_output=True,
        check=True,
    )
    return Pixels(result.stdout)
