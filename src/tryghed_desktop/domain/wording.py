"""Small pieces of Danish wording shared by the CLI and the files the services write."""

import errno


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
