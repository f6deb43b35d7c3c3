"""Tell the customers when card payments end."""

from posassist.ui.pages.base import StagePage


class CustomersPage(StagePage):
    stage_key = "customers"
