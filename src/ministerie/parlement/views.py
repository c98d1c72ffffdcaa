from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from ministerie.core.grafieken import staafdiagram
from ministerie.core.permissies import heeft_recht
from ministerie.core.views import MatrixVereist
from ministerie.organisatie.models import Eenheid
from ministerie.stukken.models import Nota

from . import services
from .betrokkenheid import is_betrokken
from .formulieren import (
    DebatFormulier,
    ImportFormulier,
    KamervragenFormulier,
    MondelingeVraagFormulier,
    MotieFormulier,
    ToezeggingFormulier,
    ToezeggingStatusFormulier,
    UitslagFormulier,
    UitstelFormulier,
    UitvoeringFormulier,
    VerzondenFormulier,
    directies,
    lees_leden,
)
from .importeren import Importfout, importeer
from .models import (
    Debat,
    Debatvraag,
    Kamerbrief,
    Kamervragen,
    MondelingeVraag,
    Motie,
    Thema,
    Toezegging,
)
from .overzicht import kamervragen_lijsten, openstaand
from .zichtbaarheid import kamerbrief_voor, koppelbare_notas, zichtbare_kamerbrieven


def _fouttekst(fout: ValidationError | PermissionDenied) -> str:
    if isinstance(fout, ValidationError):
        return " ".join(fout.messages)
    return str(fout) or "U heeft hier geen recht op."


def _formfouten(formulier: Any) -> str:
    return " ".join(
        f"{formulier.fields[v].label if v in formulier.fields else ''}: {' '.join(f)}"
        if v != "__all__"
        else " ".join(f)
        for v, f in formulier.errors.items()
    )


class NieuwView(MatrixVereist, TemplateView):
    """A register form (GET shows it, POST calls the service); errors keep what was typed."""

    actie = "parlement.registreren"
    template_name = "parlement/nieuw.html"
    formulier_klasse: Any = None
    titel = ""
    uitleg = ""

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault("formulier", self.formulier_klasse(initial=self.beginwaarden()))
        return super().get_context_data(titel=self.titel, uitleg=self.uitleg, **kwargs)

    def beginwaarden(self) -> dict[str, Any]:
        return {}

    def post(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        formulier = self.formulier_klasse(request.POST)
        if formulier.is_valid():
            try:
                obj = self.maak(request, formulier.cleaned_data)
            except (ValidationError, PermissionDenied) as fout:
                messages.error(request, _fouttekst(fout))
            else:
                messages.success(request, f"{obj} is vastgelegd.")
                return redirect(self.na(obj))
        return self.render_to_response(self.get_context_data(formulier=formulier))

    def maak(self, request: HttpRequest, data: dict[str, Any]) -> Any:
        raise NotImplementedError

    def na(self, obj: Any) -> str:
        raise NotImplementedError


class ActieView(MatrixVereist, View):
    """A POST action on one item: errors become a clear message, nothing half-done."""

    http_method_names = ["post", "options"]
    model: Any = None
    gelukt = ""

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        obj = get_object_or_404(self.model, pk=pk)
        try:
            self.voer_uit(request, obj)
        except (ValidationError, PermissionDenied) as fout:
            messages.error(request, _fouttekst(fout))
        else:
            if self.gelukt:
                messages.success(request, self.gelukt)
        return redirect(self.terug(obj))

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        raise NotImplementedError

    def terug(self, obj: Any) -> str:
        raise NotImplementedError

    @staticmethod
    def geldig(formulier: Any) -> dict[str, Any]:
        if not formulier.is_valid():
            raise ValidationError(_formfouten(formulier))
        return formulier.cleaned_data


# --- Start page and bewindspersoon overview ------------------------------------------------


class StartView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/start.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        items = openstaand()
        return super().get_context_data(
            items=items[:50],
            aantal=len(items),
            te_laat=sum(1 for i in items if i.te_laat),
            mag_registreren=heeft_recht(self.request.user, "parlement.registreren"),
            mag_importeren=heeft_recht(self.request.user, "parlement.importeren"),
            mag_overzicht=heeft_recht(self.request.user, "parlement.overzicht_bewindspersoon"),
            **kwargs,
        )


class BewindspersoonView(MatrixVereist, TemplateView):
    """What the bewindspersoon still owes parliament: overdue commitments first."""

    actie = "parlement.overzicht_bewindspersoon"
    template_name = "parlement/bewindspersoon.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = self.request.user
        alle = Eenheid.objects.filter(soort=Eenheid.Soort.BEWINDSPERSOON).order_by("volgorde", "naam")
        eigen = list(gebruiker.eenheden.filter(soort=Eenheid.Soort.BEWINDSPERSOON))
        gekozen_code = self.request.GET.get("portefeuille", "")
        gekozen = alle.filter(code=gekozen_code).first() if gekozen_code else None
        portefeuilles = [gekozen] if gekozen else eigen
        items = openstaand(bewindspersonen=[p.pk for p in portefeuilles] if portefeuilles else None)
        debatten = Debat.objects.exclude(status=Debat.Status.AFGELOPEN).order_by("datum")
        if portefeuilles:
            debatten = debatten.filter(bewindspersoon__in=portefeuilles)
        return super().get_context_data(
            portefeuilles=portefeuilles,
            keuzes=alle,
            gekozen=gekozen,
            toezeggingen=[i for i in items if i.soort == "toezegging"],
            kamervragen=[i for i in items if i.soort == "kamervragen"],
            moties=[i for i in items if i.soort == "motie"],
            te_laat=[i for i in items if i.te_laat],
            debatten=debatten[:10],
            **kwargs,
        )


# --- Schriftelijke Kamervragen -------------------------------------------------------------


class KamervragenLijstView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/kamervragen_lijst.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        qs = Kamervragen.objects.all()
        bp = self.request.GET.get("bewindspersoon", "")
        directie = self.request.GET.get("directie", "")
        if bp:
            qs = qs.filter(bewindspersoon__code=bp)
        if directie:
            qs = qs.filter(Q(trekker__code=directie) | Q(medetrekkers__code=directie)).distinct()
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
            bewindspersonen=Eenheid.objects.filter(soort=Eenheid.Soort.BEWINDSPERSOON),
            directies=directies(),
            bp=bp,
            directie=directie,
            diagram=diagram,
            mag_registreren=heeft_recht(self.request.user, "parlement.registreren"),
            **kwargs,
        )


