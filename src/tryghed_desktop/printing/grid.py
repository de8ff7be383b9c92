"""Tables for the cards: built only when drawn, and measured without building them while fitting."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import msgspec
from reportlab import rl_config
from reportlab.lib.utils import flatten
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tables import CellStyle, _calc_pc, spanFixDim

from tryghed_desktop.printing.fit import measuring_trial

_CACHE_LIMIT = 10_000


def _remember(cache: dict[Any, Any], key: object, value: object) -> None:
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[key] = value


class Grid(Table):  # type: ignore[misc]  # reportlab ships no type hints
    """A Table that is built when it is drawn, and measured without being built while fitting.

    Building a reportlab Table (a style object per cell) and wrapping it cost more than laying out
    the paragraphs in it, and most layouts of a card are only measured. Until it is built a Grid is
    a `_LazyGrid`: a trial layout gets its heights from `_measure_grid`, a copy of reportlab's
    arithmetic over the same wraps, and the kept layout is built and wrapped by reportlab, where
    `fit_step` checks that the two agree.

    With fixed column widths its wrap does not depend on the width offered (the page's KeepInFrame
    offers a hair less than the frame), and its row heights never on the height offered.
    """

    _memo: tuple[float, tuple[float, float]] | None = None

    def __init__(
        self,
        data: list[list[Any]],
        colWidths: Sequence[float | None] | None = None,  # noqa: N803  # reportlab's names
        rowHeights: Sequence[float | None] | None = None,  # noqa: N803
        style: TableStyle | None = None,
        **options: Any,
    ) -> None:
        if rowHeights is None and not options and (style is None or _only_commands(style)):
            # Nothing but cells and style commands (a table split by reportlab brings more).
            self.__class__ = _LazyGrid
            self._lazy = _GridArgs(data, colWidths, style)
        else:
            super().__init__(data, colWidths=colWidths, rowHeights=rowHeights, style=style, **options)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        memo = self._memo
        if memo is not None and (memo[0] == avail_width or self._fixed_widths()):
            self.availWidth = avail_width
            return memo[1]
        result: tuple[float, float] = super().wrap(avail_width, avail_height)
        if not measuring_trial():
            # In a trial an enclosed Grid may have been measured, not wrapped: not remembered, so
            # that reportlab wraps the kept layout all through when `fit_step` checks it.
            self._memo = (avail_width, result)
        return result

    def _fixed_widths(self) -> bool:
        return all(isinstance(width, int | float) for width in self._argW)

    def getSpaceBefore(self) -> float:  # noqa: N802  # reportlab's name
        space: float = self.__dict__.get("spaceBefore", 0)  # a Table has no style to ask
        return space

    def getSpaceAfter(self) -> float:  # noqa: N802  # reportlab's name
        space: float = self.__dict__.get("spaceAfter", 0)
        return space


class _LazyGrid(Grid):
    """A Grid not built yet. Reading anything a Table has and this has not builds it."""

    _lazy: _GridArgs
    _trial: tuple[float, tuple[float, float]] | None = None

    def _build(self) -> None:
        lazy = self._lazy
        del self._lazy
        self.__class__ = Grid
        styled = _styled_table(lazy.data, lazy.style)
        if styled is None:
            Table.__init__(self, lazy.data, colWidths=lazy.col_widths, style=lazy.style)
            return
        # What setStyle would do, from the same style applied once to a table of this shape.
        cells = [[_cell_style(attributes) for attributes in row] for row in styled.cells]
        Table.__init__(self, lazy.data, colWidths=lazy.col_widths, cellStyles=cells)
        for name, commands in styled.commands:
            setattr(self, name, list(commands))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or "_lazy" not in self.__dict__:
            raise AttributeError(name)
        self._build()
        return getattr(self, name)

    def getSpaceBefore(self) -> float:  # noqa: N802  # reportlab's name
        return 0

    def getSpaceAfter(self) -> float:  # noqa: N802  # reportlab's name
        return 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if measuring_trial():
            known = self._trial
            if known is not None and known[0] == avail_width:
                return known[1]
            measured = _measure_grid(self._lazy, avail_width, avail_height)
            if measured is not None:
                self._trial = (avail_width, measured)
                return measured
        self._build()
        return self.wrap(avail_width, avail_height)


class _GridArgs(msgspec.Struct, frozen=True):
    data: list[list[Any]]
    col_widths: Sequence[float | None] | None
    style: TableStyle | None


def _only_commands(style: TableStyle) -> bool:
    """A style that gives a Table nothing but its commands: its space before and after stay 0."""
    return not style._opts and not hasattr(style, "spaceBefore") and not hasattr(style, "spaceAfter")


class _StyledTable(msgspec.Struct, frozen=True):
    """What `Table.setStyle` makes of a style on a table of one shape: each cell's style attributes
    and the sorted commands. Applying the commands cell by cell is most of building a Table."""

    cells: list[list[dict[str, Any]]]
    commands: tuple[tuple[str, list[Any]], ...]


_COMMAND_LISTS = ("_bkgrndcmds", "_linecmds", "_spanCmds", "_nosplitCmds", "_srflcmds", "_sircmds")
_STYLED: dict[tuple[object, ...], _StyledTable | None] = {}


def _styled_table(data: list[list[Any]], style: TableStyle | None) -> _StyledTable | None:
    """The style applied once to an empty table of this shape; None where that is not all it does."""
    if style is None or not data or any(not isinstance(row, list | tuple) for row in data):
        return None
    rows, columns = len(data), max(len(row) for row in data)
    key = (rows, columns, *(tuple(command) for command in style.getCommands()))
    try:
        if key in _STYLED:
            return _STYLED[key]
    except TypeError:
        return None  # a command holding a list (a dash pattern): built the usual way
    empty = [[""] * columns for _row in range(rows)]
    styled = Table(empty, style=style)
    plain = Table(empty)
    found = None
    if vars(styled).keys() == vars(plain).keys():  # no corner radii, no options
        found = _StyledTable(
            [[dict(vars(cell)) for cell in row] for row in styled._cellStyles],
            tuple((name, list(getattr(styled, name))) for name in _COMMAND_LISTS),
        )
    _remember(_STYLED, key, found)
    return found


def _cell_style(attributes: dict[str, Any]) -> CellStyle:
    cell: CellStyle = CellStyle.__new__(CellStyle)
    cell.__dict__.update(attributes)
    return cell


# Only the paddings and the spans of a table's style change its height (its cells hold flowables).
_PADDINGS = ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")
_DEFAULT_PADDING = (
    CellStyle.leftPadding,
    CellStyle.rightPadding,
    CellStyle.topPadding,
    CellStyle.bottomPadding,
)
# Cell contents that reportlab puts in a cell as they are and that wrap without a canvas.
_PLAIN_CELLS = (Paragraph, Spacer, Image, Table)


class _CellGrid(msgspec.Struct, frozen=True):
    """Per cell (row, column): paddings (left, right, top, bottom), and reportlab's span ranges."""

    paddings: list[list[tuple[Any, Any, Any, Any]]]
    span_ranges: dict[tuple[int, int], tuple[int, int, int, int] | None]
    row_span_cells: frozenset[tuple[int, int]]
    styles: list[list[_Padding]]  # for reportlab's column width code, which reads these as styles


