"""Translations an app config carries for its forms, in the shape of Form.io's `i18n` option.

An app config may hold an `i18n` object keyed by language, then by the English text as the
config writes it (a form title, a label, a choice's label, a description, a message):

    "i18n": {"fr": {"Household": "Ménage", "Given name": "Prénom"}, "ar": {...}}

A text with no translation stays in English, and a regional language such as `fr-CA` takes
what it lacks from `fr`. Only what is shown is translated: keys and stored values stay as the
config writes them. Form.io's own `options` entry (settings for its i18next library) is
accepted and not used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from datacollect_desktop.domain.errors import InvalidAppConfig

#: Parsed `i18n`: language code (as written) -> English text -> translation.
I18n = Mapping[str, Mapping[str, str]]

# The entry of Form.io's `i18n` option that configures i18next instead of naming a language.
_OPTIONS = "options"


def parse_i18n(raw: Any) -> I18n:
    """Check an app config's `i18n` value; raises `InvalidAppConfig` naming the bad entry."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise InvalidAppConfig("App config: 'i18n' must be an object with one set of "
                               "translations per language.")
    languages: dict[str, Mapping[str, str]] = {}
    seen: dict[str, str] = {}
    for code, table in raw.items():
        if code == _OPTIONS:
            continue
        if not isinstance(code, str) or not code.strip():
            raise InvalidAppConfig("App config: 'i18n' has a language with no code.")
        where = f"i18n[{code!r}]"
        folded = language_code(code)
        if folded in seen:
            raise InvalidAppConfig("App config: 'i18n' names the same language twice: {first!r} "
                                   "and {second!r}.", first=seen[folded], second=code)
        seen[folded] = code
        if not isinstance(table, dict):
            raise InvalidAppConfig("App config: {where} must be an object of English texts "
                                   "and their translations.", where=where)
        texts: dict[str, str] = {}
        for english, translation in table.items():
            if not isinstance(english, str) or not isinstance(translation, str):
                raise InvalidAppConfig("App config: {where}[{text!r}] must be text.",
                                       where=where, text=english)
            if english.strip() and translation.strip():
                texts[english.strip()] = translation.strip()
        languages[code] = texts
    return languages


def language_code(code: str) -> str:
    """`code` as compared: lower case, `-` between its parts (`fr_CA` and `fr-ca` are one)."""
    return code.strip().replace("_", "-").lower()


@dataclass(frozen=True)
class Translator:
    """Turns an English text of the config into `language`; texts it lacks stay English.

    Calling it with "" or a text that has no translation gives that text back unchanged.
    """

    language: str
    texts: Mapping[str, str] = field(default_factory=dict)

    def __call__(self, text: str) -> str:
        if not text:
            return text
        return self.texts.get(text.strip(), text)

    @property
    def is_identity(self) -> bool:
        """True when nothing would change: no translations for this language."""
        return not self.texts


def translator(i18n: I18n, language: str | None) -> Translator:
    """The translations of `language`; a regional code (`fr-CA`) falls back to `fr` text by
    text, and any text still missing stays English."""
    wanted = language_code(language or "")
    by_code = {language_code(code): texts for code, texts in i18n.items()}
    base = wanted.split("-", 1)[0]
    merged: dict[str, str] = {}
    if base != wanted:
        merged.update(by_code.get(base, {}))
    merged.update(by_code.get(wanted, {}))
    return Translator(wanted, merged)


def translate(i18n: I18n, language: str | None, text: str) -> str:
    """`text` in `language` (see `translator`), else `text` itself."""
    return translator(i18n, language)(text)
