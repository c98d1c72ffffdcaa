"""The change-entry form: one change (soort, title, explanation) with up to REGELS amount lines."""

from __future__ import annotations

from typing import Any

from django import forms

from .models import Artikel, Bedragsoort, Bevinding, Moment, Mutatie, Stand
from .services import NieuweMutatie, NieuweRegel

REGELS = 6


class MutatieFormulier(forms.Form):
    soort = forms.ChoiceField(label="Soort mutatie", choices=Mutatie.Soort.choices)
    titel = forms.CharField(label="Titel", max_length=200)
    toelichting = forms.CharField(
        label="Toelichting",
        widget=forms.Textarea,
        help_text="Waarom deze mutatie: de oorzaak, het besluit en de dekking.",
    )
    uitzondering_reden = forms.CharField(
        label="Uitzondering door FEZ: redenen",
        required=False,
        widget=forms.Textarea,
        help_text="Alleen invullen als FEZ bewust een uitzondering maakt op 'eigen broek "
        "ophouden'. De uitzondering komt met deze redenen in de audittrail.",
    )

    def __init__(self, *args: Any, stand: Stand, artikelen: list[Artikel], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.stand = stand
        self.artikelen = {str(a.pk): a for a in artikelen}
        artikelkeuzes = [("", "—")] + [
            (str(a.pk), f"{a.hoofdstuk.code} {a.nummer}. {a.naam}") for a in artikelen
        ]
        jaarkeuzes = [(str(j), str(j)) for j in stand.begroting.jaren]
        for i in range(1, REGELS + 1):
            self.fields[f"regel{i}_artikel"] = forms.ChoiceField(
                label=f"Regel {i}: artikel", choices=artikelkeuzes, required=False
            )
            self.fields[f"regel{i}_soort"] = forms.ChoiceField(
                label=f"Regel {i}: bedragsoort",
                choices=Bedragsoort.choices,
                required=False,
                initial=Bedragsoort.UITGAVEN,
            )
            self.fields[f"regel{i}_jaar"] = forms.ChoiceField(
                label=f"Regel {i}: jaar", choices=jaarkeuzes, required=False
            )
            self.fields[f"regel{i}_bedrag"] = forms.IntegerField(
                label=f"Regel {i}: bedrag (x € 1.000)", required=False
            )

    @property
    def regelrijen(self) -> list[list[forms.BoundField]]:
        return [
            [self[f"regel{i}_{veld}"] for veld in ("artikel", "soort", "jaar", "bedrag")]
            for i in range(1, REGELS + 1)
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        regels = []
        for i in range(1, REGELS + 1):
            bedrag = data.get(f"regel{i}_bedrag")
            artikel = data.get(f"regel{i}_artikel")
            if bedrag in (None, "") and not artikel:
                continue
            if not artikel or artikel not in self.artikelen:
                self.add_error(f"regel{i}_artikel", f"Kies het artikel van regel {i}.")
                continue
            if bedrag in (None, ""):
                self.add_error(f"regel{i}_bedrag", f"Vul het bedrag van regel {i} in.")
                continue
            regels.append(
                NieuweRegel(
                    artikel=self.artikelen[artikel],
                    soort=data.get(f"regel{i}_soort") or Bedragsoort.UITGAVEN,
                    jaar=int(data.get(f"regel{i}_jaar") or self.stand.begroting.jaar),
                    bedrag=int(bedrag),
                )
            )
        if not regels and not self.errors:
            raise forms.ValidationError("Vul minstens één regel in: artikel, jaar en bedrag.")
        data["regels"] = regels
        return data

    def mutatie(self) -> NieuweMutatie:
        data = self.cleaned_data
        return NieuweMutatie(
            soort=data["soort"],
            titel=data["titel"],
            toelichting=data["toelichting"],
            regels=tuple(data["regels"]),
        )


class StandFormulier(forms.Form):
    moment = forms.ChoiceField(label="Volgende stand", choices=Moment.choices)
    omschrijving = forms.CharField(label="Omschrijving", max_length=200, required=False)

    def __init__(self, *args: Any, toegestaan: tuple[str, ...], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        namen = dict(Moment.choices)
        self.fields["moment"].choices = [(m, namen[m]) for m in toegestaan]


class BevindingFormulier(forms.Form):
    onderwerp = forms.CharField(label="Onderwerp", max_length=300)
    verbeterplan = forms.CharField(label="Verbeterplan", widget=forms.Textarea, required=False)
    opvolging = forms.CharField(label="Opvolging", widget=forms.Textarea, required=False)
    status = forms.ChoiceField(label="Status", choices=Bevinding.Status.choices)


class EvaluatieFormulier(forms.Form):
    laatste_jaar = forms.IntegerField(
        label="Jaar van de laatste evaluatie", min_value=1990, max_value=2999, required=False
    )
    laatste_titel = forms.CharField(label="Titel van die evaluatie", max_length=300, required=False)
    gepland_jaar = forms.IntegerField(
        label="Volgende evaluatie gepland in", min_value=1990, max_value=2999, required=False
    )
