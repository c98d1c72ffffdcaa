"""Staff pages of the Woo process under /woo/. The actions are declared in handelingen.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from ministerie.bestanden import OnleesbaarBestand, pagina_als_png
from ministerie.core.acties import ActiePagina, FormulierPagina, Melding
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist
from ministerie.lakken.detectie import OMSCHRIJVINGEN, SIGNALEN
from ministerie.organisatie.models import Eenheid
from ministerie.stukken.zichtbaarheid import zichtbare_documenten

from . import beoordeling, besluit, documenten_pdf, filters, handelingen, taken
from .gronden import GROND_KEUZES, GRONDEN
from .models import Beoordeling, Passage, Publicatie, Verwerking, Verzoek, WooDocument
from .verwerking import STAP_SOORTEN, stap_loopt
from .zichtbaarheid import verwerking_voor, verzoek_voor, woodoc_voor, zichtbare_verzoeken


class OverzichtView(MatrixVereist, TemplateView):
    actie = "woo.bekijken"
    template_name = "woo/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        status = self.request.GET.get("status", "")
        verzoeken = filters.met_status(zichtbare_verzoeken(self.request.user), status).select_related(
            "eenheid"
        )
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


class NieuwView(FormulierPagina):
    handeling = handelingen.REGISTREREN
    template_name = "woo/nieuw.html"

    def beginwaarden(self) -> dict[str, Any]:
        return {"ontvangen_op": timezone.localdate().isoformat()}

    def na(self, verzoek: Verzoek, _: Any) -> str:
        return reverse("woo:verzoek", args=[verzoek.pk])


class VerzoekView(MatrixVereist, TemplateView):
    actie = "woo.bekijken"
    template_name = "woo/verzoek.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        verzoek = verzoek_voor(self.request.user, kwargs["pk"])
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
            wacht_op_bekendmaking=besluit.wacht_op_bekendmaking(verzoek),
            publicatie=Publicatie.objects.filter(verzoek=verzoek).first(),
            mag_behandelen=heeft_recht(gebruiker, "woo.behandelen"),
            mag_publiceren=heeft_recht(gebruiker, "woo.publiceren"),
            brieven=[
                (f"{b}.pdf", documenten_pdf.BRIEVEN[b], documenten_pdf.brief_tekst(verzoek, b))
                for b in self._brieven(verzoek)
            ],
            directies=Eenheid.objects.filter(soort__in=["directie", "cluster", "programma"]).order_by("naam"),
            stappen=[(v, _verwerking_context(gebruiker, v)) for v in _stappen_om_te_tonen(verzoek)],
            stap_loopt=stap_loopt(verzoek),
            **kwargs,
        )

    @staticmethod
    def _brieven(verzoek: Verzoek) -> list[str]:
        """The request's letters; a letter not made yet is queued now (once), so its PDF is
        usually there by the time someone clicks it."""
        soorten = documenten_pdf.beschikbare_brieven(verzoek)
        for soort in soorten:
            taken.vraag_brief_aan(verzoek, soort)
        return soorten


def _stappen_om_te_tonen(verzoek: Verzoek) -> list[Verwerking]:
    """The steps of the decision and publication that run, and the last one if it failed: a
    finished step shows in the request itself (its letter, memo, publication)."""
    stappen = list(verzoek.verwerkingen.filter(soort__in=STAP_SOORTEN)[:VERWERKINGEN_GETOOND])
    lopend = [v for v in stappen if v.loopt]
    if stappen and stappen[0].status == Verwerking.Status.MISLUKT:
        return lopend + [stappen[0]]
    return lopend


def _naar_verzoek(_: Any, *, pk: int, **__: Any) -> str:
    return reverse("woo:verzoek", args=[pk])


InBehandelingView = ActiePagina.voor(handelingen.IN_BEHANDELING, terug=_naar_verzoek)
ToewijzenView = ActiePagina.voor(handelingen.TOEWIJZEN, terug=_naar_verzoek)
PreciseringView = ActiePagina.voor(handelingen.PRECISERING_VRAGEN, terug=_naar_verzoek)
PreciseringOntvangenView = ActiePagina.voor(handelingen.PRECISERING_ONTVANGEN, terug=_naar_verzoek)
PreciseringUitgeblevenView = ActiePagina.voor(handelingen.PRECISERING_UITGEBLEVEN, terug=_naar_verzoek)
VerdagenView = ActiePagina.voor(handelingen.VERDAGEN, terug=_naar_verzoek)
ZienswijzeView = ActiePagina.voor(handelingen.ZIENSWIJZE_VRAGEN, terug=_naar_verzoek)
ZienswijzeOntvangenView = ActiePagina.voor(handelingen.ZIENSWIJZE_VASTLEGGEN, terug=_naar_verzoek)
IntrekkenView = ActiePagina.voor(handelingen.INTREKKEN, terug=_naar_verzoek)
MotiveringView = ActiePagina.voor(handelingen.MOTIVEREN, terug=_naar_verzoek)
BesluitOpstellenView = ActiePagina.voor(handelingen.BESLUIT_OPSTELLEN, terug=_naar_verzoek)
BesluitNemenView = ActiePagina.voor(handelingen.BESLUIT_NEMEN, terug=_naar_verzoek)
PublicerenView = ActiePagina.voor(handelingen.PUBLICEREN, terug=_naar_verzoek)
PublicatieIntrekkenView = ActiePagina.voor(handelingen.PUBLICATIE_INTREKKEN, terug=_naar_verzoek)
AfrondenView = ActiePagina.voor(handelingen.AFRONDEN, terug=_naar_verzoek)


class BestandView(MatrixVereist, View):
    """Acknowledgement, decision letter and inventory of a request as files."""

    actie = "woo.bekijken"

    def get(self, request: HttpRequest, pk: int, soort: str) -> HttpResponseBase:
        verzoek = verzoek_voor(request.user, pk)
        brief = soort.removesuffix(".pdf")
        if soort.endswith(".pdf") and brief in documenten_pdf.beschikbare_brieven(verzoek):
            # made once by a job and stored; a request never renders a letter (issue 13 §5)
            opgeslagen = documenten_pdf.opgeslagen_brief(verzoek, brief)
            if opgeslagen is None:
                taken.vraag_brief_aan(verzoek, brief)
                messages.info(
                    request, "De brief wordt opgemaakt. Probeer het over enkele ogenblikken opnieuw."
                )
                return redirect("woo:verzoek", pk=verzoek.pk)
            return FileResponse(
                opgeslagen.bestand.open("rb"),
                as_attachment=True,
                filename=f"{brief}-{verzoek.zaaknummer}.pdf",
                content_type="application/pdf",
            )
        veld = {
            "besluit.pdf": verzoek.besluit_pdf,
            "inventarislijst.pdf": verzoek.inventaris_pdf,
            "inventarislijst.xlsx": verzoek.inventaris_xlsx,
        }.get(soort)
        if not veld:
            raise Http404("Dit bestand is er (nog) niet.")
        return FileResponse(veld.open("rb"), as_attachment=True, filename=f"{verzoek.zaaknummer}-{soort}")


#: The most recent background jobs shown on the documents page.
VERWERKINGEN_GETOOND = 5


class DocumentenView(MatrixVereist, TemplateView):
    actie = "woo.bekijken"
    template_name = "woo/documenten.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        verzoek = verzoek_voor(self.request.user, kwargs["pk"])
        gebruiker = self.request.user
        S = Passage.Status
        documenten = list(
            verzoek.documenten.select_related("eenheid").annotate(
                n_voorgesteld=Count("passages", filter=Q(passages__status=S.VOORGESTELD)),
                n_gelakt=Count("passages", filter=Q(passages__status__in=Passage.ACTIEF)),
                n_afgewezen=Count("passages", filter=Q(passages__status=S.AFGEWEZEN)),
            )
        )
        reeds = set(verzoek.documenten.values_list("versie__document_id", flat=True))
        kandidaten = (
            zichtbare_documenten(gebruiker).exclude(pk__in=reeds).order_by("-aangemaakt_op")[:50]
            if heeft_recht(gebruiker, "woo.behandelen")
            else []
        )
        return super().get_context_data(
            verzoek=verzoek,
            documenten=[
                (
                    d,
                    beoordeling.mag_beoordelen(gebruiker, d),
                    beoordeling.mag_bron_zien(gebruiker, d),
                    tellertekst(
                        {
                            "voorgesteld": d.n_voorgesteld,
                            "gelakt": d.n_gelakt,
                            "afgewezen": d.n_afgewezen,
                        }
                    ),
                )
                for d in documenten
            ],
            beoordelingen=Beoordeling.choices,
            grond_keuzes=GROND_KEUZES,
            kandidaten=kandidaten,
            verwerkingen=[
                (v, _verwerking_context(gebruiker, v))
                for v in verzoek.verwerkingen.exclude(soort__in=STAP_SOORTEN)[:VERWERKINGEN_GETOOND]
            ],
            mag_behandelen=heeft_recht(gebruiker, "woo.behandelen"),
            mag_beoordelen=heeft_recht(gebruiker, "woo.beoordelen"),
            open=verzoek.status in beoordeling.IN_BEOORDELING,
            **kwargs,
        )


def _naar_documenten(_: Any, *, pk: int, **__: Any) -> str:
    return reverse("woo:documenten", args=[pk])


def _na_herstart(v: Verwerking, *, pk: int, **__: Any) -> str:
    """Back to where the job shows: the request for a step of the decision, else its documents."""
    return reverse("woo:verzoek" if v.soort in STAP_SOORTEN else "woo:documenten", args=[pk])


UploadView = ActiePagina.voor(handelingen.UPLOADEN, terug=_naar_documenten)
VerwerkingHerstartView = ActiePagina.voor(handelingen.VERWERKING_HERSTARTEN, terug=_na_herstart)


class VerwerkingVoortgangView(MatrixVereist, TemplateView):
    """The progress of one background job, polled by the documents page every two seconds."""

    actie = "woo.bekijken"
    template_name = "woo/_verwerking.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        verwerking = verwerking_voor(self.request.user, kwargs["pk"], kwargs["verwerking"])
        return super().get_context_data(v=verwerking, **_verwerking_context(self.request.user, verwerking))

    def render_to_response(self, context: dict[str, Any], **kwargs: Any) -> HttpResponse:
        antwoord = super().render_to_response(context, **kwargs)
        v = context["v"]
        if v.soort in STAP_SOORTEN and not v.loopt and v.status == Verwerking.Status.KLAAR:
            antwoord["HX-Refresh"] = "true"  # a finished step changes the whole request page
        return antwoord


UITKOMSTEN: dict[str, Callable[[dict[str, Any]], list[Melding]]] = {
    Verwerking.Soort.AANLEVERING: handelingen.aanlevering_meldingen,
    Verwerking.Soort.BEOORDELING: handelingen.beoordeling_meldingen,
}


def _verwerking_context(gebruiker: Any, verwerking: Verwerking) -> dict[str, Any]:
    meldingen = (
        UITKOMSTEN.get(verwerking.soort, handelingen.stap_meldingen)(verwerking.verslag)
        if verwerking.status == Verwerking.Status.KLAAR
        else []
    )
    # the restart needs the page's right (woo.behandelen) and the job's own (verwerking.herstart)
    recht: dict[str, str] = {
        Verwerking.Soort.PUBLICEREN: "woo.publiceren",
        Verwerking.Soort.BEOORDELING: "woo.beoordelen",
    }
    return {
        "uitkomst": meldingen,
        "mag_herstarten": verwerking.status == Verwerking.Status.MISLUKT
        and heeft_recht(gebruiker, "woo.behandelen")
        and heeft_recht(gebruiker, recht.get(verwerking.soort, "woo.behandelen")),
    }


KoppelView = ActiePagina.voor(handelingen.KOPPELEN, terug=_naar_documenten)
BulkBeoordelingView = ActiePagina.voor(handelingen.IN_BULK_BEOORDELEN, terug=_naar_documenten)


#: The state of a box as the viewer names it: its heading, its counter and the start of its
#: accessible name.
TOESTANDEN = {
    Passage.Status.VOORGESTELD: "voorgesteld",
    Passage.Status.GEACCEPTEERD: "gelakt",
    Passage.Status.TOEGEVOEGD: "gelakt",
    Passage.Status.AFGEWEZEN: "afgewezen",
}
_NAAMBEGIN = {"voorgesteld": "Voorgestelde lakking", "gelakt": "Gelakt", "afgewezen": "Afgewezen lakking"}
KOPPEN = {"voorgesteld": "Voorgesteld", "gelakt": "Gelakt", "afgewezen": "Afgewezen"}


def tellers(passages: list[Passage]) -> dict[str, int]:
    """How many boxes are proposed, redacted and rejected (in that order)."""
    aantallen = dict.fromkeys(KOPPEN, 0)
    for p in passages:
        aantallen[TOESTANDEN[Passage.Status(p.status)]] += 1
    return aantallen


def tellertekst(aantallen: dict[str, int]) -> str:
    """'3 voorgesteld, 5 gelakt, 1 afgewezen' (states with none left out; 'geen lakkingen')."""
    delen = [f"{n} {toestand}" for toestand, n in aantallen.items() if n]
    return ", ".join(delen) if delen else "geen lakkingen"


def _grondtekst(p: Passage) -> str:
    return f"grond {p.grond}" if p.grond else "geen persoonsgegeven"


def _vak(p: Passage) -> dict[str, Any]:
    toestand = TOESTANDEN[Passage.Status(p.status)]
    soort = p.label or "getekend vak" if p.rect else p.label or "tekst"
    if p.label in SIGNALEN:  # shown, not proposed: e.g. a functional mailbox
        soort = OMSCHRIJVINGEN[p.label]
    tekst = f" „{p.tekst[:80]}{'…' if len(p.tekst) > 80 else ''}”" if p.tekst else ""
    maten = p.document.paginamaten
    breedte, hoogte = maten[p.pagina - 1] if 0 < p.pagina <= len(maten) else (1, 1)
    return {
        "passage": p,
        "toestand": toestand,
        "soort": soort,
        "stijl": p.stijl(),
        "boven": f"{100 * p.rect[1] / hoogte:.2f}" if p.rect else "0",
        "naam": f"{_NAAMBEGIN[toestand]}: {soort}{tekst}, {_grondtekst(p)}, pagina {p.pagina}",
        "eigen": not p.label,
        "breedte": breedte,
    }


class DocumentView(MatrixVereist, TemplateView):
    """One document in the redaction viewer: the pages with the boxes over the text (ground
    beside each box), a decision per box, boxes drawn by mouse or finger, zoom, and the preview
    as it will be published (``?weergave=voorbeeld``: pages of the really redacted file)."""

    actie = "woo.bekijken"
    template_name = "woo/document.html"
    MAX_PAGINAS = 50

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        woodoc = woodoc_voor(self.request.user, kwargs["pk"], kwargs["nummer"])
        passages = list(woodoc.passages.all())
        for p in passages:
            p.document = woodoc  # one query for the page sizes, not one per box
        vakken = [_vak(p) for p in passages]
        paginas = []
        for n in range(1, min(woodoc.paginas, self.MAX_PAGINAS) + 1):
            op_pagina = [v for v in vakken if v["passage"].pagina == n]
            maat = woodoc.paginamaten[n - 1] if n <= len(woodoc.paginamaten) else [595, 842]
            paginas.append(
                {
                    "nummer": n,
                    "vakken": [v for v in op_pagina if v["stijl"]],
                    "voorstellen": sum(1 for v in op_pagina if v["toestand"] == "voorgesteld"),
                    "tellers": tellertekst(tellers([v["passage"] for v in op_pagina])),
                    # as text with a full stop: the Dutch locale would write "595,28" in CSS
                    "breedte": f"{float(maat[0]):.2f}",
                    "hoogte": f"{float(maat[1]):.2f}",
                }
            )
        aantallen = tellers(passages)
        weergave = "voorbeeld" if self.request.GET.get("weergave") == "voorbeeld" else "beoordelen"
        context: dict[str, Any] = {}
        if weergave == "voorbeeld":
            context = self._voorbeeld(woodoc)
        mag = (
            beoordeling.mag_beoordelen(self.request.user, woodoc)
            and woodoc.verzoek.status in beoordeling.IN_BEOORDELING
        )
        return super().get_context_data(
            verzoek=woodoc.verzoek,
            document=woodoc,
            weergave=weergave,
            paginas=paginas,
            meer_paginas=max(woodoc.paginas - self.MAX_PAGINAS, 0),
            passages=passages,
            groepen=[
                (
                    toestand,
                    KOPPEN[toestand],
                    aantallen[toestand],
                    [v for v in vakken if v["toestand"] == toestand],
                )
                for toestand in KOPPEN
            ],
            tellers=aantallen,
            tellertekst=tellertekst(aantallen),
            grond_keuzes=GROND_KEUZES,
            beoordelingen=Beoordeling.choices,
            mag=mag,
            vorige=woodoc.verzoek.documenten.filter(nummer__lt=woodoc.nummer).order_by("-nummer").first(),
            volgende=woodoc.verzoek.documenten.filter(nummer__gt=woodoc.nummer).order_by("nummer").first(),
            **context,
            **kwargs,
        )

    @staticmethod
    def _voorbeeld(woodoc: WooDocument) -> dict[str, Any]:
        if woodoc.beoordeling and not woodoc.wordt_gepubliceerd:
            return {"niet_gepubliceerd": True}
        try:
            _pdf, problemen = beoordeling.voorbeeld(woodoc)
        except ValidationError as fout:
            return {"voorbeeld_fout": " ".join(fout.messages)}
        return {"voorbeeld_problemen": problemen}


def _naar_document(_: Any, *, pk: int, nummer: int) -> str:
    return reverse("woo:document", args=[pk, nummer])


BeoordeelView = ActiePagina.voor(handelingen.DOCUMENT_BEOORDELEN, terug=_naar_document)
PassageView = ActiePagina.voor(handelingen.PASSAGE_TOEVOEGEN, terug=_naar_document)
NagekekenView = ActiePagina.voor(handelingen.PAGINA_NAGEKEKEN, terug=_naar_document)
LakBesluitView = ActiePagina.voor(handelingen.PASSAGE_BESLISSEN, terug=_naar_document)
VakView = ActiePagina.voor(handelingen.VAK_TEKENEN, terug=_naar_document)

#: Widths a page image is drawn at: the normal view, and a sharper one when zoomed in.
BEELDBREEDTES = (900, 1800)


def _voorbeeld_bytes(woodoc: WooDocument) -> bytes:
    if woodoc.beoordeling and not woodoc.wordt_gepubliceerd:
        raise Http404("Dit document wordt niet openbaar gemaakt.")
    try:
        return beoordeling.voorbeeld(woodoc)[0]
    except ValidationError as fout:
        raise Http404(" ".join(fout.messages)) from None


class PaginaView(MatrixVereist, View):
    """A page of the document to assess (bron), of its redacted result (gelakt) or of the
    preview as it will be published (voorbeeld), as PNG; ``?breedte=1800`` for zooming in."""

    actie = "woo.bekijken"

    def get(self, request: HttpRequest, pk: int, nummer: int, soort: str, pagina: int) -> HttpResponse:
        woodoc = woodoc_voor(request.user, pk, nummer)
        if soort == "gelakt":
            if not woodoc.gelakt_pdf:
                raise Http404("Dit document is nog niet gelakt.")
            with woodoc.gelakt_pdf.open("rb") as f:
                data = f.read()
        elif soort == "bron":
            data = woodoc.bron_bytes()
        elif soort == "voorbeeld":
            data = _voorbeeld_bytes(woodoc)
        else:
            raise Http404
        breedte = (
            BEELDBREEDTES[1] if request.GET.get("breedte") == str(BEELDBREEDTES[1]) else BEELDBREEDTES[0]
        )
        try:
            png = pagina_als_png(data, pagina, breedte=breedte)
        except (ValueError, OnleesbaarBestand) as fout:
            raise Http404(str(fout)) from None
        antwoord = HttpResponse(png, content_type="image/png")
        antwoord["Cache-Control"] = "private, no-store"
        return antwoord


class VoorbeeldPdfView(MatrixVereist, View):
    """The preview as it will be published, as the PDF file itself."""

    actie = "woo.bekijken"

    def get(self, request: HttpRequest, pk: int, nummer: int) -> HttpResponse:
        woodoc = woodoc_voor(request.user, pk, nummer)
        antwoord = HttpResponse(_voorbeeld_bytes(woodoc), content_type="application/pdf")
        naam = f"voorbeeld-{woodoc.verzoek.zaaknummer}-{woodoc.nummer:04d}.pdf"
        antwoord["Content-Disposition"] = f'attachment; filename="{naam}"'
        antwoord["Cache-Control"] = "private, no-store"
        return antwoord


class InzichtView(MatrixVereist, TemplateView):
    actie = "woo.inzicht"
    template_name = "woo/inzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        from .inzicht import inzicht

        return super().get_context_data(inzicht=inzicht(timezone.localdate()), **kwargs)
