"""The claim mapping file: read and validated with file, line and reason; the system check."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import override_settings

from ministerie.bestanden.gegevensbestand import Laadfout

from ..claimkoppeling import claimwaarden, lees_claimkoppeling
from ..controles import controleer_sso
from .conftest import claimkoppeling_yaml


def _schrijf(tmp_path: Path, tekst: str) -> Path:
    pad = tmp_path / "koppeling.yaml"
    pad.write_text(tekst, encoding="utf-8")
    return pad


def test_geldig_bestand(tmp_path: Path) -> None:
    koppeling = lees_claimkoppeling(_schrijf(tmp_path, claimkoppeling_yaml()))
    assert koppeling.claim == "groups"
    rollen, eenheden, groepen = koppeling.voor(["bzk-functioneel-beheer", "bzk-beleid-woningbouw", "iets"])
    assert rollen == {"functioneel_beheerder", "beleidsmedewerker"}
    assert eenheden == {"bzk", "woningbouw"}
    assert [g.regel for g in groepen] == [3, 6]
    assert koppeling.voor([]) == (frozenset(), frozenset(), [])


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        (
            "claim: groups\ngroepen:\n  - waarde: a\n    rollen: [koning]\n",
            "koppeling.yaml, regel 4: onbekende rol 'koning'",
        ),
        (
            "claim: groups\ngroepen:\n  - waarde: a\n    rollen: [directeur]\n"
            "  - waarde: a\n    rollen: [directeur]\n",
            "koppeling.yaml, regel 5: waarde 'a' staat er al (regel 3)",
        ),
        (
            "claim: groups\ngroepen:\n  - waarde: a\n    eenheden: [Niet Goed]\n",
            "regel 4: 'Niet Goed' is geen geldige eenheidscode",
        ),
        ("claim: groups\ngroepen:\n  - waarde: a\n    kleur: rood\n", "regel 4: onbekend veld kleur"),
        ("claim: groups\ngroepen:\n  - waarde: a\n", "regel 3: geef rollen, eenheden of beide"),
        ("groepen:\n  - waarde: a\n    rollen: [directeur]\n", "veld 'claim' ontbreekt"),
        ("claim: groups\ngroepen: [\n", "geen geldige YAML"),
    ],
)
def test_fouten_met_bestand_regel_en_reden(tmp_path: Path, tekst: str, melding: str) -> None:
    with pytest.raises(Laadfout) as fout:
        lees_claimkoppeling(_schrijf(tmp_path, tekst))
    assert melding in str(fout.value)


def test_claimwaarden_begrensd() -> None:
    assert claimwaarden({"groups": "een"}, "groups") == ["een"]
    assert claimwaarden({"groups": ["a", 3, "b" * 201, "c"]}, "groups") == ["a", "c"]
    assert claimwaarden({"groups": {"a": 1}}, "groups") == []


def test_systeemcontrole(tmp_path: Path) -> None:
    slecht = _schrijf(tmp_path, "claim: groups\ngroepen:\n  - waarde: a\n    rollen: [koning]\n")
    with override_settings(OIDC_ROLLEN="claims", OIDC_CLAIMKOPPELING=str(slecht)):
        fouten = controleer_sso()
    assert [f.id for f in fouten] == ["identiteit.E004"]
    assert "regel 4: onbekende rol 'koning'" in fouten[0].msg
    with override_settings(OIDC_ROLLEN="claims", OIDC_CLAIMKOPPELING=""):
        assert [f.id for f in controleer_sso()] == ["identiteit.E003"]
    with override_settings(OIDC_KOPPELCLAIM="sub", LOKAAL_INLOGGEN=False, OIDC_RP_CLIENT_ID=""):
        assert [f.id for f in controleer_sso()] == ["identiteit.E001", "identiteit.E005"]
    assert controleer_sso() == []
