"""Debates in the API: preparation, questions entered live, marks from the tablet and the
commitments made in the debate."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ministerie.api.acties import ActieEndpoint, actiemethode
from ministerie.organisatie.models import Eenheid

from .. import handelingen
from ..models import Agendapunt, Debat, Debatvraag, Deelnemer, Thema
from ..zichtbaarheid import debat_voor
from .gedeeld import BEKIJKEN, REGISTREREN, LidSerializer, eenheidcode
from .toezeggingen import ToezeggingenSerializer


class DebatvraagSerializer(serializers.ModelSerializer):
    deelnemer: serializers.StringRelatedField[Deelnemer] = serializers.StringRelatedField()
    thema: serializers.StringRelatedField[Thema] = serializers.StringRelatedField()
    trekker: serializers.SlugRelatedField[Eenheid] = serializers.SlugRelatedField(
        slug_field="code", read_only=True
    )

    class Meta:
        model = Debatvraag
        fields = [
            "id",
            "deelnemer",
            "thema",
            "tekst",
            "status",
            "voorgesteld_antwoord",
            "gesteld_op",
            "trekker",
            "uiterste_datum",
        ]


class DebatSerializer(serializers.ModelSerializer):
    bewindspersoon = eenheidcode()
    trekker = eenheidcode()
    agenda: serializers.SlugRelatedField[Agendapunt] = serializers.SlugRelatedField(
        slug_field="titel", many=True, read_only=True
    )
    deelnemers = serializers.SerializerMethodField()
    themas = serializers.SerializerMethodField()
    vragen = DebatvraagSerializer(many=True, read_only=True)

    class Meta:
        model = Debat
        fields = [
            "id",
            "soort",
            "titel",
            "kamer",
            "commissie",
            "datum",
            "bewindspersoon",
            "trekker",
            "status",
            "versie",
            "agenda",
            "deelnemers",
            "themas",
            "vragen",
        ]
        read_only_fields = ["status", "versie"]

    def get_deelnemers(self, debat: Debat) -> list[dict[str, Any]]:
        return [{"id": d.pk, "naam": d.naam, "fractie": d.fractie} for d in debat.deelnemers.all()]

    def get_themas(self, debat: Debat) -> list[dict[str, Any]]:
        return [
            {
                "id": t.pk,
                "titel": t.titel,
                "directie": t.directie.code,
                "voorgesteld_antwoord": t.voorgesteld_antwoord,
            }
            for t in debat.themas.select_related("directie")
        ]


class _ThemaInvoer(serializers.Serializer):
    titel = serializers.CharField(max_length=300)
    directie = serializers.CharField(max_length=80, help_text="code van de directie")


class DebatInvoer(serializers.Serializer):
    """Documentation of the JSON input (lists where the page has lines of text); the form
    ``DebatFormulier`` validates."""

    soort = serializers.ChoiceField(choices=Debat.Soort.values)
    titel = serializers.CharField(max_length=300)
    kamer = serializers.ChoiceField(choices=["TK", "EK"], default="TK")
    commissie = serializers.CharField(required=False, allow_blank=True, default="", max_length=200)
    datum = serializers.DateField()
    bewindspersoon = serializers.CharField(max_length=80, help_text="code van de portefeuille")
    trekker = serializers.CharField(max_length=80, help_text="code van de coördinerende directie")
    agenda = serializers.ListField(
        child=serializers.CharField(max_length=10_000), required=False, max_length=200
    )
    deelnemers = LidSerializer(many=True, required=False)
    themas = _ThemaInvoer(many=True, required=False)


class _ToezeggingRegel(serializers.Serializer):
    tekst = serializers.CharField(max_length=10_000)
    termijn_tekst = serializers.CharField(max_length=300)
    verantwoordelijke = serializers.CharField(
        required=False, allow_null=True, max_length=80, help_text="code van de directie"
    )


class DebatToezeggingenInvoer(serializers.Serializer):
    """Documentation of the JSON input; the form ``DebatToezeggingenFormulier`` validates."""

    toezeggingen = _ToezeggingRegel(many=True)


class DebattenLijst(generics.ListAPIView):
    acties = {"get": BEKIJKEN, "post": REGISTREREN}
    serializer_class = DebatSerializer
    queryset = Debat.objects.select_related("bewindspersoon", "trekker").prefetch_related("agenda", "vragen")

    post = actiemethode(
        handelingen.DEBAT_VOORBEREIDEN,
        antwoord=DebatSerializer,
        antwoord_van="resultaat",
        status_code=status.HTTP_201_CREATED,
        invoer=DebatInvoer,
        samenvatting="Debat voorbereiden (agenda, deelnemers, thema's)",
    )


class DebatDetail(APIView):
    actie = BEKIJKEN

    @extend_schema(summary="Eén debat met agenda, deelnemers, thema's en vragen", responses=DebatSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(DebatSerializer(debat_voor(request.user, pk)).data)


DebatVragen = ActieEndpoint.voor(
    handelingen.DEBATVRAAG_INVOEREN,
    antwoord=DebatvraagSerializer,
    antwoord_van="resultaat",
    status_code=status.HTTP_201_CREATED,
    samenvatting="Vraag van een Kamerlid invoeren",
)
DebatToezeggingen = ActieEndpoint.voor(
    handelingen.TOEZEGGINGEN_UIT_DEBAT,
    antwoord=ToezeggingenSerializer,
    antwoord_van="resultaat",
    status_code=status.HTTP_201_CREATED,
    invoer=DebatToezeggingenInvoer,
    samenvatting="Toezeggingen uit het debat in één keer vastleggen",
)
DebatvraagStatus = ActieEndpoint.voor(
    handelingen.DEBATVRAAG_MARKEREN,
    antwoord=DebatvraagSerializer,
    antwoord_van="resultaat",
    samenvatting="Vraag markeren: beantwoord, schriftelijk of open",
)
