"""Pages of the correspondence: the list, one case with its answer and signature, the intake
form, text blocks, mandates, and the public contact form."""

from __future__ import annotations

from typing import Any

from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from ministerie.core import audit
from ministerie.core.acties import ActiePagina, FormulierPagina, fouttekst
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist
from ministerie.organisatie.models import Eenheid

from . import avg, formulieren, handelingen, inzicht, services
from .models import (
    Antwoord,
    Bijlage,
    Campagne,
    Jaarverslagaanbieding,
    Kanaal,
    Mandaat,
    Postbericht,
    Tekstblok,
    Vernietigingslijst,
    Zaak,
)
from .regels import regels
from .zichtbaarheid import campagne_voor, is_mc, lees_zaak, zaak_voor, zichtbare_zaken

ZOUT_BEVESTIGING = "correspondentie-bevestiging"


def _naar_zaak(obj: Any, **kwargs: Any) -> str:
    return reverse("correspondentie:zaak", args=[obj.pk])


class OverzichtView(MatrixVereist, TemplateView):
    actie = "correspondentie.bekijken"
    template_name = "correspondentie/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = self.request.user
        alle = self.request.GET.get("alle") == "1"
        zaken = zichtbare_zaken(gebruiker)
        if not alle:
            zaken = zaken.exclude(status__in=[Zaak.Status.AFGEHANDELD, Zaak.Status.OMGEZET])
        mc = is_mc(gebruiker)
        return super().get_context_data(
            zaken=zaken.order_by("uiterste_datum", "zaaknummer")[:500],
            totaal=zaken.count(),
            alle=alle,
            vandaag=timezone.localdate(),
            mag_registreren=heeft_recht(gebruiker, "correspondentie.registreren"),
            is_mc=mc,
            quarantaine=Postbericht.objects.filter(status=Postbericht.Status.QUARANTAINE).count()
            if mc
            else 0,
            **kwargs,
        )


class ZaakView(MatrixVereist, TemplateView):
    actie = "correspondentie.bekijken"
    template_name = "correspondentie/zaak.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = self.request.user
        zaak = lees_zaak(gebruiker, kwargs["pk"])
        antwoord = Antwoord.objects.filter(zaak=zaak).select_related("nota", "ondertekend_door").first()
        if antwoord is not None and antwoord.nota_id and not antwoord.ondertekend_op:
            if services.werk_ondertekening_bij(antwoord):
                antwoord.refresh_from_db()
                zaak.refresh_from_db()
        regel = services.tekenregel(zaak)
        recht = lambda actie: heeft_recht(gebruiker, actie)  # noqa: E731
        bewerkbaar = zaak.open and (antwoord is None or not (antwoord.nota_id or antwoord.ondertekend_op))
        return super().get_context_data(
            zaak=zaak,
            antwoord=antwoord,
            regel=regel,
            bijlagen=list(zaak.bijlagen.all()),
            berichten=list(zaak.berichten.all()),
            vandaag=timezone.localdate(),
            soortformulier=formulieren.SoortFormulier(
                initial={"soort": zaak.soort, "politiek_gevoelig": zaak.politiek_gevoelig}
            ),
            toewijsformulier=formulieren.ToewijzenFormulier(initial={"eenheid": zaak.toegewezen_aan_id}),
            antwoordformulier=formulieren.AntwoordFormulier(
                initial={"tekst": antwoord.tekst if antwoord else ""}
            ),
            tekstblokken=list(Tekstblok.objects.filter(actief=True)),
            verzendweigering=services.verzendweigering(zaak) if antwoord and zaak.open else None,
            mag_soort=zaak.open and bewerkbaar and recht("correspondentie.registreren"),
            mag_toewijzen=zaak.open
            and recht("correspondentie.toewijzen")
            and not (antwoord and antwoord.ondertekend_op),
            mag_antwoorden=bewerkbaar and recht("correspondentie.beantwoorden"),
            mag_voorleggen=bewerkbaar
            and antwoord is not None
            and regel.wie == "bewindspersoon"
            and recht("correspondentie.beantwoorden"),
            mag_ondertekenen=bewerkbaar
            and antwoord is not None
            and regel.wie != "bewindspersoon"
            and services.mag_tekenen(gebruiker, zaak)
            and recht("correspondentie.ondertekenen"),
            mag_verzenden=zaak.open
            and antwoord is not None
            and bool(antwoord.ondertekend_op)
            and recht("correspondentie.verzenden"),
            mag_omzetten=zaak.open
            and recht("correspondentie.omzetten")
            and not (antwoord and antwoord.nota_id),
            mag_omzetten_woo=zaak.open
            and is_mc(gebruiker)
            and recht("correspondentie.omzetten")
            and recht("woo.registreren")  # the Woo part registers it in this user's name
            and not (antwoord and antwoord.nota_id),
            mag_omzetten_bezwaar=zaak.open
            and is_mc(gebruiker)
            and recht("correspondentie.omzetten")
            and recht("bezwaar.registreren")  # the objections part registers it in this user's name
            and not (antwoord and antwoord.nota_id),
            mag_nota_zien=antwoord is not None and antwoord.nota_id is not None and recht("stukken.bekijken"),
            **kwargs,
        )


