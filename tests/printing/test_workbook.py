"""Workbooks keep people's text as text: nothing typed runs as a formula, nothing pasted breaks it."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from openpyxl import Workbook, load_workbook

from tryghed_desktop.printing.workbook import sheet_rows, workbook_bytes


def test_text_that_looks_like_a_formula_stays_text_and_control_characters_go() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet_rows(sheet, [["Tekst", "Tal"], ['=HYPERLINK("http://x")', 3], ["før\x0befter\x07", None]], [20, 5])
    data = workbook_bytes(book, datetime(2026, 3, 6, 12, tzinfo=UTC))
    cells = list(load_workbook(io.BytesIO(data)).active.iter_rows(min_row=2))  # type: ignore[union-attr]
    assert (cells[0][0].value, cells[0][0].data_type) == ('=HYPERLINK("http://x")', "s")
    # Word's line break a space, the bell gone
    assert (cells[0][1].value, cells[1][0].value) == (3, "før efter")
