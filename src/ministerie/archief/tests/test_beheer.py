"""Fixity, access, legal hold, two-person destruction (page, API, CLI), MDTO transfer, register."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client, override_settings
from django.urls import include, path
from lxml import etree
from rest_framework.test import APIClient

from ministerie.archief import inname, overbrenging, services
from ministerie.archief.models import Functieperiode, Item, Sleutelfunctionaris, Vernietigingslijst
from ministerie.conf.urls import urlpatterns as hoofdroutes
from ministerie.core import audit
from ministerie.core.models import AuditRecord
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Persoon

from .hulp import schrijf_mbox

urlpatterns = [path("api/v1/", include("ministerie.archief.api_urls")), *hoofdroutes]
"""This module is also the URL configuration of the API test (the lead mounts the part's API
routes in ministerie.api.urls; until then the test mounts them itself)."""

SCHEMA_ORIGINEEL = Path(__file__).resolve().parents[5] / ".." / "shared" / "standaarden" / "mdto"


@pytest.fixture
def archief(
    db: Any, maak_gebruiker: Any, tmp_path: Path, django_capture_on_commit_callbacks: Any
) -> dict[str, Any]:
    """Two key officials with mail: the minister (kept, 2021) and an old director (destroy,
    2010: its ten years are over); indexed for search."""
    from datetime import UTC, datetime

    minister = Persoon.objects.create(code="minister-a", naam="Minister A")
    directeur = Persoon.objects.create(code="directeur-b", naam="Directeur B")
    services.neem_op_in_register(
        door="test", persoon=minister, code="minister", functie=Functieperiode.Functie.BEWINDSPERSOON,
        van=date(2001, 1, 1),
    )  # fmt: skip
    services.neem_op_in_register(
        door="test", persoon=directeur, code="directeur", functie=Functieperiode.Functie.DIRECTEUR,
        van=date(2015, 1, 1),
    )  # fmt: skip
    wie = {f.code: f for f in Sleutelfunctionaris.objects.all()}
    with django_capture_on_commit_callbacks(execute=True):
        inname.neem_in(
            schrijf_mbox(tmp_path / "oud.mbox", 6, begin=datetime(2003, 2, 1, tzinfo=UTC)),
            functionaris=wie["minister"], soort="mail", door="test",
        )  # fmt: skip
        inname.neem_in(
            schrijf_mbox(tmp_path / "dir.mbox", 4, begin=datetime(2010, 6, 1, tzinfo=UTC)),
            functionaris=wie["directeur"], soort="mail", door="test", rubricering=Rubricering.INTERN,
        )  # fmt: skip
    return {
        **wie,
        "archivaris": maak_gebruiker("archivaris", clearance=Rubricering.STG_GEHEIM),
        "archivaris2": maak_gebruiker("archivaris", clearance=Rubricering.STG_GEHEIM),
        "directeur_cio": maak_gebruiker("directeur", clearance=Rubricering.STG_GEHEIM),
        "jurist": maak_gebruiker("jurist_czw", clearance=Rubricering.STG_GEHEIM),
    }


def test_controleer_als_taak(archief: dict[str, Any]) -> None:
    from ministerie.archief.taken import controleer_vaste_waarden

    item = Item.objects.first()
    assert item is not None
    item.pad.unlink()
    uitkomst = controleer_vaste_waarden.enqueue().return_value
    assert uitkomst is not None
    assert uitkomst["gecontroleerd"] == 10
    assert [(a["stuk"], a["reden"]) for a in uitkomst["afwijkingen"]] == [(item.pk, "bestand ontbreekt")]
    assert AuditRecord.objects.filter(actie="archief_vaste_waarden_gecontroleerd").exists()


def test_controleer_noemt_het_gewijzigde_bestand(archief: dict[str, Any]) -> None:
    uit = StringIO()
    call_command("archief", "controleer", stdout=uit)
    assert "Vaste waarden in orde: 10 bestanden gecontroleerd." in uit.getvalue()
    item = Item.objects.filter(functionaris=archief["minister"]).first()
    assert item is not None
    audit.registreer("archief_test_wijziging", door=archief["archivaris"], subject=item)
    item.pad.write_bytes(item.pad.read_bytes() + b"gewijzigd")
    fout = StringIO()
    with pytest.raises(CommandError, match="1 van 10 bestanden wijken af"):
        call_command("archief", "controleer", stdout=StringIO(), stderr=fout)
    assert str(item.pad) in fout.getvalue() and "inhoud gewijzigd" in fout.getvalue()
    assert archief["archivaris"].get_username() in fout.getvalue()  # who touched it, from the trail


def test_alleen_archivaris_eigenaar_en_gemachtigden_zien_stukken(
    archief: dict[str, Any], maak_gebruiker: Any, django_capture_on_commit_callbacks: Any
) -> None:
    jurist, minister = archief["jurist"], archief["minister"]
    assert not services.zoek(jurist).exists()
    eigenaar = maak_gebruiker("bewindspersoon", clearance=Rubricering.STG_GEHEIM)
    eigenaar.persoon = minister.persoon
    eigenaar.save()
    assert services.zoek(eigenaar).count() == 6  # their own archive, not the director's
    client = Client()
    client.force_login(eigenaar)
    with django_capture_on_commit_callbacks(execute=True):  # the index lists the jurist now
        antwoord = client.post("/archief/toegang/", {"gebruiker": jurist.get_username()}, follow=True)
    assert "mag nu de stukken van uw archief inzien" in antwoord.content.decode()
    assert services.zoek(jurist, termen='"dossier 3"').count() == 1
    with pytest.raises(PermissionDenied):  # the jurist has no archive of their own to share
        services.machtig_voor_eigen_archief(door=jurist, gebruiker=eigenaar)
    assert services.zoek(jurist, van=date(2003, 2, 2)).count() == 0
    laag = maak_gebruiker("jurist_czw", clearance=Rubricering.INTERN)
    services.machtig(minister, door=archief["archivaris"], gebruiker=laag)
    assert services.zoek(laag).count() == 0  # DV items above an Intern clearance
    client.force_login(jurist)
    item = services.zoek(jurist).first()
    assert item is not None
    voor = AuditRecord.objects.filter(actie="archief_inzage").count()
    assert client.get(f"/archief/stukken/{item.pk}/").status_code == 200
    assert AuditRecord.objects.filter(actie="archief_inzage").count() == voor + 1
    directeur_item = Item.objects.filter(functionaris=archief["directeur"]).first()
    assert directeur_item is not None
    assert client.get(f"/archief/stukken/{directeur_item.pk}/").status_code == 404
    assert client.get("/archief/register/").status_code == 403


@override_settings(ROOT_URLCONF=__name__)
def test_vernietiging_onder_bewaarplicht_geweigerd_op_pagina_api_en_cli(
    archief: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    archivaris, manager = archief["archivaris"], archief["directeur_cio"]
    lijst = services.stel_vernietigingslijst_op(door=archivaris, peildatum=date(2026, 1, 1))
    assert lijst.items.count() == 4  # the director's 2010 mail; the minister's is kept
    services.zet_bewaarplicht(
        archief["directeur"], door=archivaris, grond="woo", referentie="WOO-2025-1", reden="Open Woo-verzoek"
    )
    # page
    client = Client()
    client.force_login(archivaris)
    antwoord = client.post(f"/archief/vernietiging/{lijst.pk}/goedkeuren/", follow=True)
    assert (
        "Vernietiging geweigerd" in antwoord.content.decode() and "bewaarplicht" in antwoord.content.decode()
    )
    # API
    api = APIClient()
    api.force_authenticate(manager)
    geweigerd = api.post(f"/api/v1/archief/vernietigingslijsten/{lijst.pk}/goedkeuren", format="json")
    assert geweigerd.status_code == 400 and "bewaarplicht" in json.dumps(geweigerd.json())
    # CLI
    with pytest.raises(CommandError, match="bewaarplicht"):
        call_command("archief", "keur-goed", str(lijst.pk), "--als", archivaris.get_username())
    lijst.refresh_from_db()
    assert (lijst.archivaris, lijst.manager, lijst.status) == (None, None, "voorgesteld")
    assert all(i.pad.exists() for i in lijst.items.all())

    plicht = archief["directeur"].bewaarplichten.get()
    services.hef_bewaarplicht_op(
        plicht, door=archivaris, reden="Besluit op het Woo-verzoek is onherroepelijk"
    )
    # one person cannot give both approvals
    services.keur_vernietiging_goed(lijst, door=archivaris)
    with pytest.raises(Exception, match="al goedgekeurd"):
        services.keur_vernietiging_goed(lijst, door=archief["archivaris2"])
    paden = [i.pad for i in lijst.items.all()]
    with django_capture_on_commit_callbacks(execute=True):
        gelukt = api.post(f"/api/v1/archief/vernietigingslijsten/{lijst.pk}/goedkeuren", format="json")
    assert gelukt.status_code == 200, gelukt.content
    assert gelukt.json()["status"] == "uitgevoerd"
    lijst.refresh_from_db()
    assert not any(p.exists() for p in paden)  # bytes gone
    for item in lijst.items.all():  # the record of destruction remains
        assert item.vernietigd_op is not None and item.sha256 and not item.tekst and not item.bestand.name
    pdf = lijst.verklaring.read()
    assert pdf.startswith(b"%PDF") and hashlib.sha256(pdf).hexdigest() == lijst.verklaring_sha256
    import pymupdf

    tekst = pymupdf.open(stream=pdf).get_page_text(0)
    assert "Verklaring van vernietiging" in tekst and manager.get_username() in tekst
    assert audit.verifieer().intact
    # the fixity check skips what was destroyed on purpose
    call_command("archief", "controleer", stdout=StringIO())


def test_twee_verschillende_personen(archief: dict[str, Any], maak_gebruiker: Any) -> None:
    archivaris = archief["archivaris"]
    lijst = services.stel_vernietigingslijst_op(door=archivaris, peildatum=date(2026, 1, 1))
    # a user with both roles approves once, as archivist; they cannot approve again as manager
    beide = maak_gebruiker("archivaris", "directeur", clearance=Rubricering.STG_GEHEIM)
    services.keur_vernietiging_goed(lijst, door=beide)
    with pytest.raises(Exception, match="al goedgekeurd"):
        services.keur_vernietiging_goed(lijst, door=beide)
    assert Vernietigingslijst.objects.get(pk=lijst.pk).status == "voorgesteld"


def test_export_mdto_valide_en_controlesommen(archief: dict[str, Any], tmp_path: Path) -> None:
    uit = tmp_path / "pakket"
    call_command("archief", "export", "--uit", str(uit), "--tot", "2024-01-01", stdout=StringIO())
    items = list(Item.objects.filter(functionaris=archief["minister"]))
    assert len(items) == 6 and all(i.overgebracht_op for i in items)  # 2003 + 20 years <= 2024
    assert not Item.objects.filter(functionaris=archief["directeur"], overgebracht_op__isnull=False).exists()
    # validated against the project's own copy of the schema (the shipped one) too
    origineel = SCHEMA_ORIGINEEL / "MDTO-XML1.0.1.xsd"
    schema = etree.XMLSchema(etree.parse(str(origineel if origineel.exists() else overbrenging.SCHEMA)))
    ns = {"m": overbrenging.NS}
    xmls = sorted(uit.glob("*.mdto.xml"))
    assert len(xmls) == 12
    for xml in xmls:
        assert schema.validate(etree.parse(str(xml))), (xml.name, schema.error_log)
    for item in items:
        bestand = etree.parse(str(uit / f"{item.pk}.eml.mdto.xml"))
        waarde = bestand.findtext("m:bestand/m:checksum/m:checksumWaarde", namespaces=ns)
        assert waarde == hashlib.sha256((uit / f"{item.pk}.eml").read_bytes()).hexdigest() == item.sha256
        assert bestand.findtext("m:bestand/m:omvang", namespaces=ns) == str(item.grootte)
        object_ = etree.parse(str(uit / f"{item.pk}.mdto.xml"))
        assert object_.findtext("m:informatieobject/m:waardering/m:begripCode", namespaces=ns) == "B"
    manifest = (uit / "manifest-sha256.txt").read_text().splitlines()
    assert len(manifest) == 18
    assert Item.objects.filter(overgebracht_op__isnull=False).count() == 6
    with pytest.raises(CommandError, match="geen stukken over te brengen"):
        call_command("archief", "export", "--uit", str(tmp_path / "leeg"), "--tot", "2024-01-01")


def test_export_weigert_een_afwijkend_bestand(archief: dict[str, Any], tmp_path: Path) -> None:
    item = Item.objects.filter(functionaris=archief["minister"]).first()
    assert item is not None
    item.pad.write_bytes(b"anders")
    with pytest.raises(CommandError, match="wijkt af van zijn controlesom"):
        call_command("archief", "export", "--uit", str(tmp_path / "p"), "--tot", "2024-01-01")
    assert not (tmp_path / "p").exists() and not Item.objects.filter(overgebracht_op__isnull=False).exists()


def test_register_export_en_overnemen(archief: dict[str, Any], bzk: Any) -> None:
    client = Client()
    client.force_login(archief["archivaris"])
    csv = client.get("/archief/register/export.csv").content.decode("utf-8-sig")
    assert "minister;Minister A;Bewindspersoon" in csv
    xlsx = client.get("/archief/register/export.xlsx")
    from openpyxl import load_workbook

    rijen = list(load_workbook(io.BytesIO(xlsx.content)).active.iter_rows(values_only=True))
    assert rijen[0][0] == "code" and len(rijen) == 3
    assert client.get("/archief/register/export.pdf").status_code == 404
    antwoord = client.post("/archief/register/overnemen/", {"standaard_van": "2021-01-01"}, follow=True)
    assert "uit het organisatieregister opgenomen" in antwoord.content.decode()
    assert Functieperiode.objects.count() >= 12
    functies = set(Functieperiode.objects.values_list("functie", flat=True))
    assert {"bewindspersoon", "sg", "dg", "directeur"} <= functies
    assert (
        services.vul_register_uit_organisatie(door=archief["archivaris"], standaard_van=date(2021, 1, 1)) == 0
    )
    assert AuditRecord.objects.filter(actie="archief_register_geexporteerd").count() == 2


def test_demo_is_idempotent(bzk: Any) -> None:
    from ministerie.archief.demo import laad_archief_demo

    laad_archief_demo()
    aantallen = (Sleutelfunctionaris.objects.count(), Functieperiode.objects.count(), Item.objects.count())
    laad_archief_demo()
    assert aantallen[2] == 6 and aantallen[0] >= 10
    assert (
        Sleutelfunctionaris.objects.count(),
        Functieperiode.objects.count(),
        Item.objects.count(),
    ) == aantallen


def test_hetzelfde_stuk_bij_twee_functionarissen(archief: dict[str, Any], tmp_path: Path) -> None:
    """Stored once; the second official's archive holds it too: visible to their delegates and
    covered by a legal hold on them."""
    from datetime import UTC, datetime

    kopie = schrijf_mbox(tmp_path / "kopie.mbox", 4, begin=datetime(2010, 6, 1, tzinfo=UTC))
    run = inname.neem_in(kopie, functionaris=archief["minister"], soort="mail", door="test")
    assert (run.opgeslagen, run.dubbel) == (0, 4)
    gedeeld = Item.objects.filter(ook_van=archief["minister"])
    assert gedeeld.count() == 4 and all(i.functionaris == archief["directeur"] for i in gedeeld)
    services.machtig(archief["minister"], door=archief["archivaris"], gebruiker=archief["jurist"])
    assert services.zoek(archief["jurist"]).count() == 10
    assert services.zoek(archief["jurist"], functionaris=archief["minister"]).count() == 10
    services.zet_bewaarplicht(
        archief["minister"], door=archief["archivaris"], grond="klacht", referentie="K-1", reden="Klacht"
    )
    assert services.onder_bewaarplicht(Item.objects.filter(functionaris=archief["directeur"])).count() == 4
    assert not services.te_vernietigen(date(2026, 1, 1)).exists()


def _vernietig(archief: dict[str, Any], capture: Any) -> Vernietigingslijst:
    lijst = services.stel_vernietigingslijst_op(door=archief["archivaris"], peildatum=date(2026, 1, 1))
    services.keur_vernietiging_goed(lijst, door=archief["archivaris"])
    with capture(execute=True):
        services.keur_vernietiging_goed(lijst, door=archief["directeur_cio"])
    lijst.refresh_from_db()
    return lijst


def test_verklaring_is_digitaal_ondertekend(
    archief: dict[str, Any], django_capture_on_commit_callbacks: Any, settings: Any
) -> None:
    """PAdES signature by the organisation's certificate (self-signed, made once in DATA_DIR,
    when none is configured), naming both approvers; one changed byte breaks it."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    from ministerie.archief import verklaring

    lijst = _vernietig(archief, django_capture_on_commit_callbacks)
    pdf = lijst.verklaring.read()
    assert hashlib.sha256(pdf).hexdigest() == lijst.verklaring_sha256
    # pyHanko's own validation, trusting the organisation's certificate
    sleutel = Path(settings.DATA_DIR) / "ondertekening" / "sleutel.pem"
    assert sleutel.stat().st_mode & 0o077 == 0  # the key is the owner's only
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    _, _, der = pem.unarmor((sleutel.parent / "certificaat.pem").read_bytes())
    handtekening = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
    status = validate_pdf_signature(
        handtekening, ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)])
    )
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert settings.ORGANISATIE_NAAM in status.signing_cert.subject.human_friendly
    naam, reden = str(handtekening.sig_object["/Name"]), str(handtekening.sig_object["/Reason"])
    for wie in (archief["archivaris"], archief["directeur_cio"]):
        assert str(wie) in naam and str(wie) in reden
    assert settings.ORGANISATIE_NAAM in naam and "(archivaris," in reden
    controle = verklaring.controleer_handtekening(pdf)
    assert controle.in_orde and str(archief["directeur_cio"]) in controle.ondertekenaar
    # one byte changed (in the text, then in the signature itself): no longer valid
    plek = pdf.index(b"/Type /Page")
    veranderd = pdf[:plek] + b"/Type /Pagf" + pdf[plek + 11 :]
    assert not verklaring.controleer_handtekening(veranderd).in_orde
    plek = pdf.index(b"/Contents <") + 40
    veranderd = pdf[:plek] + (b"0" if pdf[plek : plek + 1] != b"0" else b"1") + pdf[plek + 1 :]
    assert not verklaring.controleer_handtekening(veranderd).in_orde
    # the list's page shows the check
    client = Client()
    client.force_login(archief["directeur_cio"])
    pagina = client.get(f"/archief/vernietiging/{lijst.pk}/").content.decode()
    assert "Geldig: ondertekend door" in pagina
    # another certificate configured now: the old declaration is intact, but not trusted
    ander = _ander_certificaat(settings)
    settings.ONDERTEKENING_CERT, settings.ONDERTEKENING_SLEUTEL = str(ander), str(ander.with_name("k.pem"))
    controle = verklaring.controleer_handtekening(pdf)
    assert controle.intact and controle.geldig and not controle.vertrouwd and not controle.in_orde
    pagina = client.get(f"/archief/vernietiging/{lijst.pk}/").content.decode()
    assert "maar het certificaat wordt niet vertrouwd" in pagina
    del settings.ONDERTEKENING_CERT, settings.ONDERTEKENING_SLEUTEL
    # the certificate is made once: the same one signs the next declaration
    assert verklaring.eigen_certificaat()[0].read_bytes() == (sleutel.parent / "certificaat.pem").read_bytes()


