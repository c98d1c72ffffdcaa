"""Sessions: recorded at log-in, "last seen" at most once a minute, a user ends their own, an
administrator ends all of a user's, and deactivation ends them all (session rows deleted)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from ministerie.core.models import AuditRecord
from ministerie.gebruikers import services
from ministerie.gebruikers.models import Sessie
from ministerie.gebruikers.sessies import BIJWERKEN_NA, browser_omschrijving, sleutel_hash

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def _ingelogd(gebruiker: Any, browser: str = FIREFOX) -> Client:
    """A browser logged in as ``gebruiker`` that has made its first request."""
    client = Client(HTTP_USER_AGENT=browser)
    client.force_login(gebruiker)
    client.get(reverse("core:profiel"))
    return client


def test_inloggen_legt_een_sessie_vast_met_alleen_de_hash(maak_gebruiker: Any) -> None:
    g = maak_gebruiker("beleidsmedewerker")
    client = _ingelogd(g)
    sessie = Sessie.objects.get(gebruiker=g)
    sleutel = client.session.session_key
    assert sleutel and sessie.sleutel_hash == sleutel_hash(sleutel) and sleutel not in sessie.sleutel_hash

    # "last seen": not on every request, but once the minute has passed
    gezien = sessie.laatst_gezien
    assert client.get(reverse("gebruikers:mijn-sessies")).status_code == 200
    sessie.refresh_from_db()
    assert sessie.laatst_gezien == gezien
    # force_login makes the session without a browser's request: the first request fills it in
    assert sessie.adres == "127.0.0.1" and browser_omschrijving(sessie.browser) == "Firefox op Linux"
    Sessie.objects.filter(pk=sessie.pk).update(laatst_gezien=gezien - BIJWERKEN_NA - timedelta(seconds=1))
    client.get(reverse("gebruikers:mijn-sessies"))
    sessie.refresh_from_db()
    assert sessie.laatst_gezien > gezien - BIJWERKEN_NA


def test_uitloggen_sluit_de_sessie(maak_gebruiker: Any) -> None:
    g = maak_gebruiker("beleidsmedewerker")
    client = _ingelogd(g)
    client.post(reverse("core:uitloggen"))
    assert Sessie.objects.get(gebruiker=g).reden == "uitgelogd"


def test_eigen_sessies_zien_en_beeindigen(maak_gebruiker: Any) -> None:
    g = maak_gebruiker("beleidsmedewerker")
    laptop = _ingelogd(g)
    telefoon = _ingelogd(g, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1")
    tablet = _ingelogd(g, "Mozilla/5.0 (iPad) Safari/604.1")
    pagina = laptop.get(reverse("gebruikers:mijn-sessies")).content.decode()
    assert (
        "Safari op iPhone" in pagina
        and "deze sessie" in pagina
        and "Alle andere sessies beëindigen (2)" in pagina
    )

    # one other session ended: it is logged out on its next request, and its row is gone
    telefoon_sessie = Sessie.objects.get(gebruiker=g, browser__contains="iPhone")
    laptop.post(reverse("gebruikers:sessie-beeindigen", args=[telefoon_sessie.pk]))
    assert telefoon.get(reverse("core:mijn-werk")).status_code == 302
    assert not Session.objects.filter(session_key=telefoon.cookies["sessionid"].value).exists()

    # another user's session does not exist for me
    ander = _ingelogd(maak_gebruiker("secretariaat"))
    vreemd = Sessie.objects.exclude(gebruiker=g).get()
    assert laptop.post(reverse("gebruikers:sessie-beeindigen", args=[vreemd.pk])).status_code == 404

    # "end all others" keeps the one I work in
    huidige = laptop.session["_ministerie_sessie"]
    laptop.post(reverse("gebruikers:andere-sessies-beeindigen"), {"behalve": huidige})
    assert tablet.get(reverse("core:mijn-werk")).status_code == 302
    assert laptop.get(reverse("core:mijn-werk")).status_code == 200
    assert ander.get(reverse("core:mijn-werk")).status_code == 200
    assert AuditRecord.objects.filter(actie="andere_sessies_beeindigd").exists()
    assert AuditRecord.objects.filter(actie="sessie_beeindigd").exists()


def test_beheerder_beeindigt_alle_sessies_en_deactiveren_doet_het_ook(
    beheerder: Any, maak_gebruiker: Any
) -> None:
    g = maak_gebruiker("beleidsmedewerker")
    een, twee = _ingelogd(g), _ingelogd(g)
    beheer = _ingelogd(beheerder)
    beheer.post(reverse("gebruikers:sessies-beeindigen", args=[g.username]))
    assert een.get(reverse("core:mijn-werk")).status_code == 302
    assert twee.get(reverse("core:mijn-werk")).status_code == 302
    record = AuditRecord.objects.get(actie="alle_sessies_beeindigd")
    assert len(record.gegevens["sessies"]) == 2

    drie = _ingelogd(g)
    sleutel = drie.session.session_key
    services.deactiveer(g, door=beheerder)
    assert not Session.objects.filter(session_key=sleutel).exists()
    assert drie.get(reverse("core:mijn-werk")).status_code == 302
    assert AuditRecord.objects.get(actie="gebruiker_gedeactiveerd").gegevens["sessies_beeindigd"] == 1
    assert not Sessie.objects.filter(gebruiker=g, beeindigd_op__isnull=True).exists()
