"""Schriftelijke Kamervragen in the API."""

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
from ..filters import filter_kamervragen
from ..models import Kamervragen
from ..zichtbaarheid import kamervragen_voor
from .gedeeld import BEKIJKEN, REGISTREREN, LidSerializer, eenheidcode


class KamervragenSerializer(serializers.ModelSerializer):
    """The set as the API shows it; also the description of the input for registering one
    (``vragen`` is input only, ``teksten`` output only)."""

    bewindspersoon = eenheidcode()
    trekker = eenheidcode()
    medetrekkers = eenheidcode(many=True, required=False)
    vragenstellers = LidSerializer(many=True)
    vragen = serializers.ListField(child=serializers.CharField(), write_only=True)
    teksten = serializers.SerializerMethodField()
    antwoord_nota = serializers.CharField(source="antwoord_nota.kenmerk", read_only=True, default=None)

    class Meta:
        model = Kamervragen
        fields = [
            "id",
            "kamer",
            "nummer",
            "onderwerp",
            "ontvangen_op",
            "vragenstellers",
            "vragen",
            "teksten",
            "bewindspersoon",
            "trekker",
            "medetrekkers",
            "status",
            "uiterste_datum",
            "valt_op_vrije_dag",
            "antwoord_nota",
            "uitstel_reden",
            "uitstel_verwacht_op",
            "verzonden_op",
        ]
        read_only_fields = [
            "status",
            "uiterste_datum",
            "valt_op_vrije_dag",
            "uitstel_reden",
            "uitstel_verwacht_op",
            "verzonden_op",
        ]
        validators: list = []

    def get_teksten(self, kv: Kamervragen) -> list[str]:
        return [v.tekst for v in kv.vragen.all()]


class KamervragenLijst(generics.ListAPIView):
    acties = {"get": BEKIJKEN, "post": REGISTREREN}
    serializer_class = KamervragenSerializer

    def get_queryset(self) -> QuerySet[Kamervragen]:
        qs = Kamervragen.objects.select_related(
            "bewindspersoon", "trekker", "antwoord_nota"
        ).prefetch_related("vragen", "medetrekkers")
        p = self.request.query_params
        qs = filter_kamervragen(
            qs,
            status=p.get("status", ""),
            bewindspersoon=p.get("bewindspersoon", ""),
            directie=p.get("directie", ""),
        )
        return qs.order_by("uiterste_datum", "pk")

    @extend_schema(
        summary="Schriftelijke Kamervragen",
        parameters=[
            OpenApiParameter("status", str),
            OpenApiParameter("bewindspersoon", str),
            OpenApiParameter("directie", str),
        ],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    post = actiemethode(
        handelingen.KAMERVRAGEN_REGISTREREN,
        antwoord=KamervragenSerializer,
        antwoord_van="resultaat",
        status_code=status.HTTP_201_CREATED,
        invoer=KamervragenSerializer,
        samenvatting="Kamervragen registreren",
    )


class KamervragenDetail(APIView):
    actie = BEKIJKEN

    @extend_schema(summary="Eén set Kamervragen", responses=KamervragenSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(KamervragenSerializer(kamervragen_voor(request.user, pk)).data)


KamervragenUitstel = ActieEndpoint.voor(
    handelingen.UITSTEL, antwoord=KamervragenSerializer, samenvatting="Uitstelbericht vastleggen"
)
KamervragenVerzonden = ActieEndpoint.voor(
    handelingen.ANTWOORD_VERZONDEN,
    antwoord=KamervragenSerializer,
    samenvatting="Verzending van het antwoord vastleggen",
)
KamervragenAntwoordnota = ActieEndpoint.voor(
    handelingen.ANTWOORDNOTA,
    antwoord=KamervragenSerializer,
    status_code=status.HTTP_201_CREATED,
    samenvatting="Antwoordnota (soort Kamerbrief) opstellen met route naar de bewindspersoon",
)
