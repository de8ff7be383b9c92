"""The size search finds exactly the step a plain top-down scan finds, in fewer layouts."""

from __future__ import annotations

import pytest

from tryghed_desktop.printing import fit
from tryghed_desktop.printing.fit import SIZE_STEPS, CardTooLongError, Section, Sizes
from tryghed_desktop.printing.page import FRAME_HEIGHT


class Block:
    """A stand-in flowable whose height follows the type size: base + per_point * body."""

    def __init__(self, base: float, per_point: float, sizes: Sizes) -> None:
        self.height = base + per_point * sizes.body

    def wrap(self, _w: float, _h: float) -> tuple[float, float]:
        return 0.0, self.height

    def getSpaceBefore(self) -> float:  # reportlab's name
        return 0.0

    def getSpaceAfter(self) -> float:
        return 0.0


@pytest.mark.parametrize("base", [0.0, 100.0, 300.0])
@pytest.mark.parametrize("per_point", [40.0, 50.0, 55.0, 58.0, 60.0, 62.0, 64.0, 66.0, 68.0, 80.0])
def test_search_matches_a_linear_scan(base: float, per_point: float) -> None:
    built: list[Sizes] = []

    def build(sizes: Sizes) -> list[Section]:
        built.append(sizes)
        return [Section("Indhold", [Block(base, per_point, sizes)])]  # type: ignore[list-item]

    expected = next(
        (i for i, (body, _h) in enumerate(SIZE_STEPS) if base + per_point * body <= FRAME_HEIGHT), None
    )
    if expected is None:
        with pytest.raises(CardTooLongError):
            fit.fit_step(build)
        return
    sizes, _flowables = fit.fit_step(build)

    assert sizes == Sizes(*SIZE_STEPS[expected])
    assert len(set(built)) <= 5  # of nine steps
