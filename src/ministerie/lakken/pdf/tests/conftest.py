"""These tests need no Django: the repository-wide autouse fixture for the search index is
replaced by a no-op here, so ``-p no:django`` works."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def eigen_zoekindex() -> None:
    """No search index needed for PDF redaction."""
