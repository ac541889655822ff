"""The `datacollect-server` command's entry point: says plainly when the server extra is missing.

The desktop installs without the server's libraries (`pip install datacollect-desktop`); they
come with the `server` extra. Only the standard library is imported here, so the command can
explain itself either way.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

# The libraries of the `server` extra, and those they bring that the server imports itself.
SERVER_EXTRA_MODULES = frozenset({"fastapi", "starlette", "pydantic", "pydantic_core",
                                  "uvicorn", "h11", "psycopg", "psycopg_binary"})
MISSING_EXTRA = ("the sync server needs the server extra: "
                 "pip install 'datacollect-desktop[server]'")
EXIT_MISSING_EXTRA = 2


def _server_main() -> Callable[[list[str] | None], int] | None:
    """The server's command line, or None when a library of the extra is not installed."""
    try:
        from datacollect_desktop.server.cli import main
    except ModuleNotFoundError as exc:
        if (exc.name or "").partition(".")[0] in SERVER_EXTRA_MODULES:
            return None
        raise
    return main


def main(argv: list[str] | None = None) -> int:
    server_main = _server_main()
    if server_main is None:
        print(f"datacollect-server: {MISSING_EXTRA}", file=sys.stderr)
        return EXIT_MISSING_EXTRA
    return server_main(argv)
