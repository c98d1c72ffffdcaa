"""Kamerbrieven in the API."""

from __future__ import annotations

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ministerie.api.acties import ActieEndpoint, actiemethode

from .. import handelingen
from ..models import Kamerbrief
from ..zichtbaarheid import kamerbrief_voor, zichtbare_kamerbrieven
from .gedeeld import BEKIJKEN, REGISTREREN


class KamerbriefSerializer(serializers.ModelSerializer):
    nota = serializers.CharField(source="nota.kenmerk")
    onderwerp = serializers.CharField(source="nota.onderwerp")
    nota_status = serializers.CharField(source="nota.status")

    class Meta:
        model = Kamerbrief
        fields = [
            "id",
            "nota",
            "onderwerp",
            "nota_status",
            "kamer",
            "kamerstuk",
            "verzonden_op",
            "beslisnotas",
            "toezeggingen",
            "deels",
            "moties",
            "kamervragen",
        ]


class KamerbrievenLijst(generics.ListAPIView):
    acties = {"get": BEKIJKEN, "post": REGISTREREN}
    serializer_class = KamerbriefSerializer

    def get_queryset(self) -> QuerySet[Kamerbrief]:
        return zichtbare_kamerbrieven(
            self.request.user,
            Kamerbrief.objects.select_related("nota").prefetch_related(
                "beslisnotas", "toezeggingen", "deels", "moties", "kamervragen"
            ),
        )

    post = actiemethode(
        handelingen.KAMERBRIEF_REGISTREREN,
        antwoord=KamerbriefSerializer,
        antwoord_van="resultaat",
        status_code=status.HTTP_201_CREATED,
        samenvatting="Kamerbrief registreren (een nota van de soort Kamerbrief, op kenmerk)",
    )


class KamerbriefDetail(APIView):
    actie = BEKIJKEN

    @extend_schema(summary="Eén Kamerbrief", responses=KamerbriefSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(KamerbriefSerializer(kamerbrief_voor(request.user, pk)).data)


KamerbriefVerzenden = ActieEndpoint.voor(
    handelingen.KAMERBRIEF_VERZENDEN,
    antwoord=KamerbriefSerializer,
    antwoord_van="resultaat",
    samenvatting="Kamerstuknummer en verzenddatum vastleggen",
)
