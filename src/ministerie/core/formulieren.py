from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm, UsernameField

from ministerie.termijnen import REGELINGEN, TermijnFout, bereken


class InlogFormulier(AuthenticationForm):
    # bounded like the set-up page's password fields; a user name as long as the model allows
    username = UsernameField(max_length=150, widget=forms.TextInput(attrs={"autofocus": True}))
    password = forms.CharField(
        max_length=128, strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )
    error_messages = {
        "invalid_login": "Gebruikersnaam of wachtwoord klopt niet. Let op hoofdletters.",
        "inactive": "Dit account is niet actief. Neem contact op met functioneel beheer.",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Gebruikersnaam"
        self.fields["password"].label = "Wachtwoord"


class TermijnFormulier(forms.Form):
    regeling = forms.ChoiceField(label="Regeling", choices=[])
    datum = forms.DateField(
        label="Datum",
        help_text="De dag van ontvangst (bij de bezwaartermijn: de dag van bekendmaking).",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Vul een geldige datum in, bijvoorbeeld 2027-03-01."},
    )
    verdaging = forms.BooleanField(label="Met verdaging", required=False)
    opschorting = forms.IntegerField(
        label="Dagen opschorting",
        min_value=0,
        max_value=3650,
        required=False,
        initial=0,
        error_messages={"min_value": "Het aantal dagen opschorting kan niet negatief zijn."},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["regeling"].choices = [  # type: ignore[attr-defined]
            (code, f"{r.omschrijving} ({r.grondslag})") for code, r in REGELINGEN.items()
        ]

    def bereken(self) -> Any:
        data = self.cleaned_data
        try:
            return bereken(
                data["regeling"],
                data["datum"],
                verdaging=data["verdaging"],
                opschorting_dagen=data["opschorting"] or 0,
            )
        except TermijnFout as fout:
            self.add_error(None, str(fout))
            return None


class MeerdereBestandenInvoer(forms.ClearableFileInput):
    allow_multiple_selected = True


class MeerdereBestandenVeld(forms.FileField):
    """Several files in one field (``<input type="file" multiple>``); cleans to a list."""

    widget = MeerdereBestandenInvoer

    def __init__(self, *args: Any, max_aantal: int = 500, **kwargs: Any) -> None:
        self.max_aantal = max_aantal
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        bestanden = data if isinstance(data, list | tuple) else [data] if data else []
        if not bestanden and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        if len(bestanden) > self.max_aantal:
            raise forms.ValidationError(f"Lever hoogstens {self.max_aantal} bestanden tegelijk aan.")
        return [super(MeerdereBestandenVeld, self).clean(b, initial) for b in bestanden]


class Keuzelijst(forms.SelectMultiple):
    """A searchable multi-select for a long list (directies, eenheden, colleagues): a plain
    ``<select multiple>`` that ``core/static/core/keuzelijst.js`` turns into a text field that
    filters while you type, the chosen items as removable chips and a keyboard-usable list. Without
    JavaScript the select itself works (a taller list, Ctrl/Cmd to choose several). The script is
    loaded by ``formulieren.js`` on every page that has a ``<select multiple>``; this widget only
    gives the select its classes and a height."""

    def __init__(self, attrs: dict[str, Any] | None = None, choices: Any = ()) -> None:
        standaard = {
            "class": "utrecht-select utrecht-select--html-select keuzelijst__select",
            "size": "8",
            "data-keuzelijst": "ja",
        }
        super().__init__({**standaard, **(attrs or {})}, choices)
