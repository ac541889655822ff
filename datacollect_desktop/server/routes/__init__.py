"""The HTTP API, one router per concern."""
