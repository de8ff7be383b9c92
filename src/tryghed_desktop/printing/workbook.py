"""What every workbook the app writes shares (openpyxl): a grey bold header row that stays in view,
set column widths, people's text kept as text, and bytes that depend on the content only (the save
time pinned), so the same input gives the same file."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tryghed_desktop.domain.incidents import LOCAL_ZONE
from tryghed_desktop.domain.wording import storable_text

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")


def sheet_rows(sheet: Worksheet, rows: Sequence[Sequence[object]], widths: Sequence[int]) -> None:
    """Append the rows; the first is the header. Text typed by people stays text: control characters
    Word pastes (which the format cannot hold) are replaced, and "=…" is never run as a formula."""
    for row in rows:
        sheet.append([storable_text(value) if isinstance(value, str) else value for value in row])
        for cell in sheet[sheet.max_row]:
            if cell.data_type == "f":
                cell.data_type = "s"
    for cell in sheet[1]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"


def workbook_bytes(book: Workbook, made_at: datetime) -> bytes:
    """The saved workbook, stamped with `made_at` in Danish time wherever a time would vary."""
    stamp = made_at.astimezone(ZoneInfo(LOCAL_ZONE)).replace(tzinfo=None, microsecond=0)
    book.properties.creator = "Tryghed Desktop"
    book.properties.created = stamp
    buffer = io.BytesIO()
    book.save(buffer)
    return _pinned_zip(buffer.getvalue(), stamp)


def _pinned_zip(data: bytes, stamp: datetime) -> bytes:
    """The workbook with its save time and zip entry times set to `stamp`: equal input, equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    when = stamp.isoformat() + "Z"
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + when.encode() + rb"\g<2>",
                    content,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, content)
    return output.getvalue()
