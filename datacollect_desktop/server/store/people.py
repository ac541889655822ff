"""Display names and the user ids linked to accounts, in the peewee stores."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from datacollect_desktop.domain.canonical import canonical_json
from datacollect_desktop.server.store.base import PersonRecord
from datacollect_desktop.server.store.peewee_base import PeeweeBase, chunks, now_text


class PeopleRows(PeeweeBase):
    """The `user_links` and `user_names` tables."""

    def set_user_name(self, user_id: str, name: str, *, keep_existing: bool = False) -> None:
        row = self._t.UserName
        with self._connection(), self._write_transaction():
            query = row.insert(user_id=user_id, name=name)
            if keep_existing:
                query = query.on_conflict_ignore()
            else:
                query = query.on_conflict(conflict_target=[row.user_id],
                                          update={row.name: name})
            query.execute()

    def people(self, user_ids: Sequence[str]) -> list[PersonRecord]:
        user, link, names = self._t.User, self._t.UserLink, self._t.UserName
        wanted = sorted(set(user_ids))
        found: list[PersonRecord] = []
        with self._connection():
            for chunk in chunks(wanted):
                ids = list(chunk)
                named = dict(names.select(names.user_id, names.name)
                             .where(names.user_id.in_(ids)).tuples())
                aliases: dict[str, list[str]] = {}
                for alias, owner in (link.select(link.linked_id, link.user_id)
                                     .where(link.user_id.in_(ids)).order_by(link.linked_id).tuples()):
                    aliases.setdefault(owner, []).append(alias)
                for row in user.select(user.id, user.email).where(user.id.in_(ids)).tuples():
                    found.append(PersonRecord(row[0], row[1], named.get(row[0]),
                                              tuple(aliases.get(row[0], ()))))
        return sorted(found, key=lambda person: person.email)

    def link_user_ids(
        self, account_id: str, user_ids: Sequence[str], *, check_events: bool = False
    ) -> dict[str, str]:
        link = self._t.UserLink
        wanted = sorted(set(user_ids))
        with self._connection():
            owners = self._owners(wanted)
        if len(owners) == len(wanted):
            return owners  # the usual push: nothing to link, no write lock taken
        with self._connection(), self._write_transaction():
            self._lock_keys([f"user-link:{uid}" for uid in wanted if uid not in owners])
            owners = self._owners(wanted)  # read again under the locks: another may have won
            unowned = [uid for uid in wanted if uid not in owners]
            if check_events:
                for uid in unowned:
                    other = self._pusher_of_user_id(uid, account_id)
                    if other is not None:
                        owners[uid] = other
                unowned = [uid for uid in unowned if uid not in owners]
            if unowned:
                at = now_text()
                self._insert_many(link, [link.linked_id, link.user_id, link.linked_at],
                                  [(uid, account_id, at) for uid in unowned])
                owners.update({uid: account_id for uid in unowned})
        return owners

    def _owners(self, user_ids: Sequence[str]) -> dict[str, str]:
        user, link = self._t.User, self._t.UserLink
        owners: dict[str, str] = {}
        for chunk in chunks(user_ids):
            ids = list(chunk)
            owners.update({uid: uid for (uid,) in
                           user.select(user.id).where(user.id.in_(ids)).tuples()})
            owners.update(dict(link.select(link.linked_id, link.user_id)
                               .where(link.linked_id.in_(ids)).tuples()))
        return owners

    def _pusher_of_user_id(self, user_id: str, account_id: str) -> str | None:
        """Another account that pushed events under `user_id` (events stored before links
        existed); the leaf text is searched, then each hit's `userId` read exactly."""
        event = self._t.EventRow
        needle = '"userId":' + canonical_json(user_id).decode("utf-8")
        query: Any = (event.select(event.leaf, event.pushed_by)
                      .where(event.leaf.contains(needle) & (event.pushed_by != account_id))
                      .tuples())
        for leaf, pushed_by in query.iterator():
            if json.loads(leaf).get("userId") == user_id:
                return str(pushed_by)
        return None
