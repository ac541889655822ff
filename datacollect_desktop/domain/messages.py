"""Sentences for people that the window can show in their language, written with no Qt.

A `Message` is the English text itself (a `str`, so logs, JSON and the command line use it
unchanged) that also keeps its template and parameters. The window looks the template up in
its translations and fills in the parameters (`datacollect_desktop/ui/messages.py`);
`scripts/update_translations.py` finds the templates by reading the source, so a template is
always a string literal written at the call: `Message("Cannot read {path}.", path=path)`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any


class Message(str):
    """English text made from `template.format(**params)`; `template` and `params` kept."""

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        # Without parameters the template is the text: braces in it are taken literally.
        text = template.format(**params) if params else template
        made = super().__new__(cls, text)
        made.template = template
        made.params = MappingProxyType(params)
        return made

    @classmethod
    def counted(cls, count: int, one: str, many: str, /, **params: Any) -> Message:
        """`one` when `count` is 1, else `many`; both templates may use `{count}`."""
        return cls(one if count == 1 else many, count=count, **params)

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (self.template, dict(self.params))


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


class Moment(str):
    """A UTC stamp as a `Message` parameter: the window shows it in the laptop's local time,
    the English text keeps the stamp as it is."""
