"""The services' `ward` (people and a resident) for store tests that need real plan versions."""

from tests.services.conftest import ward

__all__ = ["ward"]
