"""Bundle entry point of the sync server: the `datacollect-server` command."""

import sys

from datacollect_desktop.server.cli import main

sys.exit(main())
