"""Sync protocol client and push/pull engine (no Qt)."""
