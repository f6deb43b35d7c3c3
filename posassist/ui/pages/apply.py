"""The deactivation application."""

from posassist.ui.pages.base import StagePage


class ApplyPage(StagePage):
    stage_key = "apply"
