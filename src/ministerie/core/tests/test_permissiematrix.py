from pathlib import Path

import pytest

from ministerie.core.permissiematrix import ANONIEM, OngeldigeMatrix, lees_matrix, matrix

ROLLEN_UIT_HET_DOSSIER = {
    "bewindspersoon",
    "politiek_assistent",
    "secretaris_generaal",
    "directeur_generaal",
    "directeur",
    "afdelingshoofd",
    "beleidsmedewerker",
    "parlementaire_zaken",
    "woordvoerder",
    "mc_medewerker",
    "jurist_czw",
    "fez_medewerker",
    "secretariaat",
    # information management (dossier 2.4 "Informatie bewaren en verstrekken", issue 18)
    "archivaris",
    "functioneel_beheerder",
    ANONIEM,
}


def test_de_matrix_kent_alle_rollen_uit_het_dossier() -> None:
    assert set(matrix().rollen) == ROLLEN_UIT_HET_DOSSIER


def test_groepen_worden_uitgevouwen_naar_rollen() -> None:
    assert matrix().staat_toe("bewindspersoon", "werk.bekijken")
    assert not matrix().staat_toe(ANONIEM, "werk.bekijken")
    assert matrix().staat_toe(ANONIEM, "termijn.berekenen")


def test_onbekende_actie_geeft_een_heldere_fout() -> None:
    with pytest.raises(OngeldigeMatrix, match="Onbekende actie 'bestaat.niet'"):
        matrix().actie("bestaat.niet")


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        ("rollen: {a: A}\nacties: {}\n", "de rol 'anoniem' ontbreekt"),
        (
            "rollen: {anoniem: P}\nacties:\n  x.y: {omschrijving: o, rollen: [typfout]}\n",
            "onbekende rol 'typfout'",
        ),
        (
            "rollen: {anoniem: P}\nacties:\n  x.y: {omschrijving: o, rollen: [anoniem], scope: al}\n",
            "onbekende scope 'al'",
        ),
        ("rollen: {anoniem: P}\nacties:\n  x.y: {rollen: [anoniem]}\n", "mist een omschrijving"),
    ],
)
def test_een_ongeldige_matrix_wordt_geweigerd(tmp_path: Path, inhoud: str, melding: str) -> None:
    pad = tmp_path / "matrix.yaml"
    pad.write_text(inhoud)
    with pytest.raises(OngeldigeMatrix, match=melding):
        lees_matrix(pad, delen=[])


def test_deelbestanden_van_apps_horen_bij_de_matrix(tmp_path: Path) -> None:
    hoofd = tmp_path / "matrix.yaml"
    hoofd.write_text("rollen: {anoniem: P, a: A}\nacties:\n  x.y: {omschrijving: o, rollen: [a]}\n")
    deel = tmp_path / "acties.yaml"
    deel.write_text("acties:\n  app.z: {omschrijving: z, rollen: [a, anoniem]}\n")
    assert lees_matrix(hoofd, delen=[deel]).rollen_met("app.z") == {"a", "anoniem"}

    deel.write_text("acties:\n  x.y: {omschrijving: dubbel, rollen: [a]}\n")
    with pytest.raises(OngeldigeMatrix, match="actie 'x.y' staat al in de matrix"):
        lees_matrix(hoofd, delen=[deel])

    deel.write_text("rollen: {b: B}\n")
    with pytest.raises(OngeldigeMatrix, match="alleen 'acties'"):
        lees_matrix(hoofd, delen=[deel])


def test_docs_permissies_is_bijgewerkt() -> None:
    from ministerie.core.permissiedocs import DOCS_PAD, als_markdown

    assert DOCS_PAD.read_text(encoding="utf-8") == als_markdown(), (
        "docs/permissies.md loopt achter: draai `ministerie permissies docs`."
    )
