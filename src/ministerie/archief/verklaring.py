"""The verklaring van vernietiging (declaration of destruction) as PDF, by WeasyPrint, signed
digitally (PAdES baseline B, pyHanko).

It names the list, the items (number, kind, category, date, SHA-256), the legal basis and the
two approvals (archivist and responsible manager, with date and time). Its own SHA-256 is kept
with the list and in the audit trail; the PAdES signature covers the whole file, so any later
change to the PDF breaks the signature in every PDF reader.

The signing key and certificate are the organisation's (an organisation certificate or seal,
e.g. PKIoverheid): ``ONDERTEKENING_CERT`` and ``ONDERTEKENING_SLEUTEL`` (environment
``MINISTERIE_ONDERTEKENING_CERT`` / ``_SLEUTEL``: PEM or DER files), optionally
``ONDERTEKENING_WACHTWOORD`` for an encrypted key and ``ONDERTEKENING_KETEN`` for the
intermediate and root certificates (one PEM file). Without them (demo, tests) a self-signed
certificate in the organisation's name is made once and kept in
``DATA_DIR/ondertekening/`` (key readable by the owner only). Who approved is in the signature
itself: its name, reason and location name the two approvers and the organisation.
"""

from __future__ import annotations

import fcntl
import hashlib
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils import timezone

from .models import Item, Vernietigingslijst

#: The name of the signature field in the PDF.
VELD = "VerklaringVanVernietiging"
#: The self-signed certificate is valid this long; a new one is made when it runs out.
GELDIGHEID_EIGEN_CERTIFICAAT = timedelta(days=10 * 365)
EIGEN_CERTIFICAAT = "certificaat.pem"
EIGEN_SLEUTEL = "sleutel.pem"


def zegel(items: list[Item]) -> str:
    """The SHA-256 over the destroyed items' numbers and checksums, in order."""
    som = hashlib.sha256()
    for item in sorted(items, key=lambda i: i.pk):
        som.update(f"{item.pk}:{item.sha256}\n".encode())
    return som.hexdigest()


def organisatie() -> str:
    return str(getattr(settings, "ORGANISATIE_NAAM", "") or "de organisatie")


def maak_verklaring(lijst: Vernietigingslijst, items: list[Item]) -> bytes:
    """The declaration as a signed PDF; raises ValidationError (nothing is destroyed then) when
    it cannot be signed."""
    from weasyprint import HTML

    materiaal = sleutelmateriaal()  # a wrong configuration stops here, before any work
    context: dict[str, Any] = {
        "lijst": lijst,
        "items": items,
        "zegel": zegel(items),
        "nu": timezone.localtime(),
        "organisatie": organisatie(),
    }
    html = render_to_string("archief/verklaring_pdf.html", context)
    return onderteken(HTML(string=html).write_pdf(), lijst, materiaal)


# --- signing ---------------------------------------------------------------------------------------


def _instelling(naam: str) -> str:
    waarde = getattr(settings, naam, None)
    if waarde is None:
        waarde = os.environ.get(f"MINISTERIE_{naam}", "")
    return str(waarde or "")


def _eigen_map() -> Path:
    return Path(settings.DATA_DIR) / "ondertekening"


