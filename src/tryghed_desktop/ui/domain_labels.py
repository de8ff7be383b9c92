"""Danish labels from the Qt-free domain, translated in the UI under the context "domain".

The list below exists so that pyside6-lupdate puts every domain label into the .ts file; a test checks
that it covers the domain's tables.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tryghed_desktop.domain.lifecycle import STATUS_TITLES, VersionStatus
from tryghed_desktop.domain.plans import (
    LEVEL_TITLES,
    PLAN_KIND_TITLES,
    SAFETY_TOPICS,
    STAGE_INFO,
    Level,
    PlanKind,
    StageKind,
)
from tryghed_desktop.services.actors import ROLE_TITLES, Role

CONTEXT = "domain"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for lupdate without translating it."""
    return text


DOMAIN_STRINGS = (
    # PLAN_KIND_TITLES
    QT_TRANSLATE_NOOP("domain", "Risikoprofil"),
    QT_TRANSLATE_NOOP("domain", "Døgnrytme"),
    QT_TRANSLATE_NOOP("domain", "Tryghedsplan"),
    QT_TRANSLATE_NOOP("domain", "Aktiviteter"),
    # LEVEL_TITLES
    QT_TRANSLATE_NOOP("domain", "Lav"),
    QT_TRANSLATE_NOOP("domain", "Middel"),
    QT_TRANSLATE_NOOP("domain", "Høj"),
    # STAGE_INFO colour names and meanings
    QT_TRANSLATE_NOOP("domain", "Grøn"),
    QT_TRANSLATE_NOOP("domain", "Gul"),
    QT_TRANSLATE_NOOP("domain", "Rød"),
    QT_TRANSLATE_NOOP("domain", "Blå"),
    QT_TRANSLATE_NOOP("domain", "Sådan har jeg det godt"),
    QT_TRANSLATE_NOOP("domain", "Tidlige tegn"),
    QT_TRANSLATE_NOOP("domain", "Akut"),
    QT_TRANSLATE_NOOP("domain", "Efter en hændelse"),
    # STATUS_TITLES
    QT_TRANSLATE_NOOP("domain", "Kladde"),
    QT_TRANSLATE_NOOP("domain", "Afventer godkendelse"),
    QT_TRANSLATE_NOOP("domain", "Godkendt"),
    QT_TRANSLATE_NOOP("domain", "Returneret"),
    QT_TRANSLATE_NOOP("domain", "Afløst"),
    # INCIDENT_TYPE_TITLES, INCIDENT_FORM_TITLES, SEVERITY_TITLES and SEVERITY_SHORT
    QT_TRANSLATE_NOOP("domain", "Vold"),
    QT_TRANSLATE_NOOP("domain", "Trussel"),
    QT_TRANSLATE_NOOP("domain", "Chikane"),
    QT_TRANSLATE_NOOP("domain", "Anden krænkende adfærd"),
    QT_TRANSLATE_NOOP("domain", "Fysisk"),
    QT_TRANSLATE_NOOP("domain", "Verbal"),
    QT_TRANSLATE_NOOP("domain", "Digital"),
    QT_TRANSLATE_NOOP("domain", "Ubehageligt – ingen skade, faldt hurtigt til ro"),
    QT_TRANSLATE_NOOP("domain", "Mindre – skub, råb eller trussel; ingen synlig skade"),
    QT_TRANSLATE_NOOP("domain", "Moderat – slag, spark eller alvorlig trussel; let skade eller meget utryg"),
    QT_TRANSLATE_NOOP("domain", "Alvorlig – skade der skal behandles, eller fravær"),
    QT_TRANSLATE_NOOP("domain", "Meget alvorlig – svær skade, våben eller politiet kaldt akut"),
    QT_TRANSLATE_NOOP("domain", "Ubehageligt"),
    QT_TRANSLATE_NOOP("domain", "Mindre"),
    QT_TRANSLATE_NOOP("domain", "Moderat"),
    QT_TRANSLATE_NOOP("domain", "Alvorlig"),
    QT_TRANSLATE_NOOP("domain", "Meget alvorlig"),
    # LATE_STEP_TITLES (services.incidents): the overdue follow-up steps
    QT_TRANSLATE_NOOP("domain", "Psykisk førstehjælp (72 timer)"),
    QT_TRANSLATE_NOOP("domain", "Arbejdsskade-anmeldelse (14 dage)"),
    # printing.charts: the figures' words (weekdays, axes, legends)
    QT_TRANSLATE_NOOP("domain", "Man"),
    QT_TRANSLATE_NOOP("domain", "Tir"),
    QT_TRANSLATE_NOOP("domain", "Ons"),
    QT_TRANSLATE_NOOP("domain", "Tor"),
    QT_TRANSLATE_NOOP("domain", "Fre"),
    QT_TRANSLATE_NOOP("domain", "Lør"),
    QT_TRANSLATE_NOOP("domain", "Søn"),
    QT_TRANSLATE_NOOP("domain", "Klokkeslæt (dansk tid), fx 07 = 07.00–07.59"),
    QT_TRANSLATE_NOOP("domain", "Klokkeslæt (dansk tid)"),
    QT_TRANSLATE_NOOP("domain", "Hændelser"),
    QT_TRANSLATE_NOOP("domain", "Forrige periode"),
    QT_TRANSLATE_NOOP("domain", "Ingen hændelser i perioden eller den forrige."),
    QT_TRANSLATE_NOOP("domain", "Perioden"),
    QT_TRANSLATE_NOOP("domain", "Grøn – rolig"),
    QT_TRANSLATE_NOOP("domain", "Gul – tidlige tegn"),
    QT_TRANSLATE_NOOP("domain", "Rød – høj risiko"),
    # ROLE_TITLES (services.actors)
    QT_TRANSLATE_NOOP("domain", "Medarbejder"),
    QT_TRANSLATE_NOOP("domain", "Koordinator"),
    QT_TRANSLATE_NOOP("domain", "Ekstern rådgiver"),
    QT_TRANSLATE_NOOP("domain", "Administrator"),
    # SAFETY_TOPICS
    QT_TRANSLATE_NOOP("domain", "Det gør mig tryg"),
    QT_TRANSLATE_NOOP("domain", "Det gør mig utryg"),
    QT_TRANSLATE_NOOP("domain", "Mine faresignaler"),
    QT_TRANSLATE_NOOP("domain", "Det hjælper mig"),
    QT_TRANSLATE_NOOP("domain", "Det vil jeg gerne have, at I gør"),
    # INCIDENT_FIELD_TITLES (the fields of a registration, named in corrections)
    QT_TRANSLATE_NOOP("domain", "Afdeling"),
    QT_TRANSLATE_NOOP("domain", "Borger"),
    QT_TRANSLATE_NOOP("domain", "Anden person"),
    QT_TRANSLATE_NOOP("domain", "Tidspunkt"),
    QT_TRANSLATE_NOOP("domain", "Sluttidspunkt"),
    QT_TRANSLATE_NOOP("domain", "Type"),
    QT_TRANSLATE_NOOP("domain", "Form"),
    QT_TRANSLATE_NOOP("domain", "Uden for arbejdstid"),
    QT_TRANSLATE_NOOP("domain", "Alvor"),
    QT_TRANSLATE_NOOP("domain", "Hvor"),
    QT_TRANSLATE_NOOP("domain", "Situation"),
    QT_TRANSLATE_NOOP("domain", "Det prøvede vi"),
    QT_TRANSLATE_NOOP("domain", "Højeste fase"),
    QT_TRANSLATE_NOOP("domain", "Skade"),
    QT_TRANSLATE_NOOP("domain", "Fraværsdage"),
    QT_TRANSLATE_NOOP("domain", "Første fraværsdag"),
    QT_TRANSLATE_NOOP("domain", "Politianmeldelse"),
    QT_TRANSLATE_NOOP("domain", "Magtanvendelse"),
    QT_TRANSLATE_NOOP("domain", "Beskrivelse"),
    QT_TRANSLATE_NOOP("domain", "Planversion"),
    QT_TRANSLATE_NOOP("domain", "Frist for psykisk førstehjælp"),
    QT_TRANSLATE_NOOP("domain", "Frist for arbejdsskade-anmeldelse"),
    # simplify: STAGE_COLUMNS, RISK_FIELDS, SLOT_FIELDS, SAFETY_SIDES and the other target names
    QT_TRANSLATE_NOOP("domain", "Sådan ser det ud"),
    QT_TRANSLATE_NOOP("domain", "Det gør vi"),
    QT_TRANSLATE_NOOP("domain", "Det undgår vi"),
    QT_TRANSLATE_NOOP("domain", "Det kan jeg selv"),
    QT_TRANSLATE_NOOP("domain", "Udløsende faktorer"),
    QT_TRANSLATE_NOOP("domain", "Risikosituationer"),
    QT_TRANSLATE_NOOP("domain", "Styrker"),
    QT_TRANSLATE_NOOP("domain", "Alarm"),
    QT_TRANSLATE_NOOP("domain", "Hvem vi ringer til"),
    QT_TRANSLATE_NOOP("domain", "Bemanding"),
    QT_TRANSLATE_NOOP("domain", "Samlet risiko – begrundelse"),
    QT_TRANSLATE_NOOP("domain", "Hvad sker der"),
    QT_TRANSLATE_NOOP("domain", "Sådan støtter vi"),
    QT_TRANSLATE_NOOP("domain", "Vær opmærksom på"),
    QT_TRANSLATE_NOOP("domain", "Med mine ord"),
    QT_TRANSLATE_NOOP("domain", "Personalets blik"),
    QT_TRANSLATE_NOOP("domain", "Øvrigt"),
    QT_TRANSLATE_NOOP("domain", "Aftaler"),
    QT_TRANSLATE_NOOP("domain", "Aftalte tegn og ord"),
    QT_TRANSLATE_NOOP("domain", "Døgnrytme kl. %1"),
    # action_plan: MEASURE_STATUS_TITLES and TRACKS
    QT_TRANSLATE_NOOP("domain", "Besluttet"),
    QT_TRANSLATE_NOOP("domain", "I gang"),
    QT_TRANSLATE_NOOP("domain", "Implementeret"),
    QT_TRANSLATE_NOOP("domain", "Stoppet"),
    QT_TRANSLATE_NOOP("domain", "Kompetence og introduktion"),
    QT_TRANSLATE_NOOP("domain", "Faglig retning og struktur"),
    QT_TRANSLATE_NOOP("domain", "Registrering og læring"),
    QT_TRANSLATE_NOOP("domain", "Bemanding og stabilitet"),
    # readability.plan_sections: the section titles the review and the warnings name
    QT_TRANSLATE_NOOP("domain", "Alarm og hvem vi ringer til"),
    QT_TRANSLATE_NOOP("domain", "Samlet risiko"),
    # simplify: COVERAGE_SUMMARY and the reading times
    QT_TRANSLATE_NOOP("domain", "%1 placeret · %2 beholdt · %3 udeladt · %4 ikke behandlet"),
    QT_TRANSLATE_NOOP("domain", "ca. %1 sek."),
    QT_TRANSLATE_NOOP("domain", "ca. %1 min."),
    QT_TRANSLATE_NOOP("domain", "ca. %1 min. %2 sek."),
    QT_TRANSLATE_NOOP("domain", "ca. %1 t. %2 min."),
    # simplify: SUGGESTION_REASONS
    QT_TRANSLATE_NOOP("domain", "indeholder »%1«"),
    QT_TRANSLATE_NOOP("domain", "står under »%1«"),
    QT_TRANSLATE_NOOP("domain", "overskrift – behold i fuld beskrivelse"),
    # simplify: STATUS_TITLES (what became of a piece of the original)
    QT_TRANSLATE_NOOP("domain", "Ikke behandlet"),
    QT_TRANSLATE_NOOP("domain", "Placeret"),
    QT_TRANSLATE_NOOP("domain", "Beholdt i fuld beskrivelse"),
    QT_TRANSLATE_NOOP("domain", "Udeladt"),
)


