"""What the registration screen says for an entry: title, context line and button labels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from datacollect_desktop.app.entry import Entry
from datacollect_desktop.app.registration import child_forms
from datacollect_desktop.domain.forms import AppConfig

# lupdate finds the texts as `translate("Context", "text")` calls with literal arguments.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class EntryTexts:
    title: str
    context: str
    save: str
    finish: str


def entry_texts(entry: Entry, config: AppConfig,
                form_text: Callable[[str], str] = str) -> EntryTexts:
    """A new household, its next member, or an edit, each in its own words; `form_text`
    gives the forms' titles in the window's language."""
    form = entry.form
    title = form_text(form.title)
    if entry.editing is not None:
        return EntryTexts(
            translate("RegisterPage", "Edit: {0}").format(entry.editing.name or title),
            translate("RegisterPage", "Only the fields you change are recorded."),
            translate("RegisterPage", "Save changes (Ctrl+S)"),
            translate("RegisterPage", "Cancel editing"))
    if entry.parent_guid is not None:
        parent = config.form(form.depends_on or "")
        parent_title = (form_text(parent.title) if parent is not None
                        else form.depends_on or "").lower()
        return EntryTexts(
            translate("RegisterPage", "New {0}").format(title),
            translate("RegisterPage", "Adding to {0}: {1} registered so far.").format(
                entry.parent_name or "?", entry.members_saved),
            translate("RegisterPage", "Save and add another (Ctrl+S)"),
            translate("RegisterPage", "Finish {0} (Ctrl+Shift+S)").format(parent_title))
    save = (translate("RegisterPage", "Save and add members (Ctrl+S)")
            if child_forms(config, form) else translate("RegisterPage", "Save (Ctrl+S)"))
    return EntryTexts(translate("RegisterPage", "New {0}").format(title), "", save,
                      translate("RegisterPage", "Clear the form"))


def saved_message(previous: Entry, following: Entry, changed: int) -> str:
    """The status line after a save."""
    if previous.editing is not None:
        if changed:
            # lupdate reads no plural from translate() with a variable count: two texts.
            return (translate("RegisterPage", "Saved 1 changed field.") if changed == 1 else
                    translate("RegisterPage", "Saved {0} changed fields.").format(changed))
        return translate("RegisterPage", "Nothing changed; nothing was recorded.")
    if following.parent_guid is not None and following.parent_guid != previous.parent_guid:
        return translate("RegisterPage", "{0} saved. Now add its members.").format(
            following.parent_name)
    return translate("RegisterPage", "Saved.")
