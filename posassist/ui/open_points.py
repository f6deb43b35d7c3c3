"""The review's open points: per step its status, what is required and what is suggested.

Plain labels in the review page's own scroll area, so one scroll bar moves the whole
review (a tree inside the page scrolled on its own). A point is *required* when it
stands between the step and done (a required field, a box to tick, a log or a fee still
open); it is *suggested* when the step can be finished without it: proof not attached
yet, or a number with an unusual count of digits. So a step marked done never lists
missing proof the way an in-progress step lists a missing required field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from posassist.domain import catalogue
from posassist.domain.case import Case, StageStatus
from posassist.domain.completeness import Code, Problem, case_problems
from posassist.ui.status_icons import status_icon
from posassist.words import texts

translate = QCoreApplication.translate
SUGGESTION_CODES = frozenset({Code.EVIDENCE_MISSING, Code.WRONG_LENGTH})
STATUS_COLOURS = {
    StageStatus.DONE: "#1b6e3a",
    StageStatus.IN_PROGRESS: "#8a5a00",
    StageStatus.NOT_STARTED: "#5f6368",
    StageStatus.NOT_NEEDED: "#767676",
}
POINTS_STYLE = """
QLabel#stepName { font-weight: 700; }
QLabel#stepName[notNeeded="true"] { font-weight: normal; color: #767676; }
QLabel#requiredCaption { color: #a3420b; font-weight: 700; }
QLabel#suggestedCaption { color: #1a5d8f; font-weight: 700; }
QLabel#suggestedPoint { color: #4d5156; }
QLabel#pointsSummary { font-weight: 700; }
QFrame#stepSeparator { color: #e1e5ea; }
QPushButton[role="goTo"] { color: #1a5d8f; border: none; padding: 2px 6px; background: none; }
QPushButton[role="goTo"]:hover { text-decoration: underline; }
QPushButton[role="goTo"]:focus { border: 1px solid #1a5d8f; border-radius: 3px; }
"""


def is_suggestion(problem: Problem) -> bool:
    return problem.code in SUGGESTION_CODES


def point_text(problem: Problem) -> str:
    if problem.code is Code.EVIDENCE_MISSING and problem.key:
        return translate("ReviewPage", "Proof you could attach: %1").replace(
            "%1", texts.category(problem.key)
        )
    return texts.problem(problem)


class OpenPoints(QWidget):
    go_to = Signal(str)  # a step's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openPoints")
        self.setStyleSheet(POINTS_STYLE)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setSpacing(6)
        self.summary = QLabel()
        self.summary.setObjectName("pointsSummary")
        self.summary.setWordWrap(True)
        self.outer.addWidget(self.summary)
        legend = QLabel(
            translate(
                "ReviewPage",
                "Required points stand between a step and done. Suggestions make the "
                "dossier stronger, but a step can be finished without them.",
            )
        )
        legend.setObjectName("hint")
        legend.setWordWrap(True)
        self.outer.addWidget(legend)
        self.steps: QWidget | None = None
        self.go_buttons: dict[str, QPushButton] = {}

    def show_case(self, case: Case) -> None:
        # "Not marked done" is listed too (last, under Required): the counts are the lines.
        problems = case_problems(case)
        required = sum(1 for p in problems if not is_suggestion(p))
        suggested = sum(1 for p in problems if is_suggestion(p))
        self.summary.setText(
            translate("ReviewPage", "Required: %1 · Suggested: %2")
            .replace("%1", str(required))
            .replace("%2", str(suggested))
        )
        if self.steps is not None:
            self.outer.removeWidget(self.steps)
            self.steps.deleteLater()
        self.steps = QWidget()
        self.steps.setObjectName("reviewSteps")
        column = QVBoxLayout(self.steps)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(8)
        self.go_buttons = {}
        first = True
        for number, stage in enumerate(catalogue.STAGES, start=1):
            if stage.is_review:
                continue
            if not first:
                line = QFrame()
                line.setObjectName("stepSeparator")
                line.setFrameShape(QFrame.Shape.HLine)
                column.addWidget(line)
            first = False
            mine = [p for p in problems if p.stage == stage.key]
            column.addWidget(self._step(case, number, stage.key, mine))
        self.outer.addWidget(self.steps)

    def _step(self, case: Case, number: int, key: str, problems: list[Problem]) -> QWidget:
        status = case.stage_status(key)
        block = QWidget()
        block.setObjectName(f"reviewStep_{key}")
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        head = QHBoxLayout()
        head.setSpacing(8)
        icon = QLabel()
        icon.setPixmap(status_icon(status).pixmap(QSize(18, 18)))
        head.addWidget(icon)
        name = QLabel(f"{number}. {texts.stage_title(key)}")
        name.setObjectName("stepName")
        name.setProperty("notNeeded", status is StageStatus.NOT_NEEDED)
        name.setWordWrap(True)
        head.addWidget(name, 1)
        state = QLabel(texts.stage_status(status))
        state.setObjectName("stepStatus")
        state.setStyleSheet(f"color: {STATUS_COLOURS[status]};")
        head.addWidget(state)
        go = QPushButton(translate("ReviewPage", "Go to this step") + " ›")
        go.setObjectName(f"goTo_{key}")
        go.setProperty("role", "goTo")
        go.setFlat(True)
        go.clicked.connect(lambda _c=False, key=key: self.go_to.emit(key))
        self.go_buttons[key] = go
        head.addWidget(go)
        layout.addLayout(head)
        required = [p for p in problems if not is_suggestion(p)]
        suggested = [p for p in problems if is_suggestion(p)]
        for caption, name_, points in (
            (translate("ReviewPage", "Required"), "required", required),
            (translate("ReviewPage", "Suggested"), "suggested", suggested),
        ):
            if not points:
                continue
            label = QLabel(caption)
            label.setObjectName(f"{name_}Caption")
            label.setContentsMargins(26, 2, 0, 0)
            layout.addWidget(label)
            for problem in points:
                line = QLabel(f"•  {point_text(problem)}")
                line.setObjectName(f"{name_}Point")
                line.setWordWrap(True)
                line.setContentsMargins(38, 0, 0, 0)
                layout.addWidget(line)
        return block
