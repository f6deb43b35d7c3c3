"""Cut the terminal off and close the accounts."""

from posassist.ui.pages.base import StagePage


class ClosePage(StagePage):
    stage_key = "close"
