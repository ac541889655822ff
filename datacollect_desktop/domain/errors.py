"""One root error type, split by blame: known errors a user can act on, and bugs."""

from __future__ import annotations

from typing import Any

from datacollect_desktop.domain.messages import Message


class DataCollectError(Exception):
    """Root of every error this application raises on purpose."""


class KnownError(DataCollectError):
    """A problem of the input or the environment, with a message a field worker can act on.

    The message is a template and its parameters (`Message`), so the window can show it in
    the person's language: `KnownError("Cannot read {path}.", path=path)`.
    """

    code = "error"

    def __init__(self, template: str = "", /, **params: Any) -> None:
        message = template if isinstance(template, Message) and not params else Message(
            template, **params)
        super().__init__(message)

    @property
    def message(self) -> Message:
        """The message with its template, for translation; `str(error)` is the English."""
        first = self.args[0] if self.args else ""
        return first if isinstance(first, Message) else Message(str(first))


class InvalidEvent(KnownError):
    """An event's envelope or content is not acceptable; it is not stored."""

    code = "invalid_event"


class UnknownEventType(InvalidEvent):
    """No applier is registered for the event's type."""

    code = "unknown_event_type"


class ApplyError(InvalidEvent):
    """The event is well formed but cannot be applied to the current state."""

    code = "cannot_apply"


class InvalidFormData(KnownError):
    """Submitted form data breaks the form's validation rules."""

    code = "invalid_form_data"


class InvalidAppConfig(KnownError):
    """An app config (form definitions) is malformed and cannot be used."""

    code = "invalid_app_config"
