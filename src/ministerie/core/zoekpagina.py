"""The search box in the header of every page: one search over every part the user may see.

Per source and per ``Bereik`` (see ``core.zoekbronnen``) one index query runs with that
source's filters, so every count holds only what the user may see; the hits of all sources are
merged by score. The hits of the page shown are checked against each part's own visibility
function once more (the index may lag behind a change). Facets: per kind (the counts of those
queries), per period and per unit (count-only queries per group of sources that share their
filters). The number of index queries per request is bounded (``MAX_VRAGEN``): a facet whose
counts do not fit is left out and the page says so.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from .rubricering import Rubricering
from .zoekbronnen import Bereik, Zoekbron, bronnen, eenheidsboom, zoekindex

MAX_VRAAG = 200
PAGINAGROOTTE = 20
MAX_START = 200  # ten pages; beyond that: refine the question
MAX_VRAGEN = 60  # index queries per request, facets included
HOOGSTE_RUBRICERING = max(Rubricering)  # the command line sees everything (no unit scope)

PERIODES: dict[str, tuple[str, int | None, int | None]] = {
    # code: (label, from days ago, to days ago)
    "maand": ("Afgelopen 30 dagen", 30, None),
    "jaar": ("Afgelopen 12 maanden", 365, None),
    "ouder": ("Ouder dan een jaar", None, 366),
}


def periode_grenzen(code: str, vandaag: date | None = None) -> tuple[date | None, date | None]:
    vandaag = vandaag or timezone.localdate()
    _, van, tot = PERIODES[code]
    return (
        vandaag - timedelta(days=van) if van is not None else None,
        vandaag - timedelta(days=tot) if tot is not None else None,
    )


@dataclass(frozen=True)
class Treffer:
    id: str
    soort: str
    soortnaam: str
    titel_html: SafeString
    fragment_html: SafeString
    url: str
    score: float


@dataclass(frozen=True)
class Facetwaarde:
    waarde: str
    label: str
    aantal: int
    gekozen: bool = False


@dataclass
class Uitkomst:
    totaal: int = 0
    treffers: list[Treffer] = field(default_factory=list)
    soorten: list[Facetwaarde] = field(default_factory=list)
    periodes: list[Facetwaarde] = field(default_factory=list)
    eenheden: list[Facetwaarde] = field(default_factory=list)
    onvolledig: bool = False  # a facet did not fit in the query budget
    vragen: int = 0  # index queries this search cost


class _Budget:
    def __init__(self, max_vragen: int) -> None:
        self.over = max_vragen
        self.gebruikt = 0

    def neem(self, aantal: int = 1) -> bool:
        if self.over < aantal:
            return False
        self.over -= aantal
        self.gebruikt += aantal
        return True


def _smal(bereik: Bereik, onder: frozenset[int] | None) -> Bereik:
    """A unit filter narrows a source's scope, it never widens it (and then the items that are
    visible only because they list the user are left out, as on the documents page)."""
    if onder is None:
        return bereik
    eenheden = onder if bereik.eenheden is None else bereik.eenheden & onder
    return replace(bereik, eenheden=eenheden, gebruiker=None)


def zoek_overal(
    gebruiker: Any,
    vraag: str,
    *,
    soorten: Collection[str] = (),
    periode: str = "",
    eenheid: int | None = None,
    start: int = 0,
    aantal: int = PAGINAGROOTTE,
    facetten: bool = True,
    max_vragen: int = MAX_VRAGEN,
) -> Uitkomst:
    """Search every source as ``gebruiker`` sees it (``None``: the command line, which sees
    everything that exists). ``soorten``, ``periode`` and ``eenheid`` filter the hits; each facet
    counts with the other filters applied, not its own."""
    vraag = vraag.strip()[:MAX_VRAAG]
    start = max(0, min(start, MAX_START))
    aantal = max(0, min(aantal, PAGINAGROOTTE * 5))
    if not vraag:
        return Uitkomst()
    if gebruiker is not None and not getattr(gebruiker, "is_authenticated", False):
        return Uitkomst()
    clearance = HOOGSTE_RUBRICERING if gebruiker is None else int(gebruiker.clearance)
    boom = eenheidsboom()
    onder = boom.onder(eenheid) if (boom is not None and eenheid is not None) else None
    van, tot = periode_grenzen(periode) if periode in PERIODES else (None, None)
    budget = _Budget(max_vragen)
    index = zoekindex()

    # the sources and their scopes for this user
    per_bron: list[tuple[Zoekbron, list[Bereik]]] = []
    for b in bronnen():
        bereiken = [Bereik()] if gebruiker is None else list(b.bereik(gebruiker))
        if bereiken:
            per_bron.append((b, bereiken))
    gekozen = {b.soort for b, _ in per_bron if not soorten or b.soort in soorten}

    def vraag_aan(
        b: Zoekbron | None,
        bereik: Bereik,
        soortlijst: Collection[str],
        *,
        van_: date | None,
        tot_: date | None,
        n: int,
    ) -> Any:
        return index.zoek(
            vraag,
            max_rubricering=clearance,
            eenheden=bereik.eenheden,
            gebruiker=bereik.gebruiker,
            soorten=soortlijst,
            statussen=bereik.statussen,
            van=van_,
            tot=tot_,
            aantal=n,
            start=0,
        )

    # 1. per source and scope: its count (the kind facet) and its best hits
    uitkomst = Uitkomst()
    kandidaten: list[tuple[float, str, Any]] = []
    tellingen: dict[str, int] = {}
    for b, bereiken in per_bron:
        if b.soort not in gekozen and not facetten:
            continue
        for bereik in bereiken:
            if not budget.neem():
                uitkomst.onvolledig = True
                break
            n = start + aantal if b.soort in gekozen else 0
            u = vraag_aan(b, _smal(bereik, onder), [b.soort], van_=van, tot_=tot, n=n)
            tellingen[b.soort] = tellingen.get(b.soort, 0) + u.totaal
            kandidaten += [(t.score, b.soort, t) for t in u.treffers]
    kandidaten.sort(key=lambda k: k[0], reverse=True)
    pagina = kandidaten[start : start + aantal]

    # 2. the database has the last word on each hit of this page
    per_soort: dict[str, list[int]] = {}
    for _, soort, t in pagina:
        pk = t.id.partition(":")[2]
        if pk.isdigit():
            per_soort.setdefault(soort, []).append(int(pk))
    adressen: dict[str, dict[int, str]] = {}
    bronnen_per_soort = {b.soort: b for b, _ in per_bron}
    for soort, pks in per_soort.items():
        adressen[soort] = bronnen_per_soort[soort].zichtbaar(gebruiker, pks)
    for score, soort, t in pagina:
        pk = int(t.id.partition(":")[2])
        url = adressen.get(soort, {}).get(pk)
        if url is None:
            tellingen[soort] = max(0, tellingen.get(soort, 0) - 1)  # only when the index lags
            continue
        b = bronnen_per_soort[soort]
        uitkomst.treffers.append(
            Treffer(
                t.id,
                soort,
                b.enkelvoud,
                mark_safe(t.titel_html),  # noqa: S308 (escaped by the index)
                mark_safe(t.fragment_html),  # noqa: S308
                url,
                score,
            )
        )
    uitkomst.totaal = sum(n for s, n in tellingen.items() if s in gekozen)
    uitkomst.vragen = budget.gebruikt
    if not facetten:
        return uitkomst
    uitkomst.soorten = [
        Facetwaarde(b.soort, b.label, tellingen.get(b.soort, 0), b.soort in soorten)
        for b, _ in per_bron
        if tellingen.get(b.soort, 0) or b.soort in soorten
    ]

    # 3. period and unit facets: count-only queries per group of chosen sources sharing a scope
    # A kind without hits under the current filters has none under a narrower one either: it
    # is left out of the facet queries, unless the facet's own filter is set (then another
    # value of it may have hits).
    def groepen(met_eenheid: frozenset[int] | None, *, alle: bool) -> dict[Bereik, list[str]]:
        uit: dict[Bereik, list[str]] = {}
        for b, bereiken in per_bron:
            if b.soort in gekozen and (alle or tellingen.get(b.soort, 0)):
                for bereik in bereiken:
                    uit.setdefault(_smal(bereik, met_eenheid), []).append(b.soort)
        return uit

    def tel(groep: dict[Bereik, list[str]], van_: date | None, tot_: date | None) -> int | None:
        if not budget.neem(len(groep)):
            uitkomst.onvolledig = True
            return None
        return sum(
            vraag_aan(None, bereik, soortlijst, van_=van_, tot_=tot_, n=0).totaal
            for bereik, soortlijst in groep.items()
        )

    met_eenheid = groepen(onder, alle=bool(periode))
    for code, (label, _, _) in PERIODES.items():
        aantal_periode = tel(met_eenheid, *periode_grenzen(code)) if met_eenheid else 0
        if aantal_periode or code == periode:
            uitkomst.periodes.append(Facetwaarde(code, label, aantal_periode or 0, code == periode))
    if boom is not None and (uitkomst.totaal or eenheid is not None):
        for pk, naam in boom.facet():
            groep = groepen(boom.onder(pk), alle=eenheid is not None)
            aantal_eenheid = tel(groep, van, tot) if groep else 0
            if aantal_eenheid or pk == eenheid:
                uitkomst.eenheden.append(Facetwaarde(str(pk), naam, aantal_eenheid or 0, pk == eenheid))
    uitkomst.vragen = budget.gebruikt
    return uitkomst


class ZoekFormulier(forms.Form):
    """The header's search box and the facets of the results page (GET)."""

    q = forms.CharField(
        label="Zoekvraag",
        max_length=MAX_VRAAG,
        error_messages={
            "required": "Vul een zoekvraag in.",
            "max_length": f"Een zoekvraag is ten hoogste {MAX_VRAAG} tekens lang.",
        },
    )
    soort = forms.MultipleChoiceField(label="Soort", required=False)
    periode = forms.ChoiceField(label="Periode", required=False)
    eenheid = forms.IntegerField(label="Eenheid", required=False, min_value=1)
    pagina = forms.IntegerField(required=False, min_value=1)  # beyond the last page: capped

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        soort_veld = self.fields["soort"]
        assert isinstance(soort_veld, forms.MultipleChoiceField)
        soort_veld.choices = [(b.soort, b.label) for b in bronnen()]
        periode_veld = self.fields["periode"]
        assert isinstance(periode_veld, forms.ChoiceField)
        periode_veld.choices = [("", "Alle datums"), *((c, p[0]) for c, p in PERIODES.items())]

    def zoekopties(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "vraag": d.get("q") or "",
            "soorten": d.get("soort") or (),
            "periode": d.get("periode") or "",
            "eenheid": d.get("eenheid"),
            "start": min(((d.get("pagina") or 1) - 1) * PAGINAGROOTTE, MAX_START),
        }
