"""The frozen program's entry point (PyInstaller runs this file; ``epewall`` from source is the
console script ``widgets.launcher:main``)."""

import sys

from widgets.launcher import main

if __name__ == "__main__":
    sys.exit(main())
