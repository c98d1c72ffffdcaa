from __future__ import annotations

from typing import Any

from rest_framework import serializers

from ministerie.core.models import AuditRecord, Gebruiker


class GebruikerSerializer(serializers.ModelSerializer):
    naam = serializers.CharField(source="__str__", read_only=True)
    gebruikersnaam = serializers.CharField(source="username", read_only=True)
    rollen = serializers.SerializerMethodField()
    eenheden: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True
    )
    rubricering = serializers.CharField(source="get_clearance_display", read_only=True)

    class Meta:
        model = Gebruiker
        fields = ["gebruikersnaam", "naam", "rollen", "eenheden", "rubricering"]

    def get_rollen(self, gebruiker: Gebruiker) -> list[str]:
        return sorted(gebruiker.rolcodes())


class AuditRecordSerializer(serializers.ModelSerializer):
    objectType = serializers.CharField(source="object_type")  # noqa: N815
    objectId = serializers.CharField(source="object_id")  # noqa: N815
    objectOmschrijving = serializers.CharField(source="object_omschrijving")  # noqa: N815
    actor = serializers.CharField(source="actor_naam")
    vorigeHash = serializers.CharField(source="vorige_hash")  # noqa: N815
    rubricering = serializers.CharField(source="get_rubricering_display")

    class Meta:
        model = AuditRecord
        fields = [
            "volgnummer",
            "tijdstip",
            "actor",
            "actie",
            "objectType",
            "objectId",
            "objectOmschrijving",
            "rubricering",
            "gegevens",
            "vorigeHash",
            "hash",
        ]


class TermijnVraagSerializer(serializers.Serializer):
    regeling = serializers.CharField()
    datum = serializers.DateField(
        error_messages={"invalid": "Geef een datum als JJJJ-MM-DD, bijvoorbeeld 2027-03-01."}
    )
    verdaging = serializers.BooleanField(default=False)
    opschorting = serializers.IntegerField(
        default=0,
        min_value=0,
        max_value=3650,
        error_messages={"min_value": "Het aantal dagen opschorting kan niet negatief zijn."},
    )
