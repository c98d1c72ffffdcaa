"""Fixtures and hooks shared by every test: users per role, the BZK organisation, a real
browser for the page tests, and the markers that split the suite between the two databases.

Markers set here (see ``[tool.pytest.ini_options]`` in pyproject.toml):

- ``database``: given to every test that uses the database (a ``django_db`` mark, the ``db``,
  ``transactional_db`` or ``live_server`` fixture, or a fixture that needs one). The rest — the
  deadline engine, redaction, the search index, file intake, the plain-Python helpers — gives
  the same answer on any database, so CI runs it once (on SQLite), and on PostgreSQL runs only
  ``-m database``.
- ``volledige_permissies``: the full role × route sweep of the generated permission test, and
  ``alle_maten``: axe-core on every page of the demo at all three screen sizes (CI checks every
  page at the desktop size and the page shell at all three). Left out unless the ``-m``
  expression names them: ``pytest -m volledige_permissies``, ``pytest -m alle_maten``.
- ``schaal``: the runs at full scale that the benchmarks also make (10,000 messages through the
  bulk pipeline, killed and restarted: ``bench/bulk.py``); CI runs the same code at 1,000
  messages and its restarts on small inputs. ``pytest -m schaal``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

BZK = Path(__file__).resolve().parent / "data" / "bzk-2021"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
DATABASEFIXTURES = {
    "db",
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
    "live_server",
    "admin_user",
    "admin_client",
}
OP_VERZOEK = ("volledige_permissies", "alle_maten", "schaal")  # run only when -m names them


# --- markers and order -------------------------------------------------------------------------


def _gebruikt_database(item: pytest.Item) -> bool:
    return item.get_closest_marker("django_db") is not None or bool(
        DATABASEFIXTURES & set(getattr(item, "fixturenames", ()))
    )


def _transactioneel(item: pytest.Item) -> bool:
    """As pytest-django decides it: the test commits for real and the tables are emptied after."""
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    namen = set(getattr(item, "fixturenames", ()))
    return bool({"transactional_db", "live_server", "django_db_reset_sequences"} & namen)


def _wil_bzk_laag(item: pytest.Item) -> bool:
    """The test gets the BZK organisation from the shared outer transaction (see ``bzk``)."""
    return "bzk" in getattr(item, "fixturenames", ()) and not _transactioneel(item)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Before ``-m`` selects: mark the database tests, and leave out the full permission sweep
    unless the ``-m`` expression names it."""
    for item in items:
        if _gebruikt_database(item):
            item.add_marker(pytest.mark.database)

    for marker in OP_VERZOEK:
        if marker not in (config.getoption("markexpr", "") or ""):
            weg = [i for i in items if i.get_closest_marker(marker)]
            if weg:
                config.hook.pytest_deselected(items=weg)
                items[:] = [i for i in items if not i.get_closest_marker(marker)]


class _Volgorde:
    """Orders the selected tests, after ``-m`` and after pytest-django's order (database tests,
    then transactional ones, then the rest), keeping that order: the long runs first, so that one
    process takes them while the others share the rest; and the tests that use the shared BZK
    organisation together, so that each process loads it once (see ``bzk``)."""

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        def volgorde(item: pytest.Item) -> tuple[int, int, int]:
            if item.get_closest_marker("traag"):
                return (0, 0, 0)
            groep = 2 if not _gebruikt_database(item) else (1 if _transactioneel(item) else 0)
            return (1, groep, int(_wil_bzk_laag(item)))

        items.sort(key=volgorde)


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(_Volgorde(), "ministerie-volgorde")


# --- the BZK organisation, loaded once per test process ----------------------------------------


class _BzkLaag:
    """The BZK organisation (202 units with their people, positions and audit records), loaded
    once in an outer transaction on this process's test database. The tests that ask for it run
    one after another (see the order above), each in its own savepoint inside that transaction,
    so a test's own changes are rolled back and the next one sees the organisation as loaded.
    Before any other test the outer transaction is rolled back: a test that did not ask for the
    organisation never sees it."""

    def __init__(self, blocker: Any) -> None:
        self.blocker = blocker
        self.atomic: Any = None

    def open(self) -> None:
        if self.atomic is not None:
            return
        from django.db import transaction

        from ministerie.organisatie.laden import laad

        with self.blocker.unblock():
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            try:
                laad(BZK, door="test")
            except BaseException:
                self.sluit()
                raise

    def sluit(self) -> None:
        if self.atomic is None:
            return
        from django.db import transaction

        atomic, self.atomic = self.atomic, None
        with self.blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


