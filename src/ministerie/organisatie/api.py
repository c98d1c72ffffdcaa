"""The organisation in the API: read for staff, write for the functional administrator."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from ministerie.api.problems import fouten_als_problem

from . import services
from .models import Eenheid, Persoon, Positie, Sturingsrol
from .zoektekst import zoektermen

LEZEN = "organisatie.bekijken"
BEHEREN = "organisatie.beheren"
ACTIES = {
    "get": LEZEN,
    "head": LEZEN,
    "options": LEZEN,
    "post": BEHEREN,
    "patch": BEHEREN,
    "delete": BEHEREN,
}


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
        source="bovenliggende", slug_field="code", queryset=Eenheid.objects.all(), required=False
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
    organisatie = serializers.SlugRelatedField(slug_field="code", read_only=True)
    eenheid = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = Sturingsrol
        fields = ["organisatie", "rol", "eenheid", "toelichting"]


def _velden(serializer: serializers.Serializer) -> dict[str, Any]:
    return {k: v for k, v in serializer.validated_data.items() if k != "code"}


class EenheidLijst(generics.ListCreateAPIView):
    acties = ACTIES
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

    @extend_schema(summary="Eenheid aanmaken (functioneel beheer)")
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = self.get_serializer(data=request.data)
        code = serializers.SlugField(max_length=80).run_validation(request.data.get("code"))
        serializer.is_valid(raise_exception=True)
        eenheid = fouten_als_problem(
            services.maak_eenheid, door=request.user, code=code, **_velden(serializer)
        )
        return Response(self.get_serializer(eenheid).data, status=status.HTTP_201_CREATED)


class EenheidDetail(generics.RetrieveUpdateDestroyAPIView):
    acties = ACTIES
    serializer_class = EenheidSerializer
    queryset = Eenheid.objects.select_related("bovenliggende").prefetch_related("posities__persoon")
    lookup_field = "code"
    http_method_names = ["get", "patch", "delete", "head", "options"]

    def perform_update(self, serializer: serializers.Serializer) -> None:
        serializer.instance = fouten_als_problem(
            services.wijzig_eenheid,
            serializer.instance,
            door=self.request.user,
            **_velden(serializer),
        )

    def perform_destroy(self, instance: Eenheid) -> None:
        fouten_als_problem(services.verwijder_eenheid, instance, door=self.request.user)


class PersoonLijst(generics.ListCreateAPIView):
    acties = ACTIES
    serializer_class = PersoonSerializer

    def get_queryset(self) -> QuerySet[Persoon]:
        qs = Persoon.objects.prefetch_related("posities__eenheid", "posities__persoon")
        for term in zoektermen(self.request.query_params.get("zoek", "")):
            qs = qs.filter(zoektekst__contains=term)
        return qs.order_by("naam")

    @extend_schema(summary="Persoon aanmaken (functioneel beheer)")
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        code = serializers.SlugField(max_length=80).run_validation(request.data.get("code"))
        naam = serializers.CharField(max_length=200).run_validation(request.data.get("naam"))
        persoon = fouten_als_problem(services.maak_persoon, door=request.user, code=code, naam=naam)
        return Response(self.get_serializer(persoon).data, status=status.HTTP_201_CREATED)


class PersoonDetail(generics.RetrieveAPIView):
    acties = ACTIES
    serializer_class = PersoonSerializer
    queryset = Persoon.objects.prefetch_related("posities__eenheid", "posities__persoon")
    lookup_field = "code"


class PositieLijst(generics.ListCreateAPIView):
    acties = ACTIES
    serializer_class = PositieSerializer
    queryset = Positie.objects.select_related("eenheid", "persoon").order_by("eenheid__volgorde", "volgorde")

    @extend_schema(summary="Iemand benoemen in een positie (functioneel beheer)")
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        positie = fouten_als_problem(services.benoem, door=request.user, **serializer.validated_data)
        return Response(self.get_serializer(positie).data, status=status.HTTP_201_CREATED)


class PositieDetail(generics.RetrieveDestroyAPIView):
    acties = ACTIES
    serializer_class = PositieSerializer
    queryset = Positie.objects.select_related("eenheid", "persoon")

    def perform_destroy(self, instance: Positie) -> None:
        fouten_als_problem(services.beeindig_positie, instance, door=self.request.user)


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
