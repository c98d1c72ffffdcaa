from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Min
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from ministerie.bestanden import MAX_BESTANDSGROOTTE, OnleesbaarBestand, pagina_als_png
from ministerie.core import audit
from ministerie.core.acties import ActiePagina, FormulierPagina, Invoerfout, fouttekst, toon_meldingen
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist, ingelogde

from . import handelingen, route, services
from .bewerken import leesbare_inhoud, versies_met_wijzigingen
from .formulieren import BeslisFormulier, ZoekFormulier, medewerkers_die_mogen_zien
from .models import Document, Nota, Parafeerstap, Quarantaine, Versie
from .route import Routevoorstel
from .uploadgrens import MB, Uploadgrens, begrens_upload
from .zichtbaarheid import document_voor, nota_voor, zichtbare_documenten, zichtbare_notas
from .zoeken import zoek_stukken

#: The document store's upload page: 50 MB per file, four such files per request at most.
GRENS_DOCUMENTEN = Uploadgrens(per_bestand=MAX_BESTANDSGROOTTE, per_verzoek=4 * MAX_BESTANDSGROOTTE)
#: One file per request (an attachment to a memo), plus room for the form's fields.
GRENS_EEN_BESTAND = Uploadgrens(per_bestand=MAX_BESTANDSGROOTTE, per_verzoek=MAX_BESTANDSGROOTTE + MB)


def zichtbare_nota(request: HttpRequest, pk: int) -> Nota:
    return nota_voor(request.user, pk)


def zichtbaar_document(request: HttpRequest, pk: int) -> Document:
    return document_voor(request.user, pk)


class StukkenView(MatrixVereist, TemplateView):
    actie = "stukken.bekijken"
    template_name = "stukken/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        notas = zichtbare_notas(self.request.user).select_related("eenheid").order_by("-aangemaakt_op")
        status = self.request.GET.get("status", "")
        if status in Nota.Status.values:
            notas = notas.filter(status=status)
        documenten = zichtbare_documenten(self.request.user).select_related("eenheid")[:50]
        return super().get_context_data(
            notas=notas[:100],
            documenten=documenten,
            status=status,
            statussen=Nota.Status.choices,
            # the button only for who may write a memo (no link that ends in 403)
            mag_opstellen=heeft_recht(self.request.user, handelingen.OPSTELLEN.recht),
            **kwargs,
        )


class NotaExportView(MatrixVereist, View):
    """The memo list as CSV (for a spreadsheet): exactly what this user may see."""

    actie = "stukken.bekijken"

    def get(self, request: HttpRequest) -> HttpResponse:
        from ministerie.core.export import csv_antwoord

        # every cell through the safe writer: a subject "=HYPERLINK(...)" stays text
        antwoord, schrijver = csv_antwoord("notas.csv")
        schrijver.writerow(
            [
                "kenmerk",
                "soort",
                "onderwerp",
                "van",
                "status",
                "rubricering",
                "datum",
                "uiterste beslisdatum",
            ]
        )
        notas = zichtbare_notas(request.user).select_related("eenheid").order_by("kenmerk")
        for nota in notas:
            schrijver.writerow(
                [
                    nota.kenmerk,
                    nota.get_soort_display(),
                    nota.onderwerp,
                    nota.eenheid.naam,
                    nota.get_status_display(),
                    nota.get_rubricering_display(),
                    nota.datum,
                    nota.uiterste_beslisdatum or "",
                ]
            )
        audit.registreer("notas_geexporteerd", door=request.user, gegevens={"aantal": notas.count()})
        return antwoord


class NieuweNotaView(FormulierPagina):
    handeling = handelingen.OPSTELLEN
    template_name = "stukken/nota_nieuw.html"

    def na(self, nota: Nota, _: Any) -> str:
        return reverse("stukken:nota", args=[nota.pk])


