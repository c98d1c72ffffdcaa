"""Finding of the security probe (issue 13 §5): the detector took section numbers such as
"13.2.4.23" for IP addresses (and would black them out of a published document). Real IP
addresses in the same text must still be found."""

from __future__ import annotations

import pytest

from ministerie.lakken.detectie import detecteer

from .hulp import teksten

# The shape of the probe's document: an information-security policy with numbered sections,
# cross-references and an incident that names real addresses.
BELEID = """13.2.4 Toegang tot systemen
13.2.4.22 Wachtwoorden
Wachtwoorden worden niet gedeeld. Zie ook 13.2.4.23 en 13.2.5.1.

13.2.4.23 Logging van inlogpogingen
Conform 13.2.4.23 worden mislukte inlogpogingen twaalf maanden bewaard (zie 13.2.4.22,
tot en met 13.2.4.25). Op 3 maart blokkeerde de firewall 214 pogingen vanaf 84.241.12.7;
de beheerder van de server 10.0.0.15 kreeg een melding, net als die van 172.16.4.2.
De aanvaller gebruikte daarna het IP-adres 13.2.4.23, dat bij een cloudaanbieder hoort.
"""


def test_sectienummers_zijn_geen_ip_adressen() -> None:
    gevonden = teksten(BELEID, "IP_ADRES")
    assert gevonden == ["84.241.12.7", "10.0.0.15", "172.16.4.2", "13.2.4.23"]
    # the one "13.2.4.23" found is the address in the last sentence, not a section number
    start = BELEID.index("IP-adres 13.2.4.23") + len("IP-adres ")
    ip = [s for s in detecteer(BELEID) if s.label == "IP_ADRES" and s.tekst == "13.2.4.23"]
    assert [s.start for s in ip] == [start]


@pytest.mark.parametrize(
    "tekst",
    [
        "13.2.4.23 Logging van inlogpogingen",
        "Zie 13.2.4.23 voor de bewaartermijn.",
        "Conform 13.2.4.23 van het beveiligingsbeleid.",
        "Volgens 4.10.2.1 is dat niet nodig.",
        "De maatregelen in 12.1.3 en 12.1.3.4 gelden ook hier.",
        "zoals bedoeld in 5.2.1.12 van de Baseline",
    ],
)
def test_sectienummer_negatief(tekst: str) -> None:
    assert teksten(tekst, "IP_ADRES") == []


@pytest.mark.parametrize(
    "tekst, ip",
    [
        ("De server 10.0.0.15 reageerde niet.", "10.0.0.15"),
        ("Inlogpogingen kwamen van 84.241.12.7, 10.0.0.15 en 10.0.0.16.", "10.0.0.16"),
        ("Het verzoek kwam binnen via 192.168.1.12 om 12:00.", "192.168.1.12"),
        ("13.2.4.23 - - [03/Mar/2021:10:00:00 +0100] GET /inloggen", "13.2.4.23"),
        ("Bereikbaar onder 10.20.30.40 binnen het netwerk.", "10.20.30.40"),
    ],
)
def test_echte_ip_adressen_blijven_gevonden(tekst: str, ip: str) -> None:
    assert ip in teksten(tekst, "IP_ADRES")