@contextmanager
def _slot(map_: Path) -> Iterator[None]:
    """One process at a time makes the self-signed certificate (web and job workers)."""
    with (map_ / ".slot").open("w") as slot:
        fcntl.flock(slot, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(slot, fcntl.LOCK_UN)


def eigen_certificaat() -> tuple[Path, Path]:
    """The self-signed organisation certificate and its key (made once, renewed when expired)."""
    from cryptography import x509

    map_ = _eigen_map()
    map_.mkdir(mode=0o700, parents=True, exist_ok=True)
    cert, sleutel = map_ / EIGEN_CERTIFICAAT, map_ / EIGEN_SLEUTEL
    with _slot(map_):
        if cert.exists() and sleutel.exists():
            bestaand = x509.load_pem_x509_certificate(cert.read_bytes())
            if bestaand.not_valid_after_utc > datetime.now(UTC) + timedelta(days=1):
                return cert, sleutel
            stempel = f"{datetime.now(UTC):%Y%m%d%H%M%S}"
            cert.rename(map_ / f"certificaat-verlopen-{stempel}.pem")
            sleutel.rename(map_ / f"sleutel-verlopen-{stempel}.pem")
        _maak_eigen_certificaat(cert, sleutel)
    return cert, sleutel


def _maak_eigen_certificaat(cert: Path, sleutel: Path, *, bits: int = 3072) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    naam = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "NL"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisatie()[:64]),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Informatiebeheer (archief)"),
        x509.NameAttribute(NameOID.COMMON_NAME, "Verklaringen van vernietiging (zelf ondertekend)"),
    ])  # fmt: skip
    nu = datetime.now(UTC)
    certificaat = (
        x509.CertificateBuilder()
        .subject_name(naam)
        .issuer_name(naam)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(nu - timedelta(minutes=5))
        .not_valid_after(nu + GELDIGHEID_EIGEN_CERTIFICAAT)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )  # fmt: skip
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    # the key first, readable by the owner only; written beside and renamed: never half a file
    tijdelijk = sleutel.with_suffix(".tmp")
    fd = os.open(tijdelijk, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
    tijdelijk.replace(sleutel)
    tijdelijk = cert.with_suffix(".tmp")
    tijdelijk.write_bytes(certificaat.public_bytes(serialization.Encoding.PEM))
    tijdelijk.replace(cert)


@dataclass(frozen=True)
class Sleutelmateriaal:
    cert: Path
    sleutel: Path
    wachtwoord: bytes | None
    keten: Path | None
    eigen: bool  # the self-signed demo certificate


def sleutelmateriaal() -> Sleutelmateriaal:
    """The configured key and certificate, or the self-signed one when none is configured."""
    cert, sleutel = _instelling("ONDERTEKENING_CERT"), _instelling("ONDERTEKENING_SLEUTEL")
    wachtwoord = _instelling("ONDERTEKENING_WACHTWOORD")
    keten = _instelling("ONDERTEKENING_KETEN")
    if not cert and not sleutel:
        eigen_cert, eigen_sleutel = eigen_certificaat()
        return Sleutelmateriaal(eigen_cert, eigen_sleutel, None, None, eigen=True)
    if not (cert and sleutel):
        raise ValidationError(
            "De verklaring van vernietiging kan niet worden ondertekend: stel zowel "
            "MINISTERIE_ONDERTEKENING_CERT als MINISTERIE_ONDERTEKENING_SLEUTEL in."
        )
    for pad in filter(None, (cert, sleutel, keten)):
        if not Path(pad).is_file():
            raise ValidationError(
                f"De verklaring van vernietiging kan niet worden ondertekend: {pad} bestaat niet."
            )
    return Sleutelmateriaal(
        Path(cert),
        Path(sleutel),
        wachtwoord.encode() if wachtwoord else None,
        Path(keten) if keten else None,
        eigen=False,
    )


def _ondertekenaar(materiaal: Sleutelmateriaal) -> Any:
    from pyhanko.sign import signers

    signer = signers.SimpleSigner.load(
        str(materiaal.sleutel),
        str(materiaal.cert),
        ca_chain_files=(str(materiaal.keten),) if materiaal.keten else None,
        key_passphrase=materiaal.wachtwoord,
    )
    if signer is None:  # pyHanko logs the reason and returns None
        raise ValidationError(
            "De verklaring van vernietiging kan niet worden ondertekend: de sleutel of het "
            "certificaat is niet te lezen (of het wachtwoord klopt niet)."
        )
    return signer


def goedkeurders(lijst: Vernietigingslijst) -> str:
    def op(moment: datetime | None) -> str:
        return f"{timezone.localtime(moment):%d-%m-%Y %H:%M}" if moment else "—"

    return (
        f"{lijst.archivaris} (archivaris, {op(lijst.archivaris_op)}) en {lijst.manager} "
        f"(verantwoordelijk leidinggevende, {op(lijst.manager_op)})"
    )


def onderteken(pdf: bytes, lijst: Vernietigingslijst, materiaal: Sleutelmateriaal | None = None) -> bytes:
    """Sign the PDF (PAdES baseline B, SHA-256) in the name of the organisation, for the two
    approvers."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = _ondertekenaar(materiaal or sleutelmateriaal())
    metadata = signers.PdfSignatureMetadata(
        field_name=VELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        name=f"{lijst.archivaris} en {lijst.manager}, namens {organisatie()}",
        reason=f"Verklaring van vernietiging, vernietigingslijst {lijst.pk}: goedgekeurd door "
        + goedkeurders(lijst),
        location=organisatie(),
    )
    schrijver = IncrementalPdfFileWriter(io.BytesIO(pdf))
    uit = signers.sign_pdf(schrijver, metadata, signer=signer)
    return bytes(uit.getvalue())


@dataclass(frozen=True)
class Handtekeningcontrole:
    """The outcome of checking a verklaring's signature."""

    ondertekend: bool
    intact: bool = False  # the signed bytes are unchanged
    geldig: bool = False  # the cryptographic signature is sound
    vertrouwd: bool = False  # the certificate chains to a trusted root
    heel_document: bool = False  # the signature covers the whole file
    ondertekenaar: str = ""
    reden: str = ""
    tijdstip: datetime | None = None

    @property
    def in_orde(self) -> bool:
        return self.ondertekend and self.intact and self.geldig and self.vertrouwd and self.heel_document


def _vertrouwd(materiaal: Sleutelmateriaal) -> list[Any]:
    """The roots to trust: the top of the configured chain, or the signing certificate itself
    when it is self-signed (the demo certificate)."""
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    def lees(pad: Path) -> list[Any]:
        gegevens = pad.read_bytes()
        if pem.detect(gegevens):
            return [asn1_x509.Certificate.load(der) for _, _, der in pem.unarmor(gegevens, multiple=True)]
        return [asn1_x509.Certificate.load(gegevens)]

    if materiaal.eigen:  # also the renewed-away ones: older verklaringen were signed with them
        return [c for pad in sorted(materiaal.cert.parent.glob("certificaat*.pem")) for c in lees(pad)]
    certificaten = lees(materiaal.cert) + (lees(materiaal.keten) if materiaal.keten else [])
    return [c for c in certificaten if c.self_signed != "no"] or certificaten[-1:]


def controleer_handtekening(pdf: bytes) -> Handtekeningcontrole:
    """Validate the verklaring's signature against the organisation's certificate (no network
    look-ups: the chain is the configured one)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        handtekeningen = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
    except Exception:  # an unreadable file: not signed as far as anyone can tell
        return Handtekeningcontrole(ondertekend=False)
    if not handtekeningen:
        return Handtekeningcontrole(ondertekend=False)
    handtekening = handtekeningen[-1]
    context = ValidationContext(trust_roots=_vertrouwd(sleutelmateriaal()), allow_fetching=False)
    try:
        status = validate_pdf_signature(handtekening, context)
    except Exception:  # a damaged signature or file: it does not validate, whatever the cause
        return Handtekeningcontrole(ondertekend=True)
    sig = handtekening.sig_object
    return Handtekeningcontrole(
        ondertekend=True,
        intact=bool(status.intact),
        geldig=bool(status.valid),
        vertrouwd=bool(status.trusted),
        heel_document=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        ondertekenaar=str(sig.get("/Name", "")) or status.signing_cert.subject.human_friendly,
        reden=str(sig.get("/Reason", "")),
        tijdstip=status.signer_reported_dt,
    )
