"""The input of every budget action, one form each, for the pages and the API.

The change form holds one change (soort, title, explanation) with up to REGELS amount lines on
the page; through the API (``uit_json``) it holds as many changes and lines as the request, all
checked together.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from django import forms

from . import toestanden
from .models import Artikel, Bedragsoort, Bevinding, Evaluatie, Moment, Mutatie, Stand
from .services import NieuweMutatie, NieuweRegel

REGELS = 6
# Size limit of free text (issue 13: unbounded text stalls letters, exports and the index).
MAX_TEKST = 10_000
_REGELVELD = re.compile(r"^regel(\d+)_")
_ARTIKEL = re.compile(r"^(?P<hoofdstuk>[A-Za-z0-9]*)\.(?P<nummer>\d+)$")
_JAAR = re.compile(r"^\d{4}$")


class _OpenKeuze(forms.ChoiceField):
    """A list to choose from on the page, while the API may also name a value in the form
    ``patroon`` (an article by chapter and number, any year); it is checked further on."""

    def __init__(self, *args: Any, patroon: re.Pattern[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.patroon = patroon

    def valid_value(self, value: Any) -> bool:
        return bool(self.patroon.match(str(value))) or super().valid_value(value)


def _voorvoegsel(mutatie: int) -> str:
    """The field names of the first change are plain ("titel"), of the others numbered."""
    return "" if mutatie == 1 else f"mutatie{mutatie}_"


class MutatieFormulier(forms.Form):
    uitzondering_reden = forms.CharField(
        label="Uitzondering door FEZ: redenen",
        required=False,
        widget=forms.Textarea,
        max_length=MAX_TEKST,
        help_text="Alleen invullen als FEZ bewust een uitzondering maakt op 'eigen broek "
        "ophouden'. De uitzondering komt met deze redenen in de audittrail.",
    )

    def __init__(self, *args: Any, stand: Stand, artikelen: list[Artikel], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.stand = stand
        self.artikelen = {str(a.pk): a for a in artikelen}
        self.aantal = 1
        while self.is_bound and f"{_voorvoegsel(self.aantal + 1)}soort" in self.data:
            self.aantal += 1
        for m in range(1, self.aantal + 1):
            self._voeg_mutatie_toe(m)

    def _voeg_mutatie_toe(self, m: int) -> None:
        p = _voorvoegsel(m)
        self.fields[f"{p}soort"] = forms.ChoiceField(label="Soort mutatie", choices=Mutatie.Soort.choices)
        self.fields[f"{p}titel"] = forms.CharField(label="Titel", max_length=200)
        self.fields[f"{p}toelichting"] = forms.CharField(
            label="Toelichting",
            widget=forms.Textarea,
            max_length=MAX_TEKST,
            help_text="Waarom deze mutatie: de oorzaak, het besluit en de dekking.",
        )
        artikelkeuzes = [("", "—")] + [
            (pk, f"{a.hoofdstuk.code} {a.nummer}. {a.naam}") for pk, a in self.artikelen.items()
        ]
        jaarkeuzes = [(str(j), str(j)) for j in self.stand.begroting.jaren]
        for i in range(1, self._regels(p) + 1):
            self.fields[f"{p}regel{i}_artikel"] = _OpenKeuze(
                label=f"Regel {i}: artikel", choices=artikelkeuzes, required=False, patroon=_ARTIKEL
            )
            self.fields[f"{p}regel{i}_soort"] = forms.ChoiceField(
                label=f"Regel {i}: bedragsoort",
                choices=Bedragsoort.choices,
                required=False,
                initial=Bedragsoort.UITGAVEN,
            )
            self.fields[f"{p}regel{i}_jaar"] = _OpenKeuze(
                label=f"Regel {i}: jaar", choices=jaarkeuzes, required=False, patroon=_JAAR
            )
            self.fields[f"{p}regel{i}_bedrag"] = forms.IntegerField(
                label=f"Regel {i}: bedrag (x € 1.000)", required=False
            )

    def _regels(self, p: str) -> int:
        """REGELS lines on the page; as many as the input names."""
        nummers = [
            int(treffer.group(1))
            for naam in (self.data if self.is_bound else ())
            if naam.startswith(p) and (treffer := _REGELVELD.match(naam.removeprefix(p)))
        ]
        return max([REGELS, *nummers])

    @property
    def regelrijen(self) -> list[list[forms.BoundField]]:
        return [
            [self[f"regel{i}_{veld}"] for veld in ("artikel", "soort", "jaar", "bedrag")]
            for i in range(1, REGELS + 1)
        ]

    @classmethod
    def uit_json(cls, data: Any) -> dict[str, Any]:
        """The API sends ``{"mutaties": [{soort, titel, toelichting, regels: [{hoofdstuk?,
        artikel (number), soort, jaar, bedrag}]}], "uitzonderingReden": …}``."""
        uit: dict[str, Any] = {"uitzondering_reden": data.get("uitzonderingReden") or ""}
        mutaties = data.get("mutaties")
        for m, mutatie in enumerate(mutaties if isinstance(mutaties, list) else [], start=1):
            mutatie = mutatie if isinstance(mutatie, dict) else {}
            p = _voorvoegsel(m)
            uit.update({f"{p}{veld}": mutatie.get(veld) for veld in ("soort", "titel", "toelichting")})
            regels = mutatie.get("regels")
            for i, regel in enumerate(regels if isinstance(regels, list) else [], start=1):
                regel = regel if isinstance(regel, dict) else {}
                uit[f"{p}regel{i}_artikel"] = f"{regel.get('hoofdstuk') or ''}.{regel.get('artikel')}"
                for veld in ("soort", "jaar", "bedrag"):
                    uit[f"{p}regel{i}_{veld}"] = regel.get(veld)
        return uit

    def _artikel(self, veld: str, waarde: str) -> Artikel | None:
        if waarde in self.artikelen:
            return self.artikelen[waarde]
        treffer = _ARTIKEL.match(waarde)
        if treffer is not None:
            code = treffer["hoofdstuk"] or self.stand.begroting.hoofdstuk.code
            artikel = (
                Artikel.objects.filter(hoofdstuk__code=code, nummer=int(treffer["nummer"]))
                .select_related("hoofdstuk")
                .first()
            )
            if artikel is not None:
                return artikel
            self.add_error(veld, f"Hoofdstuk {code} heeft geen artikel {treffer['nummer']}.")
        return None

    def _mutatie(self, m: int, data: dict[str, Any]) -> NieuweMutatie | None:
        p = _voorvoegsel(m)
        regels = []
        for i in range(1, self._regels(p) + 1):
            veld = f"{p}regel{i}_"
            bedrag, artikel = data.get(f"{veld}bedrag"), data.get(f"{veld}artikel")
            if bedrag in (None, "") and not artikel:
                continue
            if not artikel:
                self.add_error(f"{veld}artikel", f"Kies het artikel van regel {i}.")
                continue
            gekozen = self._artikel(f"{veld}artikel", artikel)
            if gekozen is None:
                if f"{veld}artikel" not in self.errors:
                    self.add_error(f"{veld}artikel", f"Kies het artikel van regel {i}.")
                continue
            if bedrag in (None, ""):
                self.add_error(f"{veld}bedrag", f"Vul het bedrag van regel {i} in.")
                continue
            regels.append(
                NieuweRegel(
                    artikel=gekozen,
                    soort=data.get(f"{veld}soort") or Bedragsoort.UITGAVEN,
                    jaar=int(data.get(f"{veld}jaar") or self.stand.begroting.jaar),
                    bedrag=int(bedrag),
                )
            )
        if not regels:
            if not self.errors:
                self.add_error(None, "Vul minstens één regel in: artikel, jaar en bedrag.")
            return None
        if any(f"{p}{veld}" not in data for veld in ("soort", "titel", "toelichting")):
            return None
        return NieuweMutatie(
            soort=data[f"{p}soort"],
            titel=data[f"{p}titel"],
            toelichting=data[f"{p}toelichting"],
            regels=tuple(regels),
        )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        mutaties = [self._mutatie(m, data) for m in range(1, self.aantal + 1)]
        data["mutaties"] = [m for m in mutaties if m is not None]
        return data

    def gegevens(self) -> dict[str, Any]:
        return {
            "mutaties": self.cleaned_data["mutaties"],
            "uitzondering_reden": self.cleaned_data.get("uitzondering_reden", ""),
        }


class StandFormulier(forms.Form):
    """The next budget moment. The page lists the moments that may follow; a moment that may
    not follow is refused with the reason (the service checks again, under its lock)."""

    moment = forms.ChoiceField(
        label="Volgende stand",
        choices=Moment.choices,
        error_messages={"required": "Kies een geldig moment.", "invalid_choice": "Kies een geldig moment."},
    )
    omschrijving = forms.CharField(label="Omschrijving", required=False, max_length=200)

    def __init__(self, *args: Any, momenten: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.momenten = momenten
        namen = dict(Moment.choices)
        self.fields["moment"].widget.choices = [
            (m, namen[m]) for m in toestanden.toegestane_volgende(momenten)
        ]

    def clean_moment(self) -> str:
        moment: str = self.cleaned_data["moment"]
        toestanden.controleer_overgang(self.momenten, moment)
        return moment

    def clean_omschrijving(self) -> str:
        return str(self.cleaned_data["omschrijving"])[:200]

    def gegevens(self) -> dict[str, Any]:
        return {**self.cleaned_data, "datum": date.today()}


class _Bijwerken(forms.Form):
    """An update: a field the input does not name keeps its current value (a PATCH through
    the API names only what changes; the page always names every field)."""

    def __init__(self, data: Any = None, *args: Any, huidig: dict[str, Any], **kwargs: Any) -> None:
        if data is not None:
            gegeven = data.dict() if hasattr(data, "dict") else dict(data)  # a QueryDict: last values
            data = {**{k: v for k, v in huidig.items() if v is not None}, **gegeven}
        kwargs.setdefault("initial", huidig)
        super().__init__(data, *args, **kwargs)


class BevindingFormulier(_Bijwerken):
    onderwerp = forms.CharField(label="Onderwerp", max_length=300)
    verbeterplan = forms.CharField(
        label="Verbeterplan", widget=forms.Textarea, max_length=MAX_TEKST, required=False
    )
    opvolging = forms.CharField(
        label="Opvolging", widget=forms.Textarea, max_length=MAX_TEKST, required=False
    )
    status = forms.ChoiceField(label="Status", choices=Bevinding.Status.choices)

    def __init__(self, *args: Any, bevinding: Bevinding, **kwargs: Any) -> None:
        huidig = {
            naam: getattr(bevinding, naam) for naam in ("onderwerp", "verbeterplan", "opvolging", "status")
        }
        super().__init__(*args, huidig=huidig, **kwargs)


class EvaluatieFormulier(_Bijwerken):
    laatste_jaar = forms.IntegerField(
        label="Jaar van de laatste evaluatie", min_value=1990, max_value=2999, required=False
    )
    laatste_titel = forms.CharField(label="Titel van die evaluatie", max_length=300, required=False)
    gepland_jaar = forms.IntegerField(
        label="Volgende evaluatie gepland in", min_value=1990, max_value=2999, required=False
    )

    def __init__(self, *args: Any, artikel: Artikel, **kwargs: Any) -> None:
        evaluatie = Evaluatie.objects.filter(artikel=artikel).first()
        huidig = {
            "laatste_jaar": evaluatie.laatste_jaar if evaluatie else None,
            "laatste_titel": evaluatie.laatste_titel if evaluatie else "",
            "gepland_jaar": evaluatie.gepland_jaar if evaluatie else None,
        }
        super().__init__(*args, huidig=huidig, **kwargs)
