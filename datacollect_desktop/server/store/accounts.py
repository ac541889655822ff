"""Accounts, login failures and app configs in the peewee stores."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from datacollect_desktop.server.store.base import ConfigRecord, DuplicateUser, Role, UserRecord
from datacollect_desktop.server.store.peewee_base import PeeweeBase, now_text


class AccountRows(PeeweeBase):
    """The `users`, `login_failures` and `app_configs` tables."""

    @staticmethod
    def _user(row: Any) -> UserRecord:
        return UserRecord(
            id=row.id,
            email=row.email,
            role=Role(row.role),
            config_ids=tuple(json.loads(row.config_ids)),
            password_hash=row.password_hash,
            created_at=row.created_at,
            token_generation=row.token_generation,
            disabled=bool(row.disabled),
        )

    def add_user(
        self, email: str, password_hash: str, role: Role, config_ids: Sequence[str]
    ) -> UserRecord:
        user = self._t.User
        email = email.strip().lower()
        with self._connection(), self._write_transaction():
            if user.get_or_none(user.email == email) is not None:
                raise DuplicateUser(f"an account for {email} already exists")
            row = user.create(
                id=str(uuid.uuid4()),
                email=email,
                role=role.value,
                config_ids=json.dumps(sorted(set(config_ids))),
                password_hash=password_hash,
                created_at=now_text(),
            )
        return self._user(row)

    def user_by_email(self, email: str) -> UserRecord | None:
        user = self._t.User
        with self._connection():
            row = user.get_or_none(user.email == email.strip().lower())
        return None if row is None else self._user(row)

    def user_by_id(self, user_id: str) -> UserRecord | None:
        user = self._t.User
        with self._connection():
            row = user.get_or_none(user.id == user_id)
        return None if row is None else self._user(row)

    def users(self) -> list[UserRecord]:
        user = self._t.User
        with self._connection():
            return [self._user(row) for row in user.select().order_by(user.email)]

    def update_user(
        self,
        user_id: str,
        *,
        role: Role | None = None,
        config_ids: Sequence[str] | None = None,
        password_hash: str | None = None,
    ) -> UserRecord | None:
        user = self._t.User
        changes: dict[Any, Any] = {}
        if role is not None:
            changes[user.role] = role.value
        if config_ids is not None:
            changes[user.config_ids] = json.dumps(sorted(set(config_ids)))
        if password_hash is not None:
            changes[user.password_hash] = password_hash
        with self._connection(), self._write_transaction():
            row = user.get_or_none(user.id == user_id)
            if row is None:
                return None
            if password_hash is not None or (role is not None and role.value != row.role):
                changes[user.token_generation] = user.token_generation + 1
            if changes:
                user.update(changes).where(user.id == user_id).execute()
                row = user.get_or_none(user.id == user_id)
        return None if row is None else self._user(row)

    def set_user_disabled(self, user_id: str, disabled: bool) -> UserRecord | None:
        user = self._t.User
        with self._connection(), self._write_transaction():
            user.update({user.disabled: disabled,
                         user.token_generation: user.token_generation + 1}).where(
                user.id == user_id).execute()
            row = user.get_or_none(user.id == user_id)
        return None if row is None else self._user(row)

    def delete_user(self, user_id: str) -> bool:
        user = self._t.User
        with self._connection(), self._write_transaction():
            return bool(user.delete().where(user.id == user_id).execute())

    # Revoked tokens ----------------------------------------------------------------------------

    def revoke_token(self, token_id: str, expires_at: float, now: float) -> None:
        revoked = self._t.RevokedToken
        with self._connection(), self._write_transaction():
            revoked.delete().where(revoked.expires_at < now).execute()
            revoked.insert(token_id=token_id, expires_at=expires_at).on_conflict_ignore(
            ).execute()

    def token_revoked(self, token_id: str) -> bool:
        revoked = self._t.RevokedToken
        with self._connection():
            return revoked.get_or_none(revoked.token_id == token_id) is not None

    # Login throttling --------------------------------------------------------------------------

    def record_login_failure(self, keys: Sequence[str], at: float, forget_before: float) -> None:
        failure = self._t.LoginFailure
        with self._connection(), self._write_transaction():
            failure.delete().where(failure.at < forget_before).execute()
            if keys:
                failure.insert_many(
                    [(key, at) for key in keys], fields=[failure.key, failure.at]
                ).execute()

    def login_failures(self, key: str, since: float) -> list[float]:
        failure = self._t.LoginFailure
        with self._connection():
            query = (
                failure.select(failure.at)
                .where((failure.key == key) & (failure.at >= since))
                .order_by(failure.at)
                .tuples()
            )
            return [at for (at,) in query]

    def clear_login_failures(self, key: str) -> None:
        failure = self._t.LoginFailure
        with self._connection(), self._write_transaction():
            failure.delete().where(failure.key == key).execute()

    def reserve_login_attempt(
        self,
        keys: Sequence[str],
        at: float,
        since: float,
        wait: Callable[[Mapping[str, list[float]]], float],
    ) -> float:
        failure = self._t.LoginFailure
        with self._connection(), self._write_transaction():
            self._lock_keys(keys)
            seen: dict[str, list[float]] = {}
            for key in keys:
                query = (
                    failure.select(failure.at)
                    .where((failure.key == key) & (failure.at >= since))
                    .order_by(failure.at)
                    .tuples()
                )
                seen[key] = [when for (when,) in query]
            delay = wait(seen)
            if delay > 0:
                return delay
            failure.delete().where(failure.at < since).execute()
            failure.insert_many(
                [(key, at) for key in keys], fields=[failure.key, failure.at]
            ).execute()
            return 0.0

    def settle_login_attempt(self, keys: Sequence[str], at: float, clear: Sequence[str]) -> None:
        failure = self._t.LoginFailure
        with self._connection(), self._write_transaction():
            for key in keys:
                # One row: another attempt of the same instant keeps its own.
                one = (failure.select(failure.id)
                       .where((failure.key == key) & (failure.at == at)).limit(1))
                failure.delete().where(failure.id.in_(one)).execute()
            if clear:
                failure.delete().where(failure.key.in_(list(clear))).execute()

    # App configs -------------------------------------------------------------------------------

    def save_config(self, config_id: str, document: str, at: str) -> bool:
        row = self._t.AppConfigRow
        with self._connection(), self._write_transaction():
            updated = (
                row.update(document=document, updated_at=at).where(row.id == config_id).execute()
            )
            if updated:
                return False
            row.insert(id=config_id, document=document, updated_at=at).execute()
            return True

    def config(self, config_id: str) -> ConfigRecord | None:
        row_model = self._t.AppConfigRow
        with self._connection():
            row = row_model.get_or_none(row_model.id == config_id)
        return None if row is None else ConfigRecord(row.id, row.document, row.updated_at)

    def configs(self) -> list[ConfigRecord]:
        row_model = self._t.AppConfigRow
        with self._connection():
            return [
                ConfigRecord(row.id, row.document, row.updated_at)
                for row in row_model.select().order_by(row_model.id)
            ]
