"""The pages of the minister's week. Read pages name their action (``MatrixVereist``); every
object comes through ``zichtbaarheid``; every change goes through a declared action."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

from django.contrib import messages
from django.db.models import Count, F, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from ministerie.core.acties import ActiePagina, FormulierPagina
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist, ingelogde
from ministerie.organisatie.models import Eenheid
from ministerie.stukken.zichtbaarheid import mag_document_zien, mag_nota_zien
from ministerie.termijnen import naam_vrije_dag

from . import bezetting, geannoteerd, handelingen, services
from .formulieren import (
    AfrondenFormulier,
    AnnotatieVragenFormulier,
    BesluitFormulier,
    ProtocolFormulier,
    PuntenFormulier,
    PuntFormulier,
    TerugkoppelingFormulier,
)
from .models import Agenda, Annotatieverzoek, Besluit, Overleg, Vergadering
from .planner import vorige_werkdag as planner_vorige_werkdag
from .stand import stand_van
from .taken import vraag_pdf_aan
from .tijd import Tijdfout, beschrijf_regel, dag_grenzen, lees_week, lokaal, week_van
from .zichtbaarheid import (
    KABINET,
    agenda_voor,
    alleen_politiek,
    overleg_voor,
    reeks_voor,
    vergadering_voor,
    zichtbare_afspraken,
    zichtbare_agendas,
    zichtbare_besluiten,
    zichtbare_overleggen,
    zichtbare_reeksen,
    zichtbare_vergaderingen,
    zichtbare_verzoeken,
)

DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def _items(gebruiker: Any, agenda: Agenda, van: datetime, tot: datetime) -> list[bezetting.Item]:
    return bezetting.items_in(
        zichtbare_afspraken(gebruiker, agenda), zichtbare_reeksen(gebruiker, agenda), van, tot
    )


def _dagen(items: list[bezetting.Item], eerste: date, aantal: int) -> list[dict[str, Any]]:
    per_dag: dict[date, list[bezetting.Item]] = defaultdict(list)
    for item in items:
        per_dag[item.lokaal_begin.date()].append(item)
    dagen = []
    for n in range(aantal):
        dag = eerste + timedelta(days=n)
        vrij = naam_vrije_dag(dag) if 1990 <= dag.year <= 2999 else None
        dagen.append(
            {
                "datum": dag,
                "naam": DAGEN[dag.weekday()],
                "vrij": vrij,
                "weekend": dag.weekday() >= 5,
                # the name of a public holiday; "zaterdag" and "zondag" need no mention
                "feestdag": vrij if vrij not in (None, "zaterdag", "zondag") else None,
                "items": per_dag.get(dag, []),
                "vandaag": dag == timezone.localdate(),
            }
        )
    return dagen


def _kop(gebruiker: Any, agenda: Agenda, dag: date | None = None) -> dict[str, Any]:
    """What the head of an agenda's pages needs (agenda/_agendakop.html)."""
    return {
        "agenda": agenda,
        "mag_beheren": heeft_recht(gebruiker, "agenda.beheren"),
        "alleen_politiek": alleen_politiek(gebruiker),
        "week": week_van(dag or timezone.localdate()),
    }


def _met_feestdag(items: list[bezetting.Item]) -> list[dict[str, Any]]:
    return [{"item": i, "feestdag": feestdag_van(i.lokaal_begin.date())} for i in items]


def feestdag_van(dag: date) -> str | None:
    vrij = naam_vrije_dag(dag) if 1990 <= dag.year <= 2999 else None
    return vrij if vrij not in (None, "zaterdag", "zondag") else None


class OverzichtView(MatrixVereist, TemplateView):
    actie = "agenda.bekijken"
    template_name = "agenda/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        mag_beheren = heeft_recht(gebruiker, "agenda.beheren")
        return super().get_context_data(
            agendas=zichtbare_agendas(gebruiker).select_related("introductie"),
            mag_beheren=mag_beheren,
            formulier=handelingen.AGENDA_MAKEN.formulier(None, gebruiker) if mag_beheren else None,
            week=week_van(timezone.localdate()),
            **kwargs,
        )


NieuweAgendaView = ActiePagina.voor(
    handelingen.AGENDA_MAKEN,
    terug=lambda obj: reverse("agenda:overzicht"),
    na=lambda a, obj: reverse("agenda:week", args=[a.pk]),
)


