"""An evidence row as a domain object (shared by the case and evidence repositories)."""

from __future__ import annotations

from typing import Any

from posassist.domain.evidence import Category, Evidence, FileKind
from posassist.domain.money import Money
from posassist.store.codec import decode_date, decode_time


def evidence_from_row(r: dict[str, Any]) -> Evidence:
    return Evidence(
        case_id=r["case_id"],
        stage=r["stage"],
        category=Category(r["category"]),
        original_name=r["original_name"],
        kind=FileKind(r["kind"]),
        size=r["size"],
        sha256=r["sha256"],
        pages=r["pages"],
        description=r["description"],
        doc_date=decode_date(r["doc_date"]),
        imported_at=decode_time(r["imported_at"]),
        amount=(
            Money(r["amount_minor"], r["amount_currency"])
            if r.get("amount_minor") is not None
            else None
        ),
        note=r["note"],
        removed_at=decode_time(r["removed_at"]) if r["removed_at"] else None,
        id=r["id"],
    )
