"""Woo in the API: requests, documents, assessments, decisions, publications."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ministerie.api.acties import ActieEndpoint, actiemethode

from . import categorieen, filters, handelingen
from .documenten_pdf import inventaris_rijen
from .models import Passage, Publicatie, Verwerking, Verzoek, WooDocument
from .zichtbaarheid import mag_bron_zien, verwerking_voor, verzoek_voor, zichtbare_verzoeken


class VerzoekSerializer(serializers.ModelSerializer):
    status_omschrijving = serializers.CharField(source="get_status_display", read_only=True)
    uiterste_datum = serializers.SerializerMethodField()
    directie: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        source="eenheid", slug_field="code", read_only=True
    )

    class Meta:
        model = Verzoek
        fields = [
            "id",
            "zaaknummer",
            "soort",
            "onderwerp",
            "omschrijving",
            "kanaal",
            "ontvangen_op",
            "status",
            "status_omschrijving",
            "uiterste_datum",
            "directie",
            "kamerstuk",
            "besluit_datum",
            "bekendgemaakt_op",
            "bezwaar_verwacht",
            "publicatie_op",
        ]

    def get_uiterste_datum(self, verzoek: Verzoek) -> date | None:
        return verzoek.uiterste_datum()


class WooDocumentSerializer(serializers.ModelSerializer):
    gronden = serializers.SerializerMethodField()
    gelakt_en_schoon = serializers.BooleanField(read_only=True)
    open_paginas = serializers.ListField(child=serializers.IntegerField(), read_only=True)

    class Meta:
        model = WooDocument
        fields = [
            "nummer",
            "titel",
            "datum",
            "paginas",
            "beoordeling",
            "gronden",
            "reeds_openbaar_waar",
            "toelichting_5_3",
            "beoordeeld_op",
            "gelakt_en_schoon",
            "controle_problemen",
            "handmatig_nakijken",
            "open_paginas",
        ]

    def get_gronden(self, document: WooDocument) -> list[str]:
        return document.alle_gronden()


class LakkingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Passage
        fields = ["id", "pagina", "tekst", "label", "grond", "rect", "status"]


class LakkenSerializer(WooDocumentSerializer):
    """A document with its boxes (proposed, redacted, rejected): the answer of the viewer's
    actions."""

    lakkingen = LakkingSerializer(source="passages", many=True, read_only=True)

    class Meta(WooDocumentSerializer.Meta):
        fields = [*WooDocumentSerializer.Meta.fields, "lakkingen"]


class BestandSerializer(serializers.Serializer):
    titel = serializers.CharField()
    soort = serializers.CharField()
    sha256 = serializers.CharField()
    url = serializers.CharField()
    metadata_url = serializers.CharField()


class PublicatieSerializer(serializers.ModelSerializer):
    zaaknummer = serializers.CharField(source="verzoek.zaaknummer")
    informatiecategorie_naam = serializers.SerializerMethodField()
    bestanden = serializers.SerializerMethodField()

    class Meta:
        model = Publicatie
        fields = [
            "id",
            "titel",
            "zaaknummer",
            "status",
            "informatiecategorie",
            "informatiecategorie_naam",
            "kamerstuk",
            "gepubliceerd_op",
            "bestanden",
        ]

    def get_informatiecategorie_naam(self, p: Publicatie) -> str:
        return categorieen.naam(p.informatiecategorie)

    def get_bestanden(self, p: Publicatie) -> list[dict[str, str]]:
        if p.status != Publicatie.Status.GEPUBLICEERD:
            return []
        return [
            {
                "titel": b.titel,
                "soort": b.soort,
                "sha256": b.sha256,
                "url": reverse("openbaar:bestand", args=[p.pk, b.pk]),
                "metadata_url": reverse("openbaar:metadata", args=[p.pk, b.pk]),
            }
            for b in p.bestanden.all()
        ]


class VerzoekLijst(APIView):
    acties = {"get": "woo.bekijken", "post": "woo.registreren"}

    @extend_schema(summary="Woo-verzoeken die u mag zien", responses=VerzoekSerializer(many=True))
    def get(self, request: Request) -> Response:
        verzoeken = zichtbare_verzoeken(request.user).select_related("eenheid")[:500]
        return Response(VerzoekSerializer(verzoeken, many=True).data)

    post = actiemethode(
        handelingen.REGISTREREN,
        antwoord=VerzoekSerializer,
        antwoord_van="resultaat",
        status_code=status.HTTP_201_CREATED,
        samenvatting="Een Woo-verzoek registreren",
    )


class VerzoekDetail(APIView):
    actie = "woo.bekijken"

    @extend_schema(summary="Eén Woo-verzoek met zijn termijn", responses=dict[str, Any])
    def get(self, request: Request, pk: int) -> Response:
        verzoek = verzoek_voor(request.user, pk)
        termijn = verzoek.termijn()
        return Response(
            {
                **VerzoekSerializer(verzoek).data,
                "termijn": termijn.to_dict() if termijn is not None else None,
                "gebeurtenissen": [
                    {
                        "soort": g.soort,
                        "aanleiding": g.aanleiding,
                        "datum": g.datum,
                        "tot": g.tot,
                        "reden": g.reden,
                    }
                    for g in verzoek.termijngebeurtenissen.all()
                ],
            }
        )


class DocumentLijst(APIView):
    actie = "woo.bekijken"

    @extend_schema(
        summary="De documenten van een verzoek met hun beoordeling",
        responses=WooDocumentSerializer(many=True),
    )
    def get(self, request: Request, pk: int) -> Response:
        verzoek = verzoek_voor(request.user, pk)
        documenten = verzoek.documenten.select_related("versie__document", "nota")
        return Response(
            [
                WooDocumentSerializer(d).data
                if mag_bron_zien(request.user, d)
                else {"nummer": d.nummer, "titel": None, "inTeZien": False}
                for d in documenten
            ]
        )


Beoordelen = ActieEndpoint.voor(
    handelingen.DOCUMENT_BEOORDELEN,
    antwoord=WooDocumentSerializer,
    antwoord_van="resultaat",
    samenvatting="Een document beoordelen, lakken en controleren",
)


LakBesluit = ActieEndpoint.voor(
    handelingen.PASSAGE_BESLISSEN,
    antwoord=LakkenSerializer,
    samenvatting="Over één lakking beslissen: lakken, niet lakken of (een eigen vak) verwijderen",
)
VakTekenen = ActieEndpoint.voor(
    handelingen.VAK_TEKENEN,
    antwoord=LakkenSerializer,
    status_code=status.HTTP_201_CREATED,
    samenvatting="Een vak op een pagina lakken (coördinaten in PDF-punten vanaf linksboven)",
)


class Besluit(APIView):
    actie = "woo.bekijken"

    @extend_schema(summary="Het besluit: data, motivering per grond en inventaris", responses=dict[str, Any])
    def get(self, request: Request, pk: int) -> Response:
        verzoek = verzoek_voor(request.user, pk)
        return Response(
            {
                "zaaknummer": verzoek.zaaknummer,
                "status": verzoek.status,
                "besluit_datum": verzoek.besluit_datum,
                "bekendgemaakt_op": verzoek.bekendgemaakt_op,
                "bezwaar_verwacht": verzoek.bezwaar_verwacht,
                "publicatie_op": verzoek.publicatie_op,
                "beslisnota": verzoek.besluit_nota.kenmerk if verzoek.besluit_nota else None,
                "motiveringen": {m.grond: m.tekst for m in verzoek.motiveringen.all()},
                "inventaris": inventaris_rijen(verzoek),
            }
        )


class VerwerkingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Verwerking
        fields = [
            "id",
            "soort",
            "status",
            "omschrijving",
            "fase",
            "gedaan",
            "totaal",
            "verslag",
            "fout",
            "aangemaakt_op",
            "bijgewerkt_op",
        ]


class VerwerkingDetail(APIView):
    actie = "woo.bekijken"

    @extend_schema(
        summary="Een verwerking op de achtergrond en haar voortgang", responses=VerwerkingSerializer
    )
    def get(self, request: Request, pk: int, verwerking: int) -> Response:
        return Response(VerwerkingSerializer(verwerking_voor(request.user, pk, verwerking)).data)


Publiceren = ActieEndpoint.voor(
    handelingen.PUBLICEREN,
    antwoord=VerwerkingSerializer,
    antwoord_van="resultaat",
    status_code=status.HTTP_202_ACCEPTED,
    samenvatting="Publiceren (of inplannen, als bezwaar van een derde wordt verwacht) op de achtergrond",
    beschrijving=(
        "Controleert elk te publiceren bestand nogmaals en stelt het pakket samen, als verwerking op "
        "de achtergrond. Het antwoord is die verwerking; volg haar met GET "
        "/woo-verzoeken/{pk}/verwerkingen/{id} (status klaar: verslag.melding; mislukt: fout)."
    ),
)


class PublicatieLijst(APIView):
    """Published decisions and documents: open to everyone, like the portal."""

    publiek = True
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Gepubliceerde Woo-besluiten en actieve openbaarmakingen",
        parameters=[OpenApiParameter("q", str, description="zoekvraag (alle woorden komen voor)")],
        responses=PublicatieSerializer(many=True),
    )
    def get(self, request: Request) -> Response:
        gevonden = filters.zoek_openbaar(filters.zoekvraag(request.query_params), aantal=200)
        return Response(PublicatieSerializer([t.publicatie for t in gevonden.treffers], many=True).data)
