"""The input of user administration, one form per action, for page, API and command line."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import SetPasswordForm
from django.core.exceptions import ValidationError
from django.http import QueryDict

from ministerie.core.models import Gebruiker
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid, Persoon

from . import hr_import, niveaus, services


class ClearanceVeld(forms.ChoiceField):
    """A clearance by its name as in the classification list, in any letter case."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(choices=[(str(label), str(label)) for label in Rubricering.labels], **kwargs)

    def clean(self, value: Any) -> int | None:
        if value in self.empty_values:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return None
        try:
            return niveaus.niveau_uit_naam(str(value))
        except ValidationError as fout:
            raise ValidationError(fout.messages[0], code="invalid") from None


def _rolkeuzes() -> list[tuple[str, str]]:
    return list(services.geldige_rollen().items())


class GebruikerFormulier(forms.Form):
    """A new user, or (with ``gebruiker``) a change to one. On a page every field counts (an
    unticked role sends nothing); through the API and the command line only the fields named
    change, the others keep their value."""

    VELDEN = ("voornaam", "achternaam", "email", "rollen", "eenheden", "clearance", "persoon")

    gebruikersnaam = forms.CharField(
        label="Gebruikersnaam",
        max_length=150,
        help_text="Letters, cijfers en . @ + - _; hiermee logt de gebruiker in. Later niet te wijzigen.",
    )
    voornaam = forms.CharField(label="Voornaam", max_length=150, required=False)
    achternaam = forms.CharField(label="Achternaam", max_length=150, required=False)
    email = forms.EmailField(label="E-mailadres", max_length=254, required=False)
    rollen = forms.MultipleChoiceField(
        label="Rollen", choices=_rolkeuzes, widget=forms.CheckboxSelectMultiple, required=False
    )
    eenheden = forms.ModelMultipleChoiceField(
        label="Eenheden",
        queryset=Eenheid.objects.order_by("naam"),
        to_field_name="code",
        required=False,
        help_text="Houd Ctrl (of Cmd) ingedrukt om meer dan één eenheid te kiezen.",
        error_messages={
            "invalid_choice": "Eenheid '%(value)s' staat niet in het organisatieregister (geef de code).",
            "list": "Geef een lijst van eenheidscodes.",
        },
    )
    clearance = ClearanceVeld(
        label="Rubricering (clearance)",
        required=False,
        help_text="Een verhoging naar Stg. Confidentieel of hoger wacht op de goedkeuring van een "
        "tweede functioneel beheerder; tot dan geldt de oude rubricering.",
    )
    persoon = forms.ModelChoiceField(
        label="Persoon in het organisatieregister",
        queryset=Persoon.objects.order_by("naam"),
        to_field_name="code",
        required=False,
        empty_label="(geen)",
        error_messages={
            "invalid_choice": "Deze persoon staat niet in het organisatieregister (geef de code)."
        },
    )

    def __init__(
        self, data: Any = None, *args: Any, gebruiker: Gebruiker | None = None, **kwargs: Any
    ) -> None:
        self.gebruiker = gebruiker
        self.op_pagina = data is None or isinstance(data, QueryDict)
        self.genoemd = set(data or ())
        if data is not None and gebruiker is not None and not self.op_pagina:
            data = {**self.huidige_waarden(gebruiker), **data}
        super().__init__(data, *args, **kwargs)
        if gebruiker is not None:
            del self.fields["gebruikersnaam"]
            if data is None:
                self.initial.update(self.huidige_waarden(gebruiker))
        else:
            self.fields["rollen"].required = True
            self.fields["eenheden"].required = True
            self.initial.setdefault("clearance", str(Rubricering.INTERN.label))
        # a page's select always sends a level; through the API and the command line it may be left out
        self.fields["clearance"].required = self.op_pagina
        eenheden: Any = self.fields["eenheden"]
        eenheden.label_from_instance = lambda e: f"{e.naam} ({e.code})"
        personen: Any = self.fields["persoon"]
        personen.label_from_instance = lambda p: f"{p.naam} ({p.code})"

    @staticmethod
    def huidige_waarden(gebruiker: Gebruiker) -> dict[str, Any]:
        return {
            "voornaam": gebruiker.first_name,
            "achternaam": gebruiker.last_name,
            "email": gebruiker.email,
            "rollen": sorted(gebruiker.rolcodes()),
            "eenheden": sorted(gebruiker.eenheden.values_list("code", flat=True)),
            "clearance": niveaus.naam(gebruiker.clearance),
            "persoon": gebruiker.persoon.code if gebruiker.persoon else "",
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not self.op_pagina:
            onbekend = self.genoemd - set(self.fields)
            if onbekend:
                self.add_error(None, f"Onbekende velden: {', '.join(sorted(str(v)[:40] for v in onbekend))}.")
        return data

    def gegevens(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        if data.get("clearance") is None:
            data.pop("clearance", None)
            if self.gebruiker is None:
                data["clearance"] = Rubricering.INTERN
        data["eenheden"] = list(data.get("eenheden") or [])
        if self.gebruiker is None or self.op_pagina:
            return data
        return {k: v for k, v in data.items() if k in self.genoemd}


class AfwijzenFormulier(forms.Form):
    toelichting = forms.CharField(
        label="Reden van afwijzen", max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class AndereSessiesFormulier(forms.Form):
    """The session to keep: the one the user works in (the page fills it in)."""

    behalve = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)


class ImportFormulier(forms.Form):
    bestand = forms.FileField(
        label="CSV-bestand uit het HR-systeem",
        help_text=f"Kolommen en regels: zie de uitleg hieronder. Hoogstens "
        f"{hr_import.MAX_BYTES // (1024 * 1024)} MB en {hr_import.MAX_REGELS} regels.",
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
    proef = forms.BooleanField(
        label="Alleen proefdraaien: laat zien wat er zou veranderen, sla niets op",
        required=False,
        initial=True,
    )

    def clean_bestand(self) -> Any:
        bestand = self.cleaned_data["bestand"]
        if bestand.size > hr_import.MAX_BYTES:
            raise ValidationError(f"Het bestand is groter dan {hr_import.MAX_BYTES // (1024 * 1024)} MB.")
        return bestand

    def gegevens(self) -> dict[str, Any]:
        bestand = self.cleaned_data["bestand"]
        return {
            "inhoud": bestand.read(),
            "bestandsnaam": bestand.name or "bestand.csv",
            "proef": self.cleaned_data["proef"],
        }


class WachtwoordInstellenFormulier(SetPasswordForm):
    """The first password, through the one-time set-up link: Django's rules (settings), with
    their messages in Dutch and a limit on the length."""

    MAX_LENGTE = 128
    new_password1 = forms.CharField(
        label="Nieuw wachtwoord",
        max_length=MAX_LENGTE,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"max_length": f"Een wachtwoord is hoogstens {MAX_LENGTE} tekens."},
    )
    new_password2 = forms.CharField(
        label="Nieuw wachtwoord (nog eens)",
        max_length=MAX_LENGTE,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"max_length": f"Een wachtwoord is hoogstens {MAX_LENGTE} tekens."},
    )
    error_messages = {
        **SetPasswordForm.error_messages,
        "password_mismatch": "De twee wachtwoorden zijn niet gelijk.",
    }
    MELDINGEN = {
        "password_too_short": "Dit wachtwoord is te kort: gebruik ten minste {min_length} tekens.",
        "password_too_common": "Dit wachtwoord is te gewoon (het staat op een lijst van veelgebruikte).",
        "password_entirely_numeric": "Een wachtwoord mag niet alleen uit cijfers bestaan.",
        "password_too_similar": "Dit wachtwoord lijkt te veel op uw naam, gebruikersnaam of e-mailadres.",
    }

    def validate_password_for_user(self, user: Any, password_field_name: str = "password2") -> None:
        wachtwoord = self.cleaned_data.get(password_field_name)
        if not wachtwoord:
            return
        try:
            password_validation.validate_password(wachtwoord, user)
        except ValidationError as fouten:
            for fout in fouten.error_list:
                sjabloon = self.MELDINGEN.get(fout.code or "")
                tekst = sjabloon.format(**(fout.params or {})) if sjabloon else " ".join(fout.messages)
                self.add_error(password_field_name, tekst)
