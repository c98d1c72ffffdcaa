"""Screenshots of the main pages at 1366×900 for docs/schermen/ (the current look, issue 14).

    .venv/bin/python scripts/schermen.py [--uit docs/schermen]

Builds the demo as `make run` does, in a fresh temporary data folder (SQLite, BZK data, demo
accounts), starts the job worker and the web server on a free port on loopback, logs in through
the log-in form as the demo account that uses each page, and saves one PNG per page. A page that does not open
stops the script with its name: the pictures are never older than the code. Detail pages are
reached by following the first link of their list, as a user would.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page, ViewportSize, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
CHROMIUM = "/usr/bin/chromium"
MAAT: ViewportSize = {"width": 1366, "height": 900}


@dataclass(frozen=True)
class Scherm:
    bestand: str  # name of the PNG
    account: str  # demo account ("" for the public side)
    pad: str  # the page, or the list whose first link (selector ``volg``) leads to it
    volg: str = ""


SCHERMEN = [
    Scherm("01-inloggen", "", "/inloggen/"),
    Scherm("02-mijn-werk-beleidsmedewerker", "beleid", "/"),
    Scherm("03-stukken", "beleid", "/stukken/"),
    Scherm("04-nota", "beleid", "/stukken/", "main table a[href*='/stukken/notas/']"),
    Scherm("05-leesweergave-minister", "minister", "/stukken/tablet/"),
    Scherm("06-parlement", "pz", "/parlement/"),
    Scherm("07-woo-verzoeken", "jurist", "/woo/"),
    Scherm("08-woo-verzoek", "jurist", "/woo/", "main table a[href^='/woo/']"),
    Scherm("09-openbaar-gemaakt", "", "/openbaar/"),
    Scherm("10-begroting", "fez", "/begroting/"),
    Scherm("11-bestuurskosten", "fez", "/bestuurskosten/"),
    Scherm("12-agenda", "secretariaat", "/agenda/", "main a[href*='/week/']"),
    Scherm("13-organisatie", "beleid", "/organisatie/"),
    Scherm("14-meldingen", "beleid", "/meldingen/"),
    Scherm("15-gebruikersbeheer", "beheerder", "/beheer/gebruikers/"),
    Scherm("16-zoeken-in-alles", "beleid", "/zoeken/?q=woningbouw"),
    Scherm("17-correspondentie", "mc", "/correspondentie/"),
    Scherm("18-klachten", "jurist", "/klachten/"),
    Scherm("19-archief", "archivaris", "/archief/"),
    Scherm("20-klacht-indienen", "", "/klachten/indienen/"),
]


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ministerie(omgeving: dict[str, str], *args: str) -> None:
    subprocess.run([str(BIN / "ministerie"), *args], env=omgeving, check=True, stdout=subprocess.DEVNULL)


def _wacht_op(url: str, seconden: float = 60) -> None:
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (our own loopback server)
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"De webserver op {url} kwam niet op.")


def _log_in(page: Page, basis: str, account: str, wachtwoord: str) -> None:
    page.context.clear_cookies()
    page.goto(basis + "/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(account)
    page.get_by_label("Wachtwoord").fill(wachtwoord)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state("networkidle")


def _fotografeer(page: Page, basis: str, scherm: Scherm, uit: Path) -> None:
    antwoord = page.goto(basis + scherm.pad)
    if antwoord is None or antwoord.status != 200:
        raise SystemExit(f"{scherm.bestand}: {scherm.pad} gaf {antwoord.status if antwoord else 'niets'}")
    if scherm.volg:
        link = page.locator(scherm.volg).first
        if link.count() == 0:
            raise SystemExit(f"{scherm.bestand}: geen link {scherm.volg!r} op {scherm.pad}")
        link.click()
        page.wait_for_load_state("networkidle")
    page.screenshot(path=str(uit / f"{scherm.bestand}.png"))
    print(f"  {scherm.bestand}.png  {page.url.removeprefix(basis)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uit", type=Path, default=ROOT / "docs" / "schermen")
    opties = parser.parse_args()
    opties.uit.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="ministerie-schermen-") as map_:
        omgeving = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "ministerie.conf.dev",
            "MINISTERIE_DEMO": "1",
            "MINISTERIE_DATA_DIR": map_,
        }
        print("Demo opbouwen in", map_)
        _ministerie(omgeving, "migrate", "--noinput")
        _ministerie(omgeving, "organisatie", "laad", str(ROOT / "data" / "bzk-2021"))
        _ministerie(omgeving, "begroting", "laad", str(ROOT / "data" / "bzk-2021" / "begroting"))
        _ministerie(omgeving, "overleg", "laad", str(ROOT / "data" / "bzk-2021" / "overleggen.yaml"))
        _ministerie(omgeving, "demo", "laad")
        poort = _vrije_poort()
        basis = f"http://127.0.0.1:{poort}"
        werker = subprocess.Popen(
            [str(BIN / "ministerie"), "worker"],
            env=omgeving,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        server = subprocess.Popen(
            [str(BIN / "ministerie"), "serve"],
            env={**omgeving, "MINISTERIE_BIND": f"127.0.0.1:{poort}", "MINISTERIE_WEB_WORKERS": "2"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wacht_op(basis + "/gezondheid/leeft")
            wachtwoord = _demo_wachtwoord()
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM)
                page = browser.new_page(viewport=MAAT, locale="nl-NL")
                ingelogd: str | None = None
                for scherm in SCHERMEN:
                    if scherm.account != ingelogd:
                        if scherm.account:
                            _log_in(page, basis, scherm.account, wachtwoord)
                        else:
                            page.context.clear_cookies()
                        ingelogd = scherm.account
                    _fotografeer(page, basis, scherm, opties.uit)
                browser.close()
        finally:
            for proces in (server, werker):
                proces.terminate()
                proces.wait(timeout=30)
    print(f"{len(SCHERMEN)} schermafbeeldingen in {opties.uit}")
    return 0


def _demo_wachtwoord() -> str:
    import yaml

    bestand = ROOT / "src" / "ministerie" / "core" / "demo_accounts.yaml"
    return str(yaml.safe_load(bestand.read_text(encoding="utf-8"))["wachtwoord"])


if __name__ == "__main__":
    sys.exit(main())
