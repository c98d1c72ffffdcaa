"""E-mail over real SMTP: an aiosmtpd server on loopback receives what the jobs send."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from ministerie.core.models import AuditRecord
from ministerie.core.rubricering import Rubricering
from ministerie.meldingen import mail, services, taken
from ministerie.meldingen.models import Melding

pytestmark = pytest.mark.django_db


def _delen(bericht: Any) -> tuple[str, str]:
    assert bericht.get_content_type() == "multipart/alternative"
    tekst = bericht.get_body(preferencelist=("plain",)).get_content()
    html = bericht.get_body(preferencelist=("html",)).get_content()
    return tekst, html


def test_direct_een_email_per_melding(
    smtp: Any, medewerker: Any, django_capture_on_commit_callbacks: Any
) -> None:
    direct, dagelijks = medewerker("direct", "direct"), medewerker("dagelijks")
    with django_capture_on_commit_callbacks(execute=True):
        services.meld(
            [direct, dagelijks],
            "beslist",
            "Nota 12 is besloten",
            "/stukken/notas/12/",
            tekst="Geheime inhoud",
        )
    assert len(smtp.berichten) == 1
    [bericht] = smtp.aan("direct@ministerie.test")
    assert bericht["Subject"] == "ministerie: Nota 12 is besloten"
    assert bericht["From"] == "ministerie <noreply@ministerie.test>"
    assert bericht["Auto-Submitted"] == "auto-generated"
    tekst, html = _delen(bericht)
    assert "Besloten: Nota 12 is besloten" in tekst
    assert "https://ministerie.test/stukken/notas/12/" in tekst
    assert 'href="https://ministerie.test/stukken/notas/12/"' in html
    assert "https://ministerie.test/meldingen/instellingen/" in tekst
    assert "Geheime inhoud" not in tekst + html
    assert Melding.objects.get(ontvanger=direct).gemaild_op is not None
    assert Melding.objects.get(ontvanger=dagelijks).gemaild_op is None
    # the job again (a retry): nothing is sent twice
    melding = Melding.objects.get(ontvanger=direct)
    assert taken.mail_melding.call(melding.pk)["verstuurd"] is False
    assert len(smtp.berichten) == 1


def test_dagelijks_overzicht_per_gebruiker(smtp: Any, medewerker: Any) -> None:
    a, b, geen = medewerker("a"), medewerker("b"), medewerker("geen", "geen")
    services.meld([a, b, geen], "afgedaan", "Nota 1 is afgedaan", "/n/1/")
    services.meld([a], "teruggestuurd", "Nota 2 is teruggestuurd", "/n/2/")
    services.meld(
        [a], "beslist", "Nota 3 (Stg. Confidentieel)", "/n/3/", rubricering=Rubricering.STG_CONFIDENTIEEL
    )
    gelezen = services.meld([b], "getekend", "Brief 4 is getekend", "/b/4/")[0]
    services.markeer_gelezen(gelezen, door=b)

    call_command("meldingen", "verstuur-overzicht")  # through the job queue (immediate in tests)

    assert sorted(r for ontvangers, _ in smtp.berichten for r in ontvangers) == [
        "a@ministerie.test",
        "b@ministerie.test",
    ]
    [voor_a] = smtp.aan("a@ministerie.test")
    assert voor_a["Subject"] == "ministerie: 3 nieuwe meldingen"
    tekst, html = _delen(voor_a)
    assert "Er zijn 3 nieuwe meldingen" in tekst
    assert "Afgedaan: Nota 1 is afgedaan" in tekst and "https://ministerie.test/n/2/" in tekst
    # above Intern the title stays in the application
    assert "Stg. Confidentieel)" not in tekst + html
    assert "een stuk met rubricering Stg. Confidentieel" in tekst
    [voor_b] = smtp.aan("b@ministerie.test")
    assert voor_b["Subject"] == "ministerie: 1 nieuwe melding"
    assert "Brief 4" not in _delen(voor_b)[0]  # read already: not mailed
    record = AuditRecord.objects.filter(actie="meldingen_overzicht_verstuurd").last()
    assert record is not None
    assert record.gegevens == {
        "gebruikers": 2,
        "meldingen": 4,
        "mislukt": [],
    }

    call_command("meldingen", "verstuur-overzicht", "--nu")  # a second run sends nothing
    assert len(smtp.berichten) == 2


def test_een_mislukte_verzending_wordt_teruggegeven(medewerker: Any) -> None:
    a = medewerker("a", "direct")
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=9,  # nothing listens: the connection is refused
        EMAIL_USE_TLS=False,
        EMAIL_TIMEOUT=2,
    ):
        [melding] = services.meld(a, "beslist", "Nota 5 is besloten", "/n/5/")
        with pytest.raises(OSError):
            mail.verstuur_direct(melding.pk)
        assert Melding.objects.get(pk=melding.pk).gemaild_op is None
        with pytest.raises(CommandError, match="Niet verstuurd aan: a"):
            call_command("meldingen", "verstuur-overzicht", "--nu")
        assert Melding.objects.get(pk=melding.pk).gemaild_op is None


def test_zonder_mailserver_wordt_niets_verstuurd(
    medewerker: Any, django_capture_on_commit_callbacks: Any
) -> None:
    a = medewerker("a", "direct")
    with override_settings(EMAIL_HOST=""):
        with django_capture_on_commit_callbacks(execute=True) as terugroepen:
            services.meld(a, "beslist", "Nota 6 is besloten", "/n/6/")
        assert terugroepen == []
        with pytest.raises(CommandError, match="geen mailserver"):
            call_command("meldingen", "verstuur-overzicht")
        assert mail.verstuur_overzichten().meldingen == 0
