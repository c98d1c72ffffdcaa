"""Schriftelijke Kamervragen: the lists per directie, registration, one set with its actions."""

from __future__ import annotations

from typing import Any

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from ministerie.core.acties import ActiePagina, FormulierPagina
from ministerie.core.grafieken import staafdiagram
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist

from .. import handelingen
from ..betrokkenheid import mag_voorbereiden
from ..filters import filter_kamervragen
from ..formulieren import UitstelFormulier, VerzondenFormulier, directies, portefeuilles
from ..models import Kamervragen
from ..overzicht import kamervragen_lijsten
from ..zichtbaarheid import kamervragen_voor


class KamervragenLijstView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/kamervragen_lijst.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        bp = self.request.GET.get("bewindspersoon", "")
        directie = self.request.GET.get("directie", "")
        qs = filter_kamervragen(Kamervragen.objects.all(), bewindspersoon=bp, directie=directie)
        per_directie = (
            Kamervragen.objects.exclude(status=Kamervragen.Status.VERZONDEN)
            .values("trekker__naam")
            .annotate(n=Count("pk"))
            .order_by("-n", "trekker__naam")
        )
        diagram = (
            staafdiagram(
                "kamervragen-per-directie",
                "Open Kamervragen per directie",
                [(r["trekker__naam"], r["n"]) for r in per_directie],
                kolom_label="Directie",
                kolom_waarde="Open sets",
            )
            if per_directie
            else None
        )
        return super().get_context_data(
            lijsten=kamervragen_lijsten(qs),
            vandaag=timezone.localdate(),
            bewindspersonen=portefeuilles(),
            directies=directies(),
            bp=bp,
            directie=directie,
            diagram=diagram,
            mag_registreren=heeft_recht(self.request.user, "parlement.registreren"),
            **kwargs,
        )


class KamervragenNieuwView(FormulierPagina):
    handeling = handelingen.KAMERVRAGEN_REGISTREREN
    template_name = "parlement/nieuw.html"
    extra_context = {
        "titel": "Kamervragen registreren",
        "uitleg": (
            "De termijn van drie weken rekent het systeem uit (Reglement van Orde; de Algemene "
            "termijnenwet geldt niet: valt de datum op een weekend of feestdag, dan wordt dat gemeld)."
        ),
    }

    def beginwaarden(self) -> dict[str, Any]:
        return {"ontvangen_op": timezone.localdate()}

    def na(self, kv: Kamervragen, _: Any) -> str:
        return reverse("parlement:kamervragen", args=[kv.pk])


class KamervragenView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/kamervragen.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = self.request.user
        kv = kamervragen_voor(gebruiker, kwargs["pk"])
        return super().get_context_data(
            kv=kv,
            vragen=kv.vragen.all(),
            medetrekkers=kv.medetrekkers.all(),
            directies=directies(),
            mag_registreren=heeft_recht(gebruiker, "parlement.registreren"),
            mag_voorbereiden=mag_voorbereiden(gebruiker, kv.trekker, *kv.medetrekkers.all()),
            uitstelformulier=UitstelFormulier(),
            verzondenformulier=VerzondenFormulier(initial={"verzonden_op": timezone.localdate()}),
            **kwargs,
        )


def _naar_kamervragen(kv: Kamervragen, **_: Any) -> str:
    return reverse("parlement:kamervragen", args=[kv.pk])


KamervragenToewijzenView = ActiePagina.voor(handelingen.KAMERVRAGEN_TOEWIJZEN, terug=_naar_kamervragen)
KamervragenAntwoordnotaView = ActiePagina.voor(handelingen.ANTWOORDNOTA, terug=_naar_kamervragen)
KamervragenUitstelView = ActiePagina.voor(handelingen.UITSTEL, terug=_naar_kamervragen)
KamervragenVerzondenView = ActiePagina.voor(handelingen.ANTWOORD_VERZONDEN, terug=_naar_kamervragen)
