"""The overview of what is owed to parliament, and the import."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ministerie.api.acties import actiemethode

from .. import handelingen
from ..importeren import Verslag
from ..overzicht import openstaand
from .gedeeld import BEKIJKEN


class Overzicht(APIView):
    actie = BEKIJKEN

    @extend_schema(
        summary="Open vragen, toezeggingen en moties met uiterste datum, vroegste eerst",
        responses={200: {"type": "array", "items": {"type": "object", "additionalProperties": {}}}},
    )
    def get(self, request: Request) -> Response:
        return Response([i.als_dict() for i in openstaand()])


class ImportInvoer(serializers.Serializer):
    """Documentation of the input: the import itself as a JSON object, or a JSON or CSV file
    in a multipart request (field ``bestand``); the form ``ImportFormulier`` validates."""

    bestand = serializers.FileField(required=False, help_text="JSON- of CSV-bestand (multipart)")
    kamervragen = serializers.ListField(child=serializers.DictField(), required=False)
    toezeggingen = serializers.ListField(child=serializers.DictField(), required=False)
    moties = serializers.ListField(child=serializers.DictField(), required=False)


class VerslagSerializer(serializers.Serializer):
    """Per kind: how many records were new, changed or unchanged."""

    bestand = serializers.CharField()
    kamervragen = serializers.DictField(child=serializers.IntegerField())
    toezeggingen = serializers.DictField(child=serializers.IntegerField())
    moties = serializers.DictField(child=serializers.IntegerField())

    def to_representation(self, verslag: Verslag) -> dict[str, Any]:
        return verslag.als_dict()


class Import(APIView):
    acties = {"post": "parlement.importeren"}
    http_method_names = ["post", "options"]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    post = actiemethode(
        handelingen.IMPORTEREN,
        antwoord=VerslagSerializer,
        antwoord_van="resultaat",
        invoer=ImportInvoer,
        samenvatting="Importeren uit JSON (body) of een bestand (multipart, veld 'bestand')",
    )
