"""Correspondence in the API (read-only): the cases a user may see, with the same visibility as
the pages (``zichtbaarheid.py``: team MC every case, a directie the cases assigned to it), so a
hidden case is neither listed nor counted, and its detail is a 404. Reading one case is audited
(it holds personal data), like its page."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Antwoord, Bijlage, Zaak
from .zichtbaarheid import lees_zaak, zichtbare_zaken

BEKIJKEN = "correspondentie.bekijken"
OPEN = [Zaak.Status.NIEUW, Zaak.Status.IN_BEHANDELING, Zaak.Status.TER_ONDERTEKENING, Zaak.Status.ONDERTEKEND]


class ZaakSerializer(serializers.ModelSerializer):
    status_omschrijving = serializers.CharField(source="get_status_display", read_only=True)
    soort_omschrijving = serializers.CharField(source="get_soort_display", read_only=True)
    afzender = serializers.CharField(read_only=True)
    bewindspersoon: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="code", read_only=True
    )
    behandeld_door: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        source="toegewezen_aan", slug_field="code", read_only=True
    )
    te_laat = serializers.SerializerMethodField()
    uiterste_datum = serializers.SerializerMethodField()

    class Meta:
        model = Zaak
        fields = [
            "id",
            "zaaknummer",
            "kanaal",
            "soort",
            "soort_omschrijving",
            "onderwerp",
            "afzender",
            "bewindspersoon",
            "behandeld_door",
            "status",
            "status_omschrijving",
            "ontvangen_op",
            "uiterste_datum",
            "te_laat",
            "afgehandeld_op",
            "campagne",
            "omgezet_naar",
        ]

    def get_uiterste_datum(self, zaak: Zaak) -> date | None:
        return zaak.uiterste_datum if zaak.open else None  # a closed case has no due date (as its page)

    def get_te_laat(self, zaak: Zaak) -> bool:
        return zaak.open and zaak.uiterste_datum < timezone.localdate()


class BijlageSerializer(serializers.ModelSerializer):
    class Meta:
        model = Bijlage
        fields = ["naam", "mime", "grootte", "sha256", "reden"]


class AntwoordSerializer(serializers.ModelSerializer):
    brief_ter_ondertekening = serializers.CharField(source="nota.kenmerk", default=None, read_only=True)

    class Meta:
        model = Antwoord
        fields = [
            "tekst",
            "brief_ter_ondertekening",
            "ondertekend_als",
            "ondertekend_op",
            "verzendwijze",
            "verzonden_op",
        ]


class ZaakDetailSerializer(ZaakSerializer):
    tekenregel = serializers.SerializerMethodField()
    antwoord = serializers.SerializerMethodField()
    bijlagen = BijlageSerializer(many=True, read_only=True)

    class Meta(ZaakSerializer.Meta):
        fields = [
            *ZaakSerializer.Meta.fields,
            "afzender_naam",
            "afzender_organisatie",
            "afzender_email",
            "afzender_adres",
            "leeftijd",
            "tekst",
            "soort_voorgesteld",
            "reden_voorstel",
            "soort_bevestigd",
            "politiek_gevoelig",
            "tekenregel",
            "antwoord",
            "bijlagen",
        ]

    def get_tekenregel(self, zaak: Zaak) -> dict[str, str]:
        from .services import tekenregel

        regel = tekenregel(zaak)
        return {"wie": regel.wie, "omschrijving": regel.omschrijving, "uitleg": regel.uitleg}

    def get_antwoord(self, zaak: Zaak) -> dict[str, Any] | None:
        antwoord = Antwoord.objects.filter(zaak=zaak).select_related("nota").first()
        return AntwoordSerializer(antwoord).data if antwoord is not None else None


class ZaakLijst(generics.ListAPIView):
    actie = BEKIJKEN
    serializer_class = ZaakSerializer

    def get_queryset(self) -> QuerySet[Zaak]:
        zaken = zichtbare_zaken(self.request.user)
        status = self.request.query_params.get("status", "")
        if status == "open":
            zaken = zaken.filter(status__in=OPEN)
        elif status:
            zaken = zaken.filter(status=status)
        if soort := self.request.query_params.get("soort", ""):
            zaken = zaken.filter(soort=soort)
        return zaken.order_by("uiterste_datum", "zaaknummer")

    @extend_schema(
        summary="Correspondentie die u mag zien (team MC alles, een directie wat aan haar is toegewezen)",
        parameters=[
            OpenApiParameter("status", str, description="'open' of een status, bijvoorbeeld 'afgehandeld'"),
            OpenApiParameter("soort", str, description="burgerbrief, kinderbrief, organisatie of overheid"),
        ],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


class ZaakDetail(APIView):
    actie = BEKIJKEN

    @extend_schema(
        summary="Eén correspondentiezaak met afzender, tekst, tekenregel, antwoord en bijlagen",
        responses=ZaakDetailSerializer,
    )
    def get(self, request: Request, pk: int) -> Response:
        return Response(ZaakDetailSerializer(lees_zaak(request.user, pk)).data)
