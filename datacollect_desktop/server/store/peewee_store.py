"""The store over peewee, shared by SQLite and PostgreSQL: parameterised queries only."""

from __future__ import annotations

from datacollect_desktop.server.store.accounts import AccountRows
from datacollect_desktop.server.store.attachments import AttachmentRows
from datacollect_desktop.server.store.audit import AuditRows
from datacollect_desktop.server.store.base import ServerStore
from datacollect_desktop.server.store.event_log import EventLogRows
from datacollect_desktop.server.store.people import PeopleRows


class PeeweeStore(AccountRows, EventLogRows, AuditRows, PeopleRows, AttachmentRows,
                  ServerStore):
    """A `ServerStore` over a peewee database; `SqliteServerStore` and `PostgresServerStore`
    choose the database and how its write transactions take the log lock."""
