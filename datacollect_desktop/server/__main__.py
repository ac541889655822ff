"""`python -m datacollect_desktop.server`: the same as the `datacollect-server` command."""

from __future__ import annotations

import sys

from datacollect_desktop.server.entry import main

sys.exit(main())