class _Padding:
    """The part of a cell style that reportlab's width code reads for cells holding flowables."""

    def __init__(self, left: object, right: object) -> None:
        self.leftPadding = left
        self.rightPadding = right


class _WidthProbe:
    """Just enough of a Table for reportlab's own `_calcPreliminaryWidths` to share out widths."""

    _calcPreliminaryWidths = Table._calcPreliminaryWidths  # noqa: N815  # reportlab's names
    _hasVariWidthElements = Table._hasVariWidthElements  # noqa: N815
    _elementWidth = Table._elementWidth  # noqa: N815
    _canGetWidth = Table._canGetWidth  # noqa: N815

    def __init__(self, data: list[list[Any]], widths: Sequence[object], styles: list[list[_Padding]]) -> None:
        self._argW = self._colWidths = list(widths)
        self._cellvalues = data
        self._cellStyles = styles
        self._nrows = len(data)
        self._ncols = len(widths)


_CELL_GRIDS: dict[tuple[object, ...], _CellGrid | None] = {}


def _cell_grid(rows: int, columns: int, style: TableStyle | None) -> _CellGrid | None:
    """The paddings and spans that reportlab's `Table.setStyle` and `_calcSpanRanges` give.

    None where a command is beyond this copy (rows named by strings, spans across columns).
    """
    commands: list[tuple[object, ...]] = []
    for command in style.getCommands() if style is not None else ():
        if command[0] in _PADDINGS:
            commands.append(tuple(command[:4]))
        elif command[0] == "SPAN":
            commands.append(tuple(command[:3]))
    key = (rows, columns, *commands)
    try:
        return _CELL_GRIDS[key]
    except KeyError:
        pass
    except TypeError:
        return None  # an unhashable value: not a plain number
    if len(_CELL_GRIDS) >= _CACHE_LIMIT:
        _CELL_GRIDS.clear()
    found = _CELL_GRIDS[key] = _make_cell_grid(rows, columns, commands)
    return found


