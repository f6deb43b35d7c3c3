"""Back up the records before anything is closed."""

from posassist.ui.pages.base import StagePage


class BackupPage(StagePage):
    stage_key = "backup"
