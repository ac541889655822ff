"""Identity at sync: the account id, linking this profile's earlier ids, the user directory.

At the first sign-in of an account, this profile's local person id and the ids its own
events carried before (a display name, an email) are linked to the account, on the server
first (POST /api/users/me/aliases, first come first served) and then in the directory; only
then are those events pushed, so the server takes them as the account's. Each run then
pulls the server's directory (GET /api/users/directory). A server without these endpoints
(404) simply has no directory: the account id is then the one its login gave, else the email.
"""

from __future__ import annotations

from typing import Any

from datacollect_desktop.storage.directory import LOCAL, DirectoryTable, ServerPerson
from datacollect_desktop.storage.profile import Session
from datacollect_desktop.storage.settings import SettingsTable
from datacollect_desktop.sync.client import SyncClient
from datacollect_desktop.sync.errors import ServerTrouble

ALIASES_PATH = "/api/users/me/aliases"
ALIASES_PER_REQUEST = 20  # the server's bound
DIRECTORY_PATH = "/api/users/directory"
ME_PATH = "/api/users/me"


def _short_text(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 1000


def _unusable(what: str) -> ServerTrouble:
    return ServerTrouble("The sync server sent an answer that cannot be used ({what}). It "
                         "will be tried again later.", what=what)


class DirectorySync:
    """The identity steps of one sync run, on the calling thread's connection."""

    def __init__(self, session: Session, client: SyncClient, email: str) -> None:
        self.session = session
        self.client = client
        self.email = email.strip()
        self.table = DirectoryTable(session.db)

    def signed_in(self, login_user_id: str | None) -> str:
        """After the token is valid: record the account id and link this profile's earlier
        ids to it once. Returns the account id."""
        account_id = (login_user_id or self.table.account_id(self.email) or self._me()
                      or self.email.lower())
        self.table.remember_account(self.email, account_id)
        if not self.table.is_linked(self.email):
            self._link(account_id)
            self.table.mark_linked(self.email)
        return account_id

    def signed_in_locally(self) -> str:
        """For a server without a directory (a stock backend): the account is known by its
        e-mail, and this profile's earlier ids are linked to it here only."""
        account_id = self.email.lower()
        self.table.remember_account(self.email, account_id)
        if not self.table.is_linked(self.email):
            self.table.link_local([*self._earlier_ids(account_id),
                                   self.table.local_person_id()], account_id)
            self.table.mark_linked(self.email)
        return account_id

    def _me(self) -> str | None:
        doc = self.client.optional_json("GET", ME_PATH)
        found = doc.get("id") if isinstance(doc, dict) else None
        return found if _short_text(found) else None

    def _earlier_ids(self, account_id: str) -> list[str]:
        local = self.table.local_person_id()
        device_id = self.session.meta("device_id") or ""
        ids = {local, *self.table.own_device_user_ids(device_id)}
        ids.update(row.user_id for row in self.table.rows()
                   if row.source == LOCAL and row.person_id == local)
        ids.discard(account_id)
        return sorted(ids)

    def _link(self, account_id: str) -> None:
        ids = self._earlier_ids(account_id)
        name = SettingsTable(self.session.db).all().get("user_name")
        linked: list[str] = []
        for start in range(0, len(ids), ALIASES_PER_REQUEST):
            part = ids[start:start + ALIASES_PER_REQUEST]
            body: dict[str, Any] = {"aliases": part}
            if isinstance(name, str) and name.strip():
                body["name"] = name.strip()
            answer = self.client.optional_json("POST", ALIASES_PATH, body=body)
            if answer is None:
                linked = ids  # no server directory: the link is this profile's own knowledge
                break
            results = answer.get("results") if isinstance(answer, dict) else None
            if not isinstance(results, list):
                raise _unusable("linking user ids")
            linked += [r["alias"] for r in results if isinstance(r, dict)
                       and r.get("status") == "linked" and r.get("alias") in part]
        self.table.link_local([*linked, self.table.local_person_id()], account_id)

    def pull(self, config_id: str) -> None:
        """Replace the server's part of the directory with what it lists now."""
        doc = self.client.optional_json("GET", DIRECTORY_PATH, params={"configId": config_id})
        if doc is None:
            return
        users = doc.get("users") if isinstance(doc, dict) else None
        if not isinstance(users, list):
            raise _unusable("the user directory")
        people: list[ServerPerson] = []
        for user in users:
            if not isinstance(user, dict) or not _short_text(user.get("id")):
                continue  # read leniently: one odd entry does not stop a sync
            name = user.get("name")
            aliases = user.get("aliases")
            people.append(ServerPerson(
                user["id"], name if _short_text(name) else None,
                tuple(a for a in aliases if _short_text(a)) if isinstance(aliases, list)
                else ()))
        self.table.replace_server(people)
