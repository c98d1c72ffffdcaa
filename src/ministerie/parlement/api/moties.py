"""Moties in the API."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ministerie.api.acties import ActieEndpoint, actiemethode

from .. import handelingen
from ..models import Motie
from ..zichtbaarheid import motie_voor
from .gedeeld import BEKIJKEN, REGISTREREN, LidSerializer, eenheidcode


class MotieSerializer(serializers.ModelSerializer):
    bewindspersoon = eenheidcode()
    verantwoordelijke = eenheidcode()
    indieners = LidSerializer(many=True)

    class Meta:
        model = Motie
        fields = [
            "id",
            "kamer",
            "nummer",
            "indieners",
            "dictum",
            "ingediend_op",
            "bewindspersoon",
            "verantwoordelijke",
            "uitslag",
            "gestemd_op",
            "uitvoering",
            "uitvoeren_voor",
            "uitgevoerd_op",
            "uitgevoerd_met",
        ]
        read_only_fields = [
            "uitslag",
            "gestemd_op",
            "uitvoering",
            "uitvoeren_voor",
            "uitgevoerd_op",
            "uitgevoerd_met",
        ]
        validators: list = []


class MotiesLijst(generics.ListAPIView):
    acties = {"get": BEKIJKEN, "post": REGISTREREN}
    serializer_class = MotieSerializer
    queryset = Motie.objects.select_related("bewindspersoon", "verantwoordelijke")

    post = actiemethode(
        handelingen.MOTIE_REGISTREREN,
        antwoord=MotieSerializer,
        antwoord_van="resultaat",
        status_code=status.HTTP_201_CREATED,
        invoer=MotieSerializer,
        samenvatting="Motie registreren",
    )


class MotieDetail(APIView):
    actie = BEKIJKEN

    @extend_schema(summary="Eén motie", responses=MotieSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(MotieSerializer(motie_voor(request.user, pk)).data)


MotieUitslag = ActieEndpoint.voor(
    handelingen.UITSLAG, antwoord=MotieSerializer, samenvatting="Uitslag van de stemming vastleggen"
)
MotieUitvoering = ActieEndpoint.voor(
    handelingen.UITVOERING,
    antwoord=MotieSerializer,
    samenvatting="Uitvoering van een aangenomen motie vastleggen",
)
