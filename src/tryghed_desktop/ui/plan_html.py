"""Read-only HTML for the plans (shown in a QTextBrowser): structured, scannable, meaning in words."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from tryghed_desktop.domain.lifecycle import VersionStatus
from tryghed_desktop.domain.plans import (
    STAGE_INFO,
    STAGE_ORDER,
    Activities,
    Contact,
    DailyRhythm,
    Level,
    PlanContent,
    PlanKind,
    RiskProfile,
    SafetyPlan,
    StageKind,
)
from tryghed_desktop.services.plans import ResidentPlans, VersionView
from tryghed_desktop.services.review import ContentPath, section_paths
from tryghed_desktop.ui.domain_labels import (
    QT_TRANSLATE_NOOP,
    level_title,
    plan_title,
    safety_topics,
    stage_colour_name,
    stage_meaning,
    status_title,
)
from tryghed_desktop.ui.status import format_date, format_datetime, plan_hints

translate = QCoreApplication.translate

TEXT = "#1f2933"
MUTED = "#52606d"
RULE = "#cbd2d9"
LEVEL_STAGE = {Level.GREEN: StageKind.GREEN, Level.YELLOW: StageKind.YELLOW, Level.RED: StageKind.RED}


# Labels used inside f-strings, where lupdate cannot see a translate() call: listed here for it.
_F_STRING_LABELS = (
    QT_TRANSLATE_NOOP("plan_html", "Samlet risiko"),
    QT_TRANSLATE_NOOP("plan_html", "Alarm og hvem vi ringer til"),
    QT_TRANSLATE_NOOP("plan_html", "Hvornår"),
    QT_TRANSLATE_NOOP("plan_html", "Hvor"),
    QT_TRANSLATE_NOOP("plan_html", "Hvad sker der"),
    QT_TRANSLATE_NOOP("plan_html", "Døgnrytmen har ingen tidsrum."),
    QT_TRANSLATE_NOOP("plan_html", "Begrundelse"),
    QT_TRANSLATE_NOOP("plan_html", "Med mine ord"),
    QT_TRANSLATE_NOOP("plan_html", "Personalets blik"),
    QT_TRANSLATE_NOOP("plan_html", "Der er ingen aktiviteter beskrevet."),
    QT_TRANSLATE_NOOP("plan_html", "Trin"),
    QT_TRANSLATE_NOOP("plan_html", "Risici"),
    QT_TRANSLATE_NOOP("plan_html", "KLADDE – IKKE GODKENDT"),
    QT_TRANSLATE_NOOP("plan_html", "Ingen kontaktpersoner registreret."),
)


def _l(text: str) -> str:
    """A label from _F_STRING_LABELS in the UI language."""
    return translate("plan_html", text)


def _e(text: str) -> str:
    return escape(text, quote=True)


def _tint(rgb: str, amount: float) -> str:
    """The colour mixed with white; `amount` 0 is white, 1 the colour itself."""
    red, green, blue = (int(rgb[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 - (255 - c) * amount) for c in (red, green, blue)]
    return "#{:02x}{:02x}{:02x}".format(*mix)


def _on_colour(rgb: str) -> str:
    """Black or white text on `rgb`, whichever reads better (yellow needs dark text)."""
    red, green, blue = (int(rgb[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.299 * red + 0.587 * green + 0.114 * blue
    return "#111111" if luminance > 150 else "#ffffff"


def _items(items: list[str]) -> str:
    if not items:
        return f'<span style="color:{MUTED}">–</span>'
    return "".join(f'<p style="margin:0 0 5px 0">•&nbsp;{_e(item)}</p>' for item in items)


def _heading(text: str) -> str:
    return f'<h3 style="margin:18px 0 6px 0; font-size:13pt; color:{TEXT}">{_e(text)}</h3>'


def _section_list(title: str, items: list[str]) -> str:
    if not items:
        return ""
    return _heading(title) + _items(items)


def _contacts(contacts: list[Contact]) -> str:
    rows = []
    for contact in contacts:
        phone = f"<b>{_e(contact.phone)}</b>" if contact.phone else ""
        note = f' <span style="color:{MUTED}">{_e(contact.note)}</span>' if contact.note else ""
        rows.append(f'<p style="margin:0 0 5px 0">☎&nbsp;{_e(contact.name)} {phone}{note}</p>')
    return "".join(rows)


NOTE_BORDER = "#1f2933"  # a dark frame and written words: the advisor's note in b/w too
NOTE_BACKGROUND = "#eef2f7"


class Notes:
    """The advisor's return notes, handed out at the content paths of their sections as the plan is
    drawn; what no drawn section took (a renamed section) is left for the top of the page."""

    def __init__(self, content: PlanContent | None = None, notes: Mapping[str, str] | None = None) -> None:
        self._open = dict(notes or {})
        self._paths = section_paths(content) if content is not None and notes else {}

    def at(self, *paths: ContentPath) -> str:
        """The boxes of the notes on the sections at `paths` (each note once)."""
        found = [
            (title, note)
            for title, note in self._open.items()
            if any(path in self._paths.get(title, ()) for path in paths)
        ]
        for title, _note in found:
            del self._open[title]
        return "".join(note_box(title, note) for title, note in found)

    def rest(self) -> str:
        found, self._open = self._open, {}
        return "".join(note_box(title, note) for title, note in found.items())


def note_box(section: str, note: str) -> str:
    label = translate("plan_html", "✎ Rådgiverens bemærkning til »%1«:").replace("%1", section)
    text = _e(note).replace("\n", "<br>")
    return (
        f'<table width="100%" cellspacing="0" cellpadding="8" style="margin:10px 0 4px 0; '
        f'border:2px solid {NOTE_BORDER}; border-collapse:collapse">'
        f'<tr><td style="background-color:{NOTE_BACKGROUND}"><b>{_e(label)}</b> {text}</td></tr></table>'
    )


def page(body: str) -> str:
    return (
        "<html><head><style>"
        f"body {{ color:{TEXT}; }} th {{ text-align:left; }} "
        "</style></head>"
        f"<body>{body}</body></html>"
    )


def empty_state(text: str) -> str:
    return page(f'<p style="margin:40px 20px; font-size:14pt; color:{MUTED}">{_e(text)}</p>')


def stage_title(kind: StageKind) -> str:
    info = STAGE_INFO[kind]
    return f"{info.symbol} {stage_colour_name(kind).upper()} – {stage_meaning(kind)}"


# --- risk profile ------------------------------------------------------------------------------


def render_risk_profile(profile: RiskProfile, notes: Notes | None = None) -> str:
    notes = notes or Notes()
    parts: list[str] = [notes.at(("level",), ("level_reason",))]
    level_rgb = STAGE_INFO[LEVEL_STAGE[profile.level]].rgb
    reason = f" – {_e(profile.level_reason)}" if profile.level_reason else ""
    parts.append(
        f'<table width="100%" cellspacing="0" cellpadding="10" style="margin-bottom:12px; '
        f'background-color:{_tint(level_rgb, 0.15)}; border-left:6px solid {level_rgb}">'
        f'<tr><td style="font-size:13pt"><b>{_e(_l("Samlet risiko"))}: '
        f"{_e(level_title(profile.level))}</b>{reason}</td></tr></table>"
    )
    parts.append(notes.at(("alarm",), ("call",)))
    if profile.alarm or profile.call:
        alarm = "".join(f'<p style="margin:0 0 5px 0">⚠&nbsp;<b>{_e(item)}</b></p>' for item in profile.alarm)
        parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="10" style="margin-bottom:12px; '
            f'border:2px solid {STAGE_INFO[StageKind.RED].rgb}">'
            f'<tr><td><p style="margin:0 0 6px 0; font-size:13pt"><b>'
            f"{_e(_l('Alarm og hvem vi ringer til'))}</b></p>"
            f"{alarm}{_contacts(profile.call)}</td></tr></table>"
        )
    columns = (
        translate("plan_html", "Sådan ser det ud"),
        translate("plan_html", "Det gør vi"),
        translate("plan_html", "Det undgår vi"),
        translate("plan_html", "Det kan jeg selv"),
    )
    for kind in STAGE_ORDER:
        stage = profile.stage(kind)
        parts.append(notes.at(("stages", profile.stages.index(stage))))
        rgb = STAGE_INFO[kind].rgb
        header_cells = "".join(
            f'<td width="25%" style="background-color:{_tint(rgb, 0.18)}; font-weight:bold">{_e(c)}</td>'
            for c in columns
        )
        cells = "".join(
            f'<td width="25%" valign="top">{_items(items)}</td>'
            for items in (stage.signs, stage.we_do, stage.we_avoid, stage.resident_can)
        )
        parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="8" '
            f'style="margin-top:10px; border:2px solid {rgb}; border-collapse:collapse">'
            f'<tr><td colspan="4" style="background-color:{rgb}; color:{_on_colour(rgb)}; '
            f'font-size:14pt; font-weight:bold">{_e(stage_title(kind))}</td></tr>'
            f"<tr>{header_cells}</tr><tr>{cells}</tr></table>"
        )
    parts.append(notes.at(("triggers",)))
    parts.append(_section_list(translate("plan_html", "Udløsende faktorer"), profile.triggers))
    parts.append(notes.at(("risk_situations",)))
    if profile.risk_situations:
        rows = "".join(
            f'<tr><td valign="top">{_e(s.when)}</td><td valign="top">{_e(s.where)}</td>'
            f'<td valign="top">{_e(s.what)}</td></tr>'
            for s in profile.risk_situations
        )
        parts.append(
            _heading(translate("plan_html", "Risikosituationer"))
            + f'<table width="100%" cellspacing="0" cellpadding="6" border="1" '
            f'style="border-color:{RULE}; border-collapse:collapse">'
            f'<tr style="background-color:#f0f4f8"><th>{_e(_l("Hvornår"))}</th>'
            f"<th>{_e(_l('Hvor'))}</th>"
            f"<th>{_e(_l('Hvad sker der'))}</th></tr>{rows}</table>"
        )
    parts.append(notes.at(("staffing_rules",)))
    parts.append(_section_list(translate("plan_html", "Regler for bemanding"), profile.staffing_rules))
    parts.append(notes.at(("strengths",)))
    parts.append(_section_list(translate("plan_html", "Styrker og beskyttende faktorer"), profile.strengths))
    return "".join(parts)


# --- daily rhythm ------------------------------------------------------------------------------


def render_daily_rhythm(rhythm: DailyRhythm, notes: Notes | None = None) -> str:
    notes = notes or Notes()
    if not rhythm.slots:
        return f'<p style="color:{MUTED}">{_e(_l("Døgnrytmen har ingen tidsrum."))}</p>'
    header = "".join(
        f"<th>{_e(text)}</th>"
        for text in (
            translate("plan_html", "Tid"),
            translate("plan_html", "Hvad sker der"),
            translate("plan_html", "Sådan støtter vi"),
            translate("plan_html", "Vær opmærksom på"),
            translate("plan_html", "Risiko"),
            translate("plan_html", "Personale"),
        )
    )
    rows = []
    for number, slot in enumerate(rhythm.slots):
        rgb = STAGE_INFO[LEVEL_STAGE[slot.level]].rgb
        symbol = STAGE_INFO[LEVEL_STAGE[slot.level]].symbol
        what = f"<b>{_e(slot.label)}</b>"
        if slot.activity:
            what += f"<br>{_e(slot.activity)}"
        rows.append(
            f'<tr><td valign="top" style="border-left:6px solid {rgb}; white-space:nowrap">'
            f"<b>{slot.start:%H:%M}–{slot.end:%H:%M}</b></td>"
            f'<td valign="top">{what}</td>'
            f'<td valign="top">{_e(slot.support)}</td>'
            f'<td valign="top">{_e(slot.risk_note)}</td>'
            f'<td valign="top" style="background-color:{_tint(rgb, 0.22)}; white-space:nowrap">'
            f"{symbol}&nbsp;{_e(level_title(slot.level))}</td>"
            f'<td valign="top" align="center">{slot.staff_needed}</td></tr>'
        )
        note = notes.at(("slots", number))
        if note:
            rows.append(f'<tr><td colspan="6">{note}</td></tr>')
    return (
        f'<table width="100%" cellspacing="0" cellpadding="8" border="1" '
        f'style="border-color:{RULE}; border-collapse:collapse">'
        f'<tr style="background-color:#f0f4f8">{header}</tr>{"".join(rows)}</table>'
    )


# --- safety plan -------------------------------------------------------------------------------


def render_safety_plan(plan: SafetyPlan, card_name: str, notes: Notes | None = None) -> str:
    notes = notes or Notes()
    parts: list[str] = []
    if not plan.resident_participated:
        parts.append(
            _notice(
                translate("plan_html", "%1 har ikke været med til at lave planen.").replace("%1", card_name)
            )
        )
    elif not plan.resident_agrees:
        parts.append(_notice(translate("plan_html", "%1 er ikke enig i planen.").replace("%1", card_name)))
    if plan.reason_if_not and (not plan.resident_participated or not plan.resident_agrees):
        parts.append(f'<p style="margin:0 0 10px 0">{_e(_l("Begrundelse"))}: {_e(plan.reason_if_not)}</p>')
    rows = []
    for key, title in safety_topics():
        perspective = plan.topic(key)
        rows.append(
            f'<tr><td valign="top" width="22%" style="background-color:#f0f4f8"><b>{_e(title)}</b></td>'
            f'<td valign="top" width="39%" style="background-color:#fffbea">'
            f"{_items(perspective.resident)}</td>"
            f'<td valign="top" width="39%">{_items(perspective.staff)}</td></tr>'
        )
        note = notes.at((key,))
        if note:
            rows.append(f'<tr><td colspan="3">{note}</td></tr>')
    parts.append(
        f'<table width="100%" cellspacing="0" cellpadding="8" border="1" '
        f'style="border-color:{RULE}; border-collapse:collapse">'
        f'<tr><th></th><th style="background-color:#fff1c2">'
        f"{_e(_l('Med mine ord'))}</th>"
        f'<th style="background-color:#e3efff">{_e(_l("Personalets blik"))}</th></tr>'
        f"{''.join(rows)}</table>"
    )
    parts.append(notes.at(("agreed_signals",)))
    parts.append(_section_list(translate("plan_html", "Aftalte tegn og ord"), plan.agreed_signals))
    if plan.contacts:
        parts.append(_heading(translate("plan_html", "Dem vil jeg gerne have, at I kontakter")))
        parts.append(_contacts(plan.contacts))
    return "".join(parts)


def _notice(text: str) -> str:
    return (
        f'<table width="100%" cellspacing="0" cellpadding="8" style="margin-bottom:8px; '
        f'background-color:#fff1c2"><tr><td><b>{_e(text)}</b></td></tr></table>'
    )


# --- activities --------------------------------------------------------------------------------


def render_activities(activities: Activities, notes: Notes | None = None) -> str:
    notes = notes or Notes()
    if not activities.activities:
        return f'<p style="color:{MUTED}">{_e(_l("Der er ingen aktiviteter beskrevet."))}</p>'
    parts = []
    for number, activity in enumerate(activities.activities):
        parts.append(notes.at(("activities", number)))
        staff = translate("plan_html", "Personale: %1").replace("%1", str(activity.staff_needed))
        purpose = f'<p style="margin:0 0 6px 0">{_e(activity.purpose)}</p>' if activity.purpose else ""
        steps = (
            "".join(
                f'<p style="margin:0 0 5px 0"><b>{number}.</b>&nbsp;{_e(step)}</p>'
                for number, step in enumerate(activity.steps, start=1)
            )
            or f'<span style="color:{MUTED}">–</span>'
        )
        risks = "".join(f'<p style="margin:0 0 5px 0">▲&nbsp;{_e(risk)}</p>' for risk in activity.risks) or (
            f'<span style="color:{MUTED}">–</span>'
        )
        parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="8" style="margin-top:10px; '
            f'border:1px solid {RULE}; border-collapse:collapse">'
            f'<tr><td colspan="2" style="background-color:#f0f4f8; font-size:13pt"><b>{_e(activity.name)}</b>'
            f' <span style="color:{MUTED}; font-size:11pt">· {_e(staff)}</span></td></tr>'
            f'<tr><td valign="top" width="60%">{purpose}<p style="margin:0 0 6px 0"><b>'
            f"{_e(_l('Trin'))}</b></p>{steps}</td>"
            f'<td valign="top" width="40%" style="background-color:#fff8e1"><p style="margin:0 0 6px 0"><b>'
            f"{_e(_l('Risici'))}</b></p>{risks}</td></tr></table>"
        )
    return "".join(parts)


# --- dispatch and page furniture ---------------------------------------------------------------


def render_content(content: PlanContent, card_name: str, notes: Notes | None = None) -> str:
    if isinstance(content, RiskProfile):
        return render_risk_profile(content, notes)
    if isinstance(content, DailyRhythm):
        return render_daily_rhythm(content, notes)
    if isinstance(content, SafetyPlan):
        return render_safety_plan(content, card_name, notes)
    return render_activities(content, notes)


def version_line(version: VersionView) -> str:
    """One line under a plan: which version, approved by whom and when, and the next review."""
    bits = [translate("plan_html", "Version %1").replace("%1", str(version.number))]
    if version.status is VersionStatus.APPROVED:
        approver = version.approved_by or translate("plan_html", "ukendt")
        if version.approved_by_title:
            approver += f" ({version.approved_by_title})"
        bits.append(
            translate("plan_html", "godkendt %1 af %2")
            .replace("%1", format_date(version.approved_at))
            .replace("%2", approver)
        )
        if version.review_due:
            bits.append(
                translate("plan_html", "revision senest %1").replace("%1", format_date(version.review_due))
            )
    else:
        bits.append(status_title(version.status).lower())
        bits.append(
            translate("plan_html", "senest ændret %1").replace("%1", format_datetime(version.updated_at))
        )
    return " · ".join(bits)


def render_version(version: VersionView, card_name: str) -> str:
    """A whole plan version as a page: a small line about the version, then the content; a version
    being worked on after a return shows the advisor's notes beside their sections."""
    banner = ""
    if version.status is not VersionStatus.APPROVED:
        banner = (
            f'<table width="100%" cellspacing="0" cellpadding="10" style="margin-bottom:10px; '
            f'background-color:#fde7e7; border:2px solid #8e1b1b"><tr><td style="font-size:14pt; '
            f'color:#8e1b1b"><b>{_e(_l("KLADDE – IKKE GODKENDT"))}</b> · '
            f"{_e(status_title(version.status))}</td></tr></table>"
        )
    meta = f'<p style="margin:0 0 8px 0; color:{MUTED}">{_e(version_line(version))}</p>'
    open_notes = (
        version.return_notes if version.status in (VersionStatus.RETURNED, VersionStatus.DRAFT) else {}
    )
    notes = Notes(version.content, open_notes)
    body = render_content(version.content, card_name, notes)
    return page(banner + meta + notes.rest() + body)


