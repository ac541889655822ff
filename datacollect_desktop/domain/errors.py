"""One root error type, split by blame: known errors a user can act on, and bugs."""

from __future__ import annotations


class DataCollectError(Exception):
    """Root of every error this application raises on purpose."""


class KnownError(DataCollectError):
    """A problem of the input or the environment, with a message a field worker can act on."""

    code = "error"


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
