"""A realistic filled-in case: a small Chinese shop closing down, leased hardware terminal.

It holds every fact the five letters need (domain.letters), an agent for the power of
attorney included; `add_demo_evidence` attaches sample records (text and CSV, marked 示例)
for the letters to cite. The owner's ID number is never part of it: it is given when a
letter is made.
"""

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
        "owner_name": "王建国",
        "owner_phone": "138-0000-0000",
        "shop_address": "某市某区某某路 18 号（示例）",
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
        "acquirer_address": "某市某区金融大街 1 号（示例）",
        "agent_name": "王小明",
        "agent_id_number": "110101199003074514",
        "agent_phone": "139-0000-0000",
        "agent_until": day(80),
        "applied_on": day(-10),
        "apply_channel": "hotline",
        "apply_reference": "GD20261115-0372",
        "answer_due": day(4),
        "requested_close_on": day(5),
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


# (stage, category, days before today, name, description, text): what a shop keeps.
_SAMPLES = (
    (
        "backup",
        "transaction_record",
        -11,
        "示例-交易明细.csv",
        "商户 App 导出的交易明细（示例）",
        "交易日期,终端号,卡号,交易金额,手续费,结算金额\n"
        "{d14},20581034,622848******1234,1200.00,7.20,1192.80\n"
        "{d13},20581034,621700******5678,870.00,5.22,864.78\n"
        "{d12},20581034,622202******9012,1000.00,6.00,994.00\n",
    ),
    (
        "backup",
        "settlement_slip",
        -11,
        "示例-结算单.txt",
        "签退后打印的结算单（示例）",
        "结算单（示例）\n商户编号：898310058120345\n终端编号：20581034\n"
        "机身序列号：N910A2318841\n结算日期：{d11}\n笔数：3  金额：3070.00\n",
    ),
    (
        "contact",
        "correspondence",
        -10,
        "示例-客服工单记录.txt",
        "客服受理注销申请的工单记录（示例）",
        "工单号：GD20261115-0372\n受理时间：{d10} 15:05\n受理人：工号 3127\n"
        "内容：商户申请注销，要求书面确认为商户主动申请；7 个工作日内处理。\n",
    ),
    (
        "money",
        "fee_receipt",
        -5,
        "示例-扣费明细.csv",
        "停用后仍扣除流量费的扣费明细（示例）",
        "扣费日期,项目,金额,说明\n{d5},流量费,99.00,从结算款中扣除（已申请停用）\n",
    ),
)


def add_demo_evidence(db, case_id: int, today: dt.date | None = None) -> int:
    """Attach the sample records to the sample case; returns how many were stored."""
    from posassist.domain.evidence import Category
    from posassist.evidence.pipeline import import_files
    from posassist.store.evidence import EvidenceRepository

    today = today or dt.date.today()
    days = {f"d{n}": (today - dt.timedelta(days=n)).isoformat() for n in range(1, 31)}
    repo = EvidenceRepository(db)
    stored = 0
    for stage, category, offset, name, description, text in _SAMPLES:
        data = text.format(**days).encode("utf-8")
        (outcome,) = import_files(repo, case_id, stage, [(name, data)], Category(category))
        if outcome.evidence_id is not None:
            repo.update(
                outcome.evidence_id,
                description=description,
                doc_date=today + dt.timedelta(days=offset),
            )
            stored += 1
    return stored
