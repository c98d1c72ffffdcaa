"""The pages: one's own notifications (/meldingen/) and the e-mail preference."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.db.models import BooleanField, Case, Value, When
from django.urls import reverse
from django.views.generic import TemplateView

from ministerie.core.acties import ActiePagina, FormulierPagina
from ministerie.core.toegang import MatrixVereist, ingelogde

from . import handelingen as h
from . import mail, services
from .zichtbaarheid import eigen_meldingen

PER_PAGINA = 25
VOLGORDES = {"ongelezen": "Ongelezen eerst", "datum": "Nieuwste eerst"}


def _overzicht(*_: Any, **__: Any) -> str:
    return reverse("meldingen:overzicht")


class OverzichtView(MatrixVereist, TemplateView):
    actie = services.EIGEN
    template_name = "meldingen/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        alleen_ongelezen = self.request.GET.get("filter") == "ongelezen"
        volgorde = self.request.GET.get("volgorde", "ongelezen")
        if volgorde not in VOLGORDES:
            volgorde = "ongelezen"
        meldingen = eigen_meldingen(gebruiker)
        ongelezen = meldingen.filter(gelezen_op__isnull=True).count()
        if alleen_ongelezen:
            meldingen = meldingen.filter(gelezen_op__isnull=True)
        if volgorde == "ongelezen":
            meldingen = meldingen.annotate(
                is_gelezen=Case(
                    When(gelezen_op__isnull=True, then=Value(False)),
                    default=Value(True),
                    output_field=BooleanField(),
                )
            ).order_by("is_gelezen", "-aangemaakt_op", "-pk")
        pagina = Paginator(meldingen, PER_PAGINA).get_page(self.request.GET.get("pagina"))
        params = {"filter": "ongelezen" if alleen_ongelezen else "", "volgorde": volgorde}
        return super().get_context_data(
            pagina=pagina,
            ongelezen=ongelezen,
            alleen_ongelezen=alleen_ongelezen,
            volgorde=volgorde,
            volgordes=VOLGORDES,
            zoekdeel="&".join(f"{k}={v}" for k, v in params.items() if v),
            **kwargs,
        )


class InstellingenView(FormulierPagina):
    handeling = h.VOORKEUR
    template_name = "meldingen/instellingen.html"

    def beginwaarden(self) -> dict[str, Any]:
        return {"email": mail.voorkeur_van(ingelogde(self.request))}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        return super().get_context_data(mail_ingesteld=mail.mail_ingesteld(), adres=gebruiker.email, **kwargs)

    def na(self, resultaat: Any, obj: Any) -> str:
        return reverse("meldingen:instellingen")


gelezen = ActiePagina.voor(h.GELEZEN, terug=_overzicht)
alles_gelezen = ActiePagina.voor(h.ALLES_GELEZEN, terug=_overzicht)
openen = ActiePagina.voor(h.OPENEN, terug=_overzicht, na=lambda link, *_, **__: link)
