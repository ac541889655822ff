"""The field day suite: the whole campaign journey through the real windows and server."""