class WeekView(MatrixVereist, TemplateView):
    """The week of one agenda: a column per day on a wide screen, one day under the other on a
    tablet held upright."""

    actie = "agenda.bekijken"
    template_name = "agenda/week.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        agenda = agenda_voor(gebruiker, self.kwargs["pk"])
        try:
            maandag = (
                lees_week(self.request.GET.get("week", "")[:10]) if self.request.GET.get("week") else None
            )
        except Tijdfout as fout:
            messages.error(self.request, str(fout))
            maandag = None
        if maandag is None:
            vandaag = timezone.localdate()
            maandag = vandaag - timedelta(days=vandaag.weekday())
        van, _ = dag_grenzen(maandag)
        tot, _ = dag_grenzen(maandag + timedelta(days=7))
        items = _items(gebruiker, agenda, van, tot)
        return super().get_context_data(
            agenda=agenda,
            dagen=_dagen(items, maandag, 7),
            week=week_van(maandag),
            vorige=week_van(maandag - timedelta(days=7)),
            volgende=week_van(maandag + timedelta(days=7)),
            zondag=maandag + timedelta(days=6),
            maandag=maandag,
            huidige_week=week_van(timezone.localdate()),
            deze_week=week_van(maandag) == week_van(timezone.localdate()),
            mag_beheren=heeft_recht(gebruiker, "agenda.beheren"),
            alleen_politiek=alleen_politiek(gebruiker),
            **kwargs,
        )


class DagView(MatrixVereist, TemplateView):
    actie = "agenda.bekijken"
    template_name = "agenda/dag.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        agenda = agenda_voor(gebruiker, self.kwargs["pk"])
        try:
            dag = date.fromisoformat(self.request.GET.get("datum", "")[:10])
            if not 1990 <= dag.year <= 2999:
                raise ValueError
        except ValueError:
            dag = timezone.localdate()
        van, tot = dag_grenzen(dag)
        items = _items(gebruiker, agenda, van, tot)
        return super().get_context_data(
            agenda=agenda,
            dag=_dagen(items, dag, 1)[0],
            vorige=dag - timedelta(days=1),
            volgende=dag + timedelta(days=1),
            vandaag=timezone.localdate(),
            week=week_van(dag),
            mag_beheren=heeft_recht(gebruiker, "agenda.beheren"),
            alleen_politiek=alleen_politiek(gebruiker),
            **kwargs,
        )


class AfspraakNieuwView(FormulierPagina):
    handeling = handelingen.AFSPRAAK_MAKEN
    template_name = "agenda/afspraak_nieuw.html"
    fouten_in_formulier = True

    def beginwaarden(self) -> dict[str, Any]:
        datum = self.request.GET.get("datum", "")[:10]
        return {"datum": datum} if datum else {}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        agenda = kwargs.get("object") or self.object()
        return super().get_context_data(**{**_kop(ingelogde(self.request), agenda), **kwargs})

    def na(self, resultaat: Any, obj: Any) -> str:
        return reverse("agenda:week", args=[obj.pk]) + f"?week={week_van(lokaal(resultaat.begin).date())}"


class AfspraakView(FormulierPagina):
    handeling = handelingen.AFSPRAAK_WIJZIGEN
    template_name = "agenda/afspraak.html"
    fouten_in_formulier = True

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        # reading needs agenda.bekijken; changing needs agenda.beheren (the form's action)
        self.actie = "agenda.bekijken" if request.method == "GET" else "agenda.beheren"
        return super().dispatch(request, *args, **kwargs)

    def beginwaarden(self) -> dict[str, Any]:
        a = self.object()
        begin, eind = lokaal(a.begin), lokaal(a.eind)
        return {
            "titel": a.titel,
            "soort": a.soort,
            "datum": begin.date().isoformat(),
            "begintijd": begin.strftime("%H:%M"),
            "eindtijd": eind.strftime("%H:%M"),
            "plaats": a.plaats,
            "reistijd_heen": a.reistijd_heen,
            "reistijd_terug": a.reistijd_terug,
            "omschrijving": a.omschrijving,
            "eenheid": a.eenheid.code if a.eenheid else "",
            "rubricering": a.rubricering,
        }

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        afspraak = kwargs.get("object") or self.object()
        return super().get_context_data(
            **_kop(gebruiker, afspraak.agenda, lokaal(afspraak.begin).date()),
            nota_zichtbaar=afspraak.nota is not None and mag_nota_zien(gebruiker, afspraak.nota),
            **kwargs,
        )

    def na(self, resultaat: Any, obj: Any) -> str:
        return reverse("agenda:afspraak", args=[obj.pk])


