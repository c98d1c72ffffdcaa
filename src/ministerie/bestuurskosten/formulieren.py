"""The input of every action of the expense disclosure, one form each, for the pages and the API."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from ministerie.bestanden.limieten import TeGrootBestand, controleer_grootte
from ministerie.core.models import Gebruiker
from ministerie.lakken.cli import GELDIGE_GRONDEN
from ministerie.organisatie.models import Persoon

from .categorieen import Categorie
from .models import Brondocument, Periode
from .personen import bestuurders, ministerie_van


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

    def __init__(self, *args: Any, gebruiker: Gebruiker | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.gebruiker = gebruiker
        vandaag = timezone.localdate()
        self.fields["jaar"].initial = vandaag.year
        self.fields["maand"].initial = vandaag.month

    def gegevens(self) -> dict[str, Any]:
        """The month of the ministry the user works for."""
        ministerie = ministerie_van(self.gebruiker) if self.gebruiker is not None else None
        return {**self.cleaned_data, "ministerie": ministerie}


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

    def gegevens(self) -> dict[str, Any]:
        bestand = self.cleaned_data["bestand"]
        return {
            "data": bestand.read(),
            "bestandsnaam": bestand.name,
            "titel": self.cleaned_data["titel"],
            "soort": self.cleaned_data["soort"],
        }


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
        persoon, brondocument = self.fields["persoon"], self.fields["brondocument"]
        assert isinstance(persoon, forms.ChoiceField) and isinstance(brondocument, forms.ChoiceField)
        persoon.choices = [
            (b.persoon.pk, f"{b.persoon.naam} ({b.functie})") for b in bestuurders(periode.ministerie)
        ]
        brondocument.choices = [(d.pk, d.titel) for d in periode.documenten.order_by("pk")]

    def gegevens(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            **data,
            "persoon": Persoon.objects.get(pk=data["persoon"]),
            "brondocument": Brondocument.objects.get(pk=data["brondocument"]),
        }


class BeoordeelFormulier(forms.Form):
    """Per proposal of the document: redact ("lakken") or keep ("laten"), as ``voorstel-<id>``."""

    KEUZES = [("lakken", "Lakken"), ("laten", "Niet lakken")]

    def __init__(self, *args: Any, document: Brondocument, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for voorstel in document.voorstellen.all():
            self.fields[f"voorstel-{voorstel.pk}"] = forms.ChoiceField(
                label=str(voorstel), choices=self.KEUZES, required=False
            )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if not any(data.get(naam) for naam in self.fields):
            raise forms.ValidationError("Kies bij elk voorstel 'lakken' of 'niet lakken'.")
        return data

    def gegevens(self) -> dict[str, Any]:
        return {
            "besluiten": {
                int(naam.removeprefix("voorstel-")): waarde == "lakken"
                for naam, waarde in self.cleaned_data.items()
                if waarde
            }
        }


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
    reden = forms.CharField(
        label="Reden van intrekken (wordt openbaar getoond)",
        max_length=2000,
        error_messages={"required": "Geef de reden van het intrekken; die wordt openbaar getoond."},
    )
