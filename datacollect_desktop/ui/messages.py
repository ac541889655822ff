"""Sentences from the layers below the window (errors, the form validator, sync status) in
the person's language.

Those layers cannot use Qt, so they write a `Message`: an English template and its
parameters. Here the template is looked up in the translations under one fixed context,
`Messages` (the refresh script, `scripts/update_translations.py`, finds the templates in the
source and adds them to the `.ts` files), and the parameters are filled in, each translated
too when it is itself a `Message`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.messages import Message, Moment
from datacollect_desktop.ui.field_text import local_time

CONTEXT = "Messages"


def translated(text: str) -> str:
    """`text` in the current language when it is a `Message`, else as it is."""
    if not isinstance(text, Message):
        return text
    template = QCoreApplication.translate(CONTEXT, text.template)
    if not text.params:
        return template
    values = {key: _parameter(value) for key, value in text.params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)  # a translation that names a parameter wrongly: show the English


def error_text(error: KnownError) -> str:
    """A known error's message in the current language."""
    return translated(error.message)


def _parameter(value: Any) -> Any:
    if isinstance(value, KnownError):
        return error_text(value)
    if isinstance(value, Moment):
        return local_time(value)
    return translated(value) if isinstance(value, str) else value