class KamervragenNieuwView(NieuwView):
    formulier_klasse = KamervragenFormulier
    titel = "Kamervragen registreren"
    uitleg = (
        "De termijn van drie weken rekent het systeem uit (Reglement van Orde; de Algemene "
        "termijnenwet geldt niet: valt de datum op een weekend of feestdag, dan wordt dat gemeld)."
    )

    def beginwaarden(self) -> dict[str, Any]:
        return {"ontvangen_op": timezone.localdate()}

    def maak(self, request: HttpRequest, data: dict[str, Any]) -> Any:
        return services.registreer_kamervragen(
            door=request.user,
            kamer=data["kamer"],
            nummer=data["nummer"],
            onderwerp=data["onderwerp"],
            ontvangen_op=data["ontvangen_op"],
            vragenstellers=lees_leden(data["vragenstellers"]),
            vragen=data["vragen"].splitlines(),
            bewindspersoon=data["bewindspersoon"],
            trekker=data["trekker"],
        )

    def na(self, obj: Any) -> str:
        return reverse("parlement:kamervragen", args=[obj.pk])


class KamervragenView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/kamervragen.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        kv = get_object_or_404(
            Kamervragen.objects.select_related("trekker", "bewindspersoon"), pk=kwargs["pk"]
        )
        gebruiker = self.request.user
        mag_voorbereiden = heeft_recht(gebruiker, "parlement.registreren") or (
            heeft_recht(gebruiker, "parlement.voorbereiden")
            and is_betrokken(gebruiker, kv.trekker, *kv.medetrekkers.all())
        )
        return super().get_context_data(
            kv=kv,
            vragen=kv.vragen.all(),
            medetrekkers=kv.medetrekkers.all(),
            directies=directies(),
            mag_registreren=heeft_recht(gebruiker, "parlement.registreren"),
            mag_voorbereiden=mag_voorbereiden,
            uitstelformulier=UitstelFormulier(),
            verzondenformulier=VerzondenFormulier(initial={"verzonden_op": timezone.localdate()}),
            **kwargs,
        )


class KamervragenToewijzenView(ActieView):
    actie = "parlement.registreren"
    model = Kamervragen
    gelukt = "De vragen zijn toegewezen."

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        trekker = Eenheid.objects.filter(code=request.POST.get("trekker", "")).first()
        if trekker is None:
            raise ValidationError("Kies de eerstverantwoordelijke directie.")
        mede = Eenheid.objects.filter(code__in=request.POST.getlist("medetrekkers"))
        services.wijs_kamervragen_toe(obj, door=request.user, trekker=trekker, medetrekkers=mede)

    def terug(self, obj: Any) -> str:
        return reverse("parlement:kamervragen", args=[obj.pk])


