"""What the drafts workload acknowledged, and what must therefore be in the profile.

A form in progress is a draft until it is saved; once saved it is a record and no longer a
draft. Whatever the kill interrupted, each form must be exactly one of the two (a draft left
beside its saved record would be saved a second time when the field worker resumes it), and
a draft holds the last acknowledged autosave, or the one being written when the kill came.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from datacollect_desktop.storage.drafts import DraftTable
from datacollect_desktop.storage.profile import Session


@dataclass
class Form:
    """One form (one draft id) as its acknowledgements tell it."""

    # What the draft may hold: the last acknowledged autosave (None before the first), and
    # every autosave begun since, any of which a kill may have let through.
    possible: list[dict[str, Any] | None] = field(default_factory=lambda: [None])
    state: str = "typing"  # typing, save, saved, discard, discarded


class DraftLedger:
    """Folds ack lines ("flush ID JSON", "flushed ID", "save ID", "saved ID GUID",
    "discard ID", "discarded ID") into the expected state of each form."""

    def __init__(self) -> None:
        self.forms: dict[str, Form] = {}

    def read(self, lines: Iterable[str]) -> None:
        for line in lines:
            verb, _, rest = line.partition(" ")
            if verb == "ready":
                continue
            draft_id, _, payload = rest.partition(" ")
            form = self.forms.setdefault(draft_id, Form())
            if verb == "flush":
                form.possible.append(json.loads(payload))
            elif verb == "flushed":
                form.possible = form.possible[-1:]
            else:
                form.state = verb

    def problems(self, session: Session) -> list[str]:
        stored = {d.id: d.data for d in DraftTable(session.db).all()}
        found = []
        for draft_id, form in self.forms.items():
            records = int(session.db.execute_sql(
                "SELECT count(*) FROM entities WHERE instr(doc, ?) > 0", (draft_id,),
            ).fetchone()[0])
            draft = stored.get(draft_id)
            if records > 1:
                found.append(f"{draft_id}: saved {records} times")
            if records and draft is not None:
                found.append(f"{draft_id}: its draft is still there beside its saved record")
            if form.state == "saved" and records != 1:
                found.append(f"{draft_id}: acknowledged as saved, but not stored")
            if form.state in ("discard", "discarded") and records:
                found.append(f"{draft_id}: discarded, yet stored")
            if form.state == "discarded" and draft is not None:
                found.append(f"{draft_id}: discarded, yet its draft is back")
            if not records and form.state in ("typing", "save") and draft not in form.possible:
                found.append(f"{draft_id}: the draft holds {draft}, not one of {form.possible}")
        return found
