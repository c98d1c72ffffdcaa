from __future__ import annotations

from typing import Any

from django import forms


class TotpFormulier(forms.Form):
    naam = forms.CharField(
        label="Naam van dit apparaat",
        max_length=64,
        initial="Authenticator-app",
        help_text="Zodat u het later herkent, bijvoorbeeld 'Telefoon van het werk'.",
    )
    code = forms.RegexField(
        label="Code uit de app",
        regex=r"^\d{6}$",
        max_length=6,
        help_text="De zes cijfers die de app nu toont.",
        error_messages={
            "invalid": "Vul de zes cijfers uit de app in.",
            "required": "Vul de code uit de app in.",
        },
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["code"].widget.attrs.update(inputmode="numeric", autocomplete="one-time-code")


class ControleFormulier(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=16,
        help_text="De zes cijfers uit uw authenticator-app, of een van uw herstelcodes.",
        error_messages={"required": "Vul de code in."},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["code"].widget.attrs.update(autocomplete="one-time-code")

    def clean_code(self) -> str:
        return "".join(self.cleaned_data["code"].split())
