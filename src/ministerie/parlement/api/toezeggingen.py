"""Toezeggingen in the API."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ministerie.api.acties import ActieEndpoint, actiemethode

from .. import handelingen
from ..filters import filter_toezeggingen
from ..models import Toezegging
from ..zichtbaarheid import toezegging_voor
from .gedeeld import BEKIJKEN, REGISTREREN, eenheidcode


class ToezeggingSerializer(serializers.ModelSerializer):
    bewindspersoon = eenheidcode()
    verantwoordelijke = eenheidcode()
    nummer = serializers.CharField(required=False, allow_blank=True, default="")

    class Meta:
        model = Toezegging
        fields = [
            "id",
            "kamer",
            "nummer",
            "bewindspersoon",
            "debat",
            "gedaan_in",
            "gedaan_op",
            "tekst",
            "termijn_tekst",
            "uiterste_datum",
            "termijn_uitleg",
            "verantwoordelijke",
            "status",
            "voldaan_met",
            "toelichting",
        ]
        read_only_fields = [
            "debat",
            "uiterste_datum",
            "termijn_uitleg",
            "status",
            "voldaan_met",
            "toelichting",
        ]
        validators: list = []


class ToezeggingenSerializer(serializers.ListSerializer):
    """Several commitments (those made in one debate)."""

    child = ToezeggingSerializer()


class ToezeggingenLijst(generics.ListAPIView):
    acties = {"get": BEKIJKEN, "post": REGISTREREN}
    serializer_class = ToezeggingSerializer

    def get_queryset(self) -> QuerySet[Toezegging]:
        qs = Toezegging.objects.select_related("bewindspersoon", "verantwoordelijke")
        return filter_toezeggingen(qs, self.request.query_params.get("status", "")).order_by(
            "uiterste_datum", "pk"
        )

    @extend_schema(summary="Toezeggingen", parameters=[OpenApiParameter("status", str)])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    post = actiemethode(
        handelingen.TOEZEGGING_REGISTREREN,
        antwoord=ToezeggingSerializer,
        antwoord_van="resultaat",
        status_code=status.HTTP_201_CREATED,
        invoer=ToezeggingSerializer,
        samenvatting="Toezegging registreren (termijn als zin, de datum wordt afgeleid)",
    )


class ToezeggingDetail(APIView):
    actie = BEKIJKEN

    @extend_schema(summary="Eén toezegging", responses=ToezeggingSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(ToezeggingSerializer(toezegging_voor(request.user, pk)).data)


ToezeggingStatus = ActieEndpoint.voor(
    handelingen.TOEZEGGING_STATUS,
    antwoord=ToezeggingSerializer,
    samenvatting="Status van een toezegging wijzigen",
)
