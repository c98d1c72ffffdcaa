"""What the parliament endpoints share: units by code and Kamerleden."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from ministerie.organisatie.models import Eenheid

BEKIJKEN = "parlement.bekijken"
REGISTREREN = "parlement.registreren"


def eenheidcode(**kwargs: Any) -> serializers.SlugRelatedField:
    return serializers.SlugRelatedField(slug_field="code", queryset=Eenheid.objects.all(), **kwargs)


class LidSerializer(serializers.Serializer):
    naam = serializers.CharField(max_length=200)
    fractie = serializers.CharField(required=False, allow_blank=True, default="", max_length=60)
