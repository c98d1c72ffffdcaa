"""The agenda part in the API: meeting structures, a week of an agenda, cabinet meetings with
their annotated agenda, Bestuursraad decisions; the actions through the one action layer."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ministerie.api.acties import ActieEndpoint, actiemethode
from ministerie.organisatie.models import Eenheid

from . import bezetting, geannoteerd, handelingen
from .models import Afspraak, Besluit, Overleg, Vergadering
from .tijd import Tijdfout, dag_grenzen, lees_week, lokaal
from .zichtbaarheid import (
    agenda_voor,
    vergadering_voor,
    zichtbare_afspraken,
    zichtbare_besluiten,
    zichtbare_overleggen,
    zichtbare_reeksen,
    zichtbare_vergaderingen,
)


class OverlegSerializer(serializers.ModelSerializer):
    secretaris: serializers.SlugRelatedField[Eenheid] = serializers.SlugRelatedField(
        slug_field="code", read_only=True
    )

    class Meta:
        model = Overleg
        fields = [
            "code",
            "naam",
            "soort",
            "voorzitter",
            "secretaris",
            "secretaris_toelichting",
            "deelnemers",
            "regel",
            "regel_toelichting",
            "vanaf",
            "begintijd",
            "duur_minuten",
            "plaats",
            "voorbereiding",
            "ambtenaren_aanwezig",
            "alleen_tijd",
            "vast",
            "bron_sectie",
        ]


class AfspraakSerializer(serializers.ModelSerializer):
    class Meta:
        model = Afspraak
        fields = [
            "id",
            "uid",
            "titel",
            "soort",
            "begin",
            "eind",
            "plaats",
            "reistijd_heen",
            "reistijd_terug",
            "rubricering",
        ]


class ItemSerializer(serializers.Serializer):
    titel = serializers.CharField()
    soort = serializers.CharField()
    begin = serializers.DateTimeField()
    eind = serializers.DateTimeField()
    plaats = serializers.CharField()
    afspraak = serializers.IntegerField(allow_null=True)
    reeks = serializers.IntegerField(allow_null=True)


class VergaderingSerializer(serializers.ModelSerializer):
    overleg: serializers.SlugRelatedField[Overleg] = serializers.SlugRelatedField(
        slug_field="code", read_only=True
    )

    class Meta:
        model = Vergadering
        fields = ["id", "overleg", "titel", "begin", "status", "rubricering", "terugkoppeling"]


class BesluitSerializer(serializers.ModelSerializer):
    eenheid: serializers.SlugRelatedField[Eenheid] = serializers.SlugRelatedField(
        slug_field="code", read_only=True
    )
    te_laat = serializers.BooleanField(read_only=True)

    class Meta:
        model = Besluit
        fields = [
            "id",
            "vergadering",
            "nummer",
            "besluit",
            "actie",
            "eenheid",
            "uiterste_datum",
            "status",
            "te_laat",
        ]


class OverlegLijst(generics.ListAPIView):
    """The meeting structures (dossier 2.2)."""

    acties = {"get": "overleg.bekijken"}
    serializer_class = OverlegSerializer

    def get_queryset(self) -> Any:
        return zichtbare_overleggen(self.request.user).order_by("code")


class AgendaWeek(APIView):
    acties = {"get": "agenda.bekijken", "post": "agenda.beheren"}

    @extend_schema(
        summary="De afspraken van één week (reeksen uitgevouwen)",
        parameters=[OpenApiParameter("week", str, description="JJJJ-Www")],
        responses={200: ItemSerializer(many=True)},
    )
    def get(self, request: Request, pk: int) -> Response:
        agenda = agenda_voor(request.user, pk)
        try:
            maandag = lees_week(str(request.query_params.get("week", ""))[:10])
        except Tijdfout as fout:
            raise serializers.ValidationError({"week": [str(fout)]}) from None
        van, _ = dag_grenzen(maandag)
        tot, _ = dag_grenzen(maandag + timedelta(days=7))
        items = bezetting.items_in(
            zichtbare_afspraken(request.user, agenda), zichtbare_reeksen(request.user, agenda), van, tot
        )
        return Response(
            [
                {
                    "titel": i.titel,
                    "soort": i.soort,
                    "begin": lokaal(i.begin).isoformat(),
                    "eind": lokaal(i.eind).isoformat(),
                    "plaats": i.plaats,
                    "afspraak": i.afspraak.pk if i.afspraak else None,
                    "reeks": i.reeks.pk if i.reeks else None,
                }
                for i in items
            ]
        )

    post = actiemethode(
        handelingen.AFSPRAAK_MAKEN,
        antwoord=AfspraakSerializer,
        antwoord_van="resultaat",
        status_code=201,
        samenvatting="Een afspraak in de agenda zetten (conflicten worden eerst gemeld)",
    )


class VergaderingLijst(generics.ListAPIView):
    acties = {"get": "vergadering.bekijken"}
    serializer_class = VergaderingSerializer

    def get_queryset(self) -> Any:
        return zichtbare_vergaderingen(self.request.user)


class GeannoteerdeAgenda(APIView):
    acties = {"get": "vergadering.bekijken"}

    @extend_schema(summary="De geannoteerde agenda van een vergadering", responses={200: None})
    def get(self, request: Request, pk: int) -> Response:
        vergadering = vergadering_voor(request.user, pk)
        regels = geannoteerd.regels(vergadering, request.user.clearance)  # type: ignore[union-attr]
        return Response(
            {
                "vergadering": VergaderingSerializer(vergadering).data,
                "punten": [
                    {
                        "volgorde": r.punt.volgorde,
                        "onderwerp": r.punt.onderwerp,
                        "ministerie": r.punt.ministerie,
                        "stuk": r.punt.stuk,
                        "gevraagd_besluit": r.punt.gevraagd_besluit,
                        "annotatie": r.advies,
                        "annotatie_ontbreekt": r.ontbreekt,
                        "te_laat": r.te_laat,
                    }
                    for r in regels
                ],
            }
        )


class BesluitLijst(generics.ListAPIView):
    acties = {"get": "besluit.afronden"}
    serializer_class = BesluitSerializer

    def get_queryset(self) -> Any:
        return zichtbare_besluiten(self.request.user).order_by("uiterste_datum", "pk")


BesluitAfronden = ActieEndpoint.voor(
    handelingen.BESLUIT_AFRONDEN,
    antwoord=BesluitSerializer,
    samenvatting="Een actie van de Bestuursraad afronden",
)
