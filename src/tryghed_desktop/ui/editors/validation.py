"""Field checks with Danish messages; they only ever describe a problem, the value is always kept."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from tryghed_desktop.domain.readability import measure

# Emergency and medical-advice numbers are valid although they are not eight digits.
SHORT_NUMBERS = frozenset({"112", "114", "1813"})
_PHONE_CHARS = re.compile(r"^\+?[\d\s-]+$")


def phone_problem(text: str) -> str | None:
    """Why `text` is not a Danish phone number (empty is allowed: an internal alarm has none)."""
    if not text.strip():
        return None
    digits = re.sub(r"\D", "", text)
    if _PHONE_CHARS.match(text.strip()) is None:
        return QCoreApplication.translate("Validation", "Et telefonnummer må kun have tal og mellemrum.")
    if digits.startswith("45") and text.strip().startswith("+"):
        digits = digits[2:]
    elif digits.startswith("0045"):
        digits = digits[4:]
    if len(digits) == 8 or digits in SHORT_NUMBERS:
        return None
    return QCoreApplication.translate("Validation", "Et telefonnummer skal have 8 cifre, fx 70 20 30 40.")


def empty_problem(text: str) -> str | None:
    """An item with no words in it."""
    return (
        QCoreApplication.translate("Validation", "Punktet er tomt. Skriv noget, eller slet det med Delete.")
        if not text.strip()
        else None
    )


def required_problem(text: str, what: str) -> str | None:
    """A field that must be filled in; `what` says what is missing (already translated)."""
    return what if not text.strip() else None


def word_count(text: str) -> int:
    return measure(text).words
