"""The organisation in the API: read for staff, write for the functional administrator."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from ministerie.api.acties import actiemethode

from . import handelingen as h
from .models import Eenheid, Persoon, Positie, Sturingsrol
from .zoektekst import zoektermen

LEZEN = h.LEZEN
LEZEN_ACTIES = {"get": LEZEN, "head": LEZEN, "options": LEZEN}


class PositieSerializer(serializers.ModelSerializer):
    eenheid = serializers.SlugRelatedField(slug_field="code", queryset=Eenheid.objects.all())
    persoon = serializers.SlugRelatedField(slug_field="code", queryset=Persoon.objects.all())
    persoonNaam = serializers.CharField(source="persoon.naam", read_only=True)  # noqa: N815
    omschrijving = serializers.CharField(read_only=True)

    class Meta:
        model = Positie
        fields = [
            "id",
            "eenheid",
            "persoon",
            "persoonNaam",
            "soort",
            "functie",
            "omschrijving",
            "van",
            "tot",
        ]


class EenheidSerializer(serializers.ModelSerializer):
    valtOnder = serializers.SlugRelatedField(  # noqa: N815
        source="bovenliggende",
        slug_field="code",
        queryset=Eenheid.objects.all(),
        required=False,
        allow_null=True,  # the ministry itself falls under no unit
    )
    leiding = serializers.SerializerMethodField()
    ookGenoemd = serializers.ListField(source="ook_genoemd", read_only=True)  # noqa: N815
    bron = serializers.CharField(read_only=True)

    class Meta:
        model = Eenheid
        fields = [
            "code",
            "naam",
            "afkorting",
            "soort",
            "valtOnder",
            "leiding",
            "omschrijving",
            "ookGenoemd",
            "portefeuille",
            "opmerking",
            "bron",
        ]
        read_only_fields = ["portefeuille"]

    def get_leiding(self, eenheid: Eenheid) -> list[str]:
        return [p.persoon.naam for p in eenheid.posities.all()]


class PersoonSerializer(serializers.ModelSerializer):
    posities = PositieSerializer(many=True, read_only=True)
    bron = serializers.CharField(read_only=True)

    class Meta:
        model = Persoon
        fields = ["code", "naam", "posities", "bron"]


class SturingsrolSerializer(serializers.ModelSerializer):
    organisatie: serializers.SlugRelatedField[Eenheid] = serializers.SlugRelatedField(
        slug_field="code", read_only=True
    )
    eenheid: serializers.SlugRelatedField[Eenheid] = serializers.SlugRelatedField(
        slug_field="code", read_only=True
    )

    class Meta:
        model = Sturingsrol
        fields = ["organisatie", "rol", "eenheid", "toelichting"]


class EenheidLijst(generics.ListAPIView):
    acties = {**LEZEN_ACTIES, "post": h.EENHEID_MAKEN.recht}
    serializer_class = EenheidSerializer

    def get_queryset(self) -> QuerySet[Eenheid]:
        qs = Eenheid.objects.select_related("bovenliggende").prefetch_related("posities__persoon")
        params = self.request.query_params
        if params.get("soort"):
            qs = qs.filter(soort=params["soort"])
        if params.get("valtOnder"):
            qs = qs.filter(bovenliggende__code=params["valtOnder"])
        for term in zoektermen(params.get("zoek", "")):
            qs = qs.filter(zoektekst__contains=term)
        return qs.order_by("volgorde", "naam")

    @extend_schema(
        summary="Organisatie-eenheden",
        parameters=[
            OpenApiParameter("soort", str, description="alleen eenheden van deze soort"),
            OpenApiParameter("valtOnder", str, description="alleen directe onderdelen van deze code"),
            OpenApiParameter("zoek", str, description="zoek in naam en afkorting (zonder accenten)"),
        ],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    post = actiemethode(
        h.EENHEID_MAKEN,
        antwoord=EenheidSerializer,
        antwoord_van="resultaat",
        status_code=status.HTTP_201_CREATED,
        samenvatting="Eenheid aanmaken (functioneel beheer)",
    )


class EenheidDetail(generics.RetrieveAPIView):
    acties = {**LEZEN_ACTIES, "patch": h.EENHEID_WIJZIGEN.recht, "delete": h.EENHEID_VERWIJDEREN.recht}
    serializer_class = EenheidSerializer
    queryset = Eenheid.objects.select_related("bovenliggende").prefetch_related("posities__persoon")
    lookup_field = "code"
    http_method_names = ["get", "patch", "delete", "head", "options"]

    patch = actiemethode(
        h.EENHEID_WIJZIGEN,
        antwoord=EenheidSerializer,
        antwoord_van="resultaat",
        samenvatting="Eenheid wijzigen (functioneel beheer; alleen de genoemde velden)",
    )
    delete = actiemethode(
        h.EENHEID_VERWIJDEREN,
        antwoord=None,
        antwoord_van="resultaat",
        status_code=status.HTTP_204_NO_CONTENT,
        samenvatting="Eenheid verwijderen (functioneel beheer)",
    )


class PersoonLijst(generics.ListAPIView):
    acties = {**LEZEN_ACTIES, "post": h.PERSOON_MAKEN.recht}
    serializer_class = PersoonSerializer

    def get_queryset(self) -> QuerySet[Persoon]:
        qs = Persoon.objects.prefetch_related("posities__eenheid", "posities__persoon")
        for term in zoektermen(self.request.query_params.get("zoek", "")):
            qs = qs.filter(zoektekst__contains=term)
        return qs.order_by("naam")

    post = actiemethode(
        h.PERSOON_MAKEN,
        antwoord=PersoonSerializer,
        antwoord_van="resultaat",
        status_code=status.HTTP_201_CREATED,
        samenvatting="Persoon aanmaken (functioneel beheer)",
    )


class PersoonDetail(generics.RetrieveAPIView):
    acties = LEZEN_ACTIES
    serializer_class = PersoonSerializer
    queryset = Persoon.objects.prefetch_related("posities__eenheid", "posities__persoon")
    lookup_field = "code"


class PositieLijst(generics.ListAPIView):
    acties = {**LEZEN_ACTIES, "post": h.BENOEMEN.recht}
    serializer_class = PositieSerializer
    queryset = Positie.objects.select_related("eenheid", "persoon").order_by("eenheid__volgorde", "volgorde")

    post = actiemethode(
        h.BENOEMEN,
        antwoord=PositieSerializer,
        antwoord_van="resultaat",
        status_code=status.HTTP_201_CREATED,
        samenvatting="Iemand benoemen in een positie (functioneel beheer)",
    )


class PositieDetail(generics.RetrieveAPIView):
    acties = {**LEZEN_ACTIES, "delete": h.POSITIE_BEEINDIGEN.recht}
    serializer_class = PositieSerializer
    queryset = Positie.objects.select_related("eenheid", "persoon")

    delete = actiemethode(
        h.POSITIE_BEEINDIGEN,
        antwoord=None,
        antwoord_van="resultaat",
        status_code=status.HTTP_204_NO_CONTENT,
        samenvatting="Een positie beëindigen (functioneel beheer)",
    )


class PortefeuilleLijst(generics.ListAPIView):
    """The bewindspersonen with their portfolios."""

    actie = LEZEN
    serializer_class = EenheidSerializer
    queryset = (
        Eenheid.objects.filter(soort=Eenheid.Soort.BEWINDSPERSOON)
        .prefetch_related("posities__persoon")
        .select_related("bovenliggende")
    )


class SturingsrolLijst(generics.ListAPIView):
    actie = LEZEN
    serializer_class = SturingsrolSerializer
    queryset = Sturingsrol.objects.select_related("organisatie", "eenheid").order_by(
        "organisatie__naam", "rol"
    )
