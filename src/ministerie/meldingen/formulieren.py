from __future__ import annotations

from django import forms

from .models import Meldingsvoorkeur


class VoorkeurFormulier(forms.Form):
    email = forms.ChoiceField(
        label="Meldingen per e-mail",
        choices=Meldingsvoorkeur.Email.choices,
        widget=forms.RadioSelect,
    )
