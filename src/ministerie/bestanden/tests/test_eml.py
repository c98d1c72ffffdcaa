"""E-mail: the Dutch header lines, the body (plain or HTML), and the attachments."""

from __future__ import annotations

import pytest

from ministerie.bestanden import OnleesbaarBestand, extraheer, herken, lees_eml

from . import voorbeelden as vb

KOPREGELS = (
    "Van: Hanneke Schipper–Spanninga <h.schipper@minbzk.example>\n"
    "Aan: Secretariaat <secretariaat@minbzk.example>\n"
    "CC: Directie <directie@minbzk.example>\n"
    "Onderwerp: Beëdiging Hanneke Schipper–Spanninga\n"
    "Datum: Tue, 17 Sep 2024 14:30:00 +0200\n"
    "\n"
)


def _lees(data: bytes):
    bestandstype = herken(data, "bericht.eml")
    assert bestandstype.soort == "eml"
    return extraheer(data, bestandstype)


def test_platte_tekst():
    extractie = _lees(vb.eml(tekst=vb.ZIN + "\n\nMet vriendelijke groet,\nHanneke"))
    assert extractie.tekst == KOPREGELS + vb.ZIN + "\n\nMet vriendelijke groet,\nHanneke"
    assert extractie.paginas is None
    assert extractie.metadata == {
        "van": "Hanneke Schipper–Spanninga <h.schipper@minbzk.example>",
        "aan": "Secretariaat <secretariaat@minbzk.example>",
        "cc": "Directie <directie@minbzk.example>",
        "onderwerp": "Beëdiging Hanneke Schipper–Spanninga",
        "auteur": "Hanneke Schipper–Spanninga <h.schipper@minbzk.example>",
        "titel": "Beëdiging Hanneke Schipper–Spanninga",
        "datum": "2024-09-17T14:30:00+02:00",
    }
    assert extractie.waarschuwingen == []


def test_platte_tekst_gaat_voor_html():
    extractie = _lees(vb.eml(tekst="De platte tekst.", html="<p>De <b>HTML</b>-tekst.</p>"))
    assert extractie.tekst.endswith("De platte tekst.")
    assert "HTML" not in extractie.tekst
    assert "bijlagen" not in extractie.metadata


def test_alleen_html():
    html = (
        "<html><head><title>Nota</title><style>p { color: red }</style></head><body>"
        f"<h1>Beëdiging</h1><p>{vb.ZIN}</p><ul><li>eerste punt</li><li>tweede punt</li></ul>"
        "<script>alert('x')</script></body></html>"
    )
    extractie = _lees(vb.eml(html=html))
    assert extractie.tekst == KOPREGELS + (f"Beëdiging\n\n{vb.ZIN}\n\n- eerste punt\n- tweede punt")


def test_bijlagen_staan_bij_naam_in_de_metadata():
    data = vb.eml(
        tekst=vb.ZIN,
        bijlagen=(("Besluit beëdiging.pdf", vb.pdf(vb.ZIN)), ("Bijlage 2.pdf", b"%PDF-1.7")),
    )
    extractie = _lees(data)
    assert extractie.metadata["bijlagen"] == "Besluit beëdiging.pdf\nBijlage 2.pdf"
    assert extractie.tekst == KOPREGELS + vb.ZIN


def test_een_doorgestuurd_bericht_als_bijlage():
    from email.message import EmailMessage

    binnen = EmailMessage()
    binnen["From"] = "a@minbzk.example"
    binnen["Subject"] = "Het oorspronkelijke bericht"
    binnen.set_content("Binnen.")
    buiten = EmailMessage()
    buiten["From"] = "b@minbzk.example"
    buiten["Subject"] = "Fwd"
    buiten.set_content("Zie bijlage.")
    buiten.add_attachment(binnen)
    extractie = _lees(bytes(buiten))
    assert extractie.metadata["bijlagen"] == "(doorgestuurd bericht: Het oorspronkelijke bericht)"
    assert extractie.tekst.endswith("Zie bijlage.")


