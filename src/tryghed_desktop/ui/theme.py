"""Ward-PC look: a large base font, tall click targets, calm colours with strong contrast."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 12
ACCENT = "#1d4e89"

STYLESHEET = f"""
QPushButton, QComboBox, QLineEdit, QToolButton {{ min-height: 32px; }}
QPushButton {{ padding: 4px 14px; }}
QComboBox {{ padding: 2px 8px; }}
QLineEdit#filterField {{ min-height: 42px; font-size: 15pt; padding: 0 8px;
    border: 2px solid #9aa5b1; border-radius: 6px; }}
QLineEdit#filterField:focus {{ border-color: {ACCENT}; }}
QListView#residentList {{ border: 1px solid #cbd2d9; border-radius: 4px; }}
QListView#residentList::item:selected {{ background: {ACCENT}; color: white; }}
QLabel#countLabel {{ color: #52606d; }}
QLabel#cardName {{ font-size: 22pt; font-weight: bold; }}
QLabel#residentFacts {{ color: #3e4c59; }}
QLabel#chip {{ border-radius: 11px; padding: 1px 9px; border: 1px solid palette(mid); font-size: 11pt; }}
QLabel#planTitle {{ font-weight: bold; padding-right: 8px; }}
QLabel#placeholderTitle {{ font-size: 18pt; color: #3e4c59; }}
QLabel#placeholderText {{ color: #52606d; }}
QFrame#residentHeader {{ border-bottom: 1px solid #cbd2d9; }}
QFrame#openVersionNotice {{ border: 2px solid #b7791f; border-radius: 6px; background: #fff8e1; }}
QFrame#openVersionNotice[returned="true"] {{ border-color: #8e1b1b; background: #fde7e7; }}
QToolBar#mainToolbar {{ spacing: 8px; padding: 4px 8px; }}
QToolBar#mainToolbar QToolButton {{ min-height: 38px; padding: 4px 18px; font-weight: bold;
    border: 2px solid {ACCENT}; border-radius: 6px; color: {ACCENT}; background: white; }}
QToolBar#mainToolbar QToolButton:hover {{ background: #e8eef6; }}
/* A button that does nothing now must look it: grey, dashed (also on a b/w screen shot or print). */
QToolBar#mainToolbar QToolButton:disabled {{ color: #8a96a3; border: 2px dashed #b7c1cb;
    background: #f4f6f8; }}
QFrame#choiceRow {{ border: 2px solid transparent; border-radius: 6px; }}
QFrame#choiceRow[focused="true"] {{ border-color: {ACCENT}; }}
/* Not bold: a button is as wide as its text in the normal weight, and bold would cut the label. */
QFrame#choiceRow QPushButton:checked {{ background: {ACCENT}; color: white;
    border: 1px solid {ACCENT}; border-radius: 4px; }}
QLabel#problemLabel {{ color: #8e1b1b; background: #fde7e7; border: 1px solid #8e1b1b;
    border-radius: 6px; padding: 8px; font-weight: bold; }}
QLabel#sectionTitle {{ font-size: 13pt; font-weight: bold; }}
QTabBar::tab {{ min-height: 34px; padding: 4px 10px; }}
QTabBar::tab:selected {{ font-weight: bold; }}
QTextBrowser {{ border: none; }}
QTableView {{ gridline-color: #d9e2ec; }}
QHeaderView::section {{ padding: 6px; }}
"""


def apply_theme(app: QApplication) -> None:
    font = QFont(app.font())
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
