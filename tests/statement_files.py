"""Statement files made in tests: a provider's 清分明细 and a bank's 明细, in the forms
Chinese exports take (GBK, preamble lines, full card numbers), and a minimal XLSX."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from xml.sax.saxutils import escape


def luhn_pan(prefix: str, length: int = 16) -> str:
    """A Luhn-valid card number starting with `prefix`."""
    body = prefix.ljust(length - 1, "7")
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char)
        if position % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return body + str((10 - total % 10) % 10)


PANS = [luhn_pan("622202"), luhn_pan("621700", 19), luhn_pan("436742"), luhn_pan("625807", 18)]

PREAMBLE = [
    "某某支付有限公司 商户清分明细",
    "商户名称：小卖部,商户号：898310058120345",
    "起始日期：[2026-10-01]    终止日期：[2026-10-31]",
    "",
]
HEADER = "交易日期,交易时间,交易卡号,交易金额,手续费,清分金额,终端号,参考号,批次号,交易类型"


def provider_lines(rows: list[tuple]) -> list[str]:
    """rows: (date, amount '100.00', fee, net, pan, batch, kind); a row's reference is
    its date and batch."""
    out = []
    for day, amount, fee, net, pan, batch, kind in rows:
        amount = f'"{amount}"' if "," in amount else amount
        # The same sale has the same time and reference in every export that lists it.
        reference = day.replace("-", "") + batch
        out.append(f"{day},10:00:00,{pan},{amount},{fee},{net},12345678,{reference},{batch},{kind}")
    return out


def provider_csv(rows: list[tuple], encoding: str = "gbk", footer: bool = True) -> bytes:
    lines = PREAMBLE + [HEADER] + provider_lines(rows)
    if footer:
        lines += ["", "合计,,,,,,,,,", "以上数据仅供参考"]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def bank_csv(credits: list[tuple[str, str, str]]) -> bytes:
    """credits: (date, amount in, amount out) rows of a bank 明细, GBK with a preamble."""
    lines = [
        "明细查询文件下载",
        "账号: 6222****0123,户名: 小卖部",
        "",
        "交易日期,摘要,收入金额,支出金额,余额,对方户名",
    ]
    for day, inflow, outflow in credits:
        lines.append(f'{day},POS清算,{inflow},{outflow},"1,000.00",某某支付有限公司')
    return ("\r\n".join(lines) + "\r\n").encode("gb18030")


def days(start: dt.date, count: int) -> list[str]:
    return [(start + dt.timedelta(days=i)).isoformat() for i in range(count)]


def xlsx(rows: list[list[str]], sheet: str = "明细") -> bytes:
    """A minimal XLSX with inline-string cells (what a spreadsheet program reads)."""

    def cell(ref: str, value: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'

    body = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row))
        body.append(f'<row r="{r}">{cells}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" '
            f'xmlns:r="{rel}"><sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>'
            + "".join(body)
            + "</sheetData></worksheet>"
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text)
    return out.getvalue()
