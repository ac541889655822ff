"""`python -m datacollect_desktop`: the same as the `datacollect-desktop` command."""

from __future__ import annotations

import sys

from datacollect_desktop.cli import main

sys.exit(main())
