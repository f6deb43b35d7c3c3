"""Which column is which: header names in Chinese, English and the exports' own words.

A header is normalised (NFKC, lower case, no spaces, no unit suffix such as '(元)' or
'(NC)') and looked up in NAMES, field by field in order of preference; the first name
present wins and a column serves one field only. PRESETS name the layouts of the corpus
(and of the exports shops get) and fix what the general names would get wrong.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# Every field a row can carry. Amount fields may take several columns, summed.
FIELDS = (
    "date",
    "time",
    "amount",
    "amount_in",
    "amount_out",
    "direction",
    "fee",
    "net",
    "net_in",
    "net_out",
    "settled_on",
    "currency",
    "amount_currency",
    "card",
    "merchant_id",
    "terminal_id",
    "reference",
    "batch",
    "kind",
    "status",
    "description",
)
AMOUNT_FIELDS = ("amount", "amount_in", "amount_out", "fee", "net", "net_in", "net_out")

NAMES: dict[str, tuple[str, ...]] = {
    "date": (
        "交易日期",
        "交易时间",
        "交易创建时间",
        "交易日",
        "记账日期",
        "记账日",
        "入账日期",
        "日期",
        "时间",
        "transactiondate",
        "date",
        "creationdate",
        "buchungstag",
        "buchungsdatum",
        "buchung",
        "datum",
        "fecha",
        "settlementdate",
    ),
    "time": ("交易时间", "时间", "time", "uhrzeit", "hora"),
    "amount": (
        "交易金额",
        "实付金额",
        "金额",
        "订单金额",
        "发生额",
        "gross",
        "amount",
        "transactionamount",
        "brutto",
        "betrag",
        "bruto",
        "importe",
        "settlementamount",
    ),
    "amount_in": (
        "记账金额(收入)",
        "收入金额",
        "收入",
        "贷方金额",
        "贷方发生额",
        "存入金额",
        "交易金额(收入)",
        "grosscredit",
        "credit",
        "haben",
    ),
    "amount_out": (
        "记账金额(支出)",
        "支出金额",
        "支出",
        "借方金额",
        "借方发生额",
        "取出金额",
        "交易金额(支出)",
        "grossdebit",
        "debit",
        "soll",
    ),
    "direction": ("收/支", "收支", "收支类型", "借贷标志", "借贷", "dr/cr", "debit/credit"),
    "fee": (
        "手续费",
        "交易手续费",
        "手续费金额",
        "商户手续费",
        "服务费",
        "fee",
        "fees",
        "commission",
        "totalfeeamount",
        "gebühr",
        "comisión",
        "comision",
    ),
    "net": (
        "结算金额",
        "清分金额",
        "实际入账金额",
        "应结算金额",
        "清算净额",
        "净额",
        "入账金额",
        "清算金额",
        "到账金额",
        "实收金额",
        "应结金额",
        "net",
        "netamount",
        "netto",
        "neto",
    ),
    "net_in": ("netcredit",),
    "net_out": ("netdebit",),
    "settled_on": (
        "结算日期",
        "清算日期",
        "清分日期",
        "入账日期",
        "到账日期",
        "划款日期",
        "disbursementdate",
        "bookingdate",
        "payoutdate",
        "wertstellung",
        "wertstellungsdatum",
    ),
    "currency": (
        "币种",
        "交易币种",
        "记账币种",
        "币别",
        "currency",
        "netcurrency",
        "settlementcurrency",
        "währung",
        "divisa",
    ),
    "amount_currency": ("grosscurrency", "原币种"),
    "card": ("卡号", "交易卡号", "银行卡号", "卡号/账号", "cardnumber", "cardno", "pan"),
    "merchant_id": (
        "商户号",
        "商户编号",
        "商户代码",
        "merchantid",
        "merchantaccount",
        "merchantaccountid",
    ),
    "terminal_id": ("终端号", "终端编号", "终端代码", "terminalid", "terminal", "tid"),
    "reference": (
        "参考号",
        "检索参考号",
        "系统参考号",
        "流水号",
        "交易流水号",
        "交易单号",
        "交易订单号",
        "订单号",
        "凭证号",
        "交易参考号",
        "终端流水号",
        "transactionid",
        "pspreference",
        "reference",
        "transaktionscode",
        "id.detransacción",
    ),
    "batch": ("批次号", "批次", "清算批次", "batchnumber", "batch", "batchno"),
    "kind": (
        "交易类型",
        "摘要",
        "交易摘要",
        "交易名称",
        "业务摘要",
        "交易类别",
        "交易分类",
        "type",
        "transactiontype",
        "umsatzart",
        "typ",
        "umsatztyp",
        "buchungstext",
    ),
    "status": ("交易状态", "当前状态", "状态", "status"),
    "description": (
        "交易对方",
        "对手信息",
        "对方账户名",
        "对方名称",
        "附言",
        "交易描述",
        "用途",
        "商品说明",
        "商品",
        "订单标题",
        "交易详情",
        "对方户名",
        "商户名称",
        "交易说明",
        "name",
        "description",
        "descripción",
        "verwendungszweck",
        "subject",
        "auftraggeber/empfänger",
        "buchungstext",
    ),
}

# Columns the app must never store (PCI DSS 3.3: no CVV2/CVC2, track data, PIN, expiry).
_SENSITIVE_WORDS = re.compile(
    r"cvv|cvc|cvn|cav2|securitycode|卡验证|安全码|校验值|磁道|磁条|trackdata|track[12]|"
    r"pinblock|密码|有效期|expiry|expiration|validthru"
)
_SENSITIVE_TOKENS = frozenset({"pin", "track", "cid"})

_UNIT_SUFFIX = re.compile(r"\((?:元|人民币|¥|€|\$|gc|nc|cny|rmb|eur|usd)\)$")


_UNIT_CURRENCY = {
    "元": "CNY",
    "人民币": "CNY",
    "¥": "CNY",
    "cny": "CNY",
    "rmb": "CNY",
    "€": "EUR",
    "eur": "EUR",
    "$": "USD",
    "usd": "USD",
}


def unit_currency(header: str) -> str | None:
    """The currency a header names as its unit: 'Betrag (€)' -> 'EUR', '金额(元)' -> 'CNY'."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", header).lower())
    match = _UNIT_SUFFIX.search(text)
    return _UNIT_CURRENCY.get(match.group(0)[1:-1]) if match else None