AfspraakVerwijderView = ActiePagina.voor(
    handelingen.AFSPRAAK_VERWIJDEREN,
    terug=lambda obj, **kw: reverse("agenda:afspraak", args=[obj.pk]),
    na=lambda agenda, obj, **kw: reverse("agenda:week", args=[agenda.pk]),
)
BezoeknotaView = ActiePagina.voor(
    handelingen.BEZOEKNOTA, terug=lambda obj, **kw: reverse("agenda:afspraak", args=[obj.pk])
)


class ReeksNieuwView(FormulierPagina):
    handeling = handelingen.REEKS_MAKEN
    template_name = "agenda/reeks_nieuw.html"
    fouten_in_formulier = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        agenda = kwargs.get("object") or self.object()
        return super().get_context_data(**{**_kop(ingelogde(self.request), agenda), **kwargs})

    def na(self, resultaat: Any, obj: Any) -> str:
        return reverse("agenda:reeks", args=[resultaat.pk])


class ReeksView(MatrixVereist, TemplateView):
    actie = "agenda.bekijken"
    template_name = "agenda/reeks.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        reeks = reeks_voor(gebruiker, self.kwargs["pk"])
        nu = timezone.now()
        komende = bezetting.reeks_in(reeks, nu, nu + timedelta(days=120))[:12]
        return super().get_context_data(
            **_kop(gebruiker, reeks.agenda),
            reeks=reeks,
            regel_tekst=beschrijf_regel(reeks.regel),
            einde=lokaal(reeks.begin) + timedelta(minutes=reeks.duur_minuten),
            komende=_met_feestdag(komende),
            vervallen=sorted(lokaal(datetime.fromisoformat(u)) for u in reeks.uitzonderingen),
            verplaatst=zichtbare_afspraken(gebruiker, reeks.agenda)
            .filter(reeks=reeks)
            .order_by("origineel_begin"),
            **kwargs,
        )


VastOverlegView = ActiePagina.voor(
    handelingen.VASTE_OVERLEGGEN, terug=lambda obj, **kw: reverse("agenda:week", args=[obj.pk])
)
KeerVervallenView = ActiePagina.voor(
    handelingen.KEER_VERVALLEN, terug=lambda obj, **kw: reverse("agenda:reeks", args=[obj.pk])
)
ReeksVerwijderView = ActiePagina.voor(
    handelingen.REEKS_VERWIJDEREN,
    terug=lambda obj, **kw: reverse("agenda:reeks", args=[obj.pk]),
    na=lambda agenda, obj, **kw: reverse("agenda:week", args=[agenda.pk]),
)


class ImportView(FormulierPagina):
    handeling = handelingen.IMPORTEREN
    template_name = "agenda/import.html"
    fouten_in_formulier = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        agenda = kwargs.get("object") or self.object()
        return super().get_context_data(**{**_kop(ingelogde(self.request), agenda), **kwargs})

    def na(self, resultaat: Any, obj: Any) -> str:
        return reverse("agenda:week", args=[obj.pk])


class FeedBeheerView(MatrixVereist, TemplateView):
    actie = "agenda.beheren"
    template_name = "agenda/feed.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        agenda = agenda_voor(gebruiker, self.kwargs["pk"])
        return super().get_context_data(**_kop(gebruiker, agenda), **kwargs)


class _FeedVernieuwen(ActiePagina):
    handeling = handelingen.FEED_VERNIEUWEN

    def terug(self, obj: Any, **kwargs: Any) -> str:
        return reverse("agenda:feed-beheer", args=[obj.pk])

    def na(self, resultaat: Any, obj: Any, **kwargs: Any) -> str | None:
        url = self.request.build_absolute_uri(reverse("agenda:feed", args=[resultaat]))
        messages.info(
            self.request, f"Abonneer uw agenda-app op: {url} (deze link wordt maar één keer getoond)."
        )
        return None


FeedVernieuwView = _FeedVernieuwen.as_view()
FeedIntrekView = ActiePagina.voor(
    handelingen.FEED_INTREKKEN, terug=lambda obj, **kw: reverse("agenda:feed-beheer", args=[obj.pk])
)


class FeedView(View):
    """The iCalendar feed behind a secret, revocable link: no log-in (agenda apps cannot log in),
    nothing classified above Intern, and only the agenda of that link."""

    publiek = True

    def get(self, request: HttpRequest, sleutel: str) -> HttpResponse:
        agenda = services.agenda_bij_sleutel(sleutel)
        if agenda is None:
            raise Http404
        antwoord = HttpResponse(services.feed(agenda), content_type="text/calendar; charset=utf-8")
        antwoord["Content-Disposition"] = 'inline; filename="agenda.ics"'
        antwoord["Cache-Control"] = "private, no-store"
        antwoord["X-Robots-Tag"] = "noindex"
        return antwoord


