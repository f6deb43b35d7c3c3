"""Afterwards: confirm, shred, watch the statements."""

from posassist.ui.pages.base import StagePage


class AfterPage(StagePage):
    stage_key = "after"
