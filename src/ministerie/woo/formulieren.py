"""Forms of the Woo pages, and the anti-abuse checks of the public form (no third parties):
a honeypot field, a minimum fill time carried in a signed timestamp, and a rate limit per IP."""

from __future__ import annotations

import time
from typing import Any

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache

from .models import Verzoek

ZOUT = "woo-webformulier"


def min_invultijd() -> float:
    # WOO_MIN_INVULTIJD: seconds a person needs at least to fill the public form (default 3).
    return float(getattr(settings, "WOO_MIN_INVULTIJD", 3))


def max_per_uur() -> int:
    # WOO_MAX_PER_UUR: requests per IP address per hour on the public form (default 5).
    return int(getattr(settings, "WOO_MAX_PER_UUR", 5))


def nieuw_formuliertoken() -> str:
    return signing.dumps(time.time(), salt=ZOUT)


def te_vaak(ip: str) -> bool:
    """Count this attempt; True when the IP address passed the hourly limit."""
    sleutel = f"woo-indienen:{ip}"
    cache.add(sleutel, 0, timeout=3600)
    try:
        aantal = cache.incr(sleutel)
    except ValueError:
        cache.set(sleutel, 1, timeout=3600)
        aantal = 1
    return aantal > max_per_uur()


class _Datum(forms.DateInput):
    input_type = "date"


class PubliekVerzoekFormulier(forms.Form):
    onderwerp = forms.CharField(label="Onderwerp", max_length=200)
    omschrijving = forms.CharField(
        label="Welke informatie zoekt u?",
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Beschrijf zo precies mogelijk over welk onderwerp en welke periode u "
        "informatie wilt. U hoeft niet te zeggen waarom.",
    )
    verzoeker_naam = forms.CharField(label="Uw naam", max_length=200, required=False)
    verzoeker_email = forms.EmailField(
        label="Uw e-mailadres",
        help_text="Hierop ontvangt u de ontvangstbevestiging en het besluit.",
    )
    website = forms.CharField(label="Laat dit veld leeg", required=False)
    token = forms.CharField(widget=forms.HiddenInput)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("website"):
            raise forms.ValidationError("Het formulier kon niet worden verwerkt.", code="honeypot")
        try:
            begonnen = signing.loads(data.get("token") or "", salt=ZOUT, max_age=4 * 3600)
        except signing.BadSignature:
            raise forms.ValidationError(
                "Het formulier is verlopen of ongeldig. Laad de pagina opnieuw en probeer het nog eens.",
                code="token",
            ) from None
        if time.time() - float(begonnen) < min_invultijd():
            raise forms.ValidationError(
                "Het formulier is te snel verstuurd. Controleer uw gegevens en verstuur het opnieuw.",
                code="te_snel",
            )
        return data


class VerzoekFormulier(forms.Form):
    """Registration by staff of a request received by letter, e-mail or orally."""

    kanaal = forms.ChoiceField(
        label="Ontvangen via",
        choices=[(k, v) for k, v in Verzoek.Kanaal.choices if k not in ("kamerbrief",)],
    )
    ontvangen_op = forms.DateField(label="Ontvangen op", widget=_Datum)
    onderwerp = forms.CharField(label="Onderwerp", max_length=200)
    omschrijving = forms.CharField(label="Het verzoek", widget=forms.Textarea(attrs={"rows": 5}))
    verzoeker_naam = forms.CharField(label="Naam verzoeker", max_length=200, required=False)
    verzoeker_email = forms.EmailField(label="E-mailadres verzoeker", required=False)
    verzoeker_adres = forms.CharField(
        label="Postadres verzoeker", widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
