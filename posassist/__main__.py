from posassist.cli import entry

entry()
