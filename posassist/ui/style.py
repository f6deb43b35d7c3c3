"""The app's look: calm, roomy, readable. Colours pass WCAG AA on white.

Bold is weight 700, never 600: Qt fakes bold for a font without a bold face (the
Chinese WenQuanYi Micro Hei) only from 700, so at 600 "您的POS机" mixed weights.
"""

STYLE_SHEET = """
QLabel#pageTitle { font-size: 20px; font-weight: 700; color: #1f3a5f; }
QLabel#caseTitle { font-size: 15px; font-weight: 700; padding-left: 8px; }
QLabel#guidance {
    background: #f3f7fb; border: 1px solid #d5e1ee; border-radius: 6px; padding: 10px 14px;
    color: #202124;
}
QLabel#inlineMessage[severity="warning"] { color: #a3420b; }
QLabel#inlineMessage[severity="info"] { color: #1a5d8f; }
QLabel#requiredNote, QLabel#hint { color: #5f6368; }
QLabel#emptyHint {
    color: #5f6368; font-size: 15px; padding: 40px; qproperty-alignment: AlignCenter;
}
QWidget#wizardHeader, QWidget#wizardFooter { background: #eef2f6; }
QListWidget#stageList { border: none; border-right: 1px solid #d5dbe1; padding: 6px; }
QListWidget#stageList::item { padding: 7px 4px; border-radius: 4px; }
QListWidget#stageList::item:selected { background: #dbe8f6; color: #0b2d52; }
QGroupBox {
    font-weight: 700; border: 1px solid #d5dbe1; border-radius: 6px;
    margin-top: 10px; padding: 10px 8px 8px 8px;
}
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QLineEdit, QGroupBox QComboBox,
QGroupBox QTableView, QGroupBox QPlainTextEdit, QGroupBox QTreeWidget, QGroupBox QDateEdit,
QGroupBox QPushButton { font-weight: normal; }
QFrame#findingCard { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 6px; }
QFrame#findingCard[explained="true"] { background: #f4f7f4; }
QGroupBox QLabel#findingTitle, QGroupBox QLabel#findingAmount { font-weight: 700; }
QGroupBox QLabel#findingAmount { color: #a3420b; }
QLabel#findingDate, QLabel#findingRows { color: #5f6368; }
QLabel#findingNote { color: #1a5d8f; }
QPushButton#markDone, QPushButton#caseDone, QPushButton#newCase { padding: 6px 16px; }
"""
