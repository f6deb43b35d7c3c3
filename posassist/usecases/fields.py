"""Setting a case's fields from typed text (`posassist set CASE_ID key=value …`): every
value checked first, then all written in one transaction, with the values they imply
(the watch date that follows a closing date), as the window's session writes them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from posassist.domain import catalogue
from posassist.domain.field_input import FieldInputError, ParsedValue, parse_field
from posassist.domain.reminders import implied_values


class UnknownField(KeyError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class Assignment:
    key: str
    parsed: ParsedValue


def parse_assignments(pairs: Sequence[tuple[str, str]], currency: str) -> list[Assignment]:
    """Raises UnknownField or FieldInputError for the first pair that is wrong."""
    made = []
    for key, text in pairs:
        spec = catalogue.FIELDS.get(key)
        if spec is None:
            raise UnknownField(key)
        made.append(Assignment(key, parse_field(spec, text, currency)))
    return made


def set_fields(case_file: Path, case_id: int, pairs: Sequence[tuple[str, str]]) -> list[Assignment]:
    """Check every pair, then write them all or none. Raises UnknownCase, UnknownField,
    FieldInputError."""
    from posassist.usecases.cases import open_case_file

    opened = open_case_file(case_file)
    try:
        case = opened.load(case_id)
        currency_text = dict(pairs).get("currency")
        currency = currency_text.strip() if currency_text else case.currency
        assignments = parse_assignments(pairs, currency)
        with opened.db.atomic():  # all or nothing
            for assignment in assignments:
                value = assignment.parsed.value
                opened.cases.set_value(
                    case_id, assignment.key, value, implied_values(case, assignment.key, value)
                )
                case = opened.load(case_id)
    finally:
        opened.close()
    _check_again(case_file, case_id, {a.key for a in assignments})
    return assignments


def _check_again(case_file: Path, case_id: int, keys: set[str]) -> None:
    """The stored findings follow the terms they are measured by (the agreed rate, the
    closing date …), as the window's money page runs the check again when they change."""
    from posassist.usecases.statements import CASE_KEYS, check_case, statement_names

    if keys & set(CASE_KEYS) and statement_names(case_file, case_id):
        check_case(case_file, case_id)


__all__ = ["Assignment", "FieldInputError", "UnknownField", "parse_assignments", "set_fields"]
