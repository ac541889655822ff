"""Bundle entry point of the sync server: the `datacollect-server` command."""

import sys

from datacollect_desktop.server.entry import main

sys.exit(main())
