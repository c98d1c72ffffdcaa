"""User administration in the API: read for the functional administrator, create, change,
deactivate and approve through the one action layer (the same forms and services as the pages)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from ministerie.api.acties import ActieEndpoint, actiemethode
from ministerie.core.models import Gebruiker

from . import handelingen as h
from . import niveaus, services
from .filters import STATUSSEN, filter_gebruikers
from .models import Clearanceaanvraag
from .zichtbaarheid import zichtbare_gebruikers

LEZEN = {"get": services.BEKIJKEN, "head": services.BEKIJKEN, "options": services.BEKIJKEN}


class ClearanceaanvraagSerializer(serializers.ModelSerializer):
    gebruiker = serializers.CharField(source="gebruiker.username", read_only=True)
    van = serializers.CharField(source="get_van_display", read_only=True)
    naar = serializers.CharField(source="get_naar_display", read_only=True)
    aangevraagdDoor = serializers.CharField(source="aangevraagd_door_naam", read_only=True)  # noqa: N815
    aangevraagdOp = serializers.DateTimeField(source="aangevraagd_op", read_only=True)  # noqa: N815
    beoordeeldDoor = serializers.SerializerMethodField()  # noqa: N815
    beoordeeldOp = serializers.DateTimeField(source="beoordeeld_op", read_only=True, allow_null=True)  # noqa: N815

    class Meta:
        model = Clearanceaanvraag
        fields = [
            "id",
            "gebruiker",
            "van",
            "naar",
            "status",
            "aangevraagdDoor",
            "aangevraagdOp",
            "herkomst",
            "beoordeeldDoor",
            "beoordeeldOp",
            "toelichting",
        ]

    def get_beoordeeldDoor(self, aanvraag: Clearanceaanvraag) -> str | None:  # noqa: N802
        return aanvraag.beoordeeld_door.username if aanvraag.beoordeeld_door else None


class BeheerdeGebruikerSerializer(serializers.ModelSerializer):
    """A user as the functional administrator sees them."""

    gebruikersnaam = serializers.CharField(source="username", read_only=True)
    voornaam = serializers.CharField(source="first_name", read_only=True)
    achternaam = serializers.CharField(source="last_name", read_only=True)
    rollen = serializers.SerializerMethodField()
    eenheden = serializers.SerializerMethodField()
    clearance = serializers.SerializerMethodField()
    persoon = serializers.SerializerMethodField()
    actief = serializers.BooleanField(source="is_active", read_only=True)
    gedeactiveerdOp = serializers.DateTimeField(source="gedeactiveerd_op", read_only=True, allow_null=True)  # noqa: N815
    laatstIngelogd = serializers.DateTimeField(source="last_login", read_only=True, allow_null=True)  # noqa: N815
    heeftWachtwoord = serializers.BooleanField(source="has_usable_password", read_only=True)  # noqa: N815
    clearanceAanvraag = serializers.SerializerMethodField()  # noqa: N815

    class Meta:
        model = Gebruiker
        fields = [
            "gebruikersnaam",
            "voornaam",
            "achternaam",
            "email",
            "rollen",
            "eenheden",
            "clearance",
            "persoon",
            "actief",
            "gedeactiveerdOp",
            "herkomst",
            "laatstIngelogd",
            "heeftWachtwoord",
            "clearanceAanvraag",
        ]

    def get_rollen(self, gebruiker: Gebruiker) -> list[str]:
        return sorted(r.rol for r in gebruiker.rollen.all())

    def get_eenheden(self, gebruiker: Gebruiker) -> list[str]:
        return sorted(e.code for e in gebruiker.eenheden.all())

    def get_clearance(self, gebruiker: Gebruiker) -> str:
        return niveaus.naam(gebruiker.clearance)

    def get_persoon(self, gebruiker: Gebruiker) -> str | None:
        return gebruiker.persoon.code if gebruiker.persoon else None

    @extend_schema_field(ClearanceaanvraagSerializer(allow_null=True))
    def get_clearanceAanvraag(self, gebruiker: Gebruiker) -> dict[str, Any] | None:  # noqa: N802
        open_ = [a for a in gebruiker.clearanceaanvragen.all() if a.status == Clearanceaanvraag.Status.OPEN]
        return ClearanceaanvraagSerializer(open_[0]).data if open_ else None


class GebruikerAangemaaktSerializer(BeheerdeGebruikerSerializer):
    """The new user, with the path of the one-time set-up link (shown in this answer only)."""

    instellink = serializers.CharField(
        read_only=True,
        allow_null=True,
        help_text="Pad van de eenmalige link waarmee de gebruiker een wachtwoord instelt (zet het adres van "
        "de site ervoor); alleen in dit antwoord, nergens bewaard.",
    )

    class Meta(BeheerdeGebruikerSerializer.Meta):
        fields = [*BeheerdeGebruikerSerializer.Meta.fields, "instellink"]

    def to_representation(self, uitkomst: Any) -> dict[str, Any]:
        return {**BeheerdeGebruikerSerializer(uitkomst.gebruiker).data, "instellink": uitkomst.instelpad}


def _gebruikers() -> QuerySet[Gebruiker]:
    return zichtbare_gebruikers(None).prefetch_related("clearanceaanvragen")


class GebruikerLijst(generics.ListAPIView):
    acties = {**LEZEN, "post": h.MAKEN.recht}
    serializer_class = BeheerdeGebruikerSerializer

    def get_queryset(self) -> QuerySet[Gebruiker]:
        params = self.request.query_params
        return filter_gebruikers(
            _gebruikers(),
            zoek=params.get("zoek", ""),
            rol=params.get("rol", ""),
            eenheid=params.get("eenheid", ""),
            status=params.get("status", "alle"),
        )

    @extend_schema(
        summary="Gebruikers (functioneel beheer)",
        parameters=[
            OpenApiParameter(
                "status", str, enum=STATUSSEN, description="actief, gedeactiveerd of alle (standaard)"
            ),
            OpenApiParameter("rol", str, description="alleen gebruikers met deze rol (code)"),
            OpenApiParameter("eenheid", str, description="alleen gebruikers van deze eenheid (code)"),
            OpenApiParameter("zoek", str, description="woorden in gebruikersnaam, naam of e-mailadres"),
        ],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    post = actiemethode(
        h.MAKEN,
        antwoord=GebruikerAangemaaktSerializer,
        antwoord_van="resultaat",
        status_code=status.HTTP_201_CREATED,
        samenvatting="Gebruiker aanmaken (functioneel beheer)",
        beschrijving=(
            "Zonder wachtwoord: het antwoord geeft eenmalig de instellink. Een rubricering van Stg. "
            "Confidentieel of hoger begint als Intern en wacht op de goedkeuring van een tweede "
            "functioneel beheerder (zie clearanceAanvraag). De rubricering is de naam uit de "
            "rubriceringslijst, in willekeurige hoofd- en kleine letters."
        ),
    )


class GebruikerDetail(generics.RetrieveAPIView):
    acties = {**LEZEN, "patch": h.WIJZIGEN.recht}
    serializer_class = BeheerdeGebruikerSerializer
    lookup_field = "username"
    lookup_url_kwarg = "gebruikersnaam"
    http_method_names = ["get", "patch", "head", "options"]

    def get_queryset(self) -> QuerySet[Gebruiker]:
        return _gebruikers()

    patch = actiemethode(
        h.WIJZIGEN,
        antwoord=BeheerdeGebruikerSerializer,
        samenvatting="Gebruiker wijzigen (functioneel beheer; alleen de genoemde velden)",
        beschrijving=(
            "rollen en eenheden vervangen de huidige. Een verhoging naar Stg. Confidentieel of hoger "
            "wacht op een tweede functioneel beheerder; uw eigen rollen, eenheden en rubricering "
            "wijzigt u niet (403)."
        ),
    )


Deactiveren = ActieEndpoint.voor(
    h.DEACTIVEREN,
    antwoord=BeheerdeGebruikerSerializer,
    samenvatting="Gebruiker deactiveren (nooit verwijderen); beëindigt al zijn of haar sessies",
)
Heractiveren = ActieEndpoint.voor(
    h.HERACTIVEREN,
    antwoord=BeheerdeGebruikerSerializer,
    samenvatting="Een gedeactiveerde gebruiker heractiveren",
)
SessiesBeeindigen = ActieEndpoint.voor(
    h.SESSIES_BEEINDIGEN,
    antwoord=BeheerdeGebruikerSerializer,
    samenvatting="Alle sessies van een gebruiker beëindigen",
)


class AanvraagLijst(generics.ListAPIView):
    actie = services.BEKIJKEN
    serializer_class = ClearanceaanvraagSerializer

    def get_queryset(self) -> QuerySet[Clearanceaanvraag]:
        qs = Clearanceaanvraag.objects.select_related("gebruiker", "beoordeeld_door").order_by(
            "-aangevraagd_op", "-pk"
        )
        gevraagd = self.request.query_params.get("status", "")
        if gevraagd:
            qs = qs.filter(status=gevraagd if gevraagd in Clearanceaanvraag.Status.values else "-")
        return qs

    @extend_schema(
        summary="Aanvragen om een hogere rubricering (vier ogen), nieuwste eerst",
        parameters=[OpenApiParameter("status", str, enum=Clearanceaanvraag.Status.values)],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


Goedkeuren = ActieEndpoint.voor(
    h.GOEDKEUREN,
    antwoord=ClearanceaanvraagSerializer,
    antwoord_van="resultaat",
    samenvatting="Een verhoging van de rubricering goedkeuren (niet de eigen aanvraag, niet voor uzelf)",
)
Afwijzen = ActieEndpoint.voor(
    h.AFWIJZEN,
    antwoord=ClearanceaanvraagSerializer,
    antwoord_van="resultaat",
    samenvatting="Een verhoging van de rubricering afwijzen (niet de eigen aanvraag, niet voor uzelf)",
)
