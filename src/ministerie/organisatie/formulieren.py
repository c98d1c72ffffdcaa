"""The input of the organisation's actions (functional administration), one form each."""

from __future__ import annotations

from typing import Any

from django import forms

from .models import Eenheid, Persoon, Positie


class _MetCode(forms.Form):
    """A new item's code names it in every URL. A code that cannot be one makes the whole
    request unusable, so its error is one of the input as a whole ("invoer" in the API)."""

    code = forms.CharField(label="Code (kleine letters, cijfers en '-')", max_length=80, required=False)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if "code" in self.fields:
            try:
                data["code"] = forms.SlugField(max_length=80).clean(self.data.get("code"))
            except forms.ValidationError as fout:
                self.add_error(None, fout)
        return data


class EenheidFormulier(_MetCode):
    """A new unit, or (with ``eenheid``) a change to one: a field the input does not name
    keeps its value, and only the named fields go to the service."""

    VELDEN = ("naam", "afkorting", "soort", "bovenliggende", "omschrijving", "opmerking")

    naam = forms.CharField(label="Naam", max_length=250)
    afkorting = forms.CharField(label="Afkorting", max_length=40, required=False)
    soort = forms.ChoiceField(label="Soort", choices=Eenheid.Soort.choices)
    bovenliggende = forms.ModelChoiceField(
        label="Valt onder (code)", queryset=Eenheid.objects.all(), to_field_name="code", required=False
    )
    # size limits of free text (issue 13)
    omschrijving = forms.CharField(
        label="Omschrijving", widget=forms.Textarea, max_length=10_000, required=False
    )
    opmerking = forms.CharField(label="Opmerking", widget=forms.Textarea, max_length=10_000, required=False)

    def __init__(self, data: Any = None, *args: Any, eenheid: Eenheid | None = None, **kwargs: Any) -> None:
        self.genoemd = set(data or ())
        if data is not None and eenheid is not None:
            huidig = {naam: getattr(eenheid, naam) for naam in self.VELDEN}
            huidig["bovenliggende"] = eenheid.bovenliggende.code if eenheid.bovenliggende else None
            data = {**{k: v for k, v in huidig.items() if v is not None}, **data}
        super().__init__(data, *args, **kwargs)
        if eenheid is not None:
            del self.fields["code"]

    @classmethod
    def uit_json(cls, data: Any) -> dict[str, Any]:
        """The API names the unit above as ``valtOnder``."""
        uit = {k: v for k, v in data.items() if k in {"code", *cls.VELDEN}}
        if "valtOnder" in data:
            uit["bovenliggende"] = data["valtOnder"]
        return uit

    def gegevens(self) -> dict[str, Any]:
        genoemd = {"code", *self.VELDEN} if "code" in self.fields else self.genoemd
        return {k: v for k, v in self.cleaned_data.items() if k in genoemd}


class PersoonFormulier(_MetCode):
    naam = forms.CharField(label="Naam", max_length=200)


class PositieFormulier(forms.Form):
    eenheid = forms.ModelChoiceField(
        label="Eenheid (code)", queryset=Eenheid.objects.all(), to_field_name="code"
    )
    persoon = forms.ModelChoiceField(
        label="Persoon (code)", queryset=Persoon.objects.all(), to_field_name="code"
    )
    soort = forms.ChoiceField(label="Soort", choices=Positie.Soort.choices)
    functie = forms.CharField(label="Functie", max_length=150, required=False)
    van = forms.DateField(label="Van", required=False)
    tot = forms.DateField(label="Tot", required=False)
