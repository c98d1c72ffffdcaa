"""Browser tests: Playwright on Debian's chromium against the live test server, with axe-core.
The helpers (screen sizes, axe, log-in) are in e2e/hulp.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from e2e.hulp import SCHERMEN, log_in


@pytest.fixture
def pagina(browser: Any, live_server: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=SCHERMEN["bureaublad"], locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.basis = live_server.url  # type: ignore[attr-defined]
    yield page
    context.close()


@pytest.fixture
def inloggen(maak_gebruiker: Callable[..., Any]) -> Callable[..., Any]:
    """Make a user with the given roles and log the page in as that user (on Mijn werk)."""

    def inloggen_als_nieuwe_gebruiker(page: Any, *rollen: str, **kwargs: Any) -> Any:
        return log_in(page, maak_gebruiker(*rollen, **kwargs))

    return inloggen_als_nieuwe_gebruiker
