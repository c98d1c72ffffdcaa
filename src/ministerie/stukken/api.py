"""Documents, memos, routing actions, decisions and search in the API."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ministerie.api.acties import ActieEndpoint, actiemethode
from ministerie.core import audit
from ministerie.core.acties import Handeling

from . import handelingen
from .bewerken import versies_met_wijzigingen
from .models import Antwoord, Beslispunt, Document, Nota, Notaversie, Parafeerstap, Versie
from .zichtbaarheid import document_voor, nota_voor, zichtbare_documenten, zichtbare_notas
from .zoeken import zoek_stukken


class VersieSerializer(serializers.ModelSerializer):
    class Meta:
        model = Versie
        fields = ["nummer", "bestandsnaam", "sha256", "grootte", "mime", "paginas", "aangemaakt_op"]


class DocumentSerializer(serializers.ModelSerializer):
    eenheid: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="code", read_only=True
    )
    rubricering = serializers.CharField(source="get_rubricering_display")
    versies = VersieSerializer(many=True, read_only=True)

    class Meta:
        model = Document
        fields = ["id", "titel", "eenheid", "rubricering", "datum", "versies", "aangemaakt_op"]


class BeslispuntSerializer(serializers.ModelSerializer):
    class Meta:
        model = Beslispunt
        fields = ["id", "volgorde", "tekst", "besluit", "toelichting"]


class AntwoordSerializer(serializers.ModelSerializer):
    class Meta:
        model = Antwoord
        fields = ["nummer", "vraag", "tekst"]


class StapSerializer(serializers.ModelSerializer):
    houder = serializers.CharField(source="houder.username")
    eenheid: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="code", read_only=True
    )

    class Meta:
        model = Parafeerstap
        fields = [
            "niveau",
            "soort",
            "houder",
            "eenheid",
            "status",
            "opmerking",
            "aan_de_beurt_sinds",
            "afgerond_op",
        ]


class NotaSerializer(serializers.ModelSerializer):
    eenheid: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="code", read_only=True
    )
    auteur = serializers.CharField(source="auteur.username")
    rubricering = serializers.CharField(source="get_rubricering_display")
    beslispunten = BeslispuntSerializer(many=True, read_only=True)
    antwoorden = AntwoordSerializer(many=True, read_only=True)
    route = StapSerializer(source="stappen", many=True, read_only=True)
    medeauteurs: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="username", many=True, read_only=True
    )

    class Meta:
        model = Nota
        fields = [
            "id",
            "kenmerk",
            "soort",
            "status",
            "onderwerp",
            "aan",
            "eenheid",
            "auteur",
            "datum",
            "rubricering",
            "aanleiding",
            "kernpunten",
            "toelichting",
            "uiterste_beslisdatum",
            "reden_beslisdatum",
            "kamerstuk",
            "openbaar_bij_kamerstuk",
            "beslispunten",
            "antwoorden",
            "route",
            "medeauteurs",
        ]


class NotaLijst(generics.ListAPIView):
    actie = "stukken.bekijken"
    serializer_class = NotaSerializer

    def get_queryset(self) -> QuerySet[Nota]:
        qs = zichtbare_notas(self.request.user).prefetch_related(
            "beslispunten", "antwoorden", "stappen__houder"
        )
        status = self.request.query_params.get("status")
        return (qs.filter(status=status) if status else qs).order_by("-aangemaakt_op")

    @extend_schema(summary="Nota's die u mag zien", parameters=[OpenApiParameter("status", str)])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


class NotaDetail(APIView):
    acties = {
        "get": "stukken.bekijken",
        "head": "stukken.bekijken",
        "options": "stukken.bekijken",
        "patch": handelingen.BEWERKEN.recht,
    }
    http_method_names = ["get", "patch", "head", "options"]

    @extend_schema(summary="Eén nota met beslispunten en route", responses=NotaSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(NotaSerializer(nota_voor(request.user, pk)).data)

    patch = actiemethode(
        handelingen.BEWERKEN,
        antwoord=NotaSerializer,
        samenvatting="Een nota bewerken (opsteller en medeauteurs, zolang zij Concept of Teruggestuurd is)",
        beschrijving=(
            "Alleen de genoemde velden veranderen; elke opgeslagen wijziging wordt een versie "
            "(zie /notas/{id}/versies). `beslispunten` is tekst met één beslispunt per regel, "
            "`medeauteurs` een lijst gebruikersnamen (alleen de opsteller mag die veranderen). "
            "Een antwoordnota op Kamervragen: `antwoorden` als lijst `{nummer, tekst}` (de nummers "
            "van de vragen; alleen de genoemde antwoorden veranderen)."
        ),
    )


class WijzigingSerializer(serializers.Serializer):
    veld = serializers.CharField()
    titel = serializers.CharField(source="label")
    oud = serializers.CharField()
    nieuw = serializers.CharField()


class NotaversieSerializer(serializers.ModelSerializer):
    door = serializers.CharField(source="door.username")
    inhoud = serializers.DictField(child=serializers.CharField())
    wijzigingen = WijzigingSerializer(many=True)

    class Meta:
        model = Notaversie
        fields = ["nummer", "door", "op", "inhoud", "wijzigingen"]


class NotaVersies(APIView):
    """The versions of a memo, newest first: seen by whoever may see the memo."""

    actie = "stukken.bekijken"

    @extend_schema(
        summary="De versies van een nota (wie, wanneer, wat veranderde)",
        responses=NotaversieSerializer(many=True),
    )
    def get(self, request: Request, pk: int) -> Response:
        nota = nota_voor(request.user, pk)
        rijen = []
        for versie, wijzigingen in versies_met_wijzigingen(nota):
            versie.wijzigingen = wijzigingen  # type: ignore[attr-defined]
            rijen.append(versie)
        return Response(NotaversieSerializer(rijen, many=True).data)


class DocumentLijst(generics.ListAPIView):
    actie = "stukken.bekijken"
    serializer_class = DocumentSerializer

    def get_queryset(self) -> QuerySet[Document]:
        return zichtbare_documenten(self.request.user).prefetch_related("versies").order_by("-aangemaakt_op")


class DocumentDetail(APIView):
    actie = "stukken.bekijken"

    @extend_schema(summary="Eén document met versies", responses=DocumentSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(DocumentSerializer(document_voor(request.user, pk)).data)


class VersieBestand(APIView):
    """Download one version's file (reads of classified documents are audited)."""

    actie = "stukken.bekijken"

    @extend_schema(
        summary="Bestand van een versie downloaden",
        responses={(200, "application/octet-stream"): bytes},
    )
    def get(self, request: Request, pk: int, nummer: int) -> Any:
        from django.http import FileResponse
        from django.shortcuts import get_object_or_404

        document = get_object_or_404(zichtbare_documenten(request.user), pk=pk)
        versie = get_object_or_404(Versie, document=document, nummer=nummer)
        audit.registreer_download(document, door=request.user, versie=nummer)
        return FileResponse(
            versie.bestand.open("rb"),
            as_attachment=True,
            filename=versie.bestandsnaam,
            content_type=versie.mime,
        )


