"""One module per stage page; the order comes from the catalogue."""

from posassist.ui.pages.after import AfterPage
from posassist.ui.pages.apply import ApplyPage
from posassist.ui.pages.backup import BackupPage
from posassist.ui.pages.base import StagePage
from posassist.ui.pages.close import ClosePage
from posassist.ui.pages.contact import ContactPage
from posassist.ui.pages.customers import CustomersPage
from posassist.ui.pages.money import MoneyPage
from posassist.ui.pages.returning import ReturnPage
from posassist.ui.pages.review import ReviewPage
from posassist.ui.pages.terminal import TerminalPage

PAGE_CLASSES: dict[str, type[StagePage]] = {
    page.stage_key: page
    for page in (
        TerminalPage,
        BackupPage,
        CustomersPage,
        ContactPage,
        ApplyPage,
        MoneyPage,
        ReturnPage,
        ClosePage,
        AfterPage,
        ReviewPage,
    )
}
