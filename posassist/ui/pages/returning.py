"""Return the device, or remove the software; wipe the data."""

from posassist.ui.pages.base import StagePage


class ReturnPage(StagePage):
    stage_key = "return"
