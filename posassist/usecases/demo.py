"""A realistic filled-in case: a small Chinese shop closing down, leased hardware terminal."""

from __future__ import annotations

import datetime as dt

from posassist.domain.case import Contact, Direction, Fee, FeeKind
from posassist.domain.money import Money
from posassist.store.cases import CaseRepository


def add_demo_case(repo: CaseRepository, today: dt.date | None = None) -> int:
    today = today or dt.date.today()
    tz = dt.datetime.now().astimezone().tzinfo

    def day(offset: int) -> dt.date:
        return today + dt.timedelta(days=offset)

    def at(offset: int, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day(offset), dt.time(hour, minute), tzinfo=tz)

    case_id = repo.create(
        {
            "shop_name": "老王家常菜馆",
            "provider": "某某支付服务商（示例）",
            "terminal_type": "hardware",
            "ownership": "leased",
            "reason": "closing",
            "currency": "CNY",
        }
    )
    for key, value in {
        "hotline": "400-000-0000",
        "contract_no": "HT-2023-004417",
        "merchant_id": "898310058120345",
        "terminal_id": "20581034",
        "serial_no": "N910A2318841",
        "bank_name": "中国建设银行",
        "bank_last4": "6721",
        "last_transaction_on": day(-12),
        "last_settlement_on": day(-11),
        "amount_to_settle": Money(0),
        "last_card_day": day(-12),
        "notice_posted_on": day(-26),
        "acquirer": "某某收单机构（示例）",
        "applied_on": day(-10),
        "apply_channel": "hotline",
        "apply_reference": "GD20261115-0372",
        "answer_due": day(4),
    }.items():
        repo.set_value(case_id, key, value)
    for item in (
        "label_photographed",
        "contract_found",
        "transactions_downloaded",
        "settlements_downloaded",
        "batch_settled",
        "slips_kept",
        "notice_at_till",
        "official_channel",
        "procedure_asked",
        "own_request_asked",
        "application_copy_kept",
    ):
        repo.set_check(case_id, item, True)
    repo.add_contact(
        case_id,
        Contact(
            at=at(-14, 10, 20),
            channel="phone",
            person="客服 李女士",
            reference="",
            summary="询问停用流程：需先结算、签退，再申请注销；设备需寄回，租金按月结清。",
            follow_up=day(-10),
        ),
    )
    repo.add_contact(
        case_id,
        Contact(
            at=at(-10, 15, 5),
            channel="phone",
            person="客服 工号 3127",
            reference="GD20261115-0372",
            summary="提交注销申请，要求书面确认为商户主动申请；答复 7 个工作日内处理。",
            follow_up=day(4),
        ),
    )
    repo.add_fee(
        case_id,
        Fee(FeeKind.RENT, Money(9900), Money(9900), Direction.SHOP_PAYS, day(-30), "11月租金"),
    )
    repo.add_fee(
        case_id,
        Fee(
            FeeKind.SIM_DATA,
            Money(9900),
            Money(0),
            Direction.SHOP_IS_OWED,
            day(-5),
            "停用后仍从结算款中扣除流量费，要求退还",
        ),
    )
    repo.add_fee(
        case_id,
        Fee(
            FeeKind.TRANSACTION,
            Money(1842),
            Money(1842),
            Direction.SHOP_PAYS,
            day(-11),
            "最后一批交易手续费 0.6%",
        ),
    )
    for stage in ("terminal", "backup", "customers", "contact", "apply"):
        repo.mark_stage_done(case_id, stage)
    repo.set_current_stage(case_id, "money")
    return case_id
