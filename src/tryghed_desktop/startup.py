"""What the way to the window does before Qt is imported: shared by `__main__` and the benchmark.

Two things make start-up slower on an old ward PC than it has to be, both outside this app's code:

* PySide6 sends every `import` statement that runs after it through a Python hook, and reads the
  source of each module that is new to it (its `__feature__` check). Imported after Qt, SQLAlchemy
  and the services cost about 300 M instructions more, a tenth of the start-up. So they come first.
* SQLAlchemy 2.1 imports `asyncio` (for its async API) and `importlib.metadata` (for dialect
  plug-ins) and calls them only inside functions that start-up never reaches. Those two are
  deferred: an empty module with the real one's spec stands in `sys.modules`, so an `import` finds
  it, and the module's code runs into that same object the first time a name is looked up that it
  does not have yet. This is what `importlib.util.LazyLoader` does, except that on Python 3.11
  (Debian 12) the LazyLoader runs the code as soon as an `import` statement checks `__spec__`, so
  it saves nothing here.
"""

import importlib
import importlib.util
import sys
import types

from tryghed_desktop import startup_gc

# Each deferred module, with the names SQLAlchemy reads from it while being imported and the small
# submodule each comes from: those are bound at once, the rest waits.
DEFERRED: dict[str, dict[str, str]] = {
    "asyncio": {"iscoroutine": "asyncio.coroutines"},
    "importlib.metadata": {},
}


def before_qt() -> None:
    """Call first thing on the way to the window, before anything imports PySide6."""
    startup_gc.pause()
    _defer_unused_modules()
    _import_data_layers()


def still_deferred() -> list[str]:
    """The deferred modules whose code has not run yet."""
    return [name for name in DEFERRED if isinstance(sys.modules.get(name), _DeferredModule)]


def load_deferred() -> None:
    """Run the code of the modules still deferred. Call on the main thread once the window is up:
    a deferred module must not be touched first by two threads at once."""
    for name in still_deferred():
        _load(sys.modules[name])


def _import_data_layers() -> None:
    """The modules below the UI that the main window imports (tests/ui/test_startup_imports.py
    checks that the list is complete)."""
    import sqlalchemy.dialects.sqlite  # noqa: F401  (create_engine would load it only after Qt)

    from tryghed_desktop.services import (  # noqa: F401
        acknowledgements,
        auth,
        incidents,
        plans,
        residents,
        review,
        review_signals,
    )
    from tryghed_desktop.store import backup, db  # noqa: F401


class _DeferredModule(types.ModuleType):
    def __getattr__(self, name: str) -> object:  # only for names the module does not have yet
        _load(self)
        return getattr(self, name)


def _load(module: types.ModuleType) -> None:
    module.__class__ = types.ModuleType
    spec = module.__spec__
    assert spec is not None and spec.loader is not None
    spec.loader.exec_module(module)


def _defer_unused_modules() -> None:
    for name, bound_at_once in DEFERRED.items():
        if name in sys.modules:
            continue  # already loaded: nothing to save
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        module.__class__ = _DeferredModule
        sys.modules[name] = module
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)
        for attribute, submodule in bound_at_once.items():
            setattr(module, attribute, getattr(importlib.import_module(submodule), attribute))
