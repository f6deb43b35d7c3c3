"""Which stages, fields and checklist items apply to which terminal."""

import itertools

import pytest

from posassist.domain import catalogue
from posassist.domain.catalogue import applicable_stages
from posassist.domain.profile import FaultOutcome, Ownership, Profile, Reason, TerminalType

ALL_PROFILES = [
    Profile(t, o, r, f)
    for t, o, r, f in itertools.product(TerminalType, Ownership, Reason, FaultOutcome)
]


def keys(profile: Profile) -> list[str]:
    return [s.key for s in applicable_stages(profile)]


def test_keys_are_unique_across_the_catalogue():
    fields = [f.key for s in catalogue.STAGES for f in s.fields]
    items = [i.key for s in catalogue.STAGES for i in s.checklist]
    assert len(fields) == len(set(fields))
    assert len(items) == len(set(items))
    assert len(catalogue.STAGE_KEYS) == len(set(catalogue.STAGE_KEYS)) == 10


def test_closing_a_leased_hardware_terminal_walks_every_stage():
    profile = Profile(TerminalType.HARDWARE, Ownership.LEASED, Reason.CLOSING)
    assert keys(profile) == list(catalogue.STAGE_KEYS)


@pytest.mark.parametrize("profile", ALL_PROFILES, ids=str)
def test_every_path_starts_with_the_terminal_and_ends_with_review(profile):
    stages = keys(profile)
    assert stages[0] == "terminal"
    assert stages[-1] == "review"
    for always in ("backup", "contact", "money", "return", "after"):
        assert always in stages


def test_repair_or_replacement_keeps_the_account_open():
    for outcome in (FaultOutcome.REPAIR, FaultOutcome.REPLACE):
        stages = keys(Profile(TerminalType.HARDWARE, Ownership.LEASED, Reason.FAULT, outcome))
        assert "apply" not in stages
        assert "close" not in stages
        assert "customers" not in stages
    stages = keys(
        Profile(TerminalType.HARDWARE, Ownership.LEASED, Reason.FAULT, FaultOutcome.CLOSE)
    )
    assert {"apply", "close", "customers"} <= set(stages)


def test_fault_outcome_only_matters_for_a_fault():
    for reason in (Reason.CLOSING, Reason.SUSPENDED, Reason.SWITCHING, Reason.OTHER):
        a = keys(Profile(reason=reason, fault_outcome=FaultOutcome.REPAIR))
        b = keys(Profile(reason=reason, fault_outcome=FaultOutcome.CLOSE))
        assert a == b


def visible_fields(stage: str, profile: Profile) -> set[str]:
    return {f.key for f in catalogue.stage(stage).fields_for(profile)}


def visible_items(stage: str, profile: Profile) -> set[str]:
    return {i.key for i in catalogue.stage(stage).items_for(profile)}


def test_software_adds_uninstall_and_cancel_and_has_no_device_to_return():
    software = Profile(TerminalType.SOFTWARE, Ownership.LEASED, Reason.CLOSING)
    fields = visible_fields("return", software)
    assert {"app_uninstalled", "software_account_cancelled"} <= fields
    assert "tracking_no" not in fields
    assert "serial_no" not in visible_fields("terminal", software)
    assert "network_cut" not in visible_fields("close", software)
    assert "device_photographed" not in visible_items("return", software)


def test_leased_or_deposit_device_goes_back_bought_does_not():
    for ownership in (Ownership.LEASED, Ownership.DEPOSIT):
        for kind in (TerminalType.HARDWARE, TerminalType.MOBILE):
            fields = visible_fields("return", Profile(kind, ownership, Reason.CLOSING))
            assert {"return_method", "tracking_no", "returned_on"} <= fields
    bought = visible_fields("return", Profile(TerminalType.HARDWARE, Ownership.BOUGHT))
    assert "tracking_no" not in bought
    assert "data_wiped_on" in bought


def test_a_bought_device_sent_for_repair_goes_back_too():
    profile = Profile(TerminalType.HARDWARE, Ownership.BOUGHT, Reason.FAULT, FaultOutcome.REPAIR)
    assert "tracking_no" in visible_fields("return", profile)


def test_deposit_adds_amount_and_tracker():
    deposit = Profile(TerminalType.MOBILE, Ownership.DEPOSIT, Reason.SWITCHING)
    assert "deposit_amount" in visible_fields("terminal", deposit)
    assert {"deposit_refund_due", "deposit_refunded"} <= visible_fields("money", deposit)
    leased = Profile(TerminalType.MOBILE, Ownership.LEASED, Reason.SWITCHING)
    assert "deposit_amount" not in visible_fields("terminal", leased)
    assert "deposit_refund_due" not in visible_fields("money", leased)


def test_suspension_keeps_notices_and_an_appeal_note():
    suspended = Profile(reason=Reason.SUSPENDED)
    assert {"suspension_notice_on", "appeal_note"} <= visible_fields("terminal", suspended)
    assert "notices_kept" in visible_items("terminal", suspended)
    assert "notices_kept" not in visible_items("terminal", Profile(reason=Reason.CLOSING))


def test_fault_offers_the_repair_or_replace_choice():
    fault = Profile(reason=Reason.FAULT)
    assert {"fault_outcome", "fault_description"} <= visible_fields("terminal", fault)
    assert "fault_outcome" not in visible_fields("terminal", Profile(reason=Reason.CLOSING))


def test_hardware_settles_the_open_batch():
    assert "batch_settled" in visible_items("backup", Profile(TerminalType.HARDWARE))
    assert "batch_settled" not in visible_items("backup", Profile(TerminalType.SOFTWARE))


def test_the_command_line_knows_every_stage_and_category():
    from posassist.cli import CATEGORIES, STAGES
    from posassist.domain.evidence import Category

    assert tuple(k for k in catalogue.STAGE_KEYS if k != "review") == STAGES
    assert tuple(c.value for c in Category) == CATEGORIES