def render_overview(plans: ResidentPlans, today: date) -> str:
    resident = plans.resident
    rows = []
    for kind in PlanKind:
        state = plans.plans[kind]
        chips = " ".join(
            f'<span style="color:{hint.tone.foreground}; background-color:{hint.tone.background}">'
            f"&nbsp;{_e(hint.text)}&nbsp;</span>"
            for hint in plan_hints(state, today, lives_here=resident.active)
        )
        # Without an approved version the chips say it all ("Ingen godkendt version", "Kladde").
        detail = (
            f'<br><span style="color:{MUTED}">{_e(version_line(state.current))}</span>'
            if state.current is not None
            else ""
        )
        rows.append(
            f'<tr><td valign="top" width="22%"><b>{_e(plan_title(kind))}</b></td>'
            f'<td valign="top">{chips}{detail}</td></tr>'
        )
    reviews = [
        state.current.review_due
        for state in plans.plans.values()
        if state.current is not None and state.current.review_due is not None
    ]
    if not resident.active:
        next_review = translate("plan_html", "Ingen: %1 er fraflyttet.").replace("%1", resident.card_name)
    elif reviews:
        next_review = format_date(min(reviews))
    else:
        next_review = translate("plan_html", "Ingen revision planlagt")
    contacts = (
        _items(list(resident.contact_persons))
        if resident.contact_persons
        else (f'<span style="color:{MUTED}">{_e(_l("Ingen kontaktpersoner registreret."))}</span>')
    )
    body = (
        _heading(translate("plan_html", "Planer"))
        + f'<table width="100%" cellspacing="0" cellpadding="8" border="1" '
        f'style="border-color:{RULE}; border-collapse:collapse">{"".join(rows)}</table>'
        + _heading(translate("plan_html", "Næste revision"))
        + f'<p style="margin:0">{_e(next_review)}</p>'
        + _heading(translate("plan_html", "Kontaktpersoner"))
        + contacts
    )
    return page(body)
