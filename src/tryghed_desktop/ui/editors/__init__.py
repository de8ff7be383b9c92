"""Plan editors: drafts edited with undo, autosave and live readability (open_plan_editor is the entry)."""

from tryghed_desktop.ui.editors.shell import PlanEditor, open_plan_editor

__all__ = ["PlanEditor", "open_plan_editor"]
