"""API of the archive: approving a destruction list (refused under a legal hold, as on the page
and on the command line) and withdrawing one. Routes in api_urls.py, included in /api/v1/."""

from __future__ import annotations

from rest_framework import serializers

from ministerie.api.acties import ActieEndpoint

from . import handelingen
from .models import Vernietigingslijst


class LijstSerializer(serializers.ModelSerializer):
    class Meta:
        model = Vernietigingslijst
        fields = [
            "id",
            "peildatum",
            "status",
            "archivaris_op",
            "manager_op",
            "uitgevoerd_op",
            "verklaring_sha256",
            "ingetrokken_op",
            "reden_intrekking",
        ]


Goedkeuren = ActieEndpoint.voor(
    handelingen.VERNIETIGING_GOEDKEUREN,
    antwoord=LijstSerializer,
    samenvatting="Een vernietigingslijst goedkeuren (archivaris of leidinggevende); na beide: vernietigen",
)
Intrekken = ActieEndpoint.voor(
    handelingen.LIJST_INTREKKEN,
    antwoord=LijstSerializer,
    samenvatting="Een voorgestelde vernietigingslijst intrekken (met reden); de stukken komen weer vrij",
)