class IntroductieView(FormulierPagina):
    handeling = handelingen.INTRODUCTIE_PLANNEN
    template_name = "agenda/introductie.html"
    fouten_in_formulier = True

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.actie = "agenda.bekijken" if request.method == "GET" else "agenda.beheren"
        return super().dispatch(request, *args, **kwargs)

    def beginwaarden(self) -> dict[str, Any]:
        programma = getattr(self.object(), "introductie", None)
        return {"beediging": programma.beediging.isoformat()} if programma else {}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        agenda = kwargs.get("object") or self.object()
        programma = getattr(agenda, "introductie", None)
        afspraken = (
            zichtbare_afspraken(gebruiker, agenda).filter(introductie=programma).order_by("begin")
            if programma
            else []
        )
        return super().get_context_data(
            **_kop(gebruiker, agenda),
            programma=programma,
            afspraken=list(afspraken),
            taken=programma.taken.all() if programma else [],
            protocolformulier=ProtocolFormulier(),
            protocol_zichtbaar=bool(
                programma and programma.protocol and mag_document_zien(gebruiker, programma.protocol)
            ),
            **kwargs,
        )

    def na(self, resultaat: Any, obj: Any) -> str:
        return reverse("agenda:introductie", args=[obj.pk])


ProtocolView = ActiePagina.voor(
    handelingen.PROTOCOL_BEWAREN, terug=lambda obj, **kw: reverse("agenda:introductie", args=[obj.agenda_id])
)
TaakAfrondenView = ActiePagina.voor(
    handelingen.TAAK_AFRONDEN,
    terug=lambda obj, **kw: reverse("agenda:introductie", args=[obj.introductie.agenda_id]),
)


class OverleggenView(MatrixVereist, TemplateView):
    actie = "overleg.bekijken"
    template_name = "agenda/overleggen.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        overleggen = list(zichtbare_overleggen(ingelogde(self.request)))
        for overleg in overleggen:
            overleg.ritme = beschrijf_regel(overleg.regel)  # type: ignore[attr-defined]
            overleg.einde = _einde(overleg)  # type: ignore[attr-defined]
        return super().get_context_data(overleggen=overleggen, **kwargs)


def _einde(overleg: Overleg) -> time:
    begin = datetime.combine(date(2000, 1, 3), overleg.begintijd)
    return (begin + timedelta(minutes=overleg.duur_minuten)).time()


class OverlegView(MatrixVereist, TemplateView):
    actie = "overleg.bekijken"
    template_name = "agenda/overleg.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        overleg = overleg_voor(ingelogde(self.request), self.kwargs["code"])
        nu = timezone.now()
        komende = bezetting.overleg_in(overleg, nu, nu + timedelta(days=120))[:8]
        stappen = [v for v in overleg.voorbereiding if isinstance(v, dict)]
        codes = [str(v.get("wie", "")) for v in stappen]
        namen = dict(Eenheid.objects.filter(code__in=codes).values_list("code", "naam"))
        voorbereiding = [
            {"wie": namen.get(str(v.get("wie", "")), str(v.get("wie", ""))), "wat": str(v.get("wat", ""))}
            for v in stappen
        ]
        return super().get_context_data(
            overleg=overleg,
            ritme=beschrijf_regel(overleg.regel),
            einde=_einde(overleg),
            voorbereiding=voorbereiding,
            komende=_met_feestdag(komende),
            **kwargs,
        )


