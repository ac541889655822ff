"""The forms' own texts in the window's language, from the translations the app config
carries (`i18n`, see `domain/forms/i18n.py`); texts it does not translate stay in English."""

from __future__ import annotations

from datacollect_desktop.domain.forms import AppConfig, Translator, localize_config
from datacollect_desktop.ui.language import SOURCE_LANGUAGE, installed_language

_localized: dict[tuple[int, str], tuple[AppConfig, AppConfig]] = {}


def window_language() -> str:
    """The code of the language the window speaks."""
    return installed_language() or SOURCE_LANGUAGE


def form_translator(config: AppConfig) -> Translator:
    """`config`'s translations into the window's language."""
    return config.translator(window_language())


def display_config(config: AppConfig) -> AppConfig:
    """`config` with its forms' texts in the window's language (for showing, never for
    storing or checking what is stored)."""
    language = window_language()
    cached = _localized.get((id(config), language))
    if cached is not None and cached[0] is config:
        return cached[1]
    translate = config.translator(language)
    shown = config if translate.is_identity else localize_config(config, translate)
    _localized.clear()  # one config is in use at a time
    _localized[(id(config), language)] = (config, shown)
    return shown
