"""Complaints in the API (read-only), with the same visibility as the pages
(``zichtbaarheid.py``: CZW every complaint, a complaint handler the unassigned ones and their own,
nobody a complaint about themselves): a hidden complaint is neither listed nor counted, and its
detail is a 404. Reading one complaint is audited, like its page."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Brief, Hoorgesprek, Klacht, Termijngebeurtenis
from .toestanden import OPEN
from .zichtbaarheid import klacht_voor, zichtbare_klachten

BEKIJKEN = "klacht.bekijken"


class KlachtSerializer(serializers.ModelSerializer):
    status_omschrijving = serializers.CharField(source="get_status_display", read_only=True)
    behandelaar: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="username", read_only=True
    )
    uiterste_datum = serializers.SerializerMethodField()

    class Meta:
        model = Klacht
        fields = [
            "id",
            "zaaknummer",
            "kanaal",
            "onderwerp",
            "status",
            "status_omschrijving",
            "ontvangen_op",
            "uiterste_datum",
            "behandelaar",
            "met_advies",
            "oordeel",
            "afgehandeld_op",
            "ombudsman_kenmerk",
        ]

    def get_uiterste_datum(self, klacht: Klacht) -> date | None:
        """The term from the deadline engine (never stored); none once the complaint is closed."""
        return klacht.uiterste_datum() if klacht.open else None


class TermijngebeurtenisSerializer(serializers.ModelSerializer):
    class Meta:
        model = Termijngebeurtenis
        fields = ["soort", "datum", "nieuwe_datum", "reden"]


class HoorgesprekSerializer(serializers.ModelSerializer):
    class Meta:
        model = Hoorgesprek
        fields = ["wie", "gehoord_op", "verslag"]


class BriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Brief
        fields = ["soort", "datum", "onderwerp", "per_email"]


class KlachtDetailSerializer(KlachtSerializer):
    beklaagde: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="username", read_only=True
    )
    eenheid: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="code", read_only=True
    )
    termijngebeurtenissen = TermijngebeurtenisSerializer(many=True, read_only=True)
    hoorgesprekken = HoorgesprekSerializer(many=True, read_only=True)
    brieven = BriefSerializer(many=True, read_only=True)

    class Meta(KlachtSerializer.Meta):
        fields = [
            *KlachtSerializer.Meta.fields,
            "bron_zaaknummer",
            "omschrijving",
            "gedraging_op",
            "beklaagde_omschrijving",
            "beklaagde",
            "eenheid",
            "klager_naam",
            "klager_email",
            "klager_adres",
            "ontvangst_bevestigd_op",
            "niet_behandelen_grond",
            "niet_behandelen_motivering",
            "niet_behandelen_gemeld_op",
            "afzien_horen_grond",
            "afzien_horen_toelichting",
            "bevindingen",
            "conclusies",
            "ombudsman_ontvangen_op",
            "ombudsman_uitkomst",
            "termijngebeurtenissen",
            "hoorgesprekken",
            "brieven",
        ]


class KlachtLijst(generics.ListAPIView):
    actie = BEKIJKEN
    serializer_class = KlachtSerializer

    def get_queryset(self) -> QuerySet[Klacht]:
        klachten = (
            zichtbare_klachten(self.request.user)
            .select_related("behandelaar")
            .prefetch_related("termijngebeurtenissen")
        )
        status = self.request.query_params.get("status", "")
        if status == "open":
            klachten = klachten.filter(status__in=OPEN)
        elif status:
            klachten = klachten.filter(status=status)
        return klachten.order_by("-ontvangen_op", "-pk")

    @extend_schema(
        summary="Klachten die u mag zien (CZW alle; een klachtbehandelaar de niet toegewezen en de eigen)",
        parameters=[
            OpenApiParameter("status", str, description="'open' of een status, bijvoorbeeld 'afgehandeld'")
        ],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


class KlachtDetail(APIView):
    actie = BEKIJKEN

    @extend_schema(
        summary="Eén klacht met termijn, hoorgesprekken, brieven en uitkomst",
        responses=KlachtDetailSerializer,
    )
    def get(self, request: Request, pk: int) -> Response:
        return Response(KlachtDetailSerializer(klacht_voor(request.user, pk)).data)
