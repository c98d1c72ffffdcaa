"""The budget in the API: chapters, moments, changes (checked by the same rules), exports,
agencies, risk arrangements, findings and the evaluation agenda."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ministerie.api.acties import ActieEndpoint, actiemethode

from . import evaluaties, export, handelingen, services
from .berekening import waterval
from .controle import Uitslag
from .models import Artikel, Bedragsoort, Begroting, Bevinding, Mutatie, Stand
from .weergave import KOLOMMEN, artikel_als_dict, hoofdstuk_als_dict, kies_stand
from .zichtbaarheid import (
    artikel_voor,
    begroting_voor,
    bevinding_voor,
    stand_voor,
    zichtbare_artikelen,
    ziet_alles,
)

LEZEN = handelingen.LEZEN


def _uitslag(uitslag: Uitslag) -> dict[str, Any]:
    return {
        "toegestaan": uitslag.toegestaan,
        "metUitzonderingToegestaan": uitslag.toegestaan_met_uitzondering(),
        "weigeringen": [
            {
                "regel": o.regel,
                "naam": o.naam,
                "tekst": o.tekst,
                "uitzonderingMogelijk": o.uitzondering_mogelijk,
            }
            for o in uitslag.overtredingen
        ],
        "markeringen": uitslag.markeringen,
    }


def _mutatie(m: Mutatie, zichtbaar: set[int] | None = None) -> dict[str, Any]:
    """A mutation as JSON; with ``zichtbaar`` (article ids) only the lines of those articles."""
    alle = m.regels.select_related("artikel__hoofdstuk")
    regels = [r for r in alle if zichtbaar is None or r.artikel_id in zichtbaar]
    return {
        "id": m.pk,
        "soort": m.soort,
        "titel": m.titel,
        "toelichting": m.toelichting,
        "auteur": m.auteur_naam,
        "aangemaakt": m.aangemaakt,
        "buitenBesluitvormingsmoment": m.buiten_besluitvormingsmoment,
        "uitzonderingRegel": m.uitzondering_regel,
        "uitzonderingReden": m.uitzondering_reden,
        "tegenboeking": m.tegenboeking_id,
        "regelset": m.regelset,
        "regels": [
            {
                "hoofdstuk": r.artikel.hoofdstuk.code,
                "artikel": r.artikel.nummer,
                "soort": r.soort,
                "jaar": r.jaar,
                "bedrag": r.bedrag,
            }
            for r in regels
        ],
    }


def _stand_dict(s: Stand) -> dict[str, Any]:
    return {
        "volgnummer": s.volgnummer,
        "moment": s.moment,
        "naam": s.get_moment_display(),
        "datum": s.datum,
        "omschrijving": s.omschrijving,
        "afgesloten": s.afgesloten,
    }


class StandSerializer(serializers.Serializer):
    def to_representation(self, stand: Stand) -> dict[str, Any]:
        return _stand_dict(stand)


class MutatieSerializer(serializers.Serializer):
    def to_representation(self, mutatie: Mutatie) -> dict[str, Any]:
        return _mutatie(mutatie)


class MutatiesSerializer(serializers.ListSerializer):
    child = MutatieSerializer()


class UitslagSerializer(serializers.Serializer):
    def to_representation(self, uitslag: Uitslag) -> dict[str, Any]:
        return _uitslag(uitslag)


class RegelSerializer(serializers.Serializer):
    hoofdstuk = serializers.CharField(
        required=False, max_length=10, help_text="standaard het hoofdstuk van de stand"
    )
    artikel = serializers.IntegerField(help_text="artikelnummer")
    soort = serializers.ChoiceField(choices=Bedragsoort.choices)
    jaar = serializers.IntegerField()
    bedrag = serializers.IntegerField(help_text="x € 1.000; negatief is lager")


class MutatieInvoerSerializer(serializers.Serializer):
    soort = serializers.ChoiceField(choices=Mutatie.Soort.choices)
    titel = serializers.CharField(max_length=200)
    toelichting = serializers.CharField(max_length=10_000)
    regels = RegelSerializer(many=True)


class MutatiesInvoerSerializer(serializers.Serializer):
    """Documentation of the input (the form ``MutatieFormulier`` validates it)."""

    mutaties = MutatieInvoerSerializer(many=True)
    uitzonderingReden = serializers.CharField(required=False, allow_blank=True, max_length=10_000)  # noqa: N815


def _geweigerd(fout: DjangoValidationError, request: Request) -> Response | None:
    """Refused by the budget rules: a 422 problem with each rule that refused, and its numbers."""
    if not isinstance(fout, services.Geweigerd):
        return None
    return Response(
        {
            "type": "https://httpstatuses.io/422",
            "title": "Geweigerd door de begrotingsregels",
            "status": 422,
            "detail": " ".join(o.tekst for o in fout.uitslag.overtredingen),
            "instance": request.path,
            **_uitslag(fout.uitslag),
        },
        status=422,
        content_type="application/problem+json",
    )


#: The answer of a list endpoint: an array of objects (the API's own JSON shape, not a model).
LIJST: dict[int, Any] = {200: {"type": "array", "items": {"type": "object", "additionalProperties": {}}}}


class HoofdstukLijst(APIView):
    actie = LEZEN

    @extend_schema(
        summary="Begrotingshoofdstukken met hun begrotingsjaren",
        responses=LIJST,
        operation_id="begroting_hoofdstukken_list",
    )
    def get(self, request: Request) -> Response:
        data = []
        for b in Begroting.objects.select_related("hoofdstuk"):
            sb = kies_stand(b)
            data.append(
                {
                    "hoofdstuk": b.hoofdstuk.code,
                    "naam": b.hoofdstuk.naam,
                    "jaar": b.jaar,
                    "stand": sb.stand.moment if sb else None,
                    "uitgaven": sb.totaal(Bedragsoort.UITGAVEN, b.jaar) if sb else None,
                    "vastgelegdTotaal": b.vastgelegd_totaal,
                }
            )
        return Response(data)


class HoofdstukDetail(APIView):
    actie = LEZEN

    @extend_schema(
        summary="Een hoofdstuk met zijn artikelen in een stand (standaard de laatste)", responses=dict
    )
    def get(self, request: Request, code: str, jaar: int) -> Response:
        begroting = begroting_voor(request.user, code, jaar)
        volgnummer = request.query_params.get("stand")
        sb = kies_stand(begroting, int(volgnummer) if volgnummer and volgnummer.isdigit() else None)
        if sb is None:
            raise Http404
        artikelen = zichtbare_artikelen(request.user, begroting.hoofdstuk.artikelen.all())
        return Response(hoofdstuk_als_dict(begroting, sb, artikelen))


class StandLijst(APIView):
    acties = {"get": LEZEN, "post": handelingen.STAND_OPENEN.recht}

    @extend_schema(summary="De standen van een begroting", responses=LIJST)
    def get(self, request: Request, code: str, jaar: int) -> Response:
        return Response([_stand_dict(s) for s in begroting_voor(request.user, code, jaar).standen.all()])

    post = actiemethode(
        handelingen.STAND_OPENEN,
        antwoord=StandSerializer,
        antwoord_van="resultaat",
        status_code=status.HTTP_201_CREATED,
        samenvatting="De volgende stand openen",
    )


class MutatieLijst(APIView):
    acties = {"get": LEZEN, "post": handelingen.MUTATIES_INVOEREN.recht}

    @extend_schema(summary="De mutaties van een stand", responses=LIJST)
    def get(self, request: Request, code: str, jaar: int, volgnummer: int) -> Response:
        stand = stand_voor(request.user, code, jaar, volgnummer)
        if ziet_alles(request.user):
            return Response([_mutatie(m) for m in stand.mutaties.all()])
        # directors and DGs: only the mutations, and the lines, of their own articles (as the pages)
        zichtbaar = set(zichtbare_artikelen(request.user, Artikel.objects.all()).values_list("pk", flat=True))
        mutaties = stand.mutaties.filter(regels__artikel_id__in=zichtbaar).distinct()
        return Response([_mutatie(m, zichtbaar) for m in mutaties])

    post = actiemethode(
        handelingen.MUTATIES_INVOEREN,
        antwoord=MutatiesSerializer,
        antwoord_van="resultaat",
        status_code=status.HTTP_201_CREATED,
        invoer=MutatiesInvoerSerializer,
        weigering=_geweigerd,
        samenvatting="Mutaties invoeren, samen gecontroleerd op de begrotingsregels",
        beschrijving="Geweigerd door de regels: 422 met per regel de weigering (problem+json).",
    )


MutatieControle = ActieEndpoint.voor(
    handelingen.MUTATIES_CONTROLEREN,
    antwoord=UitslagSerializer,
    antwoord_van="resultaat",
    invoer=MutatiesInvoerSerializer,
    samenvatting="Mutaties controleren zonder ze in te voeren",
)


class Bedragen(APIView):
    """The open-data rows of one moment; ``?formaat=csv`` or ``xlsx`` for a file."""

    actie = LEZEN

    @extend_schema(
        summary="Bedragen van een stand in de open-data-indeling",
        parameters=[
            OpenApiParameter("formaat", str, enum=["json", "csv", "xlsx"], description="standaard json")
        ],
        responses={
            (200, "application/json"): LIJST[200],
            (200, "text/csv"): OpenApiTypes.BINARY,
            (200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"): OpenApiTypes.BINARY,
        },
    )
    def get(self, request: Request, code: str, jaar: int, volgnummer: int) -> Any:
        stand = stand_voor(request.user, code, jaar, volgnummer)
        rijen = export.rijen_voor(request.user, stand)
        formaat = request.query_params.get("formaat", "json")
        bestand = export.als_bestand(
            rijen, formaat, f"begroting-{jaar}-{code}-{volgnummer}", f"{code} {jaar}"
        )
        if bestand is not None:
            return bestand
        return Response([dict(zip(KOLOMMEN, r, strict=True)) for r in rijen])


class ArtikelDetail(APIView):
    actie = LEZEN

    @extend_schema(summary="Een artikel met per stand de vorige stand plus de mutaties", responses=dict)
    def get(self, request: Request, code: str, jaar: int, nummer: int) -> Response:
        artikel = artikel_voor(request.user, code, jaar, nummer)
        begroting = begroting_voor(request.user, code, jaar)
        sb = kies_stand(begroting)
        data = artikel_als_dict(artikel, sb, begroting.jaren) if sb else {}
        data["toelichting"] = artikel.toelichting
        data["waterval"] = {
            soort: [
                {
                    "stand": _stand_dict(stap.stand),
                    "vorige": {str(j): v for j, v in stap.vorige.items()} if stap.vorige else None,
                    "mutaties": [
                        {
                            "id": w.mutatie.pk,
                            "soort": w.mutatie.soort,
                            "titel": w.mutatie.titel,
                            "perJaar": {str(j): b for j, b in w.per_jaar.items()},
                        }
                        for w in stap.wijzigingen
                    ],
                    "nieuw": {str(j): v for j, v in stap.nieuw.items()},
                }
                for stap in waterval(artikel, begroting, soort)
            ]
            for soort in Bedragsoort.values
        }
        return Response(data)


class AgentschapLijst(APIView):
    actie = LEZEN

    @extend_schema(summary="Agentschappen met hun omzet (x € 1.000)", responses=LIJST)
    def get(self, request: Request) -> Response:
        from .models import Agentschap

        return Response(
            [
                {
                    "code": a.code,
                    "naam": a.naam,
                    "hoofdstuk": a.hoofdstuk.code,
                    "jaar": a.jaar,
                    "omzet": a.omzet,
                    "toelichting": a.toelichting,
                    "bron": a.bron_sectie,
                }
                for a in Agentschap.objects.select_related("hoofdstuk")
            ]
        )


class RisicoregelingLijst(APIView):
    actie = LEZEN

    @extend_schema(
        summary="Risicoregelingen (garanties, achterborgstellingen), bedragen in euro", responses=LIJST
    )
    def get(self, request: Request) -> Response:
        from .models import Risicoregeling

        return Response(
            [
                {
                    "code": r.code,
                    "naam": r.naam,
                    "soort": r.soort,
                    "hoofdstuk": r.hoofdstuk.code,
                    "bedragEuro": r.bedrag_euro,
                    "jaar": r.jaar,
                    "toelichting": r.toelichting,
                    "bron": r.bron_sectie,
                }
                for r in Risicoregeling.objects.select_related("hoofdstuk")
            ]
        )


def _bevinding(b: Bevinding) -> dict[str, Any]:
    return {
        "id": b.pk,
        "code": b.code,
        "hoofdstuk": b.hoofdstuk.code,
        "jaar": b.jaar,
        "instantie": b.instantie,
        "ernst": b.ernst,
        "onderwerp": b.onderwerp,
        "verbeterplan": b.verbeterplan,
        "opvolging": b.opvolging,
        "status": b.status,
        "bron": b.bron_sectie,
    }


class BevindingLijst(APIView):
    actie = LEZEN

    @extend_schema(
        summary="Auditbevindingen (Algemene Rekenkamer, Auditdienst Rijk)",
        responses=LIJST,
        operation_id="begroting_bevindingen_list",
    )
    def get(self, request: Request) -> Response:
        return Response([_bevinding(b) for b in Bevinding.objects.select_related("hoofdstuk")])


class BevindingSerializer(serializers.Serializer):
    def to_representation(self, bevinding: Bevinding) -> dict[str, Any]:
        return _bevinding(bevinding)


class BevindingDetail(APIView):
    acties = {"get": LEZEN, "patch": handelingen.BEVINDING_BIJWERKEN.recht}

    @extend_schema(summary="Eén auditbevinding", responses=dict)
    def get(self, request: Request, pk: int) -> Response:
        return Response(_bevinding(bevinding_voor(request.user, pk)))

    patch = actiemethode(
        handelingen.BEVINDING_BIJWERKEN,
        antwoord=BevindingSerializer,
        antwoord_van="resultaat",
        samenvatting="Verbeterplan, opvolging of status bijwerken",
    )


class EvaluatieLijst(APIView):
    actie = LEZEN

    @extend_schema(summary="De evaluatieagenda per beleidsartikel (RPE)", responses=LIJST)
    def get(self, request: Request) -> Response:
        return Response(
            [
                {
                    "hoofdstuk": p.artikel.hoofdstuk.code,
                    "artikel": p.artikel.nummer,
                    "naam": p.artikel.naam,
                    "laatsteJaar": p.laatste_jaar,
                    "geplandJaar": p.gepland_jaar,
                    "vanafJaar": p.vanaf_jaar,
                    "uiterlijkJaar": p.uiterlijk_jaar,
                    "teLaat": p.te_laat,
                    "status": p.status,
                }
                for p in evaluaties.agenda()
            ]
        )