# The places the incident form offers; stored in Danish, shown in the UI language.
LOCATIONS = (
    QT_TRANSLATE_NOOP("domain", "Fællesstuen"),
    QT_TRANSLATE_NOOP("domain", "Gangen"),
    QT_TRANSLATE_NOOP("domain", "Borgerens værelse"),
    QT_TRANSLATE_NOOP("domain", "Badeværelset"),
    QT_TRANSLATE_NOOP("domain", "Køkkenet"),
    QT_TRANSLATE_NOOP("domain", "Udendørs"),
    QT_TRANSLATE_NOOP("domain", "I bilen / på tur"),
    QT_TRANSLATE_NOOP("domain", "Kontoret"),
    QT_TRANSLATE_NOOP("domain", "Digitalt (sms, telefon, sociale medier)"),
)


def place_title(place: str) -> str:
    """An incident's place: a listed one in the UI language, one typed as it was typed."""
    return domain_tr(place) if place in LOCATIONS else place


def domain_tr(text: str) -> str:
    """A Danish domain label in the UI language."""
    return QCoreApplication.translate(CONTEXT, text)


def section_title(title: str) -> str:
    """A section title of `readability.plan_sections` in the UI language: a stage's title
    ("Grøn – Sådan har jeg det godt") part by part; a time slot's or activity's own name as written."""
    return " – ".join(domain_tr(part) for part in title.split(" – "))


def plan_title(kind: PlanKind) -> str:
    return domain_tr(PLAN_KIND_TITLES[kind])


def status_title(status: VersionStatus) -> str:
    return domain_tr(STATUS_TITLES[status])


def level_title(level: Level) -> str:
    return domain_tr(LEVEL_TITLES[level])


def stage_colour_name(kind: StageKind) -> str:
    return domain_tr(STAGE_INFO[kind].colour_name)


def stage_meaning(kind: StageKind) -> str:
    return domain_tr(STAGE_INFO[kind].meaning)


def safety_topics() -> list[tuple[str, str]]:
    return [(key, domain_tr(title)) for key, title in SAFETY_TOPICS]


def role_title(role: Role) -> str:
    return domain_tr(ROLE_TITLES[role])
