import datetime as dt

from posassist.domain.case import Case, Contact, Direction, Fee, FeeKind
from posassist.domain.catalogue import FIELDS
from posassist.domain.completeness import Code, case_problems, field_problem, stage_problems
from posassist.domain.money import Money
from posassist.domain.reminders import DateCode, next_date, pending_dates

TZ = dt.timezone(dt.timedelta(hours=8))


def codes(problems):
    return {(p.code, p.key) for p in problems}


def test_an_empty_first_stage_lists_its_required_fields():
    problems = codes(stage_problems(Case(), "terminal"))
    assert (Code.MISSING_FIELD, "shop_name") in problems
    assert (Code.MISSING_FIELD, "provider") in problems
    assert (Code.MISSING_FIELD, "serial_no") in problems
    assert (Code.UNCHECKED_ITEM, "label_photographed") in problems
    # Optional things are never problems.
    assert (Code.MISSING_FIELD, "hotline") not in problems
    assert (Code.UNCHECKED_ITEM, "contract_found") not in problems


def test_ids_with_an_unusual_length_are_warned_about():
    assert field_problem(FIELDS["merchant_id"], "123") is Code.WRONG_LENGTH
    assert field_problem(FIELDS["merchant_id"], "12345678901234X") is Code.NOT_DIGITS
    assert field_problem(FIELDS["merchant_id"], "123456789012345") is None
    assert field_problem(FIELDS["merchant_id"], "") is None  # optional


def test_contact_stage_needs_a_logged_contact():
    case = Case(
        checks={"official_channel": True, "procedure_asked": True, "own_request_asked": True}
    )
    assert codes(stage_problems(case, "contact")) == {(Code.NO_CONTACTS, None)}
    case.contacts.append(Contact(at=dt.datetime(2026, 11, 1, 9, tzinfo=TZ), channel="phone"))
    assert stage_problems(case, "contact") == []


def test_money_stage_flags_open_fees_and_an_unreturned_deposit():
    case = Case(
        values={
            "ownership": "deposit",
            "all_settled": True,
            "deposit_refund_due": dt.date(2026, 12, 1),
        },
        checks={"fee_list_checked": True},
    )
    case.fees.append(Fee(FeeKind.SIM_DATA, Money(9900), Money(0), Direction.SHOP_IS_OWED))
    found = codes(stage_problems(case, "money"))
    assert (Code.FEES_OUTSTANDING, None) in found
    assert (Code.DEPOSIT_NOT_REFUNDED, "deposit_refunded") in found
    case.fees[0].paid = Money(9900)
    case.values["deposit_refunded"] = True
    assert stage_problems(case, "money") == []


def test_a_stage_that_does_not_apply_has_no_problems():
    case = Case(values={"reason": "fault", "fault_outcome": "repair"})
    assert stage_problems(case, "close") == []
    assert all(p.stage != "close" for p in case_problems(case))


def test_review_lists_stages_not_done():
    case = Case()
    not_done = {p.stage for p in case_problems(case) if p.code is Code.STAGE_NOT_DONE}
    assert not_done == {s.key for s in case.applicable_stages() if not s.is_review}


def test_fees_totals_each_way():
    case = Case()
    case.fees += [
        Fee(FeeKind.RENT, Money(9900), Money(4900)),
        Fee(FeeKind.SERVICE, Money(100), Money(300)),  # overpaid: nothing outstanding
        Fee(FeeKind.DEPOSIT_REFUND, Money(29900), Money(0), Direction.SHOP_IS_OWED),
    ]
    assert case.owed_by_shop() == Money(5000)
    assert case.owed_to_shop() == Money(29900)


def test_pending_dates_and_next_date():
    case = Case(
        values={
            "ownership": "deposit",
            "answer_due": dt.date(2026, 12, 5),
            "deposit_refund_due": dt.date(2026, 12, 1),
            "watch_until": dt.date(2027, 3, 1),
        }
    )
    assert [d.code for d in pending_dates(case)] == [
        DateCode.DEPOSIT_REFUND_DUE,
        DateCode.ANSWER_DUE,
        DateCode.WATCH_UNTIL,
    ]
    case.values["deposit_refunded"] = True
    case.stage_done["apply"] = dt.datetime(2026, 11, 30, tzinfo=TZ)
    assert next_date(case).code is DateCode.WATCH_UNTIL


def test_a_follow_up_is_pending_until_a_later_contact():
    case = Case()
    case.contacts.append(
        Contact(
            at=dt.datetime(2026, 11, 1, 9, tzinfo=TZ),
            channel="phone",
            follow_up=dt.date(2026, 11, 8),
        )
    )
    assert next_date(case).code is DateCode.FOLLOW_UP
    case.contacts.append(Contact(at=dt.datetime(2026, 11, 8, 9, tzinfo=TZ), channel="phone"))
    assert next_date(case) is None


def test_progress_counts_applicable_stages_only():
    case = Case(values={"reason": "fault", "fault_outcome": "replace"})
    case.stage_done["terminal"] = dt.datetime(2026, 11, 1, tzinfo=TZ)
    done, total = case.progress()
    assert (done, total) == (1, 6)  # terminal, backup, contact, money, return, after


def test_review_lists_expected_proof_that_is_missing():
    from posassist.domain.evidence import Category, Evidence, FileKind

    case = Case(values={"terminal_type": "software", "ownership": "bought"})
    missing = {(p.stage, p.key) for p in case_problems(case) if p.code is Code.EVIDENCE_MISSING}
    assert ("backup", "settlement_slip") in missing
    assert ("return", "device_photo") not in missing  # no device with software
    case.evidence.append(
        Evidence(1, "money", Category.SETTLEMENT_SLIP, "slip.jpg", FileKind.JPEG, 10, "ab" * 32)
    )
    missing = {(p.stage, p.key) for p in case_problems(case) if p.code is Code.EVIDENCE_MISSING}
    assert ("backup", "settlement_slip") not in missing, "proof attached anywhere counts"
    # Missing proof never blocks a stage from being marked done.
    assert all(p.code is not Code.EVIDENCE_MISSING for p in stage_problems(case, "backup"))
