from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from ministerie.bestanden.limieten import TeGrootBestand, controleer_grootte
from ministerie.lakken.cli import GELDIGE_GRONDEN

from .categorieen import Categorie
from .models import Brondocument, Periode
from .personen import bestuurders


class DatumInvoer(forms.DateInput):
    input_type = "date"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d")


class PeriodeFormulier(forms.Form):
    jaar = forms.IntegerField(label="Jaar", min_value=2013, max_value=2100)
    maand = forms.TypedChoiceField(
        label="Maand",
        coerce=int,
        choices=[
            (i, n)
            for i, n in enumerate(
                [
                    "januari",
                    "februari",
                    "maart",
                    "april",
                    "mei",
                    "juni",
                    "juli",
                    "augustus",
                    "september",
                    "oktober",
                    "november",
                    "december",
                ],
                start=1,
            )
        ],
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        vandaag = timezone.localdate()
        self.fields["jaar"].initial = vandaag.year
        self.fields["maand"].initial = vandaag.month


class DocumentFormulier(forms.Form):
    bestand = forms.FileField(
        label="Bestand",
        help_text="PDF, foto of scan (PNG, JPEG, TIFF), e-mail (.eml), Word of tekst; tot 50 MB.",
    )
    titel = forms.CharField(
        label="Titel",
        max_length=200,
        required=False,
        help_text="Bijvoorbeeld: Factuur hotel Brussel 12 maart.",
    )
    soort = forms.ChoiceField(label="Soort document", choices=Brondocument.Soort.choices)

    def clean_bestand(self) -> Any:
        bestand = self.cleaned_data["bestand"]
        try:
            controleer_grootte(bestand.size)  # before anything reads it into memory
        except TeGrootBestand as fout:
            raise forms.ValidationError(str(fout)) from None
        return bestand


class PostFormulier(forms.Form):
    persoon = forms.ChoiceField(label="Persoon")
    categorie = forms.ChoiceField(label="Categorie", choices=Categorie.choices)
    datum = forms.DateField(
        label="Datum",
        widget=DatumInvoer(),
        error_messages={"invalid": "Vul een geldige datum in, bijvoorbeeld 2026-03-12."},
    )
    bedrag = forms.DecimalField(
        label="Bedrag in euro's",
        max_digits=10,
        decimal_places=2,
        localize=True,
        error_messages={"invalid": "Geef een bedrag, bijvoorbeeld 12,50."},
    )
    omschrijving = forms.CharField(label="Omschrijving", max_length=300)
    brondocument = forms.ChoiceField(label="Brondocument")

    def __init__(self, *args: Any, periode: Periode, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["persoon"].choices = [
            (b.persoon.pk, f"{b.persoon.naam} ({b.functie})") for b in bestuurders(periode.ministerie)
        ]
        self.fields["brondocument"].choices = [(d.pk, d.titel) for d in periode.documenten.order_by("pk")]


class LaktermFormulier(forms.Form):
    tekst = forms.CharField(label="Tekst die gelakt moet worden", max_length=500)
    grond = forms.ChoiceField(
        label="Weigeringsgrond (Woo)", choices=[(g, g) for g in GELDIGE_GRONDEN], initial="5.1.2e"
    )
    pagina = forms.IntegerField(label="Pagina", min_value=1)


class MarkeerFormulier(forms.Form):
    pagina = forms.IntegerField(label="Pagina", min_value=1)
    reden = forms.CharField(label="Wat moet er nagekeken worden?", max_length=500)


class OpheffenFormulier(forms.Form):
    toelichting = forms.CharField(label="Waarom is de pagina in orde?", max_length=500)


class IntrekFormulier(forms.Form):
    reden = forms.CharField(label="Reden van intrekken (wordt openbaar getoond)", max_length=2000)
