"""Finds the resources folder in a source checkout, an installed wheel and a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    """The folder holding schema/, fonts/ and translations/."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [
        Path(bundle) / "resources" if bundle else None,
        Path(__file__).resolve().parent / "resources",  # installed wheel (force-include)
        Path(__file__).resolve().parents[2] / "resources",  # source checkout / editable install
    ]
    for candidate in candidates:
        if candidate is not None and (candidate / "schema").is_dir():
            return candidate
    raise FileNotFoundError("Tryghed Desktop kan ikke finde sin mappe 'resources'.")


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resource_dir().joinpath(*parts)