class KamervragenAntwoordnotaView(KamervragenToewijzenView):
    actie = "parlement.voorbereiden"
    gelukt = "De antwoordnota is opgesteld, met een voorgestelde parafeerroute naar de bewindspersoon."

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        services.maak_antwoordnota(obj, door=request.user)


class KamervragenUitstelView(KamervragenToewijzenView):
    actie = "parlement.voorbereiden"
    gelukt = "Het uitstelbericht is vastgelegd."

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        data = self.geldig(UitstelFormulier(request.POST))
        services.meld_uitstel(obj, door=request.user, reden=data["reden"], verwacht_op=data["verwacht_op"])


class KamervragenVerzondenView(KamervragenToewijzenView):
    actie = "parlement.registreren"
    gelukt = "De verzending van het antwoord is vastgelegd."

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        data = self.geldig(VerzondenFormulier(request.POST))
        services.registreer_antwoord_verzonden(obj, door=request.user, verzonden_op=data["verzonden_op"])


# --- Mondelinge vragen ---------------------------------------------------------------------


class MondelingLijstView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/mondeling_lijst.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        vandaag = timezone.localdate()
        return super().get_context_data(
            komend=MondelingeVraag.objects.filter(datum__gte=vandaag)
            .select_related("trekker")
            .order_by("datum"),
            eerder=MondelingeVraag.objects.filter(datum__lt=vandaag).select_related("trekker")[:30],
            mag_registreren=heeft_recht(self.request.user, "parlement.registreren"),
            **kwargs,
        )


def volgende_dinsdag() -> Any:
    from datetime import timedelta

    vandaag = timezone.localdate()
    return vandaag + timedelta(days=(1 - vandaag.weekday()) % 7)


class MondelingNieuwView(NieuwView):
    formulier_klasse = MondelingeVraagFormulier
    titel = "Mondelinge vraag registreren"
    uitleg = "Het vragenuur is op dinsdag; aanmelden kan tot dinsdag 12.00 uur."

    def beginwaarden(self) -> dict[str, Any]:
        return {"datum": volgende_dinsdag()}

    def maak(self, request: HttpRequest, data: dict[str, Any]) -> Any:
        return services.registreer_mondelinge_vraag(door=request.user, **data)

    def na(self, obj: Any) -> str:
        return reverse("parlement:mondelinge-vraag", args=[obj.pk])


class MondelingeVraagView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/mondelinge_vraag.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        mv = get_object_or_404(MondelingeVraag, pk=kwargs["pk"])
        gebruiker = self.request.user
        return super().get_context_data(
            mv=mv,
            mag_registreren=heeft_recht(gebruiker, "parlement.registreren"),
            mag_voorbereiden=heeft_recht(gebruiker, "parlement.registreren")
            or (heeft_recht(gebruiker, "parlement.voorbereiden") and is_betrokken(gebruiker, mv.trekker)),
            **kwargs,
        )


class AntwoordbladView(ActieView):
    actie = "parlement.voorbereiden"
    model = MondelingeVraag
    gelukt = "Het antwoordblad is opgeslagen."

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        services.bereid_antwoordblad(
            obj, door=request.user, antwoordblad=request.POST.get("antwoordblad", "")
        )

    def terug(self, obj: Any) -> str:
        return reverse("parlement:mondelinge-vraag", args=[obj.pk])


class MondelingSluitenView(AntwoordbladView):
    actie = "parlement.registreren"
    gelukt = "De vraag is afgesloten."

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        services.sluit_mondelinge_vraag(obj, door=request.user, status=request.POST.get("status", ""))


# --- Toezeggingen --------------------------------------------------------------------------


class ToezeggingenView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/toezeggingen.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        qs = Toezegging.objects.select_related("bewindspersoon", "verantwoordelijke")
        status = self.request.GET.get("status", "open")
        if status == "open":
            qs = qs.filter(status__in=[Toezegging.Status.OPEN, Toezegging.Status.DEELS_VOLDAAN])
        elif status in Toezegging.Status.values:
            qs = qs.filter(status=status)
        return super().get_context_data(
            toezeggingen=qs.order_by("uiterste_datum", "pk"),
            status=status,
            statussen=Toezegging.Status.choices,
            mag_registreren=heeft_recht(self.request.user, "parlement.registreren"),
            **kwargs,
        )


