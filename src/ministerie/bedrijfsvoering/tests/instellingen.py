"""Settings for the processes that the multi-process test starts: the test settings, with one
search index shared by all of them (the test settings give each process its own)."""

import os
from pathlib import Path

from ministerie.conf.test import *  # noqa: F403

# MINISTERIE_ZOEKINDEX: the index folder every process of the test shares (set by the test).
ZOEKINDEX_PAD = Path(os.environ["MINISTERIE_ZOEKINDEX"])
