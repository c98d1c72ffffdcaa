"""These tests are plain Python: they run without Django (``-p no:django``)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def eigen_zoekindex() -> None:
    """Overrides the project's autouse fixture of the same name, which needs Django's
    settings; nothing here touches the search index."""
