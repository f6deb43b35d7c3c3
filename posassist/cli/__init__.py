"""The command line and the start of the window (`posassist`, `python -m posassist`)."""

from posassist.cli.gui import run_gui
from posassist.cli.main import CATEGORIES, STAGES, entry, main

__all__ = ["CATEGORIES", "STAGES", "entry", "main", "run_gui"]
