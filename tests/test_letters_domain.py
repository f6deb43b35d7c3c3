"""Which facts each letter needs (domain.letters), checked on plain cases."""

from __future__ import annotations

import datetime as dt

from posassist.domain.case import Case, Contact, Direction, Fee, FeeKind
from posassist.domain.evidence import Category, Evidence, FileKind
from posassist.domain.letters import (
    LETTERS,
    LetterKind,
    Missing,
    Need,
    id_number_ok,
    missing_facts,
    refund_items,
    refund_total,
)
from posassist.domain.money import Money

TZ = dt.timezone(dt.timedelta(hours=8))
GOOD_ID = "11010519491231002X"


def full_case(**values) -> Case:
    base = {
        "shop_name": "老王家常菜馆",
        "owner_name": "王建国",
        "owner_phone": "138-0000-0000",
        "provider": "服务商",
        "acquirer": "收单机构",
        "acquirer_address": "金融大街 1 号",
        "merchant_id": "898310058120345",
        "terminal_id": "20581034",
        "serial_no": "N910A2318841",
        "requested_close_on": dt.date(2026, 11, 20),
        "bank_name": "中国建设银行",
        "bank_last4": "6721",
        "agent_name": "王小明",
        "agent_id_number": GOOD_ID,
        "agent_until": dt.date(2027, 2, 1),
        "applied_on": dt.date(2026, 11, 15),
        "terminal_type": "hardware",
        "ownership": "leased",
        "reason": "closing",
    }
    base.update(values)
    return Case(
        values={k: v for k, v in base.items() if v is not None},
        contacts=[Contact(dt.datetime(2026, 11, 15, 15, 5, tzinfo=TZ), "phone", summary="受理")],
        fees=[
            Fee(FeeKind.SIM_DATA, Money(9900), Money(0), Direction.SHOP_IS_OWED),
            Fee(FeeKind.RENT, Money(9900), Money(9900)),
        ],
        evidence=[
            Evidence(1, "money", Category.FEE_RECEIPT, "f.csv", FileKind.CSV, 10, "a" * 64),
            Evidence(1, "contact", Category.CORRESPONDENCE, "c.txt", FileKind.TEXT, 10, "b" * 64),
        ],
    )


def test_a_full_case_lacks_nothing_for_any_letter():
    case = full_case()
    for kind in LetterKind:
        assert missing_facts(kind, case, GOOD_ID) == [], kind


def test_each_empty_fact_is_named_once_in_the_letters_order():
    case = full_case(merchant_id=None, owner_phone=None)
    assert missing_facts(LetterKind.CLOSE, case) == [
        Missing(Need.FIELD, "owner_phone"),
        Missing(Need.FIELD, "merchant_id"),
    ]
    assert Missing(Need.FIELD, "merchant_id").stage == "terminal"


def test_the_serial_is_not_needed_for_software_and_close_not_for_a_repair():
    software = full_case(terminal_type="software", serial_no=None)
    assert missing_facts(LetterKind.CLOSE, software) == []
    repair = full_case(reason="fault", fault_outcome="repair")
    assert Missing(Need.NOT_CLOSING) in missing_facts(LetterKind.CLOSE, repair)
    # the closing date is asked on the application step, which a repair skips
    assert Missing(Need.FIELD, "requested_close_on") not in missing_facts(LetterKind.CLOSE, repair)


def test_the_id_number_is_needed_by_the_pbc_complaint_and_the_power_of_attorney():
    case = full_case()
    for kind in LetterKind:
        needs = Missing(Need.ID_NUMBER) in missing_facts(kind, case)
        assert needs == LETTERS[kind].needs_id_number, kind
    assert missing_facts(LetterKind.CLOSE, case, "110105194912310021") == [
        Missing(Need.BAD_ID_NUMBER)
    ]


def test_id_numbers():
    assert id_number_ok(GOOD_ID) and id_number_ok(" 11010519491231002x ")
    assert not id_number_ok("110105194912310021")  # wrong check digit
    assert id_number_ok("E12345678")  # a passport
    assert not id_number_ok("12")


def test_refund_takes_owed_fees_and_an_unreturned_deposit():
    case = full_case(ownership="deposit", deposit_amount=Money(29900))
    items = refund_items(case)
    assert [(i.kind, i.amount.minor) for i in items] == [
        (FeeKind.SIM_DATA, 9900),
        (FeeKind.DEPOSIT_REFUND, 29900),
    ]
    assert refund_total(case) == Money(39800)
    case.values["deposit_refunded"] = True
    assert refund_total(case) == Money(9900)


def test_nothing_owed_and_closure_confirmed_leaves_nothing_to_ask():
    case = full_case(closure_reference="ZX-1")
    case.fees = []
    assert Missing(Need.REFUND) in missing_facts(LetterKind.REFUND, case)
    assert Missing(Need.GRIEVANCE) in missing_facts(LetterKind.COMPLAINT, case)


def test_complaints_need_the_log_and_letters_need_proof():
    case = full_case()
    case.contacts = []
    case.evidence = []
    missing = missing_facts(LetterKind.COMPLAINT_PBC, case, GOOD_ID)
    assert Missing(Need.PROVIDER_ANSWER) in missing
    assert Missing(Need.EVIDENCE, "correspondence") in missing
    assert Missing(Need.CONTACT) in missing_facts(LetterKind.COMPLAINT, case)
    # the power of attorney cites proof when there is some, but does not need it
    assert missing_facts(LetterKind.POWER_OF_ATTORNEY, case, GOOD_ID) == []
