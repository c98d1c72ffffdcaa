"""The detector is plain Python: its tests run without Django (``-p no:django``)."""

from collections.abc import Iterator

import pytest

from ministerie.lakken.detectie.negatief import geregistreerde_aanbieder, registreer_negatieflijst


@pytest.fixture(autouse=True)
def eigen_zoekindex() -> None:
    """Override the project's autouse search-index fixture, which needs pytest-django's
    ``settings``; these tests use neither Django nor the search index."""


@pytest.fixture(autouse=True)
def geen_negatieflijst_uit_de_database() -> Iterator[None]:
    """In the whole suite Django is set up, and the organisation part has registered the
    register as the detector's negative list (a database read). These tests give the detector
    its lists themselves, so the provider is taken away while they run."""
    oud = geregistreerde_aanbieder()
    registreer_negatieflijst(None)
    yield
    registreer_negatieflijst(oud)