_LAAG = pytest.StashKey[_BzkLaag]()
_WIL_LAAG = pytest.StashKey[bool]()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    wil = _wil_bzk_laag(item)
    item.config.stash[_WIL_LAAG] = wil
    laag = item.config.stash.get(_LAAG, None)
    if laag is not None:
        if wil:
            laag.open()
        else:
            laag.sluit()


@pytest.fixture(scope="session")
def _bzk_laag(request: Any, django_db_setup: Any, django_db_blocker: Any) -> Iterator[_BzkLaag]:
    laag = _BzkLaag(django_db_blocker)
    request.config.stash[_LAAG] = laag
    if request.config.stash.get(_WIL_LAAG, False):
        laag.open()
    yield laag
    laag.sluit()
    del request.config.stash[_LAAG]


@pytest.fixture
def bzk(request: Any, db: Any, _bzk_laag: _BzkLaag) -> Any:
    """The BZK organisation from data/bzk-2021, as ``laad`` writes it; returns the ministry.

    A normal database test gets it from the shared outer transaction (loaded once per test
    process). A transactional test (a browser test: the live server needs committed data)
    loads it itself, as its tables are emptied after every test anyway."""
    from ministerie.organisatie.models import Eenheid

    if _transactioneel(request.node):
        from ministerie.organisatie.laden import laad

        laad(BZK, door="test")
    else:
        assert _bzk_laag.atomic is not None, "de BZK-organisatie is niet geladen"
    return Eenheid.objects.get(code="bzk")


# --- users -------------------------------------------------------------------------------------


@pytest.fixture
def maak_gebruiker(db: Any) -> Callable[..., Any]:
    """Make a user with the given roles, units (codes) and clearance."""
    from ministerie.core.models import Gebruiker, Gebruikersrol
    from ministerie.core.rubricering import Rubricering
    from ministerie.organisatie.models import Eenheid

    teller = iter(range(1, 10_000))

    def maak(
        *rollen: str,
        eenheden: list[str] | None = None,
        clearance: int = Rubricering.INTERN,
        wachtwoord: str = "een-lang-wachtwoord-2027",
        gebruikersnaam: str | None = None,
    ) -> Gebruiker:
        # a user with every role would pass the 150 characters a user name may have (PostgreSQL
        # refuses that, SQLite does not check)
        naam = gebruikersnaam or f"{('-'.join(rollen) or 'zonderrol')[:140]}-{next(teller)}"
        gebruiker = Gebruiker.objects.create_user(
            username=naam,
            password=wachtwoord,
            first_name="Test",
            last_name=naam,
            clearance=clearance,
        )
        for rol in rollen:
            Gebruikersrol.objects.create(gebruiker=gebruiker, rol=rol)
        for code in eenheden or []:
            eenheid, _ = Eenheid.objects.get_or_create(
                code=code, defaults={"naam": code.upper(), "soort": Eenheid.Soort.DIRECTIE}
            )
            gebruiker.eenheden.add(eenheid)
        return gebruiker

    return maak


# --- e-mail: a real SMTP server on loopback -------------------------------------------------


class Postvak:
    """What the SMTP server received: each message parsed, with its envelope recipients."""

    def __init__(self) -> None:
        self.berichten: list[tuple[list[str], Any]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        import email
        from email.policy import default

        bericht = email.message_from_bytes(envelope.original_content, policy=default)
        self.berichten.append((list(envelope.rcpt_tos), bericht))
        return "250 OK"

    def aan(self, adres: str) -> list[Any]:
        return [b for ontvangers, b in self.berichten if adres in ontvangers]


def _vrije_poort() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[Postvak]:
    """A real SMTP server on 127.0.0.1 (aiosmtpd), and the settings that send to it; a live
    server in the same process sends its mail there too."""
    from aiosmtpd.controller import Controller
    from django.test import override_settings

    postvak = Postvak()
    poort = _vrije_poort()
    server = Controller(postvak, hostname="127.0.0.1", port=poort)
    server.start()
    try:
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=poort,
            EMAIL_USE_TLS=False,
            EMAIL_HOST_USER="",
            EMAIL_HOST_PASSWORD="",
            EMAIL_TIMEOUT=5,
            DEFAULT_FROM_EMAIL="ministerie <noreply@ministerie.test>",
            WEBADRES="https://ministerie.test",
        ):
            yield postvak
    finally:
        server.stop()


# --- browser and search index ------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} ontbreekt: `make test` installeert Debians chromium.")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def eigen_zoekindex(request: Any, tmp_path: Any) -> None:
    """Every test gets an empty search index of its own: the database is rolled back after a
    test, so an index shared between tests would remember items that no longer exist.
    (Skipped when the plain-Python packages are tested without Django: -p no:django.)"""
    if not request.config.pluginmanager.hasplugin("django"):
        return
    request.getfixturevalue("settings").ZOEKINDEX_PAD = tmp_path / "zoekindex"
