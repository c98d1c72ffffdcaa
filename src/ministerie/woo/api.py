"""Woo in the API: requests, documents, assessments, decisions, publications."""

from __future__ import annotations

from datetime import date
from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ministerie.api.problems import fouten_als_problem

from . import beoordeling, categorieen, publicatie, services
from .models import Publicatie, Verzoek, WooDocument


class VerzoekSerializer(serializers.ModelSerializer):
    status_omschrijving = serializers.CharField(source="get_status_display", read_only=True)
    uiterste_datum = serializers.SerializerMethodField()
    directie = serializers.SlugRelatedField(source="eenheid", slug_field="code", read_only=True)

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


class NieuwVerzoekSerializer(serializers.Serializer):
    kanaal = serializers.ChoiceField(choices=["brief", "email", "mondeling", "webformulier"])
    ontvangen_op = serializers.DateField()
    onderwerp = serializers.CharField(max_length=200)
    omschrijving = serializers.CharField()
    verzoeker_naam = serializers.CharField(required=False, allow_blank=True, default="")
    verzoeker_email = serializers.EmailField(required=False, allow_blank=True, default="")
    verzoeker_adres = serializers.CharField(required=False, allow_blank=True, default="")


class DocumentSerializer(serializers.ModelSerializer):
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


class BeoordelingSerializer(serializers.Serializer):
    beoordeling = serializers.ChoiceField(
        choices=[c[0] for c in WooDocument._meta.get_field("beoordeling").choices]
    )
    gronden = serializers.ListField(child=serializers.CharField(), required=False, default=list)
    reeds_openbaar_waar = serializers.CharField(required=False, allow_blank=True, default="")
    toelichting_5_3 = serializers.CharField(required=False, allow_blank=True, default="")
    accepteer_voorstellen = serializers.BooleanField(required=False, default=False)


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
        from django.urls import reverse

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
        verzoeken = beoordeling.zichtbare_verzoeken(request.user).select_related("eenheid")[:500]
        return Response(VerzoekSerializer(verzoeken, many=True).data)

    @extend_schema(
        summary="Een Woo-verzoek registreren", request=NieuwVerzoekSerializer, responses=VerzoekSerializer
    )
    def post(self, request: Request) -> Response:
        invoer = NieuwVerzoekSerializer(data=request.data)
        invoer.is_valid(raise_exception=True)
        verzoek = fouten_als_problem(services.registreer_verzoek, door=request.user, **invoer.validated_data)
        return Response(VerzoekSerializer(verzoek).data, status=status.HTTP_201_CREATED)


class VerzoekDetail(APIView):
    actie = "woo.bekijken"

    @extend_schema(summary="Eén Woo-verzoek met zijn termijn", responses=dict[str, Any])
    def get(self, request: Request, pk: int) -> Response:
        verzoek = beoordeling.verzoek_voor(request.user, pk)
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
        summary="De documenten van een verzoek met hun beoordeling", responses=DocumentSerializer(many=True)
    )
    def get(self, request: Request, pk: int) -> Response:
        verzoek = beoordeling.verzoek_voor(request.user, pk)
        documenten = verzoek.documenten.select_related("versie__document", "nota")
        return Response(
            [
                DocumentSerializer(d).data
                if beoordeling.mag_bron_zien(request.user, d)
                else {"nummer": d.nummer, "titel": None, "inTeZien": False}
                for d in documenten
            ]
        )


class Beoordelen(APIView):
    acties = {"post": "woo.beoordelen"}
    http_method_names = ["post", "options"]

    @extend_schema(
        summary="Een document beoordelen, lakken en controleren",
        request=BeoordelingSerializer,
        responses=DocumentSerializer,
    )
    def post(self, request: Request, pk: int, nummer: int) -> Response:
        woodoc = beoordeling.woodoc_voor(request.user, pk, nummer)
        invoer = BeoordelingSerializer(data=request.data)
        invoer.is_valid(raise_exception=True)
        fouten_als_problem(beoordeling.beoordeel, woodoc, door=request.user, **invoer.validated_data)
        woodoc = fouten_als_problem(beoordeling.lak_document, woodoc, door=request.user)
        return Response(DocumentSerializer(woodoc).data)


class Besluit(APIView):
    actie = "woo.bekijken"

    @extend_schema(summary="Het besluit: data, motivering per grond en inventaris", responses=dict[str, Any])
    def get(self, request: Request, pk: int) -> Response:
        from .documenten_pdf import inventaris_rijen

        verzoek = beoordeling.verzoek_voor(request.user, pk)
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


class Publiceren(APIView):
    acties = {"post": "woo.publiceren"}
    http_method_names = ["post", "options"]

    @extend_schema(
        summary="Publiceren (of inplannen, als bezwaar van een derde wordt verwacht)",
        request=None,
        responses=PublicatieSerializer,
    )
    def post(self, request: Request, pk: int) -> Response:
        verzoek = beoordeling.verzoek_voor(request.user, pk)
        gedaan = fouten_als_problem(publicatie.publiceer, verzoek, door=request.user)
        return Response(PublicatieSerializer(gedaan).data, status=status.HTTP_201_CREATED)


class PublicatieLijst(APIView):
    """Published decisions and documents: open to everyone, like the portal."""

    publiek = True
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Gepubliceerde Woo-besluiten en actieve openbaarmakingen",
        responses=PublicatieSerializer(many=True),
    )
    def get(self, request: Request) -> Response:
        vraag = request.query_params.get("q", "").strip()[:200]
        if vraag:
            publicaties = publicatie.zoek_publicaties(vraag, aantal=200)
        else:
            publicaties = list(publicatie.openbare_publicaties().select_related("verzoek")[:200])
        return Response(PublicatieSerializer(publicaties, many=True).data)