def _ander_certificaat(settings: Any) -> Path:
    """Another self-signed certificate (and its key, k.pem), made once."""
    from ministerie.archief import verklaring

    map_ = Path(settings.DATA_DIR) / "testdata" / "ander-certificaat"
    map_.mkdir(parents=True, exist_ok=True)
    if not (map_ / "c.pem").exists():
        verklaring._maak_eigen_certificaat(map_ / "c.pem", map_ / "k.pem", bits=2048)
    return map_ / "c.pem"


def test_verklaring_met_het_ingestelde_certificaat(
    archief: dict[str, Any], django_capture_on_commit_callbacks: Any, settings: Any, tmp_path: Path
) -> None:
    from ministerie.archief import verklaring

    cert, sleutel = tmp_path / "org.pem", tmp_path / "org.key"
    verklaring._maak_eigen_certificaat(cert, sleutel, bits=2048)
    settings.ONDERTEKENING_CERT = str(cert)  # one of the two: refused, nothing destroyed
    lijst = services.stel_vernietigingslijst_op(door=archief["archivaris"], peildatum=date(2026, 1, 1))
    services.keur_vernietiging_goed(lijst, door=archief["archivaris"])
    with pytest.raises(ValidationError, match="MINISTERIE_ONDERTEKENING_SLEUTEL"):
        services.keur_vernietiging_goed(lijst, door=archief["directeur_cio"])
    assert not Item.objects.filter(vernietigd_op__isnull=False).exists()
    assert all(i.pad.exists() for i in lijst.items.all())
    settings.ONDERTEKENING_SLEUTEL = str(sleutel)
    with django_capture_on_commit_callbacks(execute=True):
        services.keur_vernietiging_goed(lijst, door=archief["directeur_cio"])
    lijst.refresh_from_db()
    pdf = lijst.verklaring.read()
    assert verklaring.controleer_handtekening(pdf).in_orde
    from pyhanko.pdf_utils.reader import PdfFileReader

    getekend = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0].signer_cert
    assert getekend.dump() == pem_der(cert)