def normalise(header: str) -> str:
    text = unicodedata.normalize("NFKC", header).lower()
    text = re.sub(r"[\s\ufeff]+", "", text)
    return _UNIT_SUFFIX.sub("", text)


def sensitive(header: str) -> bool:
    """A header naming card-verification, track, PIN or expiry data."""
    norm = normalise(header)
    if _SENSITIVE_WORDS.search(norm):
        return True
    tokens = re.split(r"[^a-z0-9]+", unicodedata.normalize("NFKC", header).lower())
    return any(token in _SENSITIVE_TOKENS for token in tokens)


@dataclass(frozen=True)
class Preset:
    name: str
    source: str  # 'provider' or 'bank': what such a file usually is
    signature: frozenset[str]
    overrides: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fee_negative: bool = False  # the export writes fees charged as negative numbers


def _p(name: str, source: str, signature: tuple[str, ...], **overrides: tuple[str, ...]) -> Preset:
    return Preset(name, source, frozenset(signature), overrides)


PRESETS: tuple[Preset, ...] = (
    _p("alipay", "provider", ("交易分类", "交易对方", "商品说明", "收/付款方式", "交易订单号")),
    _p("wechat", "provider", ("交易单号", "商户单号", "当前状态", "收/支")),
    _p("jd", "provider", ("商户名称", "交易说明", "收/付款方式", "交易订单号")),
    _p(
        "meituan",
        "provider",
        ("交易创建时间", "实付金额", "商家单号"),
        amount=("实付金额",),
    ),
    _p(
        "icbc",
        "bank",
        ("记账金额(收入)", "记账金额(支出)", "对方户名"),
        description=("对方户名",),
        currency=("记账币种",),
    ),
    _p("ccb", "bank", ("记账日", "账户余额", "交易地点"), date=("交易日期",)),
    _p(
        "adyen",
        "provider",
        ("pspreference", "grosscredit", "netcredit", "batchnumber"),
        fee=("commission", "markup", "schemefees", "interchange"),
        date=("creationdate",),
        reference=("pspreference",),
        merchant_id=("merchantaccount",),
    ),
    _p(
        "braintree",
        "provider",
        ("settlementamount", "disbursementdate", "transactionid"),
        amount=("settlementamount",),
        currency=("settlementcurrency",),
        kind=("transactiontype",),
    ),
    Preset("paypal", "provider", frozenset({"gross", "fee", "net", "transactionid"}), {}, True),
    Preset("paypal_es", "provider", frozenset({"bruto", "comisión", "neto"}), {}, True),
    Preset("paypal_de", "provider", frozenset({"brutto", "gebühr", "netto"}), {}, True),
    _p("commerzbank", "bank", ("buchungstag", "umsatzart", "betrag")),
    _p("dkb", "bank", ("buchungsdatum", "umsatztyp", "betrag")),
    _p("ing", "bank", ("buchung", "wertstellungsdatum", "betrag")),
)


def preset_for(headers: list[str]) -> Preset | None:
    present = {normalise(h) for h in headers}
    for preset in PRESETS:
        if preset.signature <= present:
            return preset
    return None


def recognise(headers: list[str], preset: Preset | None = None) -> dict[str, tuple[int, ...]]:
    """Field -> column indices, from the header names (and a preset's overrides)."""
    index: dict[str, int] = {}
    for position, header in enumerate(headers):
        index.setdefault(normalise(header), position)
    mapping: dict[str, tuple[int, ...]] = {}
    used: set[int] = set()
    overrides = preset.overrides if preset else {}
    for name in FIELDS:  # overrides first: they take their columns before the general names
        if name in overrides:
            columns = tuple(index[h] for h in overrides[name] if h in index)
            if columns:
                mapping[name] = columns
                used.update(columns)
    for name in FIELDS:
        if name in mapping:
            continue
        for candidate in NAMES[name]:
            position = index.get(candidate)
            if position is not None and position not in used:
                mapping[name] = (position,)
                used.add(position)
                break
    return mapping


def usable(mapping: dict[str, tuple[int, ...]]) -> bool:
    """A date and something that is an amount: enough to read rows."""
    has_amount = any(f in mapping for f in ("amount", "amount_in", "amount_out", "net", "net_in"))
    return "date" in mapping and has_amount


def score(mapping: dict[str, tuple[int, ...]]) -> int:
    return len(mapping) + (10 if usable(mapping) else 0)
