"""DataCollect Desktop: offline-first, event-sourced, tamper-evident registration."""

__version__ = "0.1.0"
