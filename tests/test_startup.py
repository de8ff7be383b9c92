"""The modules startup.before_qt defers work as usual when first used, and load_deferred loads them.

Each check runs in a fresh interpreter: pytest itself has imported asyncio long before."""

from __future__ import annotations

import subprocess
import sys

DEFERRED_THEN_USED = """
import sys, types
from tryghed_desktop import startup, startup_gc
startup.before_qt()
startup_gc.resume()
assert type(sys.modules["asyncio"]) is not types.ModuleType  # still deferred
assert "asyncio.base_events" not in sys.modules

import asyncio
async def answer():
    await asyncio.sleep(0)
    return 42
assert asyncio.run(answer()) == 42
assert type(sys.modules["asyncio"]) is types.ModuleType

from importlib.metadata import version
assert version("SQLAlchemy").startswith("2.")

from sqlalchemy import create_engine, text
engine = create_engine("sqlite://")
with engine.connect() as connection:
    assert connection.execute(text("select 1")).scalar() == 1
print("ok")
"""

LOADED_ONCE_THE_WINDOW_IS_UP = """
import sys, types
from tryghed_desktop import startup, startup_gc
startup.before_qt()
startup_gc.resume()
asyncio_module = sys.modules["asyncio"]
startup.load_deferred()
assert type(asyncio_module) is types.ModuleType
assert sys.modules["asyncio"] is asyncio_module  # the same object SQLAlchemy holds, now filled
assert asyncio_module.Queue is not None
assert type(sys.modules["importlib.metadata"]) is types.ModuleType
import sqlalchemy.util.concurrency as concurrency
assert concurrency.asyncio is asyncio_module
startup.load_deferred()  # nothing left to do
print("ok")
"""


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_deferred_module_loads_when_first_used() -> None:
    assert _run(DEFERRED_THEN_USED) == "ok"


def test_load_deferred_fills_the_modules_sqlalchemy_already_holds() -> None:
    assert _run(LOADED_ONCE_THE_WINDOW_IS_UP) == "ok"
