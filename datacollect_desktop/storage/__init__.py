"""Encrypted SQLite storage: event log, projections, keys, migrations."""