def _cell_range(command: tuple[object, ...], rows: int, columns: int) -> tuple[int, int, int, int] | None:
    """(first column, first row, last column, last row) counted from 0, or None if not plain ints."""
    start, stop = command[1], command[2]
    if not (isinstance(start, tuple) and isinstance(stop, tuple)):
        return None
    corners = (*start, *stop)
    if len(corners) != 4 or not all(type(value) is int for value in corners):
        return None
    sc, sr, ec, er = corners
    return (
        sc + columns if sc < 0 else sc,
        sr + rows if sr < 0 else sr,
        ec + columns if ec < 0 else ec,
        er + rows if er < 0 else er,
    )


def _make_cell_grid(rows: int, columns: int, commands: list[tuple[object, ...]]) -> _CellGrid | None:
    paddings: list[list[list[Any]]] = [
        [list(_DEFAULT_PADDING) for _c in range(columns)] for _r in range(rows)
    ]
    span_ranges: dict[tuple[int, int], tuple[int, int, int, int] | None] = {}
    row_span_cells: set[tuple[int, int]] = set()
    if any(command[0] == "SPAN" for command in commands):
        span_ranges = {(x, y): (x, y, x, y) for x in range(columns) for y in range(rows)}
    for command in commands:
        corners = _cell_range(command, rows, columns)
        if corners is None:
            return None
        if command[0] == "SPAN":
            # Table._calcSpanRanges, for a span within one column.
            x0, x1 = sorted((corners[0], corners[2]))
            y0, y1 = sorted((corners[1], corners[3]))
            if x0 != x1:
                return None
            if y0 != y1:
                for y in range(y0, y1 + 1):
                    row_span_cells.add((x0, y))
                    span_ranges[x0, y] = None
                span_ranges[x0, y0] = (x0, y0, x1, y1)
            continue
        # Table.normCellRange, then _setCellStyle on each cell of the range; the value as given.
        side = _PADDINGS.index(str(command[0]))
        for i in range(max(0, corners[1]), min(rows - 1, corners[3]) + 1):
            for j in range(max(0, corners[0]), min(columns - 1, corners[2]) + 1):
                paddings[i][j][side] = command[3]
    return _CellGrid(
        [[(p[0], p[1], p[2], p[3]) for p in row] for row in paddings],
        span_ranges,
        frozenset(row_span_cells),
        [[_Padding(p[0], p[1]) for p in row] for row in paddings],
    )


def _measure_grid(args: _GridArgs, avail_width: float, avail_height: float) -> tuple[float, float] | None:
    """(width, height) as reportlab's `Table.wrap` gives them, without building the Table.

    The float operations of `Table._calc`, `_calc_height`, `_listCellGeom`, `spanFixDim` and
    `_calc_width` in the same order, over the same wraps of the cells' flowables. None where this
    copy does not reach (text in a cell, a span across columns, a spanned table taller than the
    height offered): the Grid is then built and wrapped by reportlab. Everything that can say None
    is asked before any cell is wrapped, so that reportlab then starts from untouched cells.
    """
    data = args.data
    if not data or any(not isinstance(row, list | tuple) for row in data):
        return None
    given = args.col_widths
    columns = len(given) if isinstance(given, list | tuple) else len(data[0])
    if not columns or any(len(row) != columns for row in data):
        return None
    cells = _cell_grid(len(data), columns, args.style)
    contents: list[list[Sequence[Any]]] = []
    for row in data:
        row_contents = [_cell_content(value) for value in row]
        if any(content is None for content in row_contents):
            return None
        contents.append(row_contents)  # type: ignore[arg-type]  # no None left
    # Table.__init__ repeats one width (or None) for every column.
    per_column: list[Any] = list(given) if isinstance(given, list | tuple) else [given] * columns
    widths = None if cells is None else _column_widths(data, contents, per_column, cells, avail_width)
    heights = None if widths is None or cells is None else _row_heights(contents, widths, cells, avail_height)
    if widths is None or heights is None:
        return None
    height: float = 0
    carry: float = 0
    for i in range(len(heights) - 1, -1, -1):  # Table._calc_height's compensated sum, last row first
        y = heights[i] - carry
        t = height + y
        carry = (t - height) - y
        height = t
    total_width: float = 0
    for width in widths:
        total_width = total_width + width
    return total_width, height