class VergaderingenView(FormulierPagina):
    """The meetings the user may see, and (for BA and the Bestuursraad's secretariat) a new one."""

    handeling = handelingen.VERGADERING_MAKEN
    template_name = "agenda/vergaderingen.html"
    fouten_in_formulier = True

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.actie = "vergadering.bekijken" if request.method == "GET" else self.handeling.recht
        if not (
            heeft_recht(request.user, "vergadering.bekijken")
            or heeft_recht(request.user, "bestuursraad.bekijken")
        ):
            self.actie = "vergadering.bekijken"
        elif not heeft_recht(request.user, "vergadering.bekijken"):
            self.actie = "bestuursraad.bekijken"
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        vergaderingen = zichtbare_vergaderingen(gebruiker).annotate(
            aantal_punten=Count("punten", distinct=True),
            aantal_gevraagd=Count("punten__verzoek", distinct=True),
            aantal_geleverd=Count(
                "punten__verzoek",
                filter=Q(punten__verzoek__status=Annotatieverzoek.Status.GELEVERD),
                distinct=True,
            ),
            aantal_te_laat=Count(
                "punten__verzoek",
                filter=Q(punten__verzoek__geleverd_op__gt=F("punten__verzoek__uiterste"))
                | Q(punten__verzoek__geleverd_op=None, punten__verzoek__uiterste__lt=timezone.now()),
                distinct=True,
            ),
            aantal_besluiten=Count("besluiten", distinct=True),
        )
        return super().get_context_data(
            vergaderingen=vergaderingen[:200],
            mag_maken=heeft_recht(gebruiker, "vergadering.voorbereiden")
            or heeft_recht(gebruiker, "bestuursraad.besluiten"),
            **kwargs,
        )

    def na(self, resultaat: Any, obj: Any) -> str:
        return reverse("agenda:vergadering", args=[resultaat.pk])


class VergaderingView(MatrixVereist, TemplateView):
    actie = "vergadering.bekijken"
    template_name = "agenda/vergadering.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not heeft_recht(request.user, "vergadering.bekijken") and heeft_recht(
            request.user, "bestuursraad.bekijken"
        ):
            self.actie = "bestuursraad.bekijken"
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        vergadering = vergadering_voor(gebruiker, self.kwargs["pk"])
        kabinet = vergadering.overleg.soort in KABINET
        regels = geannoteerd.regels(vergadering, gebruiker.clearance)
        mag_voorbereiden = kabinet and heeft_recht(gebruiker, "vergadering.voorbereiden")
        mag_besluiten = not kabinet and heeft_recht(gebruiker, "bestuursraad.besluiten")
        return super().get_context_data(
            vergadering=vergadering,
            kabinet=kabinet,
            regels=regels,
            geleverd=sum(1 for r in regels if not r.ontbreekt),
            gevraagd_open=sum(1 for r in regels if r.verzoek is not None and r.ontbreekt),
            ontbrekend=sum(1 for r in regels if r.verzoek is None),
            te_laat=sum(1 for r in regels if r.te_laat),
            besluiten=vergadering.besluiten.select_related("eenheid", "eigenaar"),
            mag_voorbereiden=mag_voorbereiden,
            mag_besluiten=mag_besluiten,
            mag_punten=mag_voorbereiden or mag_besluiten,
            # the feedback is written after the meeting has begun
            mag_terugkoppelen=mag_voorbereiden
            and (vergadering.begin <= timezone.now() or vergadering.status == Vergadering.Status.GEHOUDEN),
            open=vergadering.status != Vergadering.Status.GEHOUDEN,
            standaard_uiterste=planner_vorige_werkdag(lokaal(vergadering.begin).date()),
            puntformulier=PuntFormulier(),
            importformulier=PuntenFormulier(),
            vraagformulier=AnnotatieVragenFormulier(),
            terugkoppelingformulier=TerugkoppelingFormulier(
                initial={"terugkoppeling": vergadering.terugkoppeling}
            ),
            besluitformulier=BesluitFormulier(),
            **kwargs,
        )


PuntView = ActiePagina.voor(
    handelingen.PUNT_TOEVOEGEN, terug=lambda obj, **kw: reverse("agenda:vergadering", args=[obj.pk])
)
PuntenImportView = ActiePagina.voor(
    handelingen.PUNTEN_IMPORTEREN, terug=lambda obj, **kw: reverse("agenda:vergadering", args=[obj.pk])
)
AnnotatieVragenView = ActiePagina.voor(
    handelingen.ANNOTATIE_VRAGEN,
    terug=lambda obj, **kw: reverse("agenda:vergadering", args=[obj.vergadering_id]),
)
VaststellenView = ActiePagina.voor(
    handelingen.GEANNOTEERD_VASTSTELLEN,
    terug=lambda obj, **kw: reverse("agenda:vergadering", args=[obj.pk]),
    na=lambda r, obj, **kw: reverse("agenda:geannoteerd", args=[obj.pk]),
)
TerugkoppelingView = ActiePagina.voor(
    handelingen.TERUGKOPPELING, terug=lambda obj, **kw: reverse("agenda:vergadering", args=[obj.pk])
)
BesluitView = ActiePagina.voor(
    handelingen.BESLUIT_NEMEN, terug=lambda obj, **kw: reverse("agenda:vergadering", args=[obj.pk])
)
BesluitAfrondenView = ActiePagina.voor(
    handelingen.BESLUIT_AFRONDEN, terug=lambda obj, **kw: reverse("agenda:besluiten")
)


