"""What the registration screen says for an entry: title, context line and button labels."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from datacollect_desktop.app.entry import Entry
from datacollect_desktop.app.registration import child_forms
from datacollect_desktop.domain.forms import AppConfig


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegisterPage", text)


@dataclass(frozen=True)
class EntryTexts:
    title: str
    context: str
    save: str
    finish: str


def entry_texts(entry: Entry, config: AppConfig) -> EntryTexts:
    """A new household, its next member, or an edit, each in its own words."""
    form = entry.form
    if entry.editing is not None:
        return EntryTexts(_tr("Edit: {0}").format(entry.editing.name or form.title),
                          _tr("Only the fields you change are recorded."),
                          _tr("Save changes (Ctrl+S)"), _tr("Cancel editing"))
    if entry.parent_guid is not None:
        parent = config.form(form.depends_on or "")
        parent_title = (parent.title if parent is not None else form.depends_on or "").lower()
        return EntryTexts(_tr("New {0}").format(form.title),
                          _tr("Adding to {0}: {1} registered so far.").format(
                              entry.parent_name or "?", entry.members_saved),
                          _tr("Save and add another (Ctrl+S)"),
                          _tr("Finish {0} (Ctrl+Shift+S)").format(parent_title))
    save = _tr("Save and add members (Ctrl+S)") if child_forms(config, form) else _tr(
        "Save (Ctrl+S)")
    return EntryTexts(_tr("New {0}").format(form.title), "", save, _tr("Clear the form"))


def saved_message(previous: Entry, following: Entry, changed: int) -> str:
    """The status line after a save."""
    if previous.editing is not None:
        return _tr("Saved {0} changed field(s).").format(changed) if changed else _tr(
            "Nothing changed; nothing was recorded.")
    if following.parent_guid is not None and following.parent_guid != previous.parent_guid:
        return _tr("{0} saved. Now add its members.").format(following.parent_name)
    return _tr("Saved.")