class ZoekView(APIView):
    actie = "stukken.zoeken"

    @extend_schema(
        summary="Zoeken in documenten en nota's",
        parameters=[
            OpenApiParameter("q", str, required=True, description="zoekvraag"),
            OpenApiParameter("soort", str, description="nota of document"),
            OpenApiParameter("pagina", int),
        ],
        responses=dict[str, Any],
    )
    def get(self, request: Request) -> Response:
        vraag = request.query_params.get("q", "")[:500]
        soort = request.query_params.get("soort")
        try:
            pagina = max(1, int(request.query_params.get("pagina", "1")))
        except ValueError:
            raise serializers.ValidationError({"pagina": ["Geef een paginanummer."]}) from None
        uitkomst = zoek_stukken(
            request.user, vraag, soorten=[soort] if soort else None, start=(pagina - 1) * 20
        )
        return Response(
            {
                "totaal": uitkomst.totaal,
                "resultaten": [
                    {
                        "id": r.id,
                        "soort": r.soort,
                        "titel": str(r.titel_html),
                        "fragment": str(r.fragment_html),
                        "url": r.url,
                        "score": r.score,
                    }
                    for r in uitkomst.resultaten
                ],
            }
        )


def _notaactie(handeling: Handeling, samenvatting: str) -> Any:
    return ActieEndpoint.voor(handeling, antwoord=NotaSerializer, samenvatting=samenvatting)


class BeslissenInvoer(serializers.Serializer):
    besluiten = serializers.DictField(
        child=serializers.ChoiceField(choices=Beslispunt.Besluit.choices),
        help_text="{beslispunt-id: besluit} voor elk beslispunt",
    )
    toelichting = serializers.CharField(required=False, allow_blank=True)


Paraferen = _notaactie(handelingen.PARAFEREN, "Paraferen (met een opmerking)")
Terugsturen = _notaactie(handelingen.TERUGSTUREN, "Terugsturen naar de opsteller, met reden")
Medeparaaf = _notaactie(handelingen.MEDEPARAAF, "Een medeparaaf vragen (houder: gebruikersnaam)")
Beslissen = ActieEndpoint.voor(
    handelingen.BESLISSEN,
    antwoord=NotaSerializer,
    invoer=BeslissenInvoer,
    samenvatting="Beslissen per beslispunt (de bewindspersoon)",
)
Tekenen = _notaactie(
    handelingen.TEKENEN,
    "Tekenen: de bewindspersoon tekent een antwoordnota op Kamervragen (geen beslispunten)",
)
Annoteren = _notaactie(
    handelingen.ANNOTEREN, "Een annotatie plaatsen (optioneel op een plek in het document)"
)
Afdoen = _notaactie(handelingen.AFDOEN, "Een besloten nota afdoen")
Versturen = _notaactie(
    handelingen.VERSTUREN,
    "Versturen langs de route; na terugsturen opnieuw vanaf het begin (herstart: begin) of vanaf "
    "wie de nota terugstuurde (herstart: terugstuurder)",
)
