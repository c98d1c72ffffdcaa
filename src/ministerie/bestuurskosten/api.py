"""Months, lines and totals in the API, and the publish/withdraw actions (same matrix)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ministerie.api.acties import ActieEndpoint
from ministerie.organisatie.models import Eenheid, Persoon

from . import handelingen
from .models import Kostenpost, Periode
from .totalen import Overzicht, jaar_tot_nu, totalen
from .zichtbaarheid import periode_voor, zichtbare_perioden


class PeriodeSerializer(serializers.ModelSerializer):
    ministerie: serializers.SlugRelatedField[Eenheid] = serializers.SlugRelatedField(
        slug_field="code", read_only=True
    )
    documenten = serializers.SerializerMethodField()

    class Meta:
        model = Periode
        fields = [
            "id",
            "ministerie",
            "jaar",
            "maand",
            "status",
            "gepubliceerd_op",
            "ingetrokken_op",
            "reden_intrekking",
            "documenten",
        ]

    def get_documenten(self, periode: Periode) -> list[dict[str, Any]]:
        return [
            {
                "id": d.pk,
                "titel": d.titel,
                "soort": d.soort,
                "paginas": d.paginas,
                "gelakt": d.gelakt,
                "schoon": d.schoon,
                "gelakt_sha256": d.gelakt_sha256,
            }
            for d in periode.documenten.all()
        ]


class PostSerializer(serializers.ModelSerializer):
    persoon: serializers.SlugRelatedField[Persoon] = serializers.SlugRelatedField(
        slug_field="code", read_only=True
    )
    persoon_naam = serializers.CharField(source="persoon.naam")
    bedrag = serializers.DecimalField(max_digits=10, decimal_places=2, coerce_to_string=True)

    class Meta:
        model = Kostenpost
        fields = [
            "id",
            "persoon",
            "persoon_naam",
            "functie",
            "categorie",
            "datum",
            "bedrag",
            "omschrijving",
            "brondocument",
        ]


def overzicht_als_dict(overzicht: Overzicht) -> dict[str, Any]:
    return {
        "totaal": str(overzicht.totaal),
        "aantal": overzicht.aantal,
        "per_categorie": [
            {"categorie": code, "omschrijving": label, "totaal": str(bedrag)}
            for code, label, bedrag in overzicht.per_categorie
        ],
        "per_persoon": [
            {
                "naam": p.naam,
                "functie": p.functie,
                "totaal": str(p.totaal),
                "per_categorie": {
                    code: str(bedrag)
                    for (code, _, _), bedrag in zip(overzicht.per_categorie, p.per_categorie, strict=True)
                },
            }
            for p in overzicht.personen
        ],
    }


class PeriodeLijst(generics.ListAPIView):
    actie = "bestuurskosten.bekijken"
    serializer_class = PeriodeSerializer

    def get_queryset(self) -> QuerySet[Periode]:
        return zichtbare_perioden(self.request.user).prefetch_related("documenten")


class PeriodeDetail(APIView):
    actie = "bestuurskosten.bekijken"

    @extend_schema(summary="Eén maand met de status van de brondocumenten", responses=PeriodeSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(PeriodeSerializer(periode_voor(request.user, pk)).data)


class PostLijst(generics.ListAPIView):
    actie = "bestuurskosten.bekijken"
    serializer_class = PostSerializer

    def get_queryset(self) -> QuerySet[Kostenpost]:
        periode = periode_voor(self.request.user, self.kwargs["pk"])
        return periode.posten.select_related("persoon").order_by("datum", "pk")


class Totalen(APIView):
    actie = "bestuurskosten.bekijken"

    @extend_schema(
        summary="Totalen per persoon en categorie: de maand en januari t/m de maand", responses=dict[str, Any]
    )
    def get(self, request: Request, pk: int) -> Response:
        periode = periode_voor(request.user, pk)
        return Response(
            {
                "maand": overzicht_als_dict(totalen(periode.posten.select_related("persoon"))),
                "jaar_tot_en_met_maand": overzicht_als_dict(jaar_tot_nu(periode, alleen_gepubliceerd=False)),
            }
        )


Publiceren = ActieEndpoint.voor(
    handelingen.OPENBAAR_MAKEN,
    antwoord=PeriodeSerializer,
    antwoord_van="resultaat",
    samenvatting="De maand openbaar maken",
)
Intrekken = ActieEndpoint.voor(
    handelingen.INTREKKEN,
    antwoord=PeriodeSerializer,
    antwoord_van="resultaat",
    samenvatting="De publicatie intrekken (met reden)",
)