class ToezeggingNieuwView(NieuwView):
    formulier_klasse = ToezeggingFormulier
    titel = "Toezegging registreren"
    uitleg = (
        "Typ de termijn zoals de bewindspersoon die uitsprak; het systeem leidt de datum af en toont beide."
    )

    def beginwaarden(self) -> dict[str, Any]:
        return {"gedaan_op": timezone.localdate()}

    def maak(self, request: HttpRequest, data: dict[str, Any]) -> Any:
        return services.registreer_toezegging(door=request.user, **data)

    def na(self, obj: Any) -> str:
        return reverse("parlement:toezegging", args=[obj.pk])


class ToezeggingView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/toezegging.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        tz = get_object_or_404(
            Toezegging.objects.select_related("debat", "voldaan_met__nota"), pk=kwargs["pk"]
        )
        return super().get_context_data(
            tz=tz,
            brieven=zichtbare_kamerbrieven(self.request.user, tz.kamerbrieven.select_related("nota")),
            statusformulier=ToezeggingStatusFormulier(),
            mag_registreren=heeft_recht(self.request.user, "parlement.registreren"),
            **kwargs,
        )


class ToezeggingStatusView(ActieView):
    actie = "parlement.registreren"
    model = Toezegging
    gelukt = "De status van de toezegging is bijgewerkt."

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        data = self.geldig(ToezeggingStatusFormulier(request.POST))
        services.wijzig_toezegging(
            obj, door=request.user, status=data["status"], toelichting=data["toelichting"]
        )

    def terug(self, obj: Any) -> str:
        return reverse("parlement:toezegging", args=[obj.pk])


# --- Moties --------------------------------------------------------------------------------


class MotiesView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/moties.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(
            moties=Motie.objects.select_related("verantwoordelijke")[:200],
            mag_registreren=heeft_recht(self.request.user, "parlement.registreren"),
            **kwargs,
        )


class MotieNieuwView(NieuwView):
    formulier_klasse = MotieFormulier
    titel = "Motie registreren"

    def maak(self, request: HttpRequest, data: dict[str, Any]) -> Any:
        data = dict(data, indieners=lees_leden(data["indieners"]))
        return services.registreer_motie(door=request.user, **data)

    def na(self, obj: Any) -> str:
        return reverse("parlement:motie", args=[obj.pk])


class MotieView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/motie.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        motie = get_object_or_404(Motie, pk=kwargs["pk"])
        gebruiker = self.request.user
        return super().get_context_data(
            motie=motie,
            uitslagformulier=UitslagFormulier(initial={"gestemd_op": timezone.localdate()}),
            uitvoeringformulier=UitvoeringFormulier(
                initial={"uitvoering": motie.uitvoering, "uitvoeren_voor": motie.uitvoeren_voor}
            ),
            mag_registreren=heeft_recht(gebruiker, "parlement.registreren"),
            mag_voorbereiden=heeft_recht(gebruiker, "parlement.registreren")
            or (
                heeft_recht(gebruiker, "parlement.voorbereiden")
                and is_betrokken(gebruiker, motie.verantwoordelijke)
            ),
            **kwargs,
        )


class MotieUitslagView(ActieView):
    actie = "parlement.registreren"
    model = Motie
    gelukt = "De uitslag is vastgelegd."

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        data = self.geldig(UitslagFormulier(request.POST))
        services.leg_uitslag_vast(obj, door=request.user, **data)

    def terug(self, obj: Any) -> str:
        return reverse("parlement:motie", args=[obj.pk])


class MotieUitvoeringView(MotieUitslagView):
    actie = "parlement.voorbereiden"
    gelukt = "De uitvoering is vastgelegd."

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        data = self.geldig(UitvoeringFormulier(request.POST))
        services.leg_uitvoering_vast(obj, door=request.user, **data)


# --- Kamerbrieven --------------------------------------------------------------------------


