"""The written sections of a dossier: cover, contents, summary, chronology, money, findings,
contacts and the evidence index, a module each. Each builder returns flowables; none of
them reads the database. The long tables they share are row_table.RowTable."""

from posassist.report.sections.chronology import chronology_section
from posassist.report.sections.common import WIDTH, facts_table, section_break
from posassist.report.sections.contacts import contacts
from posassist.report.sections.contents import contents
from posassist.report.sections.cover import CoverFacts, case_title, cover
from posassist.report.sections.evidence_index import evidence_index
from posassist.report.sections.findings import findings
from posassist.report.sections.money import money
from posassist.report.sections.row_table import Row, RowTable
from posassist.report.sections.summary import summary

__all__ = [
    "WIDTH",
    "CoverFacts",
    "Row",
    "RowTable",
    "case_title",
    "chronology_section",
    "contacts",
    "contents",
    "cover",
    "evidence_index",
    "facts_table",
    "findings",
    "money",
    "section_break",
    "summary",
]
