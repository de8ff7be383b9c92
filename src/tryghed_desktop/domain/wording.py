"""Small pieces of Danish wording shared by the CLI and the files the services write."""

import errno
import re

# What XML (and so Word and Excel files) cannot hold: the control characters but tab and line breaks.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_BREAKS = re.compile(r"[\x0b\x0c]")  # Word's Shift+Enter line break and page break, when pasted


def counted(count: int, one: str, many: str) -> str:
    """'1 afdeling', '3 afdelinger'."""
    return f"{count} {one if count == 1 else many}"


def file_problem(error: OSError, shown_as: str | None = None) -> str:
    """What went wrong with a file, in Danish (Python says it in English); `shown_as` names the file
    the user chose where the error is about a temporary one beside it."""
    reasons: tuple[tuple[type[OSError], str], ...] = (
        (FileNotFoundError, "findes ikke, eller mappen den skal ligge i findes ikke"),
        (IsADirectoryError, "er en mappe; angiv et filnavn"),
        (PermissionError, "må ikke læses eller skrives af dig"),
        (FileExistsError, "findes allerede"),
    )
    for kind, reason in reasons:
        if isinstance(error, kind) and error.filename is not None:
            return f"{shown_as or error.filename} {reason}."
    if error.errno == errno.ENOSPC:
        return "Disken er fuld."
    return f"{shown_as or 'filen'} kan ikke læses eller skrives: {error}"


def storable_text(text: str) -> str:
    """People's text as an XML-based file can hold it: Word's pasted line and page breaks become spaces,
    other control characters go."""
    return _CONTROL.sub("", _BREAKS.sub(" ", text))
