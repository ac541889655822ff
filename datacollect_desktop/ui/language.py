"""The window's language: the app's Qt Linguist catalogue (`ui/i18n/datacollect_<code>.qm`),
Qt's own strings (dialog buttons, text-field menus) and the layout direction (right to left
for Arabic). Numbers and dates keep the system's regional format: it is the person's own
setting, and its digits are the ones their keyboard types.

The language is chosen when the application starts: from `--language`, else the preference
saved in Settings, else the system's language when the app has it, else English. A change in
Settings takes effect at the next start (the screens are built once, in their language).
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from datacollect_desktop.app.preferences import LANGUAGES

I18N = Path(__file__).with_name("i18n")
SOURCE_LANGUAGE = "en"
_installed: list[QTranslator] = []


def catalogue(code: str) -> Path:
    """The compiled translations of the app's own strings for `code`."""
    return I18N / f"datacollect_{code}.qm"


def system_language() -> str:
    """The first of the system's preferred languages the app speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def choose_language(wanted: str | None) -> str:
    """`wanted` when the app has it, else the system's language."""
    return wanted if wanted in LANGUAGES else system_language()


def _qt_translations() -> Path:
    # In a PyInstaller bundle Qt's configured path may not exist; its files sit in the package.
    configured = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if configured.is_dir():
        return configured
    return Path(PySide6.__file__).parent / "Qt" / "translations"


def install_language(app: QCoreApplication, code: str) -> bool:
    """Use `code` from now on; True when the app's catalogue for it was found and loaded.

    Widgets made before this call keep their texts, so call it before building the window.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    own = QTranslator(app)
    loaded = own.load(str(catalogue(code)))
    qt = QTranslator(app)
    for translator, ok in ((own, loaded),
                           (qt, qt.load(f"qtbase_{code}", str(_qt_translations())))):
        if ok:
            app.installTranslator(translator)
            _installed.append(translator)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(QLocale(code).textDirection())
    return loaded


def installed_language() -> str | None:
    """The code of the app catalogue in use, if one is installed."""
    for translator in _installed:
        path = Path(translator.filePath())
        if path.parent == I18N and path.stem.startswith("datacollect_"):
            return path.stem.removeprefix("datacollect_")
    return None