class NotaView(MatrixVereist, TemplateView):
    actie = "stukken.bekijken"
    template_name = "stukken/nota.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        nota = zichtbare_nota(self.request, kwargs["pk"])
        gebruiker = ingelogde(self.request)
        stap = services.actieve_stap(nota, gebruiker)
        punten = list(nota.beslispunten.all())
        weigering = services.bewerkweigering(gebruiker, nota)
        stappen = list(nota.stappen.select_related("houder", "eenheid"))
        mag_route = services.routeweigering(gebruiker, nota) is None
        if mag_route:  # the route editor, folded on the page
            kwargs.update(routebewerker(nota, [Routevoorstel(s.houder, s.eenheid, s.soort) for s in stappen]))
        return super().get_context_data(
            nota=nota,
            punten=punten,
            stappen=stappen,
            tijdlijn=nota.tijdlijn.select_related("door"),
            annotaties=nota.annotaties.select_related("door"),
            bijlagen=zichtbare_documenten(gebruiker, nota.bijlagen.all()),
            mijn_stap=stap,
            beslisformulier=BeslisFormulier(punten=punten) if stap and stap.soort == "beslissing" else None,
            mag_route=mag_route,
            mag_bewerken=weigering is None,
            # the author and co-authors hear why their memo is read-only now
            bewerk_uitleg=fouttekst(weigering) if isinstance(weigering, ValidationError) else "",
            terugstuurstap=services.terugstuurstap(nota),
            aantal_versies=nota.versies.count(),
            mag_afdoen=nota.status == Nota.Status.BESLOTEN
            and bool({"bewindspersoon", "politiek_assistent", "secretariaat"} & gebruiker.rolcodes()),
            kandidaten=medewerkers_die_mogen_zien(nota.rubricering).exclude(pk=gebruiker.pk),
            **kwargs,
        )


def _naar_nota(nota: Nota, **_: Any) -> str:
    return reverse("stukken:nota", args=[nota.pk])


