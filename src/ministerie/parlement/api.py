"""Parliament in the API: questions, oral questions, commitments, motions, letters, debates,
the overview and the import. Mutations call the same services as the pages."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import generics, serializers, status
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ministerie.api.problems import fouten_als_problem
from ministerie.organisatie.models import Eenheid

from . import services
from .importeren import Importfout, importeer
from .models import (
    Debat,
    Debatvraag,
    Kamerbrief,
    Kamervragen,
    MondelingeVraag,
    Motie,
    Toezegging,
)
from .overzicht import openstaand
from .zichtbaarheid import kamerbrief_voor, koppelbare_notas, zichtbare_kamerbrieven


def _code(**kwargs: Any) -> serializers.SlugRelatedField:
    return serializers.SlugRelatedField(slug_field="code", queryset=Eenheid.objects.all(), **kwargs)


class LidSerializer(serializers.Serializer):
    naam = serializers.CharField()
    fractie = serializers.CharField(required=False, allow_blank=True, default="")


class KamervragenSerializer(serializers.ModelSerializer):
    bewindspersoon = _code()
    trekker = _code()
    medetrekkers = _code(many=True, required=False)
    vragenstellers = LidSerializer(many=True)
    vragen = serializers.ListField(child=serializers.CharField(), write_only=True)
    teksten = serializers.SerializerMethodField()
    antwoord_nota = serializers.CharField(source="antwoord_nota.kenmerk", read_only=True, default=None)

    class Meta:
        model = Kamervragen
        fields = [
            "id",
            "kamer",
            "nummer",
            "onderwerp",
            "ontvangen_op",
            "vragenstellers",
            "vragen",
            "teksten",
            "bewindspersoon",
            "trekker",
            "medetrekkers",
            "status",
            "uiterste_datum",
            "valt_op_vrije_dag",
            "antwoord_nota",
            "uitstel_reden",
            "uitstel_verwacht_op",
            "verzonden_op",
        ]
        read_only_fields = [
            "status",
            "uiterste_datum",
            "valt_op_vrije_dag",
            "uitstel_reden",
            "uitstel_verwacht_op",
            "verzonden_op",
        ]
        validators: list = []

    def get_teksten(self, kv: Kamervragen) -> list[str]:
        return [v.tekst for v in kv.vragen.all()]


class MondelingeVraagSerializer(serializers.ModelSerializer):
    bewindspersoon = _code()
    trekker = _code()

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


class ToezeggingSerializer(serializers.ModelSerializer):
    bewindspersoon = _code()
    verantwoordelijke = _code()
    nummer = serializers.CharField(required=False, allow_blank=True, default="")

    class Meta:
        model = Toezegging
        fields = [
            "id",
            "kamer",
            "nummer",
            "bewindspersoon",
            "debat",
            "gedaan_in",
            "gedaan_op",
            "tekst",
            "termijn_tekst",
            "uiterste_datum",
            "termijn_uitleg",
            "verantwoordelijke",
            "status",
            "voldaan_met",
            "toelichting",
        ]
        read_only_fields = [
            "debat",
            "uiterste_datum",
            "termijn_uitleg",
            "status",
            "voldaan_met",
            "toelichting",
        ]
        validators: list = []


class MotieSerializer(serializers.ModelSerializer):
    bewindspersoon = _code()
    verantwoordelijke = _code()
    indieners = LidSerializer(many=True)

    class Meta:
        model = Motie
        fields = [
            "id",
            "kamer",
            "nummer",
            "indieners",
            "dictum",
            "ingediend_op",
            "bewindspersoon",
            "verantwoordelijke",
            "uitslag",
            "gestemd_op",
            "uitvoering",
            "uitvoeren_voor",
            "uitgevoerd_op",
            "uitgevoerd_met",
        ]
        read_only_fields = [
            "uitslag",
            "gestemd_op",
            "uitvoering",
            "uitvoeren_voor",
            "uitgevoerd_op",
            "uitgevoerd_met",
        ]
        validators: list = []


class KamerbriefSerializer(serializers.ModelSerializer):
    nota = serializers.CharField(source="nota.kenmerk")
    onderwerp = serializers.CharField(source="nota.onderwerp")
    nota_status = serializers.CharField(source="nota.status")

    class Meta:
        model = Kamerbrief
        fields = [
            "id",
            "nota",
            "onderwerp",
            "nota_status",
            "kamer",
            "kamerstuk",
            "verzonden_op",
            "beslisnotas",
            "toezeggingen",
            "deels",
            "moties",
            "kamervragen",
        ]


class DebatvraagSerializer(serializers.ModelSerializer):
    deelnemer = serializers.StringRelatedField()
    thema = serializers.StringRelatedField()
    trekker = serializers.SlugRelatedField(slug_field="code", read_only=True)

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
    bewindspersoon = _code()
    trekker = _code()
    agenda = serializers.SlugRelatedField(slug_field="titel", many=True, read_only=True)
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


def _geldig(serializer_klasse: Any, data: Any, **kwargs: Any) -> dict[str, Any]:
    s = serializer_klasse(data=data, **kwargs)
    s.is_valid(raise_exception=True)
    return dict(s.validated_data)


# --- Kamervragen ---------------------------------------------------------------------------


class KamervragenLijst(generics.ListAPIView):
    acties = {"get": "parlement.bekijken", "post": "parlement.registreren"}
    serializer_class = KamervragenSerializer

    def get_queryset(self) -> QuerySet[Kamervragen]:
        qs = Kamervragen.objects.select_related(
            "bewindspersoon", "trekker", "antwoord_nota"
        ).prefetch_related("vragen", "medetrekkers")
        p = self.request.query_params
        if p.get("status"):
            qs = qs.filter(status=p["status"])
        if p.get("bewindspersoon"):
            qs = qs.filter(bewindspersoon__code=p["bewindspersoon"])
        if p.get("directie"):
            qs = qs.filter(Q(trekker__code=p["directie"]) | Q(medetrekkers__code=p["directie"])).distinct()
        return qs.order_by("uiterste_datum", "pk")

    @extend_schema(
        summary="Schriftelijke Kamervragen",
        parameters=[
            OpenApiParameter("status", str),
            OpenApiParameter("bewindspersoon", str),
            OpenApiParameter("directie", str),
        ],
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        summary="Kamervragen registreren", request=KamervragenSerializer, responses=KamervragenSerializer
    )
    def post(self, request: Request) -> Response:
        data = _geldig(KamervragenSerializer, request.data)
        kv = fouten_als_problem(services.registreer_kamervragen, door=request.user, **data)
        return Response(KamervragenSerializer(kv).data, status=status.HTTP_201_CREATED)


class KamervragenDetail(APIView):
    actie = "parlement.bekijken"

    @extend_schema(summary="Eén set Kamervragen", responses=KamervragenSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(KamervragenSerializer(get_object_or_404(Kamervragen, pk=pk)).data)


class UitstelInvoer(serializers.Serializer):
    reden = serializers.CharField()
    verwacht_op = serializers.DateField()


class VerzondenInvoer(serializers.Serializer):
    verzonden_op = serializers.DateField()


class KamervragenUitstel(APIView):
    acties = {"post": "parlement.voorbereiden"}
    http_method_names = ["post", "options"]

    @extend_schema(
        summary="Uitstelbericht vastleggen", request=UitstelInvoer, responses=KamervragenSerializer
    )
    def post(self, request: Request, pk: int) -> Response:
        kv = get_object_or_404(Kamervragen, pk=pk)
        data = _geldig(UitstelInvoer, request.data)
        fouten_als_problem(services.meld_uitstel, kv, door=request.user, **data)
        kv.refresh_from_db()
        return Response(KamervragenSerializer(kv).data)


class KamervragenVerzonden(APIView):
    acties = {"post": "parlement.registreren"}
    http_method_names = ["post", "options"]

    @extend_schema(
        summary="Verzending van het antwoord vastleggen",
        request=VerzondenInvoer,
        responses=KamervragenSerializer,
    )
    def post(self, request: Request, pk: int) -> Response:
        kv = get_object_or_404(Kamervragen, pk=pk)
        data = _geldig(VerzondenInvoer, request.data)
        fouten_als_problem(services.registreer_antwoord_verzonden, kv, door=request.user, **data)
        kv.refresh_from_db()
        return Response(KamervragenSerializer(kv).data)


class KamervragenAntwoordnota(APIView):
    acties = {"post": "parlement.voorbereiden"}
    http_method_names = ["post", "options"]

    @extend_schema(
        summary="Antwoordnota (soort Kamerbrief) opstellen met route naar de bewindspersoon",
        request=None,
        responses=KamervragenSerializer,
    )
    def post(self, request: Request, pk: int) -> Response:
        kv = get_object_or_404(Kamervragen, pk=pk)
        fouten_als_problem(services.maak_antwoordnota, kv, door=request.user)
        kv.refresh_from_db()
        return Response(KamervragenSerializer(kv).data, status=status.HTTP_201_CREATED)


# --- Mondelinge vragen, toezeggingen, moties -----------------------------------------------


class MondelingeVragenLijst(generics.ListAPIView):
    acties = {"get": "parlement.bekijken", "post": "parlement.registreren"}
    serializer_class = MondelingeVraagSerializer
    queryset = MondelingeVraag.objects.select_related("bewindspersoon", "trekker")

    @extend_schema(
        summary="Mondelinge vraag registreren",
        request=MondelingeVraagSerializer,
        responses=MondelingeVraagSerializer,
    )
    def post(self, request: Request) -> Response:
        data = _geldig(MondelingeVraagSerializer, request.data)
        mv = fouten_als_problem(services.registreer_mondelinge_vraag, door=request.user, **data)
        return Response(MondelingeVraagSerializer(mv).data, status=status.HTTP_201_CREATED)


class AntwoordbladInvoer(serializers.Serializer):
    antwoordblad = serializers.CharField()


class MondelingeVraagAntwoordblad(APIView):
    acties = {"post": "parlement.voorbereiden"}
    http_method_names = ["post", "options"]

    @extend_schema(
        summary="Antwoordblad voor het vragenuur opslaan",
        request=AntwoordbladInvoer,
        responses=MondelingeVraagSerializer,
    )
    def post(self, request: Request, pk: int) -> Response:
        mv = get_object_or_404(MondelingeVraag, pk=pk)
        data = _geldig(AntwoordbladInvoer, request.data)
        fouten_als_problem(services.bereid_antwoordblad, mv, door=request.user, **data)
        mv.refresh_from_db()
        return Response(MondelingeVraagSerializer(mv).data)


class ToezeggingenLijst(generics.ListAPIView):
    acties = {"get": "parlement.bekijken", "post": "parlement.registreren"}
    serializer_class = ToezeggingSerializer

    def get_queryset(self) -> QuerySet[Toezegging]:
        qs = Toezegging.objects.select_related("bewindspersoon", "verantwoordelijke")
        if self.request.query_params.get("status"):
            qs = qs.filter(status=self.request.query_params["status"])
        return qs.order_by("uiterste_datum", "pk")

    @extend_schema(summary="Toezeggingen", parameters=[OpenApiParameter("status", str)])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        summary="Toezegging registreren (termijn als zin, de datum wordt afgeleid)",
        request=ToezeggingSerializer,
        responses=ToezeggingSerializer,
    )
    def post(self, request: Request) -> Response:
        data = _geldig(ToezeggingSerializer, request.data)
        data.pop("debat", None)
        tz = fouten_als_problem(services.registreer_toezegging, door=request.user, **data)
        return Response(ToezeggingSerializer(tz).data, status=status.HTTP_201_CREATED)


class ToezeggingDetail(APIView):
    actie = "parlement.bekijken"

    @extend_schema(summary="Eén toezegging", responses=ToezeggingSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(ToezeggingSerializer(get_object_or_404(Toezegging, pk=pk)).data)


class StatusInvoer(serializers.Serializer):
    status = serializers.CharField()
    toelichting = serializers.CharField(required=False, allow_blank=True, default="")


class ToezeggingStatus(APIView):
    acties = {"post": "parlement.registreren"}
    http_method_names = ["post", "options"]

    @extend_schema(
        summary="Status van een toezegging wijzigen", request=StatusInvoer, responses=ToezeggingSerializer
    )
    def post(self, request: Request, pk: int) -> Response:
        tz = get_object_or_404(Toezegging, pk=pk)
        data = _geldig(StatusInvoer, request.data)
        fouten_als_problem(services.wijzig_toezegging, tz, door=request.user, **data)
        tz.refresh_from_db()
        return Response(ToezeggingSerializer(tz).data)


class MotiesLijst(generics.ListAPIView):
    acties = {"get": "parlement.bekijken", "post": "parlement.registreren"}
    serializer_class = MotieSerializer
    queryset = Motie.objects.select_related("bewindspersoon", "verantwoordelijke")

    @extend_schema(summary="Motie registreren", request=MotieSerializer, responses=MotieSerializer)
    def post(self, request: Request) -> Response:
        data = _geldig(MotieSerializer, request.data)
        motie = fouten_als_problem(services.registreer_motie, door=request.user, **data)
        return Response(MotieSerializer(motie).data, status=status.HTTP_201_CREATED)


class MotieDetail(APIView):
    actie = "parlement.bekijken"

    @extend_schema(summary="Eén motie", responses=MotieSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(MotieSerializer(get_object_or_404(Motie, pk=pk)).data)


class UitslagInvoer(serializers.Serializer):
    uitslag = serializers.ChoiceField(choices=[c for c in Motie.Uitslag.values if c])
    gestemd_op = serializers.DateField()


class MotieUitslag(APIView):
    acties = {"post": "parlement.registreren"}
    http_method_names = ["post", "options"]

    @extend_schema(
        summary="Uitslag van de stemming vastleggen", request=UitslagInvoer, responses=MotieSerializer
    )
    def post(self, request: Request, pk: int) -> Response:
        motie = get_object_or_404(Motie, pk=pk)
        data = _geldig(UitslagInvoer, request.data)
        fouten_als_problem(services.leg_uitslag_vast, motie, door=request.user, **data)
        motie.refresh_from_db()
        return Response(MotieSerializer(motie).data)


class UitvoeringInvoer(serializers.Serializer):
    uitvoering = serializers.CharField()
    uitvoeren_voor = serializers.DateField(required=False, allow_null=True, default=None)
    uitgevoerd_op = serializers.DateField(required=False, allow_null=True, default=None)


class MotieUitvoering(APIView):
    acties = {"post": "parlement.voorbereiden"}
    http_method_names = ["post", "options"]

    @extend_schema(
        summary="Uitvoering van een aangenomen motie vastleggen",
        request=UitvoeringInvoer,
        responses=MotieSerializer,
    )
    def post(self, request: Request, pk: int) -> Response:
        motie = get_object_or_404(Motie, pk=pk)
        data = _geldig(UitvoeringInvoer, request.data)
        fouten_als_problem(services.leg_uitvoering_vast, motie, door=request.user, **data)
        motie.refresh_from_db()
        return Response(MotieSerializer(motie).data)


# --- Kamerbrieven --------------------------------------------------------------------------


@extend_schema_field(OpenApiTypes.STR)
class ZichtbareNota(serializers.SlugRelatedField):
    """A memo by kenmerk, among those the requesting user may see: an unseen memo and a memo that
    does not exist give the same answer."""

    def get_queryset(self) -> Any:
        return koppelbare_notas(self.context["request"].user)


class KamerbriefInvoer(serializers.Serializer):
    nota = ZichtbareNota(slug_field="kenmerk")
    kamer = serializers.ChoiceField(choices=["TK", "EK"], default="TK")
    beslisnotas = ZichtbareNota(slug_field="kenmerk", many=True, required=False, default=list)
    toezeggingen = serializers.PrimaryKeyRelatedField(
        queryset=Toezegging.objects.all(), many=True, required=False, default=list
    )
    moties = serializers.PrimaryKeyRelatedField(
        queryset=Motie.objects.all(), many=True, required=False, default=list
    )
    kamervragen = serializers.PrimaryKeyRelatedField(
        queryset=Kamervragen.objects.all(), many=True, required=False, default=list
    )


class KamerbrievenLijst(generics.ListAPIView):
    acties = {"get": "parlement.bekijken", "post": "parlement.registreren"}
    serializer_class = KamerbriefSerializer

    def get_queryset(self) -> Any:
        return zichtbare_kamerbrieven(
            self.request.user,
            Kamerbrief.objects.select_related("nota").prefetch_related(
                "beslisnotas", "toezeggingen", "deels", "moties", "kamervragen"
            ),
        )

    @extend_schema(
        summary="Kamerbrief registreren (een nota van de soort Kamerbrief, op kenmerk)",
        request=KamerbriefInvoer,
        responses=KamerbriefSerializer,
    )
    def post(self, request: Request) -> Response:
        data = _geldig(KamerbriefInvoer, request.data, context={"request": request})
        kb = fouten_als_problem(services.registreer_kamerbrief, door=request.user, **data)
        return Response(KamerbriefSerializer(kb).data, status=status.HTTP_201_CREATED)


class KamerbriefDetail(APIView):
    actie = "parlement.bekijken"

    @extend_schema(summary="Eén Kamerbrief", responses=KamerbriefSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(KamerbriefSerializer(kamerbrief_voor(request.user, pk)).data)


class VerzendInvoer(serializers.Serializer):
    kamerstuk = serializers.CharField()
    verzonden_op = serializers.DateField()
    deels = serializers.ListField(child=serializers.IntegerField(), required=False, default=list)


class KamerbriefVerzenden(APIView):
    acties = {"post": "kamerbrief.verzenden"}
    http_method_names = ["post", "options"]

    @extend_schema(
        summary="Kamerstuknummer en verzenddatum vastleggen",
        request=VerzendInvoer,
        responses=KamerbriefSerializer,
    )
    def post(self, request: Request, pk: int) -> Response:
        kb = kamerbrief_voor(request.user, pk)
        data = _geldig(VerzendInvoer, request.data)
        kb = fouten_als_problem(services.verzend_kamerbrief, kb, door=request.user, **data)
        return Response(KamerbriefSerializer(kb).data)


# --- Debatten ------------------------------------------------------------------------------


class ThemaInvoer(serializers.Serializer):
    titel = serializers.CharField()
    directie = _code()


class DebatInvoer(serializers.Serializer):
    soort = serializers.ChoiceField(choices=Debat.Soort.values)
    titel = serializers.CharField()
    kamer = serializers.ChoiceField(choices=["TK", "EK"], default="TK")
    commissie = serializers.CharField(required=False, allow_blank=True, default="")
    datum = serializers.DateField()
    bewindspersoon = _code()
    trekker = _code()
    agenda = serializers.ListField(child=serializers.CharField(), required=False, default=list)
    deelnemers = LidSerializer(many=True, required=False, default=list)
    themas = ThemaInvoer(many=True, required=False, default=list)


class DebattenLijst(generics.ListAPIView):
    acties = {"get": "parlement.bekijken", "post": "parlement.registreren"}
    serializer_class = DebatSerializer
    queryset = Debat.objects.select_related("bewindspersoon", "trekker").prefetch_related("agenda", "vragen")

    @extend_schema(
        summary="Debat voorbereiden (agenda, deelnemers, thema's)",
        request=DebatInvoer,
        responses=DebatSerializer,
    )
    def post(self, request: Request) -> Response:
        data = _geldig(DebatInvoer, request.data)
        data["deelnemers"] = [dict(d) for d in data["deelnemers"]]
        data["themas"] = [(t["titel"], t["directie"]) for t in data["themas"]]
        debat = fouten_als_problem(services.maak_debat, door=request.user, **data)
        return Response(DebatSerializer(debat).data, status=status.HTTP_201_CREATED)


class DebatDetail(APIView):
    actie = "parlement.bekijken"

    @extend_schema(summary="Eén debat met agenda, deelnemers, thema's en vragen", responses=DebatSerializer)
    def get(self, request: Request, pk: int) -> Response:
        return Response(DebatSerializer(get_object_or_404(Debat, pk=pk)).data)


class DebatvraagInvoer(serializers.Serializer):
    deelnemer = serializers.IntegerField()
    tekst = serializers.CharField()
    thema = serializers.IntegerField(required=False, allow_null=True, default=None)


class DebatVragen(APIView):
    """Parlementaire Zaken enters a question during the debate."""

    acties = {"post": "parlement.registreren"}
    http_method_names = ["post", "options"]

    @extend_schema(
        summary="Vraag van een Kamerlid invoeren", request=DebatvraagInvoer, responses=DebatvraagSerializer
    )
    def post(self, request: Request, pk: int) -> Response:
        debat = get_object_or_404(Debat, pk=pk)
        data = _geldig(DebatvraagInvoer, request.data)
        deelnemer = get_object_or_404(debat.deelnemers, pk=data["deelnemer"])
        thema = get_object_or_404(debat.themas, pk=data["thema"]) if data["thema"] else None
        vraag = fouten_als_problem(
            services.voeg_debatvraag_toe,
            debat,
            door=request.user,
            deelnemer=deelnemer,
            thema=thema,
            tekst=data["tekst"],
        )
        return Response(DebatvraagSerializer(vraag).data, status=status.HTTP_201_CREATED)


class ToezeggingRegel(serializers.Serializer):
    tekst = serializers.CharField()
    termijn_tekst = serializers.CharField()
    verantwoordelijke = _code(required=False, allow_null=True, default=None)


class DebatToezeggingenInvoer(serializers.Serializer):
    toezeggingen = ToezeggingRegel(many=True)


class DebatToezeggingen(APIView):
    acties = {"post": "parlement.registreren"}
    http_method_names = ["post", "options"]

    @extend_schema(
        summary="Toezeggingen uit het debat in één keer vastleggen",
        request=DebatToezeggingenInvoer,
        responses=ToezeggingSerializer(many=True),
    )
    def post(self, request: Request, pk: int) -> Response:
        debat = get_object_or_404(Debat, pk=pk)
        data = _geldig(DebatToezeggingenInvoer, request.data)
        nieuw = fouten_als_problem(
            services.registreer_toezeggingen_uit_debat,
            debat,
            door=request.user,
            regels=[dict(r) for r in data["toezeggingen"]],
        )
        return Response(ToezeggingSerializer(nieuw, many=True).data, status=status.HTTP_201_CREATED)


class DebatvraagStatus(APIView):
    acties = {"post": "debat.live"}
    http_method_names = ["post", "options"]

    @extend_schema(
        summary="Vraag markeren: beantwoord, schriftelijk of open",
        request=StatusInvoer,
        responses=DebatvraagSerializer,
    )
    def post(self, request: Request, pk: int) -> Response:
        vraag = get_object_or_404(Debatvraag, pk=pk)
        data = _geldig(StatusInvoer, request.data)
        vraag = fouten_als_problem(
            services.markeer_debatvraag, vraag, door=request.user, status=data["status"]
        )
        return Response(DebatvraagSerializer(vraag).data)


# --- Overview and import -------------------------------------------------------------------


class Overzicht(APIView):
    actie = "parlement.bekijken"

    @extend_schema(
        summary="Open vragen, toezeggingen en moties met uiterste datum, vroegste eerst",
        responses=dict[str, Any],
    )
    def get(self, request: Request) -> Response:
        return Response([i.als_dict() for i in openstaand()])


class Import(APIView):
    acties = {"post": "parlement.importeren"}
    http_method_names = ["post", "options"]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    @extend_schema(
        summary="Importeren uit JSON (body) of een bestand (multipart, veld 'bestand')",
        request=dict[str, Any],
        responses=dict[str, Any],
    )
    def post(self, request: Request) -> Response:
        bestand = request.FILES.get("bestand")
        if bestand is not None:
            inhoud, naam = bestand.read(), bestand.name
        else:
            import json

            inhoud, naam = json.dumps(request.data).encode(), "api.json"
        try:
            verslag = importeer(inhoud, naam, door=request.user)
        except Importfout as fout:
            raise serializers.ValidationError({"bestand": fout.fouten}) from None
        return Response(verslag.als_dict())
