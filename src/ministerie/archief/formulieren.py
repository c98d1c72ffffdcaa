"""The input of the archive's actions: one form each, for the page and the API."""

from __future__ import annotations

from typing import Any

from django import forms

from ministerie.core.models import Gebruiker
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid, Persoon

from .models import Bewaarplicht, Functieperiode, Item, Sleutelfunctionaris


class Datum(forms.DateInput):
    input_type = "date"


def _datum(label: str, required: bool = False) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=required,
        widget=Datum(),
        error_messages={"invalid": "Vul een geldige datum in, bijvoorbeeld 2027-03-01."},
    )


class ZoekFormulier(forms.Form):
    termen = forms.CharField(
        label="Zoektermen", required=False, max_length=200,
        help_text='Elk woord moet voorkomen, ook in een andere vorm ("besluiten" vindt "besluit"); '
        '"tussen aanhalingstekens" zoekt een zinsdeel.',
    )  # fmt: skip
    van = _datum("Vanaf")
    tot = _datum("Tot en met")
    functionaris = forms.ModelChoiceField(
        label="Sleutelfunctionaris", queryset=Sleutelfunctionaris.objects.none(), required=False,
        empty_label="Alle",
    )  # fmt: skip
    soort = forms.ChoiceField(label="Soort", choices=[("", "Alle"), *Item.Soort.choices], required=False)
    rubricering = forms.TypedChoiceField(
        label="Rubricering", choices=[("", "Alle"), *Rubricering.choices], required=False, coerce=int,
        empty_value=None,
    )  # fmt: skip

    def __init__(self, *args: Any, functionarissen: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if functionarissen is not None:
            self.fields["functionaris"].queryset = functionarissen  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        gegevens = super().clean() or {}
        if gegevens.get("van") and gegevens.get("tot") and gegevens["tot"] < gegevens["van"]:
            raise forms.ValidationError("De einddatum ligt voor de begindatum.")
        return gegevens


class PeriodeFormulier(forms.Form):
    persoon = forms.ModelChoiceField(label="Persoon (organisatieregister)", queryset=Persoon.objects.all())
    code = forms.SlugField(
        label="Code", max_length=80, help_text="Kort, voor de opdrachtregel, bv. minister-bzk."
    )
    functie = forms.ChoiceField(label="Functie", choices=Functieperiode.Functie.choices)
    omschrijving = forms.CharField(label="Omschrijving", max_length=200, required=False)
    eenheid = forms.ModelChoiceField(label="Eenheid", queryset=Eenheid.objects.all(), required=False)
    van = _datum("Vanaf", required=True)
    tot = _datum("Tot en met")


class OvernemenFormulier(forms.Form):
    standaard_van = _datum("Begindatum voor posities zonder datum", required=True)


class GebruikerVeld(forms.CharField):
    def clean(self, value: Any) -> Gebruiker:
        naam = super().clean(value)
        gebruiker = Gebruiker.objects.filter(username=naam, is_active=True).first()
        if gebruiker is None:
            raise forms.ValidationError("Geen actieve gebruiker met deze gebruikersnaam.")
        return gebruiker


class MachtigingFormulier(forms.Form):
    functionaris = forms.ModelChoiceField(label="Archief van", queryset=Sleutelfunctionaris.objects.all())
    gebruiker = GebruikerVeld(label="Gebruikersnaam", max_length=150)


class EigenMachtigingFormulier(forms.Form):
    gebruiker = GebruikerVeld(label="Gebruikersnaam van wie toegang krijgt", max_length=150)


class BewaarplichtFormulier(forms.Form):
    functionaris = forms.ModelChoiceField(
        label="Sleutelfunctionaris", queryset=Sleutelfunctionaris.objects.all()
    )
    grond = forms.ChoiceField(label="Grond", choices=Bewaarplicht.Grond.choices)
    referentie = forms.CharField(label="Referentie (zaak- of verzoeknummer)", max_length=120)
    reden = forms.CharField(label="Reden", max_length=1000, widget=forms.Textarea)
    van = _datum("Stukken vanaf")
    tot = _datum("Stukken tot en met")


class OpheffenFormulier(forms.Form):
    reden = forms.CharField(label="Reden van opheffen", max_length=1000)


class IntrekkenFormulier(forms.Form):
    reden = forms.CharField(label="Reden van intrekken", max_length=1000)


class LijstFormulier(forms.Form):
    peildatum = _datum("Peildatum (termijn verstreken op of voor)")


class WooFormulier(forms.Form):
    verzoek = forms.CharField(label="Kenmerk Woo-verzoek", max_length=100)
    items = forms.TypedMultipleChoiceField(label="Stukken", coerce=int, choices=[])

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        gekozen = self.data.getlist("items") if hasattr(self.data, "getlist") else self.data.get("items", [])
        self.fields["items"].choices = [(str(w), str(w)) for w in (gekozen or [])][:200]  # type: ignore[attr-defined]
