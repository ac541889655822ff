"""The part of an app config that may leave the server: everything but its secrets."""

from __future__ import annotations

from typing import Any

from datacollect_desktop.domain.errors import InvalidAppConfig

# Whole sections that only the server uses and that hold credentials for other systems.
_SERVER_SECTIONS = frozenset({"externalsync", "authconfigs"})
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
    `password`, `apiKey` or `token`. The input is left unchanged.
    """
    if not isinstance(doc, dict):
        raise InvalidAppConfig("App config must be a JSON object.")
    result: dict[str, Any] = {}
    # An explicit stack rather than recursion: JSON nesting depth is the sender's choice.
    stack: list[tuple[Any, dict[str, Any] | list[Any]]] = [(doc, result)]
    while stack:
        source, target = stack.pop()
        items: list[tuple[Any, Any]] = (
            [(k, v) for k, v in source.items() if not (isinstance(k, str) and is_secret_key(k))]
            if isinstance(source, dict)
            else list(enumerate(source))
        )
        for name, value in items:
            copy: Any = value
            if isinstance(value, dict):
                copy = {}
                stack.append((value, copy))
            elif isinstance(value, list):
                copy = []
                stack.append((value, copy))
            if isinstance(target, dict):
                target[name] = copy
            else:
                target.append(copy)
    return result