class NotaBewerkenView(FormulierPagina):
    """The memo's fields in a form, for its author and co-authors while it is Concept or
    Teruggestuurd; who may not (or no longer) edit it is taken back to the memo with the reason."""

    handeling = handelingen.BEWERKEN
    template_name = "stukken/nota_bewerken.html"
    fouten_in_formulier = True

    def object(self) -> Nota:
        if not hasattr(self, "_nota"):  # fetched (and its read audited) once per request
            self._nota: Nota = super().object()
        return self._nota

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        nota = self.object()
        if (weg := self._weg(request, nota)) is not None:
            return weg
        return self.render_to_response(self.get_context_data(object=nota, nota=nota))

    def post(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        nota = self.object()
        if (weg := self._weg(request, nota)) is not None:
            return weg
        return super().post(request, **kwargs)

    def _weg(self, request: HttpRequest, nota: Nota) -> HttpResponse | None:
        """Back to the memo, with the reason, for who may not (or no longer) edit it."""
        if (weigering := services.bewerkweigering(request.user, nota)) is None:
            return None
        messages.error(request, fouttekst(weigering))
        return redirect(_naar_nota(nota))

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault("nota", kwargs.get("object"))
        return super().get_context_data(**kwargs)

    def na(self, _: Any, nota: Nota) -> str:
        return _naar_nota(nota)


class NotaVersiesView(MatrixVereist, TemplateView):
    """Every saved version of a memo: who, when, and what changed, word by word. Seen by whoever
    may see the memo (and nobody else: a classified memo's versions are classified alike)."""

    actie = "stukken.bekijken"
    template_name = "stukken/nota_versies.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        nota = zichtbare_nota(self.request, kwargs["pk"])
        return super().get_context_data(
            nota=nota,
            versies=[(v, w, leesbare_inhoud(v)) for v, w in versies_met_wijzigingen(nota)],
            mag_bewerken=services.mag_bewerken(self.request.user, nota),
            **kwargs,
        )


def _niets_ophalen(url: str, *args: Any, **kwargs: Any) -> Any:
    raise ValueError("Externe bronnen worden niet opgehaald.")


class NotaPdfView(MatrixVereist, View):
    """The memo as a PDF (WeasyPrint), with its text formatted as on the page; the
    classification on every page. Rendered on request: a memo is a few pages."""

    actie = "stukken.bekijken"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        from django.template.loader import render_to_string
        from weasyprint import HTML

        nota = zichtbare_nota(request, pk)
        html = render_to_string(
            "stukken/pdf/nota.html",
            {
                "nota": nota,
                "punten": list(nota.beslispunten.all()),
                "bijlagen": zichtbare_documenten(ingelogde(request), nota.bijlagen.all()),
            },
        )
        pdf = HTML(string=html, base_url=None, url_fetcher=_niets_ophalen).write_pdf()
        audit.registreer_download(nota, door=request.user, versie=nota.versies.count())
        antwoord = HttpResponse(pdf, content_type="application/pdf")
        antwoord["Content-Disposition"] = f'inline; filename="{nota.kenmerk}.pdf"'
        antwoord["Cache-Control"] = "private, no-store"
        return antwoord


ParafeerView = ActiePagina.voor(handelingen.PARAFEREN, terug=_naar_nota)
TerugsturenView = ActiePagina.voor(handelingen.TERUGSTUREN, terug=_naar_nota)
MedeparaafView = ActiePagina.voor(handelingen.MEDEPARAAF, terug=_naar_nota)
BeslisView = ActiePagina.voor(handelingen.BESLISSEN, terug=_naar_nota)
TekenView = ActiePagina.voor(handelingen.TEKENEN, terug=_naar_nota)
AnnoteerView = ActiePagina.voor(handelingen.ANNOTEREN, terug=_naar_nota)
AfdoenView = ActiePagina.voor(handelingen.AFDOEN, terug=_naar_nota)
VerstuurView = ActiePagina.voor(handelingen.VERSTUREN, terug=_naar_nota)
RouteView = ActiePagina.voor(handelingen.ROUTE_WIJZIGEN, terug=_naar_nota)


def routeregels(nota: Nota, stappen: list[Routevoorstel]) -> list[dict[str, Any]]:
    """The draft route as rows for the editor: each step with its place, level and the roles of
    its holder (so the author sees who is the director and who the DG)."""
    niveaus = services.routeniveaus(stappen)
    return [
        {
            "nummer": i,
            "stap": stap,
            "niveau": niveau,
            "rollen": stap.houder.rolnamen(),
            "eerste": i == 1,
            "laatste": i == len(stappen),
            "parallel": i > 1 and niveau == niveaus[i - 2],
        }
        for i, (stap, niveau) in enumerate(zip(stappen, niveaus, strict=True), start=1)
    ]


def routebewerker(nota: Nota, stappen: list[Routevoorstel], **extra: Any) -> dict[str, Any]:
    """The context of the route editor (the memo page's folded panel and the editor page)."""
    op_route = {s.houder.pk for s in stappen}
    return {
        "routeregels": routeregels(nota, stappen),
        "routekandidaten": [
            g
            for g in medewerkers_die_mogen_zien(nota.rubricering).prefetch_related("rollen")
            if g.pk not in op_route
        ],
        **extra,
    }


class RouteBewerkenView(MatrixVereist, TemplateView):
    """The route editor: who (person, role, unit) and what kind of step, in order; add, remove,
    move up and down. Each button is a round trip to the server that changes the draft (sent along
    as hidden fields), so it works without JavaScript; "Route opslaan" stores the draft through
    the action layer (``handelingen.ROUTE_WIJZIGEN``: the service checks rights, state and the
    route, and audits it). Who may not change the route (now) is taken back to the memo."""

    actie = handelingen.ROUTE_WIJZIGEN.recht
    template_name = "stukken/nota_route.html"

    def _nota(self) -> Nota | HttpResponse:
        nota = zichtbare_nota(self.request, self.kwargs["pk"])
        if (weigering := services.routeweigering(self.request.user, nota)) is not None:
            messages.error(self.request, fouttekst(weigering))
            return redirect(_naar_nota(nota))
        return nota

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        nota = self._nota()
        if isinstance(nota, HttpResponse):
            return nota
        huidig = [
            Routevoorstel(s.houder, s.eenheid, s.soort)
            for s in nota.stappen.select_related("houder", "eenheid").order_by("niveau", "pk")
        ]
        return self.render_to_response(self.get_context_data(nota=nota, **routebewerker(nota, huidig)))

    def post(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        nota = self._nota()
        if isinstance(nota, HttpResponse):
            return nota
        h = handelingen.ROUTE_WIJZIGEN
        bewerking = route.lees_bewerking(request.POST.get("bewerking", ""))
        try:
            concept = h.lees_invoer(nota, request.user, request.POST)["stappen"]
        except Invoerfout as fout:
            messages.error(request, fouttekst(fout))
            return redirect(reverse("stukken:nota-route-bewerken", args=[nota.pk]))
        if bewerking is None:
            messages.error(request, "Onbekende bewerking van de route.")
            return self._toon(nota, concept, status=400)
        if bewerking.soort == route.OPSLAAN:
            try:
                resultaat = h.voer_uit(nota, request.user, {"stappen": concept})
            except (ValidationError, PermissionDenied) as fout:
                return self._toon(nota, concept, fout=fouttekst(fout), gewijzigd=True)
            toon_meldingen(request, h.melding(resultaat))
            return redirect(_naar_nota(nota))
        try:
            concept, focus, melding = route.bewerk_route(
                concept, bewerking, nieuw=self._nieuwe_stap(nota, request), plek=self._plek(request)
            )
        except ValueError as fout:
            return self._toon(nota, concept, fout=str(fout), gewijzigd=True)
        return self._toon(nota, concept, focus=focus, melding=melding, gewijzigd=True)

    def _toon(
        self, nota: Nota, concept: list[Routevoorstel], status: int = 200, **extra: Any
    ) -> HttpResponse:
        context = self.get_context_data(nota=nota, **routebewerker(nota, concept, **extra))
        return self.render_to_response(context, status=status)

    @staticmethod
    def _plek(request: HttpRequest) -> int | None:
        plek = request.POST.get("nieuw_plek", "")
        return int(plek) if plek.isdigit() else None

    @staticmethod
    def _nieuwe_stap(nota: Nota, request: HttpRequest) -> Routevoorstel | None:
        houder_id, soort = request.POST.get("nieuw_houder", ""), request.POST.get("nieuw_soort", "")
        if not houder_id.isdigit():
            return None
        houder = medewerkers_die_mogen_zien(nota.rubricering).filter(pk=houder_id).first()
        if houder is None:
            return None
        if soort not in (Parafeerstap.Soort.LIJN, Parafeerstap.Soort.MEDEPARAAF):
            soort = Parafeerstap.Soort.LIJN
        return Routevoorstel(houder, houder.eenheden.order_by("pk").first(), soort)


BijlageView = begrens_upload(
    ActiePagina.voor(handelingen.BIJLAGE_TOEVOEGEN, terug=_naar_nota), GRENS_EEN_BESTAND
)


class TabletView(MatrixVereist, TemplateView):
    """One memo at a time for the bewindspersoon: large type, next/previous, decide."""

    actie = "stukken.bekijken"
    template_name = "stukken/tablet.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        wachtend = list(
            zichtbare_notas(self.request.user)
            .filter(stappen__houder=ingelogde(self.request), stappen__status=Parafeerstap.Status.AAN_DE_BEURT)
            .order_by("uiterste_beslisdatum", "pk")
            .distinct()
        )
        context = super().get_context_data(wachtend=wachtend, **kwargs)
        if not wachtend:
            return context
        pk = kwargs.get("pk")
        ids = [n.pk for n in wachtend]
        if pk is not None and pk not in ids:
            raise Http404("Deze nota ligt niet (meer) bij u.")
        plek = ids.index(pk) if pk is not None else 0
        nota = zichtbare_nota(self.request, ids[plek])
        stap = services.actieve_stap(nota, self.request.user)
        punten = list(nota.beslispunten.all())
        context.update(
            nota=nota,
            plek=plek + 1,
            punten=punten,
            mijn_stap=stap,
            vorige=ids[plek - 1] if plek > 0 else None,
            volgende=ids[plek + 1] if plek + 1 < len(ids) else None,
            beslisformulier=BeslisFormulier(punten=punten) if stap and stap.soort == "beslissing" else None,
            annotaties=nota.annotaties.select_related("door"),
            bijlagen=zichtbare_documenten(self.request.user, nota.bijlagen.all()),
        )
        return context


class DocumentView(MatrixVereist, TemplateView):
    actie = "stukken.bekijken"
    template_name = "stukken/document.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        document = zichtbaar_document(self.request, kwargs["pk"])
        versie = document.huidige_versie
        return super().get_context_data(
            document=document,
            versie=versie,
            gerelateerd=zichtbare_documenten(self.request.user, document.gerelateerd.all()),
            versies=document.versies.all(),
            paginas=range(1, (versie.paginas or 0) + 1) if versie and versie.soort == "pdf" else [],
            **kwargs,
        )


KoppelView = ActiePagina.voor(
    handelingen.DOCUMENT_KOPPELEN, terug=lambda document, **_: reverse("stukken:document", args=[document.pk])
)


def _versie(request: HttpRequest, pk: int, nummer: int) -> Versie:
    document = zichtbaar_document(request, pk)
    return get_object_or_404(Versie, document=document, nummer=nummer)


class BestandView(MatrixVereist, View):
    actie = "stukken.bekijken"

    def get(self, request: HttpRequest, pk: int, nummer: int) -> FileResponse:
        versie = _versie(request, pk, nummer)
        audit.registreer_download(versie.document, door=request.user, versie=nummer)
        return FileResponse(
            versie.bestand.open("rb"),
            as_attachment=True,
            filename=versie.bestandsnaam,
            content_type=versie.mime,
        )


class PaginaView(MatrixVereist, View):
    """A page of a PDF as an image, for a preview that works on every tablet."""

    actie = "stukken.bekijken"

    def get(self, request: HttpRequest, pk: int, nummer: int, pagina: int) -> HttpResponse:
        versie = _versie(request, pk, nummer)
        if versie.soort != "pdf":
            raise Http404("Alleen PDF-bestanden hebben een voorbeeld per pagina.")
        with versie.bestand.open("rb") as f:
            data = f.read()
        try:
            png = pagina_als_png(data, pagina)
        except (ValueError, OnleesbaarBestand) as fout:
            raise Http404(str(fout)) from None
        antwoord = HttpResponse(png, content_type="image/png")
        antwoord["Cache-Control"] = "private, max-age=3600"
        return antwoord


class UploadView(FormulierPagina):
    handeling = handelingen.UPLOADEN
    template_name = "stukken/upload.html"

    @classmethod
    def as_view(cls, **initkwargs: Any) -> Any:
        return begrens_upload(super().as_view(**initkwargs), GRENS_DOCUMENTEN)

    def na(self, *_: Any) -> str:
        return reverse("stukken:upload")


class ZoekView(MatrixVereist, TemplateView):
    actie = "stukken.zoeken"
    template_name = "stukken/zoeken.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        formulier = ZoekFormulier(self.request.GET or None)
        uitkomst = None
        if formulier.is_valid() and formulier.cleaned_data["q"]:
            uitkomst = zoek_stukken(self.request.user, **formulier.zoekopties())
        return super().get_context_data(
            formulier=formulier, vraag=self.request.GET.get("q", ""), uitkomst=uitkomst, **kwargs
        )


class StroomView(MatrixVereist, TemplateView):
    """Per unit: how many memos wait there and since when (where memos are stuck)."""

    actie = "stukken.stroom_bekijken"
    template_name = "stukken/stroom.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        zichtbaar = zichtbare_notas(self.request.user)
        rijen = (
            Parafeerstap.objects.filter(status=Parafeerstap.Status.AAN_DE_BEURT, nota__in=zichtbaar)
            .values("eenheid__naam", "eenheid__code")
            .annotate(aantal=Count("pk"), sinds=Min("aan_de_beurt_sinds"))
            .order_by("sinds")
        )
        nu = timezone.now()
        rijen_met_dagen = [{**rij, "dagen": (nu - rij["sinds"]).days if rij["sinds"] else 0} for rij in rijen]
        return super().get_context_data(rijen=rijen_met_dagen, **kwargs)


class QuarantaineView(MatrixVereist, TemplateView):
    actie = "stukken.quarantaine_bekijken"
    template_name = "stukken/quarantaine.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(
            bestanden=Quarantaine.objects.select_related("eenheid", "aangeleverd_door")[:200],
            **kwargs,
        )
