"""The simplification workspace: an imported original's pieces beside the draft plan's fields."""

from tryghed_desktop.ui.simplify.window import SimplifyWindow

__all__ = ["SimplifyWindow"]
