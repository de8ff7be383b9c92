"""Loading the UI language: Danish is the source language (tryghed_da.qm adds its plural forms),
English comes from tryghed_en.qm."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tryghed_desktop.resources import resource_path
from tryghed_desktop.ui.app_info import open_settings

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"da": "Dansk", "en": "English"}
DEFAULT_LANGUAGE = "da"
SETTINGS_KEY = "ui/language"

# Installed translators must outlive the call that installs them.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_path("translations")


def qm_path(language: str) -> Path:
    return translations_dir() / f"tryghed_{language}.qm"


def remembered_language() -> str:
    value = open_settings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def remember_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    open_settings().setValue(SETTINGS_KEY, language)


def install_language(language: str, app: QCoreApplication | None = None) -> str:
    """Install the translators for `language`; returns the language actually in use.

    A missing .qm is logged and the UI stays Danish rather than failing: the .qm is a build product.
    """
    app = app or QCoreApplication.instance()
    if app is None:
        return DEFAULT_LANGUAGE
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    if language == DEFAULT_LANGUAGE:
        # Danish is the source text; tryghed_da.qm holds only the plural forms ("%n hændelse(r)").
        _install_translator(qm_path(DEFAULT_LANGUAGE))
        _install_qt_base("da")
        return DEFAULT_LANGUAGE
    if not _install_translator(qm_path(language)):
        _install_translator(qm_path(DEFAULT_LANGUAGE))
        _install_qt_base("da")
        return DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Denmark))
    _install_qt_base(language)
    return language


def _install_translator(path: Path) -> bool:
    translator = QTranslator()
    if not path.is_file() or not translator.load(str(path)):
        log.warning("Oversættelsen %s mangler eller kan ikke læses; brugerfladen forbliver dansk.", path)
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def _install_qt_base(language: str) -> None:
    # Qt's own strings (OK/Cancel, context menus); absent in some wheels, which is fine.
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
