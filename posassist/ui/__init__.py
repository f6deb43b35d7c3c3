"""PySide6 user interface. Nothing here writes SQL or decides a rule."""
