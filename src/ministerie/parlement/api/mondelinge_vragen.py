"""Mondelinge vragen in the API."""

from __future__ import annotations

from rest_framework import generics, serializers, status

from ministerie.api.acties import ActieEndpoint, actiemethode

from .. import handelingen
from ..models import MondelingeVraag
from .gedeeld import BEKIJKEN, REGISTREREN, eenheidcode


class MondelingeVraagSerializer(serializers.ModelSerializer):
    bewindspersoon = eenheidcode()
    trekker = eenheidcode()

    class Meta:
        model = MondelingeVraag
        fields = [
            "id",
            "kamer",
            "datum",
            "vragensteller",
            "fractie",
            "onderwerp",
            "vraag",
            "bewindspersoon",
            "trekker",
            "antwoordblad",
            "status",
        ]
        read_only_fields = ["antwoordblad", "status"]


class MondelingeVragenLijst(generics.ListAPIView):
    acties = {"get": BEKIJKEN, "post": REGISTREREN}
    serializer_class = MondelingeVraagSerializer
    queryset = MondelingeVraag.objects.select_related("bewindspersoon", "trekker")

    post = actiemethode(
        handelingen.MONDELINGE_VRAAG_REGISTREREN,
        antwoord=MondelingeVraagSerializer,
        antwoord_van="resultaat",
        status_code=status.HTTP_201_CREATED,
        invoer=MondelingeVraagSerializer,
        samenvatting="Mondelinge vraag registreren",
    )


MondelingeVraagAntwoordblad = ActieEndpoint.voor(
    handelingen.ANTWOORDBLAD,
    antwoord=MondelingeVraagSerializer,
    samenvatting="Antwoordblad voor het vragenuur opslaan",
)