class KamerbrievenView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/kamerbrieven.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        mag = heeft_recht(self.request.user, "parlement.registreren")
        gekoppeld = Kamerbrief.objects.values_list("nota_id", flat=True)
        gebruiker = self.request.user
        brieven = zichtbare_kamerbrieven(gebruiker, Kamerbrief.objects.select_related("nota"))
        brieven_in_concept = koppelbare_notas(gebruiker, Nota.objects.filter(soort=Nota.Soort.KAMERBRIEF))
        andere_notas = koppelbare_notas(gebruiker, Nota.objects.exclude(soort=Nota.Soort.KAMERBRIEF))
        return super().get_context_data(
            brieven=brieven[:200],
            mag_registreren=mag,
            kandidaten=brieven_in_concept.exclude(pk__in=gekoppeld).exclude(
                antwoord_op_kamervragen__isnull=False
            )[:100]
            if mag
            else [],
            beslisnotas=andere_notas[:200] if mag else [],
            toezeggingen=Toezegging.objects.filter(status__in=["open", "deels_voldaan"]) if mag else [],
            moties=Motie.objects.filter(uitslag="aangenomen", uitgevoerd_op__isnull=True) if mag else [],
            kamervragen=Kamervragen.objects.exclude(status="verzonden") if mag else [],
            **kwargs,
        )


class KamerbriefRegistrerenView(MatrixVereist, View):
    actie = "parlement.registreren"
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest) -> HttpResponse:
        nota = koppelbare_notas(request.user).filter(pk=request.POST.get("nota") or 0).first()
        try:
            if nota is None:
                raise ValidationError("Kies de nota (soort Kamerbrief).")
            kb = services.registreer_kamerbrief(
                door=request.user,
                nota=nota,
                kamer=request.POST.get("kamer", "TK"),
                beslisnotas=koppelbare_notas(request.user).filter(pk__in=request.POST.getlist("beslisnotas")),
                toezeggingen=Toezegging.objects.filter(pk__in=request.POST.getlist("toezeggingen")),
                moties=Motie.objects.filter(pk__in=request.POST.getlist("moties")),
                kamervragen=Kamervragen.objects.filter(pk__in=request.POST.getlist("kamervragen")),
            )
        except (ValidationError, PermissionDenied) as fout:
            messages.error(request, _fouttekst(fout))
            return redirect("parlement:kamerbrieven")
        messages.success(request, "De Kamerbrief is geregistreerd.")
        return redirect("parlement:kamerbrief", pk=kb.pk)


class KamerbriefView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/kamerbrief.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        kb = kamerbrief_voor(self.request.user, kwargs["pk"])
        return super().get_context_data(
            kb=kb,
            mag_verzenden=heeft_recht(self.request.user, "kamerbrief.verzenden"),
            getekend=kb.nota.status in services.GETEKEND,
            vandaag=timezone.localdate(),
            deels=set(kb.deels.values_list("pk", flat=True)),
            **kwargs,
        )


class KamerbriefVerzendenView(ActieView):
    actie = "kamerbrief.verzenden"
    model = Kamerbrief
    gelukt = "Het Kamerstuknummer en de verzenddatum zijn vastgelegd."

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        data = self.geldig(VerzondenFormulier(request.POST))
        services.verzend_kamerbrief(
            obj,
            door=request.user,
            kamerstuk=request.POST.get("kamerstuk", ""),
            verzonden_op=data["verzonden_op"],
            deels=[int(p) for p in request.POST.getlist("deels") if p.isdigit()],
        )

    def terug(self, obj: Any) -> str:
        return reverse("parlement:kamerbrief", args=[obj.pk])


# --- Debatten ------------------------------------------------------------------------------


class DebattenView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/debatten.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(
            debatten=Debat.objects.select_related("bewindspersoon").annotate(n=Count("vragen"))[:100],
            mag_registreren=heeft_recht(self.request.user, "parlement.registreren"),
            mag_live=heeft_recht(self.request.user, "debat.live"),
            **kwargs,
        )


class DebatNieuwView(NieuwView):
    formulier_klasse = DebatFormulier
    titel = "Debat voorbereiden"
    uitleg = (
        "Leg de agenda, de deelnemende Kamerleden en de verwachte thema's vast; "
        "de directies bereiden per thema een antwoord voor."
    )

    def maak(self, request: HttpRequest, data: dict[str, Any]) -> Any:
        return services.maak_debat(
            door=request.user,
            soort=data["soort"],
            titel=data["titel"],
            kamer=data["kamer"],
            commissie=data["commissie"],
            datum=data["datum"],
            bewindspersoon=data["bewindspersoon"],
            trekker=data["trekker"],
            agenda=data["agenda"].splitlines(),
            deelnemers=lees_leden(data["deelnemers"]),
            themas=data["themas"],
        )

    def na(self, obj: Any) -> str:
        return reverse("parlement:debat", args=[obj.pk])