def pem_der(pad: Path) -> bytes:
    from asn1crypto import pem

    return bytes(pem.unarmor(pad.read_bytes())[2])


@override_settings(ROOT_URLCONF=__name__)
def test_lijst_intrekken_op_pagina_api_en_cli(archief: dict[str, Any]) -> None:
    archivaris, manager = archief["archivaris"], archief["directeur_cio"]
    peildatum = date(2026, 1, 1)
    lijst = services.stel_vernietigingslijst_op(door=archivaris, peildatum=peildatum)
    items = set(lijst.items.values_list("pk", flat=True))
    assert len(items) == 4 and not services.te_vernietigen(peildatum).exists()
    # another archivist, who neither drew it up nor approved it, may not
    with pytest.raises(PermissionDenied):
        services.trek_vernietigingslijst_in(lijst, door=archief["archivaris2"], reden="Zomaar")
    # page: the responsible manager withdraws it, with a reason
    client = Client()
    client.force_login(manager)
    assert "Lijst intrekken" in client.get(f"/archief/vernietiging/{lijst.pk}/").content.decode()
    zonder = client.post(f"/archief/vernietiging/{lijst.pk}/intrekken/", {"reden": ""}, follow=True)
    assert "Reden van intrekken" in zonder.content.decode()
    antwoord = client.post(
        f"/archief/vernietiging/{lijst.pk}/intrekken/", {"reden": "Selectie te ruim"}, follow=True
    )
    tekst = antwoord.content.decode()
    assert "is ingetrokken" in tekst and "Selectie te ruim" in tekst and "Lijst intrekken" not in tekst
    lijst.refresh_from_db()
    assert (lijst.status, lijst.ingetrokken_door) == ("ingetrokken", manager)
    assert set(services.te_vernietigen(peildatum).values_list("pk", flat=True)) == items  # eligible again
    with pytest.raises(ValidationError, match="ingetrokken"):
        services.keur_vernietiging_goed(lijst, door=archivaris)
    # API: the archivist withdraws the next list they drew up
    tweede = services.stel_vernietigingslijst_op(door=archivaris, peildatum=peildatum)
    api = APIClient()
    api.force_authenticate(archivaris)
    url = f"/api/v1/archief/vernietigingslijsten/{tweede.pk}/intrekken"
    assert api.post(url, {}, format="json").status_code == 400
    gelukt = api.post(url, {"reden": "Bewaarplicht op komst"}, format="json")
    assert gelukt.status_code == 200 and gelukt.json()["status"] == "ingetrokken"
    # CLI: after an approval, whoever approved may withdraw it; an executed list cannot be
    derde = services.stel_vernietigingslijst_op(door=archief["archivaris2"], peildatum=peildatum)
    services.keur_vernietiging_goed(derde, door=archivaris)
    uit = StringIO()
    call_command("archief", "trek-in", str(derde.pk), "--als", archivaris.get_username(),
                 "--reden", "Dubbel opgesteld", stdout=uit)  # fmt: skip
    assert "4 stukken komen weer vrij" in uit.getvalue()
    with pytest.raises(CommandError, match="ingetrokken"):
        call_command("archief", "trek-in", str(derde.pk), "--als", archivaris.get_username(), "--reden", "x")
    assert AuditRecord.objects.filter(actie="archief_vernietigingslijst_ingetrokken").count() == 3
    assert audit.verifieer().intact
