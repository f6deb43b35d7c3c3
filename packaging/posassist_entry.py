"""Entry point of the frozen app (PyInstaller): the same as `python -m posassist`.

Kept outside the package so that PyInstaller analyses the *installed* posassist, whose
wheel carries the generated `posassist/_data/` (icons, guidance, compiled translations).
"""

from posassist.cli import entry

entry()