class NieuwView(FormulierPagina):
    handeling = handelingen.REGISTREREN
    template_name = "correspondentie/nieuw.html"
    fouten_in_formulier = True

    def beginwaarden(self) -> dict[str, Any]:
        kanaal = self.request.GET.get("kanaal", Kanaal.BRIEF)
        return {"kanaal": kanaal if kanaal in Kanaal.values else Kanaal.BRIEF}

    def na(self, resultaat: Any, obj: Any) -> str:
        return reverse("correspondentie:zaak", args=[resultaat.pk])

    def post(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        if request.POST.get("actie") != "lezen":
            return super().post(request, **kwargs)
        return self._lees_scan(request)

    def _lees_scan(self, request: HttpRequest) -> HttpResponse:
        """'Scan lezen': read the uploaded scan and show the form again with the recognised
        text, sender and address filled in (editable); nothing is registered yet."""
        from django.contrib import messages

        from ministerie.bestanden.fouten import OnleesbaarBestand

        from . import scan

        if not heeft_recht(request.user, "correspondentie.registreren"):
            raise PermissionDenied
        waarden = {k: request.POST.get(k, "") for k in formulieren.ZaakFormulier.base_fields if k != "scan"}
        bestand = request.FILES.get("scan")
        fout = ""
        if bestand is None:
            fout = "Kies eerst het bestand met de scan."
        else:
            try:
                scan.controleer_grootte(bestand.size or 0)
                gelezen = scan.lees_scan(bestand.read(), bestand.name or "")
            except OnleesbaarBestand as onleesbaar:
                fout = str(onleesbaar)
        formulier = formulieren.ZaakFormulier(initial=waarden)
        if fout:
            return self.render_to_response(
                self.get_context_data(formulier=formulier, scanfout=fout), status=400
            )
        waarden["kanaal"] = Kanaal.BRIEF
        waarden["tekst"] = waarden["tekst"] or gelezen.tekst[: formulieren.MAX_TEKST]
        if not (waarden["afzender_naam"] or waarden["afzender_organisatie"]):
            waarden["afzender_naam"] = gelezen.afzender.naam
        waarden["afzender_adres"] = waarden["afzender_adres"] or gelezen.afzender.adres
        waarden["scan_token"] = scan.bewaar_voorlopig(gelezen)
        for waarschuwing in gelezen.waarschuwingen:
            messages.warning(request, waarschuwing)
        return self.render_to_response(
            self.get_context_data(
                formulier=formulieren.ZaakFormulier(initial=waarden),
                gelezen_scan=gelezen.naam,
                herkend=gelezen.afzender,
            )
        )


SoortView = ActiePagina.voor(handelingen.SOORT, terug=_naar_zaak)
ToewijzenView = ActiePagina.voor(handelingen.TOEWIJZEN, terug=_naar_zaak)
ConceptView = ActiePagina.voor(handelingen.CONCEPT, terug=_naar_zaak)
AntwoordView = ActiePagina.voor(handelingen.ANTWOORDEN, terug=_naar_zaak)
VoorleggenView = ActiePagina.voor(handelingen.VOORLEGGEN, terug=_naar_zaak)
OndertekenView = ActiePagina.voor(handelingen.ONDERTEKENEN, terug=_naar_zaak)
VerzendView = ActiePagina.voor(handelingen.VERZENDEN, terug=_naar_zaak)
OmzettenView = ActiePagina.voor(handelingen.OMZETTEN, terug=_naar_zaak)
OmzettenWooView = ActiePagina.voor(handelingen.OMZETTEN_WOO, terug=_naar_zaak)
OmzettenBezwaarView = ActiePagina.voor(handelingen.OMZETTEN_BEZWAAR, terug=_naar_zaak)


class CampagnesView(MatrixVereist, TemplateView):
    actie = "correspondentie.registreren"
    template_name = "correspondentie/campagnes.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        if not is_mc(self.request.user):
            raise Http404("Alleen team MC ziet campagnes.")
        campagnes = Campagne.objects.annotate(
            aantal=Count("zaken"),
            open=Count("zaken", filter=Q(zaken__status__in=[Zaak.Status.NIEUW, Zaak.Status.IN_BEHANDELING])),
        )
        return super().get_context_data(campagnes=campagnes, minimum=services.MIN_CAMPAGNE, **kwargs)


class CampagneView(MatrixVereist, TemplateView):
    actie = "correspondentie.registreren"
    template_name = "correspondentie/campagne.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        campagne = campagne_voor(self.request.user, kwargs["pk"])
        zaken = campagne.zaken.order_by("zaaknummer")
        return super().get_context_data(
            campagne=campagne,
            zaken=zaken[:500],
            aantal=zaken.count(),
            open=zaken.filter(status__in=[Zaak.Status.NIEUW, Zaak.Status.IN_BEHANDELING]).count(),
            formulier=formulieren.CampagneAntwoordFormulier(),
            mag_verzenden=heeft_recht(self.request.user, "correspondentie.verzenden"),
            **kwargs,
        )


GroeperenView = ActiePagina.voor(
    handelingen.GROEPEREN, terug=lambda obj, **kw: reverse("correspondentie:campagnes")
)
CampagneBeantwoordenView = ActiePagina.voor(
    handelingen.CAMPAGNE_BEANTWOORDEN,
    terug=lambda obj, **kw: reverse("correspondentie:campagne", args=[obj.pk]),
)


class PersoonsgegevensView(MatrixVereist, TemplateView):
    """AVG: the export for a request of access (art. 15), and the destruction lists."""

    actie = "correspondentie.avg"
    template_name = "correspondentie/persoonsgegevens.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        if not is_mc(self.request.user):
            raise Http404("Alleen team MC beheert de persoonsgegevens van de correspondentie.")
        kwargs.setdefault("formulier", formulieren.InzageFormulier())
        return super().get_context_data(
            lijsten=Vernietigingslijst.objects.select_related("opgesteld_door", "goedgekeurd_door")[:50],
            over_termijn=len(avg.over_bewaartermijn()),
            regels=regels(),
            **kwargs,
        )

    def post(self, request: HttpRequest) -> HttpResponse:
        formulier = formulieren.InzageFormulier(request.POST)
        if not formulier.is_valid():
            return self.render_to_response(self.get_context_data(formulier=formulier), status=400)
        try:
            data = avg.inzage_export(door=request.user, **formulier.cleaned_data)
        except (ValidationError, PermissionDenied) as fout:
            formulier.add_error(None, fouttekst(fout))
            return self.render_to_response(self.get_context_data(formulier=formulier), status=400)
        antwoord = HttpResponse(data, content_type="application/zip")
        antwoord["Content-Disposition"] = 'attachment; filename="inzage-correspondentie.zip"'
        antwoord["Cache-Control"] = "private, no-store"
        return antwoord


JaarverslagAanbiedenView = ActiePagina.voor(
    handelingen.JAARVERSLAG_AANBIEDEN,
    terug=lambda obj, **kw: f"{reverse('correspondentie:inzicht')}?jaar={obj}",
)
LijstOpstellenView = ActiePagina.voor(
    handelingen.LIJST_OPSTELLEN, terug=lambda obj, **kw: reverse("correspondentie:persoonsgegevens")
)
LijstGoedkeurenView = ActiePagina.voor(
    handelingen.LIJST_GOEDKEUREN, terug=lambda obj, **kw: reverse("correspondentie:persoonsgegevens")
)


class InzichtView(MatrixVereist, TemplateView):
    actie = "correspondentie.inzicht"
    template_name = "correspondentie/inzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        from ministerie.core.grafieken import staafdiagram

        try:
            jaar = int(self.request.GET.get("jaar") or timezone.localdate().year)
        except ValueError:
            jaar = timezone.localdate().year
        jaar = min(max(jaar, 2000), 2100)
        c = inzicht.cijfers(jaar)
        gebruiker = self.request.user
        aanbieding = Jaarverslagaanbieding.objects.filter(jaar=jaar).select_related("nota").first()
        return super().get_context_data(
            c=c,
            aanbieding=aanbieding,
            mag_aanbieden=aanbieding is None
            and jaar <= timezone.localdate().year
            and is_mc(gebruiker)
            and heeft_recht(gebruiker, "correspondentie.jaarverslag_aanbieden"),
            mag_nota_zien=aanbieding is not None
            and aanbieding.nota_id is not None
            and heeft_recht(gebruiker, "stukken.bekijken"),
            kanalen=staafdiagram(
                "kanalen",
                f"Per kanaal ({jaar})",
                list[Any](c.per_kanaal),
                kolom_label="Kanaal",
                kolom_waarde="Aantal",
            ),
            soorten=staafdiagram(
                "soorten",
                f"Per soort ({jaar})",
                list[Any](c.per_soort),
                kolom_label="Soort",
                kolom_waarde="Aantal",
            ),
            **kwargs,
        )


class JaarverslagView(MatrixVereist, View):
    actie = "correspondentie.inzicht"

    def get(self, request: HttpRequest, jaar: int, formaat: str) -> HttpResponse:
        if not 2000 <= jaar <= 2100 or formaat not in ("pdf", "xlsx"):
            raise Http404("Onbekend jaar of formaat.")
        c = inzicht.cijfers(jaar)
        if formaat == "pdf":
            antwoord = HttpResponse(inzicht.jaarverslag_pdf(c), content_type="application/pdf")
        else:
            antwoord = HttpResponse(
                inzicht.jaarverslag_xlsx(c),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        antwoord["Content-Disposition"] = (
            f'attachment; filename="jaarverslag-correspondentie-{jaar}.{formaat}"'
        )
        return antwoord


class BijlageView(MatrixVereist, View):
    actie = "correspondentie.bekijken"

    def get(self, request: HttpRequest, pk: int, bijlage: int) -> FileResponse:
        zaak = zaak_voor(request.user, pk)
        rij = get_object_or_404(Bijlage, zaak=zaak, pk=bijlage)
        if not rij.bestand:
            raise Http404("Deze bijlage is niet apart opgeslagen.")
        audit.registreer(
            "document_gedownload", door=request.user, subject=zaak, gegevens={"bijlage": rij.naam}
        )
        return FileResponse(
            rij.bestand.open("rb"),
            as_attachment=True,
            filename=rij.naam,
            content_type="application/octet-stream",
        )


class VerzondenBriefView(MatrixVereist, View):
    actie = "correspondentie.bekijken"

    def get(self, request: HttpRequest, pk: int) -> FileResponse:
        zaak = zaak_voor(request.user, pk)
        antwoord = Antwoord.objects.filter(zaak=zaak).first()
        if antwoord is None or not antwoord.pdf:
            raise Http404("Er is nog geen verzonden brief.")
        audit.registreer(
            "document_gedownload", door=request.user, subject=zaak, gegevens={"brief": "verzonden"}
        )
        return FileResponse(
            antwoord.pdf.open("rb"),
            filename=f"antwoord-{zaak.zaaknummer}.pdf",
            content_type="application/pdf",
        )


class TekstblokkenView(FormulierPagina):
    handeling = handelingen.TEKSTBLOK
    template_name = "correspondentie/tekstblokken.html"
    fouten_in_formulier = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(blokken=Tekstblok.objects.all(), **kwargs)

    def na(self, resultaat: Any, obj: Any) -> str:
        return reverse("correspondentie:tekstblokken")


class MandatenView(FormulierPagina):
    handeling = handelingen.MANDAAT
    template_name = "correspondentie/mandaten.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        mandaten = {m.bewindspersoon_id: m for m in Mandaat.objects.select_related("gewijzigd_door")}
        bewindspersonen = Eenheid.objects.filter(soort=Eenheid.Soort.BEWINDSPERSOON).order_by(
            "volgorde", "naam"
        )
        return super().get_context_data(
            rijen=[(b, mandaten.get(b.pk)) for b in bewindspersonen], regels=regels(), **kwargs
        )

    def na(self, resultaat: Any, obj: Any) -> str:
        return reverse("correspondentie:mandaten")


# --- the public contact form -----------------------------------------------------------------


def _ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "onbekend")


class ContactView(TemplateView):
    """The public contact form: no log-in, no third-party services."""

    publiek = True
    template_name = "correspondentie/contact.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault(
            "formulier",
            formulieren.ContactFormulier(initial={"token": formulieren.BESCHERMING.nieuw_token()}),
        )
        return super().get_context_data(weken=regels().soort("burgerbrief").servicenorm_weken, **kwargs)

    def post(self, request: HttpRequest) -> HttpResponse:
        formulier = formulieren.ContactFormulier(request.POST)
        if formulieren.BESCHERMING.te_vaak(_ip(request)):
            formulier.is_valid()
            formulier.add_error(
                None,
                "U heeft het afgelopen uur te veel berichten verstuurd. "
                "Probeer het later opnieuw of stuur een brief.",
            )
            return self._opnieuw(formulier, status=429)
        if not formulier.is_valid():
            return self._opnieuw(formulier)
        data = formulier.cleaned_data
        if not formulieren.BESCHERMING.verbruik_token(data["token"]):
            formulier.add_error(
                None, "Dit formulier is al verstuurd. Vul het opnieuw in als u nog een bericht heeft."
            )
            return self._opnieuw(formulier)
        try:
            with transaction.atomic():
                zaak = services.maak_zaak(
                    kanaal=Kanaal.WEBFORMULIER,
                    onderwerp=data["onderwerp"],
                    tekst=data["bericht"],
                    afzender_naam=data["naam"],
                    afzender_email=data["email"],
                    bron="contactformulier",
                )
        except ValidationError as fout:
            formulier.add_error(None, " ".join(fout.messages))
            return self._opnieuw(formulier)
        return redirect(
            "correspondentie:contact-bevestiging", token=signing.dumps(zaak.pk, salt=ZOUT_BEVESTIGING)
        )

    def _opnieuw(self, formulier: formulieren.ContactFormulier, status: int = 200) -> HttpResponse:
        data = formulier.data.copy()  # type: ignore[attr-defined]
        data["token"] = formulieren.BESCHERMING.nieuw_token()
        formulier.data = data
        return self.render_to_response(self.get_context_data(formulier=formulier), status=status)


class ContactBevestigingView(TemplateView):
    """What happens next and when (a signed link, valid for a day)."""

    publiek = True
    template_name = "correspondentie/contact_bevestiging.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        try:
            pk = signing.loads(kwargs["token"], salt=ZOUT_BEVESTIGING, max_age=24 * 3600)
        except signing.BadSignature:
            raise Http404("Deze link is verlopen of ongeldig.") from None
        zaak = get_object_or_404(Zaak, pk=pk)
        return super().get_context_data(
            zaaknummer=zaak.zaaknummer, uiterste_datum=zaak.uiterste_datum, **kwargs
        )
