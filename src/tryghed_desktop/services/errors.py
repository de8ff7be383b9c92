"""Expected problems, each with a message in Danish that the UI and the CLI show as it is."""

from __future__ import annotations

import msgspec


class ServiceError(Exception):
    """A problem the user can act on; `message` is Danish and complete."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(ServiceError):
    pass


class PermissionDeniedError(ServiceError):
    pass


class LifecycleError(ServiceError):
    """The version is not in a state that allows the action (e.g. editing an approved version)."""


class ConflictError(ServiceError):
    """Somebody else saved first; the user must choose, nothing is overwritten."""


class Problem(msgspec.Struct, frozen=True):
    """One validation problem: where (a JSON path like `$.documents[0].kind` or a field name) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ValidationError(ServiceError):
    def __init__(self, problems: list[Problem], summary: str = "Oplysningerne er ikke gyldige.") -> None:
        super().__init__(summary + "\n" + "\n".join(str(problem) for problem in problems))
        self.problems = problems
