from __future__ import annotations

import subprocess
import sys


def test_printing_never_imports_qt() -> None:
    # A fresh interpreter: in this one the UI tests may have imported Qt already.
    code = (
        "import sys, tryghed_desktop.printing.batch, tryghed_desktop.printing.docx_card, "
        "tryghed_desktop.printing.registration_card, tryghed_desktop.services.cards; "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert result.stdout.strip() == "[]"
