"""The terminal and why it stops: identity, type, ownership, reason."""

from posassist.ui.pages.base import StagePage


class TerminalPage(StagePage):
    stage_key = "terminal"
