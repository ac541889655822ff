"""Schema version 4: what supervisors browse: audit filters by index, checked consistency."""

from __future__ import annotations

SCHEMA_SUPERVISOR: tuple[str, ...] = (
    # The form of the record an audit entry concerns (its `entityName`), so the audit browser
    # filters by form inside an index. The projector writes it; profiles made before this
    # version take the record's current form (forms set `entityName` once, at registration).
    "ALTER TABLE audit ADD COLUMN form TEXT",
    "UPDATE audit SET form = (SELECT form FROM entities WHERE guid = audit.entity_guid)",
    # The audit browser lists entries newest first by (timestamp, seq, id) and pages by that
    # key; each filter it offers has an index in that order, so a page is a range read.
    # The row id closes every index, which makes the key unique.
    "CREATE INDEX audit_time ON audit (timestamp, seq)",
    "CREATE INDEX audit_user_time ON audit (user_id, timestamp, seq)",
    "CREATE INDEX audit_action_time ON audit (action, timestamp, seq)",
    "CREATE INDEX audit_form_time ON audit (form, timestamp, seq)",
    # One record's entries in that order, and the keys of the records a text search finds,
    # sorted without reading a row. They replace the indexes by (user, seq) and
    # (entity, seq), serving every query those did.
    "CREATE INDEX audit_entity_time ON audit (entity_guid, timestamp, seq)",
    "DROP INDEX audit_user",
    "DROP INDEX audit_entity",
    # The last consistency check of the server's checkpoints: the sizes compared and when,
    # or the problem found (the integrity screen shows it; sync stops on a problem).
    "ALTER TABLE sync_remote ADD COLUMN consistency_from INTEGER",
    "ALTER TABLE sync_remote ADD COLUMN consistency_to INTEGER",
    "ALTER TABLE sync_remote ADD COLUMN consistency_at TEXT",
    "ALTER TABLE sync_remote ADD COLUMN consistency_problem TEXT",
)
