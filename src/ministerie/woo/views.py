"""Staff pages of the Woo process under /woo/."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django.views.generic import TemplateView

from ministerie.bestanden import OnleesbaarBestand, pagina_als_png
from ministerie.core.permissies import heeft_recht
from ministerie.core.views import MatrixVereist
from ministerie.organisatie.models import Eenheid
from ministerie.stukken.zichtbaarheid import zichtbare_documenten

from . import aanlevering, beoordeling, besluit, documenten_pdf, publicatie, services
from .formulieren import VerzoekFormulier
from .gronden import GROND_KEUZES, GRONDEN
from .models import Beoordeling, Derde, Passage, Publicatie, Verzoek, WooDocument
from .toestanden import OPEN


def fouttekst(fout: ValidationError | PermissionDenied) -> str:
    if isinstance(fout, ValidationError):
        return " ".join(fout.messages)
    return str(fout) or "U heeft hier geen recht op."


def datum_uit(request: HttpRequest, naam: str) -> date:
    waarde = request.POST.get(naam, "").strip()
    if not waarde:
        raise ValidationError(f"Vul de datum in ({naam.replace('_', ' ')}).")
    try:
        return date.fromisoformat(waarde)
    except ValueError:
        raise ValidationError(f"'{waarde}' is geen geldige datum (jjjj-mm-dd).") from None


class OverzichtView(MatrixVereist, TemplateView):
    actie = "woo.bekijken"
    template_name = "woo/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        verzoeken = beoordeling.zichtbare_verzoeken(self.request.user).select_related("eenheid")
        status = self.request.GET.get("status", "")
        if status == "open":
            verzoeken = verzoeken.filter(status__in=OPEN)
        elif status in Verzoek.Status.values:
            verzoeken = verzoeken.filter(status=status)
        rijen = [(v, v.termijn()) for v in verzoeken[:200]]
        vandaag = timezone.localdate()
        return super().get_context_data(
            rijen=[
                (v, t, (t.uiterste_datum - vandaag).days if getattr(t, "uiterste_datum", None) else None)
                for v, t in rijen
            ],
            status=status,
            statussen=Verzoek.Status.choices,
            mag_registreren=heeft_recht(self.request.user, "woo.registreren"),
            **kwargs,
        )


class NieuwView(MatrixVereist, TemplateView):
    actie = "woo.registreren"
    template_name = "woo/nieuw.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault(
            "formulier", VerzoekFormulier(initial={"ontvangen_op": timezone.localdate().isoformat()})
        )
        return super().get_context_data(**kwargs)

    def post(self, request: HttpRequest) -> HttpResponse:
        formulier = VerzoekFormulier(request.POST)
        if not formulier.is_valid():
            return self.render_to_response(self.get_context_data(formulier=formulier))
        try:
            verzoek = services.registreer_verzoek(door=request.user, **formulier.cleaned_data)
        except (ValidationError, PermissionDenied) as fout:
            messages.error(request, fouttekst(fout))
            return self.render_to_response(self.get_context_data(formulier=formulier))
        messages.success(request, f"Verzoek {verzoek.zaaknummer} is geregistreerd.")
        return redirect("woo:verzoek", pk=verzoek.pk)


class VerzoekView(MatrixVereist, TemplateView):
    actie = "woo.bekijken"
    template_name = "woo/verzoek.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        verzoek = beoordeling.verzoek_voor(self.request.user, kwargs["pk"])
        gebruiker = self.request.user
        termijn = verzoek.termijn()
        gebruikt = besluit.gebruikte_gronden(verzoek)
        motiveringen = {m.grond: m.tekst for m in verzoek.motiveringen.all()}
        documenten = list(verzoek.documenten.all())
        return super().get_context_data(
            verzoek=verzoek,
            termijn=termijn,
            vandaag=timezone.localdate(),
            gebeurtenissen=verzoek.termijngebeurtenissen.all(),
            derden=verzoek.derden.all(),
            logboek=verzoek.logboek.all(),
            aantal_documenten=len(documenten),
            beoordeeld=sum(1 for d in documenten if d.beoordeling),
            gronden=[(GRONDEN[g], motiveringen.get(g, "")) for g in gebruikt],
            ontbrekend=besluit.ontbrekend_voor_besluit(verzoek),
            klaar_voor_publicatie=beoordeling.publicatieklaar(verzoek),
            nota_akkoord=besluit.nota_akkoord(verzoek),
            publicatie=Publicatie.objects.filter(verzoek=verzoek).first(),
            mag_behandelen=heeft_recht(gebruiker, "woo.behandelen"),
            mag_publiceren=heeft_recht(gebruiker, "woo.publiceren"),
            brieven=[
                (f"{b}.pdf", documenten_pdf.BRIEVEN[b], documenten_pdf.brief_tekst(verzoek, b))
                for b in documenten_pdf.beschikbare_brieven(verzoek)
            ],
            directies=Eenheid.objects.filter(soort__in=["directie", "cluster", "programma"]).order_by("naam"),
            **kwargs,
        )


class VerzoekActieView(MatrixVereist, View):
    """Base for the POST actions on a request: errors become a clear message, nothing half-done."""

    http_method_names = ["post", "options"]
    gelukt = ""
    uitvoeren: Callable[[HttpRequest, Verzoek], str | None]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        verzoek = beoordeling.verzoek_voor(request.user, pk)
        try:
            melding = type(self).uitvoeren(request, verzoek)
        except (ValidationError, PermissionDenied) as fout:
            messages.error(request, fouttekst(fout))
        else:
            messages.success(request, melding or self.gelukt)
        terug = request.POST.get("terug", "")
        if not url_has_allowed_host_and_scheme(terug, {request.get_host()}, request.is_secure()):
            terug = reverse("woo:verzoek", args=[verzoek.pk])
        return redirect(terug)


def _in_behandeling(request: HttpRequest, verzoek: Verzoek) -> None:
    services.neem_in_behandeling(verzoek, door=request.user)


def _toewijzen(request: HttpRequest, verzoek: Verzoek) -> None:
    eenheid = Eenheid.objects.filter(pk=request.POST.get("eenheid") or 0).first()
    if eenheid is None:
        raise ValidationError("Kies een directie.")
    services.wijs_toe(verzoek, door=request.user, eenheid=eenheid)


def _precisering(request: HttpRequest, verzoek: Verzoek) -> None:
    services.vraag_precisering(
        verzoek,
        door=request.user,
        vraag=request.POST.get("vraag", ""),
        gevraagd_op=datum_uit(request, "gevraagd_op"),
        termijn_tot=datum_uit(request, "termijn_tot"),
    )


def _precisering_ontvangen(request: HttpRequest, verzoek: Verzoek) -> None:
    services.ontvang_precisering(
        verzoek,
        door=request.user,
        ontvangen_op=datum_uit(request, "ontvangen_op"),
        antwoord=request.POST.get("antwoord", ""),
    )


def _precisering_uitgebleven(request: HttpRequest, verzoek: Verzoek) -> None:
    services.precisering_uitgebleven(verzoek, door=request.user)


def _verdagen(request: HttpRequest, verzoek: Verzoek) -> None:
    services.verdaag(
        verzoek,
        door=request.user,
        gemeld_op=datum_uit(request, "gemeld_op"),
        reden=request.POST.get("reden", ""),
    )


def _zienswijze(request: HttpRequest, verzoek: Verzoek) -> None:
    services.vraag_zienswijze(
        verzoek,
        door=request.user,
        naam=request.POST.get("naam", ""),
        contact=request.POST.get("contact", ""),
        gevraagd_op=datum_uit(request, "gevraagd_op"),
        verzoeker_geinformeerd_op=datum_uit(request, "verzoeker_geinformeerd_op"),
        termijn_tot=datum_uit(request, "termijn_tot"),
    )


def _zienswijze_ontvangen(request: HttpRequest, verzoek: Verzoek) -> None:
    derde = get_object_or_404(Derde, verzoek=verzoek, pk=request.POST.get("derde") or 0)
    geen = request.POST.get("uitkomst") == "geen"
    services.registreer_zienswijze(
        derde,
        door=request.user,
        ontvangen_op=None if geen else datum_uit(request, "ontvangen_op"),
        zienswijze=request.POST.get("zienswijze", ""),
        bezwaar_verwacht=request.POST.get("bezwaar_verwacht") == "on",
    )


def _intrekken(request: HttpRequest, verzoek: Verzoek) -> None:
    services.trek_verzoek_in(
        verzoek,
        door=request.user,
        datum=datum_uit(request, "datum"),
        toelichting=request.POST.get("toelichting", ""),
    )


def _motivering(request: HttpRequest, verzoek: Verzoek) -> str:
    for grond in GRONDEN:
        if f"motivering_{grond}" in request.POST:
            besluit.sla_motivering_op(
                verzoek, door=request.user, grond=grond, tekst=request.POST[f"motivering_{grond}"]
            )
    return "De motivering is opgeslagen."


def _besluit_opstellen(request: HttpRequest, verzoek: Verzoek) -> str:
    nota = besluit.stel_besluit_op(verzoek, door=request.user)
    if nota is None:
        return "De inventarislijst is opgesteld."
    return f"Het besluit is opgesteld en als beslisnota {nota.kenmerk} de lijn in gestuurd."


def _besluit_nemen(request: HttpRequest, verzoek: Verzoek) -> None:
    besluit.neem_besluit(
        verzoek,
        door=request.user,
        besluit_datum=datum_uit(request, "besluit_datum"),
        bekendgemaakt_op=datum_uit(request, "bekendgemaakt_op"),
        bezwaar_verwacht=request.POST.get("bezwaar_verwacht") == "on",
    )


def _publiceren(request: HttpRequest, verzoek: Verzoek) -> str:
    pub = publicatie.publiceer(verzoek, door=request.user)
    if pub.status == Publicatie.Status.GEPUBLICEERD:
        return "Gepubliceerd op de publieke portal."
    return f"Goedgekeurd; de publicatie wordt op {pub.gepland_op:%d-%m-%Y} openbaar."


def _publicatie_intrekken(request: HttpRequest, verzoek: Verzoek) -> None:
    pub = get_object_or_404(Publicatie, verzoek=verzoek)
    publicatie.trek_publicatie_in(pub, door=request.user, reden=request.POST.get("reden", ""))


def _afronden(request: HttpRequest, verzoek: Verzoek) -> None:
    services.rond_af(verzoek, door=request.user)


HANDELINGEN: dict[str, tuple[str, Callable[..., Any], str]] = {
    "in-behandeling": ("woo.behandelen", _in_behandeling, "Het verzoek is in behandeling genomen."),
    "toewijzen": ("woo.behandelen", _toewijzen, "De behandelende directie is vastgelegd."),
    "precisering": ("woo.behandelen", _precisering, "De precisering is gevraagd; de termijn is opgeschort."),
    "precisering-ontvangen": (
        "woo.behandelen",
        _precisering_ontvangen,
        "De precisering is vastgelegd; de termijn loopt weer.",
    ),
    "precisering-uitgebleven": (
        "woo.behandelen",
        _precisering_uitgebleven,
        "Het verzoek is niet in behandeling genomen.",
    ),
    "verdagen": ("woo.behandelen", _verdagen, "De beslistermijn is verdaagd."),
    "zienswijze": ("woo.behandelen", _zienswijze, "De zienswijze is gevraagd; de termijn is opgeschort."),
    "zienswijze-ontvangen": ("woo.behandelen", _zienswijze_ontvangen, "De zienswijze is vastgelegd."),
    "intrekken": ("woo.behandelen", _intrekken, "Het verzoek is als ingetrokken vastgelegd."),
    "motivering": ("woo.behandelen", _motivering, ""),
    "besluit-opstellen": ("woo.behandelen", _besluit_opstellen, ""),
    "besluit-nemen": ("woo.behandelen", _besluit_nemen, "Het besluit is vastgelegd."),
    "publiceren": ("woo.publiceren", _publiceren, ""),
    "publicatie-intrekken": ("woo.publiceren", _publicatie_intrekken, "De publicatie is ingetrokken."),
    "afronden": ("woo.behandelen", _afronden, "Het verzoek is afgerond."),
}


def actieview(naam: str) -> Any:
    actie, functie, gelukt = HANDELINGEN[naam]
    klasse = type(
        f"VerzoekActie_{naam.replace('-', '_')}",
        (VerzoekActieView,),
        {"actie": actie, "uitvoeren": staticmethod(functie), "gelukt": gelukt},
    )
    return klasse.as_view()


def _bijlage(naam: str) -> str:
    return f'attachment; filename="{naam}"'


class BestandView(MatrixVereist, View):
    """Acknowledgement, decision letter and inventory of a request as files."""

    actie = "woo.bekijken"

    def get(self, request: HttpRequest, pk: int, soort: str) -> HttpResponse:
        verzoek = beoordeling.verzoek_voor(request.user, pk)
        brief = soort.removesuffix(".pdf")
        if soort.endswith(".pdf") and brief in documenten_pdf.beschikbare_brieven(verzoek):
            return HttpResponse(
                documenten_pdf.brief_pdf(verzoek, brief),
                content_type="application/pdf",
                headers={"Content-Disposition": _bijlage(f"{brief}-{verzoek.zaaknummer}.pdf")},
            )
        veld = {
            "besluit.pdf": verzoek.besluit_pdf,
            "inventarislijst.pdf": verzoek.inventaris_pdf,
            "inventarislijst.xlsx": verzoek.inventaris_xlsx,
        }.get(soort)
        if not veld:
            raise Http404("Dit bestand is er (nog) niet.")
        return FileResponse(veld.open("rb"), as_attachment=True, filename=f"{verzoek.zaaknummer}-{soort}")


class DocumentenView(MatrixVereist, TemplateView):
    actie = "woo.bekijken"
    template_name = "woo/documenten.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        verzoek = beoordeling.verzoek_voor(self.request.user, kwargs["pk"])
        gebruiker = self.request.user
        documenten = list(verzoek.documenten.select_related("eenheid"))
        reeds = set(verzoek.documenten.values_list("versie__document_id", flat=True))
        kandidaten = (
            zichtbare_documenten(gebruiker).exclude(pk__in=reeds).order_by("-aangemaakt_op")[:50]
            if heeft_recht(gebruiker, "woo.behandelen")
            else []
        )
        return super().get_context_data(
            verzoek=verzoek,
            documenten=[
                (d, beoordeling.mag_beoordelen(gebruiker, d), beoordeling.mag_bron_zien(gebruiker, d))
                for d in documenten
            ],
            beoordelingen=Beoordeling.choices,
            grond_keuzes=GROND_KEUZES,
            kandidaten=kandidaten,
            mag_behandelen=heeft_recht(gebruiker, "woo.behandelen"),
            mag_beoordelen=heeft_recht(gebruiker, "woo.beoordelen"),
            open=verzoek.status in beoordeling.IN_BEOORDELING,
            **kwargs,
        )


class UploadView(MatrixVereist, View):
    """Upload files, ZIP archives or mailboxes: through the bulk pipeline into the request."""

    actie = "woo.behandelen"
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        verzoek = beoordeling.verzoek_voor(request.user, pk)
        eenheid = request.user.eenheden.order_by("pk").first()
        bestanden = request.FILES.getlist("bestanden")
        if eenheid is None or not bestanden:
            messages.error(request, "Kies een of meer bestanden." if eenheid else "U hoort bij geen eenheid.")
            return redirect("woo:documenten", pk=verzoek.pk)
        try:
            verslag = aanlevering.lever_aan(
                verzoek, door=request.user, bestanden=[(b.name, b) for b in bestanden], eenheid=eenheid
            )
        except (ValidationError, PermissionDenied) as fout:
            messages.error(request, fouttekst(fout))
            return redirect("woo:documenten", pk=verzoek.pk)
        if verslag.toegevoegd:
            draden = f" De e-mails vormen {verslag.draden} draad/draden." if verslag.draden else ""
            messages.success(
                request,
                f"{len(verslag.toegevoegd)} document(en) toegevoegd, met voorstellen om te lakken.{draden}",
            )
        for melding in verslag.dubbelen + verslag.bijna_dubbelen:
            messages.warning(request, melding)
        for fout in verslag.fouten:
            messages.error(request, f"Niet toegevoegd: {fout}")
        if not (verslag.toegevoegd or verslag.dubbelen or verslag.fouten):
            messages.error(request, "Er zat niets in de aanlevering om toe te voegen.")
        return redirect("woo:documenten", pk=verzoek.pk)


class KoppelView(MatrixVereist, View):
    """Add documents that are already in the document store."""

    actie = "woo.behandelen"
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        verzoek = beoordeling.verzoek_voor(request.user, pk)
        ids = [int(i) for i in request.POST.getlist("document") if i.isdigit()]
        documenten = zichtbare_documenten(request.user).filter(pk__in=ids)
        if not documenten:
            messages.error(request, "Kies een of meer documenten.")
        for document in documenten:
            try:
                beoordeling.voeg_document_toe(verzoek, door=request.user, document=document)
            except (ValidationError, PermissionDenied) as fout:
                messages.error(request, fouttekst(fout))
            else:
                messages.success(request, f"'{document}' is toegevoegd.")
        return redirect("woo:documenten", pk=verzoek.pk)


class BulkBeoordelingView(MatrixVereist, View):
    actie = "woo.beoordelen"
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        verzoek = beoordeling.verzoek_voor(request.user, pk)
        nummers = [int(n) for n in request.POST.getlist("nummer") if n.isdigit()]
        if request.POST.get("alle") == "on":
            nummers = list(verzoek.documenten.filter(beoordeling="").values_list("nummer", flat=True))
        oordeel = request.POST.get("beoordeling", "")
        if not nummers or oordeel not in Beoordeling.values:
            messages.error(request, "Kies documenten en een beoordeling.")
            return redirect("woo:documenten", pk=verzoek.pk)
        gedaan, fouten = beoordeling.beoordeel_in_bulk(
            verzoek,
            door=request.user,
            nummers=nummers,
            beoordeling=oordeel,
            gronden=request.POST.getlist("gronden"),
            reeds_openbaar_waar=request.POST.get("reeds_openbaar_waar", ""),
        )
        if gedaan:
            messages.success(request, f"{gedaan} document(en) beoordeeld, gelakt en gecontroleerd.")
        for fout in fouten:
            messages.error(request, fout)
        return redirect("woo:documenten", pk=verzoek.pk)


def _woodoc(request: HttpRequest, pk: int, nummer: int) -> WooDocument:
    return beoordeling.woodoc_voor(request.user, pk, nummer)


class DocumentView(MatrixVereist, TemplateView):
    """One document: the pages with the proposed redactions; accept, change or add them."""

    actie = "woo.bekijken"
    template_name = "woo/document.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        woodoc = _woodoc(self.request, kwargs["pk"], kwargs["nummer"])
        passages = list(woodoc.passages.all())
        paginas = [
            (n, [p for p in passages if p.pagina == n and p.rect]) for n in range(1, woodoc.paginas + 1)
        ]
        return super().get_context_data(
            verzoek=woodoc.verzoek,
            document=woodoc,
            paginas=paginas[:50],
            passages=passages,
            statussen=Passage.Status.choices,
            grond_keuzes=GROND_KEUZES,
            beoordelingen=Beoordeling.choices,
            mag=beoordeling.mag_beoordelen(self.request.user, woodoc)
            and woodoc.verzoek.status in beoordeling.IN_BEOORDELING,
            vorige=woodoc.verzoek.documenten.filter(nummer__lt=woodoc.nummer).order_by("-nummer").first(),
            volgende=woodoc.verzoek.documenten.filter(nummer__gt=woodoc.nummer).order_by("nummer").first(),
            **kwargs,
        )


class DocumentActieView(MatrixVereist, View):
    actie = "woo.beoordelen"
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, pk: int, nummer: int) -> HttpResponse:
        woodoc = _woodoc(request, pk, nummer)
        try:
            melding = self.voer_uit(request, woodoc)
        except (ValidationError, PermissionDenied) as fout:
            messages.error(request, fouttekst(fout))
        else:
            messages.success(request, melding)
        return redirect("woo:document", pk=pk, nummer=nummer)

    def voer_uit(self, request: HttpRequest, woodoc: WooDocument) -> str:
        raise NotImplementedError


class BeoordeelView(DocumentActieView):
    def voer_uit(self, request: HttpRequest, woodoc: WooDocument) -> str:
        passages = {}
        for passage in woodoc.passages.all():
            status = request.POST.get(f"status_{passage.pk}")
            grond = request.POST.get(f"grond_{passage.pk}")
            if status and grond:
                passages[passage.pk] = (status, grond)
        beoordeling.beoordeel(
            woodoc,
            door=request.user,
            beoordeling=request.POST.get("beoordeling", ""),
            gronden=request.POST.getlist("gronden"),
            reeds_openbaar_waar=request.POST.get("reeds_openbaar_waar", ""),
            toelichting_5_3=request.POST.get("toelichting_5_3", ""),
            passages=passages,
        )
        gelakt = beoordeling.lak_document(woodoc, door=request.user)
        if gelakt.controle_problemen or gelakt.open_paginas:
            return "Beoordeeld en gelakt, maar de controle vraagt aandacht (zie hieronder)."
        return "Beoordeeld, gelakt en gecontroleerd."


class PassageView(DocumentActieView):
    def voer_uit(self, request: HttpRequest, woodoc: WooDocument) -> str:
        pagina = request.POST.get("pagina", "")
        beoordeling.voeg_passage_toe(
            woodoc,
            door=request.user,
            pagina=int(pagina) if pagina.isdigit() else 0,
            tekst=request.POST.get("tekst", ""),
            grond=request.POST.get("grond", ""),
        )
        return "De passage wordt gelakt; beoordeel het document opnieuw om te lakken."


class NagekekenView(DocumentActieView):
    def voer_uit(self, request: HttpRequest, woodoc: WooDocument) -> str:
        pagina = request.POST.get("pagina", "")
        beoordeling.markeer_nagekeken(
            woodoc, door=request.user, pagina=int(pagina) if pagina.isdigit() else 0
        )
        return f"Pagina {pagina} is als nagekeken vastgelegd."


class PaginaView(MatrixVereist, View):
    """A page of the document to assess (bron) or of its redacted result (gelakt), as PNG."""

    actie = "woo.bekijken"

    def get(self, request: HttpRequest, pk: int, nummer: int, soort: str, pagina: int) -> HttpResponse:
        woodoc = _woodoc(request, pk, nummer)
        if soort == "gelakt":
            if not woodoc.gelakt_pdf:
                raise Http404("Dit document is nog niet gelakt.")
            with woodoc.gelakt_pdf.open("rb") as f:
                data = f.read()
        elif soort == "bron":
            data = woodoc.bron_bytes()
        else:
            raise Http404
        try:
            png = pagina_als_png(data, pagina, breedte=900)
        except (ValueError, OnleesbaarBestand) as fout:
            raise Http404(str(fout)) from None
        antwoord = HttpResponse(png, content_type="image/png")
        antwoord["Cache-Control"] = "private, no-store"
        return antwoord


class InzichtView(MatrixVereist, TemplateView):
    actie = "woo.inzicht"
    template_name = "woo/inzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        from .inzicht import inzicht

        return super().get_context_data(inzicht=inzicht(timezone.localdate()), **kwargs)
