"""The command line and the start of the window (`posassist`, `python -m posassist`)."""

from posassist.cli.arguments import CATEGORIES, STAGES
from posassist.cli.gui import run_gui
from posassist.cli.main import entry, main

__all__ = ["CATEGORIES", "STAGES", "entry", "main", "run_gui"]