def test_alleen_een_bijlage_geeft_een_waarschuwing():
    from email.message import EmailMessage

    bericht = EmailMessage()
    bericht["From"] = "a@minbzk.example"
    bericht["Subject"] = "Scan"
    bericht.add_attachment(b"%PDF-1.7", maintype="application", subtype="pdf", filename="scan.pdf")
    extractie = _lees(bytes(bericht))
    assert extractie.metadata["bijlagen"] == "scan.pdf"
    assert extractie.waarschuwingen == [
        "Het e-mailbericht bevat geen tekst; alleen de kopregels zijn gelezen."
    ]


def test_gecodeerde_kopregels_en_een_onbekende_tekenset():
    data = (
        b"From: =?utf-8?q?Hanneke_Schipper=E2=80=93Spanninga?= <h@minbzk.example>\r\n"
        b"Subject: =?iso-8859-1?q?be=EBdiging?=\r\n"
        b"Content-Type: text/plain; charset=x-onbekend\r\n"
        b"\r\n"
        b"Tekst over de be\xebdiging.\r\n"
    )
    extractie = _lees(data)
    assert extractie.tekst.startswith(
        "Van: Hanneke Schipper–Spanninga <h@minbzk.example>\nOnderwerp: beëdiging\n\n"
    )
    assert extractie.tekst.endswith("Tekst over de beëdiging.")


def test_nul_tekens_verdwijnen():
    data = b"From: a@b.example\nSubject: x\nContent-Type: text/plain; charset=utf-8\n\nA\x00B\n"
    assert _lees(data).tekst.endswith("AB")


def test_ongecodeerde_8bit_tekst_in_windows_1252():
    data = b"From: a@b.example\nSubject: be\xebdiging\nTo: x@b.example\n\nDe be\xebdiging.\n"
    extractie = _lees(data)
    assert extractie.metadata["onderwerp"] == "beëdiging"
    assert extractie.tekst.endswith("Onderwerp: beëdiging\n\nDe beëdiging.")


def test_een_absurd_genest_bericht_is_onleesbaar_zonder_te_hangen():
    diepte = 5_000
    delen = [b"From: a@b.example\nSubject: diep\n"]
    for i in range(diepte):
        delen.append(f'Content-Type: multipart/mixed; boundary="g{i}"\n\n--g{i}\n'.encode())
    delen.append(b"Content-Type: text/plain\n\ndiep\n")
    for i in reversed(range(diepte)):
        delen.append(f"--g{i}--\n".encode())
    with pytest.raises(OnleesbaarBestand) as fout:
        _lees(b"".join(delen))
    assert fout.value.reden == "Het e-mailbericht (.eml) is beschadigd en kan niet worden gelezen."


@pytest.mark.parametrize("naam", ["bericht.eml", "bericht.txt"])
def test_eml_met_andere_extensie(naam):
    data = vb.eml(tekst=vb.ZIN)
    assert herken(data, naam).soort == "eml"


def test_lees_eml_kopregels_en_draadgegevens():
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"] = "a@voorbeeld.nl"
    m["To"] = "b@voorbeeld.nl"
    m["Subject"] = "=?utf-8?q?Re=3A_Co=C3=B6rdinatie?="
    m["Message-ID"] = "<c@voorbeeld.nl>"
    m["In-Reply-To"] = "<b@voorbeeld.nl>"
    m["References"] = "<a@voorbeeld.nl> <b@voorbeeld.nl>"
    m.set_content("tekst")
    bericht = lees_eml(m.as_bytes())
    assert bericht.onderwerp == "Re: Coördinatie"
    assert bericht.in_reply_to == "<b@voorbeeld.nl>"
    assert bericht.referenties == ("<a@voorbeeld.nl>", "<b@voorbeeld.nl>")
    assert bericht.tekst == "tekst\n"
