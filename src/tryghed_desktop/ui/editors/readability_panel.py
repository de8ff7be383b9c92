"""The side panel: words and LIX of the whole plan against the approved version, the warnings (a click
jumps to the item) and, for the risk profile, how full the printed action card is."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QProgressBar, QVBoxLayout, QWidget

from tryghed_desktop.domain.plans import DailyRhythm, PlanContent, RiskProfile
from tryghed_desktop.domain.readability import PlanReadability, plan_readability, plan_sections
from tryghed_desktop.printing.risk_card import CardFit, card_fit
from tryghed_desktop.ui.domain_labels import section_title
from tryghed_desktop.ui.editors.document import DraftDocument
from tryghed_desktop.ui.editors.widgets import TOUCH_HEIGHT, heading

# card_fit lays the card out (~20 ms, more when it must shrink): wait for a pause in typing.
DEBOUNCE_MS = 150
TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


def signed(value: float, decimals: int = 0) -> str:
    text = f"{value:+.{decimals}f}".replace("-", "−")
    return "±0" if text.lstrip("+−").strip("0.") == "" else text


class ReadabilityPanel(QWidget):
    """Recomputed a moment after each change; `jump_requested` carries the text of the item to show."""

    jump_requested = Signal(str)

    def __init__(
        self,
        document: DraftDocument,
        approved: PlanContent | None,
        rhythm: DailyRhythm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readabilityPanel")
        self.document = document
        self.approved = plan_readability(approved, document.limits).total if approved is not None else None
        self.rhythm = rhythm
        self.totals = QLabel()
        self.totals.setObjectName("readabilityTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.card_meter = QProgressBar()
        self.card_meter.setObjectName("cardMeter")
        self.card_meter.setRange(0, 150)
        self.card_meter.setMinimumHeight(28)
        self.card_text = QLabel()
        self.card_text.setWordWrap(True)
        self.warnings = QListWidget()
        self.warnings.setObjectName("readabilityWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warnings.setStyleSheet(f"QListWidget::item {{ min-height: {TOUCH_HEIGHT}px; padding: 2px; }}")
        self.warnings.setAccessibleName(self.tr("Advarsler"))
        self.warnings.itemActivated.connect(self._jump)
        self.warnings.itemClicked.connect(self._jump)
        warnings_title = QLabel(self.tr("&Advarsler (Enter viser punktet)"))
        warnings_title.setBuddy(self.warnings)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Læsbarhed")))
        layout.addWidget(self.totals)
        is_card = isinstance(document.content, RiskProfile)
        if is_card:
            layout.addWidget(heading(self.tr("Handlekortet")))
            layout.addWidget(self.card_meter)
            layout.addWidget(self.card_text)
        self.card_meter.setVisible(is_card)
        layout.addWidget(warnings_title)
        layout.addWidget(self.warnings, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        document.changed.connect(lambda *_args: self.timer.start())
        document.stack.cleanChanged.connect(lambda _clean: self.timer.start())
        self.refresh()

    def refresh(self) -> None:
        content = self.document.content
        limits = self.document.limits
        result = plan_readability(content, limits)
        total = result.total
        lines = [
            self.tr("<b>%1</b> ord · LIX <b>%2</b>")
            .replace("%1", str(total.words))
            .replace("%2", f"{total.lix:.0f}")
        ]
        if self.approved is not None:
            lines.append(
                self.tr("Mod godkendt: %1 ord · LIX %2")
                .replace("%1", signed(total.words - self.approved.words))
                .replace("%2", signed(total.lix - self.approved.lix))
            )
        else:
            lines.append(self.tr("Ingen godkendt version at sammenligne med."))
        lines.append(
            self.tr("Grænser: %1 ord pr. punkt, LIX %2 pr. afsnit.")
            .replace("%1", str(limits.max_item_words))
            .replace("%2", f"{limits.max_section_lix:.0f}")
        )
        self.totals.setText("<br>".join(lines))
        self._show_warnings(content, result)
        if isinstance(content, RiskProfile):
            self._show_card(card_fit(content, self.rhythm))

    def _show_warnings(self, content: PlanContent, result: PlanReadability) -> None:
        self.warnings.clear()
        sections = plan_sections(content)
        for warning in result.long_items:
            text = self.tr("%1: et punkt har %2 ord – »%3«").replace("%1", section_title(warning.section))
            self._add(
                text.replace("%2", str(warning.words)).replace("%3", _short(warning.text)), warning.text
            )
        for name in result.hard_sections:
            text = self.tr("%1: LIX %2 – svær at læse").replace("%1", section_title(name))
            first = sections[name][0] if sections.get(name) else ""
            self._add(text.replace("%2", f"{result.sections[name].lix:.0f}"), first)
        if not self.warnings.count():
            item = QListWidgetItem(self.tr("Ingen advarsler. Planen er kort og let at læse."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.warnings.addItem(item)

    def _add(self, label: str, text: str) -> None:
        item = QListWidgetItem("⚠ " + label)
        item.setData(TEXT_ROLE, text)
        item.setToolTip(text)
        self.warnings.addItem(item)

    def _show_card(self, fit: CardFit) -> None:
        percent = round(fit.fill * 100)
        self.card_meter.setValue(min(percent, 150))
        self.card_meter.setFormat(self.tr("%1 % af siden").replace("%1", str(percent)))
        if fit.body_size is None:
            self.card_text.setText(fit.too_long)
            colour = "#c62828"
        elif fit.fill > 1:
            self.card_text.setText(
                self.tr("Kortet er på én side, men med mindre skrift. Kortere punkter giver større skrift.")
            )
            colour = "#b26a00"
        else:
            self.card_text.setText(self.tr("Kortet kan læses på en armslængdes afstand."))
            colour = "#2e7d32"
        self.card_meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")

    def _jump(self, item: QListWidgetItem) -> None:
        text = item.data(TEXT_ROLE)
        if text:
            self.jump_requested.emit(text)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
