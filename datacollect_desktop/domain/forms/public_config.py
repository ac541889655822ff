"""The part of an app config that may leave the server: everything but its secrets."""

from __future__ import annotations

from typing import Any

from datacollect_desktop.domain.errors import InvalidAppConfig

# Whole sections that only the server uses and that hold credentials for other systems.
_SERVER_SECTIONS = frozenset({"externalsync", "authconfigs"})
# The app config's translations, whose keys are texts of the forms.
_TRANSLATIONS = "i18n"
# A key containing one of these (ignoring case, "_" and "-") names a secret wherever it appears.
_SECRET_WORDS = (
    "secret", "password", "passwd", "passphrase", "apikey", "token", "privatekey", "credential",
)


def is_secret_key(name: str) -> bool:
    """Whether a config key names a secret or a server-only section."""
    folded = name.lower().replace("_", "").replace("-", "")
    return folded in _SERVER_SECTIONS or any(word in folded for word in _SECRET_WORDS)


def public_config_json(doc: Any) -> dict[str, Any]:
    """A deep copy of the app config without secrets, safe to serve to devices.

    Drops `externalSync`, `authConfigs` and, at any depth, keys named like `secret`,
    `password`, `apiKey` or `token`. The translations (`i18n`) are kept whole: their keys are
    the English texts of the forms ("Password" is a label there, not a secret). The input is
    left unchanged.
    """
    if not isinstance(doc, dict):
        raise InvalidAppConfig("App config must be a JSON object.")
    result: dict[str, Any] = {}
    # An explicit stack rather than recursion: JSON nesting depth is the sender's choice.
    # The flag says whether secrets are dropped below that point.
    stack: list[tuple[Any, dict[str, Any] | list[Any], bool]] = [(doc, result, True)]
    while stack:
        source, target, drop = stack.pop()
        items: list[tuple[Any, Any]] = (
            [(k, v) for k, v in source.items()
             if not (drop and isinstance(k, str) and is_secret_key(k))]
            if isinstance(source, dict)
            else list(enumerate(source))
        )
        for name, value in items:
            copy: Any = value
            drop_inside = drop and not (source is doc and name == _TRANSLATIONS)
            if isinstance(value, dict):
                copy = {}
                stack.append((value, copy, drop_inside))
            elif isinstance(value, list):
                copy = []
                stack.append((value, copy, drop_inside))
            if isinstance(target, dict):
                target[name] = copy
            else:
                target.append(copy)
    return result
