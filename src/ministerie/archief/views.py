"""Pages of the archive: search and items (for everyone the owner allows), and for the archivist
the register, ingests, legal holds, destruction lists and transfers. Every action is declared in
handelingen.py; access is decided in zichtbaarheid.py and the services, never in a template."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views import View
from django.views.generic import TemplateView

from ministerie.core import audit
from ministerie.core.acties import ActiePagina
from ministerie.core.export import csv_antwoord, xlsx_rij
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist, ingelogde

from . import handelingen, services
from .formulieren import (
    BewaarplichtFormulier,
    EigenMachtigingFormulier,
    IntrekkenFormulier,
    LijstFormulier,
    MachtigingFormulier,
    OpheffenFormulier,
    OvernemenFormulier,
    PeriodeFormulier,
    ZoekFormulier,
)
from .models import (
    Bewaarplicht,
    Ingestrun,
    Overbrenging,
    Selectieregel,
    Sleutelfunctionaris,
    Vernietigingslijst,
)
from .overbrenging import over_te_brengen
from .zichtbaarheid import BEHEREN, RAADPLEGEN, item_voor

PER_PAGINA = 50


def _rechten(gebruiker: Any) -> dict[str, bool]:
    return {
        "mag_beheren": heeft_recht(gebruiker, BEHEREN),
        "mag_goedkeuren": heeft_recht(gebruiker, services.GOEDKEUREN),
    }


class OverzichtView(MatrixVereist, TemplateView):
    """Search by period and terms; the hits can go to a Woo request in one step."""

    actie = RAADPLEGEN
    template_name = "archief/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        functionarissen = services.functionarissen_voor(gebruiker)
        formulier = ZoekFormulier(self.request.GET or None, functionarissen=functionarissen)
        uitslag = None
        if formulier.is_bound and formulier.is_valid():
            uitslag = services.zoek_uitslag(gebruiker, **formulier.cleaned_data)
        elif not formulier.is_bound:
            uitslag = services.zoek_uitslag(gebruiker)
        pagina = None
        if uitslag is not None:
            pagina = Paginator(uitslag.items, PER_PAGINA).get_page(self.request.GET.get("pagina"))
            pagina.object_list = list(pagina.object_list)
            for item in pagina.object_list:
                # escaped by the index, the terms in <mark>
                setattr(item, "fragment", mark_safe(uitslag.fragmenten.get(item.pk, "")))  # noqa: S308, B010
        melding = uitslag.melding if uitslag is not None else ""
        eigen = services.eigen_archief(gebruiker)
        zoekstring = self.request.GET.copy()
        zoekstring.pop("pagina", None)
        return super().get_context_data(
            formulier=formulier,
            pagina=pagina,
            melding=melding,
            zoekstring=zoekstring.urlencode(),
            functionarissen=functionarissen,
            eigen_archief=eigen,
            machtigingen=eigen.machtigingen.select_related("gebruiker") if eigen else [],
            eigen_formulier=EigenMachtigingFormulier(),
            **_rechten(gebruiker),
            **kwargs,
        )


class ItemView(MatrixVereist, TemplateView):
    actie = RAADPLEGEN
    template_name = "archief/item.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        item = item_voor(self.request.user, self.kwargs["pk"])
        return super().get_context_data(
            item=item,
            bewaarplichten=services.bewaarplichten_van(item),
            lijsten=item.vernietigingslijsten.all(),
            **_rechten(self.request.user),
            **kwargs,
        )


class ItemBestandView(MatrixVereist, View):
    """The original bytes, as kept (the read is audited by ``item_voor``)."""

    actie = RAADPLEGEN

    def get(self, request: HttpRequest, pk: int) -> FileResponse:
        item = item_voor(request.user, pk)
        if not item.bestand.name:
            raise Http404
        audit.registreer(
            "archief_download", door=request.user, subject=item, gegevens={"sha256": item.sha256}
        )
        return FileResponse(
            (item.pad).open("rb"),
            as_attachment=True,
            filename=f"archief-{item.pk}{item.pad.suffix}",
            content_type="application/octet-stream",
        )


class RegisterView(MatrixVereist, TemplateView):
    actie = BEHEREN
    template_name = "archief/register.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(
            functionarissen=Sleutelfunctionaris.objects.select_related("persoon").prefetch_related(
                "perioden__eenheid", "machtigingen__gebruiker"
            ),
            selectielijst=Selectieregel.objects.all(),
            formulier=PeriodeFormulier(),
            machtigingformulier=MachtigingFormulier(),
            overnemenformulier=OvernemenFormulier(),
            **kwargs,
        )


class RegisterExportView(MatrixVereist, View):
    actie = BEHEREN

    def get(self, request: HttpRequest, formaat: str) -> HttpResponse:
        if formaat not in ("csv", "xlsx"):
            raise Http404
        rijen = services.register_rijen()
        audit.registreer("archief_register_geexporteerd", door=request.user, gegevens={"formaat": formaat})
        if formaat == "csv":
            antwoord, schrijver = csv_antwoord("register-sleutelfunctionarissen.csv")
            for rij in rijen:
                schrijver.writerow(rij)
            return antwoord
        if formaat == "xlsx":
            import io

            from openpyxl import Workbook

            boek = Workbook()
            blad: Any = boek.active
            blad.title = "Sleutelfunctionarissen"
            for rij in rijen:
                xlsx_rij(blad, rij)
            uit = io.BytesIO()
            boek.save(uit)
            antwoord = HttpResponse(
                uit.getvalue(),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
            antwoord["Content-Disposition"] = 'attachment; filename="register-sleutelfunctionarissen.xlsx"'
            return antwoord
        raise Http404


class InnamesView(MatrixVereist, TemplateView):
    actie = BEHEREN
    template_name = "archief/innames.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(
            innames=Ingestrun.objects.select_related("functionaris__persoon")[:200], **kwargs
        )


class InnameView(MatrixVereist, TemplateView):
    actie = BEHEREN
    template_name = "archief/inname.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        run = Ingestrun.objects.select_related("functionaris__persoon").filter(pk=self.kwargs["pk"]).first()
        if run is None:
            raise Http404
        fouten = Paginator(run.fouten.all(), 200).get_page(self.request.GET.get("pagina"))
        return super().get_context_data(run=run, fouten=fouten, **kwargs)


class BewaarplichtenView(MatrixVereist, TemplateView):
    actie = BEHEREN
    template_name = "archief/bewaarplichten.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(
            plichten=Bewaarplicht.objects.select_related(
                "functionaris__persoon", "gezet_door", "opgeheven_door"
            ),
            formulier=BewaarplichtFormulier(),
            opheffen=OpheffenFormulier(),
            **kwargs,
        )


class VernietigingView(MatrixVereist, TemplateView):
    actie = services.GOEDKEUREN
    template_name = "archief/vernietiging.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(
            lijsten=Vernietigingslijst.objects.select_related("archivaris", "manager")[:100],
            formulier=LijstFormulier(),
            **_rechten(self.request.user),
            **kwargs,
        )


class LijstView(MatrixVereist, TemplateView):
    actie = services.GOEDKEUREN
    template_name = "archief/lijst.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        lijst = handelingen.lijst_voor(self.request.user, self.kwargs["pk"])
        items = lijst.items.select_related("functionaris__persoon", "regel")
        geblokkeerd = set(services.onder_bewaarplicht(lijst.items.all()).values_list("pk", flat=True))
        gebruiker = ingelogde(self.request)
        al_goedgekeurd = gebruiker.pk in (lijst.archivaris_id, lijst.manager_id)
        handtekening = None
        if lijst.verklaring:
            from .verklaring import controleer_handtekening

            with lijst.verklaring.open("rb") as f:
                handtekening = controleer_handtekening(f.read())
        return super().get_context_data(
            lijst=lijst,
            items=items[:1000],
            geblokkeerd=geblokkeerd,
            kan_goedkeuren=lijst.status == Vernietigingslijst.Status.VOORGESTELD and not al_goedgekeurd,
            kan_intrekken=services.mag_intrekken(lijst, gebruiker),
            handtekening=handtekening,
            intrekken=IntrekkenFormulier(),
            **_rechten(gebruiker),
            **kwargs,
        )


class VerklaringView(MatrixVereist, View):
    actie = services.GOEDKEUREN

    def get(self, request: HttpRequest, pk: int) -> FileResponse:
        lijst = handelingen.lijst_voor(request.user, pk)
        if not lijst.verklaring:
            raise Http404
        return FileResponse(
            lijst.verklaring.open("rb"),
            as_attachment=True,
            filename=f"verklaring-van-vernietiging-{lijst.pk}.pdf",
            content_type="application/pdf",
        )


class OverbrengingenView(MatrixVereist, TemplateView):
    actie = BEHEREN
    template_name = "archief/overbrengingen.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        from django.utils import timezone

        return super().get_context_data(
            overbrengingen=Overbrenging.objects.all()[:100],
            klaar=over_te_brengen(timezone.localdate()).count(),
            **kwargs,
        )


def _naar(url_naam: str) -> Any:
    return lambda *_, **__: reverse(url_naam)


RegisterToevoegenView = ActiePagina.voor(handelingen.REGISTER_TOEVOEGEN, terug=_naar("archief:register"))
RegisterOvernemenView = ActiePagina.voor(handelingen.REGISTER_OVERNEMEN, terug=_naar("archief:register"))
MachtigenView = ActiePagina.voor(handelingen.MACHTIGEN, terug=_naar("archief:register"))
BewaarplichtZettenView = ActiePagina.voor(
    handelingen.BEWAARPLICHT_ZETTEN, terug=_naar("archief:bewaarplichten")
)
BewaarplichtOpheffenView = ActiePagina.voor(
    handelingen.BEWAARPLICHT_OPHEFFEN, terug=_naar("archief:bewaarplichten")
)
LijstOpstellenView = ActiePagina.voor(
    handelingen.LIJST_OPSTELLEN,
    terug=_naar("archief:vernietiging"),
    na=lambda lijst, *_, **__: reverse("archief:lijst", args=[lijst.pk]),
)
IntrekkenView = ActiePagina.voor(
    handelingen.LIJST_INTREKKEN, terug=lambda lijst, **_: reverse("archief:lijst", args=[lijst.pk])
)
GoedkeurenView = ActiePagina.voor(
    handelingen.VERNIETIGING_GOEDKEUREN, terug=lambda lijst, **_: reverse("archief:lijst", args=[lijst.pk])
)
EigenMachtigenView = ActiePagina.voor(handelingen.EIGEN_MACHTIGEN, terug=_naar("archief:overzicht"))
NaarWooView = ActiePagina.voor(handelingen.NAAR_WOO, terug=_naar("archief:overzicht"))
