"""Headless commands: `datacollect-desktop [--data-dir DIR] COMMAND ...`; no command starts the GUI.

Exit codes (cli/exit_codes.py): 0 success, 1 rejected events or failed verification, 2 usage
or a known error.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from datacollect_desktop.app.core_dumps import disable_core_dumps
from datacollect_desktop.cli.parser import build_parser


def main(argv: Sequence[str] | None = None) -> int:
    # First: the passphrase and the data key are about to be in this process's memory.
    disable_core_dumps()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # Imported only here, so every headless command runs without Qt.
        from datacollect_desktop.ui.app import run_gui

        return run_gui(args)
    from datacollect_desktop.cli.commands import run

    return run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