def _column_widths(
    data: list[list[Any]],
    contents: list[list[Sequence[Any]]],
    given: list[Any],
    cells: _CellGrid,
    avail_width: float,
) -> list[float] | None:
    """The column widths `Table._calc` works with: as given, or shared out by reportlab's own code."""
    if None in given or "*" in given:
        # reportlab asks each cell for its least width first, and a table in a cell answers otherwise
        # once it has been wrapped: left to reportlab, so that it is asked in reportlab's order.
        if any(isinstance(item, Table) for row in contents for content in row for item in content):
            return None
        probe = _WidthProbe(data, given, cells.styles)
        if not probe._hasVariWidthElements():
            return None
        widths = probe._calcPreliminaryWidths(avail_width)
    else:
        widths = _calc_pc(given, avail_width)
    if not all(isinstance(width, int | float) and width for width in widths):
        return None
    return list(widths)


def _cell_content(value: object) -> Sequence[Any] | None:
    """The flowables of a cell as `Table._cellListProcess` lists them; None for anything else."""
    if isinstance(value, Flowable):
        content: Sequence[Any] = (value,)
    elif isinstance(value, list | tuple):
        content = value
        for item in value:
            if isinstance(item, list | tuple):
                content = flatten(value)  # reportlab flattens nested lists
                break
    else:
        return None  # text: measured by its cell style's font
    for item in content:
        if not isinstance(item, _PLAIN_CELLS):
            return None
    return content


def _row_heights(
    contents: list[list[Sequence[Any]]], widths: list[float], cells: _CellGrid, avail_height: float
) -> list[float] | None:
    """`Table._calc_height`'s row heights, spans shared out, for rows of cells holding flowables."""
    heights: list[float] = []
    span_heights: dict[tuple[int, int], float] = {}
    span_ranges, covered = cells.span_ranges, cells.row_span_cells
    for i, row in enumerate(contents):
        h: float = 0
        paddings = cells.paddings[i]
        for j, content in enumerate(row):
            span = span_ranges.get((j, i)) if span_ranges else None
            if covered and (j, i) in covered and not span:
                continue  # covered by a span
            t = _cell_height(content, widths[j], paddings[j])
            if t is None:
                return None
            if span and span[1] != span[3]:
                span_heights[span[1], span[3]] = max(span_heights.get((span[1], span[3]), t), t)
                t = 0
            h = max(h, t)
        heights.append(h)
        if rl_config.longTableOptimize and span_heights and sum(heights) > avail_height:
            return None  # reportlab may stop measuring rows here
    if span_heights:
        spanFixDim([None] * len(contents), heights, span_heights)
    return heights


def _cell_height(content: Sequence[Any], width: float, padding: tuple[Any, Any, Any, Any]) -> float | None:
    """A cell's height with its paddings (`Table._listCellGeom` and what `_calc_height` adds)."""
    left, right, top, bottom = padding
    widest: float = 0
    t: float = 0
    if content:
        avail_width = width - left - right
        avail_height = 72000 - top - bottom  # reportlab's height for a cell's content
        if avail_width < 0 and not rl_config.allowTableBoundsErrors & 2:
            return None  # reportlab raises: let it
        first_before: float = 0
        after: float = 0
        for index, flowable in enumerate(content):
            vw, vh = flowable.wrap(avail_width, avail_height)  # wrapOn with no canvas: the same
            before = flowable.getSpaceBefore()
            after = flowable.getSpaceAfter()
            widest = max(widest, vw)
            t += vh + after + before
            if index == 0:
                first_before = before
        t = t - first_before - after
    if widest + left + right > width and not rl_config.allowTableBoundsErrors & 1:
        return None  # reportlab raises a LayoutError: let it
    height: float = t + (bottom + top)
    return height