class GeannoteerdView(MatrixVereist, TemplateView):
    """The geannoteerde agenda for the bewindspersoon: one document, readable on a tablet."""

    actie = "vergadering.bekijken"
    template_name = "agenda/geannoteerd.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        vergadering = vergadering_voor(gebruiker, self.kwargs["pk"])
        if vergadering.overleg.soort not in KABINET:
            raise Http404
        regels = geannoteerd.regels(vergadering, gebruiker.clearance)
        return super().get_context_data(
            vergadering=vergadering,
            regels=regels,
            ontbrekend=sum(1 for r in regels if r.ontbreekt),
            te_laat=sum(1 for r in regels if r.te_laat),
            pdf_klaar=bool(vergadering.pdf) and vergadering.pdf_versie == stand_van(vergadering),
            **kwargs,
        )


class GeannoteerdPdfView(MatrixVereist, View):
    """The stored PDF of the current state; when it is not made yet, the job is queued and the
    page says so (a request never renders a PDF)."""

    actie = "vergadering.bekijken"

    def get(self, request: HttpRequest, pk: int) -> HttpResponseBase:
        gebruiker = ingelogde(request)
        vergadering = vergadering_voor(gebruiker, pk)
        if vergadering.overleg.soort not in KABINET:
            raise Http404
        stand = stand_van(vergadering)
        if vergadering.pdf and vergadering.pdf_versie == stand:
            return FileResponse(
                vergadering.pdf.open("rb"),
                content_type="application/pdf",
                filename=f"geannoteerde-agenda-{lokaal(vergadering.begin):%Y-%m-%d}.pdf",
            )
        vraag_pdf_aan(vergadering, stand)
        messages.info(request, "De PDF wordt gemaakt; probeer het over een minuut opnieuw.")
        return redirect("agenda:geannoteerd", pk=vergadering.pk)


class VerzoekView(FormulierPagina):
    handeling = handelingen.ANNOTATIE_LEVEREN
    template_name = "agenda/verzoek.html"
    fouten_in_formulier = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        verzoek = kwargs.get("object") or self.object()
        gebruiker = ingelogde(self.request)
        return super().get_context_data(
            nota_zichtbaar=verzoek.nota is not None and mag_nota_zien(gebruiker, verzoek.nota), **kwargs
        )

    def na(self, resultaat: Any, obj: Any) -> str:
        return reverse("agenda:verzoek", args=[obj.pk])


class BesluitenView(MatrixVereist, TemplateView):
    """The Bestuursraad's monitor of its decisions per DG: open, done, overdue."""

    actie = "besluit.afronden"
    template_name = "agenda/besluiten.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = ingelogde(self.request)
        besluiten = list(zichtbare_besluiten(gebruiker).order_by("uiterste_datum", "pk")[:1000])
        for besluit in besluiten:
            besluit.mag_afronden = services.mag_besluit_afronden(gebruiker, besluit)  # type: ignore[attr-defined]
        per_dg: dict[str, dict[str, Any]] = {}
        for besluit in besluiten:
            dg = _dg_van(besluit)
            rij = per_dg.setdefault(dg, {"naam": dg, "open": 0, "afgerond": 0, "te_laat": 0})
            if besluit.status == Besluit.Status.AFGEROND:
                rij["afgerond"] += 1
            elif besluit.te_laat:
                rij["te_laat"] += 1
            else:
                rij["open"] += 1
        monitor = sorted(per_dg.values(), key=lambda r: r["naam"])
        return super().get_context_data(
            besluiten=besluiten,
            monitor=monitor,
            totaal={k: sum(r[k] for r in monitor) for k in ("open", "afgerond", "te_laat")},
            ziet_alles=heeft_recht(gebruiker, "bestuursraad.bekijken"),
            afronden=AfrondenFormulier(),
            verzoeken=zichtbare_verzoeken(gebruiker).filter(status=Annotatieverzoek.Status.GEVRAAGD)[:100],
            **kwargs,
        )


def _dg_van(besluit: Besluit) -> str:
    eenheid: Eenheid | None = besluit.eenheid
    while eenheid is not None:
        if eenheid.soort in ("directoraat_generaal", "secretaris_generaal"):
            return str(eenheid)
        eenheid = eenheid.bovenliggende
    return str(besluit.eenheid)
