"""`python -m tryghed_desktop.cli`, and the script PyInstaller builds the bundle's `tryghed` from."""

import sys

from tryghed_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
