"""The detector is plain Python: its tests run without Django (``-p no:django``)."""

import pytest


@pytest.fixture(autouse=True)
def eigen_zoekindex() -> None:
    """Override the project's autouse search-index fixture, which needs pytest-django's
    ``settings``; these tests use neither Django nor the search index."""