class DebatView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/debat.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        debat = get_object_or_404(Debat.objects.select_related("bewindspersoon", "trekker"), pk=kwargs["pk"])
        gebruiker = self.request.user
        registreren = heeft_recht(gebruiker, "parlement.registreren")
        voorbereiden = heeft_recht(gebruiker, "parlement.voorbereiden")
        themas = [
            (t, registreren or (voorbereiden and is_betrokken(gebruiker, t.directie)))
            for t in debat.themas.select_related("directie")
        ]
        return super().get_context_data(
            debat=debat,
            themas=themas,
            vragen=[
                (v, registreren or (voorbereiden and is_betrokken(gebruiker, v.trekker)))
                for v in debat.vragen.select_related("deelnemer", "thema", "trekker")
            ],
            vandaag=timezone.localdate(),
            toezeggingen=debat.toezeggingen.select_related("verantwoordelijke"),
            mag_registreren=registreren,
            mag_live=heeft_recht(gebruiker, "debat.live"),
            directies=directies(),
            regels=range(1, 4),
            **kwargs,
        )


class ThemaVoorbereidenView(ActieView):
    actie = "parlement.voorbereiden"
    model = Thema
    gelukt = "Het voorgestelde antwoord is opgeslagen."

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        services.bereid_thema_voor(
            obj, door=request.user, voorgesteld_antwoord=request.POST.get("antwoord", "")
        )

    def terug(self, obj: Any) -> str:
        return reverse("parlement:debat", args=[obj.debat_id])


class DebatStatusView(ActieView):
    actie = "parlement.registreren"
    model = Debat

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        if request.POST.get("naar") == "afgelopen":
            services.sluit_debat(obj, door=request.user)
            messages.success(request, "Het debat is afgesloten.")
        else:
            services.start_debat(obj, door=request.user)
            messages.success(request, "Het debat is begonnen; de tablet van de bewindspersoon volgt mee.")

    def terug(self, obj: Any) -> str:
        return reverse("parlement:debat", args=[obj.pk])


class DebatToezeggingenView(DebatStatusView):
    """All commitments made in the debate, registered in one step."""

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        regels = []
        for i in range(1, 11):
            tekst = request.POST.get(f"tekst-{i}", "")
            if not tekst.strip():
                continue
            code = request.POST.get(f"verantwoordelijke-{i}", "")
            regels.append(
                {
                    "tekst": tekst,
                    "termijn_tekst": request.POST.get(f"termijn-{i}", ""),
                    "verantwoordelijke": Eenheid.objects.filter(code=code).first() if code else None,
                }
            )
        nieuw = services.registreer_toezeggingen_uit_debat(obj, door=request.user, regels=regels)
        messages.success(request, f"{len(nieuw)} toezegging(en) uit het debat vastgelegd.")


class DebatInvoerView(MatrixVereist, TemplateView):
    """Parlementaire Zaken during the debate: enter each question as it is asked."""

    actie = "parlement.registreren"
    template_name = "parlement/debat_invoer.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        debat = get_object_or_404(Debat, pk=kwargs["pk"])
        return super().get_context_data(
            debat=debat,
            deelnemers=debat.deelnemers.all(),
            themas=debat.themas.all(),
            vragen=debat.vragen.select_related("deelnemer", "thema").order_by("-gesteld_op", "-pk")[:50],
            **kwargs,
        )

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        debat = get_object_or_404(Debat, pk=pk)
        try:
            deelnemer_id = request.POST.get("deelnemer", "")
            if request.POST.get("nieuw_lid", "").strip():
                lid = lees_leden(request.POST["nieuw_lid"])[0]
                deelnemer = services.voeg_deelnemer_toe(debat, door=request.user, **lid)
            else:
                deelnemer = debat.deelnemers.filter(pk=deelnemer_id if deelnemer_id.isdigit() else 0).first()
            if deelnemer is None:
                raise ValidationError("Kies het Kamerlid dat de vraag stelt.")
            thema_id = request.POST.get("thema", "")
            thema = debat.themas.filter(pk=thema_id).first() if thema_id.isdigit() else None
            services.voeg_debatvraag_toe(
                debat,
                door=request.user,
                deelnemer=deelnemer,
                thema=thema,
                tekst=request.POST.get("tekst", ""),
            )
        except (ValidationError, PermissionDenied) as fout:
            messages.error(request, _fouttekst(fout))
        else:
            messages.success(request, f"Vraag van {deelnemer} toegevoegd.")
        return redirect("parlement:debat-invoer", pk=debat.pk)


