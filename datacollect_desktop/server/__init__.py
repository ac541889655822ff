"""Reference sync server: HTTP API, server store, signed checkpoints."""
