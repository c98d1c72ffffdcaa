from __future__ import annotations

from typing import Any

from django.views.generic import TemplateView
from drf_spectacular.utils import OpenApiParameter, extend_schema
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework import generics, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ministerie.core.models import AuditRecord
from ministerie.core.toegang import MatrixVereist
from ministerie.termijnen import REGELINGEN, TermijnFout, bereken

from .permissions import MatrixPermission
from .schema import Schemagenerator
from .serializers import (
    AuditRecordSerializer,
    GebruikerSerializer,
    TermijnVraagSerializer,
)


class OpenApiView(SpectacularJSONAPIView):
    """The OpenAPI 3 specification of this API."""

    actie = "api.documentatie"
    permission_classes = [MatrixPermission]
    generator_class = Schemagenerator


class MijView(APIView):
    actie = "profiel.bekijken"

    @extend_schema(summary="De ingelogde gebruiker", responses=GebruikerSerializer)
    def get(self, request: Request) -> Response:
        return Response(GebruikerSerializer(request.user).data)


class TermijnView(APIView):
    actie = "termijn.berekenen"

    @extend_schema(
        summary="Bereken een wettelijke termijn",
        description="Dezelfde rekenregels als `ministerie termijn` en de termijnenrekenmachine.",
        parameters=[TermijnVraagSerializer],
        responses=dict[str, Any],
    )
    def get(self, request: Request) -> Response:
        vraag = TermijnVraagSerializer(data=request.query_params)
        vraag.is_valid(raise_exception=True)
        data = vraag.validated_data
        if data["regeling"] not in REGELINGEN:
            raise serializers.ValidationError(
                {"regeling": [f"Onbekende regeling; kies uit {', '.join(REGELINGEN)}."]}
            )
        try:
            uitkomst = bereken(
                data["regeling"],
                data["datum"],
                verdaging=data["verdaging"],
                opschorting_dagen=data["opschorting"],
            )
        except TermijnFout as fout:
            raise serializers.ValidationError({"regeling": [str(fout)]}) from None
        return Response(uitkomst.to_dict())


class AuditRecordLijst(generics.ListAPIView):
    actie = "audit.bekijken"
    serializer_class = AuditRecordSerializer
    queryset = AuditRecord.objects.order_by("-volgnummer")

    @extend_schema(
        summary="De audittrail, nieuwste eerst",
        parameters=[OpenApiParameter("pagina", int, description="paginanummer, vanaf 1")],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


class DocumentatieView(MatrixVereist, TemplateView):
    """Human-readable API documentation, rendered from the OpenAPI schema on the server:
    no JavaScript or outside resources needed, and accessible like every other page."""

    actie = "api.documentatie"
    template_name = "api/documentatie.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        schema = Schemagenerator(patterns=None).get_schema(request=None, public=True)
        paden = []
        for pad, operaties in sorted(schema.get("paths", {}).items()):
            for methode, operatie in operaties.items():
                if methode.startswith("x-") or not isinstance(operatie, dict):
                    continue
                paden.append(
                    {
                        "pad": pad,
                        "methode": methode.upper(),
                        "samenvatting": operatie.get("summary", ""),
                        "omschrijving": operatie.get("description", ""),
                        "parameters": operatie.get("parameters", []),
                        "antwoorden": sorted(operatie.get("responses", {}).keys()),
                    }
                )
        return super().get_context_data(paden=paden, info=schema.get("info", {}), **kwargs)
