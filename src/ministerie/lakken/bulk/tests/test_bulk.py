"""verwerk: duplicates, near-duplicates, threads, detection, inventory, and the inputs."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from ministerie.lakken.bulk import Voortgang, verwerk

from .hulp import BEGIN as BEGIN_VOORBEELD
from .hulp import items, klein_postvak, pdf_nummers, pdf_tekst, xlsx_rijen
from .voorbeelden import bericht, maak_docx, nep_detecteer, schrijf_mbox


def test_postvak_dubbelen_draden_en_inventaris(tmp_path: Path) -> None:
    postvak = klein_postvak(tmp_path / "postvak.mbox")
    meldingen: list[Voortgang] = []
    verslag = verwerk(postvak, tmp_path / "werk", detecteer=nep_detecteer, voortgang=meldingen.append)

    assert (
        verslag.items,
        verslag.uniek,
        verslag.exacte_dubbelen,
        verslag.bijna_dubbelen,
        verslag.draden,
        verslag.onleesbaar,
    ) == (11, 9, 1, 1, 2, 2)
    assert [(o.nr, o.titel) for o in verslag.onleesbare] == [(3, "kapot.docx"), (11, "locatie.png")]
    assert "Het Word-bestand is beschadigd" in verslag.onleesbare[0].reden
    assert "niet ondersteund" in verslag.onleesbare[1].reden
    assert verslag.onleesbare[0].vindplaats == "postvak.mbox#1 > bijlage 2: kapot.docx"

    rij = items(verslag.database)
    assert [rij[n]["soort"] for n in range(1, 12)] == [
        "e-mail",
        "docx",
        "docx",
        "e-mail",
        "e-mail",
        "e-mail",
        "e-mail",
        "e-mail",
        "e-mail",
        "e-mail",
        "png",
    ]
    assert rij[2]["ouder"] == 1 and rij[3]["ouder"] == 1 and rij[11]["ouder"] == 10
    assert rij[6]["dubbel_van"] == 4
    assert rij[7]["bijna_dubbel_van"] == 1
    # The thread of [1], [4] and [5]: [5] quotes both and is kept.
    assert {rij[n]["draad"] for n in (1, 4, 5)} == {1}
    assert {rij[n]["draad_volledigste"] for n in (1, 4, 5)} == {5}
    assert (rij[1]["opgenomen_in"], rij[4]["opgenomen_in"], rij[5]["opgenomen_in"]) == (5, 5, None)
    assert rij[6]["draad"] == 1  # the copy of [4] shows the thread of its original
    # [8] and [9] by their subject only; the latest, [9], is kept but does not quote [8].
    assert (rij[8]["draad"], rij[9]["draad"], rij[8]["draad_volledigste"]) == (2, 2, 9)
    assert rij[8]["opgenomen_in"] is None

    beoordeling = {n: (rij[n]["beoordeling"], rij[n]["gronden"]) for n in rij}
    assert beoordeling == {
        1: ("opgenomen in draad (zie 5)", "5.1.2e"),
        2: ("openbaar", ""),
        3: ("niet beoordeeld (onleesbaar)", ""),
        4: ("opgenomen in draad (zie 5)", "5.1.2e"),
        5: ("deels openbaar", "5.1.2e"),
        6: ("dubbel (zie 4)", ""),
        7: ("bijna dubbel (zie 1)", "5.1.2e"),
        8: ("deels openbaar", "5.1.2e"),
        9: ("deels openbaar", "5.1.2e"),
        10: ("deels openbaar", "5.1.2e"),
        11: ("niet beoordeeld (onleesbaar)", ""),
    }

    koppen, *regels = xlsx_rijen(verslag.inventaris_xlsx)
    assert koppen[:11] == (
        "Nr.",
        "Titel",
        "Datum",
        "Soort",
        "Bijlage bij",
        "Dubbel van",
        "Bijna dubbel van",
        "Draad",
        "Volledigste in draad",
        "Voorgestelde beoordeling",
        "Voorgestelde gronden",
    )
    assert [r[0] for r in regels] == list(range(1, 12))
    assert regels[0][1] == "Begroting 2027" and regels[0][2].date().isoformat() == "2026-03-02"
    assert regels[1][1:5] == ("nota.docx", regels[1][2], "Word", 1)
    assert regels[5][5] == 4 and regels[5][9] == "dubbel (zie 4)"
    assert regels[6][6] == 1
    assert regels[2][11].startswith("Onleesbaar: Het Word-bestand is beschadigd")
    assert regels[2][12] == "postvak.mbox#1 > bijlage 2: kapot.docx"
    onleesbaar = xlsx_rijen(verslag.inventaris_xlsx, "Onleesbaar")
    assert [r[0] for r in onleesbaar[1:]] == [3, 11]
    assert onleesbaar[1][3] == "Het Word-bestand is beschadigd en kan niet worden gelezen."

    assert pdf_nummers(verslag.inventaris_pdf) == list(range(1, 12))
    tekst = pdf_tekst(verslag.inventaris_pdf)
    assert "Inventarislijst postvak.mbox" in tekst
    zonder_witruimte = "".join(tekst.split())
    assert "Onleesbaar:HetWord-bestandisbeschadigd" in zonder_witruimte

    fasen = [m.fase for m in meldingen]
    assert fasen == sorted(fasen, key=["inlezen", "ontdubbelen", "draden", "detectie", "inventaris"].index)
    assert set(fasen) == {"inlezen", "ontdubbelen", "draden", "detectie", "inventaris"}
    assert all(0 <= m.gedaan <= m.totaal or m.totaal == 0 for m in meldingen)


def test_zonder_detectie_nog_te_beoordelen(tmp_path: Path) -> None:
    verslag = verwerk(klein_postvak(tmp_path / "p.mbox"), tmp_path / "werk")
    rij = items(verslag.database)
    assert rij[2]["beoordeling"] == "nog te beoordelen"
    assert rij[6]["beoordeling"] == "dubbel (zie 4)"


def test_detector_die_faalt_stopt_de_verwerking_niet(tmp_path: Path) -> None:
    def detecteer(tekst: str) -> list[object]:
        if "Planning" in tekst:
            raise RuntimeError("kapot")
        return [{"start": 0, "eind": 3, "label": "x", "grond": "5.1.2e"}]

    verslag = verwerk(klein_postvak(tmp_path / "p.mbox"), tmp_path / "werk", detecteer=detecteer)
    rij = items(verslag.database)
    assert verslag.detectie_mislukt == 2
    assert rij[8]["beoordeling"] == "nog te beoordelen (detectie mislukt)"
    assert rij[8]["detectie_fout"] == "RuntimeError: kapot"
    assert rij[2]["beoordeling"] == "deels openbaar"


def _map_met_bestanden(map_: Path) -> Path:
    (map_ / "sub").mkdir(parents=True)
    brief = "Geachte heer, de kosten bedragen \u20ac 12,50 per deelnemer.".encode("cp1252")
    (map_ / "brief.txt").write_bytes(brief)
    (map_ / "sub" / "kopie van brief.txt").write_bytes(brief)
    (map_ / "nota.docx").write_bytes(maak_docx(["Nota over de regio."]))
    (map_ / "kapot.docx").write_bytes(b"PK\x03\x04 kapot")
    (map_ / "leeg.txt").write_bytes(b"")
    eml = bericht(
        van="a@voorbeeld.nl",
        aan="b@voorbeeld.nl",
        onderwerp="Losse mail",
        tekst="Tekst van de losse mail.",
        message_id="<los@voorbeeld.nl>",
        datum=BEGIN_VOORBEELD,
        bijlagen=[("bijlage.txt", "text/plain", b"Tekst van de bijlage.")],
    )
    (map_ / "sub" / "los.eml").write_bytes(eml.as_bytes())
    schrijf_mbox(
        map_ / "sub" / "archief.mbox",
        [
            bericht(
                van="c@voorbeeld.nl",
                aan="d@voorbeeld.nl",
                onderwerp=f"Archief {i}",
                tekst=f"Bericht {i} uit het archief.",
                message_id=f"<arch{i}@voorbeeld.nl>",
                datum=BEGIN_VOORBEELD,
            )
            for i in range(2)
        ]
        + [eml],
    )
    return map_


VERWACHT = [
    # (vindplaats zonder bronvoorvoegsel, soort, titel, beoordeling)
    ("brief.txt", "tekst", "brief.txt", "deels openbaar"),
    ("kapot.docx", "docx", "kapot.docx", "niet beoordeeld (onleesbaar)"),
    ("leeg.txt", "txt", "leeg.txt", "niet beoordeeld (onleesbaar)"),
    ("nota.docx", "docx", "nota.docx", "openbaar"),
    ("sub/archief.mbox#1", "e-mail", "Archief 0", "deels openbaar"),
    ("sub/archief.mbox#2", "e-mail", "Archief 1", "deels openbaar"),
    ("sub/archief.mbox#3", "e-mail", "Losse mail", "deels openbaar"),
    ("sub/archief.mbox#3 > bijlage 1: bijlage.txt", "tekst", "bijlage.txt", "openbaar"),
    ("sub/kopie van brief.txt", "tekst", "kopie van brief.txt", "dubbel (zie 1)"),
    ("sub/los.eml", "e-mail", "Losse mail", "dubbel (zie 7)"),
    ("sub/los.eml > bijlage 1: bijlage.txt", "tekst", "bijlage.txt", "dubbel (zie 8)"),
]


def _detecteer_euro(tekst: str) -> list[dict[str, object]]:
    return [
        {"start": i, "end": i + 1, "label": "bedrag", "grond": "5.1.2e"}
        for i in range(len(tekst))
        if tekst[i] in "\u20ac@"
    ]


def test_map_en_zip_geven_dezelfde_uitkomst(tmp_path: Path) -> None:
    map_ = _map_met_bestanden(tmp_path / "stukken")
    (map_ / "koppeling.txt").symlink_to(map_ / "brief.txt")
    uit_map = verwerk(map_, map_ / "werk", detecteer=_detecteer_euro)  # werkmap inside the source
    rij = items(uit_map.database)
    verwacht_map = [
        ("brief.txt", "tekst", "brief.txt", "deels openbaar"),
        ("kapot.docx", "docx", "kapot.docx", "niet beoordeeld (onleesbaar)"),
        ("koppeling.txt", "txt", "koppeling.txt", "niet beoordeeld (onleesbaar)"),
        *[
            (
                v,
                s,
                t,
                b.replace("(zie 7)", "(zie 8)").replace("(zie 8)", "(zie 9)")
                if v.startswith("sub/los.eml")
                else b,
            )
            for v, s, t, b in VERWACHT[2:]
        ],
    ]
    verwacht_map[-2] = ("sub/los.eml", "e-mail", "Losse mail", "dubbel (zie 8)")
    assert [(r["vindplaats"], r["soort"], r["titel"], r["beoordeling"]) for r in rij.values()] == verwacht_map
    assert "snelkoppeling" in rij[3]["onleesbaar"]
    assert "leeg" in rij[4]["onleesbaar"]
    assert not any("werk" in r["vindplaats"] for r in rij.values())

    zip_pad = tmp_path / "stukken.zip"
    with zipfile.ZipFile(zip_pad, "w") as zf:
        for pad in sorted(map_.rglob("*")):
            if pad.is_file() and not pad.is_symlink() and "werk" not in pad.parts:
                zf.write(pad, pad.relative_to(map_).as_posix())
    uit_zip = verwerk(zip_pad, tmp_path / "werk-zip", detecteer=_detecteer_euro)
    rij_zip = items(uit_zip.database)
    assert [(r["vindplaats"], r["soort"], r["titel"], r["beoordeling"]) for r in rij_zip.values()] == [
        (f"stukken.zip!{v}", s, t, b) for v, s, t, b in VERWACHT
    ]
    assert (uit_zip.items, uit_zip.exacte_dubbelen, uit_zip.onleesbaar) == (11, 3, 2)
    # The mailbox inside the ZIP was unpacked into the work folder, not next to the source.
    assert list((tmp_path / "werk-zip" / "uitgepakt").iterdir())


def test_lastige_namen_lege_map_en_kapotte_zip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    leeg = tmp_path / "leeg"
    leeg.mkdir()
    verslag = verwerk(leeg, tmp_path / "werk-leeg")
    assert verslag.items == 0 and verslag.inventaris_pdf.exists()

    map_ = tmp_path / "namen"
    map_.mkdir()
    fd = os.open(os.fsencode(map_) + b"/caf\xe9.txt", os.O_WRONLY | os.O_CREAT)
    os.write(fd, b"Tekst in een bestand met een Latin-1-naam.")
    os.close(fd)
    (map_ / "=som.txt").write_text("=1+1 is geen formule")
    archief = io.BytesIO()
    with zipfile.ZipFile(archief, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("goed.txt", "Een goed bestand " * 20)
        zf.writestr("kapot.txt", "Dit lid raakt beschadigd " * 20)
    data = bytearray(archief.getvalue())
    positie = data.index(b"kapot.txt") + len("kapot.txt") + 5  # inside the compressed data
    data[positie] ^= 0xFF
    (map_ / "archief.zip").write_bytes(bytes(data))
    (map_ / "rest.txt").write_text("Dit bestand laat de lezer struikelen.")

    import ministerie.lakken.bulk.lezen as lezen

    echt = lezen.extraheer

    def struikel(data: bytes, type: object) -> object:
        if b"struikelen" in data:
            raise TypeError("onverwacht")
        return echt(data, type)  # type: ignore[arg-type]

    monkeypatch.setattr(lezen, "extraheer", struikel)
    verslag = verwerk(map_, tmp_path / "werk")
    rij = items(verslag.database)
    assert [r["vindplaats"] for r in rij.values()] == [
        "=som.txt",
        "archief.zip!goed.txt",
        "archief.zip!kapot.txt",
        "caf\ufffd.txt",
        "rest.txt",
    ]
    assert rij[3]["onleesbaar"] == "Het bestand kan niet worden gelezen (BadZipFile)."
    assert rij[4]["onleesbaar"] is None
    assert rij[5]["onleesbaar"] == (
        "Het bestand kon niet worden verwerkt door een onverwachte fout (TypeError)."
    )
    regels = xlsx_rijen(verslag.inventaris_xlsx)
    # a name like a formula: text with the apostrophe of the one export rule (issue 13 §5)
    assert regels[1][1] == "'=som.txt" and regels[4][1] == "caf\ufffd.txt"


def test_outlook_bericht_in_een_map(tmp_path: Path) -> None:
    from ministerie.lakken.conversie.tests.outlookbestand import MsgBericht, MsgBijlage, maak_msg

    map_ = tmp_path / "outlook"
    map_.mkdir()
    (map_ / "overleg.msg").write_bytes(
        maak_msg(
            MsgBericht(
                "Overleg Outlook",
                "Jan <jan@voorbeeld.nl>",
                "Piet <piet@voorbeeld.nl>",
                "Tekst uit Outlook, bel 06-11112222.",
                message_id="<outlook@voorbeeld.nl>",
                bijlagen=[MsgBijlage("notitie.txt", b"Notitie bij het overleg.")],
            )
        )
    )
    verslag = verwerk(map_, tmp_path / "werk", detecteer=nep_detecteer)
    rij = items(verslag.database)
    assert [
        (r["vindplaats"], r["soort"], r["titel"], r["ouder"], r["beoordeling"]) for r in rij.values()
    ] == [
        ("overleg.msg", "e-mail", "Overleg Outlook", None, "deels openbaar"),
        ("overleg.msg > bijlage 1: notitie.txt", "tekst", "notitie.txt", 1, "openbaar"),
    ]
    assert rij[1]["message_id"] == "<outlook@voorbeeld.nl>"
    assert rij[2]["datum"] == rij[1]["datum"] == "2026-03-02T10:00:00+01:00"