def _live_context(request: HttpRequest, debat: Debat) -> dict[str, Any]:
    groepering = request.GET.get("groepering") or request.POST.get("groepering") or "lid"
    vragen = list(debat.vragen.select_related("deelnemer", "thema").order_by("gesteld_op", "pk"))
    groepen: dict[str, list[Debatvraag]] = {}
    for vraag in vragen:
        if groepering == "thema":
            sleutel = vraag.thema.titel if vraag.thema else "Zonder thema"
        else:
            sleutel = str(vraag.deelnemer)
        groepen.setdefault(sleutel, []).append(vraag)
    return {
        "debat": debat,
        "groepering": "thema" if groepering == "thema" else "lid",
        "groepen": list(groepen.items()),
        "aantal_open": sum(1 for v in vragen if v.status == Debatvraag.Status.OPEN),
        "aantal": len(vragen),
    }


class DebatLiveView(MatrixVereist, TemplateView):
    """The bewindspersoon's tablet view: questions by member or by theme with the proposed
    answer beside each; it polls every 2 seconds and swaps only when something changed."""

    actie = "debat.live"
    template_name = "parlement/debat_live.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        debat = get_object_or_404(Debat.objects.select_related("bewindspersoon"), pk=kwargs["pk"])
        return super().get_context_data(**_live_context(self.request, debat), **kwargs)


class DebatLiveVragenView(MatrixVereist, View):
    actie = "debat.live"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        debat = get_object_or_404(Debat, pk=pk)
        if request.GET.get("versie") == str(debat.versie):
            return HttpResponse(status=204)  # nothing changed: htmx keeps the page as it is
        return render(request, "parlement/_live_vragen.html", _live_context(request, debat))


class DebatvraagMarkeerView(MatrixVereist, View):
    actie = "debat.live"
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        vraag = get_object_or_404(Debatvraag, pk=pk)
        try:
            services.markeer_debatvraag(vraag, door=request.user, status=request.POST.get("status", ""))
        except (ValidationError, PermissionDenied) as fout:
            if request.headers.get("HX-Request"):
                return HttpResponse(_fouttekst(fout), status=422)
            messages.error(request, _fouttekst(fout))
        debat = Debat.objects.get(pk=vraag.debat_id)
        if request.headers.get("HX-Request"):
            return render(request, "parlement/_live_vragen.html", _live_context(request, debat))
        return redirect(reverse("parlement:debat-live", args=[debat.pk]))


class DebatvraagNagestuurdView(ActieView):
    """The written answer to a debate question was sent: the work item is done."""

    actie = "parlement.voorbereiden"
    model = Debatvraag
    gelukt = "Vastgelegd dat het antwoord is nagestuurd."

    def voer_uit(self, request: HttpRequest, obj: Any) -> None:
        data = self.geldig(VerzondenFormulier(request.POST))
        services.registreer_nagestuurd(obj, door=request.user, op=data["verzonden_op"])

    def terug(self, obj: Any) -> str:
        return reverse("parlement:debat", args=[obj.debat_id])


# --- Import --------------------------------------------------------------------------------


class ImportView(MatrixVereist, TemplateView):
    actie = "parlement.importeren"
    template_name = "parlement/importeren.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault("formulier", ImportFormulier())
        return super().get_context_data(**kwargs)

    def post(self, request: HttpRequest) -> HttpResponse:
        formulier = ImportFormulier(request.POST, request.FILES)
        if not formulier.is_valid():
            return self.render_to_response(self.get_context_data(formulier=formulier))
        bestand = formulier.cleaned_data["bestand"]
        try:
            verslag = importeer(bestand.read(), bestand.name, door=request.user)
        except Importfout as fout:
            messages.error(request, f"Niets geïmporteerd. {fout}")
            return self.render_to_response(self.get_context_data(formulier=formulier))
        except PermissionDenied as fout:
            messages.error(request, _fouttekst(fout))
            return self.render_to_response(self.get_context_data(formulier=formulier))
        messages.success(request, verslag.samenvatting())
        return self.render_to_response(self.get_context_data(verslag=verslag))
